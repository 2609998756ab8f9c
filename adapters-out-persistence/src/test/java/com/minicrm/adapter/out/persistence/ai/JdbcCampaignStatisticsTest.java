package com.minicrm.adapter.out.persistence.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.segment.TestDatabase;
import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.CampaignStatistics.Group;
import com.minicrm.application.port.out.ai.CampaignStatistics.Reason;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Against MariaDB: a running campaign's groups count only finished messages, the base of the overall rate. */
class JdbcCampaignStatisticsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    @Test
    void leavesPendingMessagesOutOfEveryGroup() throws SQLException {
        String city = "Statown-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign;
        try (Connection c = TestDatabase.connect()) {
            campaign = insert(c, "INSERT INTO campaign (name, rule_json, template, channel, status, created_at, audience_size,"
                    + " sent_count, failed_count) VALUES ('Stats', '{}', 'Hi', 'SMS', 'RUNNING', ?, 5, 2, 1)", NOW);
            log(c, campaign, customer(c, city, "15000"), "SENT", null);
            log(c, campaign, customer(c, city, "15000"), "QUEUED", null);
            log(c, campaign, customer(c, city, "500"), "SENT", null);
            log(c, campaign, customer(c, city, "500"), "FAILED", "invalid number");
            log(c, campaign, customer(c, city, "500"), "SUBMITTED", null);
        }
        Breakdown breakdown = new JdbcCampaignStatistics(ReadDataSource.primaryOnly(connections())).of(campaign);

        assertThat(breakdown.cities()).containsExactly(new Group(city, 3, 2));
        assertThat(breakdown.spendBands()).containsExactly(new Group("over ₹10,000", 1, 1), new Group("under ₹1,000", 2, 1));
        assertThat(breakdown.failures()).containsExactly(new Reason("invalid number", 1));
    }

    /** The statistics only ask a data source for connections. */
    private static DataSource connections() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                        return TestDatabase.connect();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static long customer(Connection c, String city, String spend) throws SQLException {
        return insert(c, "INSERT INTO customer (external_id, name, city, total_spend, created_at, updated_at)"
                + " VALUES ('" + UUID.randomUUID() + "', 'Stat', '" + city + "', " + spend + ", ?, ?)", NOW, NOW);
    }

    private static void log(Connection c, long campaign, long customer, String status, String error) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO communication_log (campaign_id, customer_id, message, status,"
                + " status_rank, last_error, queued_at, updated_at) VALUES (?, ?, 'Hi', ?, 0, ?, ?, ?)")) {
            st.setLong(1, campaign);
            st.setLong(2, customer);
            st.setString(3, status);
            st.setString(4, error);
            st.setObject(5, NOW);
            st.setObject(6, NOW);
            st.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < binds.length; i++) {
                st.setObject(i + 1, binds[i]);
            }
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
