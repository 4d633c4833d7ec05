package io.dangol.crm.feedback;

/** Where a theme stands: open (being looked at), decided (what the company will do), done (and it was done). */
public enum ThemeStatus {
    OPEN, DECIDED, DONE
}
