package com.minicrm.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core in the page under test and fails on any serious or critical violation. axe comes
 * from its npm webjar on the test classpath and is evaluated through WebDriver, which the page's
 * CSP does not govern, so the page itself stays as strict as in production.
 */
public final class Accessibility {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private Accessibility() {}

    /** Asserts the current page has no serious or critical axe violations (WCAG 2.1 A and AA rules). */
    public static void assertNoSeriousViolations(Browser browser) {
        List<String> problems = seriousViolations(browser);
        assertThat(problems).as("serious or critical accessibility violations on " + browser.path()).isEmpty();
    }

    public static List<String> seriousViolations(Browser browser) {
        browser.script(source());
        String result = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                                   resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(result)) {
                String impact = violation.path("impact").asText();
                if ("serious".equals(impact) || "critical".equals(impact)) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    problems.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                            + " at " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static synchronized String source() {
        if (axeSource == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test classpath");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
