package com.minicrm.bootstrap.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Builds a running campaign and its log straight in the database, to test one stage in isolation. */
final class LogRows {
    private LogRows() {}

    /** A RUNNING campaign whose audience is the city's customers, all in {@code status}; returns the log ids. */
    static List<Long> runningCampaign(DataSource dataSource, String city, String status, int rank) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            long campaignId;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO campaign (name, rule_json, template, channel, status,"
                    + " created_at, started_at, audience_frozen, audience_size) SELECT ?, '{\"combinator\":\"and\",\"rules\":[]}', 'Hi', 'SMS',"
                    + " 'RUNNING', ?, ?, TRUE, COUNT(*) FROM customer WHERE city = ?", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, "direct " + city);
                st.setObject(2, now);
                st.setObject(3, now);
                st.setString(4, city);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    campaignId = keys.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO communication_log (campaign_id, customer_id, recipient,"
                    + " message, status, status_rank, queued_at, updated_at) SELECT ?, id, phone, 'Hi', ?, ?, ?, ? FROM customer"
                    + " WHERE city = ? ORDER BY id")) {
                st.setLong(1, campaignId);
                st.setString(2, status);
                st.setInt(3, rank);
                st.setObject(4, now);
                st.setObject(5, now);
                st.setString(6, city);
                st.executeUpdate();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM communication_log WHERE campaign_id = ? ORDER BY id")) {
                st.setLong(1, campaignId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }
    }

    static long campaignOf(DataSource dataSource, long messageId) throws SQLException {
        return CampaignFixtures.count(dataSource, "SELECT campaign_id FROM communication_log WHERE id = ?", messageId);
    }

    static String status(DataSource dataSource, long messageId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT status FROM communication_log WHERE id = ?")) {
            st.setLong(1, messageId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
