package com.minicrm.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key given twice, at any depth, is a 400 naming where and which key. */
class DuplicateKeysTest {
    record Inner(String a) {}

    record Item(String externalId, Map<String, Object> attributes, Inner inner) {}

    record Body(String name, List<Item> customers) {}

    private final ObjectMapper mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private final ProblemMappers mappers = new ProblemMappers();

    private Problem problemFor(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        Response response = mappers.malformedOrMistyped(e);
        assertThat(response.getStatus()).as(json).isEqualTo(400);
        return (Problem) response.getEntity();
    }

    @Test
    void aKeyGivenTwiceInANestedObjectIsNamedWithItsPath() {
        assertThat(problemFor("{\"customers\": [{\"externalId\": \"c\", \"attributes\": {\"tier\": 1, \"tier\": 2}}]}").errors())
                .containsExactly(new Problem.FieldError("customers[0].attributes", "has the key \"tier\" twice"));
        assertThat(problemFor("{\"customers\": [{\"externalId\": \"c\", \"externalId\": \"d\"}]}").errors())
                .containsExactly(new Problem.FieldError("customers[0]", "has the key \"externalId\" twice"));
        assertThat(problemFor("{\"customers\": [{\"inner\": {\"a\": \"x\", \"a\": \"y\"}}]}").errors())
                .containsExactly(new Problem.FieldError("customers[0].inner", "has the key \"a\" twice"));
    }

    @Test
    void aKeyGivenTwiceAtTheTopIsNamedToo() {
        Problem problem = problemFor("{\"name\": \"a\", \"name\": \"b\"}");
        assertThat(problem.title()).isEqualTo("Malformed JSON");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("body", "has the key \"name\" twice"));
    }
}
