package com.minicrm.domain.consent;

/** What a genuine unsubscribe link names: the campaign whose e-mail carried it, and its recipient. */
public record UnsubscribeToken(long campaignId, long customerId) {
    public UnsubscribeToken {
        if (campaignId <= 0 || customerId <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
    }
}
