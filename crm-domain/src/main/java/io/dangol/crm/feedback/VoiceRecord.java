package io.dangol.crm.feedback;

import io.dangol.crm.shared.CustomerId;
import java.util.Optional;

/** What the inbox use cases need to know about an item before they change it. */
public record VoiceRecord(long id, Optional<CustomerId> customer, FeedbackChannel channel, String author, FeedbackStatus status,
                          Sentiment sentiment, Optional<VoiceCategory> category, Optional<Long> themeId) { }
