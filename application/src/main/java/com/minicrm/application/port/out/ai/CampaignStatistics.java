package com.minicrm.application.port.out.ai;

import java.util.List;

/** Delivery figures of one campaign, broken down by the recipients' spend band and city, and why messages failed. */
public interface CampaignStatistics {
    Breakdown of(long campaignId);

    /**
     * {@code sent} of the {@code finished} messages of a group (those with a final SENT or FAILED) were
     * delivered; pending messages are left out so a running campaign's rates share one base.
     */
    record Group(String name, long finished, long sent) {}

    record Reason(String reason, long count) {}

    record Breakdown(List<Group> spendBands, List<Group> cities, List<Reason> failures) {
        public Breakdown {
            spendBands = List.copyOf(spendBands);
            cities = List.copyOf(cities);
            failures = List.copyOf(failures);
        }
    }
}
