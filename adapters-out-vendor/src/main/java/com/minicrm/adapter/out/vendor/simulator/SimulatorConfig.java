package com.minicrm.adapter.out.vendor.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the in-process vendor simulator behaves; every probability is drawn from one seeded source. */
@ConfigMapping(prefix = "crm.simulator")
public interface SimulatorConfig {
    /** Off in production when a real vendor is configured: the endpoint then answers 404. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("42")
    long seed();

    @WithDefault("PT0.02S")
    Duration minLatency();

    @WithDefault("PT0.1S")
    Duration maxLatency();

    /** Share of receipts that say SENT; the rest say FAILED. */
    @WithDefault("0.9")
    double sentProbability();

    /** Share of messages whose receipt is sent twice. */
    @WithDefault("0")
    double duplicateProbability();

    /** Share of messages that also get a contradicting receipt, dated earlier but arriving later. */
    @WithDefault("0")
    double outOfOrderProbability();

    /** Share of send requests answered 429. */
    @WithDefault("0")
    double tooManyRequestsProbability();

    /** Share of send requests answered 503. */
    @WithDefault("0")
    double unavailableProbability();

    /**
     * Share of delivered SMS and WhatsApp messages whose recipient replies STOP, posted signed to the
     * CRM's {@code /api/v1/vendor-inbound} after the receipt, so a demo shows unsubscribes; 0 sends none.
     */
    @WithDefault("0")
    double stopReplyProbability();

    /** Connections the simulator keeps open to the receipt endpoint, i.e. receipts in flight at once. */
    @WithDefault("256")
    int callbackConnections();

    /** Receipts posted to one callback URL in one array; 1 posts each receipt as a single object. */
    @WithDefault("200")
    int callbackBatchSize();

    /** Longest a due receipt waits for its batch to fill before the batch is posted anyway. */
    @WithDefault("PT0.05S")
    Duration callbackBatchWait();
}
