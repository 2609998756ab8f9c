package com.minicrm.application.service;

import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Audience;
import com.minicrm.domain.segment.AudienceMember;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleEvaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An audience query over profiles in memory, deciding membership with the domain's evaluator. */
final class EvaluatingAudienceQuery implements AudienceQuery {
    final List<CustomerProfile> customers = new ArrayList<>();
    Instant lastAsOf;

    @Override
    public Audience find(Rule rule, Instant asOf, int sampleSize) {
        lastAsOf = asOf;
        List<AudienceMember> members = customers.stream()
                .filter(c -> RuleEvaluator.matches(rule, c, asOf))
                .map(c -> new AudienceMember(c.id(), c.externalId(), c.name(), c.email(), c.city(), c.totalSpend(),
                        c.visits(), c.lastOrderAt()))
                .toList();
        return new Audience(members.size(), members.subList(0, Math.min(sampleSize, members.size())));
    }
}
