package com.minicrm.domain.campaign;

/** No campaign has the requested id. */
public class CampaignNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CampaignNotFoundException(long id) {
        super("campaign " + id + " does not exist");
    }
}
