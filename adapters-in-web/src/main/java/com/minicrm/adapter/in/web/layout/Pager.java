package com.minicrm.adapter.in.web.layout;

import com.minicrm.application.port.in.Page;

/** Paging links for a list page: where the page sits and what the neighbours are. */
public record Pager(int page, int size, long total) {
    public static Pager of(Page<?> page) {
        return new Pager(page.page(), page.size(), page.total());
    }

    /** A page number from a query parameter; anything odd reads as the first page. */
    public static int number(String value) {
        try {
            int page = Integer.parseInt(value == null ? "0" : value.strip());
            return Math.max(0, Math.min(page, 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The page index for a page number people count from 1, as the customer list's links carry it.
     * An old link's {@code page=0} and anything odd read as the first page.
     */
    public static int fromNumber(String value) {
        return Math.max(0, number(value) - 1);
    }

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    public int previousPage() {
        return Math.max(0, page - 1);
    }

    public int nextPage() {
        return page + 1;
    }

    /** The previous page's number as people count, for links that count from 1. */
    public int previousNumber() {
        return Math.max(1, page);
    }

    public int nextNumber() {
        return page + 2;
    }

    /** A page after the last one, as an old or hand-edited link can ask for. */
    public boolean pastTheEnd() {
        return total > 0 && (long) page * size >= total;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }
}
