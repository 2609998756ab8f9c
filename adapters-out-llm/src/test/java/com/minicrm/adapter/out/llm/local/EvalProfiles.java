package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Arity;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleEvaluator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated customers in memory, shaped like bootstrap's EvalCustomers (cities, tags, names,
 * e-mails, long-tailed spend, activity over three years), and a comparison of two rules by the
 * customers they select, leaving out those within a margin of one of the expected rule's thresholds.
 */
final class EvalProfiles {
    private static final List<String> CITIES = List.of("Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata",
            "Pune", "Ahmedabad", "Jaipur", "Lucknow", "Surat", "Indore", "Kochi", "Chandigarh", "Nagpur", "Bhopal",
            "Coimbatore", "Vadodara", "Patna", "Guwahati");
    private static final List<String> TAGS = List.of("vip", "loyal", "wholesale", "newsletter", "student", "corporate");
    private static final List<String> DOMAINS = List.of("gmail.com", "yahoo.com", "outlook.com", "rediffmail.com",
            "hotmail.com", "acme.co.in", "example.in", "yahoo.co.in", "iitb.ac.in", "brandmail.in");
    private static final List<String> FIRST = List.of("Aarav", "Priya", "Rahul", "Sneha", "Amit", "Kavya", "Rohan", "Sanjay",
            "Dr Meera", "Karan", "Divya", "Arjun", "Ishita", "Vikram", "Neha", "Suresh");
    private static final List<String> LAST = List.of("Sharma", "Iyer", "Patel", "Reddy", "Kumar", "Shah", "Rao", "Nair",
            "Gupta", "Das", "Singh", "Menon");
    private static final List<String> MAILBOXES = List.of("info", "sales", "test", "noreply", "corp.team", "hello");

    private final List<CustomerProfile> customers = new ArrayList<>();
    private final Set<String> cities;
    private final Set<String> tags;
    private final Instant asOf;

    /** {@code names} and {@code emails} are exact values the expected rules name; each goes to a few customers. */
    EvalProfiles(Set<String> extraCities, Set<String> extraTags, Set<String> names, Set<String> emails, Instant now) {
        List<String> nameList = List.copyOf(names);
        List<String> emailList = List.copyOf(emails);
        this.asOf = now.truncatedTo(ChronoUnit.MICROS);
        cities = new LinkedHashSet<>(CITIES);
        cities.addAll(extraCities);
        tags = new LinkedHashSet<>(TAGS);
        tags.addAll(extraTags);
        List<String> cityList = List.copyOf(cities);
        List<String> tagList = List.copyOf(tags);
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            double roll = random.nextDouble();
            int visits = roll < 0.12 ? 0 : roll < 0.32 ? 1 : 2 + random.nextInt(14);
            BigDecimal aov = visits == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(Math.exp(Math.log(150) + random.nextDouble() * Math.log(30000.0 / 150))).setScale(2, RoundingMode.HALF_UP);
            BigDecimal spend = aov.multiply(BigDecimal.valueOf(visits)).setScale(2, RoundingMode.HALF_UP);
            long lastDays = visits == 0 ? -1 : random.nextInt(900);
            long firstDays = visits == 0 ? -1 : visits == 1 ? lastDays : lastDays + random.nextInt(400);
            long signupDays = (visits == 0 ? 0 : firstDays) + random.nextInt(700);
            String city = random.nextDouble() < 0.04 ? null : cityList.get(random.nextInt(cityList.size()));
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            double shape = random.nextDouble();
            String name = shape < 0.03 ? null : shape < 0.06 && !nameList.isEmpty()
                    ? nameList.get(random.nextInt(nameList.size())) : first + " " + last;
            String box = random.nextDouble() < 0.3 ? MAILBOXES.get(random.nextInt(MAILBOXES.size())) + i
                    : (first + "." + last).toLowerCase().replace(' ', '.') + i;
            double mail = random.nextDouble();
            String email = mail < 0.03 ? null : mail < 0.05 && !emailList.isEmpty()
                    ? emailList.get(random.nextInt(emailList.size())) : box + "@" + DOMAINS.get(random.nextInt(DOMAINS.size()));
            List<String> own = tagList.stream().filter(t -> random.nextDouble() < 0.15).toList();
            customers.add(new CustomerProfile(i, "e" + i, name, email, null, city, at(now, signupDays), own, null, spend,
                    visits, aov, visits == 0 ? null : at(now, firstDays), visits == 0 ? null : at(now, lastDays), false, at(now, signupDays)));
        }
    }

    Vocabulary vocabulary() {
        return new Vocabulary(cities, tags);
    }

    boolean sameAudience(Rule got, Rule expected) {
        List<Condition> thresholds = EvalSetTest.conditions(expected);
        for (CustomerProfile c : customers) {
            if (thresholds.stream().anyMatch(t -> near(t, c))) {
                continue;
            }
            if (RuleEvaluator.matches(got, c, asOf) != RuleEvaluator.matches(expected, c, asOf)) {
                return false;
            }
        }
        return true;
    }

    private boolean near(Condition c, CustomerProfile customer) {
        if (c.operator().arity() == Arity.NONE) {
            return false;
        }
        return c.operands().stream().anyMatch(operand -> switch (c.field()) {
            case TOTAL_SPEND -> money(customer.totalSpend(), (BigDecimal) operand);
            case AVG_ORDER_VALUE -> money(customer.avgOrderValue(), (BigDecimal) operand);
            case VISITS -> c.operator().arity() != Arity.LIST && c.operator() != Operator.EQUAL
                    && c.operator() != Operator.NOT_EQUAL && customer.visits() == (Long) operand;
            case INACTIVE_DAYS -> Math.abs(InactiveDays.between(customer.lastActiveAt(), asOf) - (Long) operand) <= 5;
            case SIGNUP_AT -> date(customer.signupAt(), (LocalDate) operand);
            case FIRST_ORDER_AT -> date(customer.firstOrderAt(), (LocalDate) operand);
            case LAST_ORDER_AT -> date(customer.lastOrderAt(), (LocalDate) operand);
            default -> false;
        });
    }

    private static boolean money(BigDecimal value, BigDecimal threshold) {
        BigDecimal margin = threshold.multiply(new BigDecimal("0.05")).max(BigDecimal.ONE);
        return value.subtract(threshold).abs().compareTo(margin) <= 0;
    }

    private static boolean date(Instant value, LocalDate threshold) {
        return value != null && Math.abs(ChronoUnit.DAYS.between(LocalDate.ofInstant(value, ZoneOffset.UTC), threshold)) <= 5;
    }

    private static Instant at(Instant now, long days) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(12));
    }
}
