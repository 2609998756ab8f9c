package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.AuthenticateApiKeyUseCase.AuthenticatedKey;
import com.minicrm.application.port.out.ApiKeys;
import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyHash;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.apikey.PlainApiKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthenticateApiKeyServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private final List<ApiKey> stored = new ArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final ApiKeys keys = new ApiKeys() {
        @Override
        public Optional<ApiKey> findByHash(ApiKeyHash hash) {
            lookups.incrementAndGet();
            return stored.stream().filter(k -> k.hash().equals(hash)).findFirst();
        }

        @Override
        public Optional<ApiKey> findById(long id) {
            return Optional.empty();
        }

        @Override
        public List<ApiKey> all() {
            return stored;
        }

        @Override
        public ApiKey save(ApiKey key) {
            stored.add(key);
            return key;
        }
    };

    private AuthenticateApiKeyService service(Clock clock) {
        return new AuthenticateApiKeyService(keys, clock, Duration.ofSeconds(30), Optional.of("from-config"),
                Set.of(ApiKeyScope.INGEST));
    }

    @Test
    void theConfiguredKeyWorksWithoutStorage() {
        assertThat(service(Clock.fixed(NOW, ZoneOffset.UTC)).authenticate("from-config"))
                .contains(new AuthenticatedKey("configured key", Set.of(ApiKeyScope.INGEST)));
        assertThat(lookups).hasValue(0);
    }

    @Test
    void aStoredKeyIsFoundByHashAndRememberedForAWhile() {
        PlainApiKey plain = PlainApiKey.generate();
        keys.save(ApiKey.issue("shop", plain, Set.of(ApiKeyScope.READ, ApiKeyScope.MANAGE), null, NOW));
        var service = service(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(service.authenticate(plain.value())).map(AuthenticatedKey::name).contains("shop");
        assertThat(service.authenticate(plain.value())).map(AuthenticatedKey::name).contains("shop");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aRevokedKeyStopsWorkingOnceTheMemoryExpires() {
        PlainApiKey plain = PlainApiKey.generate();
        ApiKey key = keys.save(ApiKey.issue("shop", plain, Set.of(ApiKeyScope.READ, ApiKeyScope.MANAGE), null, NOW));
        var clock = new MutableClock(NOW);
        var service = service(clock);
        assertThat(service.authenticate(plain.value())).isPresent();

        key.revoke(NOW);
        clock.now = NOW.plusSeconds(31);

        assertThat(service.authenticate(plain.value())).isEmpty();
    }

    @Test
    void withoutMemoryARevokedKeyStopsWorkingAtOnceAndEveryRequestLooksItUp() {
        PlainApiKey plain = PlainApiKey.generate();
        ApiKey key = keys.save(ApiKey.issue("shop", plain, Set.of(ApiKeyScope.READ, ApiKeyScope.MANAGE), null, NOW));
        var service = new AuthenticateApiKeyService(keys, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, Optional.empty(), Set.of());
        assertThat(service.authenticate(plain.value())).map(AuthenticatedKey::name).contains("shop");

        key.revoke(NOW);

        assertThat(service.authenticate(plain.value())).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aStoredKeyCarriesTheScopesItWasIssuedWith() {
        PlainApiKey plain = PlainApiKey.generate();
        keys.save(ApiKey.issue("reporting", plain, Set.of(ApiKeyScope.READ), null, NOW));

        assertThat(service(Clock.fixed(NOW, ZoneOffset.UTC)).authenticate(plain.value()))
                .map(AuthenticatedKey::scopes).contains(Set.of(ApiKeyScope.READ));
    }

    @Test
    void blankOrAbsurdKeysAreRejectedWithoutALookup() {
        var service = service(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(service.authenticate("")).isEmpty();
        assertThat(service.authenticate("k".repeat(500))).isEmpty();
        assertThat(lookups).hasValue(0);
    }
}
