package com.minicrm.domain.campaign;

/** Someone asked a campaign to move backwards or out of a final status. */
public class IllegalCampaignTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IllegalCampaignTransitionException(long campaignId, CampaignStatus from, CampaignStatus to) {
        super("campaign " + campaignId + " cannot move from " + from + " to " + to);
    }

    private IllegalCampaignTransitionException(String message) {
        super(message);
    }

    /** An edit of a campaign that is no longer waiting for its start time. */
    public static IllegalCampaignTransitionException notEditable(long campaignId, CampaignStatus status) {
        return new IllegalCampaignTransitionException("campaign " + campaignId + " is " + status
                + ": only a scheduled campaign can be edited, until it starts");
    }
}
