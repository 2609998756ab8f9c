package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.customer.CustomerProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The log in memory, with the same precedence and counting rules as the real one. */
class InMemoryCommunicationLog implements CommunicationLog {
    final TreeMap<Long, Row> rows = new TreeMap<>();
    private final InMemoryCampaigns campaigns;
    private final List<CustomerProfile> audience;
    private long nextId = 100;
    int chunkSize = 1000;

    /** One log row. */
    static final class Row {
        final long id;
        final long campaignId;
        final String body;
        DeliveryStatus status = DeliveryStatus.QUEUED;
        int attempts;
        Instant updatedAt;

        Row(long id, long campaignId, String body, Instant at) {
            this.id = id;
            this.campaignId = campaignId;
            this.body = body;
            this.updatedAt = at;
        }
    }

    InMemoryCommunicationLog(InMemoryCampaigns campaigns, List<CustomerProfile> audience) {
        this.campaigns = campaigns;
        this.audience = audience;
    }

    /** Freezes in chunks of {@code chunkSize} customers, like the real log. */
    @Override
    public AudienceChunk freezeNextChunk(long campaignId, int jobSize, Instant now) {
        Campaign campaign = campaigns.byId(campaignId).orElseThrow();
        if (campaign.status() != CampaignStatus.RUNNING || campaign.isAudienceFrozen()) {
            return new AudienceChunk(List.of(), true);
        }
        int done = (int) rows.values().stream().filter(r -> r.campaignId == campaignId).count();
        List<CustomerProfile> chunk = audience.subList(done, Math.min(audience.size(), done + chunkSize));
        List<DeliveryJob> jobs = new ArrayList<>();
        long first = nextId;
        for (CustomerProfile customer : chunk) {
            rows.put(nextId, new Row(nextId, campaignId, campaign.template().render(customer), now));
            nextId++;
        }
        for (long from = first; from < nextId; from += jobSize) {
            jobs.add(new DeliveryJob(campaignId, from, Math.min(nextId - 1, from + jobSize - 1)));
        }
        campaign.audienceGrew(chunk.size(), 0);
        boolean last = chunk.size() < chunkSize;
        if (last) {
            campaign.audienceFrozen(now);
        }
        return new AudienceChunk(jobs, last);
    }

    @Override
    public List<OutgoingMessage> claim(DeliveryJob job, Instant now) {
        Campaign campaign = campaigns.byId(job.campaignId()).orElseThrow();
        List<OutgoingMessage> claimed = new ArrayList<>();
        for (Row row : rows.subMap(job.fromId(), job.toId() + 1).values()) {
            if (row.status == DeliveryStatus.QUEUED) {
                row.status = DeliveryStatus.SENDING;
                row.attempts++;
                row.updatedAt = now;
                claimed.add(new OutgoingMessage(row.id, campaign.channel(), "+91000", row.body));
            }
        }
        return claimed;
    }

    @Override
    public void recordSendResults(List<SendResult> results, Instant now) {
        for (SendResult result : results) {
            Row row = rows.get(result.messageId());
            row.attempts = result.attempts();
            if (result.accepted() && row.status.canMoveTo(DeliveryStatus.SUBMITTED)) {
                row.status = DeliveryStatus.SUBMITTED;
                row.updatedAt = now;
            }
        }
        applyOutcomes(results.stream().flatMap(r -> r.failure(now).stream()).toList(), now);
    }

    @Override
    public AppliedOutcomes applyOutcomes(List<DeliveryOutcome> outcomes, Instant now) {
        int applied = 0;
        int unknown = 0;
        for (DeliveryOutcome outcome : outcomes) {
            Row row = rows.get(outcome.messageId());
            if (row == null) {
                unknown++;
            } else if (row.status.canMoveTo(outcome.status())) {
                row.status = outcome.status();
                row.updatedAt = now;
                boolean sent = outcome.status() == DeliveryStatus.SENT;
                campaigns.byId(row.campaignId).orElseThrow().recordDeliveries(sent ? 1 : 0, sent ? 0 : 1, now);
                applied++;
            }
        }
        return new AppliedOutcomes(applied, outcomes.size() - applied, unknown);
    }

    @Override
    public List<DeliveryJob> requeueStranded(Instant cutoff, int jobSize, int limit, Instant now) {
        List<DeliveryJob> jobs = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.status == DeliveryStatus.QUEUED && row.updatedAt.isBefore(cutoff) && jobs.size() < limit) {
                jobs.add(new DeliveryJob(row.campaignId, row.id, row.id));
                row.updatedAt = now;
            }
        }
        return jobs;
    }

    @Override
    public Optional<Campaign> cancel(long campaignId, Instant now) {
        Optional<Campaign> campaign = campaigns.byId(campaignId);
        campaign.ifPresent(c -> {
            List<Row> queued = rows.values().stream()
                    .filter(r -> r.campaignId == campaignId && r.status == DeliveryStatus.QUEUED)
                    .toList();
            c.cancel(queued.size(), now);
            queued.forEach(r -> r.status = DeliveryStatus.CANCELLED);
        });
        return campaign;
    }

    @Override
    public List<Long> overdue(Instant cutoff, int limit) {
        return rows.values().stream()
                .filter(r -> (r.status == DeliveryStatus.SENDING || r.status == DeliveryStatus.SUBMITTED) && r.updatedAt.isBefore(cutoff))
                .map(r -> r.id)
                .limit(limit)
                .toList();
    }

    @Override
    public Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status,
            Optional<com.minicrm.domain.consent.SuppressionReason> reason, int page, int size) {
        List<LoggedMessage> all = rows.values().stream()
                .filter(r -> r.campaignId == campaignId && status.map(s -> s == r.status).orElse(true) && reason.isEmpty())
                .map(r -> new LoggedMessage(r.id, campaignId, 0, null, r.body, r.status, r.attempts, null, null, null, null,
                        null, null))
                .toList();
        return new Page<>(all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size());
    }
}
