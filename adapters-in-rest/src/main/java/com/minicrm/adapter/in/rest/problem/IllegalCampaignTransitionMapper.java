package com.minicrm.adapter.in.rest.problem;

import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The campaign's status does not allow the change: 409. */
@Provider
public class IllegalCampaignTransitionMapper implements ExceptionMapper<IllegalCampaignTransitionException> {
    @Override
    public Response toResponse(IllegalCampaignTransitionException e) {
        return Problem.of(409, "Campaign status conflict", e.getMessage()).toResponse();
    }
}
