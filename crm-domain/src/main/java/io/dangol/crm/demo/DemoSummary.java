package io.dangol.crm.demo;

import java.time.Duration;

/** What a demo load wrote. */
public record DemoSummary(long customers, long orders, long orderLines, long returns, long serviceCases,
                          long contacts, Duration took) {
}
