package io.dangol.crm.contact;

import java.time.LocalDate;
import java.util.List;

/** "My follow-ups": the open follow-ups of the contacts a staff user logged. */
public interface FollowUps {

    /** The staff user's open follow-ups due on or before {@code until}, oldest first. */
    List<FollowUp> dueFor(long staffUserId, LocalDate until);
}
