package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;

/** A customer with a moment coming up, for the list of the coming days' congratulations. */
public record UpcomingMoment(long customerId, String name, LadderStage stage, Moment moment) {
}
