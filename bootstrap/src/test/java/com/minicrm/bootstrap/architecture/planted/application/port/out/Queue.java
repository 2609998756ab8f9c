package com.minicrm.bootstrap.architecture.planted.application.port.out;

/** Planted: an outgoing port. */
public interface Queue {
    void publish(String message);
}
