package org.plnet.examples.newforest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builds the staff of every school: roles, network members, experience and names. */
final class Roster {

    private Roster() {
    }

    /**
     * The staff of all schools, school by school, with ids {@code p001}, {@code p002}, ... Each school
     * has one head teacher and one SENCo; its first network member is a head teacher or senior
     * leader (the research champion), the others any teacher, leader or SENCo.
     */
    static List<StaffMember> build(List<School> schools, Random random) {
        InventedNames names = new InventedNames(random);
        List<StaffMember> staff = new ArrayList<>();
        for (School school : schools) {
            List<Role> roles = roles(school);
            Collections.shuffle(roles, random);
            boolean[] member = chooseMembers(school, roles, random);
            for (int k = 0; k < roles.size(); k++) {
                Role role = roles.get(k);
                String id = String.format("p%03d", staff.size() + 1);
                staff.add(new StaffMember(id, names.next(), school, role, member[k], yearsExperience(role, random)));
            }
        }
        placeFeaturedNames(staff, random);
        return List.copyOf(staff);
    }

    private static List<Role> roles(School school) {
        int staff = school.staff();
        boolean secondary = school.phase() == Phase.SECONDARY;
        int seniorLeaders = secondary ? 5 : staff < 15 ? 1 : 2;
        int middleLeaders = secondary ? 6 : 0;
        int assistants = (int) Math.round(staff * (secondary ? 0.15 : 0.30));
        List<Role> roles = new ArrayList<>(staff);
        roles.add(Role.HEAD_TEACHER);
        roles.add(Role.SENCO);
        roles.addAll(Collections.nCopies(seniorLeaders, Role.SENIOR_LEADER));
        roles.addAll(Collections.nCopies(middleLeaders, Role.MIDDLE_LEADER));
        roles.addAll(Collections.nCopies(assistants, Role.TEACHING_ASSISTANT));
        roles.addAll(Collections.nCopies(staff - roles.size(), Role.TEACHER));
        return roles;
    }

    private static boolean[] chooseMembers(School school, List<Role> roles, Random random) {
        List<Integer> leaders = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int k = 0; k < roles.size(); k++) {
            if (roles.get(k).isLeadership()) {
                leaders.add(k);
            } else if (roles.get(k) != Role.TEACHING_ASSISTANT) {
                others.add(k);
            }
        }
        boolean[] member = new boolean[roles.size()];
        int champion = leaders.remove(random.nextInt(leaders.size()));
        member[champion] = true;
        others.addAll(leaders);
        Collections.sort(others);
        Collections.shuffle(others, random);
        for (int k = 0; k < school.members() - 1; k++) {
            member[others.get(k)] = true;
        }
        return member;
    }

    private static int yearsExperience(Role role, Random random) {
        return switch (role) {
            case HEAD_TEACHER -> 15 + random.nextInt(21);
            case SENIOR_LEADER -> 8 + random.nextInt(23);
            case MIDDLE_LEADER, SENCO -> 5 + random.nextInt(21);
            // Early-career teachers are the commonest: an exponential spread with mean about 9 years.
            case TEACHER -> Math.min(35, (int) (-9.0 * StrictMath.log(1.0 - random.nextDouble())));
            case TEACHING_ASSISTANT -> random.nextInt(21);
        };
    }

    private static void placeFeaturedNames(List<StaffMember> staff, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < staff.size(); k++) {
            positions.add(k);
        }
        Collections.shuffle(positions, random);
        for (int k = 0; k < InventedNames.FEATURED.size(); k++) {
            int at = positions.get(k);
            StaffMember s = staff.get(at);
            staff.set(at, new StaffMember(s.id(), InventedNames.FEATURED.get(k), s.school(), s.role(), s.member(),
                    s.yearsExperience()));
        }
    }
}
