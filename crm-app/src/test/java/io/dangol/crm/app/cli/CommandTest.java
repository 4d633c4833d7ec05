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
    void aCommandRefusesOptionsItDoesNotKnowButLeavesTheApplicationsSettingsAlone() {
        assertThat(Command.SCORE.unknownOptions(new String[] {"score", "--radar-backtest=1997-09-30"}))
                .containsExactly("radar-backtest");
        assertThat(Command.SCORE.unknownOptions(new String[] {"score", "--radar-backtest-from=1997-09-30", "--holdout-weeks=39"}))
                .isEmpty();
        assertThat(Command.SCORE.unknownOptions(new String[] {"score", "--as-of=2026-06-30", "--crm.embedded-db-port=54329",
                "--server.port=0"})).isEmpty();
        assertThat(Command.DEMO.unknownOptions(new String[] {"demo", "--customers=10", "--seed=1", "--custmers=5"}))
                .containsExactly("custmers");
        assertThat(Command.IMPORT.unknownOptions(new String[] {"import", "auto", "f.csv", "--source=pos", "--map=a:b",
                "--encoding=cp949"})).isEmpty();
        assertThat(Command.PASSWORD.unknownOptions(new String[] {"password", "kim", "--force"})).containsExactly("force");
    }

    @Test
    void commandWordsAreRecognised() {
        assertThat(Command.parse(new String[] {"demo", "--customers=10"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"DEMO"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"dmo"})).contains(Command.UNKNOWN);
        assertThat(Command.usage()).contains("demo --customers=N");
    }
}
