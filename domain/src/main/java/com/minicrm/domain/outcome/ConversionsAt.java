package com.minicrm.domain.outcome;

import java.math.BigDecimal;
import java.time.Instant;

/** Attributed orders in one hour (or day) after a campaign's start, for the conversions-over-time chart. */
public record ConversionsAt(Instant from, long orders, BigDecimal revenue) {}
