package com.minicrm.adapter.in.rest.problem;

import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import com.minicrm.domain.campaign.InvalidReceiptSignatureException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem answers for the campaign and delivery-receipt failures. */
public class CampaignProblemMappers {
    @ServerExceptionMapper
    public Response notFound(CampaignNotFoundException e) {
        return Problem.of(404, "Campaign not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(IllegalCampaignTransitionException e) {
        return Problem.of(409, "Campaign status conflict", e.getMessage()).toResponse();
    }

    /** Says what is wrong (stale, mismatched, missing) but never anything about the expected signature. */
    @ServerExceptionMapper
    public Response badSignature(InvalidReceiptSignatureException e) {
        return Problem.of(401, "Invalid receipt signature", e.getMessage()).toResponse();
    }
}
