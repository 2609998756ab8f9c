package com.minicrm.application.port.out;

import java.util.List;

/** Distinct values of the customers' descriptive columns, most common first. */
public interface CustomerFacets {
    List<String> cities(int limit);

    List<String> tags(int limit);
}
