package io.dangol.crm.web;

/** A page number as a list's address asks for it: typed or tampered with, anything but 1 to {@code last} is page 1. */
public final class PageNumber {

    private PageNumber() {
    }

    public static int parse(String page, int last) {
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 && number <= last ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
