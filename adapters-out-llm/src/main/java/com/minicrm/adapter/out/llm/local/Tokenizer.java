package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits marketer text into lower-case tokens: words, numbers (grouping commas removed, unit
 * suffixes such as {@code 5k} split off), ISO and slash dates, e-mail addresses and domains and
 * comparison symbols. A quoted text keeps its case as one token that starts with {@code "}.
 */
final class Tokenizer {
    /** Marks a token that is a literal the marketer quoted, such as a name. */
    static final String LITERAL = "\"";
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])['\"\u2018\u201C]([^'\"\u2019\u201D]{1,80})['\"\u2019\u201D](?![\\p{L}\\p{N}])");
    private static final Pattern TOKEN = Pattern.compile(
            "\u0002\\d+\u0002"
                    + "|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+"
                    + "|@?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|in|org|net|co|io|edu|gov|info|biz|me|ai)\\b"
                    + "|(?<![a-z0-9])\\.[a-z]{2,}(?:\\.[a-z]{2,})*"
                    + "|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                    + "|\\d+(?:\\.\\d+)?"
                    + "|[a-z]+(?:'[a-z]+)?|[()]"
                    + "|>=|<=|=>|=<|!=|<>|[<>=+,&;:|]");

    private static final Pattern IGNORABLE = Pattern.compile("[\\s.,!?:;'\"`\u2018\u2019\u201C\u201D\\-\u2013\u2014/\\\\*_()\\[\\]{}~]+");

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*";
    private static final Pattern NAME_CUE = Pattern.compile("(\\b(?i:named|called|names?\\s+(?:is\\s+not|isn't|is|other\\s+than|except|excluding))\\s+)("
            + CAPITALISED + "(?:\\s*(?:,|\\band\\b|\\bor\\b)\\s*" + CAPITALISED + ")*)");
    private static final Pattern NAME_RUN = Pattern.compile("(" + CAPITALISED + ")");

    /** Month names and their short forms, for "Oct–Dec" written with a dash. */
    private static final String MONTH = String.join("|", DateReader.MONTHS.keySet());

    private static final Pattern MONTH_PAIR = Pattern.compile("(?i)(?<!\\bbetween\\s)\\b(" + MONTH + ")\\s+(?:or|and|&)\\s+(" + MONTH + ")(?=\\s+(?:19|20)\\d{2}\\b)");

    private static final Pattern SLASH_LIST = Pattern.compile("(?<![\\d/])\\d+(?:/\\d+)+(?![\\d/])");

    private Tokenizer() {}

    static List<String> tokens(String text) {
        text = adjacentMonths(slashLists(quoteNames(text)));
        List<String> literals = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder marked = new StringBuilder();
        while (quoted.find()) {
            literals.add(quoted.group(1).strip());
            quoted.appendReplacement(marked, " \u0002" + (literals.size() - 1) + "\u0002 ");
        }
        quoted.appendTail(marked);
        String s = marked.toString().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("(?<![\\d.])(\\d{1,2})[.-](\\d{1,2})[.-]((?:19|20)\\d{2})(?![\\d.])", "$1/$2/$3")
                .replaceAll("\\b(" + MONTH + ")\\s*[-\u2013\u2014]\\s*(?=(?:" + MONTH + ")\\b)", "$1 to ")
                .replaceAll("\\b(?:regardless|irrespective) of (?:their |the |its )?[a-z]+", " ")
                .replaceAll("\\b(spent|spend|spends|paid)\\s+nothing\\b", "$1 exactly 0")
                .replace("₹", " inr ").replace("≥", " >= ").replace("≤", " <= ").replace("≠", " != ")
                .replaceAll("(?<=\\d),(?=\\d)", "")
                .replaceAll("(?<=[a-z0-9])\\s*,\\s*(?=(?:19|20)\\d{2}\\b)", " ")
                .replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$1\u0001$2\u0001$3")
                .replaceAll("(?<=[\\dk])\\s*[-\u2013\u2014]\\s*(?=(?:inr\\s*)?\\d)", " to ")
                .replace('\u0001', '-')
                .replaceAll("\\brs\\.?(?=\\s*\\d)", " inr ")
                .replaceAll("\\be-mail", "email")
                .replaceAll("\\bb/w\\b", " between ").replaceAll("\\bw/o\\b", " without ").replaceAll("\\bw/(?![a-z0-9])", " with ")
                .replaceAll("\\bb4\\b", " before ").replaceAll("\\bavg\\b", "average")
                .replaceAll("\\b(neither\\b.*?\\b)nor\\b", "$1or").replaceAll("(?<!\\b(?:with|letter|is|in|=))\\s+n\\s+(?=\\S)", " and ")
                .replaceAll("\\bcash[ -]on[ -]delivery\\b", "cod").replaceAll("\\bworks? out to\\b", "is")
                .replaceAll("\\s+[-–—]+\\s+", " : ")
                .replaceAll("\\bon or after\\b", "since")
                .replaceAll("\\bon or before\\b", "through");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        int previousEnd = 0;
        while (m.find()) {
            stray(s.substring(previousEnd, m.start()), out);
            previousEnd = m.end();
            String token = m.group();
            if (token.startsWith("\u0002")) {
                out.add(LITERAL + literals.get(Integer.parseInt(token.substring(1, token.length() - 1))));
                continue;
            }
            if (token.equals("|")) {
                token = "or";
            }
            if (token.equals("&")) {
                token = "and";
            }
            if (token.matches("[a-z]+'(?:s|ve|re|m|d|ll)")) {
                token = token.substring(0, token.indexOf('\''));
            }
            if (!token.startsWith("@") && !token.contains("@") && !token.startsWith(".") && token.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
                token = "@" + token;
            }
            if (token.matches("\\d+(?:\\.\\d+)?") && m.end() < s.length()) {
                out.add(token);
                Matcher suffix = Pattern.compile("[a-z]+").matcher(s);
                if (suffix.find(m.end()) && suffix.start() == m.end()) {
                    out.add(suffix.group());
                    m.region(suffix.end(), s.length());
                    previousEnd = suffix.end();
                }
                continue;
            }
            out.add(token);
        }
        stray(s.substring(previousEnd), out);
        return out;
    }

    /**
     * Characters no token explains, such as the {@code @'} of "ending in @' OR 1=1", stay as a token
     * nothing reads, so the text is refused rather than read without them; punctuation may go.
     */
    private static void stray(String between, List<String> out) {
        String kept = IGNORABLE.matcher(between).replaceAll("");
        if (!kept.isEmpty()) {
            out.add(kept);
        }
    }

    /**
     * "named Test User and Demo Account": after a cue for names, the capitalised words are the names,
     * even words the engine knows ("User", "Account"), so they are quoted as the marketer would have.
     */
    static String quoteNames(String text) {
        Matcher cue = NAME_CUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (cue.find()) {
            String names = NAME_RUN.matcher(cue.group(2)).replaceAll("\"$1\"");
            cue.appendReplacement(out, Matcher.quoteReplacement(cue.group(1) + names));
        }
        cue.appendTail(out);
        return out.toString();
    }

    /** "in Oct or Nov 2025": two months that follow each other are one span, "Oct to Nov 2025". */
    private static String adjacentMonths(String text) {
        Matcher pair = MONTH_PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (pair.find()) {
            int first = DateReader.MONTHS.get(pair.group(1).toLowerCase(Locale.ROOT));
            int second = DateReader.MONTHS.get(pair.group(2).toLowerCase(Locale.ROOT));
            String joined = second == first + 1 ? pair.group(1) + " to " + pair.group(2) : pair.group();
            pair.appendReplacement(out, Matcher.quoteReplacement(joined));
        }
        pair.appendTail(out);
        return out.toString();
    }

    /** "orders 1/2/3" lists alternatives; "1/2/25" stays a date. */
    private static String slashLists(String text) {
        Matcher list = SLASH_LIST.matcher(text);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            String found = list.group();
            int last = found.lastIndexOf('/');
            String alternatives = found.substring(0, last).replace("/", ", ") + " or " + found.substring(last + 1);
            list.appendReplacement(out, found.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}") ? found : alternatives);
        }
        list.appendTail(out);
        return out.toString();
    }

    static boolean isLiteral(String token) {
        return token.startsWith(LITERAL);
    }
}
