package com.minicrm.bootstrap.consent;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The cap and job size as shipped, no reconciler sweeps, and the switchable consent step in place of the app's own. */
public class FreezeBenchmarkProfile extends ConsentProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("crm.campaigns.job-size", "200");
        // the earlier campaigns' seeded rows are hours old; the reconciler would sweep them every second during the measurement
        overrides.put("crm.campaigns.reconcile-every", "24h");
        return overrides;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SwitchableConsentStep.class);
    }
}
