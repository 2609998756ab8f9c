package com.minicrm.adapter.in.rest.segment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule to preview; it stays a generic JSON tree until the domain parses and validates it. */
public record PreviewRequest(
        @Schema(description = "The rule, in react-querybuilder shape", implementation = Object.class) Object rule) {}
