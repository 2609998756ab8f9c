package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.Clause.Join;
import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local engine's reading of a whole text: clauses are read one by one, a clause that only names
 * cities joins the city list before it ("Delhi or Bengaluru"), and AND binds tighter than OR. Any
 * word left unexplained means no rule at all, never a rule that quietly ignores part of the request.
 */
final class TextToRule {
    /** The rule, or empty with the words that were not understood. */
    record Reading(Optional<Rule> rule, List<String> unrecognized) {}

    private record Term(Join join, List<Rule> rules, boolean cityOnly) {}

    /** Connectives after which the rest of the text is a condition on everything before it. */
    private static final Set<String> PROVISOS = Set.of("as long as", "provided that");

    /** What the customer data's cities and tags make known; kept while the data's vocabulary stays the same. */
    private record Known(Vocabulary vocabulary, Places places, Spelling spelling) {
        private static volatile Known last;

        static Known of(Vocabulary vocabulary) {
            Known ready = last;
            if (ready == null || !ready.vocabulary().equals(vocabulary)) {
                Places places = new Places(vocabulary);
                ready = new Known(vocabulary, places, new Spelling(places.words()));
                last = ready;
            }
            return ready;
        }
    }

    private final Places places;
    private final LocalDate today;
    private final List<Rule> nested = new ArrayList<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Map<String, String> vague = new LinkedHashMap<>();
    private Field context;

    private TextToRule(Places places, LocalDate today) {
        this.places = places;
        this.today = today;
    }

    static Reading read(String text, Vocabulary vocabulary, LocalDate today) {
        List<String> rankings = Rankings.in(text);
        if (!rankings.isEmpty()) {
            return new Reading(Optional.empty(), rankings);
        }
        Known known = Known.of(vocabulary);
        List<String> tokens = DateReferences.resolve(Asides.withoutDateNames(Asides.withoutExamples(
                NumberLists.join(known.spelling().mend(Tokenizer.tokens(text))))));
        Reading reading = read(tokens, known.places(), today);
        List<String> body = Asides.without(tokens);
        if (reading.rule().isEmpty() && body.size() < tokens.size()) {
            Reading withoutAsides = read(body, known.places(), today);
            return withoutAsides.rule().isPresent() ? withoutAsides : reading;
        }
        return reading;
    }

    private static Reading read(List<String> tokens, Places places, LocalDate today) {
        TextToRule reader = new TextToRule(places, today);
        Optional<Rule> rule = reader.parse(GroupShape.apply(tokens));
        List<Rule> all = rule.map(List::of).orElse(List.of());
        reader.vague.forEach((word, kind) -> {
            if (!mentions(all, kind)) {
                reader.unknown.add(word);
            }
        });
        reader.unknown.removeIf(word -> restates(word, all));
        if (!reader.unknown.isEmpty() || rule.isEmpty()) {
            return new Reading(Optional.empty(), List.copyOf(reader.unknown));
        }
        return new Reading(rule, List.of());
    }

