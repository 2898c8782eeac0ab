package org.plnet.engine.scoring.networks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Study;

/**
 * Which learning network each school and person of a study belongs to (programmes.md, sections 1 and 3):
 * a person takes their school's network; a person of unknown school, or of a school that schools.csv puts
 * in no network, is in none (-1).
 */
public final class NetworkMembership {

    private final List<String> networks;
    private final int[] ofSchool;
    private final int[] ofPerson;

    private NetworkMembership(List<String> networks, int[] ofSchool, int[] ofPerson) {
        this.networks = networks;
        this.ofSchool = ofSchool;
        this.ofPerson = ofPerson;
    }

    public static NetworkMembership of(Study study) {
        Programme programme = study.programme();
        Map<String, Integer> index = new HashMap<>();
        for (String network : programme.networks()) {
            index.put(network, index.size());
        }
        List<String> schools = study.schools();
        int[] ofSchool = new int[schools.size()];
        for (int g = 0; g < ofSchool.length; g++) {
            String network = programme.networkOf(schools.get(g));
            ofSchool[g] = network == null ? -1 : index.get(network);
        }
        int[] school = study.schoolIndex();
        int[] ofPerson = new int[school.length];
        for (int v = 0; v < school.length; v++) {
            ofPerson[v] = school[v] < 0 ? -1 : ofSchool[school[v]];
        }
        return new NetworkMembership(programme.networks(), ofSchool, ofPerson);
    }

    /** The networks, in order of first appearance in schools.csv. */
    public List<String> networks() {
        return networks;
    }

    public int networkCount() {
        return networks.size();
    }

    /** Each school's network (index into {@link #networks()}), -1 when none; a copy, by school index. */
    public int[] ofSchool() {
        return ofSchool.clone();
    }

    /** Each person's network, -1 when none; a copy, by vertex. */
    public int[] ofPerson() {
        return ofPerson.clone();
    }

    /** The network of person {@code v}, -1 when none. */
    public int networkOfPerson(int v) {
        return ofPerson[v];
    }

    /** The network of school {@code g}, -1 when none. */
    public int networkOfSchool(int g) {
        return ofSchool[g];
    }
}
