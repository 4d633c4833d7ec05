package io.dangol.crm.shared;

/**
 * Masks for personal data shown where the whole value is not needed: a phone keeps its first and last groups
 * ({@code 010-****-5678}), an e-mail address its first letter and domain ({@code k***@example.com}).
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Read as {@link PhoneNumber} reads it; what is not a phone number is masked whole. */
    public static String maskPhone(String phone) {
        return PhoneNumber.tryParse(phone).map(PersonalData::mask).orElse("****");
    }

    private static String mask(PhoneNumber number) {
        String national = number.national();
        int first = national.indexOf('-');
        int last = national.lastIndexOf('-');
        String area = first > 0 && last > first ? national.substring(0, first) : national.substring(0, Math.min(3, national.length()));
        return area + "-****-" + number.lastFour();
    }

    public static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }
}
