package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.adapter.in.rest.problem.Problem;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers every ingestion operation can give, documented once for OpenAPI. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@APIResponse(responseCode = "202", description = "Queued; storage follows within moments",
        content = @Content(schema = @Schema(implementation = AcceptedResponse.class),
                examples = @ExampleObject(name = "accepted", value = "{\"accepted\": 2, \"requestId\": \"5f0c8a52-8c1e-4d0b-9a57-1f4c2b7d9e10\"}")))
@APIResponse(responseCode = "400", description = "The body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "413", description = "The body is over the size limit")
@APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "422", description = "Invalid items, every one listed by index and field; nothing was queued",
        content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = IngestionExamples.PROBLEM)))
@APIResponse(responseCode = "503", description = "The broker did not confirm; nothing was accepted, retry", content = @Content(mediaType = Problem.MEDIA_TYPE))
@interface IngestionResponses {}
