package io.dangol.crm.demo;

import java.util.ArrayList;
import java.util.List;

/** The invented shop's products: a lifestyle store selling coffee, tea, kitchen and gifts. Prices in won. */
public final class DemoCatalog {

    public record Product(String sku, String name, String category, long unitCost, long price) { }

    private static final String[][] ITEMS = {
        {"COFFEE", "에티오피아 예가체프 원두 200g", "18000"}, {"COFFEE", "콜롬비아 수프리모 원두 500g", "32000"},
        {"COFFEE", "디카페인 하우스 블렌드 200g", "16000"}, {"COFFEE", "드립백 커피 10개입", "12000"},
        {"COFFEE", "콜드브루 원액 1L", "24000"}, {"TEA", "제주 녹차 티백 20개입", "9000"},
        {"TEA", "보성 우전차 50g", "28000"}, {"TEA", "캐모마일 허브티 15개입", "11000"},
        {"TEA", "유자차 1kg", "15000"}, {"TEA", "오미자청 500ml", "19000"},
        {"KITCHEN", "핸드드립 세트", "45000"}, {"KITCHEN", "세라믹 머그컵", "14000"},
        {"KITCHEN", "전동 그라인더", "129000"}, {"KITCHEN", "유리 티팟 600ml", "26000"},
        {"KITCHEN", "스테인리스 텀블러", "29000"}, {"KITCHEN", "에스프레소 머신", "389000"},
        {"SNACK", "수제 쿠키 세트", "13000"}, {"SNACK", "호두과자 20입", "10000"},
        {"SNACK", "약과 선물세트", "22000"}, {"SNACK", "다크 초콜릿 바", "6000"},
        {"GIFT", "명절 선물세트 A", "59000"}, {"GIFT", "명절 선물세트 B", "99000"},
        {"GIFT", "커피 정기구독 3개월", "87000"}, {"GIFT", "티 샘플러 박스", "35000"},
        {"COFFEE", "Guatemala Antigua beans 200g", "19000"}, {"COFFEE", "Espresso blend 1kg", "48000"},
        {"TEA", "Earl Grey loose leaf 100g", "17000"}, {"TEA", "Sencha green tea 100g", "21000"},
        {"KITCHEN", "Pour-over kettle", "69000"}, {"KITCHEN", "French press 1L", "39000"},
        {"SNACK", "Almond biscotti", "8000"}, {"GIFT", "Gift card ₩50,000", "50000"},
    };

    private static final List<Product> PRODUCTS = build();

    private DemoCatalog() {
    }

    private static List<Product> build() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            long price = Long.parseLong(ITEMS[i][2]);
            long cost = ITEMS[i][0].equals("GIFT") && ITEMS[i][1].startsWith("Gift card") ? price : price * (45 + (i * 7) % 20) / 100;
            products.add(new Product("DG-%s-%03d".formatted(ITEMS[i][0].substring(0, 3), i + 1), ITEMS[i][1],
                    ITEMS[i][0], cost, price));
        }
        return List.copyOf(products);
    }

    public static List<Product> products() {
        return PRODUCTS;
    }

    public static Product product(int index) {
        return PRODUCTS.get(index);
    }

    public static int size() {
        return PRODUCTS.size();
    }
}
