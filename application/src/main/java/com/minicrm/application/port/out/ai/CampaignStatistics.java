package com.minicrm.application.port.out.ai;

import java.util.List;

/** Delivery figures of one campaign, broken down by the recipients' spend band and city, and why messages failed. */
public interface CampaignStatistics {
    Breakdown of(long campaignId);

    /** {@code sent} of {@code total} messages in a group reached a final SENT. */
    record Group(String name, long total, long sent) {}

    record Reason(String reason, long count) {}

    record Breakdown(List<Group> spendBands, List<Group> cities, List<Reason> failures) {
        public Breakdown {
            spendBands = List.copyOf(spendBands);
            cities = List.copyOf(cities);
            failures = List.copyOf(failures);
        }
    }
}
