package com.minicrm.domain.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as stored for a customer, as a customer's history shows it. */
public record PlacedOrder(String externalId, BigDecimal amount, Instant orderedAt, String status) {}
