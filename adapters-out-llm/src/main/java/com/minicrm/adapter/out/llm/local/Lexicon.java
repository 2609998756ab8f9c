package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Operator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words the local engine knows, grouped by what they mean in a segment description. */
final class Lexicon {
    private Lexicon() {}

    /** Words that carry no condition: who is meant, grammar, politeness. */
    static final Set<String> FILLER = Set.of(
            "customer", "customers", "people", "person", "persons", "users", "user", "shoppers", "shopper", "buyers",
            "buyer", "clients", "client", "members", "member", "folks", "everyone", "everybody", "anyone", "anybody",
            "all", "those", "these", "them", "they", "their", "ones", "who", "whom", "whose", "that", "which", "where",
            "have", "has", "had", "having", "been", "be", "is", "are", "was", "were", "am", "being", "do", "does",
            "did", "the", "a", "an", "of", "for", "in", "on", "at", "from", "to", "by", "with", "any", "some", "only",
            "just", "also", "please", "show", "me", "find", "get", "list", "give", "select", "target", "audience",
            "segment", "group", "i", "we", "us", "our", "my", "your", "want", "need", "would", "could", "can",
            "should", "there", "so", "far", "ever", "total", "overall", "lifetime", "cumulative", "till", "now",
            "currently", "still", "yet", "something", "anything", "items", "item", "stuff", "money",
            "address", "addresses", "id", "account", "accounts", "email", "emails", "mail", "based", "located",
            "living", "live", "lives", "residing", "reside", "staying", "stay", "city", "cities", "town", "and", "or",
            "but", "either", "both", "each", "every", "than", "will", "via", "using", "store", "online", "whole",
            "entire", "count", "number", "such", "as", "it", "its", "if", "up", "out", "into", "who're", "he", "she",
            "his", "her", "within", "past", "last", "ago", "since", "over", "during", "period", "span", "timeframe",
            "provider", "contacts", "contact", "subscribers", "subscriber", "patrons", "consumers", "consumer",
            "visitors", "visitor", "guests", "guest", "profiles", "profile", "records", "record", "rupees", "rupee",
            "inr", "amounting", "valued", "worth", "around", "roughly", "about", "approximately", "atleast", "til",
            "until", "this", "more", "made", "placed", "make", "place", "someone", "somebody", "ending", "ends", "end",
            "domain", "here", "what", "date", "dated", "ppl", "altogether", "came", "doing", "used", "cases", "case",
            "satisfying", "matching", "following", "criteria", "designated", "marked", "flagged", "one", "whoever",
            "fit", "fits", "meet", "meets", "range", "recorded", "groups", "folk", "guys", "crowd",
            "base", "already", "then", "thus", "basically", "exactly", "precisely", "kindly", "pull", "fetch",
            "identify", "register", "inside", "across", "lie", "lies", "fall", "falls", "condition", "conditions",
            "registered", "anywhere", "everywhere", "mark", "level", "threshold", "share", "create", "build", "prepare",
            "generate", "hold", "holds", "holding", "lot", "lots", "even", "sometime", "done", "bunch", "through",
            "band", "bracket", "etc", "rest", "remaining", "shortlist", "pick", "choose");

    /** Words that mark the next condition as negated. */
    static final Set<String> NEGATION = Set.of("not", "no", "never", "non", "without", "nor", "neither", "outside", "havent", "hasnt",
            "didnt", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "cannot", "nothing", "none", "nobody");

    static boolean isNegation(String token) {
        return NEGATION.contains(token) || token.endsWith("n't");
    }

    static final Set<String> MONEY_WORDS = Set.of("spent", "spend", "spends", "spending", "spender", "spenders", "revenue",
            "worth", "ltv", "clv", "value", "valued", "paid", "pay", "paying", "bill", "billing", "sales", "amount");

