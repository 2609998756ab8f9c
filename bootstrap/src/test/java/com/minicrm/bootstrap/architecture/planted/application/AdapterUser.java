package com.minicrm.bootstrap.architecture.planted.application;

import com.minicrm.bootstrap.architecture.planted.adapter.out.persistence.Store;

/** Planted: an application class that reaches an adapter. */
public class AdapterUser {
    public Store store() {
        return new Store();
    }
}
