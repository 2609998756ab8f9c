package com.minicrm.adapter.in.rest.segment;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.domain.segment.SegmentInUseException;
import com.minicrm.domain.segment.SegmentNotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The segment failures a client can act on, as problem documents. */
public class SegmentProblems {
    @ServerExceptionMapper
    public Response notFound(SegmentNotFoundException e) {
        return Problem.of(404, "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response inUse(SegmentInUseException e) {
        return Problem.of(409, "Segment in use", e.getMessage() + "; delete or retarget the campaign first").toResponse();
    }
}
