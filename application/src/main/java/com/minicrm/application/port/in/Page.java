package com.minicrm.application.port.in;

import java.util.List;

/** One page of a longer list, numbered from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** How many rows come before the page; a long, since page times size can pass {@code Integer.MAX_VALUE}. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
