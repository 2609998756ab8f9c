package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.application.port.in.Page;
import java.util.List;
import java.util.function.Function;

/** A page of results with what a client needs to fetch the next one. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
    static <D, T> PageResponse<T> from(Page<D> page, Function<D, T> map) {
        return new PageResponse<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total());
    }
}
