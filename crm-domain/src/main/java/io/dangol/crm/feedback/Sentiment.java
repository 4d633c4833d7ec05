package io.dangol.crm.feedback;

/** The tone of feedback. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
