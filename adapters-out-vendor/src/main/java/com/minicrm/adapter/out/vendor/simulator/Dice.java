package com.minicrm.adapter.out.vendor.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Random;

/**
 * The simulator's only source of chance, seeded so a test run can be repeated. Draws are
 * serialised: with concurrent requests the order of draws still depends on arrival order.
 */
@ApplicationScoped
class Dice {
    private final SimulatorConfig config;
    private final Random random;

    Dice(SimulatorConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** Whether a delivered message's recipient replies STOP; draws nothing while replies are off, so other draws stay as they were. */
    synchronized boolean repliesStop() {
        return config.stopReplyProbability() > 0 && random.nextDouble() < config.stopReplyProbability();
    }

    synchronized SimulatedOutcome roll() {
        double refusal = random.nextDouble();
        if (refusal < config.tooManyRequestsProbability()) {
            return new SimulatedOutcome.Refuse(429);
        }
        if (refusal < config.tooManyRequestsProbability() + config.unavailableProbability()) {
            return new SimulatedOutcome.Refuse(503);
        }
        long min = config.minLatency().toMillis();
        long spread = Math.max(0, config.maxLatency().toMillis() - min);
        return new SimulatedOutcome.Accept(
                "sim-" + Long.toHexString(random.nextLong()),
                random.nextDouble() < config.sentProbability(),
                Duration.ofMillis(min + (spread == 0 ? 0 : (long) (random.nextDouble() * (spread + 1)))),
                random.nextDouble() < config.duplicateProbability(),
                random.nextDouble() < config.outOfOrderProbability());
    }
}
