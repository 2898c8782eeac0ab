package org.plnet.surveys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * The one UTF-8 decoder of the user's text files (study folder files and survey exports), so that a binary or
 * non-UTF-8 file is reported with one wording, at the line of its first bad byte.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The text of {@code bytes}, a byte order mark kept (callers drop it).
     *
     * @param label  the file as messages name it
     * @param saveAs what the user should save the file as (e.g. "CSV UTF-8")
     * @throws InputException for a NUL byte or bytes that are not UTF-8
     */
    public static String decode(byte[] bytes, String label, String saveAs) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(new SourceLocation(label, lineOf(bytes, i), 0),
                        "is a binary file, not text (it holds NUL bytes): save it as " + saveAs);
            }
        }
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
            throw new InputException(new SourceLocation(label, lineOf(bytes, at), 0), String.format(Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X cannot start or continue a UTF-8 character): save it as %s",
                    bytes[at] & 0xFF, saveAs));
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