    /** Parenthesised groups are read first and stand in their clause as one token, {@code §n}. */
    private Optional<Rule> parse(List<String> tokens) {
        List<String> flat = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int close = tokens.get(i).equals("(") ? closing(tokens, i) : -1;
            if (close > 0) {
                context = DateContext.of(tokens.subList(0, i), context);
            }
            Optional<Rule> group = close > 0 ? standalone(tokens.subList(i + 1, close)) : Optional.empty();
            if (group.isPresent()) {
                nested.add(group.get());
                flat.add("§" + (nested.size() - 1));
                i = close;
            } else if (!tokens.get(i).equals("(") && !tokens.get(i).equals(")")) {
                flat.add(tokens.get(i));
            }
        }
        return clauses(flat);
    }

    /** A parenthesised part that reads as a rule of its own; "(60+ days)" does not, and is read with its clause. */
    private Optional<Rule> standalone(List<String> tokens) {
        TextToRule inner = new TextToRule(places, today);
        inner.nested.addAll(nested);
        inner.context = context;
        Optional<Rule> rule = inner.parse(tokens);
        if (rule.isEmpty() || !inner.unknown.isEmpty()) {
            return Optional.empty();
        }
        nested.clear();
        nested.addAll(inner.nested);
        vague.putAll(inner.vague);
        return rule;
    }

    private static int closing(List<String> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            depth += tokens.get(k).equals("(") ? 1 : tokens.get(k).equals(")") ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private Optional<Rule> clauses(List<String> tokens) {
        List<Term> terms = new ArrayList<>();
        Join pending = Join.AND;
        Field hint = context;
        Field named = null;
        String dangling = null;
        boolean exception = false;
        boolean both = false;
        int provisoAt = -1;
        for (Clause clause : ClauseSplitter.split(tokens)) {
            Condition previousText = terms.isEmpty() ? null : Continuations.lastText(terms.get(terms.size() - 1).rules());
            ClauseReader.Result result = new ClauseReader(clause.tokens(), places, today, nested, hint, named, previousText).read();
            // an exception reaches over the relative clauses that follow it, up to a comma or another connective
            exception &= clause.relative() || clause.join() == Join.AND_NOT;
            if (result.rules().isEmpty() && onlyNegation(clause.tokens())) {
                // "but not those who ordered last month": the negation belongs to the clause that follows
                pending = Join.AND_NOT;
                dangling = clause.tokens().stream().filter(Lexicon::isNegation).findFirst().orElseThrow();
                continue;
            }
            if (!result.rules().isEmpty()) {
                dangling = null;
            }
            named = result.named() != null ? result.named() : result.rules().isEmpty() ? named : null;
            unknown.addAll(result.unrecognized());
            vague.putAll(result.vague());
            Join join = pending.strongest(clause.join());
            if (result.rules().isEmpty()) {
                pending = join;
                continue;
            }
            pending = Join.AND;
            hint = result.lastNumericField() != null ? result.lastNumericField() : hint;
            Term previous = terms.isEmpty() ? null : terms.get(terms.size() - 1);
            List<Rule> merged = previous == null ? null : Continuations.merge(previous.rules(), result, join, previousText);
            if (merged != null) {
                terms.set(terms.size() - 1, new Term(previous.join(), merged, previous.cityOnly() && result.cityOnly()));
                continue;
            }
            if (exception && join == Join.AND && clause.relative()) {
                // "except VIPs who are from Mumbai", "excluding anyone who is both a student and prefers COD";
                // but "except the high returners and the COD buyers" leaves out both groups
                List<Rule> covered = new ArrayList<>(previous.rules());
                if (clause.connective().equals("and") && !both && Continuations.isTagList(previous.rules(), result.rules())) {
                    terms.set(terms.size() - 1, new Term(Join.AND_NOT, Continuations.anyOf(previous.rules(), result.rules()), false));
                    continue;
                }
                if (clause.connective().equals("and") && Continuations.isPeopleList(previous.rules(), result.rules())) {
                    terms.add(new Term(Join.AND_NOT, result.rules(), false));
                    continue;
                }
                covered.addAll(result.rules());
                terms.set(terms.size() - 1, new Term(Join.AND_NOT, covered, false));
                continue;
            }
            if (PROVISOS.contains(clause.connective()) && provisoAt < 0) {
                provisoAt = terms.size();
            }
            terms.add(new Term(join, result.rules(), result.cityOnly()));
            exception = join == Join.AND_NOT;
            both = clause.tokens().contains("both") || clause.connective().equals("not both");
        }
        if (dangling != null) {
            unknown.add(dangling);
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (provisoAt <= 0 || provisoAt >= terms.size()) {
            return Optional.of(combine(terms));
        }
        // "missing an email or a name, as long as they spent over 2k": the proviso holds for every alternative
        List<Rule> whole = new ArrayList<>();
        whole.add(combine(terms.subList(0, provisoAt)));
        Rule proviso = combine(terms.subList(provisoAt, terms.size()));
        whole.addAll(proviso instanceof Group g && !g.not() && g.combinator() == Combinator.AND ? g.rules() : List.of(proviso));
        return Optional.of(new Group(Combinator.AND, false, whole));
    }

    private static boolean onlyNegation(List<String> tokens) {
        return tokens.stream().anyMatch(Lexicon::isNegation)
                && tokens.stream().allMatch(w -> Lexicon.isNegation(w) || Lexicon.FILLER.contains(w));
    }

    private static Rule combine(List<Term> terms) {
        List<List<Rule>> ors = new ArrayList<>();
        for (Term term : terms) {
            Rule piece = term.rules().size() == 1 ? term.rules().get(0) : new Group(Combinator.AND, false, term.rules());
            if (term.join() == Join.AND_NOT) {
                piece = Negations.of(piece);
            }
            if (term.join() == Join.OR || ors.isEmpty()) {
                ors.add(new ArrayList<>());
            }
            ors.get(ors.size() - 1).add(piece);
        }
        List<Rule> alternatives = ors.stream().map(TextToRule::conjunction).toList();
        if (alternatives.size() == 1) {
            Rule only = alternatives.get(0);
            return only instanceof Group g && !g.not() ? g : Rule.and(only);
        }
        return new Group(Combinator.OR, false, alternatives.stream()
                .map(r -> r instanceof Group g && !g.not() && g.rules().size() == 1 ? g.rules().get(0) : r).toList());
    }

    /** Flattens nested ANDs and drops repeated conditions ("has ordered" said twice). */
    private static Rule conjunction(List<Rule> pieces) {
        Set<Rule> flat = new LinkedHashSet<>();
        pieces.forEach(piece -> flatten(piece, flat));
        return new Group(Combinator.AND, false, Bounds.tightest(List.copyOf(flat)));
    }

    private static void flatten(Rule piece, Set<Rule> into) {
        if (piece instanceof Group g && !g.not() && g.combinator() == Combinator.AND) {
            g.rules().forEach(r -> flatten(r, into));
        } else {
            into.add(piece);
        }
    }

    /** "whales who've spent 10 lakh+": a word of its own clause that only restates a condition the rule has. */
    private static boolean restates(String word, List<Rule> rules) {
        if (!word.matches("[a-z]+") || Lexicon.isNegation(word) || Lexicon.FILLER.contains(word) || Lexicon.TIME_UNITS.containsKey(word)
                || Lexicon.VAGUE.containsKey(word) || Lexicon.MONEY_WORDS.contains(word) || Lexicon.COUNT_NOUNS.contains(word)) {
            return false;
        }
        Set<Concepts.Concept> allowed = new java.util.HashSet<>();
        rules.forEach(rule -> fields(rule, allowed));
        return Concepts.place(word, allowed).isPresent();
    }

    private static void fields(Rule rule, Set<Concepts.Concept> into) {
        rule.fold(group -> {
            group.rules().forEach(r -> fields(r, into));
            return null;
        }, condition -> into.addAll(Concepts.of(condition.field())));
    }

    private static boolean mentions(List<Rule> rules, String kind) {
        return rules.stream().anyMatch(rule -> rule.fold(
                group -> mentions(group.rules(), kind),
                condition -> switch (kind) {
                    case "money" -> condition.field().type() == FieldType.MONEY;
                    case "visits" -> condition.field() == Field.VISITS;
                    case "signup" -> condition.field() == Field.SIGNUP_AT || condition.field() == Field.FIRST_ORDER_AT;
                    default -> condition.field() == Field.INACTIVE_DAYS || condition.field().type() == FieldType.DATE;
                }));
    }
}
