package io.dangol.crm.feedback;

/** Whether feedback has been answered. */
public enum FeedbackStatus {
    NEW, ANSWERED, CLOSED
}
