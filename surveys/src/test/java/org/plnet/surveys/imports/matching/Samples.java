package org.plnet.surveys.imports.matching;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.model.Person;

/** The shared samples (copied from ../shared/samples into imports-network/samples) and fixtures, for tests. */
public final class Samples {

    private Samples() {
    }

    /** A test resource under {@code imports-network/} as a file. */
    public static Path path(String name) {
        URL url = Samples.class.getResource("/imports-network/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource imports-network/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a CSV test resource after its header, each cell trimmed. */
    public static List<List<String>> csvRows(String name) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Samples.class.getResourceAsStream("/imports-network/" + name);
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

    /** The sample roster: 12 staff of 3 schools. */
    public static List<Person> roster() {
        List<Person> people = new ArrayList<>();
        for (List<String> r : csvRows("samples/roster.csv")) {
            Map<String, String> none = new LinkedHashMap<>();
            people.add(new Person(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4).equals("yes"), none));
        }
        return people;
    }

    /** A roster of people with ids and names only, given as id, name, id, name, ... */
    public static List<Person> people(String... idsAndNames) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            people.add(new Person(idsAndNames[i], idsAndNames[i + 1], null, null, false, Map.of()));
        }
        return people;
    }
}
