package io.dangol.crm.customer;

/**
 * Something relevant to offer, with its reason: {@code share} of the customers who bought {@code becauseOf} also
 * bought {@code product}.
 */
public record Recommendation(long productId, String product, String becauseOf, double share) {
}
