package com.minicrm.bootstrap.consent;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Quiet hours as shipped (09:00-21:00 in Kolkata), which the rest of the suite turns off, checked every second. */
public class QuietHoursProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.consent.sending-hours", "09:00-21:00", "crm.consent.brand-time-zone", "Asia/Kolkata",
                "crm.consent.quiet-hours.check-every", "1s");
    }
}
