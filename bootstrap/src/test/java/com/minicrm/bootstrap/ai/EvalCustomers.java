package com.minicrm.bootstrap.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A generated customer base for judging translations by the audience they select: Indian cities
 * (plus every city the expected rules name), tags, names and e-mail addresses of several shapes
 * (plus every name and address the rules name, and a few missing), long-tailed spend, a share of
 * customers who never ordered, and activity spread over three years. Rows go straight into MariaDB
 * under one external-id prefix, so the harness can keep other tests' customers out of its sets.
 */
final class EvalCustomers implements AutoCloseable {
    /** One generated customer's values, for telling which customers sit on a threshold. */
    record Generated(String externalId, BigDecimal spend, int visits, BigDecimal aov, long inactiveDays,
            LocalDate signup, LocalDate firstOrder, LocalDate lastOrder) {}

    private static final List<String> CITIES = List.of("Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata",
            "Pune", "Ahmedabad", "Jaipur", "Lucknow", "Surat", "Indore", "Kochi", "Chandigarh", "Nagpur", "Bhopal",
            "Coimbatore", "Vadodara", "Patna", "Guwahati");
    private static final List<String> TAGS = List.of("vip", "loyal", "wholesale", "newsletter", "student", "corporate");
    private static final List<String> DOMAINS = List.of("gmail.com", "yahoo.com", "outlook.com", "rediffmail.com",
            "hotmail.com", "acme.co.in", "example.in", "yahoo.co.in", "iitb.ac.in");
    private static final List<String> FIRST_NAMES = List.of("Aarav", "Priya", "Rahul", "Sneha", "Amit", "Kavya", "Rohan",
            "Sanjay", "Dr Meera", "Karan", "Divya", "Arjun", "Ishita", "Vikram", "Neha", "Suresh");
    private static final List<String> LAST_NAMES = List.of("Sharma", "Iyer", "Patel", "Reddy", "Kumar", "Shah", "Rao", "Nair",
            "Gupta", "Das", "Singh", "Menon");
    private static final List<String> MAILBOXES = List.of("info", "sales", "test", "noreply", "corp.team", "hello");

    final String prefix = "nleval-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final DataSource dataSource;
    private final List<Generated> generated = new ArrayList<>();

    EvalCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Generated> generated() {
        return generated;
    }

    void generate(int count, Set<String> extraCities, Set<String> extraTags, Set<String> extraDomains, Instant now)
            throws SQLException {
        generate(count, extraCities, extraTags, extraDomains, Set.of(), Set.of(), now);
    }

    /** {@code names} and {@code emails} are exact values the expected rules name; each goes to a few customers. */
    void generate(int count, Set<String> extraCities, Set<String> extraTags, Set<String> extraDomains, Set<String> names,
            Set<String> emails, Instant now) throws SQLException {
        List<String> nameList = List.copyOf(names);
        List<String> emailList = List.copyOf(emails);
        Set<String> cities = new LinkedHashSet<>(CITIES);
        cities.addAll(extraCities);
        Set<String> tags = new LinkedHashSet<>(TAGS);
        tags.addAll(extraTags);
        Set<String> domains = new LinkedHashSet<>(DOMAINS);
        domains.addAll(extraDomains);
        List<String> cityList = List.copyOf(cities);
        List<String> tagList = List.copyOf(tags);
        List<String> domainList = List.copyOf(domains);
        Random random = new Random(42);
        try (Connection c = dataSource.getConnection();
                PreparedStatement customer = c.prepareStatement("INSERT INTO customer (external_id, name, email, city, signup_at,"
                        + " placeholder, total_spend, visits, avg_order_value, first_order_at, last_order_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement tag = c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
            Map<String, List<String>> tagsById = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String id = prefix + i;
                double roll = random.nextDouble();
                int visits = roll < 0.12 ? 0 : roll < 0.32 ? 1 : 2 + random.nextInt(14);
                BigDecimal aov = visits == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(Math.exp(Math.log(150) + random.nextDouble() * Math.log(30000.0 / 150))).setScale(2, RoundingMode.HALF_UP);
                BigDecimal spend = aov.multiply(BigDecimal.valueOf(visits)).setScale(2, RoundingMode.HALF_UP);
                long lastOrderDays = visits == 0 ? -1 : random.nextInt(900);
                long firstOrderDays = visits == 0 ? -1 : visits == 1 ? lastOrderDays : lastOrderDays + random.nextInt(400);
                long signupDays = (visits == 0 ? 0 : firstOrderDays) + random.nextInt(700);
                Instant signup = at(now, signupDays);
                Instant first = visits == 0 ? null : at(now, firstOrderDays);
                Instant last = visits == 0 ? null : at(now, lastOrderDays);
                String city = random.nextDouble() < 0.04 ? null : cityList.get(random.nextInt(cityList.size()));
                String domain = domainList.get(random.nextInt(domainList.size()));
                customer.setString(1, id);
                String given = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
                String family = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
                double shape = random.nextDouble();
                String name = shape < 0.03 ? null : shape < 0.06 && !nameList.isEmpty()
                        ? nameList.get(random.nextInt(nameList.size())) : given + " " + family;
                String box = random.nextDouble() < 0.3 ? MAILBOXES.get(random.nextInt(MAILBOXES.size())) + i
                        : (given + "." + family).toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + i;
                double mail = random.nextDouble();
                String email = mail < 0.03 ? null : mail < 0.05 && !emailList.isEmpty()
                        ? emailList.get(random.nextInt(emailList.size())) : box + "@" + domain;
                customer.setString(2, name);
                customer.setString(3, email);
                customer.setString(4, city);
                customer.setObject(5, utc(signup));
                customer.setBigDecimal(6, spend);
                customer.setInt(7, visits);
                customer.setBigDecimal(8, aov);
                customer.setObject(9, first == null ? null : utc(first));
                customer.setObject(10, last == null ? null : utc(last));
                customer.setObject(11, utc(signup));
                customer.setObject(12, utc(now));
                customer.addBatch();
                for (String t : tagList) {
                    if (random.nextDouble() < 0.15) {
                        tagsById.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
                    }
                }
                generated.add(new Generated(id, spend, visits, aov, visits == 0 ? signupDays : lastOrderDays,
                        date(signup), first == null ? null : date(first), last == null ? null : date(last)));
            }
            customer.executeBatch();
            try (PreparedStatement ids = c.prepareStatement("SELECT id, external_id FROM customer WHERE external_id LIKE ?")) {
                ids.setString(1, prefix + "%");
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        for (String t : tagsById.getOrDefault(rs.getString(2), List.of())) {
                            tag.setLong(1, rs.getLong(1));
                            tag.setString(2, t);
                            tag.addBatch();
                        }
                    }
                }
            }
            tag.executeBatch();
        }
    }

    /** Half a day past whole days, so the whole days counted are the same whenever in the run the query happens. */
    private static Instant at(Instant now, long days) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(12));
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM customer WHERE external_id LIKE ?")) {
            delete.setString(1, prefix + "%");
            delete.executeUpdate();
        }
    }
}
