package com.minicrm.application.port.out;

import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyHash;
import java.util.List;
import java.util.Optional;

/** Every API key ever issued, revoked ones included. */
public interface ApiKeys {
    Optional<ApiKey> findByHash(ApiKeyHash hash);

    Optional<ApiKey> findById(long id);

    List<ApiKey> all();

    /** Stores a new key or the new state of a known one; returns it as stored. */
    ApiKey save(ApiKey key);
}