    static final List<List<String>> AOV_PHRASES = List.of(
            List.of("average", "order", "value"), List.of("avg", "order", "value"), List.of("average", "order", "size"),
            List.of("average", "spend", "per", "order"), List.of("average", "purchase", "value"),
            List.of("average", "transaction", "value"), List.of("average", "basket", "size"), List.of("average", "basket"),
            List.of("avg", "basket", "size"), List.of("average", "bill", "value"), List.of("average", "ticket", "size"),
            List.of("avg", "basket"), List.of("basket", "size"), List.of("average", "order"), List.of("avg", "order"),
            List.of("average", "purchase"), List.of("average", "ticket"), List.of("average", "bill"),
            List.of("average", "spend"), List.of("order", "value"), List.of("per", "order"), List.of("aov"),
            List.of("mean", "order", "value"), List.of("mean", "order"), List.of("mean", "basket"), List.of("mean", "spend"));

    static final Set<String> COUNT_NOUNS = Set.of("order", "orders", "visit", "visits", "purchase", "purchases",
            "transaction", "transactions", "time", "times", "trip", "trips", "checkout", "checkouts", "occasion", "occasions");

    static final Map<String, Integer> TIME_UNITS = Map.ofEntries(
            Map.entry("day", 1), Map.entry("days", 1), Map.entry("d", 1), Map.entry("week", 7), Map.entry("weeks", 7),
            Map.entry("wk", 7), Map.entry("wks", 7), Map.entry("fortnight", 14), Map.entry("fortnights", 14),
            Map.entry("month", 30), Map.entry("months", 30), Map.entry("mo", 30), Map.entry("mos", 30),
            Map.entry("mth", 30), Map.entry("mths", 30), Map.entry("quarter", 90), Map.entry("quarters", 90),
            Map.entry("year", 365), Map.entry("years", 365), Map.entry("yr", 365), Map.entry("yrs", 365));

