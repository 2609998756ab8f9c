package com.minicrm.adapter.out.persistence.outcome;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.Variant;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.HoldoutOutcome;
import com.minicrm.domain.outcome.OutcomeTotals;
import com.minicrm.domain.outcome.VariantOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads outcomes from the attribution tables, which the ingestion and receipt transactions keep
 * current: every query reads one campaign's (or one page's) rows through an index on campaign_id.
 */
@ApplicationScoped
class JdbcOutcomes implements Outcomes {
    private static final String NO_VARIANT = "";
    private final DataSource dataSource;

    JdbcOutcomes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public CampaignOutcomes of(Campaign campaign) {
        long id = campaign.requireId();
        try (Connection c = dataSource.getConnection()) {
            Map<String, long[]> reach = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT variant, COUNT(*), COALESCE(SUM(status = 'SENT'), 0)"
                    + " FROM communication_log WHERE campaign_id = ? AND status <> 'HOLDOUT' GROUP BY variant")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        reach.put(key(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            Map<String, Object[]> converted = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT variant, COUNT(DISTINCT customer_id), COUNT(*), SUM(amount)"
                    + " FROM order_attribution WHERE campaign_id = ? GROUP BY variant")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        converted.put(key(rs.getString(1)), new Object[] {rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)});
                    }
                }
            }
            List<String> keys = campaign.experiment().hasVariants()
                    ? campaign.experiment().variants().stream().map(Variant::key).toList() : List.of(NO_VARIANT);
            List<VariantOutcome> variants = new ArrayList<>();
            for (String k : keys) {
                long[] r = reach.getOrDefault(k, new long[2]);
                Object[] v = converted.getOrDefault(k, new Object[] {0L, 0L, BigDecimal.ZERO});
                variants.add(new VariantOutcome(k.isEmpty() ? null : k, r[0], r[1], (long) v[0], (long) v[1], (BigDecimal) v[2]));
            }
            Optional<HoldoutOutcome> holdout = Optional.empty();
            if (campaign.experiment().holdoutPercent() > 0) {
                long conversions = Sql.ids(c, "SELECT COUNT(DISTINCT customer_id) FROM holdout_conversion WHERE campaign_id = ?", id).get(0);
                holdout = Optional.of(new HoldoutOutcome(campaign.heldOut(), conversions));
            }
            return new CampaignOutcomes(variants, holdout);
        } catch (SQLException e) {
            throw new StorageException("could not read the outcomes of campaign " + id, e);
        }
    }

    private static String key(String variant) {
        return variant == null ? NO_VARIANT : variant;
    }

    @Override
    public Map<Long, OutcomeTotals> totals(Collection<Long> campaignIds) {
        Map<Long, OutcomeTotals> totals = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT campaign_id, COUNT(DISTINCT customer_id), SUM(amount)"
                        + " FROM order_attribution WHERE campaign_id IN (" + Sql.repeat("?", campaignIds.size()) + ") GROUP BY campaign_id")) {
            Sql.bindAll(st, 1, List.copyOf(campaignIds));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getLong(1), new OutcomeTotals(rs.getLong(2), rs.getBigDecimal(3)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new StorageException("could not read campaign totals", e);
        }
    }

    @Override
    public List<ConversionsAt> daily(long campaignId) {
        List<ConversionsAt> days = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT DATE(ordered_at), COUNT(*), SUM(amount) FROM order_attribution"
                        + " WHERE campaign_id = ? GROUP BY DATE(ordered_at) ORDER BY 1")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    days.add(new ConversionsAt(day.atStartOfDay().toInstant(ZoneOffset.UTC), rs.getLong(2), rs.getBigDecimal(3)));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new StorageException("could not read the conversions of campaign " + campaignId, e);
        }
    }
}
