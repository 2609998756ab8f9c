package com.minicrm.bootstrap.consent;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Every delivered SMS and WhatsApp gets a STOP reply from the simulator, which the rest of the suite turns off. */
public class StopRepliesProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.simulator.stop-reply-probability", "1");
    }
}
