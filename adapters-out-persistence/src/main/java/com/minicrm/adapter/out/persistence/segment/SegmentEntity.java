package com.minicrm.adapter.out.persistence.segment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved segment row; the rule is kept as its public JSON text. */
@Entity
@Table(name = "segment")
class SegmentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @Column(length = 500)
    String description;

    @Column(name = "rule_json", nullable = false, columnDefinition = "LONGTEXT")
    String ruleJson;

    @Column(name = "created_by", length = 254)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
