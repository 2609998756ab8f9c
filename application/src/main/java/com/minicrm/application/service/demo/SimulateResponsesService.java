package com.minicrm.application.service.demo;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.IngestionApi;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Simulates responses to a campaign: an exact share of its delivered recipients ({@link #DELIVERED_RATE})
 * and a smaller share of its holdout ({@link #HOLDOUT_RATE}) each place one order, chosen by a hash of
 * seed, campaign and customer. A recipient orders after their delivery, a holdout member after the
 * start, both within the window and no later than now, so the campaign shows a believable lift.
 */
public class SimulateResponsesService implements SimulateResponsesUseCase {
    static final double DELIVERED_RATE = 0.10;
    static final double HOLDOUT_RATE = 0.06;
    private static final int PAGE = 1_000;

    private final Campaigns campaigns;
    private final CommunicationLog log;
    private final IngestionApi api;
    private final Clock clock;

    public SimulateResponsesService(Campaigns campaigns, CommunicationLog log, IngestionApi api, Clock clock) {
        this.campaigns = campaigns;
        this.log = log;
        this.api = api;
        this.clock = clock;
    }

    @Override
    public SimulatedResponses simulate(long campaignId, long seed) {
        Campaign campaign = campaigns.byId(campaignId)
                .orElseThrow(() -> InvalidInputException.of("campaignId", "there is no campaign " + campaignId));
        List<LoggedMessage> delivered = members(campaignId, DeliveryStatus.SENT);
        if (delivered.isEmpty() || campaign.startedAt().isEmpty()) {
            // nobody was reached, so nobody responds, the holdout included: their orders would show a negative lift
            return new SimulatedResponses(campaignId, 0, 0, 0, 0);
        }
        List<LoggedMessage> holdout = members(campaignId, DeliveryStatus.HOLDOUT);
        Instant now = clock.instant();
        Duration window = Duration.ofHours(campaign.experiment().attributionWindowHours());
        List<OrderDraft> orders = new ArrayList<>();
        List<LoggedMessage> buyers = responders(delivered, DELIVERED_RATE, seed, campaignId);
        buyers.forEach(m -> orders.add(order(m, m.sentAt(), window, now, seed)));
        List<LoggedMessage> held = responders(holdout, HOLDOUT_RATE, seed, campaignId);
        held.forEach(m -> orders.add(order(m, campaign.startedAt().get(), window, now, seed)));
        try (IngestionApi.Session session = api.open()) {
            for (int from = 0; from < orders.size(); from += IngestionApi.MAX_BATCH) {
                session.sendOrders(orders.subList(from, Math.min(orders.size(), from + IngestionApi.MAX_BATCH)));
            }
        }
        return new SimulatedResponses(campaignId, delivered.size(), buyers.size(), holdout.size(), held.size());
    }

    private List<LoggedMessage> members(long campaignId, DeliveryStatus status) {
        List<LoggedMessage> members = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<LoggedMessage> p = log.messages(campaignId, Optional.of(status), page, PAGE);
            members.addAll(p.items());
            if (p.items().size() < PAGE) {
                return members;
            }
        }
    }

    /** Exactly round(rate × members) of them, the lowest by hash, so the share is the rate itself. */
    static List<LoggedMessage> responders(List<LoggedMessage> members, double rate, long seed, long campaignId) {
        long count = Math.round(members.size() * rate);
        return members.stream().sorted(Comparator.comparingLong((LoggedMessage m) -> mix(seed, campaignId, m.customerId()))
                .thenComparingLong(LoggedMessage::customerId)).limit(count).toList();
    }

    /** One order, at least a second after {@code from}, within the window and no later than now where it can be. */
    private static OrderDraft order(LoggedMessage member, Instant from, Duration window, Instant now, long seed) {
        long hash = mix(seed ^ 0x5DEECE66DL, member.campaignId(), member.customerId());
        long span = Math.max(1, Math.min(window.toSeconds(), Duration.between(from, now).toSeconds()));
        Instant at = from.plusSeconds(1 + Math.floorMod(hash, span));
        BigDecimal amount = BigDecimal.valueOf(29_900 + Math.floorMod(hash >>> 20, 470_000L), 2);
        return new OrderDraft("resp-" + member.campaignId() + "-" + member.customerId(), member.customerExternalId(), amount,
                at.isAfter(from.plus(window)) ? from.plus(window) : at, "DELIVERED", null);
    }

    /** SplitMix64's finaliser over seed, campaign and customer: a stable, well-spread choice. */
    static long mix(long seed, long campaignId, long customerId) {
        long z = seed * 0x9E3779B97F4A7C15L + campaignId * 0xBF58476D1CE4E5B9L + customerId * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
