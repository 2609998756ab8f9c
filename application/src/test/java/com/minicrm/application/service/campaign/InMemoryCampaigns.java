package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        return slice(new ArrayList<>(stored.values()), page, size);
    }

    @Override
    public Page<Campaign> pageTagged(int page, int size, String tag) {
        return slice(stored.values().stream().filter(c -> c.tags().contains(tag)).collect(java.util.stream.Collectors.toCollection(ArrayList::new)), page, size);
    }

    private static Page<Campaign> slice(List<Campaign> newestFirst, int page, int size) {
        newestFirst.sort(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::requireId).reversed());
        List<Campaign> slice = newestFirst.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(slice, page, size, newestFirst.size());
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
    public Page<Campaign> search(CampaignFilter filter, int page, int size) {
        List<Campaign> matching = stored.values().stream()
                .filter(c -> filter.name() == null || c.name().toLowerCase(Locale.ROOT).contains(filter.name().toLowerCase(Locale.ROOT)))
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .filter(c -> filter.channel() == null || c.channel() == filter.channel())
                .filter(c -> filter.tag() == null || c.tags().stream().anyMatch(filter.tag()::equalsIgnoreCase))
                .filter(c -> filter.inRange(c.createdAt(), c.scheduledAt().orElse(null)))
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::requireId).reversed())
                .toList();
        int from = Math.min(matching.size(), page * size);
        return new Page<>(matching.subList(from, Math.min(matching.size(), from + size)), page, size, matching.size());
    }

    @Override
    public List<String> knownTags() {
        Map<String, String> byLowerCase = new TreeMap<>();
        stored.values().forEach(c -> c.tags().forEach(t -> byLowerCase.putIfAbsent(t.toLowerCase(Locale.ROOT), t)));
        return List.copyOf(byLowerCase.values());
    }

    @Override
    public synchronized Optional<Campaign> revise(Campaign revised) {
        Campaign current = stored.get(revised.requireId());
        if (current == null || current.status() != CampaignStatus.SCHEDULED) {
            return Optional.empty();
        }
        stored.put(revised.requireId(), revised);
        return Optional.of(revised);
    }

    @Override
    public Optional<Campaign> reschedule(long id, Instant at, Instant now) {
        Optional<Campaign> campaign = Optional.ofNullable(stored.get(id));
        campaign.ifPresent(c -> c.reschedule(at, now));
        return campaign;
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
