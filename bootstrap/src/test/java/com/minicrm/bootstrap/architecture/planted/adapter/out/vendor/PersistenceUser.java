package com.minicrm.bootstrap.architecture.planted.adapter.out.vendor;

import com.minicrm.bootstrap.architecture.planted.adapter.out.persistence.Store;

/** Planted: an adapter that depends on another adapter. */
public class PersistenceUser {
    public int size(Store store) {
        return store.size();
    }
}
