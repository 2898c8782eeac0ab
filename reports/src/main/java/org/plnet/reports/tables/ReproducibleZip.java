package org.plnet.reports.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites an Office Open XML package (a zip archive) so that its bytes depend only on its content. The
 * spreadsheet library writes the current time as the creation date of the document properties
 * ({@code docProps/core.xml}); here it becomes {@value #CREATED}. The entries are written again sorted by
 * name, which puts {@code [Content_Types].xml} first as streaming readers expect (the library writes it
 * last), each with the time 1980-01-02 00:00 (a day after the DOS epoch; see {@link #ENTRY_TIME}) and no extra
 * fields.
 */
final class ReproducibleZip {

    /**
     * The time of every entry: a local date-time, stored as it is in the DOS fields, so no time zone enters. Not
     * 1980-01-01 00:00 itself: the JDK takes that DOS value for "before 1980" and then adds an extended
     * timestamp field holding the instant in the machine's time zone, so the bytes differed between zones.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);
    /** The creation date written into the document properties. */
    static final String CREATED = "1980-01-01T00:00:00Z";

    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED_ELEMENT =
            Pattern.compile("(<dcterms:created\\b[^>]*>)[^<]*(</dcterms:created>)");

    private ReproducibleZip() {
    }

    /** Reads the archive by its central directory (the library's local headers use Zip64 data descriptors). */
    static void write(byte[] zip, OutputStream out) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (Enumeration<ZipArchiveEntry> e = in.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry source = e.nextElement();
                try (InputStream data = in.getInputStream(source)) {
                    byte[] content = data.readAllBytes();
                    boolean core = source.getName().equals(CORE_PROPERTIES);
                    entries.put(source.getName(), core ? fixCreated(content) : content);
                }
            }
        }
        ZipOutputStream zipOut = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(ENTRY_TIME);
            zipOut.putNextEntry(entry);
            zipOut.write(e.getValue());
            zipOut.closeEntry();
        }
        zipOut.finish();
        zipOut.flush();
    }

    private static byte[] fixCreated(byte[] coreXml) {
        Matcher m = CREATED_ELEMENT.matcher(new String(coreXml, StandardCharsets.UTF_8));
        return m.replaceAll("$1" + CREATED + "$2").getBytes(StandardCharsets.UTF_8);
    }
}
