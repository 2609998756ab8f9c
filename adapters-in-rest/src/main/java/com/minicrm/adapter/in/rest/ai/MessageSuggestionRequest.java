package com.minicrm.adapter.in.rest.ai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the campaign should achieve, and optionally its audience rule. */
public record MessageSuggestionRequest(
        String objective,
        @Schema(description = "The audience rule, in react-querybuilder shape", implementation = Object.class, nullable = true) Object rule) {}
