package io.dangol.crm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code classify}: one tab-separated line per line of input, without a database; {@code voice-evaluate} needs its data. */
class VoiceCommandsTest {

    @Test
    void eachLineGetsSentimentCategoryAndTheirConfidence() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = "배송이 너무 늦어요\n\n직원분이 친절하셨어요\tㅎㅎ\n";
        int status = VoiceCommands.classify(new String[] {"classify"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines[0]).matches("NEGATIVE\t[01]\\.\\d\\d\tDELIVERY\t[01]\\.\\d\\d\t배송이 너무 늦어요");
        assertThat(lines[1]).isEmpty();
        assertThat(lines[2]).startsWith("POSITIVE\t").contains("\tSTAFF\t").endsWith("직원분이 친절하셨어요 ㅎㅎ");
        assertThat(Command.parse(new String[] {"classify"})).contains(Command.CLASSIFY);
        assertThat(Command.CLASSIFY.standalone()).isTrue();
        assertThat(Command.CLASSIFY.unknownOptions(new String[] {"classify", "--training=x.tsv", "--trainig=y"}))
                .containsExactly("trainig");
    }

    @Test
    void evaluatingWithoutTheDataSaysWhatItNeeds() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VoiceCommands.evaluate(new String[] {"voice-evaluate", "--nsmc=/nowhere"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nsmc_train_30k.tsv");
    }
}
