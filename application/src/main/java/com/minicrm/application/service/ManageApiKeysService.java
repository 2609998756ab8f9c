package com.minicrm.application.service;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.application.port.out.ApiKeys;
import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.apikey.PlainApiKey;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Text;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Issues keys (shown once), lists them and revokes them. */
public class ManageApiKeysService implements ManageApiKeysUseCase {
    private final ApiKeys keys;
    private final Clock clock;

    public ManageApiKeysService(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public IssuedKey issue(String name, Set<ApiKeyScope> scopes, String issuedBy) {
        if (Text.isBlank(name) || !Text.isSafe(name) || name.length() > 100) {
            throw InvalidInputException.of("name", "must be 1 to 100 visible characters, with no NUL or unpaired surrogate");
        }
        PlainApiKey plain = PlainApiKey.generate();
        Set<ApiKeyScope> granted = scopes == null || scopes.isEmpty() ? Set.of(ApiKeyScope.INGEST) : scopes;
        ApiKey stored = keys.save(ApiKey.issue(name.strip(), plain, granted, issuedBy, clock.instant()));
        return new IssuedKey(stored, plain.value());
    }

    @Override
    public List<ApiKey> list() {
        return keys.all();
    }

    @Override
    public void revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> InvalidInputException.of("id", "is not a known API key"));
        key.revoke(clock.instant());
        keys.save(key);
    }
}
