package com.minicrm.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
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
        ApiKey key = ApiKey.issue("brand", PlainApiKey.generate(), Set.of(ApiKeyScope.INGEST), "me@example.in", NOW);
        assertThat(key.isActive()).isTrue();
        key.revoke(NOW.plusSeconds(10));
        key.revoke(NOW.plusSeconds(20));
        assertThat(key.isActive()).isFalse();
        assertThat(key.revokedAt()).contains(NOW.plusSeconds(10));
    }

    @Test
    void aKeyAllowsOnlyItsScopesAndNeedsAtLeastOne() {
        ApiKey key = ApiKey.issue("reports", PlainApiKey.generate(), Set.of(ApiKeyScope.READ), "me@example.in", NOW);
        assertThat(key.allows(ApiKeyScope.READ)).isTrue();
        assertThat(key.allows(ApiKeyScope.INGEST)).isFalse();
        assertThat(key.allows(ApiKeyScope.MANAGE)).isFalse();
        assertThatThrownBy(() -> ApiKey.issue("none", PlainApiKey.generate(), Set.of(), "me@example.in", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopeListsAreReadStrictlyAndWrittenInOrder() {
        assertThat(ApiKeyScope.parseList(" Manage, ingest ,,")).isEqualTo(EnumSet.of(ApiKeyScope.INGEST, ApiKeyScope.MANAGE));
        assertThat(ApiKeyScope.toList(EnumSet.of(ApiKeyScope.MANAGE, ApiKeyScope.READ))).isEqualTo("read,manage");
        assertThatThrownBy(() -> ApiKeyScope.parseList("ingest,admin")).hasMessageContaining("'admin'");
    }
}
