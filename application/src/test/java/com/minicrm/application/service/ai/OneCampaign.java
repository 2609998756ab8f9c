package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One campaign, found by id; only {@code byId} is needed by the AI services. */
record OneCampaign(Campaign campaign) implements Campaigns {
    @Override
    public Campaign add(Campaign c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Campaign> byId(long id) {
        return campaign.requireId() == id ? Optional.of(campaign) : Optional.empty();
    }

    @Override
    public Page<Campaign> page(int page, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Campaign> pageTagged(int page, int size, String tag) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Campaign> search(CampaignFilter filter, int page, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> knownTags() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> dueScheduled(Instant now, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Campaign> reschedule(long id, Instant at, Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Campaign> revise(Campaign revised) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> unfinishedFreezes(Instant startedBefore, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean start(long id, Instant now) {
        throw new UnsupportedOperationException();
    }
}
