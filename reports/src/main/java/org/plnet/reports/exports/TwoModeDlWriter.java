package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Study;

/**
 * Writes the attendance of every wave as a UCINET DL two-mode file, one people x events matrix per wave (UCINET's
 * {@code nm}), in the {@code fullmatrix} format:
 * <pre>
 * dl nr=3 nc=2 nm=2
 * format = fullmatrix
 * row labels:
 * "Ann Smith"
 * ...
 * column labels:
 * "Spring conference"
 * ...
 * matrix labels:
 * "2019", "2020"
 * data:
 * 1 0
 * ...
 * </pre>
 * Rows are the people of the roster in roster order, columns the events of events.csv in file order; a cell is 1
 * when the person attended the event in that wave. Labels are quoted by {@link QuotedLabel}. UTF-8, CRLF line
 * ends, as {@link UcinetDlWriter}.
 */
public final class TwoModeDlWriter {

    private static final String LINE_END = PajekWriter.LINE_END;

    private TwoModeDlWriter() {
    }

    static void write(Study study, OutputStream out) throws IOException {
        Affiliations affiliations = study.affiliations().orElseThrow();
        List<Event> events = affiliations.events();
        List<String> waves = List.copyOf(affiliations.waves());
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        text.write("dl nr=" + study.size() + " nc=" + events.size() + " nm=" + waves.size() + LINE_END);
        text.write("format = fullmatrix" + LINE_END);
        text.write("row labels:" + LINE_END);
        for (int i = 0; i < study.size(); i++) {
            text.write(QuotedLabel.of(study.people().get(i).name()) + LINE_END);
        }
        text.write("column labels:" + LINE_END);
        for (Event e : events) {
            text.write(QuotedLabel.of(e.name()) + LINE_END);
        }
        text.write("matrix labels:" + LINE_END);
        text.write(waves.stream().map(QuotedLabel::of).collect(Collectors.joining(", ")) + LINE_END);
        text.write("data:" + LINE_END);
        for (String wave : waves) {
            boolean[][] attended = new boolean[study.size()][events.size()];
            for (Attendance a : affiliations.attendances(wave)) {
                attended[a.person()][a.event()] = true;
            }
            for (boolean[] row : attended) {
                StringBuilder line = new StringBuilder();
                for (int e = 0; e < row.length; e++) {
                    line.append(e == 0 ? "" : " ").append(row[e] ? '1' : '0');
                }
                text.write(line + LINE_END);
            }
        }
        text.flush();
    }
}
