package com.minicrm.adapter.in.rest.problem;

import com.minicrm.domain.campaign.InvalidReceiptSignatureException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A receipt whose signature is wrong, missing or stale: 401, saying which without echoing secrets. */
@Provider
public class InvalidReceiptSignatureMapper implements ExceptionMapper<InvalidReceiptSignatureException> {
    @Override
    public Response toResponse(InvalidReceiptSignatureException e) {
        return Problem.of(401, "Invalid receipt signature", e.getMessage()).toResponse();
    }
}
