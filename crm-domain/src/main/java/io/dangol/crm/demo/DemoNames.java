package io.dangol.crm.demo;

import java.util.SplittableRandom;

/** Invented names: Korean (surname by real frequency, two-syllable given names) and English. */
final class DemoNames {

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심"};
    /** Roughly the share of the population of each surname above, in tenths of a percent. */
    private static final int[] SURNAME_WEIGHTS = {215, 147, 84, 47, 44, 24, 21, 20, 19, 16, 15, 15, 15, 14, 14, 13, 13,
        13, 12, 11, 11, 9, 9, 9, 9, 8, 8, 7, 6, 6};
    private static final String[] GIVEN = {"민준", "서연", "지우", "하은", "도윤", "서준", "지민", "수아", "예준", "하윤",
        "현우", "지유", "은서", "건우", "채원", "우진", "지아", "선우", "다은", "유진", "준영", "소윤", "영희", "철수",
        "미경", "정훈", "성민", "혜진", "동현", "수빈", "민서", "재원", "윤서", "태희", "경민", "보람", "상철", "은지"};
    private static final String[] FIRST = {"James", "Olivia", "Daniel", "Emma", "Michael", "Sophia", "David", "Grace",
        "Chris", "Hannah", "Ryan", "Chloe", "Kevin", "Julia", "Brian", "Sarah", "Jason", "Emily", "Eric", "Anna"};
    private static final String[] LAST = {"Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Lee"};
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
        return SURNAMES[i] + GIVEN[random.nextInt(GIVEN.length)];
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
        return ascii + "." + Integer.toString(index, 36) + random.nextInt(100);
    }
}
