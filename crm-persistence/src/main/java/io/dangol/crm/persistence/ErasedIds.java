package io.dangol.crm.persistence;

/**
 * How the source id of an erased customer is kept: never the id itself, only enough to tell that a new record
 * brings the same one back — {@code 'erased:' || sha256(source_system || ':' || external_id)} — so an import or the
 * API refuses it instead of resurrecting the person.
 */
public final class ErasedIds {

    /** SQL of the hash, given the SQL of the source system and of the external id. */
    public static final String HASHED = "'erased:' || encode(sha256(convert_to(%s || ':' || %s, 'UTF8')), 'hex')";

    private ErasedIds() {
    }
}
