package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Rule;

/** How much of a rule's audience a campaign on the channel would reach if it froze its audience now, and why not the rest. */
public interface ForecastReachUseCase {
    Reach forecast(Rule rule, Channel channel, boolean transactional);
}
