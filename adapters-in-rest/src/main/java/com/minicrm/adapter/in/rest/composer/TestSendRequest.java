package com.minicrm.adapter.in.rest.composer;

/** A test send: the template, the channel, the address to send to, and optionally whose data fills the placeholders. */
public record TestSendRequest(String template, String channel, String to, String customerExternalId) {}
