package io.dangol.crm.servicecase;

import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Optional;

/** What the case use cases need to know about a case before they change it. */
public record CaseRecord(long id, CustomerId customer, ServiceCaseKind kind, ServiceCaseSeverity severity,
                         ServiceCaseStatus status, ContactChannel channel, Optional<Instant> firstRespondedAt) { }
