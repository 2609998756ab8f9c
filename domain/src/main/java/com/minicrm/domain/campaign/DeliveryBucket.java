package com.minicrm.domain.campaign;

import java.time.Instant;

/** Messages that reached a final status within one stretch of time, starting at {@code start}. */
public record DeliveryBucket(Instant start, long sent, long failed) {}
