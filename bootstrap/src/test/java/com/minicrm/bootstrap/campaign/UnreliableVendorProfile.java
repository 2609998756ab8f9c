package com.minicrm.bootstrap.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A vendor that often answers 429 or 503 and sends duplicate and contradicting receipts. */
public class UnreliableVendorProfile implements QuarkusTestProfile {
    static final int MAX_ATTEMPTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "crm.simulator.too-many-requests-probability", "0.2",
                "crm.simulator.unavailable-probability", "0.2",
                "crm.simulator.duplicate-probability", "0.3",
                "crm.simulator.out-of-order-probability", "0.2",
                "crm.vendor.retry.max-attempts", Integer.toString(MAX_ATTEMPTS));
    }
}
