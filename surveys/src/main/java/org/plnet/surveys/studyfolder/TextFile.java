package org.plnet.surveys.studyfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.report.ImportReport;

/** Reads a file of the study folder as UTF-8 text, reporting a file that is empty, binary or not UTF-8. */
final class TextFile {

    private TextFile() {
    }

    /**
     * The text of {@code file} without a byte order mark, or {@code null} after reporting why it cannot be
     * read as text.
     *
     * @param saveAs what the user should save the file as, for the messages (e.g. "CSV UTF-8")
     */
    static String read(Path file, String label, String saveAs, ImportReport.Builder report) {
        SourceLocation whole = SourceLocation.ofFile(label);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(whole, "cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                report.error(new SourceLocation(label, lineOf(bytes, i), 0),
                        "is a binary file, not text (it holds NUL bytes): save it as " + saveAs);
                return null;
            }
        }
        String text = decode(bytes, label, saveAs, report);
        if (text == null) {
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            report.error(whole, "is empty");
            return null;
        }
        return text;
    }

    private static String decode(byte[] bytes, String label, String saveAs, ImportReport.Builder report) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            report.error(new SourceLocation(label, lineOf(bytes, at), 0), String.format(Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X cannot start or continue a UTF-8 character): save it as %s",
                    bytes[at] & 0xFF, saveAs));
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line of byte {@code at}, counting LF, CRLF and lone CR as line ends. */
    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
