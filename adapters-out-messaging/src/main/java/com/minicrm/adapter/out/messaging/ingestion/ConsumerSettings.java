package com.minicrm.adapter.out.messaging.ingestion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the ingestion consumer groups and retries its work. */
@ConfigMapping(prefix = "crm.ingestion.consumer")
interface ConsumerSettings {
    /** Messages taken off the queue together at most. */
    @WithDefault("64")
    int batchSize();

    /** Items (customers plus orders) written in one transaction at most; one message is never split. */
    @WithDefault("8000")
    int maxItemsPerTransaction();

    /** How long a partial batch waits for more messages. */
    @WithDefault("100ms")
    Duration maxWait();

    /** Attempts at one message that fails on its own data before it is dead-lettered. */
    @WithDefault("3")
    int attempts();

    /** Longest pause between retries while the database is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();
}
