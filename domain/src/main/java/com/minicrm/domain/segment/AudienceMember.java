package com.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.Instant;

/** One customer shown in an audience sample: enough to recognise them, nothing more. */
public record AudienceMember(
        long id,
        String externalId,
        String name,
        String email,
        String city,
        BigDecimal totalSpend,
        int visits,
        Instant lastOrderAt) {}
