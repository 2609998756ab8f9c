package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.MessageTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Campaigns in MariaDB, through plain JDBC like the log they are counted with. */
@ApplicationScoped
class CampaignRepository implements Campaigns {
    private final DataSource dataSource;

    CampaignRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Campaign add(Campaign campaign) {
        return SegmentReference.mustStillExist(campaign.audience().segmentId(), () -> insert(campaign));
    }

    private Campaign insert(Campaign campaign) {
        return Transactions.inNew("adding a campaign", () -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement("INSERT INTO campaign (name, segment_id, rule_json, template,"
                            + " channel, status, scheduled_at, created_by, created_at, started_at, tags, variants, holdout_percent,"
                            + " attribution_window_hours, subject, transactional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, campaign.name());
                st.setObject(2, campaign.audience().segmentId());
                st.setString(3, campaign.audience().frozenRule());
                st.setString(4, campaign.template().text());
                st.setString(5, campaign.channel().name());
                st.setString(6, campaign.status().name());
                st.setObject(7, Sql.utc(campaign.scheduledAt().orElse(null)));
                st.setString(8, campaign.createdBy());
                st.setObject(9, Sql.utc(campaign.createdAt()));
                st.setObject(10, Sql.utc(campaign.startedAt().orElse(null)));
                st.setString(11, String.join(",", campaign.tags()));
                st.setString(12, VariantsColumn.write(campaign.experiment().variants()));
                st.setInt(13, campaign.experiment().holdoutPercent());
                st.setInt(14, campaign.experiment().attributionWindowHours());
                st.setString(15, campaign.subject().map(MessageTemplate::text).orElse(null));
                st.setBoolean(16, campaign.isTransactional());
                st.executeUpdate();
                long id;
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                if (campaign.status() == CampaignStatus.RUNNING) {
                    CampaignRows.fixAudienceCeiling(c, id);
                }
                return campaign.withId(id);
            }
        });
    }

    @Override
    public Optional<Campaign> byId(long id) {
        List<Campaign> found = query("SELECT " + CampaignRows.COLUMNS + " FROM campaign WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    @Override
    public Page<Campaign> page(int page, int size) {
        List<Campaign> items = query("SELECT " + CampaignRows.COLUMNS
                + " FROM campaign ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", List.of(size, (long) page * size));
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM campaign")) {
            rs.next();
            return new Page<>(items, page, size, rs.getLong(1));
        } catch (SQLException e) {
            throw new StorageException("could not count campaigns", e);
        }
    }

    @Override
    public Page<Campaign> pageTagged(int page, int size, String tag) {
        // tags is the comma-joined label list; FIND_IN_SET compares under the column's case-insensitive collation
        List<Campaign> items = query("SELECT " + CampaignRows.COLUMNS + " FROM campaign WHERE FIND_IN_SET(?, tags) > 0"
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", List.of(tag, size, (long) page * size));
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM campaign WHERE FIND_IN_SET(?, tags) > 0")) {
            st.setString(1, tag);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Page<>(items, page, size, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StorageException("could not count campaigns tagged " + tag, e);
        }
    }

    @Override
    public Page<Campaign> search(CampaignFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> binds = new ArrayList<>();
        if (filter.name() != null) {
            // the name is matched as text: LIKE's own wildcards in it are escaped, and the collation ignores case
            where.append(" AND name LIKE ? ESCAPE '!'");
            binds.add("%" + filter.name().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            binds.add(filter.status().name());
        }
        if (filter.channel() != null) {
            where.append(" AND channel = ?");
            binds.add(filter.channel().name());
        }
        if (filter.tag() != null) {
            where.append(" AND FIND_IN_SET(?, tags) > 0");
            binds.add(filter.tag());
        }
        if (filter.from() != null || filter.until() != null) {
            where.append(" AND (").append(between("created_at", filter, binds))
                    .append(" OR ").append(between("scheduled_at", filter, binds)).append(")");
        }
        List<Object> paged = new ArrayList<>(binds);
        paged.add(size);
        paged.add((long) page * size);
        List<Campaign> items = query("SELECT " + CampaignRows.COLUMNS + " FROM campaign" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", paged);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM campaign" + where)) {
            Sql.bindAll(st, 1, binds);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Page<>(items, page, size, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StorageException("could not count the campaigns found", e);
        }
    }

    /** {@code column} within the filter's date range; a NULL scheduled_at is never in it. */
    private static String between(String column, CampaignFilter filter, List<Object> binds) {
        StringBuilder condition = new StringBuilder("(TRUE");
        if (filter.from() != null) {
            condition.append(" AND ").append(column).append(" >= ?");
            binds.add(filter.from());
        }
        if (filter.until() != null) {
            condition.append(" AND ").append(column).append(" < ?");
            binds.add(filter.until());
        }
        return condition.append(" AND ").append(column).append(" IS NOT NULL)").toString();
    }

    @Override
    public List<String> knownTags() {
        // tags is a comma-joined list per campaign; the distinct lists are few, so they are split here
        Map<String, String> byLowerCase = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT DISTINCT tags FROM campaign WHERE tags IS NOT NULL AND tags <> ''");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                for (String tag : rs.getString(1).split(",")) {
                    if (!tag.isBlank()) {
                        byLowerCase.putIfAbsent(tag.strip().toLowerCase(Locale.ROOT), tag.strip());
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read the campaign tags", e);
        }
        return List.copyOf(byLowerCase.values());
    }

    @Override
    public List<Long> dueScheduled(Instant now, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.ids(c, "SELECT id FROM campaign WHERE status = 'SCHEDULED' AND scheduled_at <= ? ORDER BY scheduled_at LIMIT ?", now, limit);
        } catch (SQLException e) {
            throw new StorageException("could not find due campaigns", e);
        }
    }

    @Override
    public List<Long> unfinishedFreezes(Instant startedBefore, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.ids(c, "SELECT id FROM campaign WHERE status = 'RUNNING' AND audience_frozen = FALSE AND started_at < ?"
                    + " ORDER BY started_at LIMIT ?", startedBefore, limit);
        } catch (SQLException e) {
            throw new StorageException("could not find unfinished freezes", e);
        }
    }

    @Override
    public Optional<Campaign> reschedule(long id, Instant at, Instant now) {
        return Transactions.inNew("rescheduling campaign " + id, () -> {
            try (Connection c = dataSource.getConnection()) {
                Campaign campaign = CampaignRows.lock(c, id);
                if (campaign == null) {
                    return Optional.empty();
                }
                campaign.reschedule(at, now);
                try (PreparedStatement st = c.prepareStatement("UPDATE campaign SET scheduled_at = ? WHERE id = ?")) {
                    st.setObject(1, Sql.utc(at));
                    st.setLong(2, id);
                    st.executeUpdate();
                }
                return Optional.of(campaign);
            }
        });
    }

    /**
     * One conditional statement: the row changes only while it is still SCHEDULED. The start takes the
     * row lock and moves it to RUNNING; an UPDATE reads the latest committed row, so whichever of the two
     * comes second sees the other's work: the start freezes the edited campaign, or the edit matches no row.
     */
    @Override
    public Optional<Campaign> revise(Campaign revised) {
        long id = revised.requireId();
        boolean written = SegmentReference.mustStillExist(revised.audience().segmentId(), () -> Transactions.inNew("editing campaign " + id, () -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement("UPDATE campaign SET name = ?, segment_id = ?, rule_json = ?,"
                            + " template = ?, subject = ?, channel = ?, scheduled_at = ?, tags = ?, variants = ?, holdout_percent = ?,"
                            + " attribution_window_hours = ?, transactional = ? WHERE id = ? AND status = 'SCHEDULED'")) {
                Sql.bindAll(st, 1, Arrays.asList(revised.name(), revised.audience().segmentId(),
                        revised.audience().frozenRule(), revised.template().text(),
                        revised.subject().map(MessageTemplate::text).orElse(null), revised.channel().name(),
                        revised.scheduledAt().orElse(null), String.join(",", revised.tags()),
                        VariantsColumn.write(revised.experiment().variants()), revised.experiment().holdoutPercent(),
                        revised.experiment().attributionWindowHours(), revised.isTransactional(), id));
                return st.executeUpdate() == 1;
            }
        }));
        return written ? byId(id) : Optional.empty();
    }

    @Override
    public boolean start(long id, Instant now) {
        return Transactions.inNew("starting campaign " + id, () -> {
            try (Connection c = dataSource.getConnection()) {
                Campaign campaign = CampaignRows.lock(c, id);
                // the time is checked again under the lock: an edit may have moved it ahead since the campaign was found due
                if (campaign == null || campaign.status() != CampaignStatus.SCHEDULED
                        || campaign.scheduledAt().filter(at -> at.isAfter(now)).isPresent()) {
                    return false;
                }
                campaign.start(now);
                CampaignRows.writeState(c, campaign);
                CampaignRows.fixAudienceCeiling(c, id);
                return true;
            }
        });
    }

    private List<Campaign> query(String sql, List<?> binds) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            Sql.bindAll(st, 1, binds);
            List<Campaign> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(CampaignRows.toDomain(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException("could not read campaigns", e);
        }
    }
}
