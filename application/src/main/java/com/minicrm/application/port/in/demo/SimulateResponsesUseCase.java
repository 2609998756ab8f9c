package com.minicrm.application.port.in.demo;

/**
 * Demo responses to a campaign: orders from some of its delivered recipients after their delivery,
 * and a smaller share from its holdout after the start, sent through the public ingestion API so
 * that attribution counts them as it counts any order.
 */
public interface SimulateResponsesUseCase {
    /** The seed used when the caller gives none. */
    long DEFAULT_SEED = 19L;

    /**
     * Sends the orders and returns once the API has accepted them (they are stored a moment later).
     * The same campaign and seed always pick the same customers, orders and times, and each customer
     * places at most one simulated order per campaign, so running it again adds nothing. A campaign
     * with nothing delivered yet gets no responses (all counts zero). Throws
     * {@code InvalidInputException} naming {@code campaignId} when there is no such campaign.
     */
    SimulatedResponses simulate(long campaignId, long seed);

    /** How many members of each group there were, and how many of them were sent an order. */
    record SimulatedResponses(long campaignId, int delivered, int deliveredOrders, int holdout, int holdoutOrders) {}
}
