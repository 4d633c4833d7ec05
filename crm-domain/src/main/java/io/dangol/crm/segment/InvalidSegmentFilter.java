package io.dangol.crm.segment;

/** A filter value that cannot be understood; {@code field} names the filter parameter, for the user's message. */
public class InvalidSegmentFilter extends IllegalArgumentException {

    private final String field;
    private final String value;

    public InvalidSegmentFilter(String field, String value) {
        super("segment filter " + field + ": cannot use '" + value + "'");
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
