package com.minicrm.adapter.in.rest.composer;

/** The body of {@code POST /api/v1/campaigns/message-preview}; without a customer, any real one is used. */
public record MessagePreviewRequest(String template, String customerExternalId) {}
