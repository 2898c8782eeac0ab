package org.plnet.examples.programme;

import java.util.ArrayList;
import java.util.List;

/** Invented names of places, networks and people; none is meant to be a real school or person. */
final class InventedNames {

    private static final String[] START = {"Ash", "Bram", "Cold", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy",
        "Kings", "Lang", "Mill", "Nor", "Oak", "Pen", "Quarry", "Red", "Stan", "Thorn", "Up", "Wend", "Yarn",
        "Brook", "Castle", "Daw", "Holly"};
    private static final String[] END = {"by", "combe", "ford", "ham", "ley", "mere", "stead", "ton", "well",
        "wick", "worth", "field", "bury", "dale", "hurst"};
    private static final String[] KIND = {"Primary", "Junior", "Infant", "Secondary", "Academy"};
    private static final String[] AREA = {"North", "South", "East", "West", "Vale", "Coast", "Forest", "River",
        "Hill", "Moor", "Downs", "Valley", "Lakes", "Fen", "Heath", "Marsh", "Ridge", "Weald", "Wold", "Dales",
        "Cross", "Bridge", "Gate", "Park", "Green", "Common"};
    private static final String[] GROUP = {"Learning Network", "Alliance", "Partnership", "Collaborative",
        "Learning Community"};
    private static final String[] FIRST = {"Aisha", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Hamza",
        "Isla", "Jack", "Kiran", "Lena", "Milo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar",
        "Vera", "Will", "Xena", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Abbott", "Bhatt", "Carver", "Dolan", "Evers", "Frost", "Gale", "Hale",
        "Iqbal", "Joyce", "Kerr", "Lowe", "Marsh", "Noble", "Okafor", "Pryce", "Quill", "Rowe", "Shaw", "Tate",
        "Upton", "Vance", "Wells", "Yates", "Zeller"};

    private InventedNames() {
    }

    /** The n-th network's name, unique for n below 130. */
    static String network(int n) {
        return AREA[n % AREA.length] + " " + GROUP[(n / AREA.length) % GROUP.length]
                + (n >= AREA.length * GROUP.length ? " " + (n / (AREA.length * GROUP.length) + 1) : "");
    }

    /** The n-th school's name of the given kind (0 primary .. 4 academy), unique for n below 390. */
    static String school(int n, int kind) {
        int place = n % (START.length * END.length);
        String name = START[place % START.length] + END[(place / START.length) % END.length] + " " + KIND[kind];
        return n >= START.length * END.length ? name + " " + (n / (START.length * END.length) + 1) : name;
    }

    /** A person's invented name; not unique (ids are). */
    static String person(int n) {
        return FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length];
    }

    static List<String> kinds() {
        return new ArrayList<>(List.of(KIND));
    }
}
