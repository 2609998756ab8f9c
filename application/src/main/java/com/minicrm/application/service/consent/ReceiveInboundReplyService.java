package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.ReceiveInboundReplyUseCase;
import com.minicrm.application.port.out.consent.InboundReplays;
import com.minicrm.application.port.out.consent.InboundReplies;
import com.minicrm.application.service.campaign.VerifyReceiptService;
import com.minicrm.domain.campaign.ReceiptSignature;
import com.minicrm.domain.consent.AppliedReply;
import com.minicrm.domain.consent.InboundMessage;
import java.time.Clock;
import java.util.function.Function;

/** Verifies a forwarded reply like a receipt, with its own replay record, then applies it. */
public class ReceiveInboundReplyService implements ReceiveInboundReplyUseCase {
    private final VerifyReceiptService verify;
    private final InboundReplies replies;
    private final Clock clock;

    public ReceiveInboundReplyService(ReceiptSignature signature, InboundReplays replays, InboundReplies replies, Clock clock) {
        this.verify = new VerifyReceiptService(signature, replays, clock);
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public AppliedReply receive(String timestamp, String signature, String body, Function<String, InboundMessage> parser) {
        verify.verify(timestamp, signature, body);
        try {
            return replies.apply(parser.apply(body).validate(), clock.instant());
        } catch (RuntimeException e) {
            verify.release(signature);
            throw e;
        }
    }
}
