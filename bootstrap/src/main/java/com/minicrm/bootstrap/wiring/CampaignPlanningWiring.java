package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.in.campaign.EditScheduledCampaignUseCase;
import com.minicrm.application.port.in.campaign.ForecastReachUseCase;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase;
import com.minicrm.application.port.in.campaign.RescheduleCampaignUseCase;
import com.minicrm.application.port.in.campaign.ReviewCampaignUseCase;
import com.minicrm.application.port.in.campaign.SearchCampaignsUseCase;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.application.port.out.Segments;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.application.port.out.campaign.AudienceReach;
import com.minicrm.application.service.campaign.EditScheduledCampaignService;
import com.minicrm.application.service.campaign.ForecastReachService;
import com.minicrm.application.service.campaign.LaunchCampaignWithNewSegmentService;
import com.minicrm.application.service.campaign.RescheduleCampaignService;
import com.minicrm.application.service.campaign.ReviewCampaignService;
import com.minicrm.application.service.campaign.SearchCampaignsService;
import com.minicrm.application.service.campaign.SendTestMessageService;
import com.minicrm.domain.consent.UnsubscribeLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires what a marketer does around a launch: saving its segment with it, the review and the reach forecast, the test send, scheduling, edits before the start, and the history search. */
@ApplicationScoped
public class CampaignPlanningWiring {
    @Produces
    @ApplicationScoped
    LaunchCampaignWithNewSegmentUseCase launchCampaignWithNewSegment(Segments segments, LaunchCampaignUseCase launch, Clock clock) {
        return new LaunchCampaignWithNewSegmentService(segments, launch, clock);
    }

    @Produces
    @ApplicationScoped
    ReviewCampaignUseCase reviewCampaign(AudienceQuery audiences, AudienceReach reach, Customers customers, Clock clock,
            @ConfigProperty(name = "crm.campaigns.large-audience") long largeAudience, UnsubscribeLinks links) {
        return new ReviewCampaignService(audiences, reach, customers, clock, largeAudience, links.sampleUrl());
    }

    @Produces
    @ApplicationScoped
    ForecastReachUseCase forecastReach(AudienceReach reach, Clock clock) {
        return new ForecastReachService(reach, clock);
    }

    @Produces
    @ApplicationScoped
    SendTestMessageUseCase sendTestMessage(PreviewMessageUseCase preview, Customers customers, MessagingVendor vendor,
            Subscriptions subscriptions) {
        return new SendTestMessageService(preview, customers, vendor, subscriptions);
    }

    @Produces
    @ApplicationScoped
    RescheduleCampaignUseCase rescheduleCampaign(Campaigns campaigns, Clock clock) {
        return new RescheduleCampaignService(campaigns, clock);
    }

    @Produces
    @ApplicationScoped
    EditScheduledCampaignUseCase editScheduledCampaign(AudienceRules rules, Campaigns campaigns, CampaignTagger tagger, Clock clock) {
        return new EditScheduledCampaignService(rules, campaigns, tagger, clock);
    }

    @Produces
    @ApplicationScoped
    SearchCampaignsUseCase searchCampaigns(Campaigns campaigns) {
        return new SearchCampaignsService(campaigns);
    }
}
