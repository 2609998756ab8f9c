package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentInUseException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The saved segments in MariaDB, one transaction per operation. */
@ApplicationScoped
class PanacheSegments implements Segments {
    /** MariaDB/MySQL: "Cannot delete or update a parent row: a foreign key constraint fails". */
    private static final int ROW_IS_REFERENCED = 1451;

    @Override
    @Transactional
    public Segment add(SegmentDefinition definition, String createdBy, Instant now) {
        SegmentEntity entity = new SegmentEntity();
        entity.createdAt = now;
        entity.createdBy = createdBy;
        SegmentMapper.apply(definition, entity, now);
        entity.persistAndFlush();
        return SegmentMapper.toDomain(entity);
    }

    @Override
    @Transactional
    public Optional<Segment> withId(long id) {
        return SegmentEntity.<SegmentEntity>findByIdOptional(id).map(SegmentMapper::toDomain);
    }

    @Override
    @Transactional
    public List<Segment> newestFirst() {
        return SegmentEntity.<SegmentEntity>listAll(Sort.descending("createdAt", "id")).stream()
                .map(SegmentMapper::toDomain)
                .toList();
    }

    @Override
    @Transactional
    public Optional<Segment> redefine(long id, SegmentDefinition definition, Instant now) {
        // Locked, so a delete racing this edit either goes first (the segment is then not found) or
        // waits for it; an unlocked read would flush an update of a row already gone (a 500).
        return SegmentEntity.<SegmentEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(entity -> {
            SegmentMapper.apply(definition, entity, now);
            return SegmentMapper.toDomain(entity);
        });
    }

    @Override
    @Transactional
    public boolean remove(long id) {
        try {
            return SegmentEntity.delete("id", id) > 0;
        } catch (PersistenceException e) {
            if (isReferenced(e)) {
                throw new SegmentInUseException(id);
            }
            throw e;
        }
    }

    /** A campaign's foreign key (ON DELETE RESTRICT) is what says a segment is in use. */
    private static boolean isReferenced(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ROW_IS_REFERENCED
                    && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
