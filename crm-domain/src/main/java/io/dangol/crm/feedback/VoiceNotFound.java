package io.dangol.crm.feedback;

/** No inbox item (or theme) has this id: the page answers 404. */
public final class VoiceNotFound extends RuntimeException {

    public VoiceNotFound(String what, long id) {
        super("no " + what + " " + id);
    }
}
