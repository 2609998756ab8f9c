package com.minicrm.adapter.in.rest.segment;

import com.minicrm.domain.segment.AudienceMember;
import java.math.BigDecimal;
import java.time.Instant;

/** One customer in a preview's sample. */
public record AudienceMemberResponse(
        long id, String externalId, String name, String email, String city, BigDecimal totalSpend, int visits,
        Instant lastOrderAt) {

    static AudienceMemberResponse from(AudienceMember member) {
        return new AudienceMemberResponse(member.id(), member.externalId(), member.name(), member.email(), member.city(),
                member.totalSpend(), member.visits(), member.lastOrderAt());
    }
}
