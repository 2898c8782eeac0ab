package org.plnet.engine.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A study: the roster, the relations with their settings, and the kept ties of every
 * (relation, wave) with the respondents of every wave (study-format.md). Immutable; build it with
 * {@link #builder(String)}.
 */
public final class Study {

    private final String name;
    private final List<Person> people;
    private final Map<String, Integer> indexById;
    private final SortedMap<String, Relation> relations;
    private final List<KeptTies> layers;
    private final SortedMap<String, BitSet> respondentsByWave;
    private final List<String> schools;
    private final int[] schoolIndex;
    /** The events and who attended them, or null when the study has none (affiliations.md). */
    private final Affiliations affiliations;
    private final OptionalLong pseudonymSeed;
    private final Programme programme;

    private Study(Builder b) {
        this.name = b.name;
        this.people = List.copyOf(b.people);
        this.indexById = Map.copyOf(b.indexById);
        this.relations = Collections.unmodifiableSortedMap(new TreeMap<>(b.relations));
        List<KeptTies> sorted = new ArrayList<>(b.layers.values());
        sorted.sort((x, y) -> {
            int c = CodePointOrder.INSTANCE.compare(x.relation(), y.relation());
            return c != 0 ? c : CodePointOrder.INSTANCE.compare(x.wave(), y.wave());
        });
        this.layers = List.copyOf(sorted);
        TreeMap<String, BitSet> resp = new TreeMap<>(CodePointOrder.INSTANCE);
        b.respondents.forEach((wave, set) -> resp.put(wave, (BitSet) set.clone()));
        this.respondentsByWave = Collections.unmodifiableSortedMap(resp);
        Set<String> firstAppearance = new LinkedHashSet<>();
        for (Person p : people) {
            if (p.hasSchool()) {
                firstAppearance.add(p.school());
            }
        }
        this.schools = List.copyOf(firstAppearance);
        this.schoolIndex = indexSchools(people, schools);
        this.affiliations = b.affiliations;
        this.pseudonymSeed = b.pseudonymSeed;
        this.programme = b.programme != null ? b.programme : Programme.none(people);
    }

    private static int[] indexSchools(List<Person> people, List<String> schools) {
        Map<String, Integer> index = new HashMap<>();
        for (String s : schools) {
            index.put(s, index.size());
        }
        int[] school = new int[people.size()];
        for (int v = 0; v < school.length; v++) {
            Person p = people.get(v);
            school[v] = p.hasSchool() ? index.get(p.school()) : -1;
        }
        return school;
    }

    /** The seed of the shuffle that numbers people who are not named (study.yaml's {@code pseudonymSeed}). */
    public OptionalLong pseudonymSeed() {
        return pseudonymSeed;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The study's name: study.yaml's {@code name}, else the folder's name. */
    public String name() {
        return name;
    }

    /** Every person of the roster, in file order; a person's index here is their vertex in every graph. */
    public List<Person> people() {
        return people;
    }

    public int size() {
        return people.size();
    }

    /** The index of the person with this id, if any. */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(indexById.get(id));
    }

    /** The relations, by name in code point order. */
    public SortedMap<String, Relation> relations() {
        return relations;
    }

    public Relation relation(String relationName) {
        Relation r = relations.get(relationName);
        if (r == null) {
            throw new IllegalArgumentException("no relation " + relationName);
        }
        return r;
    }

    /** Every (relation, wave) with at least one kept tie, sorted by relation then wave, by code point. */
    public List<KeptTies> layers() {
        return layers;
    }

    public Optional<KeptTies> layer(String relationName, String wave) {
        return layers.stream().filter(l -> l.relation().equals(relationName) && l.wave().equals(wave)).findFirst();
    }

    /** The waves that have respondents or ties, in code point order. */
    public Set<String> waves() {
        return respondentsByWave.keySet();
    }

    /** Who answered the survey in this wave (bit i = person i); empty for an unknown wave. */
    public BitSet respondents(String wave) {
        BitSet set = respondentsByWave.get(wave);
        return set == null ? new BitSet() : (BitSet) set.clone();
    }

    /**
     * Who counts as a respondent of one relation in a wave (affiliations.md, section 2): everyone for the
     * co-attendance relation, as a register is complete; otherwise {@link #respondents(String)}.
     */
    public BitSet respondents(String relationName, String wave) {
        if (affiliations != null && affiliations.relation().equals(relationName)) {
            BitSet everyone = new BitSet();
            everyone.set(0, people.size());
            return everyone;
        }
        return respondents(wave);
    }

    /** The events and who attended them, when the study has attendance. */
    public Optional<Affiliations> affiliations() {
        return Optional.ofNullable(affiliations);
    }

    /** Every non-empty school, in order of first appearance in the roster. */
    public List<String> schools() {
        return schools;
    }

    /** Each person's school as an index into {@link #schools()}, -1 when unknown; a copy, indexed by vertex. */
    public int[] schoolIndex() {
        return schoolIndex.clone();
    }

    /** The learning networks, school attributes and breakdowns of the study (programmes.md). */
    public Programme programme() {
        return programme;
    }

    /** Builds a {@link Study}, checking the invariants the readers have already reported on. */
    public static final class Builder {
        private final String name;
        private final List<Person> people = new ArrayList<>();
        private final Map<String, Integer> indexById = new HashMap<>();
        private final Map<String, Relation> relations = new HashMap<>();
        private final Map<List<String>, KeptTies> layers = new HashMap<>();
        private final Map<String, BitSet> respondents = new HashMap<>();
        private Affiliations affiliations;
        private OptionalLong pseudonymSeed = OptionalLong.empty();
        private Programme programme;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds a person; returns their index. */
        public int addPerson(Person person) {
            if (indexById.containsKey(person.id())) {
                throw new IllegalArgumentException("duplicate person id " + person.id());
            }
            indexById.put(person.id(), people.size());
            people.add(person);
            return people.size() - 1;
        }

        public Builder relation(Relation relation) {
            relations.put(relation.name(), relation);
            return this;
        }

        /** Adds the kept ties of one (relation, wave); the relation must have been added. */
        public Builder layer(KeptTies layer) {
            if (!relations.containsKey(layer.relation())) {
                throw new IllegalArgumentException("no settings for relation " + layer.relation());
            }
            for (int k = 0; k < layer.size(); k++) {
                if (layer.target(k) >= people.size() || layer.source(k) >= people.size()) {
                    throw new IllegalArgumentException("tie to a person outside the roster");
                }
            }
            if (layer.size() > 0) {
                layers.put(List.of(layer.relation(), layer.wave()), layer);
            }
            return this;
        }

        /** Sets who answered in a wave (bit i = person i). */
        public Builder respondents(String wave, BitSet who) {
            if (who.length() > people.size()) {
                throw new IllegalArgumentException("respondent outside the roster");
            }
            respondents.put(wave, (BitSet) who.clone());
            return this;
        }

        /**
         * Adds two-mode data: {@link #build()} adds its co-attendance relation and, for every wave with
         * attendance, its layer, kept even when nobody met (affiliations.md, section 2).
         */
        public Builder affiliations(Affiliations twoMode) {
            this.affiliations = Objects.requireNonNull(twoMode, "twoMode");
            return this;
        }

        /** Sets the seed of the pseudonym shuffle. */
        public Builder pseudonymSeed(long seed) {
            pseudonymSeed = OptionalLong.of(seed);
            return this;
        }

        /** Sets the school level (programmes.md); without it the study has no networks and default breakdowns. */
        public Builder programme(Programme programme) {
            this.programme = Objects.requireNonNull(programme, "programme");
            return this;
        }

        public Study build() {
            if (affiliations != null) {
                addCoAttendance();
            }
            for (KeptTies l : layers.values()) {
                respondents.computeIfAbsent(l.wave(), w -> new BitSet());
            }
            return new Study(this);
        }

        private void addCoAttendance() {
            if (relations.containsKey(affiliations.relation())) {
                throw new IllegalArgumentException("relation " + affiliations.relation() + " is both surveyed and"
                        + " projected from attendance");
            }
            for (String wave : affiliations.waves()) {
                if (affiliations.attendances(wave).stream().anyMatch(a -> a.person() >= people.size())) {
                    throw new IllegalArgumentException("attendance of a person outside the roster");
                }
            }
            relations.put(affiliations.relation(),
                    affiliations.relationSettings(CoAttendance.largestWeight(affiliations, people.size())));
            for (String wave : affiliations.waves()) {
                layers.put(List.of(affiliations.relation(), wave),
                        CoAttendance.project(affiliations, people.size(), wave));
                respondents.computeIfAbsent(wave, w -> new BitSet());
            }
        }
    }
}
