package io.dangol.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpreadsheetFileTest {

    @Test
    void everyTextCellIsGuardedNumbersAndMadeSafeTextAreNot() throws Exception {
        StringWriter out = new StringWriter();
        try (SpreadsheetFile file = SpreadsheetFile.on(out, true)) {
            file.row("이름", "금액");
            file.row("=HYPERLINK(\"http://evil\")", -12000, null, new SpreadsheetFile.Verbatim("+1 650-253-0000"), "김민준",
                    "@SUM(A1)", "a,b");
        }
        assertThat(out.toString()).isEqualTo("\uFEFF이름,금액\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",-12000,,+1 650-253-0000,김민준,'@SUM(A1),\"a,b\"\r\n");
    }

    @Property
    void noTextCellEverStartsAFormula(@ForAll String text) throws Exception {
        StringWriter out = new StringWriter();
        SpreadsheetFile.on(out, false).row(List.of(text));
        Object guarded = SpreadsheetFile.guard(text);
        String cell = guarded.toString();
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
    }
}
