package io.dangol.crm.customer;

/** One recorded change of a customer's record: what changed, from what, to what (shown on the timeline). */
public record CustomerChange(Field field, String before, String after) {

    /** What a change is of. */
    public enum Field { REGISTERED, NAME, KIND, TAGS, CONTACT_POINT, MERGED, UNMERGED, BIRTHDAY, CONTACT_POINT_RETIRED, WEDDING_ANNIVERSARY }

    public CustomerChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
