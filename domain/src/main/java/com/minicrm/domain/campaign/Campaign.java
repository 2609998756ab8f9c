package com.minicrm.domain.campaign;

import com.minicrm.domain.consent.Suppressed;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message sent to a frozen audience. The campaign owns its status and counters: it decides when
 * it may start, and completes itself once every message has a final outcome.
 */
public final class Campaign {
    private final Long id;
    private final String name;
    private final Audience audience;
    private final MessageTemplate template;
    private final Experiment experiment;
    private final MessageTemplate subject;
    private final Channel channel;
    private final boolean transactional;
    private final String createdBy;
    private final Instant createdAt;
    private Instant scheduledAt;
    private final List<String> tags;
    private CampaignStatus status;
    private Instant startedAt;
    private Instant finishedAt;
    private boolean audienceFrozen;
    private int audienceSize;
    private int sent;
    private int failed;
    private int cancelled;
    private int heldOut;
    private Suppressed suppressed;

    private Campaign(Builder b) {
        this.id = b.id;
        this.name = Objects.requireNonNull(b.name, "name");
        this.audience = Objects.requireNonNull(b.audience, "audience");
        this.template = Objects.requireNonNull(b.template, "template");
        this.experiment = b.experiment == null ? Experiment.none() : b.experiment;
        this.subject = b.subject;
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.transactional = b.transactional;
        this.createdBy = b.createdBy;
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.scheduledAt = b.scheduledAt;
        this.tags = b.tags == null ? List.of() : List.copyOf(b.tags);
        this.status = Objects.requireNonNull(b.status, "status");
        this.startedAt = b.startedAt;
        this.finishedAt = b.finishedAt;
        this.audienceFrozen = b.audienceFrozen;
        this.audienceSize = b.audienceSize;
        this.sent = b.sent;
        this.failed = b.failed;
        this.cancelled = b.cancelled;
        this.heldOut = b.heldOut;
        if (heldOut < 0) {
            throw new IllegalArgumentException("the holdout cannot be negative");
        }
        this.suppressed = b.suppressed == null ? Suppressed.NONE : b.suppressed;
        if (sent < 0 || failed < 0 || cancelled < 0 || sent + failed + cancelled + suppressed.total() > audienceSize) {
            throw new IllegalArgumentException("counters must satisfy 0 <= sent + failed + cancelled + suppressed <= audienceSize");
        }
    }

    /** A new campaign: it waits when its start time is still ahead, otherwise it runs now. */
    public static Campaign launch(CampaignDraft.Valid draft, Audience audience, String createdBy, Instant now) {
        boolean later = draft.scheduledAt() != null && draft.scheduledAt().isAfter(now);
        Builder b = new Builder();
        b.name = draft.name();
        b.audience = audience;
        b.template = draft.template();
        b.experiment = draft.experiment();
        b.subject = draft.subject();
        b.channel = draft.channel();
        b.transactional = draft.transactional();
        b.createdBy = createdBy;
        b.createdAt = now;
        b.scheduledAt = draft.scheduledAt();
        b.status = later ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING;
        b.startedAt = later ? null : now;
        return new Campaign(b);
    }

    /** Rebuilds a campaign from storage. */
    public static Campaign restore(Builder stored) {
        return new Campaign(stored);
    }

    /** A copy carrying the id storage gave it. */
    public Campaign withId(long newId) {
        Builder b = toBuilder();
        b.id = newId;
        return new Campaign(b);
    }

    /** A copy carrying these labels (Win-back, High value...), set when the campaign is saved. */
    public Campaign tagged(List<String> labels) {
        Builder b = toBuilder();
        b.tags = labels;
        return new Campaign(b);
    }

    /**
     * Moves a campaign that has not started to another time, which must still be ahead. Once it runs,
     * its audience is frozen and its messages are on their way, so there is nothing left to move.
     */
    public void reschedule(Instant at, Instant now) {
        if (status != CampaignStatus.SCHEDULED) {
            throw new IllegalCampaignTransitionException(id == null ? 0 : id, status, CampaignStatus.SCHEDULED);
        }
        if (!at.isAfter(now)) {
            throw InvalidInputException.of("scheduledAt", "must be in the future");
        }
        scheduledAt = at;
    }

