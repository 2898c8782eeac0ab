package org.plnet.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tables keep the bytes that Jackson's CSV writer, which wrote them before, gave them. */
class SpreadsheetCsvTest {

    private static final String CHARS = "aZ09 ,\"\r\n\t'=+-@#\\;:.!é\u00a0\u2003ß_";

    @Test
    void sameBytesAsJacksonsCsvWriter() throws Exception {
        Random random = new Random(7);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < 2000; r++) {
            List<Object> row = new ArrayList<>();
            row.add(text(random));
            row.add(random.nextBoolean() ? null : random.nextInt());
            row.add(random.nextBoolean() ? null : random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
            row.add(random.nextBoolean());
            row.add(random.nextLong());
            rows.add(row);
        }
        SpreadsheetCsv table = new SpreadsheetCsv("text", "int", "double", "boolean", "long");
        rows.forEach(table::row);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        table.write(ours);
        assertThat(ours.toByteArray()).isEqualTo(jackson(List.of("text", "int", "double", "boolean", "long"), rows));
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            s.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    /** The former writer: Jackson's CSV dataformat with its default quoting, text neutralised first. */
    private static byte[] jackson(List<String> columns, List<List<Object>> rows) throws Exception {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (List<Object> row : rows) {
                List<Object> safe = new ArrayList<>(Arrays.asList(row.toArray()));
                safe.replaceAll(c -> c instanceof String s ? SpreadsheetText.safe(s) : c);
                writer.write(safe);
            }
        }
        return out.toByteArray();
    }
}
