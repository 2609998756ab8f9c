package com.minicrm.application.service;

import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.out.Marketers;
import com.minicrm.domain.marketer.Marketer;
import com.minicrm.domain.marketer.SignInPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the policy on every request and records the marketer; a marketer seen again within
 * {@code recordEvery} is answered from memory, so a page full of polling does not write per request.
 */
public class SignInMarketerService implements SignInMarketerUseCase {
    private final Marketers marketers;
    private final SignInPolicy policy;
    private final Clock clock;
    private final Duration recordEvery;
    private final Map<String, Marketer> recent = new ConcurrentHashMap<>();

    public SignInMarketerService(Marketers marketers, SignInPolicy policy, Clock clock, Duration recordEvery) {
        this.marketers = marketers;
        this.policy = policy;
        this.clock = clock;
        this.recordEvery = recordEvery;
    }

    @Override
    public Optional<Marketer> signIn(VerifiedIdentity identity) {
        if (!policy.permits(identity.email())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Marketer seen = Marketer.firstSeen(identity.email(), identity.name(), identity.pictureUrl(), now);
        Marketer cached = recent.get(seen.email());
        if (cached != null && cached.lastSeenAt().plus(recordEvery).isAfter(now)
                && cached.name().equals(seen.name())) {
            return Optional.of(cached);
        }
        Marketer recorded = marketers.byEmail(seen.email())
                .map(known -> known.seenAgain(identity.name(), identity.pictureUrl(), now))
                .orElse(seen);
        marketers.save(recorded);
        recent.put(recorded.email(), recorded);
        return Optional.of(recorded);
    }

    @Override
    public SignInPolicy policy() {
        return policy;
    }

    @Override
    public List<Marketer> recentlySeen(int limit) {
        return marketers.recentlySeen(limit);
    }
}
