package org.plnet.surveys.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.Utf8Text;

/**
 * One export file handed to {@code plnet import}: its bytes, read once, and on demand its text or its table.
 * Text is UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else stops with an {@link InputException}
 * naming the line of the first bad byte ({@link Utf8Text}).
 */
public final class SurveyFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Path path;
    private final String label;
    private byte[] bytes;
    private String text;
    private RawTable table;

    private SurveyFile(Path path, String label) {
        this.path = Objects.requireNonNull(path, "path");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** The file at {@code path}, named in messages as the user gave it. */
    public static SurveyFile of(Path path) {
        return new SurveyFile(path, path.toString());
    }

    /** The file at {@code path}, named {@code label} in messages. */
    public static SurveyFile of(Path path, String label) {
        return new SurveyFile(path, label);
    }

    public Path path() {
        return path;
    }

    /** The file as named in messages and locations. */
    public String label() {
        return label;
    }

    /** The file name's extension in lower case, without the dot ({@code ""} when none). */
    public String extension() {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The whole content. A missing or unreadable file is an {@link InputException}. */
    public byte[] bytes() {
        if (bytes == null) {
            try {
                if (Files.isDirectory(path)) {
                    throw new InputException(location(), "is a folder, not a survey export file");
                }
                bytes = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new InputException(location(), "file not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    /** Whether the file is a ZIP container (an XLSX workbook or another Office Open XML file). */
    public boolean isZip() {
        return startsWith(bytes(), ZIP);
    }

    /** Whether the file is an OLE2 compound file (an old {@code .xls} or a password-protected workbook). */
    public boolean isOle2() {
        return startsWith(bytes(), OLE2);
    }

    /** Whether the file should be read as a spreadsheet: a ZIP container or named {@code .xlsx}/{@code .xlsm}. */
    public boolean isSpreadsheet() {
        String ext = extension();
        return isZip() || ext.equals("xlsx") || ext.equals("xlsm");
    }

    /**
     * The content as text, without a BOM. A spreadsheet, a binary file or bytes that are not UTF-8 are an
     * {@link InputException}.
     */
    public String text() {
        if (text == null) {
            text = decode(bytes(), label);
        }
        return text;
    }

    /** The content as a table of cells (CSV or the first sheet of an XLSX workbook), read once. */
    public RawTable table() {
        if (table == null) {
            table = RawTables.read(this);
        }
        return table;
    }

    /** Where the whole file is. */
    public SourceLocation location() {
        return SourceLocation.ofFile(label);
    }

    /** Decodes text bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; rejects binary and non-UTF-8 content. */
    static String decode(byte[] content, String label) {
        if (startsWith(content, ZIP) || startsWith(content, OLE2)) {
            throw new InputException(SourceLocation.ofFile(label),
                    "is a spreadsheet or other binary file, not text; export it as CSV UTF-8");
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            String s = new String(content, StandardCharsets.UTF_16);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
        String s = Utf8Text.decode(content, label, "CSV UTF-8");
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
