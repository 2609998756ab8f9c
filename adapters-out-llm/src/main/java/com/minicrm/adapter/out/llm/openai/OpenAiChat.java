package com.minicrm.adapter.out.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.out.ai.EngineFailedException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One exchange with the OpenAI-compatible chat model that quarkus-langchain4j configures. Any
 * failure (unreachable, 429, timeout, a refusal, text that is not the requested JSON) becomes an
 * {@link EngineFailedException}, which the use cases answer by asking the local engine.
 */
@ApplicationScoped
class OpenAiChat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatModel model;

    OpenAiChat(ChatModel model) {
        this.model = model;
    }

    /** Asks for JSON that follows the schema in {@code ai-schemas/<schemaName>.json}; returns it as a generic tree. */
    Map<?, ?> json(String schemaName, String system, String user) {
        JsonSchema schema = JsonSchema.builder().name(schemaName).rootElement(JsonRawSchema.from(schema(schemaName))).build();
        String text = text(ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build())
                .build());
        try {
            Object tree = JSON.readValue(text, Object.class);
            if (!(tree instanceof Map<?, ?> map)) {
                throw new EngineFailedException("the model answered JSON that is not an object");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new EngineFailedException("the model's answer is not JSON", e);
        }
    }

    /** Asks for plain text. */
    String text(String system, String user) {
        return text(ChatRequest.builder().messages(SystemMessage.from(system), UserMessage.from(user)).build());
    }

    private String text(ChatRequest request) {
        try {
            String text = model.chat(request).aiMessage().text();
            if (text == null || text.isBlank()) {
                throw new EngineFailedException("the model gave an empty answer");
            }
            return text;
        } catch (EngineFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineFailedException("the model could not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String schema(String name) {
        try (InputStream in = OpenAiChat.class.getResourceAsStream("/ai-schemas/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
