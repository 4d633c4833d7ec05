package io.dangol.crm.importing;

/** A file refused as a whole, before any of its rows is written: a message code and what it is about (the missing columns, say). */
public final class RefusedFile extends Exception {

    private final String reason;
    private final String detail;

    public RefusedFile(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
