package com.minicrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.validation.Violation;
import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDraftTest {
    private static final Instant WHEN = Instant.parse("2025-03-01T10:00:00Z");

    private static List<String> fieldsOf(OrderDraft draft) {
        Violations violations = new Violations();
        draft.validate("", violations);
        return violations.asList().stream().map(Violation::field).toList();
    }

    private static OrderDraft order(String amount, List<OrderItem> items) {
        return new OrderDraft("o-1", "c-1", amount == null ? null : new BigDecimal(amount), WHEN, "paid", items);
    }

    @Test
    void dotAndDotDotAreNotIdsBecauseAUrlCannotNameThemAndLongerDotsAre() {
        for (String dots : List.of(".", "..")) {
            assertThat(fieldsOf(new OrderDraft(dots, "c-1", BigDecimal.ONE, WHEN, null, null))).containsExactly("externalId");
            assertThat(fieldsOf(new OrderDraft("o-1", dots, BigDecimal.ONE, WHEN, null, null))).containsExactly("customerExternalId");
        }
        assertThat(fieldsOf(new OrderDraft("...", ".a", BigDecimal.ONE, WHEN, null, null))).isEmpty();
    }

    @Test
    void aZeroAmountIsAllowedAndANegativeOneIsNot() {
        assertThat(fieldsOf(order("0", null))).isEmpty();
        assertThat(fieldsOf(order("-0.01", null))).containsExactly("amount");
    }

    @Test
    void amountsHavePaisePrecisionAtMost() {
        assertThat(fieldsOf(order("10.50", null))).isEmpty();
        assertThat(fieldsOf(order("10.500", null))).isEmpty();
        assertThat(fieldsOf(order("10.505", null))).containsExactly("amount");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(fieldsOf(new OrderDraft(null, "", null, null, null, null)))
                .containsExactlyInAnyOrder("externalId", "customerExternalId", "amount", "orderedAt");
    }

    @Test
    void itemsAreCheckedOneByOne() {
        var items = Arrays.asList(new OrderItem("SKU", null, 1, new BigDecimal("5")), null, new OrderItem(null, null, 0, new BigDecimal("-1")));
        assertThat(fieldsOf(order("10", items)))
                .containsExactlyInAnyOrder("items[1]", "items[2].name", "items[2].quantity", "items[2].unitPrice");
    }
}
