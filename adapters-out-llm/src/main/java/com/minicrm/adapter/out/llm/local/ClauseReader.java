package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.DateReader.DateMention;
import com.minicrm.adapter.out.llm.local.Quantity.Kind;
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
 * Reads the conditions of one clause. Readers run from the most specific (dates, e-mail domains,
 * amounts with their comparisons) to the least (cities, tags, vague words); every token a reader
 * uses is marked, and whatever is left that is not filler is reported as not understood.
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

    private enum Role { FREE, KEYWORD, ATOM, COMPARATOR }

    private record Comparison(int start, int end, Operator operator) {}

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
            "number", "value", "days", "day", "currently", "recorded");

    private final List<String> t;
    private final Role[] role;
    private final Places places;
    private final LocalDate today;
    private final List<Rule> nested;
    private final Field hint;
    private final Field textHint;
    private final Condition previousText;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> vague = new LinkedHashMap<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<Comparison> attached = new ArrayList<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private boolean aov;
    private int contextAt = -1;
    private boolean cityOnly = true;

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
        dates();
        new TextConditions(this).read();
        emails();
        aovPhrases();
        comparisons();
        quantities();
        knownTags();
        events();
        cities();
        tags();
        placeDurations();
        continuation();
        restatements();
        return new Result(rules, vague, leftovers(), cityOnly && !rules.isEmpty(), namedField());
    }

    /** "name starts with R or S": a clause of bare values takes the field and operator of the text condition before it. */
    private void continuation() {
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

    private void knownTags() {
        for (int i = 0; i < t.size(); i++) {
            Places.Match known = role[i] == Role.FREE && !TAG_WORDS.contains(word(i - 1)) ? places.tag(t, i, freeMask()) : null;
            if (known != null) {
                tagCondition(i, i, known.end(), known.values().get(0));
                i = known.end() - 1;
            }
        }
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

    private void dates() {
        DateReader reader = new DateReader(t);
        for (int i = 0; i < t.size(); i++) {
            DateMention date = reader.at(i);
            if (date == null || role[i] != Role.FREE) {
                continue;
            }
            contextAt = -1;
            Field field = contextField();
            int end = date.end();
            LocalDate first = date.first();
            LocalDate last = date.last();
            String before = word(date.start() - 1);
            String twoBefore = word(date.start() - 2);
            int start = date.start();
            Operator op = null;
            Map.Entry<List<String>, Operator> cue = dateCue(date.start());
            if (cue != null) {
                op = cue.getValue();
                start = date.start() - cue.getKey().size();
            }
            if (op == Operator.BETWEEN) {
                DateMention second = word(end).equals("and") ? reader.at(end + 1) : null;
                if (second == null) {
                    continue;
                }
                last = second.last();
                end = second.end();
            }
            Operator after = datePostfix(end);
            if (after != null && op == null) {
                op = after;
                end += postfixLength(end);
            }
            boolean range = !first.equals(last);
            Condition c;
            if (op == null) {
                c = range ? new Condition(field, Operator.BETWEEN, List.of(first, last)) : new Condition(field, Operator.EQUAL, first);
            } else {
                c = switch (op) {
                    case GREATER -> new Condition(field, op, last);
                    case GREATER_OR_EQUAL, LESS -> new Condition(field, op, first);
                    case LESS_OR_EQUAL -> new Condition(field, op, last);
                    case BETWEEN -> new Condition(field, op, List.of(first, last));
                    case NOT_EQUAL -> range ? new Condition(field, Operator.NOT_BETWEEN, List.of(first, last)) : new Condition(field, op, first);
                    default -> range ? new Condition(field, Operator.BETWEEN, List.of(first, last)) : new Condition(field, Operator.EQUAL, first);
                };
            }
            if (contextAt >= 0 && negatedBefore(contextAt)) {
                c = (Condition) Negations.of(c);
            }
            if (op == null && Set.of("on", "in", "during").contains(before)) {
                start = date.start() - 1;
            }
            mark(start, end, Role.ATOM);
            add(start, c);
            i = end - 1;
        }
    }

    private static final List<Map.Entry<List<String>, Operator>> DATE_CUES = List.of(
            Map.entry(List.of("not", "equal", "to"), Operator.NOT_EQUAL), Map.entry(List.of("is", "not"), Operator.NOT_EQUAL),
            Map.entry(List.of("not", "on"), Operator.NOT_EQUAL), Map.entry(List.of("not", "in"), Operator.NOT_EQUAL),
            Map.entry(List.of("later", "than"), Operator.GREATER), Map.entry(List.of("earlier", "than"), Operator.LESS),
            Map.entry(List.of("prior", "to"), Operator.LESS), Map.entry(List.of("no", "later", "than"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("no", "earlier", "than"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("after"), Operator.GREATER),
            Map.entry(List.of("since"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("from"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("starting"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("before"), Operator.LESS),
            Map.entry(List.of("until"), Operator.LESS), Map.entry(List.of("till"), Operator.LESS), Map.entry(List.of("prior"), Operator.LESS),
            Map.entry(List.of("predates"), Operator.LESS), Map.entry(List.of("predate"), Operator.LESS),
            Map.entry(List.of("through"), Operator.LESS_OR_EQUAL), Map.entry(List.of("by"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("between"), Operator.BETWEEN), Map.entry(List.of(">"), Operator.GREATER),
            Map.entry(List.of(">="), Operator.GREATER_OR_EQUAL), Map.entry(List.of("=>"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("<"), Operator.LESS), Map.entry(List.of("<="), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("=<"), Operator.LESS_OR_EQUAL), Map.entry(List.of("!="), Operator.NOT_EQUAL),
            Map.entry(List.of("<>"), Operator.NOT_EQUAL), Map.entry(List.of("="), Operator.EQUAL),
            Map.entry(List.of("not"), Operator.NOT_EQUAL), Map.entry(List.of("isn't"), Operator.NOT_EQUAL));

    /** The comparison written right before a date, longest first. */
    private Map.Entry<List<String>, Operator> dateCue(int at) {
        Map.Entry<List<String>, Operator> best = null;
        for (Map.Entry<List<String>, Operator> cue : DATE_CUES) {
            int from = at - cue.getKey().size();
            if (Phrases.matches(t, from, cue.getKey()) && free(from, at) && (best == null || cue.getKey().size() > best.getKey().size())) {
                best = cue;
            }
        }
        return best;
    }

    /** "2024 or later", "March 2025 onwards", "2023 or earlier". */
    private Operator datePostfix(int at) {
        String a = word(at);
        String b = word(at + 1);
        if (a.equals("onwards") || a.equals("onward") || ((a.equals("or") || a.equals("and")) && (b.equals("later") || b.equals("after")))) {
            return Operator.GREATER_OR_EQUAL;
        }
        if ((a.equals("or") || a.equals("and")) && (b.equals("earlier") || b.equals("before"))) {
            return Operator.LESS_OR_EQUAL;
        }
        return null;
    }

    private int postfixLength(int at) {
        return word(at).startsWith("onward") ? 1 : 2;
    }

    private Field contextField() {
        for (int k = 0; k < t.size(); k++) {
            if (role[k] != Role.FREE) {
                continue;
            }
            if (Lexicon.SIGNUP_WORDS.contains(t.get(k))) {
                contextAt = k;
                keyword(k);
                if (word(k + 1).equals("up")) {
                    keyword(k + 1);
                }
                return Field.SIGNUP_AT;
            }
            if ((t.get(k).equals("first") || t.get(k).equals("last")) && ORDER_NOUNS.contains(word(k + 1))) {
                contextAt = k;
                keyword(k);
                keyword(k + 1);
                return t.get(k).equals("first") ? Field.FIRST_ORDER_AT : Field.LAST_ORDER_AT;
            }
            if (POSITIVE_PURCHASE.contains(t.get(k))) {
                contextAt = k;
                keyword(k);
                return Field.LAST_ORDER_AT;
            }
        }
        return hint != null && hint.type() == FieldType.DATE ? hint : Field.SIGNUP_AT;
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

    private void aovPhrases() {
        for (int i = 0; i < t.size(); i++) {
            for (List<String> phrase : Lexicon.AOV_PHRASES) {
                if (Phrases.matches(t, i, phrase) && free(i, i + phrase.size())) {
                    mark(i, i + phrase.size(), Role.KEYWORD);
                    aov = true;
                }
            }
        }
    }

    private void comparisons() {
        for (int i = 0; i < t.size(); i++) {
            if (role[i] != Role.FREE) {
                continue;
            }
            boolean window = Set.of("over", "within", "in", "during").contains(t.get(i))
                    && Set.of("the", "last", "past").contains(word(i + 1));
            if (window) {
                continue;
            }
            for (Map.Entry<List<String>, Operator> entry : Lexicon.COMPARATORS) {
                if (Phrases.matches(t, i, entry.getKey()) && !(entry.getValue() == Operator.NOT_EQUAL
                        && !numberAt(i + entry.getKey().size()))) {
                    Comparison c = new Comparison(i, i + entry.getKey().size(), entry.getValue());
                    comparisons.add(c);
                    mark(c.start(), c.end(), Role.COMPARATOR);
                    i = c.end() - 1;
                    break;
                }
            }
        }
    }

    private void quantities() {
        QuantityReader reader = new QuantityReader(t);
        for (int i = 0; i < t.size(); i++) {
            if (role[i] != Role.FREE) {
                continue;
            }
            Quantity q = reader.at(i);
            if (q == null || !free(q.start(), q.end())) {
                continue;
            }
            Comparison before = comparisonBefore(q.start());
            Operator op = q.isRange() ? Operator.BETWEEN : q.operator() != null ? q.operator() : before == null ? null : before.operator();
            int start = before != null && q.operator() == null && !q.isRange() ? before.start() : q.start();
            if (resolve(q, op, start)) {
                if (before != null && start == before.start()) {
                    attached.add(before);
                }
                mark(q.start(), q.end(), Role.ATOM);
                i = q.end() - 1;
            } else if (q.kind() == Kind.DAYS) {
                unplaced.add(new Unplaced(q, op, start, before));
            }
        }
    }

    private record Unplaced(Quantity q, Operator op, int start, Comparison before) {}

    /**
     * A span of days no known word explains ("went quiet for 60 days", "haven't come back in 6
     * months") is placed by the meaning of the clause's unknown words, once every other reader ran.
     */
    private void placeDurations() {
        for (Unplaced u : unplaced) {
            Quantity q = u.q();
            List<int[]> runs = unknownRuns();
            if (!free(q.start(), q.end()) || runs.isEmpty()) {
                continue;
            }
            String phrase = String.join(" ", runs.stream().map(r -> String.join(" ", t.subList(r[0], r[1]))).toList());
            Concepts.Concept concept = Concepts.place(phrase, Set.of(Concepts.Concept.INACTIVITY, Concepts.Concept.RETURNING,
                    Concepts.Concept.SIGNUP)).orElse(null);
            if (concept == null) {
                continue;
            }
            boolean negated = negatedBefore(runs.get(0)[0]) || negatedBefore(u.start());
            Operator op = u.op() == null ? Operator.GREATER_OR_EQUAL : u.op();
            Rule rule = switch (concept) {
                case INACTIVITY -> numeric(Field.INACTIVE_DAYS, op, q.value(), q.upper());
                // "haven't come back in 6 months": coming back presupposes an earlier order
                case RETURNING -> Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L),
                        numeric(Field.INACTIVE_DAYS, u.op() == null ? Operator.LESS : u.op(), q.value(), q.upper()));
                default -> new Condition(Field.SIGNUP_AT, Operator.GREATER_OR_EQUAL, today.minusDays(q.value().longValue()));
            };
            if (concept == Concepts.Concept.RETURNING && negated) {
                rule = Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L),
                        new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, q.value().longValue()));
            } else if (negated) {
                rule = Negations.of(rule);
            }
            runs.forEach(r -> mark(r[0], r[1], Role.KEYWORD));
            if (u.before() != null && u.start() == u.before().start()) {
                attached.add(u.before());
            }
            mark(q.start(), q.end(), Role.ATOM);
            add(u.start(), rule);
        }
    }

    /** Stretches of words no reader used and the lexicon does not hold. */
    private List<int[]> unknownRuns() {
        List<int[]> runs = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= t.size(); i++) {
            boolean unknown = i < t.size() && role[i] == Role.FREE && t.get(i).matches("[a-z]+") && !Lexicon.FILLER.contains(t.get(i))
                    && !Lexicon.isNegation(t.get(i)) && !Lexicon.VAGUE.containsKey(t.get(i)) && !Lexicon.MONEY_WORDS.contains(t.get(i))
                    && !Lexicon.COUNT_NOUNS.contains(t.get(i)) && !Lexicon.TIME_UNITS.containsKey(t.get(i));
            if (unknown && from < 0) {
                from = i;
            } else if (!unknown && from >= 0) {
                runs.add(new int[] {from, i});
                from = -1;
            }
        }
        return runs;
    }

    /** Unknown words that only restate a condition of the clause ("whales who spent 10 lakh", "total expenditure below 2,000"). */
    private void restatements() {
        Set<Concepts.Concept> allowed = new java.util.HashSet<>();
        rules.forEach(rule -> conditionsOf(rule).forEach(c -> allowed.addAll(Concepts.of(c.field()))));
        if (allowed.isEmpty()) {
            return;
        }
        for (int[] run : unknownRuns()) {
            String phrase = String.join(" ", t.subList(run[0], run[1]));
            if (Concepts.place(phrase, allowed).isPresent()) {
                mark(run[0], run[1], Role.KEYWORD);
            }
        }
    }

    private static List<Condition> conditionsOf(Rule rule) {
        List<Condition> all = new ArrayList<>();
        rule.fold(group -> {
            group.rules().forEach(r -> all.addAll(conditionsOf(r)));
            return null;
        }, all::add);
        return all;
    }

    /** "is not" compares only when a number follows; elsewhere its "not" negates what follows ("is not on gmail"). */
    private boolean numberAt(int at) {
        int k = Lexicon.CURRENCY.contains(word(at)) ? at + 1 : at;
        return Phrases.isNumber(word(k)) || word(k).startsWith(NumberLists.MARK) || word(k).matches("[<>=!]+");
    }

    private Comparison comparisonBefore(int start) {
        for (Comparison c : comparisons) {
            int gap = start - c.end();
            if (gap >= 0 && gap <= 2 && !attached.contains(c)) {
                boolean onlyGlue = true;
                for (int k = c.end(); k < start; k++) {
                    onlyGlue &= Set.of("of", "the", "a", "an", "inr", "rs", "about", "for").contains(t.get(k));
                }
                if (onlyGlue) {
                    return c;
                }
            }
        }
        return null;
    }

    private boolean resolve(Quantity q, Operator op, int start) {
        Kind kind = q.kind();
        if (kind == Kind.BARE) {
            kind = bareKind(q);
            if (kind == null) {
                return false;
            }
        }
        return switch (kind) {
            case MONEY -> {
                nearestKeyword(Lexicon.MONEY_WORDS, q);
                Field field = aov ? Field.AVG_ORDER_VALUE : Field.TOTAL_SPEND;
                // "zero spend" can only mean none at all; other bare amounts are thresholds
                Operator bare = q.value().signum() == 0 ? Operator.EQUAL : Operator.GREATER_OR_EQUAL;
                yield addMaybeNegated(start, numeric(field, op == null ? bare : op, q.value(), q.upper()));
            }
            case COUNT -> {
                if (q.kind() == Kind.BARE) {
                    nearestKeyword(Lexicon.COUNT_NOUNS, q);
                }
                nearestKeyword(COUNT_VERBS, q);
                if (q.isList()) {
                    List<Long> values = q.list().stream().map(ClauseReader::whole).toList();
                    boolean none = op == Operator.NOT_EQUAL || op == Operator.NOT_IN;
                    Rule list = new Condition(Field.VISITS, none ? Operator.NOT_IN : Operator.IN, List.copyOf(values));
                    yield addMaybeNegated(start, list);
                }
                yield addMaybeNegated(start, numeric(Field.VISITS, op == null ? Operator.EQUAL : op, q.value(), q.upper()));
            }
            case DAYS -> q.kind() == Kind.BARE && hint == Field.INACTIVE_DAYS
                    ? add(start, numeric(Field.INACTIVE_DAYS, op == null ? Operator.GREATER_OR_EQUAL : op, q.value(), q.upper()))
                    : new Durations(this).resolve(q, op, start);
            case BARE -> false;
        };
    }

    private boolean addMaybeNegated(int start, Rule rule) {
        return add(start, negatedBefore(start) ? Negations.of(rule) : rule);
    }

    private Kind bareKind(Quantity q) {
        if (q.isList() && (aov || hint != null && hint.type() == FieldType.MONEY)) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        Kind kind = null;
        for (int k = 0; k < t.size(); k++) {
            if (role[k] != Role.FREE && !(aov && role[k] == Role.KEYWORD)) {
                continue;
            }
            Kind here = Lexicon.MONEY_WORDS.contains(t.get(k)) || (aov && role[k] == Role.KEYWORD) ? Kind.MONEY
                    : Lexicon.COUNT_NOUNS.contains(t.get(k)) ? Kind.COUNT
                    : Lexicon.INACTIVE_WORDS.contains(t.get(k)) ? Kind.DAYS : null;
            int distance = Math.min(Math.abs(k - q.start()), Math.abs(k - (q.end() - 1)));
            if (here != null && distance < best) {
                best = distance;
                kind = here;
            }
        }
        if (kind == null && hint != null) {
            aov |= hint == Field.AVG_ORDER_VALUE;
            kind = hint.type() == FieldType.MONEY ? Kind.MONEY : hint == Field.VISITS ? Kind.COUNT
                    : hint == Field.INACTIVE_DAYS ? Kind.DAYS : null;
        }
        return kind;
    }

    private void nearestKeyword(Set<String> words, Quantity q) {
        int best = -1;
        for (int k = 0; k < t.size(); k++) {
            if (role[k] == Role.FREE && words.contains(t.get(k))
                    && (best < 0 || Math.abs(k - q.start()) < Math.abs(best - q.start()))) {
                best = k;
            }
        }
        if (best >= 0) {
            keyword(best);
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

    private static Long whole(BigDecimal value) {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private void events() {
        for (int i = 0; i < t.size(); i++) {
            if (role[i] != Role.FREE) {
                continue;
            }
            String w = t.get(i);
            if (w.equals("first") && Set.of("time", "timer", "timers").contains(word(i + 1))) {
                mark(i, i + 2, Role.ATOM);
                add(i, new Condition(Field.VISITS, Operator.EQUAL, 1L));
            } else if (w.equals("repeat") || w.equals("returning")) {
                mark(i, i + 1, Role.ATOM);
                add(i, new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 2L));
            } else if (Lexicon.INACTIVE_WORDS.contains(w)) {
                boolean negated = negatedBefore(i);
                mark(i, i + 1, Role.ATOM);
                Rule inactive = new Condition(Field.INACTIVE_DAYS, negated ? Operator.LESS : Operator.GREATER_OR_EQUAL, Durations.DEFAULT_DAYS);
                boolean hadOrders = (w.equals("lapsed") || w.equals("churned")) && !negated;
                add(i, hadOrders ? Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L), inactive) : inactive);
            } else if (w.equals("active")) {
                boolean negated = negatedBefore(i);
                mark(i, i + 1, Role.ATOM);
                add(i, new Condition(Field.INACTIVE_DAYS, negated ? Operator.GREATER_OR_EQUAL : Operator.LESS, Durations.DEFAULT_DAYS));
            } else if (POSITIVE_PURCHASE.contains(w)) {
                boolean negated = negatedBefore(i);
                mark(i, i + 1, Role.ATOM);
                add(i, negated ? new Condition(Field.VISITS, Operator.EQUAL, 0L) : new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L));
            }
        }
    }

    private void cities() {
        for (int i = 0; i < t.size(); i++) {
            Places.Match city = role[i] == Role.FREE ? places.city(t, i, freeMask()) : null;
            if (city == null) {
                continue;
            }
            boolean negated = negatedBefore(i) ^ equalitySignBefore(i);
            mark(i, city.end(), Role.ATOM);
            List<String> values = city.values();
            Condition c = values.size() == 1
                    ? new Condition(Field.CITY, negated ? Operator.NOT_EQUAL : Operator.EQUAL, values.get(0))
                    : new Condition(Field.CITY, negated ? Operator.NOT_IN : Operator.IN, values);
            rules.add(c);
            i = city.end() - 1;
        }
    }

    private void tags() {
        for (int i = 0; i < t.size(); i++) {
            if (role[i] != Role.FREE) {
                continue;
            }
            if (TAG_WORDS.contains(t.get(i))) {
                int j = i + 1;
                while (Set.of("as", "with", "the", "a", "an", "of").contains(word(j))) {
                    j++;
                }
                int k = i - 1;
                Places.Match known = j < t.size() && role[j] == Role.FREE ? places.tag(t, j, freeMask()) : null;
                if (known != null) {
                    tagCondition(i, j, known.end(), known.values().get(0));
                } else if (j < t.size() && role[j] == Role.FREE && t.get(j).matches("[a-z0-9]+") && !Lexicon.FILLER.contains(t.get(j))) {
                    tagCondition(i, j, j + 1, t.get(j));
                } else if (k >= 0 && role[k] == Role.FREE && t.get(k).matches("[a-z0-9]+") && !Lexicon.FILLER.contains(t.get(k))) {
                    tagCondition(k, k, i + 1, t.get(k));
                }
                continue;
            }
            Places.Match known = places.tag(t, i, freeMask());
            if (known != null) {
                tagCondition(i, i, known.end(), known.values().get(0));
                i = known.end() - 1;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (role[i] == Role.FREE && TAG_WORDS.contains(t.get(i))) {
                keyword(i);
            }
        }
    }

    private void tagCondition(int from, int valueStart, int end, String tag) {
        boolean negated = negatedBefore(from) ^ equalitySignBefore(from);
        mark(Math.min(from, valueStart), end, Role.ATOM);
        if (end < t.size() && TAG_WORDS.contains(t.get(end))) {
            keyword(end);
        }
        add(from, new Condition(Field.TAGS, negated ? Operator.DOES_NOT_CONTAIN : Operator.CONTAINS, tag));
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
    private boolean equalitySignBefore(int at) {
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

    private void mark(int from, int to, Role r) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            role[k] = r;
        }
    }

    private boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (role[k] != Role.FREE) {
                return false;
            }
        }
        return true;
    }

    private boolean[] freeMask() {
        boolean[] mask = new boolean[t.size()];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = role[k] == Role.FREE;
        }
        return mask;
    }
}
