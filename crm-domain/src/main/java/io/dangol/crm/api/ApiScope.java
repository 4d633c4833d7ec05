package io.dangol.crm.api;

import java.util.Arrays;
import java.util.Optional;

/** What a channel system's API token may do; an admin grants each one when issuing the token. */
public enum ApiScope {
    CUSTOMERS_READ("customers:read"),
    /** With customers:read, customers of every source system; without it a token reads only its own system's. */
    CUSTOMERS_READ_ALL("customers:read-all"),
    CUSTOMERS_WRITE("customers:write"),
    ORDERS_WRITE("orders:write"),
    CONTACTS_WRITE("contacts:write"),
    FEEDBACK_WRITE("feedback:write"),
    CONSENTS_WRITE("consents:write"),
    CALLS_WRITE("calls:write");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    /** As tokens and the OpenAPI document name it: {@code customers:read}. */
    public String code() {
        return code;
    }

    public static Optional<ApiScope> parse(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code) || scope.name().equals(code)).findFirst();
    }
}
