package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits marketer text into lower-case tokens: words, numbers (grouping commas removed, unit
 * suffixes such as {@code 5k} split off), ISO and slash dates, e-mail domains and comparison symbols.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "@?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|in|org|net|co|io|edu|gov|info|biz|me|ai)\\b"
                    + "|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                    + "|\\d+(?:\\.\\d+)?"
                    + "|[a-z]+(?:'[a-z]+)?|[()]"
                    + "|>=|<=|=>|=<|!=|<>|[<>=+,&;]");

    private Tokenizer() {}

    static List<String> tokens(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("₹", " inr ").replace("≥", " >= ").replace("≤", " <= ")
                .replaceAll("(?<=\\d),(?=\\d)", "")
                .replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$1\u0001$2\u0001$3")
                .replaceAll("(?<=[\\dk])\\s*-\\s*(?=(?:inr\\s*)?\\d)", " to ")
                .replace('\u0001', '-')
                .replaceAll("\\brs\\.?(?=\\s*\\d)", " inr ")
                .replaceAll("\\be-mail", "email");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String token = m.group();
            if (token.matches("[a-z]+'(?:s|ve|re|m|d|ll)")) {
                token = token.substring(0, token.indexOf('\''));
            }
            if (!token.startsWith("@") && token.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
                token = "@" + token;
            }
            if (token.matches("\\d+(?:\\.\\d+)?") && m.end() < s.length()) {
                out.add(token);
                Matcher suffix = Pattern.compile("[a-z]+").matcher(s);
                if (suffix.find(m.end()) && suffix.start() == m.end()) {
                    out.add(suffix.group());
                    m.region(suffix.end(), s.length());
                }
                continue;
            }
            out.add(token);
        }
        return out;
    }
}
