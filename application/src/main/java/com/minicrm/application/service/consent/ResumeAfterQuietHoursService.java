package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.ResumeAfterQuietHoursUseCase;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.application.port.out.consent.QuietHoursHolds.Hold;
import com.minicrm.domain.campaign.DeliveryJob;
import java.time.Clock;
import java.util.List;

/**
 * Ends due holds. The jobs are queued before the hold is released, so a crash in between queues them
 * twice at worst, which claiming makes harmless; released first, a crash would leave the rows to the
 * lost-job sweep.
 */
public class ResumeAfterQuietHoursService implements ResumeAfterQuietHoursUseCase {
    private static final int LIMIT = 100;
    private final QuietHoursHolds holds;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final int jobSize;

    /** @param clock the same brand clock the workers' {@link QuietHoursGate} reads */
    public ResumeAfterQuietHoursService(QuietHoursHolds holds, DeliveryQueue queue, Clock clock, int jobSize) {
        this.holds = holds;
        this.queue = queue;
        this.clock = clock;
        this.jobSize = jobSize;
    }

    @Override
    public int resumeDue() {
        int queued = 0;
        for (Hold hold : holds.due(clock.instant(), LIMIT)) {
            List<DeliveryJob> jobs = holds.queuedJobs(hold.campaignId(), jobSize);
            if (!jobs.isEmpty()) {
                queue.enqueue(jobs);
                queued += jobs.size();
            }
            holds.release(hold);
        }
        return queued;
    }
}
