package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the conditions of one clause. The readers, one per kind of condition, run from the most
 * specific (dates, text operators, e-mail domains, amounts with their comparisons) to the least
 * (cities, tags, single words, words placed by meaning); every token a reader uses is marked here,
 * and whatever is left that is not filler is reported as not understood.
 */
final class ClauseReader {
    /** What one clause said: its conditions in order, vague words by the kind of condition they need, and the words not understood. */
    record Result(List<Rule> rules, Map<String, String> vague, List<String> unrecognized, boolean cityOnly, Field named) {
        /** The field of the last number read, which a following bare number ("or more than 50,000") refers to. */
        Field lastNumericField() {
            Field last = null;
            for (Rule rule : rules) {
                if (rule instanceof Condition c && c.field().type() != FieldType.TEXT && c.field().type() != FieldType.TAGS) {
                    last = c.field();
                }
            }
            return last;
        }
    }

    enum Role { FREE, KEYWORD, ATOM, COMPARATOR }

    record Comparison(int start, int end, Operator operator) {}

    static final Set<String> ORDER_NOUNS = Set.of("order", "orders", "purchase", "purchases", "transaction",
            "transactions", "visit", "visits", "bought", "ordered", "purchased", "shopped", "shopping", "trip");
    static final Set<String> POSITIVE_PURCHASE = Set.of("ordered", "order", "orders", "bought", "buy", "buying",
            "purchased", "purchase", "purchases", "purchasing", "shopped", "shop", "shopping", "transacted",
            "transaction", "transactions", "ordering");
    static final Set<String> COUNT_VERBS = Set.of("visited", "ordered", "purchased", "bought", "shopped",
            "transacted", "came", "returned", "placed", "made");
    static final Set<String> TAG_WORDS = Set.of("tag", "tagged", "tags", "label", "labelled", "labeled");
    static final Set<String> NEGATION_SKIP = Set.of("the", "a", "an", "from", "in", "on", "of", "with", "any", "be",
            "are", "is", "have", "has", "been", "who", "that", "those", "customers", "people", "users", "tagged", "tag",
            "located", "based", "living", "as", "at", "yet", "ever", "placed", "made", "place", "make", "anything",
            "something", "single", "even", "once", "really", "lie", "lies", "fall", "falls", "does", "do", "did", "count",
            "number", "value", "days", "day", "currently", "recorded", "range", "window", "date", "was", "were",
            "live", "lives", "reside", "resides", "belong", "belongs", "subscribed", "to", "both", "prefer", "prefers",
            "doing");

    private final List<String> t;
    final Role[] role;
    final Places places;
    final LocalDate today;
    final List<Rule> nested;
    final Field hint;
    final Field textHint;
    final Condition previousText;
    final List<Rule> rules = new ArrayList<>();
    final Map<String, String> vague = new LinkedHashMap<>();
    final List<Comparison> comparisons = new ArrayList<>();
    final List<Comparison> attached = new ArrayList<>();
    final List<ConceptPlacement.Unplaced> unplaced = new ArrayList<>();
    boolean aov;
    private int contextAt = -1;
    boolean cityOnly = true;

    /**
     * {@code nested} holds the rules of parenthesised groups, which stand in the tokens as
     * {@code §0}, {@code §1}...; {@code hint} is the field of the previous clause's last number, for
     * "less than 500 or more than 50,000".
     */
    ClauseReader(List<String> tokens, Places places, LocalDate today, List<Rule> nested, Field hint) {
        this(tokens, places, today, nested, hint, null, null);
    }

    /**
     * {@code textHint} is a text field the previous clause named without a condition ("cities that
     * ..."); {@code previousText} is the previous clause's last text condition, which a clause of
     * bare values continues ("name starts with R or S").
     */
    ClauseReader(List<String> tokens, Places places, LocalDate today, List<Rule> nested, Field hint, Field textHint,
            Condition previousText) {
        this.textHint = textHint;
        this.previousText = previousText;
        this.t = tokens;
        this.role = new Role[tokens.size()];
        java.util.Arrays.fill(role, Role.FREE);
        this.places = places;
        this.today = today;
        this.nested = nested;
        this.hint = hint;
    }

