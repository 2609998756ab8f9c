package com.minicrm.application.port.in;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {
    public ResultPage {
        items = List.copyOf(items);
    }
}
