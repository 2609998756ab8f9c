package com.minicrm.adapter.in.rest.composer;

/**
 * The body of {@code POST /api/v1/campaigns/message-preview}; without a customer, any real one is used.
 * With a channel, the template is also checked against it ({@code {{unsubscribe_url}}} is for e-mail only).
 */
public record MessagePreviewRequest(String template, String customerExternalId, String channel) {
    public MessagePreviewRequest(String template, String customerExternalId) {
        this(template, customerExternalId, null);
    }
}
