package com.minicrm.application.port.in.campaign;

/**
 * Sends a campaign's message, rendered for one real customer, to an address the marketer types, through
 * the same vendor as a campaign. A test is never stored in the communication log, so no campaign counts it.
 */
public interface SendTestMessageUseCase {
    /** Throws {@code InvalidInputException} for a bad template, channel or address. */
    TestSent send(TestMessageCommand command);

    /**
     * The template, the channel name, the address to send to, optionally whose data fills the placeholders,
     * and the subject template, which an e-mail needs and other channels must not have.
     */
    record TestMessageCommand(String template, String channel, String to, String customerExternalId, String subject) {}

    /** What was sent (the subject only for e-mail) and what the vendor said: its message id when it took the message, or why not. */
    record TestSent(String to, String text, boolean accepted, String vendorMessageId, String failure, String subject) {}
}
