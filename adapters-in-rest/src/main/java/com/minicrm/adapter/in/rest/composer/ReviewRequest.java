package com.minicrm.adapter.in.rest.composer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The campaign to review: its rule, message, channel and (e-mail only) subject, as the launch would send them. */
public record ReviewRequest(
        @Schema(description = "The rule, in react-querybuilder shape", implementation = Object.class) Object rule,
        String template,
        @Schema(examples = "SMS") String channel,
        @Schema(description = "E-mail only: the subject template, rendered for each sample") String subject,
        @Schema(description = "A transactional campaign is not held to the frequency cap", defaultValue = "false") Boolean transactional) {}
