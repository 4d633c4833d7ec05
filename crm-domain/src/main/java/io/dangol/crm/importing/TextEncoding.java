package io.dangol.crm.importing;

import io.dangol.crm.shared.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a file's text is encoded, as Korean offices write CSV: UTF-8 (with or without a byte order mark) or CP949
 * (EUC-KR and its extension, as Korean Excel saves it). A byte order mark means UTF-8; otherwise the whole file
 * must decode as strict UTF-8, else as strict CP949; a file that is neither — or holds NUL bytes, as binary files
 * do — is refused. Nothing is ever decoded with replacement characters.
 */
public enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8), CP949(Charset.forName("x-windows-949"));

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** The name people know it by: {@code UTF-8}, {@code CP949}. */
    public String label() {
        return this == UTF_8 ? "UTF-8" : name();
    }

    /** The label of an encoding recorded by its constant's name ({@code UTF_8} → {@code UTF-8}); other text as it is. */
    public static String label(String recorded) {
        return Codes.parse(TextEncoding.class, recorded).map(TextEncoding::label).orElse(recorded);
    }

    /** A decoder that refuses malformed input instead of replacing it. */
    public CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public static Optional<TextEncoding> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toUpperCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "UTF-8", "UTF8" -> Optional.of(UTF_8);
            case "CP949", "MS949", "EUC-KR", "EUCKR", "X-WINDOWS-949" -> Optional.of(CP949);
            default -> Optional.empty();
        };
    }

    /** What the detection found: the encoding and whether a byte order mark is to be skipped. */
    public record Detected(TextEncoding encoding, boolean byteOrderMark) { }

    /** Why a file is refused before any row is read. */
    public static final class Unreadable extends Exception {
        private final String reason;

        public Unreadable(String reason) {
            super("file refused: " + reason);
            this.reason = reason;
        }

        /** A message code: import.refused.binary, import.refused.encoding. */
        public String reason() {
            return reason;
        }
    }

    /** Reads the file (as many times as needed) to tell its encoding; {@code forced} skips detection but still checks. */
    public static Detected detect(Supplier<InputStream> file, Optional<TextEncoding> forced) throws IOException, Unreadable {
        boolean bom;
        try (InputStream in = file.get()) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
        if (bom && forced.map(e -> e == UTF_8).orElse(true)) {
            check(file, UTF_8, true);
            return new Detected(UTF_8, true);
        }
        if (forced.isPresent()) {
            check(file, forced.get(), false);
            return new Detected(forced.get(), false);
        }
        try {
            check(file, UTF_8, false);
            return new Detected(UTF_8, false);
        } catch (Unreadable notUtf8) {
            if (notUtf8.reason().equals("import.refused.binary")) {
                throw notUtf8;
            }
            check(file, CP949, false);
            return new Detected(CP949, false);
        }
    }

    private static void check(Supplier<InputStream> file, TextEncoding encoding, boolean skipBom) throws IOException, Unreadable {
        CharsetDecoder decoder = encoding.strictDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = file.get()) {
            if (skipBom) {
                in.skipNBytes(3);
            }
            byte[] chunk = new byte[1 << 15];
            int read;
            while ((read = in.read(chunk)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == 0) {
                        throw new Unreadable("import.refused.binary");
                    }
                }
                bytes.put(chunk, 0, read);
                bytes.flip();
                decode(decoder, bytes, chars, false);
                bytes.compact();
            }
            bytes.flip();
            decode(decoder, bytes, chars, true);
            CoderResult flushed = decoder.flush(chars);
            if (flushed.isError()) {
                throw new Unreadable("import.refused.encoding");
            }
        }
    }

    private static void decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) throws Unreadable {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.clear();
            if (result.isError()) {
                throw new Unreadable("import.refused.encoding");
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

}
