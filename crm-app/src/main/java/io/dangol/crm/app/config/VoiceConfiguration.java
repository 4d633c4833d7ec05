package io.dangol.crm.app.config;

import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.feedback.RecordVoice;
import io.dangol.crm.feedback.ShapeThemes;
import io.dangol.crm.feedback.VoiceInbox;
import io.dangol.crm.feedback.VoiceSuggestions;
import io.dangol.crm.feedback.WorkVoice;
import io.dangol.crm.servicecase.DueTimes;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The voice-of-the-customer inbox: the classifier (trained on first use, again every night) and the use cases. */
@Configuration(proxyBeanMethods = false)
class VoiceConfiguration {

    @Bean
    VoiceSuggestions voiceSuggestions(VoiceInbox inbox) {
        return new VoiceSuggestions(inbox);
    }

    @Bean
    RecordVoice recordVoice(VoiceInbox inbox, VoiceSuggestions suggestions, DueTimes dueTimes, Transactions transactions,
                            BusinessZone zone, Clock clock) {
        return new RecordVoice(inbox, suggestions, dueTimes, transactions, zone, clock);
    }

    @Bean
    WorkVoice workVoice(VoiceInbox inbox, ContactLog contacts, AppUsers users, Transactions transactions, Clock clock) {
        return new WorkVoice(inbox, contacts, users, transactions, clock);
    }

    @Bean
    io.dangol.crm.feedback.SuggestForImportedVoice suggestForImportedVoice(VoiceInbox inbox, VoiceSuggestions suggestions,
                                                                         Transactions transactions) {
        return new io.dangol.crm.feedback.SuggestForImportedVoice(inbox, suggestions, transactions);
    }

    @Bean
    ShapeThemes shapeThemes(VoiceInbox inbox, AppUsers users, Transactions transactions, Clock clock) {
        return new ShapeThemes(inbox, users, transactions, clock);
    }

    /** Every night at 04:00 (business time) the classifier learns the day's corrections. */
    @Component
    @ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
    static class VoiceTrainingSchedule {

        private static final Logger log = LoggerFactory.getLogger(VoiceTrainingSchedule.class);

        private final VoiceSuggestions suggestions;

        VoiceTrainingSchedule(VoiceSuggestions suggestions) {
            this.suggestions = suggestions;
        }

        /** On every instance: each keeps its own classifier in memory. */
        @Scheduled(cron = "0 0 4 * * *", zone = "${crm.time-zone:Asia/Seoul}")
        void retrain() {
            VoiceSuggestions.Training training = suggestions.retrain();
            log.info("voice classifier retrained on {} examples, {} of them staff corrections", training.examples(),
                    training.corrections());
        }
    }
}
