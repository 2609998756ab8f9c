package com.minicrm.bootstrap.consent;

import com.minicrm.adapter.out.persistence.campaign.ChunkSuppressions;
import com.minicrm.adapter.out.persistence.campaign.FreezeConsentStep;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.consent.SuppressionReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The freeze benchmark's consent step: the app's own {@link ChunkSuppressions} while the checks are on,
 * nothing at all (no cap lock, no suppression) while they are off. Test code only, enabled only by
 * {@link FreezeBenchmarkProfile}; the app itself has no way to leave the checks out.
 */
@Alternative
@ApplicationScoped
public class SwitchableConsentStep implements FreezeConsentStep {
    private final ChunkSuppressions checks;
    private volatile boolean on = true;

    SwitchableConsentStep(ChunkSuppressions checks) {
        this.checks = checks;
    }

    void checks(boolean on) {
        this.on = on;
    }

    @Override
    public void lockChannel(Connection c, Campaign campaign) throws SQLException {
        if (on) {
            checks.lockChannel(c, campaign);
        }
    }

    @Override
    public Map<Long, SuppressionReason> reasons(Connection c, Campaign campaign, List<Long> customerIds, Set<Long> withoutAddress,
            Instant now) throws SQLException {
        return on ? checks.reasons(c, campaign, customerIds, withoutAddress, now) : Map.of();
    }
}
