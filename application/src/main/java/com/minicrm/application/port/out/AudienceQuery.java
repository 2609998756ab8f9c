package com.minicrm.application.port.out;

import com.minicrm.domain.segment.Audience;
import com.minicrm.domain.segment.Rule;
import java.time.Instant;

/** Finds the customers a rule matches, with relative fields measured from {@code asOf}. */
public interface AudienceQuery {
    Audience find(Rule rule, Instant asOf, int sampleSize);
}
