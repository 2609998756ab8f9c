package com.minicrm.adapter.out.vendor.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the workers talk to the messaging vendor. */
@ConfigMapping(prefix = "crm.vendor")
public interface VendorConfig {
    /** Base URL of the vendor API; the in-process simulator by default. */
    String url();

    /** Where the vendor sends receipts: this app's receipt endpoint as the vendor can reach it. */
    String callbackUrl();

    /** The key the vendor issued; without one, the wiring supplies the install's generated key ({@code VendorApiKey}). */
    Optional<String> apiKey();

    /** Messages in flight to the vendor at once, per instance (a batch counts as its messages). */
    @WithDefault("500")
    int concurrency();

    /** Messages per second per instance; 0 means no limit. */
    @WithDefault("50")
    int ratePerSecond();

    /**
     * Messages per request to the vendor's batch endpoint; 1 sends each message on its own through the
     * single-message endpoint. Never more than the concurrency, nor than the send rate per second.
     */
    @WithDefault("100")
    int batchSize();

    /** For one request, single or batch. */
    @WithDefault("PT5S")
    Duration requestTimeout();

    Retry retry();

    /** The retry policy for 429, 5xx and timeouts. */
    interface Retry {
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("PT0.2S")
        Duration baseDelay();

        @WithDefault("PT5S")
        Duration maxDelay();

        @WithDefault("0.5")
        double jitter();
    }
}
