package com.minicrm.adapter.out.persistence.campaign;

import static com.minicrm.adapter.out.persistence.Sql.repeat;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.consent.SuppressionReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes back the messages of customers who just unsubscribed that no worker has claimed yet, inside the
 * caller's transaction: each running campaign on the channel is locked first, as a cancel does, so the
 * withdrawal and the campaign's counters change together and a worker never claims a withdrawn row.
 */
public final class QueuedWithdrawals {
    private QueuedWithdrawals() {}

    /** Suppresses, as unsubscribed, the customers' QUEUED messages on the channel; returns how many. */
    public static int withdrawUnsubscribed(Connection c, Channel channel, List<Long> customerIds, Instant now) throws SQLException {
        if (customerIds.isEmpty()) {
            return 0;
        }
        List<Object> binds = new ArrayList<>(customerIds);
        binds.add(channel.name());
        List<Long> campaignIds = Sql.ids(c, "SELECT DISTINCT l.campaign_id FROM communication_log l JOIN campaign k ON k.id = l.campaign_id"
                + " WHERE l.customer_id IN (" + repeat("?", customerIds.size()) + ") AND l.status = 'QUEUED' AND k.channel = ?"
                + " AND k.status = 'RUNNING' ORDER BY l.campaign_id", binds.toArray());
        int withdrawn = 0;
        for (long campaignId : campaignIds) {
            Campaign campaign = CampaignRows.lock(c, campaignId);
            int taken;
            try (PreparedStatement st = c.prepareStatement("UPDATE communication_log SET status = ?, status_rank = ?, suppression_reason = ?,"
                    + " updated_at = ? WHERE campaign_id = ? AND status = 'QUEUED' AND customer_id IN (" + repeat("?", customerIds.size()) + ")")) {
                st.setString(1, DeliveryStatus.SUPPRESSED.name());
                st.setInt(2, DeliveryStatus.SUPPRESSED.rank());
                st.setString(3, SuppressionReason.UNSUBSCRIBED.wireName());
                st.setObject(4, Sql.utc(now));
                st.setLong(5, campaignId);
                Sql.bindAll(st, 6, customerIds);
                taken = st.executeUpdate();
            }
            campaign.unsubscribedWhileQueued(taken, now);
            CampaignRows.writeState(c, campaign);
            withdrawn += taken;
        }
        return withdrawn;
    }
}
