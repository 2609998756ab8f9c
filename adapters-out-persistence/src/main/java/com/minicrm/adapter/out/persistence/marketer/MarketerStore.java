package com.minicrm.adapter.out.persistence.marketer;

import com.minicrm.application.port.out.Marketers;
import com.minicrm.domain.marketer.Marketer;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Marketers through Hibernate ORM with Panache, mapped by hand. */
@ApplicationScoped
class MarketerStore implements Marketers {
    private static final int MAX_NAME = 200;
    private static final int MAX_PICTURE = 1000;

    @Override
    @Transactional
    public Optional<Marketer> byEmail(String email) {
        return MarketerEntity.<MarketerEntity>find("email", email).firstResultOptional().map(MarketerStore::toDomain);
    }

    /** One upsert, so two first requests of the same person racing each other cannot both insert. */
    @Override
    @Transactional
    public void save(Marketer marketer) {
        // a picture address too long for the column is dropped rather than cut into a broken link
        String picture = marketer.pictureUrl() != null && marketer.pictureUrl().length() <= MAX_PICTURE
                ? marketer.pictureUrl() : null;
        MarketerEntity.getEntityManager().createNativeQuery("""
                INSERT INTO app_user (email, name, picture_url, first_seen_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE name = VALUES(name), picture_url = VALUES(picture_url),
                    last_seen_at = GREATEST(last_seen_at, VALUES(last_seen_at))""")
                .setParameter(1, marketer.email())
                .setParameter(2, clip(marketer.name(), MAX_NAME))
                .setParameter(3, picture)
                .setParameter(4, marketer.firstSeenAt())
                .setParameter(5, marketer.lastSeenAt())
                .executeUpdate();
    }

    @Override
    @Transactional
    public List<Marketer> recentlySeen(int limit) {
        return MarketerEntity.<MarketerEntity>findAll(Sort.descending("lastSeenAt")).page(Page.ofSize(limit)).list()
                .stream().map(MarketerStore::toDomain).toList();
    }

    private static Marketer toDomain(MarketerEntity e) {
        return new Marketer(e.email, e.name, e.pictureUrl, e.firstSeenAt, e.lastSeenAt);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
