package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.Clause.Join;
import com.minicrm.domain.segment.Arity;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins a clause to the one before when it only continues it: "in Delhi or Bengaluru" (a city
 * list), "tagged wholesale or corporate from Ludhiana" (alternatives that share what follows),
 * "name starts with R or S" (a text condition with another value).
 */
final class Continuations {
    private Continuations() {}

    /** The rules of the previous term with the clause joined in, or null when the clause stands on its own. */
    static List<Rule> merge(List<Rule> previous, ClauseReader.Result result, Join join, Condition previousText) {
        if (result.cityOnly() && join != Join.AND_NOT && joinsCityList(previous)) {
            return cities(previous, result.rules());
        }
        // "not a student, wholesale or influencer"; "not vip and not loyal" (neither ... nor) the same
        if (join != Join.AND_NOT && excludedTag(previous.get(previous.size() - 1)) && result.rules().size() == 1
                && result.rules().get(0) instanceof Condition next && next.field() == Field.TAGS
                && (next.operator() == Operator.CONTAINS || join == Join.AND && excludedTag(next))) {
            return noneOf(previous, next);
        }
        if (join == Join.OR && onlyAlternative(previous) && startsLike(result.rules(), previous.get(0))) {
            return alternatives(previous, result.rules());
        }
        if (previousText != null && join != Join.AND_NOT && sameTextField(result.rules(), previousText)) {
            return TextLists.merge(previous, previousText, (Condition) result.rules().get(0), join);
        }
        return null;
    }

    /** A term that is one tag or one text condition, which "or" and a clause on the same field may continue. */
    private static boolean onlyAlternative(List<Rule> rules) {
        return rules.size() == 1 && alternative(rules.get(0)) != null;
    }

    private static boolean startsLike(List<Rule> rules, Rule previous) {
        return !rules.isEmpty() && alternative(rules.get(0)) != null && alternative(rules.get(0)) == alternative(previous);
    }

    private static Field alternative(Rule rule) {
        if (rule instanceof Condition c && c.field() == Field.TAGS && (c.operator() == Operator.CONTAINS || c.operator() == Operator.IN)) {
            return Field.TAGS;
        }
        return rule instanceof Condition c && c.field().type() == FieldType.TEXT && c.field() != Field.CITY
                && c.operator().arity() != Arity.NONE ? c.field() : null;
    }

    /** "tagged wholesale or corporate from Ludhiana": the values are alternatives, what follows holds for all. */
    private static List<Rule> alternatives(List<Rule> previous, List<Rule> next) {
        Condition first = (Condition) previous.get(0);
        Condition second = (Condition) next.get(0);
        List<Rule> rules = new ArrayList<>();
        if (first.field() == Field.TAGS) {
            Set<Object> tags = new LinkedHashSet<>(first.operands());
            tags.addAll(second.operands());
            rules.add(new Condition(Field.TAGS, Operator.IN, List.copyOf(tags)));
        } else {
            rules.addAll(TextLists.merge(previous, first, second, Join.OR));
        }
        rules.addAll(next.subList(1, next.size()));
        return rules;
    }

    private static boolean excludedTag(Rule rule) {
        return rule instanceof Condition c && c.field() == Field.TAGS
                && (c.operator() == Operator.DOES_NOT_CONTAIN || c.operator() == Operator.NOT_IN);
    }

    /** "not a student, wholesale or influencer": a bare tag after an excluded one is excluded too. */
    private static List<Rule> noneOf(List<Rule> previous, Condition next) {
        List<Rule> rules = new ArrayList<>(previous);
        Condition last = (Condition) rules.get(rules.size() - 1);
        Set<Object> tags = new LinkedHashSet<>(last.operands());
        tags.addAll(next.operands());
        rules.set(rules.size() - 1, new Condition(Field.TAGS, Operator.NOT_IN, List.copyOf(tags)));
        return rules;
    }

    /** Two terms that each name one tag: "the high returners and the COD buyers". */
    static boolean isTagList(List<Rule> previous, List<Rule> next) {
        return previous.size() == 1 && next.size() == 1 && alternative(previous.get(0)) == Field.TAGS
                && alternative(next.get(0)) == Field.TAGS;
    }

    /** Two terms that each name one person by name or e-mail: "except the email X and the name 'Store Admin'". */
    static boolean isPeopleList(List<Rule> previous, List<Rule> next) {
        return previous.size() == 1 && next.size() == 1 && identifies(previous.get(0)) && identifies(next.get(0));
    }

    private static boolean identifies(Rule rule) {
        return rule instanceof Condition c && (c.field() == Field.NAME || c.field() == Field.EMAIL)
                && (c.operator() == Operator.EQUAL || c.operator() == Operator.IN);
    }

    /** The tags of both terms as one "any of" condition. */
    static List<Rule> anyOf(List<Rule> previous, List<Rule> next) {
        return alternatives(previous, next);
    }

    /** The last condition of a term when it is on a text field, which a following bare value may continue. */
    static Condition lastText(List<Rule> rules) {
        Rule last = rules.get(rules.size() - 1);
        if (last instanceof Group g && g.combinator() == Combinator.OR && !g.not() && !g.rules().isEmpty()) {
            last = g.rules().get(g.rules().size() - 1);
        }
        return last instanceof Condition c && c.field().type() == FieldType.TEXT && c.operator().arity() != Arity.NONE
                ? c : null;
    }

    private static boolean sameTextField(List<Rule> rules, Condition previous) {
        return rules.size() == 1 && rules.get(0) instanceof Condition c && c.field() == previous.field()
                && TextLists.related(previous.operator(), c.operator());
    }

    private static boolean joinsCityList(List<Rule> previous) {
        return previous.stream().anyMatch(Continuations::isCityList);
    }

    private static boolean isCityList(Rule rule) {
        return rule instanceof Condition c && c.field() == Field.CITY && c.operator().arity() != Arity.NONE
                && Set.of(Operator.EQUAL, Operator.IN, Operator.NOT_EQUAL, Operator.NOT_IN).contains(c.operator());
    }

    /** "not in Mumbai or Delhi": the added cities take the list's polarity. */
    private static List<Rule> cities(List<Rule> previous, List<Rule> cities) {
        List<Rule> rules = new ArrayList<>(previous);
        int at = rules.size() - 1;
        while (!isCityList(rules.get(at))) {
            at--;
        }
        Condition list = (Condition) rules.get(at);
        Set<Object> values = new LinkedHashSet<>(list.operands());
        cities.forEach(c -> values.addAll(((Condition) c).operands()));
        boolean negated = list.operator() == Operator.NOT_EQUAL || list.operator() == Operator.NOT_IN;
        rules.set(at, new Condition(Field.CITY, negated ? Operator.NOT_IN : Operator.IN, List.copyOf(values)));
        return rules;
    }
}
