package com.minicrm.bootstrap.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app as a fresh install runs it: no receipt secret configured at all. */
public class GeneratedReceiptSecretProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.receipts.secret", "");
    }
}
