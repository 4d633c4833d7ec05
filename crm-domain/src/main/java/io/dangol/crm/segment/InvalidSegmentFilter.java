package io.dangol.crm.segment;

import java.util.List;

/** A filter value that cannot be understood; {@code field} names the filter parameter, for the user's message. */
public class InvalidSegmentFilter extends IllegalArgumentException {

    /** One field that cannot be used, and what was given for it. */
    public record Problem(String field, String value) implements java.io.Serializable { }

    private final String field;
    private final String value;
    private final List<Problem> problems;

    public InvalidSegmentFilter(String field, String value) {
        this(List.of(new Problem(field, value)));
    }

    /** Every field that cannot be used, so that a person fixes them all at once. */
    public InvalidSegmentFilter(List<Problem> problems) {
        super("segment filter: cannot use " + problems.stream().map(p -> p.field() + " '" + p.value() + "'")
                .collect(java.util.stream.Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
        this.field = problems.get(0).field();
        this.value = problems.get(0).value();
    }

    public List<Problem> problems() {
        return problems;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
