package com.minicrm.domain.campaign;

/** Someone asked a campaign to move backwards or out of a final status. */
public class IllegalCampaignTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IllegalCampaignTransitionException(long campaignId, CampaignStatus from, CampaignStatus to) {
        super("campaign " + campaignId + " cannot move from " + from + " to " + to);
    }
}
