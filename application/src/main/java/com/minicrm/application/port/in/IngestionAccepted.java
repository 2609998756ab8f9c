package com.minicrm.application.port.in;

/** What the caller is told once the queue holds its request. */
public record IngestionAccepted(int accepted, String requestId) {}
