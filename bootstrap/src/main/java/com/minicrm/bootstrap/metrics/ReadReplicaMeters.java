package com.minicrm.bootstrap.metrics;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.ReadDataSource.Fallback;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * The read replica's meters: {@code crm.db.read.fallback} counts stale-tolerant reads that went to
 * the primary although a replica is configured (tag {@code reason}: {@code lag} past
 * {@code CRM_DB_READ_MAX_LAG} or not replicating, {@code down}: unreachable or failing);
 * {@code crm.db.read.replica.lag} is its last measured lag, {@code crm.db.read.replica.in.use} 1
 * while reads go to it. Registered only with {@code CRM_DB_READ_URL} set.
 */
@ApplicationScoped
public class ReadReplicaMeters {
    void register(@Observes StartupEvent start, MeterRegistry registry, ReadDataSource reads) {
        if (!reads.replicaConfigured()) {
            return;
        }
        for (Fallback reason : Fallback.values()) {
            FunctionCounter.builder("crm.db.read.fallback", reads, r -> r.fallbacks(reason))
                    .description("Stale-tolerant reads sent to the primary although a read replica is configured")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("crm.db.read.replica.lag", reads, ReadDataSource::lagSeconds).baseUnit("seconds")
                .description("The read replica's lag at the last look; -1 when unknown or not replicating").register(registry);
        Gauge.builder("crm.db.read.replica.in.use", reads, r -> r.replicaInUse() ? 1 : 0)
                .description("1 while stale-tolerant reads go to the read replica").register(registry);
    }
}
