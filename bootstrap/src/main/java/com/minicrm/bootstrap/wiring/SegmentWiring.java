package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.CreateSegmentUseCase;
import com.minicrm.application.port.in.DeleteSegmentUseCase;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.PreviewSegmentUseCase;
import com.minicrm.application.port.in.UpdateSegmentUseCase;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.application.port.in.segment.BrowseSegmentLibraryUseCase;
import com.minicrm.application.port.in.segment.DuplicateSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.application.port.out.segment.SegmentUsages;
import com.minicrm.application.service.CreateSegmentService;
import com.minicrm.application.service.DeleteSegmentService;
import com.minicrm.application.service.FindSegmentsService;
import com.minicrm.application.service.PreviewSegmentService;
import com.minicrm.application.service.UpdateSegmentService;
import com.minicrm.application.service.segment.BrowseSegmentLibraryService;
import com.minicrm.application.service.segment.DuplicateSegmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the segment use cases to their adapters. */
@ApplicationScoped
public class SegmentWiring {
    @Produces
    @ApplicationScoped
    PreviewSegmentUseCase previewSegment(AudienceQuery audienceQuery, Clock clock) {
        return new PreviewSegmentService(audienceQuery, clock);
    }

    @Produces
    @ApplicationScoped
    CreateSegmentUseCase createSegment(Segments segments, Clock clock) {
        return new CreateSegmentService(segments, clock);
    }

    @Produces
    @ApplicationScoped
    UpdateSegmentUseCase updateSegment(Segments segments, Clock clock) {
        return new UpdateSegmentService(segments, clock);
    }

    @Produces
    @ApplicationScoped
    DeleteSegmentUseCase deleteSegment(Segments segments) {
        return new DeleteSegmentService(segments);
    }

    @Produces
    @ApplicationScoped
    FindSegmentsUseCase findSegments(Segments segments) {
        return new FindSegmentsService(segments);
    }

    @Produces
    @ApplicationScoped
    BrowseSegmentLibraryUseCase browseSegmentLibrary(Segments segments, SegmentUsages usages) {
        return new BrowseSegmentLibraryService(segments, usages);
    }

    @Produces
    @ApplicationScoped
    DuplicateSegmentUseCase duplicateSegment(Segments segments, Clock clock) {
        return new DuplicateSegmentService(segments, clock);
    }
}
