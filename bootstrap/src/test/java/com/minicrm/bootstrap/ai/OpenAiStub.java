package com.minicrm.bootstrap.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A WireMock stand-in for an OpenAI-compatible server's {@code /v1/chat/completions}, on a free port. */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.langchain4j.openai.base-url", server.baseUrl() + "/v1/");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A chat completion whose assistant message is {@code content}, as the API returns it. */
    static String completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id":"chatcmpl-test","object":"chat.completion","created":1764000000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},"logprobs":null,
                 "finish_reason":"stop"}],"usage":{"prompt_tokens":812,"completion_tokens":64,"total_tokens":876},
                 "system_fingerprint":"fp_test"}""".formatted(escaped);
    }
}
