package com.minicrm.adapter.in.rest.composer;

import com.minicrm.application.port.in.campaign.SendTestMessageUseCase.TestSent;

/** What the test sent (with its subject, for e-mail), to whom, and the vendor's answer. */
public record TestSendResponse(String to, String text, boolean accepted, String vendorMessageId, String failure, String subject) {
    static TestSendResponse from(TestSent sent) {
        return new TestSendResponse(sent.to(), sent.text(), sent.accepted(), sent.vendorMessageId(), sent.failure(), sent.subject());
    }
}
