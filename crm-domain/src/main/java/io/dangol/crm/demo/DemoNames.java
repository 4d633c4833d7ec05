package io.dangol.crm.demo;

import java.util.SplittableRandom;

/** Invented names: Korean (surname by real frequency, two-syllable given names) and English. */
final class DemoNames {

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심"};
    /** Roughly the share of the population of each surname above, in tenths of a percent. */
    private static final int[] SURNAME_WEIGHTS = {215, 147, 84, 47, 44, 24, 21, 20, 19, 16, 15, 15, 15, 14, 14, 13, 13,
        13, 12, 11, 11, 9, 9, 9, 9, 8, 8, 7, 6, 6};
    /** Given names are two syllables, the first from one list and the second from another, as most are. */
    private static final String[] FIRST_SYLLABLE = {"민", "서", "지", "하", "도", "수", "예", "현", "은", "건", "채", "우",
        "선", "다", "유", "소", "영", "미", "정", "성", "혜", "동", "재", "윤", "태", "경", "보", "상", "진", "승", "시",
        "주", "나", "세", "가", "연", "형", "종", "기", "용"};
    private static final String[] SECOND_SYLLABLE = {"준", "연", "우", "은", "윤", "아", "민", "영", "진", "원", "희",
        "서", "호", "빈", "훈", "현", "지", "율", "린", "경", "수", "철", "혁", "석", "환", "주", "숙", "자", "미", "욱",
        "겸", "온", "람", "솔", "결", "후", "찬", "규", "인", "하"};
    /** The most common given names, drawn one time in five. */
    private static final String[] GIVEN = {"민준", "서연", "지우", "하은", "도윤", "서준", "지민", "수아", "예준", "하윤",
        "현우", "지유", "은서", "건우", "채원", "우진", "지아", "선우", "다은", "유진", "준영", "소윤", "영희", "철수",
        "미경", "정훈", "성민", "혜진", "동현", "수빈", "민서", "재원", "윤서", "태희", "경민", "보람", "상철", "은지"};
    private static final String[] FIRST = {"James", "Olivia", "Daniel", "Emma", "Michael", "Sophia", "David", "Grace",
        "Chris", "Hannah", "Ryan", "Chloe", "Kevin", "Julia", "Brian", "Sarah", "Jason", "Emily", "Eric", "Anna", "Thomas",
        "Laura", "Mark", "Rachel", "Paul", "Megan", "Steven", "Alice", "Andrew", "Natalie", "Peter", "Claire", "Simon",
        "Lucy", "Adam", "Ruth", "Oliver", "Helen", "Victor", "Irene"};
    private static final String[] LAST = {"Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Lee", "Carter",
        "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed",
        "Bell", "Cooper", "Ward", "Foster", "Gray", "Hughes", "Price", "Bennett"};
    private static final String[] COMPANY_KO = {"한빛", "누리", "가람", "세움", "다온", "마루", "하늘", "푸른"};
    private static final String[] COMPANY_KO_KIND = {"상사", "물산", "커피", "디자인", "식품", "컴퍼니"};
    private static final String[] COMPANY_EN = {"Blue Harbor", "Maple Leaf", "Northwind", "Silver Oak", "Red Pine"};
    private static final int SURNAME_TOTAL = java.util.Arrays.stream(SURNAME_WEIGHTS).sum();

    private DemoNames() {
    }

    static String korean(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        int i = 0;
        while (pick >= SURNAME_WEIGHTS[i]) {
            pick -= SURNAME_WEIGHTS[i++];
        }
        int combined = FIRST_SYLLABLE.length * SECOND_SYLLABLE.length;
        int given = random.nextInt(5 * GIVEN.length * combined);
        if (given % 5 == 0) {
            return SURNAMES[i] + GIVEN[given / 5 % GIVEN.length];
        }
        int syllables = given / 5 % combined;
        return SURNAMES[i] + FIRST_SYLLABLE[syllables / SECOND_SYLLABLE.length] + SECOND_SYLLABLE[syllables % SECOND_SYLLABLE.length];
    }

    /**
     * A name as someone else typed it: the same about half the time, otherwise with a space
     * ({@code 김 민준}), or one letter off — a Hangul syllable's final consonant changed
     * ({@code 김민준} → {@code 김민줄}), a Latin letter doubled.
     */
    static String retyped(String name, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 50 || name.length() < 2) {
            return name;
        }
        if (draw < 75) {
            int at = 1 + random.nextInt(name.length() - 1);
            return name.substring(0, at) + " " + name.substring(at);
        }
        int last = name.length() - 1;
        char c = name.charAt(last);
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int syllable = c - 0xAC00;
            int finalConsonant = syllable % 28;
            int changed = finalConsonant == 0 ? 4 : finalConsonant == 8 ? 21 : 8; // none → ㄴ, ㄹ → ㅇ, else → ㄹ
            return name.substring(0, last) + (char) (0xAC00 + syllable - finalConsonant + changed);
        }
        int at = 1 + random.nextInt(last);
        return name.substring(0, at) + name.charAt(at) + name.substring(at);
    }

    static String english(SplittableRandom random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static String company(SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            return COMPANY_EN[random.nextInt(COMPANY_EN.length)] + " Ltd.";
        }
        return "(주)" + COMPANY_KO[random.nextInt(COMPANY_KO.length)] + COMPANY_KO_KIND[random.nextInt(COMPANY_KO_KIND.length)];
    }

    static String emailLocalPart(String name, int index, SplittableRandom random) {
        String ascii = name.chars().allMatch(c -> c < 128)
                ? name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ".") : "user";
        return ascii + "." + Integer.toString(index, 36) + "." + random.nextInt(100); // the dot keeps every address unique
    }
}
