package com.minicrm.domain.campaign;

import java.util.Set;

/** Where a campaign is in its life; it only ever moves forward, and the last three are final. */
public enum CampaignStatus {
    SCHEDULED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public boolean canMoveTo(CampaignStatus next) {
        return switch (this) {
            case SCHEDULED -> Set.of(RUNNING, CANCELLED, FAILED).contains(next);
            case RUNNING -> Set.of(COMPLETED, FAILED, CANCELLED).contains(next);
            case COMPLETED, FAILED, CANCELLED -> false;
        };
    }
}
