package com.minicrm.bootstrap.architecture.planted.bootstrap;

/** Planted: a bootstrap class. */
public class Wiring {
    public String name() {
        return "wiring";
    }
}
