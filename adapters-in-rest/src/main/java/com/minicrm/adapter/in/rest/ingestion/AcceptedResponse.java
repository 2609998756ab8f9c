package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.application.port.in.IngestionAccepted;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted ingestion request: the broker holds it, storage follows. */
@Schema(name = "Accepted")
public record AcceptedResponse(
        @Schema(examples = "1") int accepted,
        @Schema(examples = "5f0c8a52-8c1e-4d0b-9a57-1f4c2b7d9e10") String requestId) {

    static Response from(IngestionAccepted accepted) {
        return Response.accepted(new AcceptedResponse(accepted.accepted(), accepted.requestId())).build();
    }
}
