package io.dangol.crm.api.web;

import java.io.Serializable;

/** A new token's secret, shown on the next page only: kept in the session until then, so serialisable. */
public record ShownOnce(String name, String secret) implements Serializable {
}
