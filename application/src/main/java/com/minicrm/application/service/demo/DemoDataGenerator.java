package com.minicrm.application.service.demo;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.customer.OrderItem;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic Indian retail customers and their orders, the same for the same seed and day.
 *
 * <p>Each customer follows a persona (loyal regular, occasional, one-time buyer, lapsed big
 * spender, signed up but never ordered), which sets how many orders, how recent and how large.
 * Order times follow a week shape (weekends busiest) and a day shape (evening peak, lunch bump)
 * in India time. Customer {@code i} depends only on the seed and {@code i}, so any range can be
 * generated on its own and a re-run sends identical data (ingestion is idempotent by externalId).
 */
public final class DemoDataGenerator {
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final String[] FIRST_NAMES = {
        "Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan", "Krishna", "Ishaan",
        "Rohan", "Kabir", "Mohit", "Rahul", "Siddharth", "Karthik", "Nikhil", "Pranav", "Manish", "Varun",
        "Ananya", "Diya", "Aadhya", "Saanvi", "Ishita", "Priya", "Kavya", "Meera", "Riya", "Pooja",
        "Neha", "Sneha", "Aishwarya", "Divya", "Lakshmi", "Shreya", "Tanvi", "Nandini", "Anjali", "Fatima",
        "Zoya", "Imran", "Farhan", "Harpreet", "Gurpreet", "Simran", "Jaspreet", "Deepak", "Suresh", "Lalitha"};
    private static final String[] LAST_NAMES = {
        "Sharma", "Verma", "Gupta", "Mehta", "Iyer", "Iyengar", "Nair", "Menon", "Reddy", "Rao",
        "Patel", "Shah", "Desai", "Joshi", "Kulkarni", "Deshpande", "Banerjee", "Chatterjee", "Mukherjee",
        "Das", "Bose", "Singh", "Kaur", "Gill", "Khan", "Qureshi", "Sheikh", "Pillai", "Naidu", "Agarwal",
        "Jain", "Malhotra", "Kapoor", "Chopra", "Saxena", "Mishra", "Pandey", "Yadav", "Chauhan", "Fernandes"};
    /** City and its weight, roughly by metro size and online-retail share. */
    private static final Map<String, Integer> CITIES = orderedWeights(
            "Mumbai", 16, "Delhi", 16, "Bengaluru", 14, "Hyderabad", 9, "Chennai", 8, "Pune", 8,
            "Kolkata", 7, "Ahmedabad", 6, "Jaipur", 4, "Lucknow", 3, "Chandigarh", 2, "Kochi", 2,
            "Indore", 2, "Surat", 2, "Nagpur", 1, "Bhopal", 1);
    private static final Map<String, Integer> EMAIL_DOMAINS = orderedWeights(
            "gmail.com", 55, "yahoo.co.in", 10, "outlook.com", 10, "rediffmail.com", 5, "hotmail.com", 5,
            "infosys.com", 5, "tcs.com", 5, "wipro.com", 5);
    /** Monday first: weekends are the busiest shopping days. */
    private static final int[] DAY_WEIGHTS = {11, 11, 12, 13, 15, 20, 18};
    /** Hour of day in India, 0..23: an evening peak, a lunch bump, quiet nights. */
    private static final int[] HOUR_WEIGHTS = {
        2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 8, 9, 12, 12, 10, 8, 8, 9, 12, 16, 18, 17, 12, 6};
    private static final Product[] PRODUCTS = {
        new Product("KURTA-COT", "Cotton kurta", 899), new Product("SAREE-SLK", "Silk saree", 4_499),
        new Product("JEANS-SLM", "Slim-fit jeans", 1_799), new Product("SNEAK-RUN", "Running shoes", 2_999),
        new Product("TEA-ASSAM", "Assam tea, 500 g", 349), new Product("GHEE-1L", "Desi ghee, 1 l", 699),
        new Product("EARB-BT", "Bluetooth earbuds", 1_499), new Product("WATCH-SMT", "Smart watch", 3_999),
        new Product("BAG-LTH", "Leather handbag", 2_499), new Product("DIYA-SET", "Brass diya set", 599),
        new Product("PERF-OUD", "Oud perfume", 1_299), new Product("MIXR-750", "Mixer grinder", 3_299)};

    private final long seed;
    private final LocalDate today;

    public DemoDataGenerator(long seed, Instant now) {
        this.seed = seed;
        this.today = now.atZone(INDIA).toLocalDate();
    }

    /** One customer and the orders they placed. */
    public record DemoCustomer(CustomerDraft customer, List<OrderDraft> orders) {}

    public DemoCustomer customer(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Persona persona = Persona.pick(random);
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String externalId = String.format(Locale.ROOT, "demo-%06d", index);
        String city = weighted(random, CITIES);
        int ageDays = persona.lastOrderDays.max + 30 + random.nextInt(400);
        Instant signupAt = at(today.minusDays(ageDays), random);
        CustomerDraft customer = new CustomerDraft(
                externalId,
                first + " " + last,
                email(random, first, last, index),
                String.format(Locale.ROOT, "+91 9%04d %05d", random.nextInt(10_000), random.nextInt(100_000)),
                city,
                signupAt,
                tags(random, persona),
                Map.of("source", "demo", "persona", persona.name().toLowerCase(Locale.ROOT)));
        return new DemoCustomer(customer, orders(random, persona, externalId, ageDays));
    }

