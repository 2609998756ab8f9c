package com.minicrm.application.port.in;

import com.minicrm.domain.segment.AudienceMember;
import java.util.List;

/** The size of a rule's audience, a few of its members, and the rule in words. */
public record SegmentPreview(long audienceSize, List<AudienceMember> sample, String description) {
    public SegmentPreview {
        sample = List.copyOf(sample);
    }
}