    Result read() {
        groups();
        new DateConditions(this).dates();
        new TextConditions(this).read();
        emails();
        AmountConditions amounts = new AmountConditions(this);
        amounts.aovPhrases();
        amounts.comparisons();
        amounts.quantities();
        CityTagConditions values = new CityTagConditions(this);
        values.knownTags();
        values.tags();
        new EventConditions(this).events();
        values.cities();
        ConceptPlacement concepts = new ConceptPlacement(this);
        concepts.placeDurations();
        continuation();
        concepts.restatements();
        Field named = namedField();
        return new Result(rules, vague, leftovers(), cityOnly && !rules.isEmpty(), named);
    }

    /** "name starts with R or S": a clause of bare values takes the field and operator of the text condition before it. */
    private void continuation() {
        if (rules.isEmpty() && previousText == null && textHint != null) {
            namedValue();
            return;
        }
        if (!rules.isEmpty() || previousText == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < t.size(); i++) {
            if (role[i] == Role.FREE && !(Lexicon.FILLER.contains(t.get(i)) && !Tokenizer.isLiteral(t.get(i)) && t.get(i).length() > 1)) {
                if (first >= 0 && i != first + words.size()) {
                    return;
                }
                first = first < 0 ? i : first;
                words.add(t.get(i));
            }
        }
        boolean literal = words.size() == 1 && (Tokenizer.isLiteral(words.get(0)) || words.get(0).length() == 1);
        boolean plainWords = !words.isEmpty() && words.size() <= 3 && words.stream().allMatch(w -> w.matches("[a-z]+") && !Spelling.isKnown(w));
        if (!literal && !plainWords) {
            return;
        }
        mark(first, first + words.size(), Role.ATOM);
        Operator op = previousText.operator() == Operator.IN ? Operator.EQUAL
                : previousText.operator() == Operator.NOT_IN ? Operator.NOT_EQUAL : previousText.operator();
        add(first, new Condition(previousText.field(), op, TextConditions.value(words, previousText.field())));
        cityOnly = false;
    }

    /** "names except 'Test User'": a quoted value alone takes the text field the clause before named. */
    private void namedValue() {
        for (int i = 0; i < t.size(); i++) {
            if (role[i] == Role.FREE && Tokenizer.isLiteral(t.get(i))) {
                mark(i, i + 1, Role.ATOM);
                add(i, new Condition(textHint, Operator.EQUAL, t.get(i).substring(Tokenizer.LITERAL.length())));
                cityOnly = false;
                return;
            }
        }
    }

    /** A text field named with no condition of its own ("cities that don't have 'nagar'"), for the next clause. */
    private Field namedField() {
        if (!rules.isEmpty()) {
            return null;
        }
        for (int i = 0; i < t.size(); i++) {
            if (role[i] == Role.FREE && TextConditions.NOUNS.containsKey(t.get(i))) {
                keyword(i);
                return TextConditions.NOUNS.get(t.get(i));
            }
        }
        return null;
    }

