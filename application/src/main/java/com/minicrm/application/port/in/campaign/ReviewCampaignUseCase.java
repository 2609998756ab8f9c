package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Rule;
import java.util.List;

/** What a campaign would do if launched now: who, how many cannot be reached, and the message as three real customers get it. */
public interface ReviewCampaignUseCase {
    /** Throws {@code InvalidInputException} for a template or subject that does not parse, or a subject off e-mail. */
    CampaignReview review(Rule rule, String template, Channel channel, String subject, boolean transactional);

    /**
     * The review: who matches, and how many of them the freeze would leave out and why (each counted once,
     * as the freeze does: unsubscribed, then over the frequency cap, then without an address);
     * {@code warnings} say what deserves a second look before confirming.
     */
    record CampaignReview(long audienceSize, Reach reach, List<RenderedSample> samples, List<Warning> warnings) {
        public CampaignReview {
            samples = List.copyOf(samples);
            warnings = List.copyOf(warnings);
        }
    }

    /** The message (and an e-mail's subject) as one customer would receive it, and the address it would go to (null when none). */
    record RenderedSample(String externalId, String name, String recipient, String text, String subject) {}

    /** Reasons to look again before sending. */
    enum Warning {
        EMPTY_AUDIENCE,
        LARGE_AUDIENCE,
        MISSING_ADDRESSES,
        UNSUBSCRIBED,
        FREQUENCY_CAPPED
    }
}
