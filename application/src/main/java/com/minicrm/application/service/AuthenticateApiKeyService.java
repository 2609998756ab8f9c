package com.minicrm.application.service;

import com.minicrm.application.port.in.AuthenticateApiKeyUseCase;
import com.minicrm.application.port.out.ApiKeys;
import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyHash;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.apikey.PlainApiKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks API keys against storage. With a zero {@code remember} time (the default configuration)
 * every request looks its key up, so a revocation holds at once on every instance; a longer time
 * saves the look-up for a busy client, and a revocation then takes effect within it.
 */
public class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private static final int MAX_REMEMBERED = 10_000;

    private record Answer(Optional<AuthenticatedKey> key, Instant until) {}

    private final ApiKeys keys;
    private final Clock clock;
    private final Duration remember;
    private final Optional<ApiKeyHash> configuredKey;
    private final Set<ApiKeyScope> configuredScopes;
    private final Map<ApiKeyHash, Answer> answers = new ConcurrentHashMap<>();

    /**
     * {@code configuredKey} is a key from configuration that works without being stored, with
     * {@code configuredScopes}.
     */
    public AuthenticateApiKeyService(ApiKeys keys, Clock clock, Duration remember, Optional<String> configuredKey,
            Set<ApiKeyScope> configuredScopes) {
        this.keys = keys;
        this.clock = clock;
        this.remember = remember;
        this.configuredKey = configuredKey.filter(k -> !k.isBlank()).map(k -> ApiKeyHash.of(new PlainApiKey(k)));
        if (this.configuredKey.isPresent() && configuredScopes.isEmpty()) {
            throw new IllegalArgumentException("the configured API key needs at least one scope");
        }
        this.configuredScopes = Set.copyOf(configuredScopes);
    }

    @Override
    public Optional<AuthenticatedKey> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
            return Optional.empty();
        }
        ApiKeyHash hash = ApiKeyHash.of(new PlainApiKey(presentedKey));
        if (configuredKey.filter(hash::equals).isPresent()) {
            return Optional.of(new AuthenticatedKey("configured key", configuredScopes));
        }
        if (remember.isZero()) {
            return lookUp(hash);
        }
        Instant now = clock.instant();
        Answer answer = answers.get(hash);
        if (answer == null || answer.until().isBefore(now)) {
            if (answers.size() >= MAX_REMEMBERED) {
                answers.clear();
            }
            answer = new Answer(lookUp(hash), now.plus(remember));
            answers.put(hash, answer);
        }
        return answer.key();
    }

    @Override
    public Optional<Set<ApiKeyScope>> configuredKeyScopes() {
        return configuredKey.map(k -> configuredScopes);
    }

    private Optional<AuthenticatedKey> lookUp(ApiKeyHash hash) {
        return keys.findByHash(hash).filter(ApiKey::isActive).map(k -> new AuthenticatedKey(k.name(), k.scopes()));
    }
}
