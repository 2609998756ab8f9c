package com.minicrm.bootstrap.metrics;

import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts delivery outcomes by status (their rate is the delivery rate) and times the receipt lag:
 * from the vendor's report of an outcome to its being applied to the communication log.
 */
public class MeteredApplyDeliveryReceipts implements ApplyDeliveryReceiptsUseCase {
    private final ApplyDeliveryReceiptsUseCase delegate;
    private final Clock clock;
    private final Map<DeliveryStatus, Counter> outcomes = new EnumMap<>(DeliveryStatus.class);
    private final Timer lag;
    private final Counter unknown;

    public MeteredApplyDeliveryReceipts(ApplyDeliveryReceiptsUseCase delegate, MeterRegistry registry, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status.isFinal()) {
                outcomes.put(status, Counter.builder("crm.delivery.outcomes")
                        .description("Delivery receipts applied, by outcome").tag("status", status.name()).register(registry));
            }
        }
        this.lag = Timer.builder("crm.delivery.receipt.lag")
                .description("From the vendor's report of an outcome to its being applied").publishPercentileHistogram()
                .register(registry);
        this.unknown = Counter.builder("crm.delivery.receipts.unknown")
                .description("Receipts naming a message the log does not hold; answered 202 so the vendor stops retrying")
                .register(registry);
    }

    @Override
    public AppliedOutcomes apply(List<DeliveryOutcome> receipts) {
        AppliedOutcomes applied = delegate.apply(receipts);
        unknown.increment(applied.unknown());
        long now = clock.millis();
        for (DeliveryOutcome receipt : receipts) {
            outcomes.get(receipt.status()).increment();
            lag.record(Duration.ofMillis(Math.max(0, now - receipt.occurredAt().toEpochMilli())));
        }
        return applied;
    }
}
