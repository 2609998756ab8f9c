package com.minicrm.adapter.in.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonCoercionTest {
    record Typed(Boolean flag, boolean primitive, Integer count, BigDecimal amount, String text) {}

    private final ObjectMapper mapper = StrictJson.strict(new ObjectMapper());

    @Test
    void realBooleansNumbersAndTextAreRead() throws Exception {
        Typed typed = mapper.readValue(
                "{\"flag\": true, \"primitive\": false, \"count\": 3, \"amount\": 12.50, \"text\": \"x\"}", Typed.class);

        assertThat(typed).isEqualTo(new Typed(true, false, 3, new BigDecimal("12.50"), "x"));
    }

    @Test
    void textOrNumbersWhereABooleanBelongsAreRefusedNamingTheField() {
        for (String value : List.of("\"true\"", "\"TRUE\"", "\"false\"", "\"\"", "1", "0", "1.0")) {
            for (String field : List.of("flag", "primitive")) {
                assertThatThrownBy(() -> mapper.readValue("{\"" + field + "\": " + value + "}", Typed.class))
                        .as("%s: %s", field, value)
                        .isInstanceOf(MismatchedInputException.class)
                        .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName()).isEqualTo(field));
            }
        }
    }

    @Test
    void booleansOrTextWhereANumberBelongsAndNumbersWhereTextBelongsAreRefused() {
        List<String> bodies = List.of("{\"count\": true}", "{\"count\": \"3\"}", "{\"amount\": false}", "{\"amount\": \"12.5\"}",
                "{\"count\": 2.5}", "{\"text\": 1}", "{\"text\": true}", "{\"text\": 1.5}");
        for (String body : bodies) {
            assertThatThrownBy(() -> mapper.readValue(body, Typed.class)).as(body).isInstanceOf(MismatchedInputException.class);
        }
    }
}
