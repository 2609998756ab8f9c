package com.minicrm.adapter.out.persistence.consent;

import com.minicrm.adapter.out.persistence.campaign.JdbcReceiptReplays;
import com.minicrm.application.port.out.consent.InboundReplays;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Seen inbound-reply signatures in {@code inbound_signature}, recorded exactly as receipt signatures are. */
@Singleton
@Typed(InboundReplays.class)
class JdbcInboundReplays extends JdbcReceiptReplays implements InboundReplays {
    JdbcInboundReplays(DataSource dataSource) {
        super(dataSource, "inbound_signature");
    }
}
