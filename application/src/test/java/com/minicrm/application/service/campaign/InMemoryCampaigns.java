package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Campaigns in a map, for service tests. */
class InMemoryCampaigns implements Campaigns {
    final Map<Long, Campaign> stored = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Campaign add(Campaign campaign) {
        Campaign withId = campaign.withId(nextId++);
        stored.put(withId.requireId(), withId);
        return withId;
    }

    @Override
    public Optional<Campaign> byId(long id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Page<Campaign> page(int page, int size) {
        List<Campaign> newestFirst = new ArrayList<>(stored.values());
        newestFirst.sort(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::requireId).reversed());
        List<Campaign> slice = newestFirst.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(slice, page, size, stored.size());
    }

    @Override
    public List<Long> dueScheduled(Instant now, int limit) {
        return stored.values().stream()
                .filter(c -> c.status() == CampaignStatus.SCHEDULED && !c.scheduledAt().orElseThrow().isAfter(now))
                .map(Campaign::requireId)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Long> unfinishedFreezes(Instant startedBefore, int limit) {
        return stored.values().stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING && !c.isAudienceFrozen()
                        && c.startedAt().orElseThrow().isBefore(startedBefore))
                .map(Campaign::requireId)
                .limit(limit)
                .toList();
    }

    @Override
    public boolean start(long id, Instant now) {
        Campaign campaign = stored.get(id);
        if (campaign.status() != CampaignStatus.SCHEDULED) {
            return false;
        }
        campaign.start(now);
        return true;
    }
}
