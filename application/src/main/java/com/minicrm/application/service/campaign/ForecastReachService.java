package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.campaign.ForecastReachUseCase;
import com.minicrm.application.port.out.campaign.AudienceReach;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Rule;
import java.time.Clock;

/** The reach forecast as of the clock's now, by the freeze's own suppression rules. */
public class ForecastReachService implements ForecastReachUseCase {
    private final AudienceReach reach;
    private final Clock clock;

    public ForecastReachService(AudienceReach reach, Clock clock) {
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    public Reach forecast(Rule rule, Channel channel, boolean transactional) {
        return reach.reach(rule, clock.instant(), channel, transactional);
    }
}