    private List<OrderDraft> orders(Random random, Persona persona, String customerId, int ageDays) {
        int count = persona.orders.draw(random);
        List<OrderDraft> orders = new ArrayList<>(count);
        if (count == 0) {
            return orders;
        }
        int lastOrderDaysAgo = persona.lastOrderDays.draw(random);
        double averageValue = persona.averageOrderValue.draw(random);
        for (int n = 0; n < count; n++) {
            // The newest order is lastOrderDaysAgo; older ones spread back towards sign-up.
            int daysAgo = n == 0 ? lastOrderDaysAgo
                    : lastOrderDaysAgo + 1 + random.nextInt(Math.max(1, ageDays - lastOrderDaysAgo - 8));
            LocalDate day = shiftToLikelyWeekday(today.minusDays(daysAgo), random);
            List<OrderItem> items = items(random, averageValue);
            BigDecimal amount = items.stream()
                    .map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            orders.add(new OrderDraft(
                    customerId.replace("demo-", "demo-o") + "-" + n, customerId, amount, at(day, random),
                    random.nextInt(20) == 0 ? "RETURNED" : "DELIVERED", items));
        }
        return orders;
    }

    /** Items whose total lands near the persona's average order value. */
    private static List<OrderItem> items(Random random, double averageValue) {
        double target = averageValue * Math.exp(random.nextGaussian() * 0.45);
        List<OrderItem> items = new ArrayList<>();
        double total = 0;
        while (items.isEmpty() || (total < target * 0.8 && items.size() < 4)) {
            Product product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            int quantity = 1 + (product.price < 800 ? random.nextInt(3) : 0);
            items.add(new OrderItem(product.sku, product.name, quantity, BigDecimal.valueOf(product.price).setScale(2)));
            total += product.price * quantity;
        }
        return items;
    }

    /** Moves the day back to the nearest weekday drawn from {@link #DAY_WEIGHTS}, so weeks have their shape. */
    private static LocalDate shiftToLikelyWeekday(LocalDate day, Random random) {
        DayOfWeek wanted = DayOfWeek.of(1 + weightedIndex(random, DAY_WEIGHTS));
        return day.minusDays((day.getDayOfWeek().getValue() - wanted.getValue() + 7) % 7);
    }

    private static Instant at(LocalDate day, Random random) {
        LocalTime time = LocalTime.of(weightedIndex(random, HOUR_WEIGHTS), random.nextInt(60), random.nextInt(60));
        return ZonedDateTime.of(day, time, INDIA).toInstant();
    }

    private static String email(Random random, String first, String last, int index) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT) + (index % 1000);
        return local + "@" + weighted(random, EMAIL_DOMAINS);
    }

    private static List<String> tags(Random random, Persona persona) {
        Set<String> tags = new LinkedHashSet<>();
        if (random.nextInt(100) < 40) tags.add("newsletter");
        if (random.nextInt(100) < 35) tags.add("app-user");
        if (random.nextInt(100) < 15) tags.add("festive-shopper");
        if (random.nextInt(100) < 8) tags.add("student");
        if (persona == Persona.LAPSED_BIG_SPENDER || (persona == Persona.LOYAL && random.nextBoolean())) tags.add("vip");
        return List.copyOf(tags);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String weighted(Random random, Map<String, Integer> weights) {
        int roll = random.nextInt(weights.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    static int weightedIndex(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static Map<String, Integer> orderedWeights(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private record Product(String sku, String name, int price) {}

    /** An inclusive range of whole numbers. */
    private record Range(int min, int max) {
        int draw(Random random) {
            return min + random.nextInt(max - min + 1);
        }
    }

    private enum Persona {
        LOYAL(20, new Range(6, 20), new Range(0, 30), new Range(1_500, 4_000)),
        OCCASIONAL(35, new Range(2, 5), new Range(10, 150), new Range(800, 3_000)),
        ONE_TIME(25, new Range(1, 1), new Range(20, 400), new Range(500, 2_500)),
        LAPSED_BIG_SPENDER(10, new Range(4, 10), new Range(120, 500), new Range(4_000, 12_000)),
        NEVER_ORDERED(10, new Range(0, 0), new Range(0, 0), new Range(0, 0));

        final int weight;
        final Range orders;
        final Range lastOrderDays;
        final Range averageOrderValue;

        Persona(int weight, Range orders, Range lastOrderDays, Range averageOrderValue) {
            this.weight = weight;
            this.orders = orders;
            this.lastOrderDays = lastOrderDays;
            this.averageOrderValue = averageOrderValue;
        }

        static Persona pick(Random random) {
            int roll = random.nextInt(100);
            for (Persona persona : values()) {
                roll -= persona.weight;
                if (roll < 0) {
                    return persona;
                }
            }
            return NEVER_ORDERED;
        }
    }
}
