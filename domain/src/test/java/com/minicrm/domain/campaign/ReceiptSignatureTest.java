package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Receipt signatures: standard HMAC, tamper-proof, and only fresh ones accepted. */
class ReceiptSignatureTest {
    private static final String BODY = "{\"messageId\":1,\"status\":\"SENT\"}";
    private final ReceiptSignature signature = new ReceiptSignature("a-secret-of-sixteen+", Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void acceptsItsOwnFreshSignature() {
        long ts = now.getEpochSecond();
        assertThatCode(() -> signature.verify(Long.toString(ts), signature.sign(ts, BODY), BODY, now)).doesNotThrowAnyException();
    }

    @Test
    void matchesAKnownHmacVector() {
        // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac 'a-secret-of-sixteen+'
        assertThat(signature.sign(1_700_000_000L, "{}"))
                .isEqualTo("4eba6669832547fa7024188d981c05a3751197829123f67dd0d0ea658645a229");
    }

    @Test
    void agreesWithTheJdkHmacForALongSecret() throws Exception {
        String longSecret = "k".repeat(100);
        javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
        jdk.init(new javax.crypto.spec.SecretKeySpec(longSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(jdk.doFinal("42.body".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(new ReceiptSignature(longSecret, Duration.ofMinutes(5)).sign(42, "body")).isEqualTo(expected);
    }

    @Test
    void rejectsATamperedBody() {
        long ts = now.getEpochSecond();
        String sig = signature.sign(ts, BODY);
        assertThatThrownBy(() -> signature.verify(Long.toString(ts), sig, BODY.replace("SENT", "FAILED"), now))
                .isInstanceOf(InvalidReceiptSignatureException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        long ts = now.getEpochSecond();
        String forged = new ReceiptSignature("another-secret-value", Duration.ofMinutes(5)).sign(ts, BODY);
        assertThatThrownBy(() -> signature.verify(Long.toString(ts), forged, BODY, now))
                .isInstanceOf(InvalidReceiptSignatureException.class);
    }

    @Test
    void rejectsAStaleTimestampSoAReplayFails() {
        long old = now.minus(Duration.ofMinutes(6)).getEpochSecond();
        assertThatThrownBy(() -> signature.verify(Long.toString(old), signature.sign(old, BODY), BODY, now))
                .isInstanceOf(InvalidReceiptSignatureException.class)
                .hasMessageContaining("window");
    }

    @Test
    void rejectsATimestampFromTooFarInTheFuture() {
        long future = now.plus(Duration.ofMinutes(6)).getEpochSecond();
        assertThatThrownBy(() -> signature.verify(Long.toString(future), signature.sign(future, BODY), BODY, now))
                .isInstanceOf(InvalidReceiptSignatureException.class);
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        assertThatThrownBy(() -> signature.verify(null, "ab", BODY, now)).isInstanceOf(InvalidReceiptSignatureException.class);
        assertThatThrownBy(() -> signature.verify("yesterday", "ab", BODY, now)).isInstanceOf(InvalidReceiptSignatureException.class);
        assertThatThrownBy(() -> signature.verify("1", "not-hex", BODY, now)).isInstanceOf(InvalidReceiptSignatureException.class);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new ReceiptSignature("short", Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
