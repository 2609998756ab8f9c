package com.minicrm.domain.consent;

/** What one reply changed: customers whose subscription changed, and queued messages withdrawn from running campaigns. */
public record AppliedReply(int customers, int withdrawn) {}
