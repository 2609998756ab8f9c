package com.minicrm.bootstrap.architecture.planted.adapter.out.llm;

import com.minicrm.bootstrap.architecture.planted.bootstrap.Wiring;

/** Planted: an adapter that depends on the bootstrap. */
public class BootstrapUser {
    public String name(Wiring wiring) {
        return wiring.name();
    }
}
