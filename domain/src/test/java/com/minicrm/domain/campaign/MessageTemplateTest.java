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
    void formatsMoneyAsRupeesWithIndianGroupingAndVisitsAsAWholeNumber() {
        MessageTemplate template = MessageTemplate.parse("{{name}} spent {{total_spend}} in {{visits}} visits");

        assertThat(template.render(Customers.named("Asha Rao", "Delhi", "58522.00")))
                .isEqualTo("Asha Rao spent ₹58,522 in 3 visits");
    }

    @Test
    void showsPaiseOnlyWhenThereAreAny() {
        MessageTemplate template = MessageTemplate.parse("{{total_spend}}|{{avg_order_value}}");

        assertThat(template.render(Customers.named("A", null, "123456.5", "999.999")))
                .isEqualTo("₹1,23,456.50|₹1,000");
        assertThat(template.render(Customers.named("A", null, "12345678.05", "0")))
                .isEqualTo("₹1,23,45,678.05|₹0");
        assertThat(template.render(Customers.named("A", null, "999", "100000")))
                .isEqualTo("₹999|₹1,00,000");
    }

    @Test
    void doesNotDoubleACurrencyTheAuthorAlreadyWrote() {
        MessageTemplate template = MessageTemplate.parse(
                "₹{{total_spend}}, Rs. {{avg_order_value}}, INR {{total_spend}}, mrs {{avg_order_value}}");

        assertThat(template.render(Customers.named("A", null, "2500", "1500.5")))
                .isEqualTo("₹2,500, Rs. 1,500.50, INR 2,500, mrs ₹1,500.50");
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
