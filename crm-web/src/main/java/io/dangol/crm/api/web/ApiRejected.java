package io.dangol.crm.api.web;

/** A request the API cannot take: its status, the problem's message code and what it is about. */
final class ApiRejected extends RuntimeException {

    private final int status;
    private final String code;
    private final String about;
    private long retryAfterSeconds;

    ApiRejected(int status, String code, String about) {
        super(code + ": " + about);
        this.status = status;
        this.code = code;
        this.about = about;
    }

    /** For a 429: when the caller may come back. */
    ApiRejected retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String about() {
        return about;
    }
}
