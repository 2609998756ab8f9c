package com.minicrm.domain.consent;

/**
 * A rule's audience split by what the freeze would do with each customer on a channel: each one left
 * out is counted once, under the freeze's precedence (unsubscribed, then over the frequency cap, then
 * without an address), and the rest are reachable.
 */
public record Reach(long matched, long unsubscribed, long frequencyCapped, long noAddress) {
    public static final Reach NOBODY = new Reach(0, 0, 0, 0);

    public Reach {
        if (matched < 0 || unsubscribed < 0 || frequencyCapped < 0 || noAddress < 0
                || unsubscribed + frequencyCapped + noAddress > matched) {
            throw new IllegalArgumentException("the suppressed parts of an audience fit inside it");
        }
    }

    public long reachable() {
        return matched - unsubscribed - frequencyCapped - noAddress;
    }
}
