package com.minicrm.bootstrap.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A vendor that calls back once per receipt with a bare object, as before batching, and repeats or contradicts some. */
public class SingleReceiptCallbacksProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "crm.simulator.callback-batch-size", "1",
                "crm.simulator.duplicate-probability", "0.3",
                "crm.simulator.out-of-order-probability", "0.2");
    }
}
