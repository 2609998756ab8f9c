package com.minicrm.application.service.campaign;

import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Fakes and data for the campaign service tests. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {}

    static List<CustomerProfile> customers(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new CustomerProfile(i + 1, "c-" + i, "Person" + i + " X", null, "+91" + i, "Pune", null,
                        null, null, null, 0, null, null, null, false, NOW))
                .toList();
    }

    /** Any rule is fine except the text "bad". */
    static final AudienceRules RULES = (segmentId, rule) -> {
        if ("bad".equals(rule)) {
            throw InvalidInputException.of("rule", "is not a valid rule");
        }
        return new Audience(segmentId, rule == null ? "{\"segment\":" + segmentId + "}" : rule);
    };

    /** Remembers every job it was given. */
    static final class RecordingQueue implements DeliveryQueue {
        final List<DeliveryJob> jobs = new ArrayList<>();

        @Override
        public void enqueue(List<DeliveryJob> more) {
            jobs.addAll(more);
        }
    }

    /** Answers each message by a rule, and counts what it was handed. */
    static final class ScriptedVendor implements MessagingVendor {
        final List<Long> handedOver = new ArrayList<>();
        private final Function<OutgoingMessage, SendResult> answer;

        ScriptedVendor(Function<OutgoingMessage, SendResult> answer) {
            this.answer = answer;
        }

        static ScriptedVendor acceptingAll() {
            return new ScriptedVendor(m -> new SendResult(m.messageId(), new VendorReply.Accepted("v-" + m.messageId()), 1));
        }

        @Override
        public synchronized List<SendResult> send(List<OutgoingMessage> messages) {
            messages.forEach(m -> handedOver.add(m.messageId()));
            return messages.stream().map(answer).toList();
        }
    }
}
