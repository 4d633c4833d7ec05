package io.dangol.crm.shared;

/**
 * Masks for personal data shown where the whole value is not needed: a phone keeps its first and last groups
 * ({@code 010-****-5678}), an e-mail address its first letter and domain ({@code k***@example.com}).
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("82") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() < 7) {
            return "*".repeat(Math.max(digits.length(), 4));
        }
        String last = digits.substring(digits.length() - 4);
        String first = digits.startsWith("02") ? "02" : digits.substring(0, 3);
        return first + "-****-" + last;
    }

    public static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }
}
