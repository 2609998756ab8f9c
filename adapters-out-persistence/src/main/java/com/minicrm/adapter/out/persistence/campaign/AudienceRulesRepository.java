package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Freezes a campaign's rule: copies the segment's current rule, or checks an ad-hoc one compiles. */
@ApplicationScoped
class AudienceRulesRepository implements AudienceRules {
    private final DataSource dataSource;

    AudienceRulesRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Audience freeze(Long segmentId, String adHocRule) {
        String rule = segmentId == null ? adHocRule : segmentRule(segmentId);
        return new Audience(segmentId, AudienceFilters.canonical(AudienceFilters.parse(rule)));
    }

    private String segmentRule(long segmentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT rule_json FROM segment WHERE id = ?")) {
            st.setLong(1, segmentId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw InvalidInputException.of("segmentId", "no segment has id " + segmentId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new StorageException("could not read segment " + segmentId, e);
        }
    }
}
