package com.minicrm.adapter.out.llm.local;

import java.util.List;
import java.util.Map;

/**
 * Indian cities a marketer may name, each with its other spellings, so "Bangalore" finds
 * customers stored as "Bengaluru". Cities found in the customer data are added to these.
 */
final class IndianCities {
    private IndianCities() {}

    /** Canonical name → other names. */
    static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("Mumbai", List.of("Bombay")), Map.entry("Delhi", List.of("New Delhi")),
            Map.entry("Bengaluru", List.of("Bangalore")), Map.entry("Hyderabad", List.of()),
            Map.entry("Ahmedabad", List.of("Amdavad")), Map.entry("Chennai", List.of("Madras")),
            Map.entry("Kolkata", List.of("Calcutta")), Map.entry("Pune", List.of("Poona")), Map.entry("Jaipur", List.of()),
            Map.entry("Surat", List.of()), Map.entry("Lucknow", List.of()), Map.entry("Kanpur", List.of()),
            Map.entry("Nagpur", List.of()), Map.entry("Indore", List.of()), Map.entry("Thane", List.of()),
            Map.entry("Bhopal", List.of()), Map.entry("Visakhapatnam", List.of("Vizag")), Map.entry("Patna", List.of()),
            Map.entry("Vadodara", List.of("Baroda")), Map.entry("Ghaziabad", List.of()), Map.entry("Ludhiana", List.of()),
            Map.entry("Agra", List.of()), Map.entry("Nashik", List.of("Nasik")), Map.entry("Faridabad", List.of()),
            Map.entry("Meerut", List.of()), Map.entry("Rajkot", List.of()), Map.entry("Varanasi", List.of("Benares", "Banaras")),
            Map.entry("Srinagar", List.of()), Map.entry("Aurangabad", List.of()), Map.entry("Amritsar", List.of()),
            Map.entry("Navi Mumbai", List.of()), Map.entry("Prayagraj", List.of("Allahabad")), Map.entry("Ranchi", List.of()),
            Map.entry("Howrah", List.of()), Map.entry("Coimbatore", List.of()), Map.entry("Jabalpur", List.of()),
            Map.entry("Gwalior", List.of()), Map.entry("Vijayawada", List.of()), Map.entry("Jodhpur", List.of()),
            Map.entry("Madurai", List.of()), Map.entry("Raipur", List.of()), Map.entry("Kota", List.of()),
            Map.entry("Guwahati", List.of()), Map.entry("Chandigarh", List.of()), Map.entry("Mysuru", List.of("Mysore")),
            Map.entry("Thiruvananthapuram", List.of("Trivandrum")), Map.entry("Kochi", List.of("Cochin")),
            Map.entry("Noida", List.of()), Map.entry("Gurugram", List.of("Gurgaon")), Map.entry("Dehradun", List.of()),
            Map.entry("Bhubaneswar", List.of()), Map.entry("Panaji", List.of()), Map.entry("Goa", List.of()),
            Map.entry("Mangaluru", List.of("Mangalore")), Map.entry("Udaipur", List.of()), Map.entry("Shimla", List.of()),
            Map.entry("Puducherry", List.of("Pondicherry")), Map.entry("Tiruchirappalli", List.of("Trichy")),
            Map.entry("Hubballi", List.of("Hubli")), Map.entry("Belagavi", List.of("Belgaum")), Map.entry("Jammu", List.of()),
            Map.entry("Siliguri", List.of()), Map.entry("Ajmer", List.of()), Map.entry("Jamshedpur", List.of()),
            Map.entry("Dhanbad", List.of()), Map.entry("Cuttack", List.of()), Map.entry("Kozhikode", List.of("Calicut")),
            Map.entry("Thrissur", List.of()), Map.entry("Salem", List.of()), Map.entry("Warangal", List.of()),
            Map.entry("Guntur", List.of()), Map.entry("Bikaner", List.of()), Map.entry("Aligarh", List.of()),
            Map.entry("Bareilly", List.of()), Map.entry("Gorakhpur", List.of()), Map.entry("Kolhapur", List.of()),
            Map.entry("Solapur", List.of()), Map.entry("Jalandhar", List.of()), Map.entry("Ujjain", List.of()),
            Map.entry("Nellore", List.of()), Map.entry("Tirupati", List.of()), Map.entry("Vellore", List.of()),
            Map.entry("Haridwar", List.of()), Map.entry("Rishikesh", List.of()), Map.entry("Mohali", List.of()),
            Map.entry("Panchkula", List.of()), Map.entry("Gandhinagar", List.of()), Map.entry("Bhavnagar", List.of()),
            Map.entry("Jamnagar", List.of()), Map.entry("Durgapur", List.of()), Map.entry("Asansol", List.of()),
            Map.entry("Imphal", List.of()), Map.entry("Shillong", List.of()), Map.entry("Aizawl", List.of()),
            Map.entry("Gangtok", List.of()), Map.entry("Agartala", List.of()), Map.entry("Itanagar", List.of()));
}
