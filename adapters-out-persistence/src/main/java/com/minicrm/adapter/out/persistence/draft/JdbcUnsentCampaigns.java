package com.minicrm.adapter.out.persistence.draft;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.draft.UnsentCampaigns;
import com.minicrm.domain.campaign.UnsentCampaign;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Drafts in MariaDB's campaign_draft table, one statement per operation. */
@ApplicationScoped
class JdbcUnsentCampaigns implements UnsentCampaigns {
    private static final String COLUMNS = "id, name, template, channel, rule_json, subject, scheduled_at, variants_json, "
            + "holdout_percent, attribution_window_hours, transactional, created_by, updated_at";
    private final DataSource dataSource;

    JdbcUnsentCampaigns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<UnsentCampaign> save(UnsentCampaign draft) {
        boolean insert = draft.id() == null;
        String sql = insert
                ? "INSERT INTO campaign_draft (name, template, channel, rule_json, subject, scheduled_at, variants_json, "
                        + "holdout_percent, attribution_window_hours, transactional, created_by, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE campaign_draft SET name = ?, template = ?, channel = ?, rule_json = ?, subject = ?, scheduled_at = ?, "
                        + "variants_json = ?, holdout_percent = ?, attribution_window_hours = ?, transactional = ?, created_by = ?, "
                        + "updated_at = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            UnsentCampaign.Form form = draft.form();
            st.setString(1, form.name());
            st.setString(2, form.template());
            st.setString(3, form.channel());
            st.setString(4, form.ruleJson());
            st.setString(5, form.subject());
            Sql.setInstant(st, 6, form.scheduledAt());
            st.setString(7, form.variantsJson());
            st.setObject(8, form.holdoutPercent(), Types.INTEGER);
            st.setObject(9, form.attributionWindowHours(), Types.INTEGER);
            st.setBoolean(10, form.transactional());
            st.setString(11, draft.createdBy());
            Sql.setInstant(st, 12, draft.updatedAt());
            if (!insert) {
                st.setLong(13, draft.id());
            }
            if (st.executeUpdate() == 0) {
                return Optional.empty();
            }
            if (!insert) {
                return Optional.of(draft);
            }
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return Optional.of(draft.withId(keys.getLong(1)));
            }
        } catch (SQLException e) {
            throw new StorageException("could not save a draft", e);
        }
    }

    @Override
    public Optional<UnsentCampaign> withId(long id) {
        return read("SELECT " + COLUMNS + " FROM campaign_draft WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<UnsentCampaign> latestFirst(int limit) {
        return read("SELECT " + COLUMNS + " FROM campaign_draft ORDER BY updated_at DESC, id DESC LIMIT ?", limit);
    }

    @Override
    public boolean remove(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("DELETE FROM campaign_draft WHERE id = ?")) {
            st.setLong(1, id);
            return st.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StorageException("could not discard draft " + id, e);
        }
    }

    private List<UnsentCampaign> read(String sql, long bind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, bind);
            List<UnsentCampaign> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UnsentCampaign.Form form = new UnsentCampaign.Form(rs.getString("name"), rs.getString("template"),
                            rs.getString("channel"), rs.getString("rule_json"), rs.getString("subject"),
                            Sql.getInstant(rs, "scheduled_at"), rs.getString("variants_json"),
                            rs.getObject("holdout_percent", Integer.class), rs.getObject("attribution_window_hours", Integer.class),
                            rs.getBoolean("transactional"));
                    found.add(new UnsentCampaign(rs.getLong("id"), form, rs.getString("created_by"), Sql.getInstant(rs, "updated_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException("could not read drafts", e);
        }
    }
}
