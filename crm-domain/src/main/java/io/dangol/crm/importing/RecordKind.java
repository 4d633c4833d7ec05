package io.dangol.crm.importing;

import static io.dangol.crm.importing.Field.choice;
import static io.dangol.crm.importing.Field.count;
import static io.dangol.crm.importing.Field.date;
import static io.dangol.crm.importing.Field.dayOfYear;
import static io.dangol.crm.importing.Field.email;
import static io.dangol.crm.importing.Field.id;
import static io.dangol.crm.importing.Field.money;
import static io.dangol.crm.importing.Field.phone;
import static io.dangol.crm.importing.Field.tags;
import static io.dangol.crm.importing.Field.text;
import static io.dangol.crm.importing.Field.time;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.EventKind;
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.servicecase.ServiceCaseKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of record a file (or a channel system, through the API) brings in besides transactions. Each names its
 * columns; every row carries the id its source system gave it (or, for consents, referrals and events without one,
 * what identifies it), so importing a file again changes nothing and a corrected file updates. Rows that name a
 * customer name them by the source system's customer id.
 */
public enum RecordKind {

    CUSTOMERS("customers", List.of(
            id("customer_id", "고객번호", "고객id", "customerid", "customer", "회원번호").mandatory(),
            text("name", Field.MAX_TEXT, "이름", "고객명", "성명", "회원명").mandatory(),
            choice("kind", CustomerKind.class, Map.of("개인", CustomerKind.PERSON, "법인", CustomerKind.COMPANY,
                    "기업", CustomerKind.COMPANY), "구분", "고객구분"),
            phone("phone", "전화번호", "휴대폰", "휴대전화", "연락처", "mobile", "tel"),
            email("email", "이메일", "e-mail", "mail"),
            text("address", 500, "주소", "postal"),
            date("since", "가입일", "created_at", "joined", "등록일"),
            tags("tags", "태그"))),

    PRODUCTS("products", List.of(
            id("sku", "상품코드", "stockcode", "product_code", "code").mandatory(),
            text("name", Field.MAX_TEXT, "상품명", "product", "description").mandatory(),
            text("category", 100, "분류", "카테고리"),
            money("unit_cost", "원가", "cost"))),

    RETURNS("returns", List.of(
            id("return_id", "반품번호").mandatory(),
            id("order_id", "주문번호", "invoiceno").mandatory(),
            count("line_no", "줄번호", "line"),
            text("product", Field.MAX_TEXT, "상품", "상품명", "sku"),
            count("quantity", "수량"),
            money("refund", "환불액", "환불금액", "amount"),
            text("reason", 500, "사유", "반품사유"),
            time("date", "반품일", "returned_at").mandatory())),

    SERVICE_CASES("service_cases", List.of(
            id("case_id", "접수번호", "case").mandatory(),
            id("customer_id", "고객번호", "customerid").mandatory(),
            choice("kind", ServiceCaseKind.class, Map.of("불만", ServiceCaseKind.COMPLAINT, "수리", ServiceCaseKind.REPAIR,
                    "문의", ServiceCaseKind.INQUIRY, "반품", ServiceCaseKind.RETURN), "유형", "type").mandatory(),
            text("subject", 500, "제목", "내용"),
            time("opened_at", "접수일", "opened", "date").mandatory(),
            time("closed_at", "종료일", "처리일", "closed"),
            money("cost", "비용"),
            text("outcome", 500, "결과", "처리결과"))),

    CONTACTS("contacts", List.of(
            id("contact_id", "접촉번호").mandatory(),
            id("customer_id", "고객번호", "customerid").mandatory(),
            time("date", "일시", "happened_at", "날짜").mandatory(),
            choice("channel", ContactChannel.class, Map.of("매장", ContactChannel.STORE, "전화", ContactChannel.PHONE,
                    "방문", ContactChannel.VISIT, "이메일", ContactChannel.EMAIL, "문자", ContactChannel.SMS,
                    "SNS", ContactChannel.SOCIAL), "채널").mandatory(),
            choice("direction", Direction.class, Map.of("수신", Direction.INBOUND, "발신", Direction.OUTBOUND), "방향"),
            choice("purpose", ContactPurpose.class, Map.of("영업", ContactPurpose.SALES, "서비스", ContactPurpose.SERVICE,
                    "유지", ContactPurpose.RETENTION, "후속", ContactPurpose.FOLLOW_UP, "캠페인", ContactPurpose.CAMPAIGN,
                    "문의", ContactPurpose.INQUIRY, "기타", ContactPurpose.OTHER), "목적"),
            choice("outcome", ContactOutcome.class, Map.of(), "결과"),
            choice("department", Department.class, Map.of("마케팅", Department.MARKETING, "영업", Department.SALES,
                    "서비스", Department.SERVICE), "부서"),
            text("note", 2000, "메모", "내용"),
            date("follow_up_on", "후속일", "follow_up"))),

