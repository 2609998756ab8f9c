package com.minicrm.bootstrap.architecture.planted.adapter.in.web;

import com.minicrm.bootstrap.architecture.planted.application.port.out.Queue;

/** Planted: an incoming adapter that uses an outgoing port. */
public class OutgoingPortUser {
    public void send(Queue queue) {
        queue.publish("hello");
    }
}
