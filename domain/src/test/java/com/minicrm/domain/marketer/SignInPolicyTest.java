package com.minicrm.domain.marketer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {
    private final SignInPolicy policy = SignInPolicy.of(List.of("Example.com", "@shop.in", " "), List.of("Guest@Other.org"));

    @Test
    void anAddressInAnAllowedDomainMaySignInWhateverItsCase() {
        assertThat(policy.permits("asha@example.com")).isTrue();
        assertThat(policy.permits("Ravi@EXAMPLE.COM")).isTrue();
        assertThat(policy.permits("ravi@shop.in")).isTrue();
    }

    @Test
    void aListedAddressMaySignInOutsideTheDomains() {
        assertThat(policy.permits("guest@other.org")).isTrue();
        assertThat(policy.permits("someone@other.org")).isFalse();
    }

    @Test
    void aSubdomainOrLookalikeIsNotTheDomain() {
        assertThat(policy.permits("mallory@evil.example.com")).isFalse();
        assertThat(policy.permits("mallory@example.com.evil.io")).isFalse();
        assertThat(policy.permits("example.com")).isFalse();
        assertThat(policy.permits(null)).isFalse();
    }

    @Test
    void withNothingConfiguredNobodyMaySignIn() {
        assertThat(SignInPolicy.of(List.of(), List.of()).permits("asha@example.com")).isFalse();
    }

    @Test
    void blankEntriesAreDroppedAndDomainsLoseTheirAtSign() {
        assertThat(policy.domains()).containsExactlyInAnyOrder("example.com", "shop.in");
    }
}
