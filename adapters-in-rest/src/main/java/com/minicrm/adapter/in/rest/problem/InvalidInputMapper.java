package com.minicrm.adapter.in.rest.problem;

import com.minicrm.domain.validation.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A domain rule rejected the input: 422 with every violation and its path. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
        return Problem.invalid(422, "Invalid input", e.violations()).toResponse();
    }
}
