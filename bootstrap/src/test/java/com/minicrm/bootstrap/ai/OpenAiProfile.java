package com.minicrm.bootstrap.ai;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The app with CRM_AI_PROVIDER=openai against the WireMock stub, with a short timeout and no retries. */
public class OpenAiProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("crm.ai.provider", "openai",
                "quarkus.langchain4j.openai.enable-integration", "true",
                "quarkus.langchain4j.openai.api-key", "sk-test-key",
                "quarkus.langchain4j.openai.timeout", "2s",
                "quarkus.langchain4j.openai.max-retries", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
