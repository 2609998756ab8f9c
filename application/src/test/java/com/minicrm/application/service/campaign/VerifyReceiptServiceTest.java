package com.minicrm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.out.campaign.ReceiptReplays;
import com.minicrm.domain.campaign.InvalidReceiptSignatureException;
import com.minicrm.domain.campaign.ReceiptSignature;
import com.minicrm.domain.campaign.ReplayedReceiptException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyReceiptServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ReceiptSignature VENDOR = new ReceiptSignature("vendor-secret-0123456789", Duration.ofMinutes(5));
    private static final String BODY = "{\"messageId\":1,\"status\":\"SENT\"}";

    /** Seen signatures with their time, as the shared table holds them. */
    private final Map<String, Instant> seen = new HashMap<>();
    private final ReceiptReplays replays = new ReceiptReplays() {
        @Override
        public boolean firstSighting(String signature, Instant seenAt) {
            return seen.putIfAbsent(signature, seenAt) == null;
        }

        @Override
        public void forget(String signature) {
            seen.remove(signature);
        }

        @Override
        public void forgetSeenBefore(Instant cutoff) {
            seen.values().removeIf(at -> at.isBefore(cutoff));
        }
    };

    private VerifyReceiptService at(Instant now) {
        return new VerifyReceiptService(VENDOR, replays, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theSameSignedRequestIsAcceptedOnceAndThenRefusedAsAReplayWhateverTheHexCase() {
        String signature = VENDOR.sign(NOW.getEpochSecond(), BODY);
        at(NOW).verify(String.valueOf(NOW.getEpochSecond()), signature, BODY);

        assertThatThrownBy(() -> at(NOW.plusSeconds(1)).verify(String.valueOf(NOW.getEpochSecond()), signature, BODY))
                .isInstanceOf(ReplayedReceiptException.class);
        assertThatThrownBy(() -> at(NOW).verify(String.valueOf(NOW.getEpochSecond()), signature.toUpperCase(), BODY))
                .isInstanceOf(ReplayedReceiptException.class);
    }

    @Test
    void theSameBodySignedAtAnotherSecondIsARetryNotAReplay() {
        at(NOW).verify(String.valueOf(NOW.getEpochSecond()), VENDOR.sign(NOW.getEpochSecond(), BODY), BODY);

        long later = NOW.getEpochSecond() + 3;
        at(NOW.plusSeconds(3)).verify(String.valueOf(later), VENDOR.sign(later, BODY), BODY);

        assertThat(seen).hasSize(2);
    }

    @Test
    void aReleasedSignatureCanBeSentAgain() {
        String signature = VENDOR.sign(NOW.getEpochSecond(), BODY);
        VerifyReceiptService service = at(NOW);
        service.verify(String.valueOf(NOW.getEpochSecond()), signature, BODY);

        service.release(signature);

        service.verify(String.valueOf(NOW.getEpochSecond()), signature, BODY);
        assertThat(seen).containsKey(signature);
    }

    @Test
    void aForgedSignatureIsRefusedBeforeAnythingIsRecorded() {
        String forged = new ReceiptSignature("guessed-secret-0123456789", Duration.ofMinutes(5)).sign(NOW.getEpochSecond(), BODY);

        assertThatThrownBy(() -> at(NOW).verify(String.valueOf(NOW.getEpochSecond()), forged, BODY))
                .isInstanceOf(InvalidReceiptSignatureException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void signaturesOlderThanTwiceTheWindowAreDropped() {
        seen.put("old", NOW.minus(Duration.ofMinutes(11)));
        seen.put("recent", NOW.minus(Duration.ofMinutes(9)));

        at(NOW).verify(String.valueOf(NOW.getEpochSecond()), VENDOR.sign(NOW.getEpochSecond(), BODY), BODY);

        assertThat(seen).containsKey("recent").doesNotContainKey("old");
    }
}
