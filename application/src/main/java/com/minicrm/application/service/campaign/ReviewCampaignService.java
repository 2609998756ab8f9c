package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.campaign.ReviewCampaignUseCase;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.campaign.AudienceReach;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.EmailSubject;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Audience;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reviews a campaign before it is sent: the audience as the freeze would see it now, the message
 * rendered by the same template for three of its customers, and warnings for an empty or very
 * large audience and for customers the freeze would suppress: unsubscribed, capped or without an address.
 */
public class ReviewCampaignService implements ReviewCampaignUseCase {
    static final int SAMPLES = 3;
    private final AudienceQuery audiences;
    private final AudienceReach reach;
    private final Customers customers;
    private final Clock clock;
    private final long largeAudience;
    private final String sampleUnsubscribeUrl;

    public ReviewCampaignService(AudienceQuery audiences, AudienceReach reach, Customers customers, Clock clock, long largeAudience) {
        this(audiences, reach, customers, clock, largeAudience, null);
    }

    /** {@code sampleUnsubscribeUrl} stands in for {@code {{unsubscribe_url}}}, since the campaign and its links do not exist yet. */
    public ReviewCampaignService(AudienceQuery audiences, AudienceReach reach, Customers customers, Clock clock, long largeAudience,
            String sampleUnsubscribeUrl) {
        this.sampleUnsubscribeUrl = sampleUnsubscribeUrl;
        this.audiences = audiences;
        this.reach = reach;
        this.customers = customers;
        this.clock = clock;
        this.largeAudience = largeAudience;
    }

    @Override
    public CampaignReview review(Rule rule, String template, Channel channel, String subject, boolean transactional) {
        Objects.requireNonNull(channel, "channel");
        Violations violations = new Violations();
        MessageTemplate parsed = null;
        try {
            parsed = MessageTemplate.parse("template", template);
            parsed.checkChannel("template", channel, violations);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
        }
        MessageTemplate subjectLine = EmailSubject.check(subject, channel, violations);
        violations.throwIfAny();
        MessageTemplate message = parsed;
        Instant now = clock.instant();
        Audience audience = audiences.find(rule, now, SAMPLES);
        Reach split = audience.size() == 0 ? Reach.NOBODY
                : reach.reach(rule, now, channel, transactional);
        List<RenderedSample> samples = audience.sample().stream()
                .flatMap(m -> customers.findByExternalId(m.externalId()).stream())
                .map(c -> new RenderedSample(c.externalId(), c.name(), channel.recipientOf(c), message.render(c, id -> sampleUnsubscribeUrl),
                        subjectLine == null ? null : subjectLine.render(c)))
                .toList();
        List<Warning> warnings = new ArrayList<>();
        if (audience.size() == 0) {
            warnings.add(Warning.EMPTY_AUDIENCE);
        }
        if (audience.size() >= largeAudience) {
            warnings.add(Warning.LARGE_AUDIENCE);
        }
        if (split.noAddress() > 0) {
            warnings.add(Warning.MISSING_ADDRESSES);
        }
        if (split.unsubscribed() > 0) {
            warnings.add(Warning.UNSUBSCRIBED);
        }
        if (split.frequencyCapped() > 0) {
            warnings.add(Warning.FREQUENCY_CAPPED);
        }
        return new CampaignReview(audience.size(), split, samples, warnings);
    }
}
