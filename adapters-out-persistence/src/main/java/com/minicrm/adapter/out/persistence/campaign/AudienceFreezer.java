package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.outcome.OrderAttribution;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Assignment;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.consent.Suppressed;
import com.minicrm.domain.consent.SuppressionReason;
import com.minicrm.domain.consent.UnsubscribeLinks;
import com.minicrm.domain.customer.CustomerProfile;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Freezes a campaign's audience into the log, keyset-paged over the customer table in chunks, one
 * transaction per chunk so that workers can send the first chunks while later ones are written.
 *
 * <p>Messages are rendered in Java, one chunk at a time, and written with one multi-row INSERT per
 * chunk. A pure {@code INSERT ... SELECT} would have to re-implement the template language
 * (fallbacks, name splitting, money format) in SQL, and two renderers drift apart; the chunked
 * multi-row insert keeps the rendering in the domain and still costs one round trip per chunk.
 * Customers created only as placeholders by an early order are not in any audience.
 *
 * <p>Each chunk starts after the highest customer already in the campaign's log, read under the
 * campaign's row lock, so a freeze an instance left half done can be continued by any other, and
 * two freezers never write the same customer. Relative dates in the rule count from the campaign's
 * start, and customers created after it (above the campaign's audience ceiling) are left out, so
 * every chunk, resumed or not, sees the audience as it was at the start.
 *
 * <p>While a chunk is written, the next one is read and rendered on another thread (reading needs no
 * lock: the campaign's log decides where a chunk starts). The next call takes that read only if it
 * starts where the log now ends; otherwise, say another instance froze a chunk in between, it reads
 * again. Profiling the 100,000-customer benchmark put the freeze on the critical path, with reading
 * and rendering a third of each chunk.
 */
@ApplicationScoped
class AudienceFreezer {
    static final int CHUNK = CommunicationLog.FREEZE_CHUNK;
    private static final String INSERT_COLUMNS = "INSERT INTO communication_log (campaign_id, customer_id, recipient,"
            + " message, status, status_rank, last_error, failed_at, queued_at, updated_at, variant, subject,"
            + " suppression_reason) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final DataSource dataSource;
    private final FreezeConsentStep suppressions;
    private final UnsubscribeLinks links;
    private final Map<Long, ReadAhead> readAheads = new ConcurrentHashMap<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "audience-read-ahead");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * One audience member's log row as it will be written; no recipient means the channel has no address
     * for them, a holdout member gets no message, and only an e-mail has a subject.
     */
    private record Frozen(long customerId, String recipient, String message, Assignment assignment, String subject) {}

    /** The chunk after customer {@code after}, being read on another thread. */
    private record ReadAhead(long after, CompletableFuture<List<Frozen>> chunk) {}

    AudienceFreezer(DataSource dataSource, FreezeConsentStep suppressions, UnsubscribeLinks links) {
        this.dataSource = dataSource;
        this.suppressions = suppressions;
        this.links = links;
    }

    CommunicationLog.AudienceChunk freezeNextChunk(long campaignId, int jobSize, Instant now) {
        ReadAhead ahead = readAheads.remove(campaignId);
        try {
            return Transactions.inNew("freezing the audience of campaign " + campaignId, () -> {
                try (Connection c = dataSource.getConnection()) {
                    Campaign campaign = CampaignRows.lock(c, campaignId);
                    if (campaign == null || campaign.status() != CampaignStatus.RUNNING || campaign.isAudienceFrozen()) {
                        return new CommunicationLog.AudienceChunk(List.of(), true);
                    }
                    suppressions.lockChannel(c, campaign);
                    AudienceFilter filter = AudienceFilters.compile(campaign.audience().frozenRule(), campaign.startedAt().orElse(now));
                    long after = lastCustomer(c, campaignId);
                    List<Frozen> chunk = ahead != null && ahead.after() == after ? ahead.chunk().exceptionally(failed -> null).join() : null;
                    if (chunk == null) {
                        chunk = read(c, campaign, filter, after);
                    }
                    boolean last = chunk.size() < CHUNK;
                    if (!last) {
                        readAhead(campaign, filter, chunk.get(chunk.size() - 1).customerId());
                    }
                    // the holdout gets no message, so only the members to be messaged are checked for a reason not to be
                    List<Frozen> messaged = chunk.stream().filter(f -> !f.assignment().holdout()).toList();
                    int heldOut = chunk.size() - messaged.size();
                    Map<Long, SuppressionReason> reasons = messaged.isEmpty() ? Map.of() : suppressions.reasons(c, campaign,
                            messaged.stream().map(Frozen::customerId).toList(),
                            messaged.stream().filter(f -> f.recipient() == null).map(Frozen::customerId).collect(Collectors.toSet()), now);
                    if (!chunk.isEmpty()) {
                        insert(c, campaign, chunk, reasons, now);
                    }
                    campaign.audienceGrew(messaged.size(), 0, heldOut);
                    campaign.audienceSuppressed(suppressed(reasons));
                    if (heldOut > 0) {
                        OrderAttribution.holdoutChunk(c, campaignId, after, chunk.get(chunk.size() - 1).customerId());
                    }
                    if (last) {
                        campaign.audienceFrozen(now);
                    }
                    CampaignRows.writeState(c, campaign);
                    return new CommunicationLog.AudienceChunk(chunk.isEmpty() ? List.of()
                            : jobs(c, campaignId, after, chunk.get(chunk.size() - 1).customerId(), jobSize), last);
                }
            });
        } catch (RuntimeException e) {
            readAheads.remove(campaignId);
            throw e;
        }
    }

    /** Starts reading the chunk after {@code after} on a reader thread, on a connection of its own, outside any transaction. */
    private void readAhead(Campaign campaign, AudienceFilter filter, long after) {
        CompletableFuture<List<Frozen>> chunk = CompletableFuture.supplyAsync(() -> {
            try (Connection c = dataSource.getConnection()) {
                return read(c, campaign, filter, after);
            } catch (SQLException e) {
                throw new IllegalStateException("reading ahead failed; the chunk is read again in its transaction", e);
            }
        }, readers);
        readAheads.put(campaign.requireId(), new ReadAhead(after, chunk));
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /** Through the unique (campaign_id, customer_id) key, so it costs one index look-up. */
    private static long lastCustomer(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(customer_id), 0) FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The next chunk after {@code after}, up to the campaign's audience ceiling (none for campaigns
     * started before V7), each member's message rendered.
     */
    private List<Frozen> read(Connection c, Campaign campaign, AudienceFilter filter, long after) throws SQLException {
        String select = "SELECT c.id, c.external_id, c.name, c.email, c.phone, c.city, c.total_spend, c.visits,"
                + " c.avg_order_value FROM customer c WHERE c.placeholder = FALSE AND (" + filter.where() + ")"
                + " AND c.id > ? AND c.id <= COALESCE((SELECT audience_ceiling FROM campaign WHERE id = ?), " + Long.MAX_VALUE + ")"
                + " ORDER BY c.id LIMIT ?";
        try (PreparedStatement st = c.prepareStatement(select)) {
            int next = Sql.bindAll(st, 1, filter.binds());
            st.setLong(next, after);
            st.setLong(next + 1, campaign.requireId());
            st.setInt(next + 2, CHUNK);
            List<Frozen> chunk = new ArrayList<>(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    CustomerProfile customer = new CustomerProfile(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                            rs.getString("email"), rs.getString("phone"), rs.getString("city"), null, null, null,
                            rs.getBigDecimal("total_spend"), rs.getInt("visits"), rs.getBigDecimal("avg_order_value"),
                            null, null, false, null);
                    chunk.add(frozen(campaign, customer));
                }
            }
            return chunk;
        }
    }

    /**
     * The member's row: a separate step assigns the variant or the holdout by the stable hash, then renders that template,
     * with the member's own signed unsubscribe link where an e-mail's template asks for one.
     */
    private Frozen frozen(Campaign campaign, CustomerProfile customer) {
        Assignment assignment = campaign.experiment().assign(campaign.requireId(), customer.id());
        if (assignment.holdout()) {
            return new Frozen(customer.id(), campaign.channel().recipientOf(customer), null, assignment, null);
        }
        return new Frozen(customer.id(), campaign.channel().recipientOf(customer),
                campaign.templateFor(assignment).render(customer, id -> campaign.channel() == Channel.EMAIL
                        ? links.url(campaign.requireId(), id) : null), assignment, campaign.subjectFor(customer).orElse(null));
    }

    private static Suppressed suppressed(Map<Long, SuppressionReason> reasons) {
        Suppressed counts = Suppressed.NONE;
        for (SuppressionReason reason : reasons.values()) {
            counts = counts.plus(reason);
        }
        return counts;
    }

    /**
     * Writes one chunk: a holdout member as HOLDOUT, a customer with a reason not to be messaged as
     * SUPPRESSED with the reason, everyone else QUEUED.
     */
    private static void insert(Connection c, Campaign campaign, List<Frozen> chunk, Map<Long, SuppressionReason> reasons, Instant now)
            throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT_COLUMNS.length() + chunk.size() * (ROW.length() + 2)).append(INSERT_COLUMNS);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Frozen row : chunk) {
                SuppressionReason reason = reasons.get(row.customerId());
                DeliveryStatus status = row.assignment().holdout() ? DeliveryStatus.HOLDOUT
                        : reason != null ? DeliveryStatus.SUPPRESSED : DeliveryStatus.QUEUED;
                st.setLong(p++, campaign.requireId());
                st.setLong(p++, row.customerId());
                st.setString(p++, row.recipient());
                st.setString(p++, row.message());
                st.setString(p++, status.name());
                st.setInt(p++, status.rank());
                st.setString(p++, reason == SuppressionReason.NO_ADDRESS ? "no " + campaign.channel() + " address" : null);
                st.setObject(p++, null);
                st.setObject(p++, Sql.utc(now));
                st.setObject(p++, Sql.utc(now));
                st.setString(p++, row.assignment().variantKey());
                st.setString(p++, row.subject());
                st.setString(p++, reason == null ? null : reason.wireName());
            }
            st.executeUpdate();
        }
    }

    /**
     * Cuts the chunk's queued rows (its customers are those after {@code after} up to {@code through})
     * into id ranges of at most {@code jobSize} rows each. Bounded on both sides, the read stays
     * within the chunk in the unique key, however many earlier rows are still queued.
     */
    private static List<DeliveryJob> jobs(Connection c, long campaignId, long after, long through, int jobSize) throws SQLException {
        List<DeliveryJob> jobs = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM communication_log"
                + " WHERE campaign_id = ? AND customer_id > ? AND customer_id <= ? AND status = 'QUEUED' ORDER BY id")) {
            st.setLong(1, campaignId);
            st.setLong(2, after);
            st.setLong(3, through);
            try (ResultSet rs = st.executeQuery()) {
                long first = 0;
                long last = 0;
                int inJob = 0;
                while (rs.next()) {
                    last = rs.getLong(1);
                    if (inJob == 0) {
                        first = last;
                    }
                    if (++inJob == jobSize) {
                        jobs.add(new DeliveryJob(campaignId, first, last));
                        inJob = 0;
                    }
                }
                if (inJob > 0) {
                    jobs.add(new DeliveryJob(campaignId, first, last));
                }
            }
        }
        return jobs;
    }
}
