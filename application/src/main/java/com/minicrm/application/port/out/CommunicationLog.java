package com.minicrm.application.port.out;

import com.minicrm.application.port.in.Page;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.consent.SuppressionReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every message of every campaign, one row per customer and campaign, and its delivery status. */
public interface CommunicationLog {
    /** How many audience members one call of {@link #freezeNextChunk} freezes at most. */
    int FREEZE_CHUNK = 1000;

    /**
     * Freezes the next chunk of a running campaign's audience: one QUEUED row per customer after the
     * last one already in the log, with the rendered message, and the chunk counted on the campaign,
     * in one unit of work. The last chunk marks the audience frozen. Any instance may continue a
     * freeze another left unfinished. Returns the jobs that cover the new rows.
     */
    AudienceChunk freezeNextChunk(long campaignId, int jobSize, Instant now);

    /** The jobs for one frozen chunk of an audience, and whether the audience is now complete (or no longer wanted). */
    record AudienceChunk(List<DeliveryJob> jobs, boolean last) {
        public AudienceChunk {
            jobs = List.copyOf(jobs);
        }
    }

    /** Moves the job's QUEUED rows to SENDING and returns exactly those; a second caller gets none. */
    List<OutgoingMessage> claim(DeliveryJob job, Instant now);

    /** Records what the vendor said: accepted messages become SUBMITTED, the rest FAILED. */
    void recordSendResults(List<SendResult> results, Instant now);

    /** Moves messages to their final status where precedence allows, and updates campaign counters with them. */
    AppliedOutcomes applyOutcomes(List<DeliveryOutcome> outcomes, Instant now);

    /**
     * Jobs for messages still QUEUED since before the cutoff, whose job was lost (say the broker
     * refused it after the audience was frozen); marks them as re-queued now, so the next sweep
     * waits another full timeout before queueing them again.
     */
    List<DeliveryJob> requeueStranded(Instant cutoff, int jobSize, int limit, Instant now);

    /**
     * Cancels the campaign and withdraws its still-QUEUED messages (they become CANCELLED, never sent),
     * counting them on the campaign in the same unit of work. Messages a worker has already claimed
     * stay as they are and their receipts still count. Empty when there is no such campaign; throws
     * {@code IllegalCampaignTransitionException}, changing nothing, when it has already finished.
     */
    Optional<Campaign> cancel(long campaignId, Instant now);

    /** Messages still SENDING or SUBMITTED since before the cutoff: their receipt is overdue. */
    List<Long> overdue(Instant cutoff, int limit);

    default Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, int page, int size) {
        return messages(campaignId, status, Optional.empty(), page, size);
    }

    /** A page of the campaign's log in id order; a reason selects SUPPRESSED rows with that reason. */
    Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, Optional<SuppressionReason> reason, int page, int size);
}
