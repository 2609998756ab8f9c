package com.minicrm.application.port.in;

/**
 * Loads realistic demo data (Indian retail customers and orders) through the public ingestion
 * API, in the background. One load runs at a time; {@link #progress()} can be polled.
 */
public interface LoadDemoDataUseCase {

    /** Starts a load of {@code customers} customers (about three orders each); returns at once. */
    DemoDataProgress start(int customers);

    DemoDataProgress progress();

    enum State { IDLE, RUNNING, DONE, FAILED }

    /** Rows handed to the ingestion API so far, out of the planned totals. */
    record DemoDataProgress(State state, int customersPlanned, int customersSent,
                            int ordersPlanned, int ordersSent, String error) {

        public int percent() {
            int planned = customersPlanned + ordersPlanned;
            return planned == 0 ? 0 : (int) (100L * (customersSent + ordersSent) / planned);
        }
    }
}
