package com.minicrm.bootstrap.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The in-process vendor simulator behind a send rate of a few messages a second, so a campaign is seen running. */
public class SlowVendorProfile implements QuarkusTestProfile {
    static final int RATE_PER_SECOND = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.vendor.rate-per-second", Integer.toString(RATE_PER_SECOND));
    }
}