    private void groups() {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).startsWith("§")) {
                Rule group = nested.get(Integer.parseInt(t.get(i).substring(1)));
                boolean negated = negatedBefore(i);
                mark(i, i + 1, Role.ATOM);
                add(i, negated ? Negations.of(group) : group);
            }
        }
    }

    private void emails() {
        for (int i = 0; i < t.size(); i++) {
            String token = t.get(i);
            String suffix = token.startsWith("@") ? token : Lexicon.MAIL_PROVIDERS.get(token);
            if (suffix == null || role[i] != Role.FREE) {
                continue;
            }
            boolean negated = negatedBefore(i);
            mark(i, i + 1, Role.ATOM);
            Condition domain = new Condition(Field.EMAIL, Operator.ENDS_WITH, suffix);
            add(i, negated ? Negations.of(domain) : domain);
        }
    }

    static Rule numeric(Field field, Operator op, Object value, Object upper) {
        Object v = field.type().valueClass() == Long.class && value instanceof BigDecimal d ? whole(d) : value;
        Object u = field.type().valueClass() == Long.class && upper instanceof BigDecimal d ? whole(d) : upper;
        if (op == Operator.BETWEEN || op == Operator.NOT_BETWEEN) {
            return new Condition(field, op, List.of(v, u));
        }
        return new Condition(field, op, v);
    }

    static Long whole(BigDecimal value) {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private List<String> leftovers() {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (role[i] != Role.FREE) {
                continue;
            }
            if (Lexicon.VAGUE.containsKey(w)) {
                vague.put(w, Lexicon.VAGUE.get(w));
            } else if (Lexicon.MONEY_WORDS.contains(w)) {
                vague.put(w, "money");
            } else if (Lexicon.COUNT_NOUNS.contains(w)) {
                vague.put(w, "visits");
            } else if (Lexicon.isNegation(w) || !Lexicon.FILLER.contains(w)) {
                unknown.add(w);
            }
        }
        for (Comparison c : comparisons) {
            if (!attached.contains(c) && !(c.end() - c.start() == 1 && Lexicon.FILLER.contains(t.get(c.start())))) {
                unknown.add(String.join(" ", t.subList(c.start(), c.end())));
            }
        }
        return unknown;
    }

    /** Consumes an "=" or "!=" written right before a city or tag ("city = Mumbai"); true for "!=". */
    boolean equalitySignBefore(int at) {
        for (Comparison c : comparisons) {
            boolean sign = c.operator() == Operator.EQUAL || c.operator() == Operator.NOT_EQUAL;
            if (sign && c.end() == at && !attached.contains(c)) {
                attached.add(c);
                return c.operator() == Operator.NOT_EQUAL;
            }
        }
        return false;
    }

    /** Whether a "not", "never", "no", "non" or "without" stands before {@code at}, with only glue words between; consumes it. */
    boolean negatedBefore(int at) {
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            if (role[k] == Role.ATOM || role[k] == Role.COMPARATOR) {
                return false;
            }
            if (role[k] == Role.FREE && Lexicon.isNegation(t.get(k))) {
                role[k] = Role.KEYWORD;
                return true;
            }
            if (role[k] == Role.FREE && !NEGATION_SKIP.contains(t.get(k)) && !Lexicon.PURCHASE_VERBS.contains(t.get(k))
                    && !Lexicon.MONEY_WORDS.contains(t.get(k)) && !Lexicon.SIGNUP_WORDS.contains(t.get(k))) {
                return false;
            }
        }
        return false;
    }

    // ---- shared with Durations

    List<String> tokens() {
        return t;
    }

    String word(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : "";
    }

    boolean isFree(int i) {
        return i >= 0 && i < t.size() && role[i] == Role.FREE;
    }

    LocalDate today() {
        return today;
    }

    void keyword(int i) {
        if (i >= 0 && i < t.size() && role[i] == Role.FREE) {
            role[i] = Role.KEYWORD;
        }
    }

    boolean add(int start, Rule rule) {
        rules.add(rule);
        if (!(rule instanceof Condition c) || c.field() != Field.CITY
                || !Set.of(Operator.EQUAL, Operator.NOT_EQUAL, Operator.IN, Operator.NOT_IN).contains(c.operator())) {
            cityOnly = false;
        }
        return true;
    }

    void atom(int from, int to) {
        mark(from, to, Role.ATOM);
    }

    Field textHint() {
        return textHint;
    }

    void mark(int from, int to, Role r) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            role[k] = r;
        }
    }

    boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (role[k] != Role.FREE) {
                return false;
            }
        }
        return true;
    }

    boolean[] freeMask() {
        boolean[] mask = new boolean[t.size()];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = role[k] == Role.FREE;
        }
        return mask;
    }
}
