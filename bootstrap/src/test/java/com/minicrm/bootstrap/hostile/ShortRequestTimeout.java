package com.minicrm.bootstrap.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A request timeout short enough for a test to outlast, as CRM_HTTP_REQUEST_TIMEOUT would set it. */
public class ShortRequestTimeout implements QuarkusTestProfile {
    static final long SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.http.request-timeout", SECONDS + "s");
    }
}
