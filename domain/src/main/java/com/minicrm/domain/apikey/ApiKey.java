package com.minicrm.domain.apikey;

import com.minicrm.domain.validation.Text;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A key a brand's systems use to reach the API, limited to its scopes. Only its SHA-256 hash is
 * ever stored; the plain key is shown once, when it is issued. A revoked key stays on record but
 * no longer opens the API.
 */
public final class ApiKey {
    private final Long id;
    private final String name;
    private final ApiKeyHash hash;
    private final String prefix;
    private final Set<ApiKeyScope> scopes;
    private final String createdBy;
    private final Instant createdAt;
    private Instant revokedAt;

    private ApiKey(Long id, String name, ApiKeyHash hash, String prefix, Set<ApiKeyScope> scopes, String createdBy,
            Instant createdAt, Instant revokedAt) {
        if (Text.isBlank(name) || !Text.isSafe(name) || name.length() > 100) {
            throw new IllegalArgumentException("an API key needs a name of 1 to 100 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one scope");
        }
        this.scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        this.id = id;
        this.name = name;
        this.hash = Objects.requireNonNull(hash);
        this.prefix = Objects.requireNonNull(prefix);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.revokedAt = revokedAt;
    }

    /** A new key for a plain secret the caller has just generated. */
    public static ApiKey issue(String name, PlainApiKey plain, Set<ApiKeyScope> scopes, String createdBy, Instant now) {
        return new ApiKey(null, name, ApiKeyHash.of(plain), plain.prefix(), scopes, createdBy, now, null);
    }

    /** Rebuilds a key from storage. */
    public static ApiKey restore(Long id, String name, ApiKeyHash hash, String prefix, Set<ApiKeyScope> scopes,
            String createdBy, Instant createdAt, Instant revokedAt) {
        return new ApiKey(id, name, hash, prefix, scopes, createdBy, createdAt, revokedAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public String name() {
        return name;
    }

    public ApiKeyHash hash() {
        return hash;
    }

    public String prefix() {
        return prefix;
    }

    public Set<ApiKeyScope> scopes() {
        return scopes;
    }

    public boolean allows(ApiKeyScope scope) {
        return scopes.contains(scope);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
