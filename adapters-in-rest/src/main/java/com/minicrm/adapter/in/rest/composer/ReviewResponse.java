package com.minicrm.adapter.in.rest.composer;

import com.minicrm.application.port.in.campaign.ReviewCampaignUseCase.CampaignReview;
import com.minicrm.application.port.in.campaign.ReviewCampaignUseCase.RenderedSample;
import java.util.List;

/**
 * The review: audience size; how many the freeze would leave out, each counted once (unsubscribed on the
 * channel, then over the frequency cap, then without an address); how many it would reach; three
 * rendered messages and the warnings.
 */
public record ReviewResponse(long audienceSize, long withoutAddress, long unsubscribed, long frequencyCapped, long reachable,
        List<Sample> samples, List<String> warnings) {
    /** One customer's message. */
    public record Sample(String externalId, String name, String recipient, String text, String subject) {
        static Sample from(RenderedSample s) {
            return new Sample(s.externalId(), s.name(), s.recipient(), s.text(), s.subject());
        }
    }

    static ReviewResponse from(CampaignReview review) {
        return new ReviewResponse(review.audienceSize(), review.reach().noAddress(), review.reach().unsubscribed(),
                review.reach().frequencyCapped(), review.reach().reachable(),
                review.samples().stream().map(Sample::from).toList(), review.warnings().stream().map(Enum::name).toList());
    }
}
