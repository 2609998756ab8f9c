package com.minicrm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic, realistic-looking Indian retail customers and orders for the benchmarks. */
final class BenchData {
    static final List<String> CITIES = List.of("Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Pune",
            "Ahmedabad", "Jaipur", "Lucknow", "Surat", "Kochi", "Indore", "Chandigarh", "Nagpur", "Bhopal");
    static final List<String> FIRST = List.of("Aarav", "Vivaan", "Aditya", "Ishaan", "Mohit", "Rohan", "Priya", "Ananya",
            "Diya", "Kavya", "Meera", "Sneha", "Arjun", "Karan", "Neha", "Pooja", "Rahul", "Sanjay", "Lakshmi", "Farhan");
    static final List<String> LAST = List.of("Sharma", "Iyer", "Reddy", "Patel", "Gupta", "Nair", "Khan", "Singh",
            "Das", "Mehta", "Joshi", "Kulkarni", "Banerjee", "Menon", "Chopra");
    static final List<String> TAGS = List.of("vip", "newsletter", "app-user", "festive-buyer", "wholesale", "returns-often");
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    record Customer(String externalId, String name, String email, String city, Instant signupAt, List<String> tags) {}

    record Order(String externalId, String customerExternalId, BigDecimal amount, Instant orderedAt) {}

    private BenchData() {}

    static Customer customer(String run, int i) {
        SplittableRandom random = new SplittableRandom(i * 31L + 7);
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        List<String> tags = random.nextInt(4) == 0 ? List.of(TAGS.get(random.nextInt(TAGS.size()))) : List.of();
        return new Customer(run + "-c" + i, first + " " + last, (first + "." + last + i + "@example.in").toLowerCase(),
                CITIES.get(random.nextInt(CITIES.size())), NOW.minusSeconds(86_400L * (30 + random.nextInt(1500))), tags);
    }

    static Order order(String run, int i, int customers) {
        SplittableRandom random = new SplittableRandom(i * 17L + 3);
        // Rupee amounts with a long tail: most orders are small, a few are large.
        double amount = Math.exp(5 + random.nextDouble() * 4.5);
        return new Order(run + "-o" + i, run + "-c" + random.nextInt(customers),
                BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP), NOW.minusSeconds(random.nextLong(86_400L * 720)));
    }
}
