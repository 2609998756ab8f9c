package com.minicrm.application.service.consent;

import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.consent.QuietHours;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a delivery worker whether a job's campaign must wait for quiet hours to end, and records the
 * wait. The campaign is read only outside the window, so daytime delivery pays nothing for it.
 */
public class QuietHoursGate {
    private final Campaigns campaigns;
    private final QuietHoursHolds holds;
    private final QuietHours quietHours;
    private final Clock clock;

    /** @param clock the brand's clock for the window; tests move it without touching the app's own */
    public QuietHoursGate(Campaigns campaigns, QuietHoursHolds holds, QuietHours quietHours, Clock clock) {
        this.campaigns = campaigns;
        this.holds = holds;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** When the campaign's messages may go out, if they must wait; the wait is recorded before this returns. */
    public Optional<Instant> holdIfQuiet(long campaignId) {
        Instant now = clock.instant();
        if (quietHours.isOpen(now)) {
            return Optional.empty();
        }
        Optional<Campaign> campaign = campaigns.byId(campaignId);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> resumeAt = quietHours.holdUntil(campaign.get().channel(), campaign.get().isTransactional(), now);
        resumeAt.ifPresent(at -> holds.hold(campaignId, at));
        return resumeAt;
    }
}
