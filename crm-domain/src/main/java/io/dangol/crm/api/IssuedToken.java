package io.dangol.crm.api;

/** A token just issued, with its secret — shown to the admin this once and never again. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.prefix() + "…]";
    }
}
