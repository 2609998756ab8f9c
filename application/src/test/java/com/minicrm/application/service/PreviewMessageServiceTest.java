package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class PreviewMessageServiceTest {
    private final PreviewMessageService service = new PreviewMessageService(new InMemoryCustomers());

    @Test
    void withNoCustomersYetEveryPlaceholderShowsItsFallback() {
        var preview = service.preview("Hi {{first_name|there}}, see you in {{city|town}}{{name}}!", null);

        assertThat(preview.text()).isEqualTo("Hi there, see you in town!");
        assertThat(preview.customer()).isEmpty();
    }

    @Test
    void anUnknownCustomerIsNamedAsTheOffendingField() {
        assertThatThrownBy(() -> service.preview("Hi", "C-404"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customerExternalId"));
    }

    @Test
    void anUnknownPlaceholderIsReportedUnderTemplate() {
        assertThatThrownBy(() -> service.preview("Hi {{nickname}}", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly("unknown placeholder {{nickname}}"));
    }
}
