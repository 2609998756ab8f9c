package com.minicrm.bootstrap.architecture.planted.domain;

/** Planted: a domain class that depends on a framework. */
public class JacksonUser {
    public Object reader() {
        return new com.fasterxml.jackson.databind.ObjectMapper();
    }
}
