package com.minicrm.application.port.out.consent;

import com.minicrm.domain.campaign.DeliveryJob;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns whose queued messages wait for quiet hours to end. The messages themselves stay QUEUED in
 * the log, so a crash while waiting loses nothing; a hold only says when to queue their jobs again.
 */
public interface QuietHoursHolds {
    /** Records that the campaign waits until {@code resumeAt}; a later time already recorded is kept. */
    void hold(long campaignId, Instant resumeAt);

    /** When the campaign resumes sending, while it waits. */
    Optional<Instant> resumeAt(long campaignId);

    /** Holds due at {@code now}: campaign id and the resume time recorded for it. */
    List<Hold> due(Instant now, int limit);

    /** Jobs of at most {@code jobSize} rows that cover the campaign's still-QUEUED messages, if it is running. */
    List<DeliveryJob> queuedJobs(long campaignId, int jobSize);

    /** Ends the hold only if it still resumes at {@code resumeAt}; a worker that held it again meanwhile wins. */
    boolean release(Hold hold);

    /** One campaign waiting for the window to open. */
    record Hold(long campaignId, Instant resumeAt) {}
}
