package io.dangol.crm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void noCommandWordMeansServe() {
        assertThat(Command.parse(new String[0])).isEmpty();
        assertThat(Command.parse(new String[] {"--server.port=9090"})).isEmpty();
    }

    @Test
    void commandWordsAreRecognised() {
        assertThat(Command.parse(new String[] {"demo", "--customers=10"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"DEMO"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"dmo"})).contains(Command.UNKNOWN);
        assertThat(Command.usage()).contains("demo --customers=N");
    }
}
