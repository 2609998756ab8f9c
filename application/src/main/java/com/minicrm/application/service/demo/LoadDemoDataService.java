package com.minicrm.application.service.demo;

import com.minicrm.application.port.in.LoadDemoDataUseCase;
import com.minicrm.application.port.out.IngestionApi;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pushes generated demo data through the public ingestion API in the background: all customers
 * first (in batches of up to 1,000), then their orders, so no order arrives before its customer.
 * One load at a time; progress is a snapshot that callers poll.
 */
public class LoadDemoDataService implements LoadDemoDataUseCase {
    public static final int MAX_CUSTOMERS = 100_000;
    private static final long SEED = 20_240_101L;

    private final IngestionApi api;
    private final Executor executor;
    private final Clock clock;
    private final AtomicReference<DemoDataProgress> progress =
            new AtomicReference<>(new DemoDataProgress(State.IDLE, 0, 0, 0, 0, null));

    public LoadDemoDataService(IngestionApi api, Executor executor, Clock clock) {
        this.api = api;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public synchronized DemoDataProgress start(int customers) {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw InvalidInputException.of("customers", "must be between 1 and " + MAX_CUSTOMERS);
        }
        if (progress.get().state() == State.RUNNING) {
            return progress.get();
        }
        DemoDataGenerator generator = new DemoDataGenerator(SEED, clock.instant());
        int orders = 0;
        for (int i = 0; i < customers; i++) {
            orders += generator.customer(i).orders().size();
        }
        DemoDataProgress started = new DemoDataProgress(State.RUNNING, customers, 0, orders, 0, null);
        progress.set(started);
        executor.execute(() -> load(generator, started));
        return started;
    }

    @Override
    public DemoDataProgress progress() {
        return progress.get();
    }

    private void load(DemoDataGenerator generator, DemoDataProgress planned) {
        int customersSent = 0;
        int ordersSent = 0;
        try (IngestionApi.Session session = api.open()) {
            for (int from = 0; from < planned.customersPlanned(); from += IngestionApi.MAX_BATCH) {
                int to = Math.min(planned.customersPlanned(), from + IngestionApi.MAX_BATCH);
                List<CustomerDraft> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    batch.add(generator.customer(i).customer());
                }
                session.sendCustomers(batch);
                customersSent = to;
                report(planned, customersSent, ordersSent);
            }
            List<OrderDraft> pending = new ArrayList<>(IngestionApi.MAX_BATCH);
            for (int i = 0; i < planned.customersPlanned(); i++) {
                for (OrderDraft order : generator.customer(i).orders()) {
                    pending.add(order);
                    if (pending.size() == IngestionApi.MAX_BATCH) {
                        session.sendOrders(pending);
                        ordersSent += pending.size();
                        pending.clear();
                        report(planned, customersSent, ordersSent);
                    }
                }
            }
            if (!pending.isEmpty()) {
                session.sendOrders(pending);
                ordersSent += pending.size();
            }
            progress.set(new DemoDataProgress(State.DONE, planned.customersPlanned(), customersSent,
                    planned.ordersPlanned(), ordersSent, null));
        } catch (RuntimeException e) {
            progress.set(new DemoDataProgress(State.FAILED, planned.customersPlanned(), customersSent,
                    planned.ordersPlanned(), ordersSent, String.valueOf(e.getMessage())));
        }
    }

    private void report(DemoDataProgress planned, int customersSent, int ordersSent) {
        progress.set(new DemoDataProgress(State.RUNNING, planned.customersPlanned(), customersSent,
                planned.ordersPlanned(), ordersSent, null));
    }
}
