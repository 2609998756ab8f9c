package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The precedence that lets a message status move only forward. */
class DeliveryStatusTest {

    @Test
    void movesOnlyForwardThroughTheLifecycle() {
        assertThat(DeliveryStatus.QUEUED.canMoveTo(DeliveryStatus.SENDING)).isTrue();
        assertThat(DeliveryStatus.SENDING.canMoveTo(DeliveryStatus.SUBMITTED)).isTrue();
        assertThat(DeliveryStatus.SUBMITTED.canMoveTo(DeliveryStatus.SENT)).isTrue();
        assertThat(DeliveryStatus.SUBMITTED.canMoveTo(DeliveryStatus.SENDING)).isFalse();
    }

    @Test
    void aReceiptMayOvertakeTheSubmission() {
        assertThat(DeliveryStatus.SENDING.canMoveTo(DeliveryStatus.SENT)).isTrue();
        assertThat(DeliveryStatus.SENT.canMoveTo(DeliveryStatus.SUBMITTED)).isFalse();
    }

    @Test
    void finalStatusesNeverReplaceEachOther() {
        assertThat(DeliveryStatus.SENT.canMoveTo(DeliveryStatus.FAILED)).isFalse();
        assertThat(DeliveryStatus.FAILED.canMoveTo(DeliveryStatus.SENT)).isFalse();
        assertThat(DeliveryStatus.SENT.canMoveTo(DeliveryStatus.SENT)).isFalse();
    }

    @Test
    void onlySentFailedCancelledHoldoutAndSuppressedAreFinal() {
        assertThat(DeliveryStatus.values()).filteredOn(DeliveryStatus::isFinal)
                .containsExactly(DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.CANCELLED, DeliveryStatus.HOLDOUT,
                        DeliveryStatus.SUPPRESSED);
        assertThat(DeliveryStatus.HOLDOUT.canMoveTo(DeliveryStatus.SENT)).isFalse();
        assertThat(DeliveryStatus.SUPPRESSED.canMoveTo(DeliveryStatus.SENT)).isFalse();
    }

    @Test
    void aWithdrawnMessageTakesNoReceiptAndAReceiptedOneCannotBeWithdrawn() {
        assertThat(DeliveryStatus.CANCELLED.canMoveTo(DeliveryStatus.SENT)).isFalse();
        assertThat(DeliveryStatus.CANCELLED.canMoveTo(DeliveryStatus.FAILED)).isFalse();
        assertThat(DeliveryStatus.SENT.canMoveTo(DeliveryStatus.CANCELLED)).isFalse();
        assertThat(DeliveryStatus.QUEUED.canMoveTo(DeliveryStatus.CANCELLED)).isTrue();
    }
}
