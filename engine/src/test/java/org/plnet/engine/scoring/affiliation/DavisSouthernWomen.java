package org.plnet.engine.scoring.affiliation;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * Davis's Southern Women: 18 women x 14 social events, as published in Davis, A., Gardner, B. B. and Gardner,
 * M. R. (1941), Deep South, University of Chicago Press, p. 148 (and reprinted by Breiger 1974, Table 1).
 * Row i is a woman, column j is event E(j+1); 1 = she attended.
 */
public final class DavisSouthernWomen {

    public static final String[] WOMEN = {"Evelyn", "Laura", "Theresa", "Brenda", "Charlotte", "Frances", "Eleanor",
        "Pearl", "Ruth", "Verne", "Myra", "Katherine", "Sylvia", "Nora", "Helen", "Dorothy", "Olivia", "Flora"};

    static final String[] MATRIX = {
        "11111101100000", // Evelyn
        "11101111000000", // Laura
        "01111111100000", // Theresa
        "10111111000000", // Brenda
        "00111010000000", // Charlotte
        "00101101000000", // Frances
        "00001111000000", // Eleanor
        "00000101100000", // Pearl
        "00001011100000", // Ruth
        "00000011100100", // Verne
        "00000001110100", // Myra
        "00000001110111", // Katherine
        "00000011110111", // Sylvia
        "00000110111111", // Nora
        "00000011011100", // Helen
        "00000001100000", // Dorothy
        "00000000101000", // Olivia
        "00000000101000", // Flora
    };

    static final int EVENTS = 14;

    private DavisSouthernWomen() {
    }

    /** For each woman, the events (0..13) she attended. */
    static int[][] attendance() {
        int[][] attended = new int[WOMEN.length][];
        for (int i = 0; i < WOMEN.length; i++) {
            List<Integer> events = new ArrayList<>();
            for (int j = 0; j < EVENTS; j++) {
                if (MATRIX[i].charAt(j) == '1') {
                    events.add(j);
                }
            }
            attended[i] = events.stream().mapToInt(Integer::intValue).toArray();
        }
        return attended;
    }

    /** The women (no schools) with their attendance at E1..E14 in wave 1, as a study. */
    public static Study study() {
        Study.Builder b = Study.builder("davis");
        for (String w : WOMEN) {
            b.addPerson(new Person(w, null, false));
        }
        List<Event> events = new ArrayList<>();
        for (int j = 0; j < EVENTS; j++) {
            events.add(Event.named("E" + (j + 1)));
        }
        List<Attendance> rows = new ArrayList<>();
        int[][] attended = attendance();
        for (int i = 0; i < attended.length; i++) {
            for (int e : attended[i]) {
                rows.add(new Attendance(i, e, "1"));
            }
        }
        return b.affiliations(new Affiliations(Affiliations.DEFAULT_RELATION, 1, null, events, rows)).build();
    }
}