    /**
     * This scheduled campaign with everything a marketer may change before it starts: name, audience,
     * message or variants, holdout and window, subject, channel and time, which must still be ahead. It keeps its id, creator and
     * creation time. Storage must write it only while the stored campaign is still scheduled.
     */
    public Campaign revise(CampaignDraft.Valid draft, Audience newAudience, List<String> labels, Instant now) {
        if (status != CampaignStatus.SCHEDULED) {
            throw IllegalCampaignTransitionException.notEditable(id == null ? 0 : id, status);
        }
        if (draft.scheduledAt() == null || !draft.scheduledAt().isAfter(now)) {
            throw InvalidInputException.of("scheduledAt", "must be in the future: a scheduled campaign stays scheduled while it is edited");
        }
        Builder b = toBuilder();
        b.name = draft.name();
        b.audience = newAudience;
        b.template = draft.template();
        b.experiment = draft.experiment();
        b.subject = draft.subject();
        b.transactional = draft.transactional();
        b.channel = draft.channel();
        b.scheduledAt = draft.scheduledAt();
        b.tags = labels;
        return new Campaign(b);
    }

    /** A scheduled campaign's time has come. */
    public void start(Instant now) {
        moveTo(CampaignStatus.RUNNING, now);
        startedAt = now;
    }

    /**
     * Another chunk of the audience is in the log, and may already be on its way: {@code undeliverable}
     * of them had no address and failed at once.
     */
    public void audienceGrew(int added, int undeliverable) {
        audienceGrew(added, undeliverable, 0);
    }

    /**
     * As {@link #audienceGrew(int, int)}, with {@code heldOut} more members kept back as the control
     * group: they get no message, so they are not part of {@code audienceSize}, which counts messages.
     */
    public void audienceGrew(int added, int undeliverable, int heldOut) {
        if (heldOut < 0) {
            throw new IllegalArgumentException("need heldOut >= 0");
        }
        this.heldOut += heldOut;
        if (status != CampaignStatus.RUNNING || audienceFrozen) {
            throw new IllegalStateException("the audience grows only while it is being frozen, while the campaign runs");
        }
        if (added < 0 || undeliverable < 0 || undeliverable > added) {
            throw new IllegalArgumentException("need 0 <= undeliverable <= added");
        }
        audienceSize += added;
        failed += undeliverable;
    }

    /**
     * Of the chunk just added by {@link #audienceGrew}, these were not messaged: they are in the log
     * as SUPPRESSED, final at once, so they never count as pending.
     */
    public void audienceSuppressed(Suppressed more) {
        if (status != CampaignStatus.RUNNING || audienceFrozen) {
            throw new IllegalStateException("customers are suppressed only while the audience is being frozen");
        }
        if (more.total() > pending()) {
            throw new IllegalArgumentException("campaign " + id + " has only " + pending() + " pending messages, cannot suppress " + more.total());
        }
        suppressed = suppressed.plus(more);
    }

    /**
     * {@code withdrawn} of the pending messages were still waiting for a worker when their customers
     * unsubscribed (a STOP reply): they are suppressed as unsubscribed and never sent.
     */
    public void unsubscribedWhileQueued(int withdrawn, Instant now) {
        if (withdrawn < 0 || withdrawn > pending()) {
            throw new IllegalArgumentException("campaign " + id + " has only " + pending() + " pending messages, cannot withdraw " + withdrawn);
        }
        suppressed = suppressed.plus(new Suppressed(withdrawn, 0, 0));
        completeIfDone(now);
    }

    /** The whole audience is in the log; from now on the campaign completes once nothing is pending. */
    public void audienceFrozen(Instant now) {
        if (status != CampaignStatus.RUNNING || audienceFrozen) {
            throw new IllegalStateException("the audience is frozen once, while the campaign runs");
        }
        audienceFrozen = true;
        completeIfDone(now);
    }

    /** Newly final messages; a message is never counted twice because the log applies each once. */
    public void recordDeliveries(int newlySent, int newlyFailed, Instant now) {
        if (newlySent < 0 || newlyFailed < 0 || newlySent + newlyFailed > pending()) {
            throw new IllegalArgumentException("campaign " + id + " has only " + pending()
                    + " pending messages, cannot record " + newlySent + " sent and " + newlyFailed + " failed");
        }
        sent += newlySent;
        failed += newlyFailed;
        completeIfDone(now);
    }

