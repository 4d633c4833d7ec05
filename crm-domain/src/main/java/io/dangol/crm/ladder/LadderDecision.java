package io.dangol.crm.ladder;

/** The stage a customer qualifies for, and the rule that decided it. */
public record LadderDecision(LadderStage stage, LadderRule rule) {
}
