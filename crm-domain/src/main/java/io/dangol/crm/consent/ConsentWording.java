package io.dangol.crm.consent;

import java.util.List;
import java.util.Optional;

/**
 * The consents a registration form offers, each with its own wording (the texts are the messages
 * {@code register.consent.<code>} in Korean and English) and one version for the whole set: the version shown on the
 * form is recorded with the registration, so that what a customer agreed to can be told later. Change a text, change
 * {@link #VERSION}. Profiling is sent through no channel; it is recorded under EMAIL, as imports and the demo do.
 */
public final class ConsentWording {

    public static final String VERSION = "2026-12-01";

    /** One tick box of the form: a purpose, through a channel. */
    public record Item(ConsentChannel channel, ConsentPurpose purpose) {

        /** How the form names it: {@code SMS-MARKETING}. */
        public String code() {
            return channel.name() + "-" + purpose.name();
        }
    }

    public static final List<Item> OFFERED = List.of(
            new Item(ConsentChannel.SMS, ConsentPurpose.MARKETING),
            new Item(ConsentChannel.EMAIL, ConsentPurpose.MARKETING),
            new Item(ConsentChannel.PHONE, ConsentPurpose.MARKETING),
            new Item(ConsentChannel.POST, ConsentPurpose.MARKETING),
            new Item(ConsentChannel.EMAIL, ConsentPurpose.PROFILING));

    private ConsentWording() {
    }

    /** The offered item a form's code names, if it is one. */
    public static Optional<Item> item(String code) {
        return OFFERED.stream().filter(item -> item.code().equals(code == null ? "" : code.strip())).findFirst();
    }
}
