package io.dangol.crm.customer;

import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registration form as it was typed: every value text, so that the form can be shown again with what was typed
 * and a message at each field that cannot be taken. {@link #check} turns it into a {@link NewCustomer}.
 *
 * @param consents       the codes of the ticked consents ({@code SMS-MARKETING}); none is ticked by default
 * @param under14        staff ticked "under 14" (when no birthday with a year tells)
 * @param pointsConfirmed staff confirmed the phones, e-mail and address with the customer just now
 */
public record CustomerDraft(String name, String kind, String phone, String otherPhone, String email, String postcode,
                            String road, String addressDetail, String birthday, String tags, String channel, String store,
                            List<String> consents, String wordingVersion, String language, boolean pointsConfirmed,
                            boolean under14, String guardianName, String guardianRelation, String guardianPhone,
                            boolean guardianConsented, String duplicateReason) {

    public static final int MAX_NAME = 200;
    public static final int MAX_STORE = 100;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_REASON = 500;
    public static final int CONSENT_AGE = 14;
    /** The channels a customer can come through at registration (imports are not registered by hand). */
    public static final List<AcquisitionChannel> CHANNELS = Arrays.stream(AcquisitionChannel.values())
            .filter(channel -> channel != AcquisitionChannel.IMPORT).toList();

    /** An empty form: a person, met in the store, nothing ticked. */
    public static CustomerDraft empty(String language) {
        return prefilled("", "", "", language);
    }

    /** An empty form with what staff searched for: a name, a phone or an e-mail address. */
    public static CustomerDraft prefilled(String name, String phone, String email, String language) {
        return new CustomerDraft(name, "PERSON", phone, "", email, "", "", "", "", "", "STORE", "", List.of(),
                ConsentWording.VERSION, language, false, false, "", "", "", false, "");
    }

    /** The problems by field (message codes), or the customer. */
    public record Checked(Optional<NewCustomer> customer, Map<String, String> errors) {
    }

    public CustomerDraft {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    public Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = checkedName(name, errors);
        CustomerKind checkedKind = Codes.parse(CustomerKind.class, kind).orElse(null);
        if (checkedKind == null) {
            errors.put("kind", "register.error.kind");
        }
        List<PhoneNumber> phones = new ArrayList<>();
        phone("phone", phone, phones, errors);
        phone("otherPhone", otherPhone, phones, errors);
        Optional<EmailAddress> checkedEmail = Optional.empty();
        if (!text(email).isEmpty()) {
            checkedEmail = EmailAddress.tryParse(email);
            if (checkedEmail.isEmpty()) {
                errors.put("email", "register.error.email");
            }
        }
        Optional<PostalAddress> address = Optional.empty();
        if (!text(postcode).isEmpty() || !text(road).isEmpty() || !text(addressDetail).isEmpty()) {
            address = PostalAddress.tryOf(postcode, road, addressDetail);
            if (address.isEmpty()) {
                errors.put("address", "register.error.address");
            }
        }
        Optional<LocalDate> checkedBirthday = Optional.empty();
        if (!text(birthday).isEmpty()) {
            checkedBirthday = date(birthday).filter(day -> !day.isAfter(today) && day.getYear() >= 1900);
            if (checkedBirthday.isEmpty()) {
                errors.put("birthday", "register.error.birthday");
            }
        }
        Set<String> checkedTags = checkedTags(tags, errors);
        AcquisitionChannel checkedChannel = Codes.parse(AcquisitionChannel.class, channel)
                .filter(CHANNELS::contains).orElse(null);
        if (checkedChannel == null) {
            errors.put("channel", "register.error.channel");
        }
        if (text(store).length() > MAX_STORE) {
            errors.put("store", "register.error.store");
        }
        List<ConsentWording.Item> items = new ArrayList<>();
        for (String code : consents) {
            Optional<ConsentWording.Item> item = ConsentWording.item(code);
            if (item.isEmpty()) {
                errors.put("consents", "register.error.consent");
            } else if (!items.contains(item.get())) {
                items.add(item.get());
            }
        }
        if (!errors.containsKey("consents") && !ConsentWording.VERSION.equals(text(wordingVersion)) && !items.isEmpty()) {
            errors.put("consents", "register.error.wordingChanged");
        }
        for (ConsentWording.Item item : items) {
            boolean reachable = switch (item.channel()) { // a point typed but not right has its own message already
                case SMS, PHONE -> !phones.isEmpty() || errors.containsKey("phone") || errors.containsKey("otherPhone");
                case EMAIL -> checkedEmail.isPresent() || item.purpose() != ConsentPurpose.MARKETING || errors.containsKey("email");
                case POST -> address.isPresent() || errors.containsKey("address");
                case PUSH -> true;
            };
            if (!reachable && !errors.containsKey("consents")) {
                errors.put("consents", "register.error.consentNeeds." + item.channel());
            }
        }
        Optional<NewCustomer.Guardian> guardian = Optional.empty();
        boolean child = checkedKind == CustomerKind.PERSON
                && (under14 || checkedBirthday.map(day -> Period.between(day, today).getYears() < CONSENT_AGE).orElse(false));
        if (child) {
            Optional<PhoneNumber> guardianNumber = PhoneNumber.tryParse(guardianPhone);
            if (!guardianConsented || text(guardianName).isEmpty() || text(guardianRelation).isEmpty() || guardianNumber.isEmpty()
                    || text(guardianName).length() > MAX_NAME || text(guardianRelation).length() > MAX_STORE) {
                errors.put("guardian", "register.error.guardian");
            } else {
                guardian = Optional.of(new NewCustomer.Guardian(text(guardianName), text(guardianRelation), guardianNumber.get()));
            }
        }
        if (text(duplicateReason).length() > MAX_REASON) {
            errors.put("duplicateReason", "register.error.reasonTooLong");
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), Collections.unmodifiableMap(errors)); // in the form's order
        }
        return new Checked(Optional.of(new NewCustomer(cleanName, checkedKind, phones, checkedEmail, address, checkedBirthday,
                checkedTags, checkedChannel, text(store), items, ConsentWording.VERSION, "en".equals(text(language)) ? "en" : "ko",
                pointsConfirmed, guardian, text(duplicateReason))), Map.of());
    }

    /** The name as typed, stripped; a missing or too long one noted in {@code errors} (registration and edits alike). */
    static String checkedName(String typed, Map<String, String> errors) {
        String name = text(typed);
        if (name.isEmpty()) {
            errors.put("name", "register.error.name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "register.error.nameTooLong");
        }
        return name;
    }

    /** Tags as typed, separated by {@code , ; |}; too many or too long ones noted in {@code errors}. */
    static Set<String> checkedTags(String typed, Map<String, String> errors) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : text(typed).split("[,;|]")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            errors.put("tags", "register.error.tags");
        }
        return tags;
    }

    private static void phone(String field, String typed, List<PhoneNumber> phones, Map<String, String> errors) {
        if (text(typed).isEmpty()) {
            return;
        }
        Optional<PhoneNumber> number = PhoneNumber.tryParse(typed);
        if (number.isEmpty()) {
            errors.put(field, "register.error.phone");
        } else if (!phones.contains(number.get())) {
            phones.add(number.get());
        }
    }

    private static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(text(typed).replace('.', '-').replace('/', '-')));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
