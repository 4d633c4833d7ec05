package io.dangol.crm.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The case's states: which moves are allowed, which are refused, and what a draft must hold. */
class CaseStatesTest {

    @Test
    void theWayThroughAndBack() {
        assertThat(ServiceCaseStatus.NEW.canMoveTo(ServiceCaseStatus.OPEN)).isTrue();
        assertThat(ServiceCaseStatus.OPEN.canMoveTo(ServiceCaseStatus.WAITING)).isTrue();
        assertThat(ServiceCaseStatus.WAITING.canMoveTo(ServiceCaseStatus.OPEN)).isTrue();
        assertThat(ServiceCaseStatus.WAITING.canMoveTo(ServiceCaseStatus.RESOLVED)).isTrue();
        assertThat(ServiceCaseStatus.RESOLVED.canMoveTo(ServiceCaseStatus.CLOSED)).isTrue();
        assertThat(ServiceCaseStatus.CLOSED.canMoveTo(ServiceCaseStatus.OPEN)).isTrue();
    }

    @Test
    void refusedMoves() {
        assertThat(ServiceCaseStatus.NEW.canMoveTo(ServiceCaseStatus.CLOSED)).isFalse();
        assertThat(ServiceCaseStatus.OPEN.canMoveTo(ServiceCaseStatus.CLOSED)).isFalse();
        assertThat(ServiceCaseStatus.OPEN.canMoveTo(ServiceCaseStatus.NEW)).isFalse();
        assertThat(ServiceCaseStatus.CLOSED.canMoveTo(ServiceCaseStatus.RESOLVED)).isFalse();
        assertThat(ServiceCaseStatus.CLOSED.canMoveTo(ServiceCaseStatus.WAITING)).isFalse();
    }

    @Property
    void noStateMovesToItselfAndNothingReturnsToNew(@ForAll ServiceCaseStatus from) {
        assertThat(from.canMoveTo(from)).isFalse();
        assertThat(from.canMoveTo(ServiceCaseStatus.NEW)).isFalse();
        assertThat(from.next()).isNotEmpty();
    }

    @Property
    void onlyAResolvedCaseCloses(@ForAll ServiceCaseStatus from) {
        assertThat(from.canMoveTo(ServiceCaseStatus.CLOSED)).isEqualTo(from == ServiceCaseStatus.RESOLVED);
    }

    @Test
    void aDraftNamesEachProblem() {
        CaseDraft.Checked checked = new CaseDraft("", "HUGE", " ", "x".repeat(4_001), "12a", "FAX", "", "MARKETING").check();
        assertThat(checked.newCase()).isEmpty();
        assertThat(checked.errors()).containsEntry("kind", "case.error.kind").containsEntry("severity", "case.error.severity")
                .containsEntry("subject", "case.error.subjectMissing").containsEntry("description", "case.error.descriptionTooLong")
                .containsEntry("order", "case.error.order").containsEntry("channel", "case.error.channel")
                .containsEntry("team", "case.error.team");
    }

    @Test
    void aGoodDraftIsCleaned() {
        CaseDraft.NewCase c = new CaseDraft("COMPLAINT", "HIGH", "  배송 지연  ", " 3일째 안 옴 ", "#42", "PHONE", " kim ", "")
                .check().newCase().orElseThrow();
        assertThat(c.subject()).isEqualTo("배송 지연");
        assertThat(c.order()).contains(42L);
        assertThat(new CaseDraft("REPAIR", "LOW", "x", "", "L7", "STORE", "", "").check().newCase().orElseThrow().orderLine())
                .contains(7L);
        assertThat(c.assignee()).contains("kim");
        assertThat(c.team()).isEqualTo(io.dangol.crm.contact.Department.SERVICE);
    }

    @Test
    void amountsAsStaffTypeThem() {
        assertThat(CloseCase.amount("12,000")).contains(new java.math.BigDecimal("12000"));
        assertThat(CloseCase.amount("12000원")).contains(new java.math.BigDecimal("12000"));
        assertThat(CloseCase.amount("")).contains(java.math.BigDecimal.ZERO);
        assertThat(CloseCase.amount("-5")).isEmpty();
        assertThat(CloseCase.amount("1e9")).isEmpty();
        assertThat(CloseCase.amount("100000001")).isEmpty();
        assertThat(CloseCase.amount("만원")).isEqualTo(Optional.empty());
    }
}
