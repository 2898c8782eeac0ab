package org.plnet.surveys.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.plnet.engine.input.InputException;

/**
 * The limits an XLSX workbook must keep before the spreadsheet library reads it, so that a small file cannot
 * inflate into gigabytes or into millions of cells (a "zip bomb"): each part inflates to at most
 * {@value #MAX_PART_MB} MB, a sheet holds at most {@value #MAX_CELLS} cells, and every cell reference lies
 * inside Excel's own grid (columns A to XFD, rows 1 to 1048576). The parts are inflated once here, counting,
 * and never kept.
 */
final class XlsxLimits {

    /** The most a part of the workbook may inflate to, in MB (10^6 bytes). */
    static final int MAX_PART_MB = 100;
    /** The most cells a sheet may hold. */
    static final int MAX_CELLS = 5_000_000;
    private static final int MAX_COLUMN = 16_384;
    private static final int MAX_ROW = 1_048_576;

    private XlsxLimits() {
    }

    /** Refuses {@code file} (one line naming it and the limit) when it breaks a limit. */
    static void check(SurveyFile file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file.bytes()))
                .get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                Scan scan = entry.getName().contains("worksheets/") ? new Scan() : null;
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        if (size > MAX_PART_MB * 1_000_000L) {
                            throw new InputException(file.location(), "part " + entry.getName() + " of the workbook"
                                    + " inflates to more than " + MAX_PART_MB + " MB, plnet's limit for a spreadsheet;"
                                    + " save the export as CSV or split it");
                        }
                        if (scan != null) {
                            scan.bytes(buffer, n, file, entry.getName());
                        }
                    }
                }
            }
        }
    }

    /** Counts the cells of a sheet and checks their references, byte by byte across buffers. */
    private static final class Scan {
        private int state; // 0 outside; 1 after '<'; 2 after "<c"; 10 in a reference value
        private long cells;
        private final StringBuilder reference = new StringBuilder();
        private int quoteState; // progress through ' r="'

        void bytes(byte[] b, int n, SurveyFile file, String part) {
            for (int i = 0; i < n; i++) {
                char ch = (char) (b[i] & 0xff);
                if (state == 10) {
                    if (ch == '"') {
                        checkReference(reference.toString(), file, part);
                        reference.setLength(0);
                        state = 0;
                    } else if (reference.length() < 32) {
                        reference.append(ch);
                    } else {
                        checkReference(reference.toString(), file, part);
                    }
                    continue;
                }
                // a cell start tag: "<c" followed by a space, '/' or '>'
                if (state == 2 && (ch == ' ' || ch == '/' || ch == '>' || ch == '\t' || ch == '\n' || ch == '\r')) {
                    if (++cells > MAX_CELLS) {
                        throw new InputException(file.location(), "sheet " + part + " holds more than " + MAX_CELLS
                                + " cells, plnet's limit for a spreadsheet; save the export as CSV or split it");
                    }
                }
                state = ch == '<' ? 1 : state == 1 && ch == 'c' ? 2 : 0;
                // an attribute r="...": a cell's or a row's reference
                quoteState = switch (quoteState) {
                    case 0 -> ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ? 1 : 0;
                    case 1 -> ch == 'r' ? 2 : ch == ' ' ? 1 : 0;
                    case 2 -> ch == '=' ? 3 : 0;
                    case 3 -> ch == '"' ? 4 : 0;
                    default -> 0;
                };
                if (quoteState == 4) {
                    quoteState = 0;
                    state = 10;
                }
            }
        }

        /** A1-style reference (or a row number): letters then digits, inside Excel's grid. */
        private static void checkReference(String ref, SurveyFile file, String part) {
            int letters = 0;
            long column = 0;
            while (letters < ref.length() && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
                column = column * 26 + (ref.charAt(letters) - 'A' + 1);
                letters++;
                if (column > MAX_COLUMN) {
                    break;
                }
            }
            String digits = ref.substring(letters);
            boolean rowOk = !digits.isEmpty() && digits.length() <= 7 && digits.chars().allMatch(Character::isDigit)
                    && Long.parseLong(digits) >= 1 && Long.parseLong(digits) <= MAX_ROW;
            if (column > MAX_COLUMN || !rowOk) {
                // the reference as bytes of the file may hold anything, line breaks included: letters and digits only
                String shown = ref.replaceAll("[^A-Za-z0-9]", "?");
                throw new InputException(file.location(), "sheet " + part + " has a cell reference '"
                        + (shown.length() > 20 ? shown.substring(0, 20) + "..." : shown)
                        + "' outside a spreadsheet's grid"
                        + " (columns A to XFD, rows 1 to 1048576); it is not a readable XLSX spreadsheet");
            }
        }
    }
}
