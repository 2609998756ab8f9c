package com.minicrm.bootstrap.architecture.planted.adapter.in.rest;

import com.minicrm.bootstrap.architecture.planted.application.service.Service;

/** Planted: an incoming adapter that calls a service instead of a port. */
public class ServiceCaller {
    public void call(Service service) {
        service.run();
    }
}
