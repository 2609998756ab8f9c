package com.minicrm.application.port.out;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.domain.campaign.Campaign;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All campaigns, as a collection. */
public interface Campaigns {
    /** Stores a new campaign and returns it with its id. */
    Campaign add(Campaign campaign);

    Optional<Campaign> byId(long id);

    /** Newest first. */
    Page<Campaign> page(int page, int size);

    /** Newest first, only campaigns carrying this tag (compared ignoring case). */
    Page<Campaign> pageTagged(int page, int size, String tag);

    /**
     * Newest first: campaigns whose name contains the filter's (ignoring case), with its status, channel and
     * tag (ignoring case), created or scheduled within its date range.
     */
    Page<Campaign> search(CampaignFilter filter, int page, int size);

    /** Every tag some campaign carries, each once (ignoring case), alphabetically. */
    List<String> knownTags();

    /** Scheduled campaigns whose start time has passed. */
    List<Long> dueScheduled(Instant now, int limit);

    /** Running campaigns started before the cutoff whose audience is still not completely frozen (say their instance died). */
    List<Long> unfinishedFreezes(Instant startedBefore, int limit);

    /**
     * Moves a scheduled campaign to {@code at} in one unit of work, under the same lock as {@link #start},
     * so it cannot move a campaign that has just started; empty if there is no such campaign.
     */
    Optional<Campaign> reschedule(long id, Instant at, Instant now);

    /**
     * Writes a revised campaign's name, audience, message, subject, channel, time and tags, only if the
     * stored campaign is still SCHEDULED, in one conditional write that a concurrent {@link #start} cannot
     * interleave with; empty when it is missing or no longer scheduled.
     */
    Optional<Campaign> revise(Campaign revised);

    /** Starts a scheduled campaign if it is still waiting; false when another instance got there first. */
    boolean start(long id, Instant now);
}
