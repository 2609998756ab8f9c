package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import org.junit.jupiter.api.Test;

/** Templates render personal messages and reject what they cannot render. */
class MessageTemplateTest {

    @Test
    void rendersFirstNameFromTheFullName() {
        MessageTemplate template = MessageTemplate.parse("Hi {{first_name}}, here's 10% off on your next order!");

        assertThat(template.render(Customers.named("Mohit Sharma", "Pune", "10")))
                .isEqualTo("Hi Mohit, here's 10% off on your next order!");
    }

    @Test
    void usesTheFallbackWhenTheCustomerHasNoValue() {
        MessageTemplate template = MessageTemplate.parse("Hi {{first_name|there}} from {{city|your city}}");

        assertThat(template.render(Customers.named(null, " ", "0"))).isEqualTo("Hi there from your city");
    }

    @Test
    void rendersNothingForAMissingValueWithoutFallback() {
        assertThat(MessageTemplate.parse("[{{city}}]").render(Customers.named("A", null, "0"))).isEqualTo("[]");
    }

    @Test
    void formatsMoneyWithTwoDecimalsAndNumbersPlainly() {
        MessageTemplate template = MessageTemplate.parse("{{name}} spent {{total_spend}} in {{visits}} visits");

        assertThat(template.render(Customers.named("Asha Rao", "Delhi", "1234.5")))
                .isEqualTo("Asha Rao spent 1234.50 in 3 visits");
    }

    @Test
    void toleratesSpacesInsidePlaceholders() {
        assertThat(MessageTemplate.parse("Hi {{ first_name | friend }}!").render(Customers.named(null, null, "0")))
                .isEqualTo("Hi friend!");
    }

    @Test
    void rejectsAnUnknownPlaceholderNamingIt() {
        assertThatThrownBy(() -> MessageTemplate.parse("Hi {{nickname}} and {{shoe_size|9}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("template", "unknown placeholder {{nickname}}"),
                                new Violation("template", "unknown placeholder {{shoe_size}}")));
    }

    @Test
    void rejectsAnUnclosedPlaceholder() {
        assertThatThrownBy(() -> MessageTemplate.parse("Hi {{first_name"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unclosed");
    }

    @Test
    void rejectsABlankOrOverlongTemplate() {
        assertThatThrownBy(() -> MessageTemplate.parse("  ")).hasMessageContaining("is required");
        assertThatThrownBy(() -> MessageTemplate.parse("x".repeat(MessageTemplate.MAX_LENGTH + 1)))
                .hasMessageContaining("at most");
    }

    @Test
    void keepsPlainTextUnchanged() {
        assertThat(MessageTemplate.parse("Sale ends today").render(Customers.named("A", "B", "1")))
                .isEqualTo("Sale ends today");
    }
}
