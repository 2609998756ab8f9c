package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.in.PreviewMessageUseCase.MessagePreview;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.TestMessage;
import com.minicrm.domain.validation.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/** Renders the message as the composer previews it, then hands it to the vendor like a campaign message. */
public class SendTestMessageService implements SendTestMessageUseCase {
    private final PreviewMessageUseCase preview;
    private final MessagingVendor vendor;

    public SendTestMessageService(PreviewMessageUseCase preview, MessagingVendor vendor) {
        this.preview = preview;
        this.vendor = vendor;
    }

    @Override
    public TestSent send(TestMessageCommand command) {
        Channel channel = Arrays.stream(Channel.values()).filter(c -> c.name().equals(command.channel())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("channel", "must be one of SMS, EMAIL, WHATSAPP"));
        MessagePreview rendered = preview.preview(command.template(), command.customerExternalId());
        OutgoingMessage message = TestMessage.to(channel, command.to(), rendered.text());
        List<SendResult> results = vendor.send(List.of(message));
        SendResult result = results.get(0);
        return new TestSent(message.recipient(), message.body(), result.accepted(), result.vendorMessageId().orElse(null),
                result.accepted() ? null : result.reply().describe());
    }
}
