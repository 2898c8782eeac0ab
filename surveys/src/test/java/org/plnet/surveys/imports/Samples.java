package org.plnet.surveys.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plnet.engine.model.Person;

/**
 * The test files of the importers: the shared survey samples (copied from shared/samples into the test
 * resources, {@code imports/samples/}) with their ground truth, and the other files under {@code imports/}.
 */
public final class Samples {

    private Samples() {
    }

    /** A test resource under {@code imports/} as a file ("gexf/advice.gexf"). */
    public static Path resource(String name) {
        try {
            return Path.of(Samples.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource imports/" + name, e);
        }
    }

    /** A shared sample ("roster.csv") as a file. */
    public static Path file(String name) {
        return resource("samples/" + name);
    }

    /** The sample roster: 12 staff of 3 schools. */
    public static List<Person> roster() {
        return RosterFile.read(file("roster.csv"));
    }

    /** A roster of people with ids and names only, given as id, name, id, name, ... */
    public static List<Person> people(String... idsAndNames) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            people.add(new Person(idsAndNames[i], idsAndNames[i + 1], null, null, false, Map.of()));
        }
        return people;
    }

    /** The rows of a CSV sample after its header, each cell trimmed. */
    public static List<List<String>> csvRows(String name) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file(name));
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(in)) {
            boolean header = true;
            while (it.hasNext()) {
                String[] row = it.next();
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String c : row) {
                    cells.add(c.strip());
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** expected-ties.csv as {@code source,target,relation,weight,wave} lines, sorted. */
    public static List<String> expectedTies() {
        RawTable t = RawTables.read(file("expected-ties.csv"));
        List<String> lines = new ArrayList<>();
        for (int r = 1; r < t.rowCount(); r++) {
            lines.add(String.join(",", t.row(r)));
        }
        lines.sort(null);
        return lines;
    }

    /** Ties in the same form as {@link #expectedTies()}. */
    public static List<String> lines(List<ImportedTie> ties) {
        List<String> lines = new ArrayList<>();
        for (ImportedTie t : ties) {
            lines.add(t.source() + "," + t.target() + "," + t.relation() + "," + FrequencyScale.number(t.weight())
                    + "," + t.wave());
        }
        lines.sort(null);
        return lines;
    }

    /** Writes {@code text} (UTF-8) to {@code dir/name} and opens it as a survey file named {@code name}. */
    public static SurveyFile write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return SurveyFile.of(p, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
