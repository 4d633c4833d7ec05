package io.dangol.crm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.admin.ChainCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogCheckCommandTest {

    @Test
    void anIntactChainIsOneLineWithItsHead() {
        assertThat(AccessLogCheckCommand.line(new ChainCheck(812, 1, 812, "ab12", List.of())))
                .isEqualTo("access log: 812 entries (1–812); head ab12; chain intact");
    }

    @Test
    void aBrokenChainNamesWhereItBreaks() {
        assertThat(AccessLogCheckCommand.line(new ChainCheck(10, 1, 10, "ff", List.of(4L, 5L))))
                .isEqualTo("access log: 10 entries (1–10); head ff; chain broken at 4, 5");
        assertThat(AccessLogCheckCommand.line(new ChainCheck(0, 0, 0, "", List.of())))
                .isEqualTo("access log: 0 entries (0–0); head -; chain intact");
    }

    @Test
    void theCommandIsKnownAndTakesNoOptions() {
        assertThat(Command.parse(new String[] {"access-log-check"})).contains(Command.ACCESS_LOG_CHECK);
        assertThat(Command.ACCESS_LOG_CHECK.unknownOptions(new String[] {"access-log-check", "--fix"})).containsExactly("fix");
        assertThat(Command.usage()).contains("access-log-check");
    }
}
