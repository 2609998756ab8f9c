package com.minicrm.application.port.out.ai;

import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The features lookalike matching compares: spend, visits, average order value, recency and city. */
public interface CustomerFeatures {
    /** Up to {@code limit} customers the rule selects, spread over the table rather than the first rows. */
    List<Features> sample(Rule rule, Instant asOf, int limit);

    record Features(long id, String externalId, String name, String city, BigDecimal spend, int visits,
            BigDecimal avgOrderValue, long inactiveDays) {}
}
