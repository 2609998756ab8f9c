package com.minicrm.application.service;

import com.minicrm.application.port.in.PreviewSegmentUseCase;
import com.minicrm.application.port.in.SegmentPreview;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.domain.segment.Audience;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import java.time.Clock;

/** Counts and samples a rule's audience as of the clock's now, and describes the rule. */
public class PreviewSegmentService implements PreviewSegmentUseCase {
    private final AudienceQuery audienceQuery;
    private final Clock clock;

    public PreviewSegmentService(AudienceQuery audienceQuery, Clock clock) {
        this.audienceQuery = audienceQuery;
        this.clock = clock;
    }

    @Override
    public SegmentPreview preview(Rule rule) {
        Audience audience = audienceQuery.find(rule, InactiveDays.asOf(clock), Audience.SAMPLE_SIZE);
        return new SegmentPreview(audience.size(), audience.sample(), RuleDescription.describe(rule));
    }
}