    /**
     * Stops the campaign; {@code withdrawn} of its pending messages were taken back before any worker
     * claimed them and will never be sent. The others were already handed to the vendor, and their
     * receipts are still counted.
     */
    public void cancel(int withdrawn, Instant now) {
        if (withdrawn < 0 || withdrawn > pending()) {
            throw new IllegalArgumentException("campaign " + id + " has only " + pending()
                    + " pending messages, cannot withdraw " + withdrawn);
        }
        moveTo(CampaignStatus.CANCELLED, now);
        cancelled = withdrawn;
    }

    public void fail(Instant now) {
        moveTo(CampaignStatus.FAILED, now);
    }

    private void completeIfDone(Instant now) {
        if (status == CampaignStatus.RUNNING && audienceFrozen && pending() == 0) {
            moveTo(CampaignStatus.COMPLETED, now);
        }
    }

    private void moveTo(CampaignStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalCampaignTransitionException(id == null ? 0 : id, status, next);
        }
        status = next;
        if (next.isFinal()) {
            finishedAt = now;
        }
    }

    /** Messages with no final outcome yet: neither sent, failed, withdrawn by a cancel, nor suppressed. */
    public int pending() {
        return audienceSize - sent - failed - cancelled - suppressed.total();
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("campaign has not been stored yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public Audience audience() {
        return audience;
    }

    public MessageTemplate template() {
        return template;
    }

    public Channel channel() {
        return channel;
    }

    public Experiment experiment() {
        return experiment;
    }

    /** The template a member with this assignment gets; the campaign's own for a single template. */
    public MessageTemplate templateFor(Assignment assignment) {
        if (assignment.holdout()) {
            throw new IllegalArgumentException("the holdout gets no message");
        }
        return assignment.variantKey() == null ? template
                : experiment.variant(assignment.variantKey()).orElseThrow(() ->
                        new IllegalArgumentException("campaign has no variant " + assignment.variantKey())).template();
    }

    /** Members held out as the control group, in the log as HOLDOUT and never messaged. */
    public int heldOut() {
        return heldOut;
    }

    /** The subject template an e-mail campaign was given; empty for other channels and for an e-mail sent under its name. */
    public Optional<MessageTemplate> subject() {
        return Optional.ofNullable(subject);
    }

    /** The subject of one customer's message: empty unless this is an e-mail campaign. */
    public Optional<String> subjectFor(CustomerProfile customer) {
        return channel == Channel.EMAIL ? Optional.of(EmailSubject.render(subject, name, customer)) : Optional.empty();
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public List<String> tags() {
        return tags;
    }

    public CampaignStatus status() {
        return status;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean isAudienceFrozen() {
        return audienceFrozen;
    }

    public int audienceSize() {
        return audienceSize;
    }

    public int sent() {
        return sent;
    }

    public int failed() {
        return failed;
    }

    public int cancelled() {
        return cancelled;
    }

    public Suppressed suppressed() {
        return suppressed;
    }

    /** A transactional campaign (an order update, an OTP) skips the frequency cap, but never an unsubscribe. */
    public boolean isTransactional() {
        return transactional;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.audience = audience;
        b.template = template;
        b.experiment = experiment;
        b.subject = subject;
        b.channel = channel;
        b.transactional = transactional;
        b.createdBy = createdBy;
        b.createdAt = createdAt;
        b.scheduledAt = scheduledAt;
        b.tags = tags;
        b.status = status;
        b.startedAt = startedAt;
        b.finishedAt = finishedAt;
        b.audienceFrozen = audienceFrozen;
        b.audienceSize = audienceSize;
        b.sent = sent;
        b.failed = failed;
        b.cancelled = cancelled;
        b.heldOut = heldOut;
        b.suppressed = suppressed;
        return b;
    }

    /** Every stored field, for {@link #restore}; the constructor still checks the invariants. */
    public static final class Builder {
        public Long id;
        public String name;
        public Audience audience;
        public MessageTemplate template;
        /** Null means a single template, nobody held out, the default window. */
        public Experiment experiment;
        public MessageTemplate subject;
        public Channel channel;
        public boolean transactional;
        public String createdBy;
        public Instant createdAt;
        public Instant scheduledAt;
        public List<String> tags;
        public CampaignStatus status;
        public Instant startedAt;
        public Instant finishedAt;
        public boolean audienceFrozen;
        public int audienceSize;
        public int sent;
        public int failed;
        public int cancelled;
        public int heldOut;
        public Suppressed suppressed;
    }
}
