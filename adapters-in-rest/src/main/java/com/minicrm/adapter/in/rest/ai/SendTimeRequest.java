package com.minicrm.adapter.in.rest.ai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audience whose order times decide. */
public record SendTimeRequest(@Schema(description = "The audience rule", implementation = Object.class) Object rule) {}
