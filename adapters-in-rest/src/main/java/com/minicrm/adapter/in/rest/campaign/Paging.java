package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.consent.SuppressionReason;
import com.minicrm.domain.validation.InvalidInputException;
import java.util.Arrays;
import java.util.Optional;

/** Reads query parameters by hand, so a bad value is a 422 naming it rather than a bare 404. */
public final class Paging {
    private Paging() {}

    public static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a whole number");
        }
    }

    /** A suppression reason as the API writes it ({@code unsubscribed}, {@code frequency_cap}, {@code no_address}). */
    public static Optional<SuppressionReason> reason(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SuppressionReason.parse(value.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> InvalidInputException.of("reason", "must be one of "
                        + Arrays.stream(SuppressionReason.values()).map(SuppressionReason::wireName).toList())));
    }

    public static Optional<DeliveryStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(DeliveryStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "must be one of " + Arrays.toString(DeliveryStatus.values()))));
    }
}
