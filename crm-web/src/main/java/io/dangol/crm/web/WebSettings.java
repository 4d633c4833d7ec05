package io.dangol.crm.web;

import java.time.ZoneId;

/** Settings of the web shell: the business's time zone for dates shown to staff. */
public record WebSettings(ZoneId zone) {
}
