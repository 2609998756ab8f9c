package com.minicrm.adapter.in.rest.segment;

import com.minicrm.application.port.in.SegmentPreview;
import java.util.List;

/** How many customers a rule reaches now, up to ten of them, and the rule in words. */
public record PreviewResponse(long audienceSize, List<AudienceMemberResponse> sample, String description) {
    static PreviewResponse from(SegmentPreview preview) {
        return new PreviewResponse(preview.audienceSize(),
                preview.sample().stream().map(AudienceMemberResponse::from).toList(), preview.description());
    }
}
