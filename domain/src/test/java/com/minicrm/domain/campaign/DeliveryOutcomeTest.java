package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Receipts are read field by field, and the earlier of two outcomes wins. */
class DeliveryOutcomeTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void readsAValidReceipt() {
        DeliveryOutcome outcome = DeliveryOutcome.fromReceipt(5L, "v-5", "FAILED", "number blocked", AT);
        assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outcome.reason()).isEqualTo("number blocked");
    }

    @Test
    void rejectsAReceiptWithAnIntermediateOrUnknownStatus() {
        assertThatThrownBy(() -> DeliveryOutcome.fromReceipt(5L, "v-5", "SUBMITTED", null, AT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> DeliveryOutcome.fromReceipt(5L, "v-5", null, null, AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reportsEveryMissingField() {
        assertThatThrownBy(() -> DeliveryOutcome.fromReceipt(null, " ", "SENT", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactly("messageId", "vendorMessageId", "occurredAt"));
    }

    @Test
    void theEarlierOfTwoOutcomesWins() {
        DeliveryOutcome sent = new DeliveryOutcome(1, DeliveryStatus.SENT, "v", null, AT);
        DeliveryOutcome failed = new DeliveryOutcome(1, DeliveryStatus.FAILED, "v", "x", AT.minusSeconds(1));
        assertThat(sent.earlierOf(failed)).isSameAs(failed);
        assertThat(failed.earlierOf(sent)).isSameAs(failed);
    }

    @Test
    void cutsAnOverlongReasonInsteadOfFailingTheWholeBatch() {
        DeliveryOutcome outcome = DeliveryOutcome.failed(1, "x".repeat(900), AT);
        assertThat(outcome.reason()).hasSize(DeliveryOutcome.MAX_REASON);
    }
}
