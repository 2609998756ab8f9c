package com.minicrm.domain.segment;

import java.util.List;

/** How many customers a rule matches, with a few of them as a sample. */
public record Audience(long size, List<AudienceMember> sample) {
    public static final int SAMPLE_SIZE = 10;

    public Audience {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        sample = List.copyOf(sample);
    }
}
