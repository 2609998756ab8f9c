package com.minicrm.adapter.in.rest.problem;

import com.minicrm.domain.campaign.CampaignNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The campaign asked for does not exist: 404. */
@Provider
public class CampaignNotFoundMapper implements ExceptionMapper<CampaignNotFoundException> {
    @Override
    public Response toResponse(CampaignNotFoundException e) {
        return Problem.of(404, "Campaign not found", e.getMessage()).toResponse();
    }
}
