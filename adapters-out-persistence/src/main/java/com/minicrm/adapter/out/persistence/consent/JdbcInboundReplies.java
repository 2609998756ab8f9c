package com.minicrm.adapter.out.persistence.consent;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.campaign.QueuedWithdrawals;
import com.minicrm.application.port.out.consent.InboundReplies;
import com.minicrm.domain.consent.AppliedReply;
import com.minicrm.domain.consent.InboundKeyword;
import com.minicrm.domain.consent.InboundMessage;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Replies in {@code inbound_message}; STOP and START applied to every customer with the sender's number, in the same transaction. */
@ApplicationScoped
class JdbcInboundReplies implements InboundReplies {
    private final DataSource dataSource;

    JdbcInboundReplies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public AppliedReply apply(InboundMessage.Valid reply, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Subscription> asked = reply.keyword().subscription();
            List<Long> customers = asked.isEmpty() ? List.of()
                    : Sql.ids(c, "SELECT id FROM customer WHERE phone_key = ? AND placeholder = FALSE ORDER BY id FOR UPDATE", reply.numberKey());
            int changed = 0;
            int withdrawn = 0;
            if (asked.isPresent()) {
                SubscriptionChanges.Applied applied = SubscriptionChanges.apply(c, customers.stream()
                        .map(id -> new SubscriptionChanges.Change(id, reply.channel(), asked.get())).toList(), SubscriptionSource.STOP_REPLY, now);
                changed = applied.changed();
                withdrawn = applied.withdrawn();
                if (reply.keyword() == InboundKeyword.STOP) {
                    // a STOP from someone unsubscribed already still takes back what is queued for them
                    withdrawn += QueuedWithdrawals.withdrawUnsubscribed(c, reply.channel(), customers, now);
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO inbound_message (channel, sender, text, keyword, received_at, stored_at,"
                    + " customers) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Sql.bindAll(st, 1, List.of(reply.channel().name(), reply.numberKey(), reply.text(), reply.keyword().name(),
                        reply.receivedAt(), now, changed));
                st.executeUpdate();
            }
            return new AppliedReply(changed, withdrawn);
        } catch (SQLException e) {
            throw new StorageException("could not store an inbound reply", e);
        }
    }
}
