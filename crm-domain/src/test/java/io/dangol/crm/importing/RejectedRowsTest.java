package io.dangol.crm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a rejected row keeps so that a person can fix it in Excel and import the file again: its cells as read
 * (quotes, commas, newlines and Hangul intact), the text of a row whose quote never closes, and values Dangol guarded
 * against formulas read back without the guard.
 */
class RejectedRowsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aRejectedRowsCellsComeBackAsTheyWereRead() throws RefusedFile {
        String file = "고객번호,이름,휴대폰,가입일\r\n"
                + "C1,\"김, \"\"민준\"\"\n님\",010-1234-5678,어제\r\n"
                + "C2,이서연,010-2222-3333,2026-01-02\r\n";
        List<Rejection> rejected = read(file, RecordKind.CUSTOMERS, new ArrayList<>());

        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).line()).isEqualTo(2);
        assertThat(rejected.get(0).cells()).containsExactly("C1", "김, \"민준\"\n님", "010-1234-5678", "어제");
    }

    @Test
    void aRowWhoseQuoteNeverClosesKeepsItsTextCutAtItsCommas() throws RefusedFile {
        String file = "고객번호,이름\nC1,김민준\n\nC2,\"이서연,010-2222-3333\nC3,박지훈\nC4,최유진\n";
        List<String[]> accepted = new ArrayList<>();
        List<Rejection> rejected = read(file, RecordKind.CUSTOMERS, accepted);

        assertThat(accepted).hasSize(1);
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(Rejection.UNCLOSED_QUOTE);
            assertThat(rejection.raw()).isEqualTo("C2,\"이서연,010-2222-3333");
            assertThat(rejection.cells()).containsExactly("C2", "\"이서연", "010-2222-3333");
        });
    }

    @Test
    void anUnclosedQuoteFarIntoALargeFileStillKeepsItsLine() throws RefusedFile {
        StringBuilder file = new StringBuilder("고객번호,이름\r\n");
        for (int i = 0; i < 50_000; i++) {
            file.append('C').append(i).append(",고객").append(i).append("\r\n");
        }
        file.append("X1,\"닫히지 않은 이름\r\n");
        for (int i = 0; i < 50_000; i++) {
            file.append('D').append(i).append(",나머지").append(i).append("\r\n");
        }
        List<String[]> accepted = new ArrayList<>();
        List<Rejection> rejected = read(file.toString(), RecordKind.CUSTOMERS, accepted);

        assertThat(accepted).hasSize(50_000);
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isEqualTo(50_002);
            assertThat(rejection.raw()).isEqualTo("X1,\"닫히지 않은 이름");
        });
    }

    @Test
    void aFormulaGuardDangolWroteIsTakenOffWhenTheFileComesBack() throws RefusedFile {
        String file = "고객번호,이름,휴대폰\nC1,'=김민준,'+82 10-1234-5678\nC2,'박지훈,010-2222-3333\n";
        List<String[]> accepted = new ArrayList<>();
        assertThat(read(file, RecordKind.CUSTOMERS, accepted)).isEmpty();

        int name = RecordKind.CUSTOMERS.indexOf("name");
        assertThat(accepted.get(0)[name]).isEqualTo("=김민준");
        assertThat(accepted.get(0)[RecordKind.CUSTOMERS.indexOf("phone")]).isEqualTo("010-1234-5678");
        assertThat(accepted.get(1)[name]).as("an apostrophe that guards nothing is the name's own").isEqualTo("'박지훈");
    }

    @Test
    void linesAreKeptAsTheParserCountsThemWhateverTheyEndWith() throws IOException {
        try (LineKeepingReader reader = new LineKeepingReader(new StringReader("a\r\nb\rc\nd"))) {
            char[] buffer = new char[2];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // read it all, two characters at a time so that CRLF falls across reads
            }
            assertThat(reader.firstTextFrom(1)).isEqualTo("a");
            assertThat(reader.firstTextFrom(2)).isEqualTo("b");
            assertThat(reader.firstTextFrom(3)).isEqualTo("c");
            assertThat(reader.firstTextFrom(4)).isEqualTo("d");
            reader.keepFrom(3);
            assertThat(reader.firstTextFrom(1)).isEqualTo("c");
        }
    }

    private static List<Rejection> read(String file, RecordKind kind, List<String[]> accepted) throws RefusedFile {
        List<Rejection> rejected = new ArrayList<>();
        RecordsFile.read(new StringReader(file), kind, SEOUL, Map.of(), new RecordsFile.Sink() {
            @Override
            public void accept(long line, String[] values) {
                accepted.add(values);
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.add(rejection);
            }
        });
        return rejected;
    }
}
