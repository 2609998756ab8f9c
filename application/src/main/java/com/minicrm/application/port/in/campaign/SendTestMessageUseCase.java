package com.minicrm.application.port.in.campaign;

/**
 * Sends a campaign's message, rendered for one real customer, to an address the marketer types, through
 * the same vendor as a campaign. A test is never stored in the communication log, so no campaign counts it.
 */
public interface SendTestMessageUseCase {
    /** Throws {@code InvalidInputException} for a bad template, channel or address. */
    TestSent send(TestMessageCommand command);

    /** The template, the channel name, the address to send to, and optionally whose data fills the placeholders. */
    record TestMessageCommand(String template, String channel, String to, String customerExternalId) {}

    /** What was sent and what the vendor said: its message id when it took the message, or why it did not. */
    record TestSent(String to, String text, boolean accepted, String vendorMessageId, String failure) {}
}
