package org.plnet.surveys.imports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.model.Person;

/** The shared survey samples (copied from shared/samples into the test resources) and their ground truth. */
public final class Samples {

    private Samples() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Samples.class.getResource("/imports/samples/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no sample " + name, e);
        }
    }

    public static List<Person> roster() {
        return RosterFile.read(file("roster.csv"));
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
}
