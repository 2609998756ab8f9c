package com.minicrm.bootstrap.consent;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The frequency cap as shipped (1 promotional message per customer per channel in 24 hours), which the rest of the suite lifts. */
public class ConsentProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.consent.frequency-cap.messages", "1", "crm.consent.frequency-cap.window", "24h");
    }
}
