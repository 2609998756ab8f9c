package com.minicrm.application.port.in;

import com.minicrm.domain.segment.Rule;

/** Shows who a rule would reach right now, before anything is saved. */
public interface PreviewSegmentUseCase {
    SegmentPreview preview(Rule rule);
}
