package com.minicrm.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.RetryLaterException;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mappers' statuses and problem+json bodies, without a server. */
class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aQueueThatDidNotConfirmIsA503ThatInvitesARetry() {
        Response response = mappers.retryLater(new RetryLaterException("the broker did not confirm", null));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).isEqualTo("The request was not accepted; it is safe to retry.");
        assertThat(problem.detail()).doesNotContain("broker");
    }

    @Test
    void invalidInputIsA422NamingEveryField() {
        Response response = mappers.invalid(new InvalidInputException(List.of(
                new Violation("customers[0].email", "must be an e-mail address"), new Violation("customers[1].externalId", "is required"))));
        assertThat(response.getStatus()).isEqualTo(422);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("customers[0].email", "customers[1].externalId");
    }
}
