package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a campaign's finished messages by the recipients' current spend band and city, and its
 * failures by reason; from the replica when one is configured and current.
 */
@ApplicationScoped
class JdbcCampaignStatistics implements CampaignStatistics {
    private static final String BAND = "CASE WHEN c.total_spend > 10000 THEN 'over ₹10,000'"
            + " WHEN c.total_spend >= 1000 THEN '₹1,000 to ₹10,000' ELSE 'under ₹1,000' END";
    /** Only messages with a final outcome count, so every rate shares the base of the overall one. */
    private static final String FINISHED = "SUM(l.status IN ('SENT', 'FAILED'))";
    private static final int TOP = 5;
    private final ReadDataSource reads;

    JdbcCampaignStatistics(ReadDataSource reads) {
        this.reads = reads;
    }

    @Override
    public Breakdown of(long campaignId) {
        try {
            return reads.read(c -> breakdown(c, campaignId));
        } catch (SQLException e) {
            throw new StorageException("could not compute the statistics of campaign " + campaignId, e);
        }
    }

    private static Breakdown breakdown(Connection c, long campaignId) throws SQLException {
        List<Group> bands = groups(c, "SELECT " + BAND + " AS g, " + FINISHED + ", SUM(l.status = 'SENT') FROM communication_log l"
                + " JOIN customer c ON c.id = l.customer_id WHERE l.campaign_id = ? GROUP BY g ORDER BY MIN(c.total_spend) DESC", campaignId);
        List<Group> cities = groups(c, "SELECT c.city AS g, " + FINISHED + ", SUM(l.status = 'SENT'), COUNT(*) AS n FROM communication_log l"
                + " JOIN customer c ON c.id = l.customer_id WHERE l.campaign_id = ? AND c.city IS NOT NULL"
                + " GROUP BY c.city ORDER BY n DESC LIMIT " + TOP, campaignId);
        List<Reason> failures = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(last_error, 'no reason given') AS r, COUNT(*) AS n"
                + " FROM communication_log WHERE campaign_id = ? AND status = 'FAILED' GROUP BY r ORDER BY n DESC LIMIT 3")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    failures.add(new Reason(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return new Breakdown(bands, cities, failures);
    }

    private static List<Group> groups(Connection c, String sql, long campaignId) throws SQLException {
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Group(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return groups;
    }
}
