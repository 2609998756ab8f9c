package com.minicrm.reliability;

import java.util.List;
import java.util.Map;

/** What the cluster scenarios check of the broker itself. */
final class ClusterChecks {
    static final List<String> CRM_QUEUES = List.of("crm.ingestion", "crm.ingestion.dlq", "crm.delivery-jobs", "crm.delivery-receipts");

    private ClusterChecks() {}

    /** Every CRM queue, the dead-letter queue included, is a quorum queue with a member on each of the three nodes. */
    static void quorumOnThreeNodes(Map<String, String> layout, Check check) {
        for (String queue : CRM_QUEUES) {
            String entry = layout.get(queue);
            check.that(entry != null && entry.startsWith("quorum ") && entry.endsWith(" " + RabbitCluster.NODES),
                    queue + " is not a quorum queue on all three nodes: " + entry);
        }
    }
}
