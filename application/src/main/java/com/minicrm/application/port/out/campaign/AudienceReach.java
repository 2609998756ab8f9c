package com.minicrm.application.port.out.campaign;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.segment.Rule;
import java.time.Instant;

/** Who in a rule's audience a channel cannot reach, for the review before sending. */
public interface AudienceReach {
    /** How many customers the rule matches at {@code asOf} who have no address on the channel (no phone, no e-mail). */
    long withoutAddress(Rule rule, Instant asOf, Channel channel);
}
