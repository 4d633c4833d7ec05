package io.dangol.crm.customer;

import io.dangol.crm.consent.StricterConsent;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two records of one person become one. Staff choose which record survives and, field by field, whose name and kind
 * it keeps; tags are joined. The preview (a dry run) shows what moves and how each consent ends — the stricter of
 * the two for each channel and purpose ({@link StricterConsent}). The merge needs a reason; it is recorded with who
 * and what moved, and can be undone for {@link UndoMerge#WITHIN} ({@link UndoMerge}). The pair is no longer
 * proposed; the next scoring run sees one customer.
 */
public final class MergeCustomers {

    /** Whose value a field of the survivor takes. */
    public enum Keep { SURVIVOR, MERGED }

    public enum Refusal { UNKNOWN_CUSTOMER, SAME_CUSTOMER, REASON_NEEDED, REASON_TOO_LONG }

    static final int REASON_LENGTH = 500;

    public record Command(CustomerId survivor, CustomerId merged, Keep name, Keep kind, String reason, String by) { }

    /** The dry run: both records, the survivor's fields after, the consents after, and what moves. */
    public record Preview(MergeCandidate survivor, MergeCandidate merged, String name, CustomerKind kind,
                          Set<String> tags, List<StricterConsent.Outcome> consents, java.util.Map<String, Long> moving) { }

    public record Result(Optional<Long> merge, Optional<Refusal> refused) {

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }
    }

    private final CustomerMerges merges;
    private final Transactions transactions;
    private final Clock clock;

    public MergeCustomers(CustomerMerges merges, Transactions transactions, Clock clock) {
        this.merges = merges;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Empty when either is not a live customer or both are the same. */
    public Optional<Preview> preview(CustomerId survivor, CustomerId merged, Keep name, Keep kind) {
        if (survivor.equals(merged)) {
            return Optional.empty();
        }
        return merges.candidate(survivor).flatMap(s -> merges.candidate(merged).map(m -> preview(s, m, name, kind)));
    }

    private Preview preview(MergeCandidate survivor, MergeCandidate merged, Keep name, Keep kind) {
        Set<String> tags = new TreeSet<>(survivor.tags());
        tags.addAll(merged.tags());
        return new Preview(survivor, merged, name == Keep.MERGED ? merged.name() : survivor.name(),
                kind == Keep.MERGED ? merged.kind() : survivor.kind(), tags,
                StricterConsent.of(survivor.consents(), merged.consents()), merges.moving(survivor.id(), merged.id()));
    }

    public Result handle(Command command) {
        if (command.survivor().equals(command.merged())) {
            return Result.refused(Refusal.SAME_CUSTOMER);
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            return Result.refused(Refusal.REASON_NEEDED);
        }
        if (reason.length() > REASON_LENGTH) {
            return Result.refused(Refusal.REASON_TOO_LONG);
        }
        return transactions.inTransaction(() -> {
            Optional<Preview> preview = preview(command.survivor(), command.merged(), command.name(), command.kind());
            if (preview.isEmpty()) {
                return Result.refused(Refusal.UNKNOWN_CUSTOMER);
            }
            Preview p = preview.get();
            long id = merges.merge(new CustomerMerges.Order(command.survivor(), command.merged(), p.name(), p.kind(),
                    p.tags(), p.consents(), reason, command.by(), clock.instant()));
            return new Result(Optional.of(id), Optional.empty());
        });
    }
}
