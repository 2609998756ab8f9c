package com.minicrm.adapter.in.rest.ai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed: a rule, or a campaign whose frozen audience rule is used. Exactly one. */
public record LookalikeRequest(
        @Schema(description = "The seed rule", implementation = Object.class, nullable = true) Object rule,
        Long campaignId) {}
