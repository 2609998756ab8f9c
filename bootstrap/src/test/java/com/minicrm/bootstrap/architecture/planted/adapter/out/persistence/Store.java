package com.minicrm.bootstrap.architecture.planted.adapter.out.persistence;

/** Planted: a persistence adapter, used by another adapter. */
public class Store {
    public int size() {
        return 0;
    }
}
