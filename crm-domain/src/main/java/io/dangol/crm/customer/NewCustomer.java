package io.dangol.crm.customer;

import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A customer as a registration form gave them, checked: who they are, how to reach them, the consents they ticked
 * (with the wording's version and the language it was shown in), a guardian's consent for a child under 14, and —
 * where staff saved despite possible duplicates — why.
 *
 * @param pointsConfirmed the staff member confirmed the phones, e-mail and address with the customer just now
 */
public record NewCustomer(String name, CustomerKind kind, List<PhoneNumber> phones, Optional<EmailAddress> email,
                          Optional<PostalAddress> address, Optional<LocalDate> birthday, Set<String> tags,
                          AcquisitionChannel channel, String store, List<ConsentWording.Item> consents,
                          String wordingVersion, String language, boolean pointsConfirmed, Optional<Guardian> guardian,
                          String duplicateReason) {

    /** Who consented for a child under 14 (PIPA art. 22-2): name, relation, and a phone to confirm it on. */
    public record Guardian(String name, String relation, PhoneNumber phone) {
    }

    public NewCustomer {
        phones = List.copyOf(phones);
        tags = Set.copyOf(tags);
        consents = List.copyOf(consents);
    }
}
