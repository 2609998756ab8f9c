package com.minicrm.adapter.in.rest.composer;

/**
 * A test send: the template, the channel, the address to send to, optionally whose data fills the
 * placeholders, and for e-mail (only) the subject template.
 */
public record TestSendRequest(String template, String channel, String to, String customerExternalId, String subject) {}
