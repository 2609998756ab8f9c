package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {{unsubscribe_url}} renders each customer's own link, and only an e-mail's message may carry it. */
class UnsubscribePlaceholderTest {
    private static final String MESSAGE = "Hi {{first_name|there}}. Unsubscribe: {{unsubscribe_url}}";

    @Test
    void rendersTheLinkForTheCustomersOwnId() {
        MessageTemplate template = MessageTemplate.parse(MESSAGE);
        var customer = Customers.named("Mohit Sharma", "Pune", "10");

        assertThat(template.render(customer, id -> "https://crm.example.in/unsubscribe/c" + id))
                .isEqualTo("Hi Mohit. Unsubscribe: https://crm.example.in/unsubscribe/c" + customer.id());
        assertThat(template.uses(Placeholder.UNSUBSCRIBE_URL)).isTrue();
        assertThat(MessageTemplate.parse("Hi {{name}}").uses(Placeholder.UNSUBSCRIBE_URL)).isFalse();
    }

    @Test
    void withoutALinkItTakesTheFallback() {
        assertThat(MessageTemplate.parse("Bye: {{unsubscribe_url|reply STOP}}").render(Customers.named("A", null, "0")))
                .isEqualTo("Bye: reply STOP");
    }

    @Test
    void anEmailCampaignMayCarryItButSmsAndWhatsAppMayNot() {
        assertThat(draft(MESSAGE, "EMAIL", null).validate().template().uses(Placeholder.UNSUBSCRIBE_URL)).isTrue();

        for (String channel : List.of("SMS", "WHATSAPP")) {
            assertThatThrownBy(() -> draft(MESSAGE, channel, null).validate())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field).containsExactly("template"));
        }
    }

    @Test
    void aVariantOfAnSmsCampaignIsNamedByItsIndex() {
        CampaignDraft draft = new CampaignDraft("Test", null, "{}", null, "SMS", null,
                List.of(new CampaignDraft.VariantDraft("a", "Hi {{name}}", 50), new CampaignDraft.VariantDraft("b", MESSAGE, 50)), null, null);

        assertThatThrownBy(draft::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("variants[1].template"));
    }

    @Test
    void theSubjectMayNotCarryIt() {
        assertThatThrownBy(() -> draft("Hi {{name}}", "EMAIL", "Offers {{unsubscribe_url}}").validate())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field).containsExactly("subject"));
    }

    private static CampaignDraft draft(String template, String channel, String subject) {
        return new CampaignDraft("Test", null, "{}", template, channel, null, subject);
    }
}
