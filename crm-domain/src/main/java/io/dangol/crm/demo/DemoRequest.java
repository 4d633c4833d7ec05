package io.dangol.crm.demo;

/** How much invented data to make, and from which seed (the same seed gives the same people). */
public record DemoRequest(int customers, long seed) {

    public static final long DEFAULT_SEED = 20_260_101L;

    public DemoRequest {
        if (customers < 1 || customers > 50_000_000) {
            throw new IllegalArgumentException("--customers is between 1 and 50,000,000, not " + customers);
        }
    }
}
