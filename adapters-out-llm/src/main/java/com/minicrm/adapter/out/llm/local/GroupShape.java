package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the group structure a marketer announces up front as parentheses, so the usual precedence
 * (AND before OR) does not undo it: "Pune only: X or Y" is Pune AND (X OR Y); "either X or Y, and Z"
 * is (X OR Y) AND Z; "X or Y, but only if Z" is (X OR Y) AND Z; "at least one of: X, Y" is
 * (X OR Y); "(a) X, (b) Y" lists alternatives.
 */
final class GroupShape {
    private static final Set<String> ITEM_MARKS = Set.of("a", "b", "c", "d", "1", "2", "3", "4", "i", "ii", "iii");
    static final Set<String> CLOSERS = Set.of("and", "but", "who", "whose", "with", "having", "provided", "if");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "that");
    static final Set<String> COLLECTIONS = Set.of("groups", "segments", "sets", "audiences", "lists", "cohorts");

    private GroupShape() {}

    static List<String> apply(List<String> tokens) {
        List<String> t = enumerated(new ArrayList<>(tokens));
        t = anyOf(t);
        t = either(t);
        t = neither(t);
        t = exceptAlternatives(t);
        t = orThenCondition(t);
        return afterColon(t);
    }

    /** "(a) VIPs in Chennai, (b) loyal customers in Coimbatore": the marked items are alternatives. */
    private static List<String> enumerated(List<String> t) {
        List<String> out = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).equals("(") && i + 2 < t.size() && ITEM_MARKS.contains(t.get(i + 1)) && t.get(i + 2).equals(")")
                    && (i == 0 || Set.of(",", ":", ";", "and", "or", "either").contains(t.get(i - 1)))) {
                while (items > 0 && !out.isEmpty() && Set.of(",", ";", "and", "or").contains(out.get(out.size() - 1))) {
                    out.remove(out.size() - 1);
                }
                if (items++ > 0) {
                    out.add("or");
                }
                i += 2;
                continue;
            }
            out.add(t.get(i));
        }
        if (items > 1) {
            int colon = out.indexOf(":");
            if (colon > 0 && colon <= 3 && COLLECTIONS.contains(out.get(colon - 1))) {
                return new ArrayList<>(out.subList(colon + 1, out.size()));
            }
        }
        return items > 1 ? out : t;
    }

    /** "at least one of: X, Y" and "any of X, Y or Z": the listed conditions are alternatives. */
    private static List<String> anyOf(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).equals("of") && t.get(i - (i > 0 ? 1 : 0)).matches("one|any") && i > 0) {
                int start = i + 1 + (word(t, i + 1).equals(":") ? 1 : 0);
                int end = start;
                while (end < t.size() && !t.get(end).equals(";") && !t.get(end).equals(")")) {
                    end++;
                }
                int from = i - 1;
                while (from > 0 && Set.of("least", "at").contains(t.get(from - 1))) {
                    from--;
                }
                List<String> out = new ArrayList<>(t.subList(0, from));
                out.add("(");
                for (String token : t.subList(start, end)) {
                    out.add(token.equals(",") ? "or" : token);
                }
                out.add(")");
                out.addAll(t.subList(end, t.size()));
                return out;
            }
        }
        return t;
    }

    /**
     * "either X or Y": the group runs to the first comma that does not go on with "or", to a relative
     * clause after its alternatives ("either Kochi or Chandigarh who ..."), or to the end.
     */
    private static List<String> either(List<String> t) {
        int at = t.indexOf("either");
        if (at < 0 || !t.subList(at, t.size()).contains("or")) {
            return t;
        }
        return either(wrap(t, at, at + 1, alternativesEnd(t, at + 1)));
    }

    /**
     * "neither X nor Y" (the tokenizer has made "nor" an "or") is "not X and not Y", each negated as
     * a condition of its own ("City not in", "Tags exclude").
     */
    private static List<String> neither(List<String> t) {
        int at = t.indexOf("neither");
        if (at < 0 || !t.subList(at, t.size()).contains("or")) {
            return t;
        }
        int end = alternativesEnd(t, at + 1);
        List<String> out = new ArrayList<>(t.subList(0, at));
        out.add("not");
        int depth = 0;
        for (String w : t.subList(at + 1, end)) {
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            out.addAll(depth == 0 && w.equals("or") ? List.of("and", "not") : List.of(w));
        }
        out.addAll(t.subList(end, t.size()));
        return neither(out);
    }

    /** "but not those who are X or Y", "skip anyone tagged X or Y": the exception is every alternative. */
    private static List<String> exceptAlternatives(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            boolean butNot = t.get(i).equals("but") && t.get(i + 1).equals("not");
            if (!butNot && !ClauseSplitter.EXCEPT_WORDS.contains(t.get(i))) {
                continue;
            }
            int from = i + (butNot ? 2 : 1);
            int end = from;
            while (end < t.size() && !Set.of(";", ":", "(", ")").contains(t.get(end))) {
                end++;
            }
            if (end == t.size() && t.subList(from, end).contains("or") && !t.subList(from, end).contains(",")) {
                return wrap(t, from, from, end);
            }
        }
        return t;
    }

    private static int alternativesEnd(List<String> t, int from) {
        int end = from;
        int depth = 0;
        int or = -1;
        while (end < t.size()) {
            String w = t.get(end);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth < 0 || (depth == 0 && (w.equals(",") || w.equals(";")) && !word(t, end + 1).equals("or"))) {
                break;
            }
            // "either Kochi or Chandigarh who ...", but "either X or people who ..." is the second alternative
            if (depth == 0 && or >= 0 && RELATIVES.contains(w) && !t.subList(or + 1, end).stream().allMatch(Lexicon.FILLER::contains)) {
                break;
            }
            or = depth == 0 && w.equals("or") ? end : or;
            end++;
        }
        return end;
    }

    /** "X or Y, but only if Z" and "X or Y, who Z": the condition after the comma applies to both. */
    private static List<String> orThenCondition(List<String> t) {
        int depth = 0;
        boolean or = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth != 0) {
                continue;
            }
            or |= w.equals("or");
            if (or && w.equals(",") && CLOSERS.contains(word(t, i + 1)) && !t.subList(0, i).contains(":")) {
                return wrap(t, 0, 0, i);
            }
        }
        return t;
    }

    /** "Pune only: X or Y": what comes before the colon applies to every alternative after it. */
    private static List<String> afterColon(List<String> t) {
        int colon = t.indexOf(":");
        if (colon < 0) {
            return t;
        }
        List<String> out = new ArrayList<>(t.subList(0, colon));
        List<String> rest = t.subList(colon + 1, t.size());
        if (rest.contains("or") && !out.isEmpty()) {
            out.add(",");
            out.add("(");
            out.addAll(rest);
            out.add(")");
            return out;
        }
        out.add(",");
        out.addAll(rest);
        return out;
    }

    private static List<String> wrap(List<String> t, int from, int contentFrom, int to) {
        List<String> out = new ArrayList<>(t.subList(0, from));
        out.add("(");
        out.addAll(t.subList(contentFrom, to));
        out.add(")");
        out.addAll(t.subList(to, t.size()));
        return out;
    }

    private static String word(List<String> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : "";
    }
}
