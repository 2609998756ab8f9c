package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.domain.customer.CustomerDraft;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.minicrm.adapter.in.rest.json.ExactNumbers;
import com.minicrm.adapter.in.rest.json.StrictInstantDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer in an ingestion request. */
@Schema(name = "Customer")
public record CustomerRequest(
        @Schema(required = true, maxLength = 64, examples = "cust-1001", description = "The brand's id for the customer; re-sending it updates the customer") String externalId,
        @Schema(required = true, maxLength = 200, examples = "Mohit Sharma") String name,
        @Schema(maxLength = 254, examples = "mohit@example.in") String email,
        @Schema(maxLength = 32, examples = "+91 98765 43210") String phone,
        @Schema(maxLength = 100, examples = "Mumbai") String city,
        @Schema(description = "ISO-8601 instant", examples = "2025-01-15T10:00:00Z") @JsonDeserialize(using = StrictInstantDeserializer.class) Instant signupAt,
        @Schema(description = "Short labels; [] clears them, absent leaves them", examples = "[\"vip\", \"newsletter\"]") List<String> tags,
        @Schema(description = "A small free-form JSON object (at most 50 keys, 4 KB); a number must be one a double"
                + " holds exactly (send longer ones as text)")
                @JsonDeserialize(using = ExactNumbers.class) Map<String, Object> attributes,
        SubscriptionsRequest subscriptions) {

    CustomerDraft toDraft() {
        return new CustomerDraft(externalId, name, email, phone, city, signupAt, tags, attributes,
                subscriptions == null ? null : subscriptions.toDomain());
    }
}
