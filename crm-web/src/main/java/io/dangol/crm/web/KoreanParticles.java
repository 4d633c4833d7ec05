package io.dangol.crm.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles chosen by the sound they follow: a message written {@code {0}을(를)} reads {@code 약과 선물세트를}
 * or {@code 셔츠를} once {@code {0}} is known, {@code {1}(으)로} reads {@code 웹으로}, {@code 매장으로} or
 * {@code 전화로}. The word before a particle is read by its last Hangul syllable's final consonant (batchim); a digit
 * as Koreans read it (1 일, 3 삼, 6 육 … have one; 2 이, 4 사, 5 오, 9 구 do not); a Latin letter by the Korean name of
 * the letter (L 엘, M 엠, N 엔, R 알 end in a consonant); {@code %} as 퍼센트. Closing quotes and brackets between the word and the
 * particle are looked through. Where nothing tells, both forms stay as written.
 */
public final class KoreanParticles {

    /** A particle written with both forms, the one after a consonant first: 을(를), 은(는), 이(가), 과(와), (으)로, (이)라. */
    private static final Pattern BOTH = Pattern.compile("을\\(를\\)|은\\(는\\)|이\\(가\\)|과\\(와\\)|\\(으\\)로|\\(이\\)라|\\(이\\)나|아\\(야\\)");
    private static final String CLOSING = "\"'”’)]」』>";
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int RIEUL = 8;

    private KoreanParticles() {
    }

    /** The text with every two-form particle resolved where the word before it tells which. */
    public static String attach(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher matcher = BOTH.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            Ending ending = endingBefore(text, matcher.start());
            matcher.appendReplacement(out, Matcher.quoteReplacement(choose(matcher.group(), ending)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private enum Ending { VOWEL, RIEUL, CONSONANT, UNKNOWN }

    private static String choose(String both, Ending ending) {
        if (ending == Ending.UNKNOWN) {
            return both;
        }
        boolean consonant = ending != Ending.VOWEL;
        return switch (both) {
            case "을(를)" -> consonant ? "을" : "를";
            case "은(는)" -> consonant ? "은" : "는";
            case "이(가)" -> consonant ? "이" : "가";
            case "과(와)" -> consonant ? "과" : "와";
            case "아(야)" -> consonant ? "아" : "야";
            case "(으)로" -> ending == Ending.CONSONANT ? "으로" : "로";
            case "(이)라" -> consonant ? "이라" : "라";
            case "(이)나" -> consonant ? "이나" : "나";
            default -> both;
        };
    }

    private static Ending endingBefore(String text, int at) {
        int i = at;
        while (i > 0 && CLOSING.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0) {
            return Ending.UNKNOWN;
        }
        char last = text.charAt(i - 1);
        if (last >= HANGUL_FIRST && last <= HANGUL_LAST) {
            int finalConsonant = (last - HANGUL_FIRST) % 28;
            return finalConsonant == 0 ? Ending.VOWEL : finalConsonant == RIEUL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            return switch (last) {
                case '1', '7', '8' -> Ending.RIEUL;
                case '0', '3', '6' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        if (last == '%') {
            return Ending.VOWEL;
        }
        char letter = Character.toUpperCase(last);
        if (letter >= 'A' && letter <= 'Z') {
            return switch (letter) {
                case 'L', 'R' -> Ending.RIEUL;
                case 'M', 'N' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        return Ending.UNKNOWN;
    }
}
