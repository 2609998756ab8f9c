package com.minicrm.adapter.in.rest.receipt;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.domain.campaign.ReplayedReceiptException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A replayed receipt request is a conflict with what was already received. */
public class ReceiptProblems {
    @ServerExceptionMapper
    public Response replayed(ReplayedReceiptException e) {
        return Problem.of(409, "Replayed receipt", e.getMessage()).toResponse();
    }
}
