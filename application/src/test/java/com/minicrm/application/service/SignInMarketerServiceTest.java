package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.SignInMarketerUseCase.VerifiedIdentity;
import com.minicrm.application.port.out.Marketers;
import com.minicrm.domain.marketer.Marketer;
import com.minicrm.domain.marketer.SignInPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInMarketerServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryMarketers marketers = new InMemoryMarketers();
    private final MutableClock clock = new MutableClock(T0);
    private final SignInMarketerService service = new SignInMarketerService(marketers,
            SignInPolicy.of(List.of("example.com"), List.of()), clock, Duration.ofMinutes(1));

    @Test
    void anAllowedPersonIsRecordedOnFirstSignIn() {
        Optional<Marketer> signedIn = service.signIn(new VerifiedIdentity("Asha@Example.com", "Asha Rao", "https://pic"));

        assertThat(signedIn).isPresent();
        assertThat(marketers.byEmail("asha@example.com")).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Asha Rao");
            assertThat(m.pictureUrl()).isEqualTo("https://pic");
            assertThat(m.firstSeenAt()).isEqualTo(T0);
        });
    }

    @Test
    void someoneOutsideThePolicyIsRefusedAndNotRecorded() {
        assertThat(service.signIn(new VerifiedIdentity("eve@gmail.com", "Eve", null))).isEmpty();
        assertThat(marketers.saves).isZero();
    }

    @Test
    void aReturningMarketerKeepsFirstSeenAndMovesLastSeen() {
        service.signIn(new VerifiedIdentity("asha@example.com", "Asha", null));
        clock.now = T0.plus(Duration.ofHours(2));

        service.signIn(new VerifiedIdentity("asha@example.com", "Asha Rao", null));

        Marketer stored = marketers.byEmail("asha@example.com").orElseThrow();
        assertThat(stored.firstSeenAt()).isEqualTo(T0);
        assertThat(stored.lastSeenAt()).isEqualTo(clock.now);
        assertThat(stored.name()).isEqualTo("Asha Rao");
    }

    @Test
    void requestsWithinTheRecordingIntervalDoNotWriteAgain() {
        service.signIn(new VerifiedIdentity("asha@example.com", "Asha", null));
        clock.now = T0.plusSeconds(30);
        service.signIn(new VerifiedIdentity("asha@example.com", "Asha", null));
        assertThat(marketers.saves).isEqualTo(1);

        clock.now = T0.plusSeconds(61);
        service.signIn(new VerifiedIdentity("asha@example.com", "Asha", null));
        assertThat(marketers.saves).isEqualTo(2);
    }

    private static final class InMemoryMarketers implements Marketers {
        private final Map<String, Marketer> byEmail = new HashMap<>();
        int saves;

        @Override
        public Optional<Marketer> byEmail(String email) {
            return Optional.ofNullable(byEmail.get(email));
        }

        @Override
        public void save(Marketer marketer) {
            saves++;
            byEmail.put(marketer.email(), marketer);
        }

        @Override
        public List<Marketer> recentlySeen(int limit) {
            List<Marketer> all = new ArrayList<>(byEmail.values());
            all.sort(Comparator.comparing(Marketer::lastSeenAt).reversed());
            return all.subList(0, Math.min(limit, all.size()));
        }
    }
}
