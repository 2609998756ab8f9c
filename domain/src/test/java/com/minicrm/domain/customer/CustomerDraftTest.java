package com.minicrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.validation.Violation;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerDraftTest {
    private static CustomerDraft valid() {
        return new CustomerDraft("c-1", "Mohit", "mohit@example.in", "+91 98765 43210", "Mumbai",
                Instant.parse("2025-01-01T00:00:00Z"), List.of("vip"), Map.of("tier", "gold"));
    }

    private static List<Violation> violationsOf(CustomerDraft draft) {
        Violations violations = new Violations();
        draft.validate("c.", violations);
        return violations.asList();
    }

    private static CustomerDraft with(String externalId, String name, String email, String phone, List<String> tags) {
        return new CustomerDraft(externalId, name, email, phone, null, null, tags, null);
    }

    @Test
    void aTagThatLowerCasesPastTheLimitIsRefusedWhileOneThatStaysWithinItIsKept() {
        String dotted = "İ".repeat(21);
        assertThat(dotted.toLowerCase(java.util.Locale.ROOT).length()).isGreaterThan(CustomerDraft.MAX_TAG);

        assertThat(violationsOf(with("c-1", "N", null, null, List.of(dotted))))
                .extracting(Violation::field).containsExactly("c.tags[0]");
        assertThat(violationsOf(with("c-1", "N", null, null, List.of("İ".repeat(20))))).isEmpty();
    }

    @Test
    void dotAndDotDotAreRefusedAsExternalIds() {
        for (String dots : List.of(".", "..")) {
            assertThat(violationsOf(with(dots, "N", null, null, null))).extracting(Violation::field).containsExactly("c.externalId");
        }
    }

    @Test
    void attributeNumbersADoubleCannotKeepAsSentAreRefusedByName() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("huge", new java.math.BigDecimal("1e999999"));
        attributes.put("tiny", new java.math.BigDecimal("1e-999999"));
        attributes.put("long", new java.math.BigDecimal("1234567890.123456789012345678901234567890"));
        attributes.put("nested", Map.of("list", List.of(new java.math.BigDecimal("0.1"), Double.POSITIVE_INFINITY)));
        attributes.put("price", new java.math.BigDecimal("12.50"));
        attributes.put("count", 3);

        assertThat(violationsOf(new CustomerDraft("c-1", "N", null, null, null, null, null, attributes)))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("c.attributes.huge", "c.attributes.tiny", "c.attributes.long", "c.attributes.nested.list[1]");
    }

    @Test
    void aCompleteCustomerIsValid() {
        assertThat(violationsOf(valid())).isEmpty();
    }

    @Test
    void onlyExternalIdAndNameAreRequired() {
        assertThat(violationsOf(with("c-1", "Mo", null, null, null))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPath() {
        var violations = violationsOf(with(" ", "", "nope", "abc", List.of("")));
        assertThat(violations).extracting(Violation::field)
                .containsExactlyInAnyOrder("c.externalId", "c.name", "c.email", "c.phone", "c.tags[0]");
    }

    @Test
    void anExternalIdIsAtMost64CharactersWithoutSurroundingSpace() {
        assertThat(violationsOf(with("x".repeat(64), "N", null, null, null))).isEmpty();
        assertThat(violationsOf(with("x".repeat(65), "N", null, null, null))).extracting(Violation::message)
                .containsExactly("must be at most 64 characters");
        assertThat(violationsOf(with("x ", "N", null, null, null))).extracting(Violation::message)
                .containsExactly("must not start or end with white space");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(violationsOf(with("c-1", "Mo\u0000hit", null, null, null))).extracting(Violation::field).containsExactly("c.name");
    }

    @Test
    void tagsDifferingOnlyInCaseAreDuplicates() {
        assertThat(violationsOf(with("c-1", "N", null, null, List.of("VIP", " vip "))))
                .extracting(Violation::field).containsExactly("c.tags[1]");
    }

    @Test
    void tagsAreStoredTrimmedAndLowerCased() {
        assertThat(with("c", "N", null, null, List.of(" Gold ", "VIP")).normalisedTags()).containsExactly("gold", "vip");
    }

    @Test
    void aNullTagIsAViolationNotACrash() {
        assertThat(violationsOf(with("c-1", "N", null, null, Arrays.asList("ok", null))))
                .extracting(Violation::field).containsExactly("c.tags[1]");
    }

    @Test
    void attributesMayHoldNullsButAreBounded() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("nothing", null);
        assertThat(violationsOf(new CustomerDraft("c", "N", null, null, null, null, null, attributes))).isEmpty();

        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("k" + i, i);
        }
        assertThat(violationsOf(new CustomerDraft("c", "N", null, null, null, null, null, many)))
                .extracting(Violation::field).containsExactly("c.attributes");
    }

    @Test
    void aSignupOutsideStorableDatesIsRefused() {
        var draft = new CustomerDraft("c", "N", null, null, null, Instant.parse("+10000-01-01T00:00:00Z"), null, null);
        assertThat(violationsOf(draft)).extracting(Violation::field).containsExactly("c.signupAt");
    }
}
