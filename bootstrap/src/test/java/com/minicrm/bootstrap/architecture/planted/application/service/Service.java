package com.minicrm.bootstrap.architecture.planted.application.service;

/** Planted: a service, which adapters must reach only through an incoming port. */
public class Service {
    public void run() {}
}
