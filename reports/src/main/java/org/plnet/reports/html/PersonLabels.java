package org.plnet.reports.html;

import java.util.Objects;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * What one page calls each person, by the {@link NameMode}: the one place that decides whether a name
 * may appear, so that a page cannot name someone by another route (hover titles, labels, tables).
 *
 * <p>A person who is not named gets a pseudonym that is the same on every page: members are numbered
 * "Member 1", "Member 2", ... and everyone else "Colleague 1", ... ("Person k" when their school is unknown),
 * numbered in a seeded shuffle's order, not the roster's ({@link Pseudonyms}), followed by their school
 * where it is known: "Member 3, Burley Primary". Roles
 * travel only with names: a role beside a pseudonym (say, the only head teacher of a school) could
 * identify the person.
 */
public final class PersonLabels {

    private final Study study;
    private final NameMode mode;
    private final String school;
    private final int[] number;

    private PersonLabels(Study study, NameMode mode, String school) {
        this.study = study;
        this.mode = Objects.requireNonNull(mode);
        this.school = school;
        this.number = Pseudonyms.numbers(study);
    }

    /** The labels of the network overview: names only in {@link NameMode#FULL}. */
    public static PersonLabels forOverview(Study study, NameMode mode) {
        return new PersonLabels(study, mode, null);
    }

    /** The labels of one school's report: in {@link NameMode#SCHOOL} its own staff are named. */
    public static PersonLabels forSchool(Study study, NameMode mode, String school) {
        return new PersonLabels(study, mode, Objects.requireNonNull(school));
    }

    /** Whether this page may show person i's name (and role). */
    public boolean named(int i) {
        return switch (mode) {
            case FULL -> true;
            case NONE, AGGREGATE -> false;
            case SCHOOL -> school != null && school.equals(study.people().get(i).school());
        };
    }

    /** The person's name where the page may show it, else their pseudonym without school. */
    public String shortLabel(int i) {
        return named(i) ? study.people().get(i).name() : pseudonym(i);
    }

    /** The name, or the pseudonym followed by the school where it is known: "Member 3, Burley Primary". */
    public String label(int i) {
        if (named(i)) {
            return study.people().get(i).name();
        }
        Person p = study.people().get(i);
        return p.hasSchool() ? pseudonym(i) + ", " + p.school() : pseudonym(i);
    }

    /** The role where the page may show it, else {@code null}. */
    public String role(int i) {
        return named(i) ? study.people().get(i).role() : null;
    }

    /** A hover text: label, then role and school where shown, then "network member". */
    public String title(int i) {
        Person p = study.people().get(i);
        StringBuilder s = new StringBuilder(label(i));
        if (named(i)) {
            if (p.role() != null) {
                s.append(", ").append(p.role());
            }
            if (p.hasSchool()) {
                s.append(", ").append(p.school());
            }
        }
        if (named(i) && p.member()) {
            s.append(" (network member)");
        }
        return s.toString();
    }

    private String pseudonym(int i) {
        Person p = study.people().get(i);
        String word = p.member() ? "Member" : p.hasSchool() ? "Colleague" : "Person";
        return word + " " + number[i];
    }
}
