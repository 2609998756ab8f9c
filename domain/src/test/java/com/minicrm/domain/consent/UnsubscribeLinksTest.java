package com.minicrm.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Unsubscribe links name a customer and a campaign, and only the app's own, untouched links are accepted. */
class UnsubscribeLinksTest {
    private static final String SECRET = "unit-test-unsubscribe-secret-0123456789";
    private final UnsubscribeLinks links = new UnsubscribeLinks(SECRET, "https://crm.example.in/");

    @Test
    void aLinkIsThePublicUrlWithTheIdsAndAnHmacOfThemComputedIndependently() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("unsubscribe/v1/42/1001".getBytes(StandardCharsets.UTF_8)));

        assertThat(links.url(42, 1001)).isEqualTo("https://crm.example.in/unsubscribe/42.1001." + expected);
        assertThat(links.verify(links.token(42, 1001))).contains(new UnsubscribeToken(42, 1001));
    }

    @Test
    void anotherCustomerOrCampaignIdUnderTheSameSignatureIsRefused() {
        String signature = links.token(42, 1001).substring("42.1001.".length());

        assertThat(links.verify("42.1002." + signature)).isEmpty();
        assertThat(links.verify("43.1001." + signature)).isEmpty();
        assertThat(links.verify("1001.42." + signature)).isEmpty();
        assertThat(links.verify("042.1001." + signature)).isEmpty();
    }

    @Test
    void everyChangedSignatureCharacterIsRefusedIncludingTheLastOnesSpareBits() {
        String token = links.token(7, 9);
        int start = token.lastIndexOf('.') + 1;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = start; i < token.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != token.charAt(i)) {
                    String altered = token.substring(0, i) + c + token.substring(i + 1);
                    assertThat(links.verify(altered)).as(altered).isEmpty();
                }
            }
        }
    }

    @Test
    void aTruncatedOrExtendedOrMalformedTokenIsRefused() {
        String token = links.token(42, 1001);

        for (int cut = 1; cut < token.length(); cut++) {
            assertThat(links.verify(token.substring(0, token.length() - cut))).isEmpty();
        }
        assertThat(links.verify(token + "A")).isEmpty();
        assertThat(links.verify(token + "=")).isEmpty();
        assertThat(links.verify(" " + token)).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify(UnsubscribeLinks.SAMPLE_TOKEN)).isEmpty();
        assertThat(links.verify("0.1001." + token.substring(token.lastIndexOf('.') + 1))).isEmpty();
        assertThat(links.verify("-1.1001." + token.substring(token.lastIndexOf('.') + 1))).isEmpty();
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        UnsubscribeLinks other = new UnsubscribeLinks("another-install-unsubscribe-secret-98765", "https://crm.example.in");

        assertThat(links.verify(other.token(42, 1001))).isEmpty();
    }

    @Test
    void aShortSecretOrAUrlWithoutSchemeIsRefusedAtStart() {
        assertThatThrownBy(() -> new UnsubscribeLinks("too-short", "https://crm.example.in")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnsubscribeLinks(null, "https://crm.example.in")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnsubscribeLinks(SECRET, "crm.example.in")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSampleLinkHasTheShapeOfALinkButNamesNobody() {
        assertThat(links.sampleUrl()).isEqualTo("https://crm.example.in/unsubscribe/" + UnsubscribeLinks.SAMPLE_TOKEN);
        assertThat(UnsubscribeLinks.newSecret()).hasSize(64).isNotEqualTo(UnsubscribeLinks.newSecret());
    }
}
