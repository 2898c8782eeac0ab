package org.plnet.reports.html;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;

/**
 * Small studies for the report tests. The names are unusual on purpose, so that a scan of a page for a name
 * cannot hit an ordinary word.
 */
final class TestStudies {

    /** A school name that must be escaped everywhere. */
    static final String HOSTILE_SCHOOL = "<script>alert(1)</script> & \"Co\"";

    static final String ASHDOWN = "Ashdown";
    static final String BIRCHFIELD = "Birchfield";

    /** id, name, school, role, member; the person with no school is a network member. */
    static final List<Person> PEOPLE = List.of(
            person("a1", "Alma Quist", ASHDOWN, "head teacher", true),
            person("a2", "Bram Okafor", ASHDOWN, "teacher", false),
            person("a3", "Cleo Varga", ASHDOWN, "teacher", false),
            person("x1", "Dario Lindqvist", HOSTILE_SCHOOL, "<b>teacher</b>", true),
            person("x2", "Edda Moreau", HOSTILE_SCHOOL, "teaching assistant", false),
            person("b1", "Farid Nakamura", BIRCHFIELD, "teacher", true),
            person("b2", "Greta Solberg", BIRCHFIELD, "teacher", false),
            person("u1", "Hugo Zeller", null, "adviser", true),
            person("b3", "Ines Petrov", BIRCHFIELD, "teacher", false));

    private TestStudies() {
    }

    private static Person person(String id, String name, String school, String role, boolean member) {
        return new Person(id, name, school, role, member, Map.of());
    }

    /** Relations advice (seek) and research (give); advice in waves 1 and 2, research in wave 2. */
    static Study twoWaves() {
        Study.Builder b = Study.builder("test-study");
        PEOPLE.forEach(b::addPerson);
        b.relation(new Relation("advice", "Who do you go to for advice?", Flow.SEEK, 4, 1, 3));
        b.relation(new Relation("research", null, Flow.GIVE, 4, 1, 3));
        b.layer(layer("advice", "2",
                "a2 a1 3", "a1 a2 2", "a3 a1 1", "a1 x1 4", "x1 a1 2", "x2 x1 2", "x1 b1 1", "b2 b1 4", "b1 b2 4",
                "b1 u1 2", "u1 a1 1", "a2 x1 1"));
        b.layer(layer("advice", "1", "a2 a1 2", "a1 x1 2", "b2 b1 1", "x2 x1 3"));
        b.layer(layer("research", "2", "a1 b1 1", "b1 a1 2"));
        b.respondents("1", who("a1", "a2", "b2", "x2"));
        b.respondents("2", who("a1", "a2", "a3", "x1", "x2", "b1", "b2", "u1"));
        return b.build();
    }

    /** The same people with one wave of advice only. */
    static Study oneWave() {
        Study.Builder b = Study.builder("test-study");
        PEOPLE.forEach(b::addPerson);
        b.relation(new Relation("advice", "Who do you go to for advice?", Flow.SEEK, 4, 1, 3));
        b.layer(layer("advice", "1", "a2 a1 2", "a1 x1 2", "b2 b1 1", "x2 x1 3"));
        b.respondents("1", who("a1", "a2", "b2", "x2"));
        return b.build();
    }

    static int index(String id) {
        for (int i = 0; i < PEOPLE.size(); i++) {
            if (PEOPLE.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Ties written "source target weight". */
    static KeptTies layer(String relation, String wave, String... ties) {
        TreeMap<Long, Double> sorted = new TreeMap<>();
        for (String t : ties) {
            String[] f = t.split(" ");
            sorted.put((long) index(f[0]) << 32 | index(f[1]), Double.parseDouble(f[2]));
        }
        int[] s = new int[sorted.size()];
        int[] d = new int[sorted.size()];
        double[] w = new double[sorted.size()];
        int k = 0;
        for (Map.Entry<Long, Double> e : sorted.entrySet()) {
            s[k] = (int) (e.getKey() >>> 32);
            d[k] = (int) (long) e.getKey();
            w[k++] = e.getValue();
        }
        return new KeptTies(relation, wave, s, d, w);
    }

    static BitSet who(String... ids) {
        BitSet set = new BitSet();
        for (String id : ids) {
            set.set(index(id));
        }
        return set;
    }
}
