package com.minicrm.application.port.out.campaign;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Rule;
import java.time.Instant;

/** Who in a rule's audience a channel would reach if the campaign froze its audience now, for previews and the review. */
public interface AudienceReach {
    /**
     * The rule's customers at {@code asOf}, and how many of them the freeze would suppress on the channel,
     * each counted once under the freeze's own precedence: unsubscribed, then over the frequency cap
     * (never for a transactional campaign), then without an address.
     */
    Reach reach(Rule rule, Instant asOf, Channel channel, boolean transactional);
}
