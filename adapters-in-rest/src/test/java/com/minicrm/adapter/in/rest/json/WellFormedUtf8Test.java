package com.minicrm.adapter.in.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WellFormedUtf8Test {
    private final ObjectMapper mapper = StrictJson.strict(new ObjectMapper(new GuardedJsonFactory()));

    private static byte[] withBytes(int... inner) {
        byte[] head = "{\"name\": \"a".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "b\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + inner.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = 0; i < inner.length; i++) {
            body[head.length + i] = (byte) inner[i];
        }
        System.arraycopy(tail, 0, body, head.length + inner.length, tail.length);
        return body;
    }

    @Test
    void overlongFormsEncodedSurrogatesAndCodePointsPastTheLastAreRefusedFromAStreamAndFromBytes() {
        List<int[]> malformed = List.of(
                new int[] {0xC0, 0xAE}, new int[] {0xC1, 0xBF}, new int[] {0xE0, 0x80, 0xAE}, new int[] {0xF0, 0x80, 0x80, 0xAE},
                new int[] {0xED, 0xA0, 0x80}, new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF5, 0x80, 0x80, 0x80},
                new int[] {0xE2, 0x82}, new int[] {0x80});
        for (int[] bytes : malformed) {
            byte[] body = withBytes(bytes);
            assertThatThrownBy(() -> mapper.readValue(new ByteArrayInputStream(body), Map.class)).isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("well-formed UTF-8");
            assertThatThrownBy(() -> mapper.readValue(body, Map.class)).isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("well-formed UTF-8");
        }
    }

    @Test
    void wellFormedTextOfEveryLengthIsReadAsSent() throws Exception {
        String text = "é€😀ऄ";
        byte[] body = ("{\"name\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(mapper.readValue(new ByteArrayInputStream(body), Map.class)).containsEntry("name", text);
        assertThat(mapper.readValue(body, Map.class)).containsEntry("name", text);
    }
}
