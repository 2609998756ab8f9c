package com.minicrm.adapter.in.web.localoidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes the local provider handed out: single use, valid for one minute. */
@ApplicationScoped
class AuthorizationCodes {
    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Who signed in, for which redirect, with the request's nonce and PKCE challenge if it sent them. */
    record Grant(String redirectUri, String email, String name, String nonce, String codeChallenge, Instant expiresAt) {}

    String issue(String redirectUri, String email, String name, String nonce, String codeChallenge) {
        grants.values().removeIf(g -> g.expiresAt().isBefore(clock.instant()));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(code, new Grant(redirectUri, email, name, nonce, codeChallenge, clock.instant().plus(LIFETIME)));
        return code;
    }

    /** The grant for a code, removed so it can never be redeemed twice. */
    Optional<Grant> redeem(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(grants.remove(code)).filter(g -> g.expiresAt().isAfter(clock.instant()));
    }
}
