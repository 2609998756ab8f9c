package com.minicrm.application.port.out.ai;

import com.minicrm.domain.segment.Rule;
import java.time.Instant;
import java.time.ZoneOffset;

/** When customers order: counts by weekday (Monday first) and hour, in the marketer's time zone. */
public interface OrderTimes {
    /** Orders since {@code since} by the customers the rule selects (all customers when the rule is null). */
    long[][] histogram(Rule rule, Instant asOf, Instant since, ZoneOffset offset);
}
