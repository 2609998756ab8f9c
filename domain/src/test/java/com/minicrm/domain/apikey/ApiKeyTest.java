package com.minicrm.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void aKeyIsKnownByTheSha256OfItsValue() {
        assertThat(ApiKeyHash.of(new PlainApiKey("abc")).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void generatedKeysAreLongRandomAndPrefixed() {
        PlainApiKey one = PlainApiKey.generate();
        PlainApiKey two = PlainApiKey.generate();
        assertThat(one.value()).startsWith("crm_").hasSizeGreaterThan(40).isNotEqualTo(two.value());
        assertThat(one.toString()).doesNotContain(one.value());
    }

    @Test
    void revokingIsFinalAndKeepsTheFirstMoment() {
        ApiKey key = ApiKey.issue("brand", PlainApiKey.generate(), "me@example.in", NOW);
        assertThat(key.isActive()).isTrue();
        key.revoke(NOW.plusSeconds(10));
        key.revoke(NOW.plusSeconds(20));
        assertThat(key.isActive()).isFalse();
        assertThat(key.revokedAt()).contains(NOW.plusSeconds(10));
    }
}
