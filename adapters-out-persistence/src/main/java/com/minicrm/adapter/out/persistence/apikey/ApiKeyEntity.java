package com.minicrm.adapter.out.persistence.apikey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored form of an API key: its hash, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "key_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String keyHash;

    @Column(nullable = false, length = 16)
    public String prefix;

    /** A comma list of scope names, such as {@code ingest,read}. */
    @Column(nullable = false, length = 40)
    public String scopes;

    @Column(name = "created_by", length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
