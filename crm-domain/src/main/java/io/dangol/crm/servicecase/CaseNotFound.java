package io.dangol.crm.servicecase;

/** No case has this id: the page answers 404. */
public final class CaseNotFound extends RuntimeException {

    public CaseNotFound(long caseId) {
        super("no service case " + caseId);
    }
}
