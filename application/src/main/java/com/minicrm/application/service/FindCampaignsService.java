package com.minicrm.application.service;

import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.consent.SuppressionReason;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.util.Optional;

/** Reads campaign history, checking paging bounds so storage never sees a silly page. */
public class FindCampaignsService implements FindCampaignsUseCase {
    private final Campaigns campaigns;
    private final CommunicationLog log;

    public FindCampaignsService(Campaigns campaigns, CommunicationLog log) {
        this.campaigns = campaigns;
        this.log = log;
    }

    @Override
    public Page<Campaign> list(int page, int size) {
        checkPaging(page, size);
        return campaigns.page(page, size);
    }

    @Override
    public Page<Campaign> listTagged(int page, int size, String tag) {
        checkPaging(page, size);
        Violations violations = new Violations();
        violations.requireText("tag", tag, 100);
        violations.throwIfAny();
        return campaigns.pageTagged(page, size, tag.strip());
    }

    @Override
    public Campaign get(long id) {
        return campaigns.byId(id).orElseThrow(() -> new CampaignNotFoundException(id));
    }

    @Override
    public Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, Optional<SuppressionReason> reason,
            int page, int size) {
        checkPaging(page, size);
        if (reason.isPresent() && status.isPresent() && status.get() != DeliveryStatus.SUPPRESSED) {
            throw InvalidInputException.of("reason", "only SUPPRESSED messages have a reason; leave out status or ask for SUPPRESSED");
        }
        get(campaignId);
        return log.messages(campaignId, reason.isPresent() ? Optional.of(DeliveryStatus.SUPPRESSED) : status, reason, page, size);
    }

    private static void checkPaging(int page, int size) {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
    }
}
