package io.dangol.crm.customer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean postal address as people give it: the five-digit postcode (국가기초구역번호), the road-name address
 * ({@code 서울특별시 강남구 테헤란로 152}) and what follows it (building, floor, unit). Kept as one contact point,
 * written {@code (06236) 서울특별시 강남구 테헤란로 152, 3층}.
 */
public record PostalAddress(String postcode, String road, String detail) {

    public static final int MAX_ROAD = 200;
    public static final int MAX_DETAIL = 100;
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

    public PostalAddress {
        if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
            throw new IllegalArgumentException("a postcode has five digits: " + postcode);
        }
        if (road == null || road.isBlank() || road.length() > MAX_ROAD) {
            throw new IllegalArgumentException("a road-name address is needed");
        }
        detail = detail == null ? "" : detail;
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("the address detail is too long");
        }
    }

    /** The address as typed, or empty when the postcode or the road is not there or not right. */
    public static Optional<PostalAddress> tryOf(String postcode, String road, String detail) {
        String code = postcode == null ? "" : postcode.strip().replace("-", "");
        String street = road == null ? "" : road.strip();
        String rest = detail == null ? "" : detail.strip();
        if (!POSTCODE.matcher(code).matches() || street.isEmpty() || street.length() > MAX_ROAD || rest.length() > MAX_DETAIL) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(code, street, rest));
    }

    /** One line, as the contact point keeps it. */
    public String line() {
        return "(" + postcode + ") " + road + (detail.isEmpty() ? "" : ", " + detail);
    }
}
