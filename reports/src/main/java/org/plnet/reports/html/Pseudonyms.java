package org.plnet.reports.html;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * The number in each person's pseudonym ("Member 3", "Colleague 12"): people are numbered in the order of a
 * shuffle seeded by study.yaml's {@code pseudonymSeed} (which {@code plnet import} writes at random), so that
 * the numbers follow neither the roster's order nor anything else a reader of the report may hold, while reruns
 * give the same numbers. A study without a seed takes one from a hash (SHA-256) of its own contents (people
 * and ties), so its reports are still the same on every run; such numbers are hidden only from someone who
 * does not hold the whole study.
 */
final class Pseudonyms {

    /** The numbers of the last study asked for: every page of a report asks again, and the seed hashes every tie. */
    private static WeakReference<Study> lastStudy = new WeakReference<>(null);
    private static int[] lastNumbers;

    private Pseudonyms() {
    }

    /**
     * Each person's number within their group (members; others with a school; others without), counted from
     * 1 in the seeded shuffle's order. A {@link Study} is immutable, so its numbers are computed once (a
     * report's thousands of pages share them) and each caller gets its own copy.
     */
    static synchronized int[] numbers(Study study) {
        if (lastStudy.get() != study) {
            lastNumbers = shuffled(study);
            lastStudy = new WeakReference<>(study);
        }
        return lastNumbers.clone();
    }

    private static int[] shuffled(Study study) {
        List<Person> people = study.people();
        List<Integer> order = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            order.add(i);
        }
        // java.util.Random's sequence is fixed by its specification, so the numbers are the same on every JDK
        Collections.shuffle(order, new Random(seed(study)));
        int[] number = new int[people.size()];
        int[] next = new int[3];
        for (int i : order) {
            Person p = people.get(i);
            number[i] = ++next[p.member() ? 0 : p.hasSchool() ? 1 : 2];
        }
        return number;
    }

    /** study.yaml's seed, else the first 8 bytes of the SHA-256 of the study's people and ties. */
    static long seed(Study study) {
        if (study.pseudonymSeed().isPresent()) {
            return study.pseudonymSeed().getAsLong();
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Person p : study.people()) {
            text(sha, p.id(), p.name(), p.school(), p.role(), Boolean.toString(p.member()));
        }
        for (KeptTies layer : study.layers()) {
            text(sha, layer.relation(), layer.wave());
            for (int k = 0; k < layer.size(); k++) {
                text(sha, Integer.toString(layer.source(k)), Integer.toString(layer.target(k)),
                        Double.toString(layer.weight(k)));
            }
        }
        byte[] d = sha.digest();
        long seed = 0;
        for (int b = 0; b < 8; b++) {
            seed = (seed << 8) | (d[b] & 0xff);
        }
        return seed;
    }

    private static void text(MessageDigest sha, String... fields) {
        for (String f : fields) {
            sha.update((f == null ? "\u0000" : f).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f); // a separator no field holds
        }
        sha.update((byte) 0x1e);
    }
}