    static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", new BigDecimal(1_000)), Map.entry("thousand", new BigDecimal(1_000)),
            Map.entry("thousands", new BigDecimal(1_000)), Map.entry("grand", new BigDecimal(1_000)),
            Map.entry("l", new BigDecimal(100_000)), Map.entry("lakh", new BigDecimal(100_000)),
            Map.entry("lakhs", new BigDecimal(100_000)), Map.entry("lac", new BigDecimal(100_000)),
            Map.entry("lacs", new BigDecimal(100_000)), Map.entry("cr", new BigDecimal(10_000_000)),
            Map.entry("crore", new BigDecimal(10_000_000)), Map.entry("crores", new BigDecimal(10_000_000)),
            Map.entry("m", new BigDecimal(1_000_000)), Map.entry("mn", new BigDecimal(1_000_000)),
            Map.entry("million", new BigDecimal(1_000_000)));

    static final Set<String> CURRENCY = Set.of("inr", "rupees", "rupee", "rs");

    static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("fifteen", 15L), Map.entry("eighteen", 18L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("single", 1L), Map.entry("couple", 2L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("nineteen", 19L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("dozen", 12L));

    /** Comparison phrases, longest first so "no more than" wins over "more than". */
    static final List<Map.Entry<List<String>, Operator>> COMPARATORS = List.of(
            Map.entry(List.of("no", "more", "than"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("not", "more", "than"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("no", "less", "than"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("not", "less", "than"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("no", "fewer", "than"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("not", "over"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("greater", "than", "or", "equal", "to"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("less", "than", "or", "equal", "to"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("in", "excess", "of"), Operator.GREATER),
            Map.entry(List.of("upwards", "of"), Operator.GREATER),
            Map.entry(List.of("more", "than"), Operator.GREATER), Map.entry(List.of("greater", "than"), Operator.GREATER),
            Map.entry(List.of("higher", "than"), Operator.GREATER), Map.entry(List.of("larger", "than"), Operator.GREATER),
            Map.entry(List.of("bigger", "than"), Operator.GREATER), Map.entry(List.of("north", "of"), Operator.GREATER),
            Map.entry(List.of("less", "than"), Operator.LESS), Map.entry(List.of("lesser", "than"), Operator.LESS), Map.entry(List.of("fewer", "than"), Operator.LESS),
            Map.entry(List.of("lower", "than"), Operator.LESS), Map.entry(List.of("smaller", "than"), Operator.LESS),
            Map.entry(List.of("at", "least"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("minimum", "of"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("at", "most"), Operator.LESS_OR_EQUAL), Map.entry(List.of("up", "to"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("maximum", "of"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("not", "equal", "to"), Operator.NOT_EQUAL), Map.entry(List.of("is", "not"), Operator.NOT_EQUAL),
            Map.entry(List.of("isn't"), Operator.NOT_EQUAL), Map.entry(List.of("other", "than"), Operator.NOT_EQUAL),
            Map.entry(List.of("more", "then"), Operator.GREATER), Map.entry(List.of("less", "then"), Operator.LESS),
            Map.entry(List.of("fewer", "then"), Operator.LESS),
            Map.entry(List.of("equal", "to"), Operator.EQUAL), Map.entry(List.of("exactly"), Operator.EQUAL),
            Map.entry(List.of("precisely"), Operator.EQUAL), Map.entry(List.of("equals"), Operator.EQUAL), Map.entry(List.of("="), Operator.EQUAL),
            Map.entry(List.of("over"), Operator.GREATER), Map.entry(List.of("above"), Operator.GREATER),
            Map.entry(List.of("exceeding"), Operator.GREATER), Map.entry(List.of("exceeds"), Operator.GREATER),
            Map.entry(List.of("exceed"), Operator.GREATER), Map.entry(List.of("beyond"), Operator.GREATER),
            Map.entry(List.of("atleast"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("minimum"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("min"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("under"), Operator.LESS),
            Map.entry(List.of("below"), Operator.LESS), Map.entry(List.of("within"), Operator.LESS),
            Map.entry(List.of("upto"), Operator.LESS_OR_EQUAL), Map.entry(List.of("maximum"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("max"), Operator.LESS_OR_EQUAL), Map.entry(List.of(">"), Operator.GREATER),
            Map.entry(List.of(">="), Operator.GREATER_OR_EQUAL), Map.entry(List.of("=>"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("<"), Operator.LESS), Map.entry(List.of("<="), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("=<"), Operator.LESS_OR_EQUAL), Map.entry(List.of("!="), Operator.NOT_EQUAL),
            Map.entry(List.of("<>"), Operator.NOT_EQUAL), Map.entry(List.of("not"), Operator.NOT_EQUAL));

    /** Phrases after a number: "60+ days", "3 or more orders", "₹5,000 and above". */
    static final List<Map.Entry<List<String>, Operator>> POSTFIX = List.of(
            Map.entry(List.of("+"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("plus"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("or", "more"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("and", "more"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("or", "above"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("and", "above"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("or", "over"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("and", "over"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("and", "up"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("or", "higher"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("or", "greater"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("or", "longer"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("or", "less"), Operator.LESS_OR_EQUAL), Map.entry(List.of("or", "fewer"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("or", "below"), Operator.LESS_OR_EQUAL), Map.entry(List.of("and", "below"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("or", "under"), Operator.LESS_OR_EQUAL), Map.entry(List.of("and", "under"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("and", "less"), Operator.LESS_OR_EQUAL), Map.entry(List.of("or", "lower"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("max"), Operator.LESS_OR_EQUAL), Map.entry(List.of("at", "most"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("at", "least"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("minimum"), Operator.GREATER_OR_EQUAL));

    /** Words after which a number is not a new condition but the rest of a postfix ("3 or more"). */
    static final Set<String> POSTFIX_HEADS = Set.of("more", "less", "fewer", "above", "below", "over", "under",
            "greater", "higher", "lower", "up", "longer", "later", "earlier");

    static final Set<String> PURCHASE_VERBS = Set.of("shopped", "shop", "shopping", "ordered", "order", "orders",
            "ordering", "bought", "buy", "buying", "purchased", "purchase", "purchases", "purchasing", "transacted",
            "transaction", "transactions", "visited", "visit", "visits", "checked", "returned", "came");

    static final Set<String> INACTIVE_WORDS = Set.of("inactive", "inactivity", "lapsed", "dormant", "churned", "idle",
            "unengaged", "disengaged");

    static final Set<String> SIGNUP_WORDS = Set.of("signed", "signup", "signups", "joined", "join", "registered",
            "registration", "onboarded", "acquired", "created", "sign", "enrolled");

    static final Map<String, String> MAIL_PROVIDERS = Map.ofEntries(
            Map.entry("gmail", "@gmail.com"), Map.entry("googlemail", "@googlemail.com"), Map.entry("yahoo", "@yahoo.com"),
            Map.entry("hotmail", "@hotmail.com"), Map.entry("outlook", "@outlook.com"), Map.entry("rediffmail", "@rediffmail.com"),
            Map.entry("rediff", "@rediffmail.com"), Map.entry("icloud", "@icloud.com"), Map.entry("protonmail", "@protonmail.com"),
            Map.entry("aol", "@aol.com"), Map.entry("zoho", "@zoho.com"));

    /** Every word the engine reads, for telling a typing slip from a word it has never met. */
    static Set<String> words() {
        return Known.WORDS;
    }

    /** Built on first use, after every list above exists. */
    private static final class Known {
        static final Set<String> WORDS = collect();
    }

    private static Set<String> collect() {
        Set<String> all = new java.util.HashSet<>();
        all.addAll(FILLER);
        all.addAll(NEGATION);
        all.addAll(MONEY_WORDS);
        AOV_PHRASES.forEach(all::addAll);
        all.addAll(COUNT_NOUNS);
        all.addAll(TIME_UNITS.keySet());
        all.addAll(MULTIPLIERS.keySet());
        all.addAll(CURRENCY);
        all.addAll(NUMBER_WORDS.keySet());
        COMPARATORS.forEach(e -> all.addAll(e.getKey()));
        POSTFIX.forEach(e -> all.addAll(e.getKey()));
        all.addAll(POSTFIX_HEADS);
        all.addAll(PURCHASE_VERBS);
        all.addAll(INACTIVE_WORDS);
        all.addAll(SIGNUP_WORDS);
        all.addAll(MAIL_PROVIDERS.keySet());
        all.addAll(VAGUE.keySet());
        all.addAll(TextConditions.NOUNS.keySet());
        all.addAll(Set.of("either", "neither", "except", "excluding", "between", "before", "after", "since", "through",
                "later", "earlier", "first", "last", "latest", "recent", "repeat", "returning", "active", "tag", "tagged",
                "label", "labelled", "starts", "start", "starting", "begins", "begin", "beginning", "ends", "ending",
                "contains", "contain", "containing", "includes", "include", "including", "named", "called", "missing",
                "blank", "empty", "unknown", "file", "record", "present", "known", "available", "where", "while", "also",
                "plus", "apart", "aside", "besides", "january", "february", "march", "april", "june", "july", "august",
                "september", "october", "november", "december", "orders", "ordered", "ago", "signed", "joined", "haven't",
                "hasn't", "didn't", "don't", "doesn't", "never", "only", "average", "avg", "lifetime", "total", "time",
                "days", "months", "weeks", "years", "than", "more", "less", "fewer", "over", "under", "above", "below",
                "shoppers", "customers", "customer", "people", "from", "with", "who", "whose", "have", "has", "and", "or",
                "but", "not", "no", "in", "on", "of", "to", "the"));
        return Set.copyOf(all);
    }

    /** Vague words that only restate a condition given elsewhere; alone they are not understood. */
    static final Map<String, String> VAGUE = Map.ofEntries(
            Map.entry("high", "money"), Map.entry("valuable", "money"), Map.entry("big", "money"),
            Map.entry("premium", "money"), Map.entry("top", "money"), Map.entry("rich", "money"), Map.entry("heavy", "money"),
            Map.entry("low", "money"), Map.entry("small", "money"), Map.entry("frequent", "visits"),
            Map.entry("regular", "visits"), Map.entry("loyal", "visits"), Map.entry("occasional", "visits"),
            Map.entry("new", "signup"), Map.entry("old", "days"), Map.entry("recent", "days"), Map.entry("recently", "days"));
}
