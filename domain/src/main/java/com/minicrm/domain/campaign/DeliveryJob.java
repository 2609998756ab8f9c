package com.minicrm.domain.campaign;

/**
 * A unit of delivery work: the log ids {@code fromId..toId} (inclusive) of one campaign. A range
 * keeps the job small on the queue; the worker only takes rows of this campaign still QUEUED.
 */
public record DeliveryJob(long campaignId, long fromId, long toId) {
    public DeliveryJob {
        if (campaignId <= 0 || fromId <= 0 || toId < fromId) {
            throw new IllegalArgumentException("a job needs a campaign and a range 0 < fromId <= toId");
        }
    }
}
