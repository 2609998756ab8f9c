package com.minicrm.domain.campaign;

/** No draft has this id: it was launched or discarded meanwhile. */
public class UnsentCampaignNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsentCampaignNotFoundException(long id) {
        super("Draft " + id + " does not exist");
    }
}