    CONSENTS("consents", List.of(
            id("consent_id", "동의번호"),
            id("customer_id", "고객번호", "customerid").mandatory(),
            choice("channel", ConsentChannel.class, Map.of("이메일", ConsentChannel.EMAIL, "문자", ConsentChannel.SMS,
                    "전화", ConsentChannel.PHONE, "우편", ConsentChannel.POST, "푸시", ConsentChannel.PUSH), "채널").mandatory(),
            choice("purpose", ConsentPurpose.class, Map.of("마케팅", ConsentPurpose.MARKETING, "프로파일링", ConsentPurpose.PROFILING,
                    "서비스", ConsentPurpose.SERVICE), "목적").mandatory(),
            choice("status", ConsentStatus.class, Map.of("동의", ConsentStatus.GRANTED, "철회", ConsentStatus.WITHDRAWN,
                    "거부", ConsentStatus.WITHDRAWN, "Y", ConsentStatus.GRANTED, "N", ConsentStatus.WITHDRAWN,
                    "TRUE", ConsentStatus.GRANTED, "FALSE", ConsentStatus.WITHDRAWN), "상태", "동의여부").mandatory(),
            time("date", "일시", "동의일", "at").mandatory(),
            choice("source", ConsentSource.class, Map.of(), "출처"),
            text("note", 500, "메모"))),

    REFERRALS("referrals", List.of(
            id("referrer_id", "추천인", "추천인번호").mandatory(),
            id("referred_id", "피추천인", "피추천인번호").mandatory(),
            time("date", "추천일", "referred_at", "날짜").mandatory())),

    EVENTS("events", List.of(
            id("customer_id", "고객번호", "customerid").mandatory(),
            choice("kind", EventKind.class, Map.of("생일", EventKind.BIRTHDAY, "결혼기념일", EventKind.WEDDING_ANNIVERSARY,
                    "기념일", EventKind.CUSTOM, "기타", EventKind.CUSTOM), "종류", "event").mandatory(),
            dayOfYear("date", "날짜", "일자").mandatory(),
            text("label", 100, "이름", "내용"))),

    FEEDBACK("feedback", List.of(
            id("feedback_id", "의견번호").mandatory(),
            id("customer_id", "고객번호", "customerid").mandatory(),
            choice("channel", FeedbackChannel.class, Map.of("매장", FeedbackChannel.STORE, "전화", FeedbackChannel.PHONE,
                    "이메일", FeedbackChannel.EMAIL, "설문", FeedbackChannel.SURVEY), "채널").mandatory(),
            text("text", 4000, "내용", "의견").mandatory(),
            choice("sentiment", Sentiment.class, Map.of("긍정", Sentiment.POSITIVE, "중립", Sentiment.NEUTRAL,
                    "부정", Sentiment.NEGATIVE), "감정", "평가").mandatory(),
            time("date", "접수일", "received_at", "날짜").mandatory()));

    private final String code;
    private final List<Field> fields;
    private final Map<String, String> canonical = new HashMap<>();

    RecordKind(String code, List<Field> fields) {
        this.code = code;
        this.fields = fields;
        for (Field field : fields) {
            canonical.put(field.name(), field.name());
            canonical.put(field.name().replace("_", ""), field.name());
            field.aliases().forEach(alias -> canonical.put(CsvRecords.clean(alias), field.name()));
        }
    }

    /** As the CLI, the page and the docs name it: {@code service_cases}. */
    public String code() {
        return code;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The column's place among {@link #fields()}. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code + " has no column " + name);
    }

    /** A column name as a file writes it, as this kind names it ({@code 고객번호 → customer_id}); unknown names unchanged. */
    String canonical(String name) {
        String clean = CsvRecords.clean(name);
        return canonical.getOrDefault(clean, canonical.getOrDefault(clean.replace("_", ""), clean));
    }

    List<String> missing(CsvRecords.Columns columns) {
        return fields.stream().filter(Field::required).map(Field::name).filter(name -> !columns.has(name)).toList();
    }

    /** How many of this kind's columns a header names, or 0 when it lacks a required one. */
    int matches(List<String> header) {
        List<String> names = header.stream().map(this::canonical).toList();
        boolean complete = fields.stream().filter(Field::required).allMatch(field -> names.contains(field.name()));
        return complete ? (int) fields.stream().filter(field -> names.contains(field.name())).count() : 0;
    }

    public static Optional<RecordKind> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String clean = code.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (RecordKind kind : values()) {
            if (kind.code.equals(clean) || kind.name().equalsIgnoreCase(clean)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
