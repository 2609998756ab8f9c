package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.customer.CustomerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Freezes a campaign's audience into the log, keyset-paged over the customer table in chunks.
 *
 * <p>Messages are rendered in Java, one chunk at a time, and written with one multi-row INSERT per
 * chunk. A pure {@code INSERT ... SELECT} would have to re-implement the template language
 * (fallbacks, name splitting, money format) in SQL, and two renderers drift apart; the chunked
 * multi-row insert keeps the rendering in the domain and still costs one round trip per chunk.
 * Customers created only as placeholders by an early order are not in any audience.
 */
@ApplicationScoped
class AudienceFreezer {
    static final int CHUNK = 1000;
    private static final String INSERT_COLUMNS = "INSERT INTO communication_log (campaign_id, customer_id, recipient,"
            + " message, status, status_rank, last_error, failed_at, queued_at, updated_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final DataSource dataSource;

    AudienceFreezer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<DeliveryJob> freeze(long campaignId, int jobSize, Instant now) {
        return Transactions.inNew("freezing the audience of campaign " + campaignId, () -> {
            try (Connection c = dataSource.getConnection()) {
                Campaign campaign = CampaignRows.lock(c, campaignId);
                if (campaign == null || campaign.status() != CampaignStatus.RUNNING || campaign.isAudienceFrozen()) {
                    return List.<DeliveryJob>of();
                }
                AudienceFilter filter = AudienceFilters.compile(campaign.audience().frozenRule(), now);
                String select = "SELECT c.id, c.external_id, c.name, c.email, c.phone, c.city, c.total_spend, c.visits,"
                        + " c.avg_order_value FROM customer c WHERE c.placeholder = FALSE AND (" + filter.where() + ")"
                        + " AND c.id > ? ORDER BY c.id LIMIT ?";
                int size = 0;
                int undeliverable = 0;
                long after = 0;
                List<CustomerProfile> chunk;
                do {
                    chunk = readChunk(c, select, filter, after);
                    if (!chunk.isEmpty()) {
                        undeliverable += insert(c, campaign, chunk, now);
                        size += chunk.size();
                        after = chunk.get(chunk.size() - 1).id();
                    }
                } while (chunk.size() == CHUNK);
                campaign.audienceFrozen(size, undeliverable, now);
                CampaignRows.writeState(c, campaign);
                return jobs(c, campaignId, jobSize);
            }
        });
    }

    private static List<CustomerProfile> readChunk(Connection c, String select, AudienceFilter filter, long after)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(select)) {
            int next = Sql.bindAll(st, 1, filter.binds());
            st.setLong(next, after);
            st.setInt(next + 1, CHUNK);
            List<CustomerProfile> customers = new ArrayList<>(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    customers.add(new CustomerProfile(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                            rs.getString("email"), rs.getString("phone"), rs.getString("city"), null, null, null,
                            rs.getBigDecimal("total_spend"), rs.getInt("visits"), rs.getBigDecimal("avg_order_value"),
                            null, null, false, null));
                }
            }
            return customers;
        }
    }

    /** Writes one chunk; a customer without an address for the channel fails at once. Returns how many did. */
    private static int insert(Connection c, Campaign campaign, List<CustomerProfile> chunk, Instant now) throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT_COLUMNS.length() + chunk.size() * (ROW.length() + 2)).append(INSERT_COLUMNS);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        int undeliverable = 0;
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (CustomerProfile customer : chunk) {
                String recipient = campaign.channel().recipientOf(customer);
                DeliveryStatus status = recipient == null ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED;
                undeliverable += recipient == null ? 1 : 0;
                st.setLong(p++, campaign.requireId());
                st.setLong(p++, customer.id());
                st.setString(p++, recipient);
                st.setString(p++, campaign.template().render(customer));
                st.setString(p++, status.name());
                st.setInt(p++, status.rank());
                st.setString(p++, recipient == null ? "no " + campaign.channel() + " address" : null);
                st.setObject(p++, recipient == null ? Sql.utc(now) : null);
                st.setObject(p++, Sql.utc(now));
                st.setObject(p++, Sql.utc(now));
            }
            st.executeUpdate();
        }
        return undeliverable;
    }

    /** Cuts the queued rows into id ranges of at most {@code jobSize} rows each. */
    private static List<DeliveryJob> jobs(Connection c, long campaignId, int jobSize) throws SQLException {
        List<DeliveryJob> jobs = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id FROM communication_log WHERE campaign_id = ? AND status = 'QUEUED' ORDER BY id")) {
            st.setLong(1, campaignId);
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
