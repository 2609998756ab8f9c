package com.minicrm.application.service;

import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Validates a draft, freezes its rule, stores the campaign and, unless it waits for its start time,
 * starts delivery: the first chunk of the audience before it answers, the rest on the background executor.
 */
public class LaunchCampaignService implements LaunchCampaignUseCase {
    private final AudienceRules audienceRules;
    private final Campaigns campaigns;
    private final CampaignStarter starter;
    private final Clock clock;
    private final CampaignTagger tagger;
    private final Executor background;
    private final Duration freezePause;
    private final Pause sleeper;

    /** How the background freeze waits between chunks. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    /** Freezes the whole audience before answering (the background work runs on the caller's thread). */
    public LaunchCampaignService(
            AudienceRules audienceRules, Campaigns campaigns, CommunicationLog log, DeliveryQueue queue, Clock clock, int jobSize) {
        this(audienceRules, campaigns, log, queue, clock, jobSize, CampaignTagger.NONE, Runnable::run, Duration.ZERO, pause -> {});
    }

    /**
     * The rest of the audience after the first chunk is frozen on {@code background}, waiting
     * {@code freezePause} (through {@code sleeper}) after each chunk: when sending is paced, the
     * freeze need not run at full speed, and at full speed it takes the CPU and the database from
     * ingestion for as long as it lasts.
     */
    public LaunchCampaignService(AudienceRules audienceRules, Campaigns campaigns, CommunicationLog log, DeliveryQueue queue,
            Clock clock, int jobSize, CampaignTagger tagger, Executor background, Duration freezePause, Pause sleeper) {
        this.audienceRules = audienceRules;
        this.campaigns = campaigns;
        this.starter = new CampaignStarter(log, queue, clock, jobSize);
        this.clock = clock;
        this.tagger = tagger;
        this.background = background;
        this.freezePause = freezePause;
        this.sleeper = sleeper;
    }

    @Override
    public Campaign launch(LaunchCampaignCommand command) {
        CampaignDraft.Valid draft = command.draft().validate();
        Audience audience = audienceRules.freeze(draft.segmentId(), draft.rule());
        Campaign campaign = campaigns.add(Campaign.launch(draft, audience, command.createdBy(), clock.instant())
                .tagged(tagger.tags(audience.frozenRule(), draft.template().text())));
        if (campaign.status() != CampaignStatus.RUNNING) {
            return campaign;
        }
        long id = campaign.requireId();
        starter.startFirstChunk(id, background, freezePause, sleeper);
        return campaigns.byId(id).orElseThrow(() -> new CampaignNotFoundException(id));
    }
}
