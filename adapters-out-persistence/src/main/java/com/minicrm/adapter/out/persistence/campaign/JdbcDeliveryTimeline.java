package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.DeliveryTimeline;
import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a campaign's delivery from its log rows. Times are stored as UTC wall-clock values, so the
 * second is computed with TIMESTAMPDIFF from the epoch rather than UNIX_TIMESTAMP, which would
 * apply the session's time zone. A delivery report may be slightly stale, so it reads from the
 * replica when one is configured and current.
 */
@ApplicationScoped
class JdbcDeliveryTimeline implements DeliveryTimeline {
    private final ReadDataSource reads;

    JdbcDeliveryTimeline(ReadDataSource reads) {
        this.reads = reads;
    }

    @Override
    public List<DeliveryBucket> finalOutcomesPerSecond(long campaignId) {
        String sql = """
                SELECT TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', COALESCE(sent_at, failed_at)) AS second,
                       SUM(status = 'SENT') AS sent, SUM(status = 'FAILED') AS failed
                FROM communication_log
                WHERE campaign_id = ? AND status IN ('SENT', 'FAILED') AND COALESCE(sent_at, failed_at) IS NOT NULL
                GROUP BY second ORDER BY second""";
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, campaignId);
                    List<DeliveryBucket> seconds = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            seconds.add(new DeliveryBucket(Instant.ofEpochSecond(rows.getLong("second")), rows.getLong("sent"),
                                    rows.getLong("failed")));
                        }
                    }
                    return seconds;
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not read the delivery timeline of campaign " + campaignId, e);
        }
    }

    @Override
    public Map<DeliveryStatus, Long> countsByStatus(long campaignId) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                                "SELECT status, COUNT(*) FROM communication_log WHERE campaign_id = ? GROUP BY status")) {
                    statement.setLong(1, campaignId);
                    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.put(DeliveryStatus.valueOf(rows.getString(1)), rows.getLong(2));
                        }
                    }
                    return counts;
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not count the messages of campaign " + campaignId, e);
        }
    }
}
