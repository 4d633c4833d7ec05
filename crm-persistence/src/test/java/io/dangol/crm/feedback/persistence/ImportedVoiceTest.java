package io.dangol.crm.feedback.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.feedback.SuggestForImportedVoice;
import io.dangol.crm.feedback.VoiceInbox;
import io.dangol.crm.feedback.VoiceSuggestions;
import io.dangol.crm.shared.Transactions;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feedback that came in by a file gets the classifier's category; the sentiment the file gave stays. */
@SpringBootTest
class ImportedVoiceTest extends PostgresIntegrationTest {

    @Autowired VoiceInbox inbox;
    @Autowired Transactions transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void importedMessagesAreCategorisedInBatchesAndKeepTheirSentiment() {
        Tables.emptyCustomerData(jdbc);
        long customer = jdbc.sql("insert into customer (name) values ('이서연') returning id").query(Long.class).single();
        for (int i = 0; i < 1_203; i++) {
            jdbc.sql("insert into feedback (customer_id, channel, text, sentiment, received_at) values (?, 'WEB', ?, 'POSITIVE', now())")
                    .params(customer, i % 2 == 0 ? "배송이 너무 늦어요 " + i : "직원분이 친절했어요 " + i).update();
        }
        long done = new SuggestForImportedVoice(inbox, new VoiceSuggestions(inbox), transactions).handle();
        assertThat(done).isEqualTo(1_203);
        assertThat(jdbc.sql("select count(*) from feedback where category is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from feedback where category = 'DELIVERY' and suggested_sentiment = 'NEGATIVE' and sentiment = 'POSITIVE'")
                .query(Long.class).single()).isEqualTo(602);
        assertThat(jdbc.sql("select count(*) from feedback where category = 'STAFF'").query(Long.class).single()).isEqualTo(601);
        assertThat(new SuggestForImportedVoice(inbox, new VoiceSuggestions(inbox), transactions).handle()).isZero();
    }
}
