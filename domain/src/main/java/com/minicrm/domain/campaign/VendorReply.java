package com.minicrm.domain.campaign;

/** What one call to the messaging vendor came back with. */
public sealed interface VendorReply {
    /** The vendor took the message (202) and will send a receipt later. */
    record Accepted(String vendorMessageId) implements VendorReply {}

    /** The vendor answered with an error status. */
    record Rejected(int httpStatus, String detail) implements VendorReply {}

    /** No answer in time, or the connection broke: the message may or may not have arrived. */
    record Unreachable(String detail) implements VendorReply {}

    /** A short human reason, stored as the message's last error. */
    default String describe() {
        if (this instanceof Rejected rejected) {
            return "vendor answered " + rejected.httpStatus() + (rejected.detail() == null ? "" : ": " + rejected.detail());
        }
        if (this instanceof Unreachable unreachable) {
            return "vendor unreachable: " + unreachable.detail();
        }
        return "accepted";
    }
}
