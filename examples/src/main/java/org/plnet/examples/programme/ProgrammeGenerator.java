package org.plnet.examples.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a SYNTHETIC programme of learning networks as a study folder (programmes.md): people.csv with
 * roles (head, senior leader, middle leader, teacher, teaching assistant), schools.csv (school, network,
 * phase, authority), respondents.csv, ties.csv and study.yaml. Each network is given its own "middle-leader
 * bridging" between 0.05 and 0.8: in some networks middle leaders carry many of the ties between schools, in
 * others hardly any, which the breakdown by role shows. Heads and senior leaders carry cross-school ties
 * everywhere; a few ties join networks. The second wave keeps about 70% of each respondent's ties.
 *
 * <p>Usage: {@code ProgrammeGenerator example [folder]} writes {@link ProgrammeDesign#EXAMPLE} (default
 * {@code examples/programme}); {@code ProgrammeGenerator nlc FOLDER} the scale of the Networked Learning
 * Communities programme ({@link ProgrammeDesign#NLC}). The same design gives the same bytes.
 */
public final class ProgrammeGenerator {

    static final String[] ROLES = {"head", "senior leader", "middle leader", "teacher", "teaching assistant"};
    private static final String[] WAVES = {"2023", "2024"};
    private static final double[] KIND_SHARE = {0.55, 0.10, 0.10, 0.15, 0.10};
    private static final double[] KIND_STAFF = {0.7, 0.7, 0.7, 1.9, 1.9};
    private static final String[] PHASE = {"primary", "primary", "primary", "secondary", "secondary"};

    private final ProgrammeDesign design;
    private final Random random;
    private final List<School> schools = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final double[] bridging;

    private record School(String name, int network, String phase, String authority, List<Integer> staff) {
    }

    private record Person(String id, String name, int school, int role, boolean member) {
    }

    private ProgrammeGenerator(ProgrammeDesign design) {
        this.design = design;
        this.random = new Random(design.seed());
        this.bridging = new double[design.networks()];
    }

    public static void main(String[] args) throws IOException {
        boolean nlc = args.length > 0 && args[0].equals("nlc");
        Path folder = Path.of(args.length > 1 ? args[1] : "examples/programme");
        ProgrammeDesign design = nlc ? ProgrammeDesign.NLC : ProgrammeDesign.EXAMPLE;
        String summary = write(design, folder, nlc ? "nlc-scale" : "programme");
        System.out.println("wrote " + folder + ": " + summary);
    }

    /**
     * Writes the programme of {@code design} into {@code folder} (created when missing).
     *
     * @return a one-line summary: networks, schools, staff and ties
     */
    public static String write(ProgrammeDesign design, Path folder, String name) throws IOException {
        ProgrammeGenerator g = new ProgrammeGenerator(design);
        g.roster();
        Files.createDirectories(folder);
        StringBuilder ties = new StringBuilder("source,target,relation,weight,wave\n");
        StringBuilder respondents = new StringBuilder("id,wave\n");
        long count = g.ties(ties, respondents);
        Files.writeString(folder.resolve("people.csv"), g.peopleCsv(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("schools.csv"), g.schoolsCsv(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("respondents.csv"), respondents, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("study.yaml"), g.studyYaml(name), StandardCharsets.UTF_8);
        return g.networks.size() + " networks, " + g.schools.size() + " schools, " + g.people.size() + " staff, "
                + count + " ties";
    }

    private void roster() {
        int schoolNumber = 0;
        List<String> authorities = List.of("Authority A", "Authority B", "Authority C", "Authority D",
                "Authority E", "Authority F");
        for (int k = 0; k < design.networks(); k++) {
            networks.add(InventedNames.network(k));
            bridging[k] = 0.05 + 0.75 * (design.networks() == 1 ? 0.5 : (double) k / (design.networks() - 1));
        }
        shuffle(bridging);
        int total = design.networks() + (design.schoolsWithout() > 0 ? 1 : 0);
        for (int k = 0; k < total; k++) {
            boolean inNetwork = k < design.networks();
            int count = inNetwork ? design.minSchools() + random.nextInt(design.maxSchools() - design.minSchools() + 1)
                    : design.schoolsWithout();
            String authority = authorities.get(random.nextInt(authorities.size()));
            for (int i = 0; i < count; i++) {
                int kind = kind();
                School school = new School(InventedNames.school(schoolNumber++, kind), inNetwork ? k : -1,
                        PHASE[kind], authority, new ArrayList<>());
                schools.add(school);
                int staff = Math.max(6, (int) Math.round(design.meanStaff() * KIND_STAFF[kind]
                        * (0.7 + 0.6 * random.nextDouble())));
                staff(school, schools.size() - 1, staff);
            }
        }
    }

    private int kind() {
        double u = random.nextDouble();
        for (int kind = 0; kind < KIND_SHARE.length; kind++) {
            u -= KIND_SHARE[kind];
            if (u < 0) {
                return kind;
            }
        }
        return 0;
    }

    private void staff(School school, int index, int size) {
        int seniors = 1 + size / 15;
        int middles = (int) Math.round(0.15 * size);
        int assistants = (int) Math.round(0.2 * size);
        double middleMembers = school.network() < 0 ? 0.2 : bridging[school.network()];
        for (int i = 0; i < size; i++) {
            int role = i == 0 ? 0 : i <= seniors ? 1 : i <= seniors + middles ? 2
                    : i < size - assistants ? 3 : 4;
            boolean member = role == 0 || i == 1 || role == 2 && random.nextDouble() < middleMembers;
            int n = people.size();
            school.staff().add(n);
            people.add(new Person(String.format("p%05d", n + 1), InventedNames.person(n * 7 + 3), index, role,
                    member));
        }
    }

    /** The chance that a tie of person p goes to another school. */
    private double crossChance(Person p, boolean research) {
        School s = schools.get(p.school());
        double middle = s.network() < 0 ? 0.05 : 0.05 + 0.5 * bridging[s.network()];
        double chance = switch (p.role()) {
            case 0 -> 0.35;
            case 1 -> 0.25;
            case 2 -> middle;
            case 3 -> 0.04;
            default -> 0.02;
        };
        return Math.min(0.9, research ? chance * 1.3 : chance);
    }

    private long ties(StringBuilder out, StringBuilder respondentsOut) {
        List<String> relations = new ArrayList<>(List.of("advice"));
        if (design.researchTies() > 0) {
            relations.add("research");
        }
        long count = 0;
        BitSet[] answered = new BitSet[WAVES.length];
        for (int w = 0; w < WAVES.length; w++) {
            answered[w] = new BitSet();
            for (int v = 0; v < people.size(); v++) {
                double rate = people.get(v).role() == 0 ? 0.95 : design.responseRate();
                if (random.nextDouble() < rate) {
                    answered[w].set(v);
                    respondentsOut.append(people.get(v).id()).append(',').append(WAVES[w]).append('\n');
                }
            }
        }
        for (String relation : relations) {
            boolean research = relation.equals("research");
            double mean = research ? design.researchTies() : design.adviceTies();
            List<List<int[]>> previous = new ArrayList<>();
            for (int w = 0; w < WAVES.length; w++) {
                List<List<int[]>> now = new ArrayList<>();
                for (int v = 0; v < people.size(); v++) {
                    List<int[]> named = new ArrayList<>();
                    if (answered[w].get(v)) {
                        named = name(v, mean, research, w > 0 && answered[w - 1].get(v) ? previous.get(v) : null);
                        for (int[] t : named) {
                            out.append(people.get(v).id()).append(',').append(people.get(t[0]).id()).append(',')
                                    .append(relation).append(',').append(t[1]).append(',').append(WAVES[w])
                                    .append('\n');
                            count++;
                        }
                    }
                    now.add(named);
                }
                previous = now;
            }
        }
        return count;
    }

    /** The people v names, each with a weight 1 to 4; about 70% of last wave's kept when given. */
    private List<int[]> name(int v, double mean, boolean research, List<int[]> before) {
        Person p = people.get(v);
        int wanted = (int) Math.round(mean * (0.5 + random.nextDouble()));
        Set<Integer> chosen = new LinkedHashSet<>();
        List<int[]> named = new ArrayList<>();
        if (before != null) {
            for (int[] t : before) {
                if (random.nextDouble() < 0.7 && chosen.add(t[0])) {
                    named.add(t);
                }
            }
        }
        for (int attempt = 0; named.size() < wanted && attempt < 4 * wanted + 4; attempt++) {
            int target = target(p, research);
            if (target != v && target >= 0 && chosen.add(target)) {
                boolean across = people.get(target).school() != p.school();
                named.add(new int[] {target, 1 + random.nextInt(across ? 3 : 4)});
            }
        }
        named.sort((x, y) -> Integer.compare(x[0], y[0]));
        return named;
    }

    private int target(Person p, boolean research) {
        School own = schools.get(p.school());
        if (random.nextDouble() >= crossChance(p, research)) {
            return own.staff().get(random.nextInt(own.staff().size()));
        }
        School other;
        if (own.network() >= 0 && random.nextDouble() < 0.92) {
            List<Integer> mates = new ArrayList<>();
            for (int g = 0; g < schools.size(); g++) {
                if (schools.get(g).network() == own.network() && g != p.school()) {
                    mates.add(g);
                }
            }
            if (mates.isEmpty()) {
                return -1;
            }
            other = schools.get(mates.get(random.nextInt(mates.size())));
        } else {
            other = schools.get(random.nextInt(schools.size()));
        }
        // half the time a leader or member of the other school, else anyone there
        if (random.nextBoolean()) {
            List<Integer> leaders = other.staff().stream()
                    .filter(u -> people.get(u).member() || people.get(u).role() <= 2).toList();
            return leaders.get(random.nextInt(leaders.size()));
        }
        return other.staff().get(random.nextInt(other.staff().size()));
    }

    private String peopleCsv() {
        StringBuilder s = new StringBuilder("id,name,school,role,member\n");
        for (Person p : people) {
            s.append(p.id()).append(',').append(p.name()).append(',').append(schools.get(p.school()).name())
                    .append(',').append(ROLES[p.role()]).append(',').append(p.member() ? "yes" : "no").append('\n');
        }
        return s.toString();
    }

    private String schoolsCsv() {
        StringBuilder s = new StringBuilder("school,network,phase,authority\n");
        for (School school : schools) {
            s.append(school.name()).append(',').append(school.network() < 0 ? "" : networks.get(school.network()))
                    .append(',').append(school.phase()).append(',').append(school.authority()).append('\n');
        }
        return s.toString();
    }

    private String studyYaml(String name) {
        String relations = "  advice:\n    question: \"Whom do you go to for advice about your teaching?\"\n"
                + "    flow: seek\n    scaleMax: 4\n";
        if (design.researchTies() > 0) {
            relations += "  research:\n    question: \"With whom have you shared research or evidence this year?\"\n"
                    + "    flow: give\n    scaleMax: 4\n";
        }
        return "name: " + name + "\n"
                + "description: \"SYNTHETIC programme of learning networks generated by plnet's ProgrammeGenerator"
                + " (seed " + design.seed() + "); every school, network and person is invented.\"\n"
                + "relations:\n" + relations
                + (design.researchTies() > 0 ? "breakdowns: [role, phase]\n" : "");
    }

    private void shuffle(double[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
