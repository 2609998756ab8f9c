package com.minicrm.bootstrap.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Batching off on both sides, as before it existed: the client sends each message through the
 * single-message endpoint, and the vendor calls back once per receipt with a bare object, repeating
 * or contradicting some.
 */
public class SingleReceiptCallbacksProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "crm.vendor.batch-size", "1",
                "crm.simulator.callback-batch-size", "1",
                "crm.simulator.duplicate-probability", "0.3",
                "crm.simulator.out-of-order-probability", "0.2");
    }
}
