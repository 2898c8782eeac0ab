package org.plnet.surveys.studyfolder;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.report.ImportReport;

/**
 * {@code breakdowns:} of study.yaml (programmes.md, section 4): a list of attribute names, each where it is
 * written. An attribute named twice (column names are case-insensitive) or an entry that is not text is an
 * error naming the key; whether each names a column is checked once people.csv and schools.csv are read
 * ({@link ProgrammeFile}).
 */
final class BreakdownsSetting {

    static final String KEY = "breakdowns";

    private BreakdownsSetting() {
    }

    /** Reads the value at the parser's current token; returns the names read, having reported every problem. */
    static List<Setting<String>> read(JsonParser p, String label, ImportReport.Builder report) throws IOException {
        List<Setting<String>> names = new ArrayList<>();
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return names;
        }
        if (t == JsonToken.VALUE_STRING) {
            add(names, p.getText(), at(p, label), report);
            return names;
        }
        if (t != JsonToken.START_ARRAY) {
            report.error(at(p, label), KEY + " must be a list of column names such as [role, phase], found "
                    + (t == JsonToken.START_OBJECT ? "a mapping" : "'" + p.getText() + "'"));
            p.skipChildren();
            return names;
        }
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_STRING) {
                add(names, p.getText(), at(p, label), report);
            } else {
                report.error(at(p, label), KEY + " must list column names as text, found "
                        + (e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY ? "a " + (e
                        == JsonToken.START_OBJECT ? "mapping" : "list") : "'" + p.getText() + "'"));
                p.skipChildren();
            }
        }
        return names;
    }

    private static void add(List<Setting<String>> names, String raw, SourceLocation at, ImportReport.Builder report) {
        String name = raw.trim();
        if (name.isEmpty()) {
            report.error(at, KEY + " lists an empty column name");
            return;
        }
        Map<String, Setting<String>> seen = new HashMap<>();
        names.forEach(s -> seen.put(s.value().toLowerCase(Locale.ROOT), s));
        Setting<String> first = seen.get(name.toLowerCase(Locale.ROOT));
        if (first != null) {
            report.error(at, KEY + " names '" + name + "' twice (first on line " + first.at().line() + ")");
            return;
        }
        names.add(new Setting<>(name, at));
    }

    private static SourceLocation at(JsonParser p, String label) {
        var l = p.currentTokenLocation();
        int line = Math.max(0, l.getLineNr());
        return new SourceLocation(label, line, line == 0 ? 0 : Math.max(0, l.getColumnNr()));
    }
}
