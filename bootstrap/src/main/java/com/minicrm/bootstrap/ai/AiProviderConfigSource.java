package com.minicrm.bootstrap.ai;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the OpenAI integration on only when {@code CRM_AI_PROVIDER=openai}: quarkus-langchain4j
 * otherwise insists on an API key at boot, and a fresh install has none and needs none.
 */
public class AiProviderConfigSource implements ConfigSource {
    static final String ENABLE = "quarkus.langchain4j.openai.enable-integration";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(ENABLE);
    }

    @Override
    public String getValue(String propertyName) {
        if (!ENABLE.equals(propertyName)) {
            return null;
        }
        String provider = System.getProperty("crm.ai.provider", System.getenv().getOrDefault("CRM_AI_PROVIDER", "local"));
        return String.valueOf("openai".equalsIgnoreCase(provider.strip()));
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ENABLE, getValue(ENABLE));
    }

    @Override
    public int getOrdinal() {
        return 260;
    }

    @Override
    public String getName() {
        return "crm-ai-provider";
    }
}
