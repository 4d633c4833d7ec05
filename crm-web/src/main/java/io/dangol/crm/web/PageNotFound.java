package io.dangol.crm.web;

/** A page asked for by an id that names nothing (an export, an import run): answered with the 404 page. */
public final class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super("no such " + what);
    }
}
