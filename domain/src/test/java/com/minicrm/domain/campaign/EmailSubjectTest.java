package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An e-mail's subject line: checked like the message, only for e-mail, and the name when there is none. */
class EmailSubjectTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Audience AUDIENCE = new Audience(7L, "{\"all\":true}");

    private static Campaign campaign(String channel, String subject) {
        CampaignDraft.Valid draft = new CampaignDraft("Diwali sale", 7L, null, "Hi {{first_name|there}}", channel, null, subject).validate();
        return Campaign.launch(draft, AUDIENCE, "asha@brand.example", NOW).withId(1);
    }

    @Test
    void anEmailSubjectIsRenderedPerCustomerWithItsFallbacks() {
        Campaign campaign = campaign("EMAIL", "{{first_name|Friend}}, 10% off in {{city|your city}}");

        assertThat(campaign.subjectFor(Customers.named("Mohit Sharma", "Pune", null))).contains("Mohit, 10% off in Pune");
        assertThat(campaign.subjectFor(Customers.named(null, null, null))).contains("Friend, 10% off in your city");
    }

    @Test
    void anEmailWithoutASubjectIsSentUnderTheCampaignName() {
        Campaign campaign = campaign("EMAIL", "  ");

        assertThat(campaign.subject()).isEmpty();
        assertThat(campaign.subjectFor(Customers.named("Mohit Sharma", "Pune", null))).contains("Diwali sale");
    }

    @Test
    void smsHasNoSubjectAndRefusesOne() {
        assertThat(campaign("SMS", null).subjectFor(Customers.named("Mohit", "Pune", null))).isEmpty();
        assertThatThrownBy(() -> campaign("WHATSAPP", "Hello"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("subject", "only e-mail campaigns have a subject; leave it out for WHATSAPP")));
    }

    @Test
    void aSubjectIsCheckedLikeTheMessageUnderItsOwnField() {
        assertThatThrownBy(() -> campaign("EMAIL", "Hi {{first_nme}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("subject", "unknown placeholder {{first_nme}}")));
        assertThatThrownBy(() -> campaign("EMAIL", "x".repeat(EmailSubject.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("subject"));
    }

    @Test
    void aTestEmailMarksItsSubject() {
        OutgoingMessage test = TestMessage.to(Channel.EMAIL, "me@brand.example", "Hi Mohit", "Mohit, 10% off");
        assertThat(test.subject()).isEqualTo("[Test] Mohit, 10% off");
    }

    @Test
    void aScheduledCampaignCanBeRevisedUntilItStarts() {
        CampaignDraft.Valid first = new CampaignDraft("Diwali", 7L, null, "Hi", "SMS", NOW.plusSeconds(3600)).validate();
        Campaign scheduled = Campaign.launch(first, AUDIENCE, "asha@brand.example", NOW).withId(4);
        CampaignDraft.Valid edit = new CampaignDraft("Diwali mail", null, "{\"x\":1}", "Hello {{name}}", "EMAIL",
                NOW.plusSeconds(7200), "Offer for {{first_name}}").validate();

        Campaign revised = scheduled.revise(edit, new Audience(null, "{\"x\":1}"), List.of("Promo"), NOW);

        assertThat(revised.requireId()).isEqualTo(4);
        assertThat(revised.name()).isEqualTo("Diwali mail");
        assertThat(revised.channel()).isEqualTo(Channel.EMAIL);
        assertThat(revised.subject().map(MessageTemplate::text)).contains("Offer for {{first_name}}");
        assertThat(revised.scheduledAt()).contains(NOW.plusSeconds(7200));
        assertThat(revised.createdBy()).isEqualTo("asha@brand.example");
        assertThatThrownBy(() -> scheduled.revise(new CampaignDraft("x", 7L, null, "Hi", "SMS", NOW).validate(), AUDIENCE,
                List.of(), NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("scheduledAt");
        scheduled.start(NOW.plusSeconds(3600));
        assertThatThrownBy(() -> scheduled.revise(edit, AUDIENCE, List.of(), NOW))
                .isInstanceOf(IllegalCampaignTransitionException.class);
    }
}
