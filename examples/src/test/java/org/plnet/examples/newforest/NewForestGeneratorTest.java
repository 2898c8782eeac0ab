package org.plnet.examples.newforest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the shape and the per-school design of the generated New Forest study, as written to disk. */
class NewForestGeneratorTest {

    private static final List<String> RELATIONS = List.of("advice", "research");
    private static final List<String> WAVES = List.of("2019", "2020");
    private static final List<String> FILES = List.of(StudyFolderWriter.PEOPLE, StudyFolderWriter.RESPONDENTS,
            StudyFolderWriter.TIES, StudyFolderWriter.STUDY, StudyFolderWriter.EVENTS, StudyFolderWriter.ATTENDANCE);

    @TempDir
    static Path folder;
    private static WrittenStudy study;

    @BeforeAll
    static void generate() throws IOException {
        NewForestGenerator.main(new String[] {folder.toString()});
        study = WrittenStudy.read(folder);
    }

    @Test
    void schoolsAndStaff() {
        Map<String, Long> staff = study.people().values().stream()
                .collect(Collectors.groupingBy(p -> p.get("school"), Collectors.counting()));
        assertThat(staff).hasSize(10);
        assertThat(staff.values()).allSatisfy(n -> assertThat(n).isBetween(10L, 60L));
        assertThat(study.people()).hasSizeBetween(300, 350);
        assertThat(study.people().keySet()).allMatch(id -> id.matches("p\\d{3}"));
        Set<String> phases = study.people().values().stream().map(p -> p.get("phase")).collect(Collectors.toSet());
        assertThat(phases).containsExactlyInAnyOrder("primary", "secondary");
    }

    @Test
    void thirtyEightMembersTwoToSixPerSchoolEachLedByALeader() {
        Map<String, List<Map<String, String>>> members = study.people().values().stream()
                .filter(p -> p.get("member").equals("true"))
                .collect(Collectors.groupingBy(p -> p.get("school")));
        assertThat(members.values().stream().mapToInt(List::size).sum()).isEqualTo(38);
        assertThat(members).hasSize(10);
        assertThat(members.values()).allSatisfy(m -> {
            assertThat(m).hasSizeBetween(2, 6);
            assertThat(m).anyMatch(p -> p.get("role").equals("senior leader") || p.get("role").equals("head teacher"));
        });
    }

    @Test
    void namesAreUniqueAndExerciseUtf8AndQuoting() throws IOException {
        Set<String> names = study.people().values().stream().map(p -> p.get("name")).collect(Collectors.toSet());
        assertThat(names).hasSize(study.people().size())
                .contains("Zoë Hartley", "Siobhán Kearney", "José Ortega", "Catherine \"Kit\" Lyle");
        String people = Files.readString(folder.resolve(StudyFolderWriter.PEOPLE), StandardCharsets.UTF_8);
        assertThat(people).contains(",\"Catherine \"\"Kit\"\" Lyle\",");
    }

    @Test
    void filesAreUtf8WithoutBomWithLfLineEnds() throws IOException {
        for (String file : FILES) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            assertThat(bytes[0]).as(file).isNotEqualTo((byte) 0xEF);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file).doesNotContain("\r").endsWith("\n");
        }
    }

    @Test
    void responseRateOfEveryWaveIsAbout85PercentWithOneLowSchool() {
        assertThat(study.respondentsByWave().keySet()).containsExactlyInAnyOrderElementsOf(WAVES);
        for (String wave : WAVES) {
            Set<String> respondents = study.respondentsByWave().get(wave);
            assertThat(study.people().keySet()).containsAll(respondents);
            assertThat(respondents.size() / (double) study.people().size()).as(wave).isBetween(0.8, 0.9);
            // Members all answered; Minstead Primary was built to answer poorly.
            assertThat(study.people().keySet()).filteredOn(study::member).allMatch(respondents::contains);
            assertThat(responseRate("Minstead Primary", respondents)).isLessThan(0.7);
        }
    }

    @Test
    void bothRelationsInBothWavesWithAFewThousandTies() {
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                assertThat(study.layer(relation, wave)).as(relation + " " + wave).hasSizeBetween(1000, 4000);
            }
        }
        assertThat(study.ties().stream().map(t -> t.get("relation")).distinct())
                .containsExactlyElementsOf(RELATIONS);
        assertThat(study.ties().stream().map(t -> t.get("wave")).distinct()).containsExactlyElementsOf(WAVES);
    }

    @Test
    void tiesAreCleanAndSentOnlyByRespondents() {
        Set<String> rows = new HashSet<>();
        for (Map<String, String> tie : study.ties()) {
            String source = tie.get("source");
            String target = tie.get("target");
            assertThat(study.people()).containsKeys(source, target);
            assertThat(source).isNotEqualTo(target);
            assertThat(Integer.parseInt(tie.get("weight"))).isBetween(1, 4);
            assertThat(study.respondentsByWave().get(tie.get("wave"))).contains(source);
            assertThat(rows.add(source + " " + target + " " + tie.get("relation") + " " + tie.get("wave")))
                    .as("duplicate row %s", tie).isTrue();
        }
    }

    @Test
    void nonRespondentsAreNamedAndSomeRespondentsNamedNobody() {
        for (String wave : WAVES) {
            Set<String> respondents = study.respondentsByWave().get(wave);
            for (String relation : RELATIONS) {
                List<Map<String, String>> layer = study.layer(relation, wave);
                Set<String> sources = layer.stream().map(t -> t.get("source")).collect(Collectors.toSet());
                assertThat(layer).as("a non-respondent is named, %s %s", relation, wave)
                        .anyMatch(t -> !respondents.contains(t.get("target")));
                assertThat(respondents).as("a respondent named nobody, %s %s", relation, wave)
                        .anyMatch(id -> !sources.contains(id));
            }
        }
    }

    @Test
    void tiesAreMostlyWithinSchoolAndPartlyReciprocated() {
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                List<Map<String, String>> layer = study.layer(relation, wave);
                Set<String> arcs = layer.stream().map(t -> t.get("source") + ">" + t.get("target"))
                        .collect(Collectors.toSet());
                double within = share(layer, t -> study.school(t.get("source")).equals(study.school(t.get("target"))));
                double reciprocated = share(layer, t -> arcs.contains(t.get("target") + ">" + t.get("source")));
                assertThat(within).as(relation + " " + wave).isBetween(0.8, 0.95);
                assertThat(reciprocated).as(relation + " " + wave).isBetween(0.15, 0.5);
            }
        }
    }

    @Test
    void twoWaySchoolsHaveTiesBothWaysAndIntoTheNetworkInTheSecondWave() {
        for (String school : designed(LinkDesign.TWO_WAY)) {
            for (String relation : RELATIONS) {
                LinkCounts second = counts(school, relation, "2020");
                assertThat(second.colleagueToMember()).as(school + " " + relation).isPositive();
                assertThat(second.memberToColleague()).as(school + " " + relation).isPositive();
                assertThat(second.reciprocatedPairs()).as(school + " " + relation).isPositive();
                assertThat(second.networkTies()).as(school + " " + relation).isPositive();
            }
        }
        assertThat(designed(LinkDesign.TWO_WAY))
                .containsExactlyInAnyOrder("Ashurst Primary", "Ringwood Secondary", "Fordingbridge Secondary");
    }

    @Test
    void inflowOnlySchoolsMembersNeverNameColleagues() {
        assertThat(designed(LinkDesign.INFLOW_ONLY)).containsExactly("Brockenhurst Junior");
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                LinkCounts counts = counts("Brockenhurst Junior", relation, wave);
                assertThat(counts.memberToColleague()).as(relation + " " + wave).isZero();
                assertThat(counts.colleagueToMember()).as(relation + " " + wave).isPositive();
            }
        }
    }

    @Test
    void outflowOnlySchoolsColleaguesNeverNameMembers() {
        assertThat(designed(LinkDesign.OUTFLOW_ONLY)).containsExactly("Burley Primary");
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                LinkCounts counts = counts("Burley Primary", relation, wave);
                assertThat(counts.colleagueToMember()).as(relation + " " + wave).isZero();
                assertThat(counts.memberToColleague()).as(relation + " " + wave).isPositive();
            }
        }
    }

    @Test
    void cutOffSchoolsMembersHaveNoTieWithOtherSchoolsMembers() {
        assertThat(designed(LinkDesign.NO_NETWORK_TIES)).containsExactly("Lyndhurst Infant");
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                LinkCounts counts = counts("Lyndhurst Infant", relation, wave);
                assertThat(counts.networkTies()).as(relation + " " + wave).isZero();
                assertThat(counts.colleagueToMember()).as(relation + " " + wave).isPositive();
                assertThat(counts.memberToColleague()).as(relation + " " + wave).isPositive();
            }
        }
    }

    @Test
    void growingSchoolIsOneWayFirstAndTwoWaySecond() {
        assertThat(designed(LinkDesign.GROWING)).containsExactly("Sway Junior");
        for (String relation : RELATIONS) {
            LinkCounts first = counts("Sway Junior", relation, "2019");
            LinkCounts second = counts("Sway Junior", relation, "2020");
            assertThat(first.memberToColleague()).as(relation).isZero();
            assertThat(first.colleagueToMember()).as(relation).isPositive();
            assertThat(second.memberToColleague()).as(relation).isPositive();
            assertThat(second.colleagueToMember()).as(relation).isPositive();
            assertThat(second.networkTies()).as(relation).isPositive();
        }
    }

    @Test
    void networkFacingSchoolHasThinnerMemberColleagueTiesThanEveryTwoWaySchool() {
        assertThat(designed(LinkDesign.NETWORK_FACING)).containsExactly("Totton Secondary");
        for (String relation : RELATIONS) {
            for (String wave : WAVES) {
                double totton = counts("Totton Secondary", relation, wave).tiesPerPair();
                for (String school : designed(LinkDesign.TWO_WAY)) {
                    assertThat(totton).as(relation + " " + wave + " vs " + school)
                            .isLessThan(counts(school, relation, wave).tiesPerPair() / 2);
                }
            }
        }
    }

    @Test
    void networkLinksGrowFromFirstToSecondWave() {
        for (String relation : RELATIONS) {
            List<Map<String, String>> first = study.layer(relation, "2019");
            List<Map<String, String>> second = study.layer(relation, "2020");
            Predicate<Map<String, String>> memberColleague = t -> sameSchool(t)
                    && study.member(t.get("source")) != study.member(t.get("target"));
            Predicate<Map<String, String>> crossSchoolMembers = t -> !sameSchool(t)
                    && study.member(t.get("source")) && study.member(t.get("target"));
            assertThat(count(second, memberColleague)).as(relation).isGreaterThan(count(first, memberColleague));
            assertThat(meanWeight(second, memberColleague)).as(relation)
                    .isGreaterThan(meanWeight(first, memberColleague));
            assertThat(count(second, crossSchoolMembers)).as(relation)
                    .isGreaterThan(count(first, crossSchoolMembers));
        }
    }

    @Test
    void networkEventsBringEverySchoolToEachConferenceInBothWaves() throws IOException {
        List<Map<String, String>> attendance = WrittenStudy.rows(folder.resolve(StudyFolderWriter.ATTENDANCE));
        List<Map<String, String>> events = WrittenStudy.rows(folder.resolve(StudyFolderWriter.EVENTS));
        assertThat(events).extracting(e -> e.get("type")).contains("conference", "workshop", "enquiry group");
        assertThat(attendance).extracting(a -> a.get("wave")).containsOnly("2019", "2020").contains("2019", "2020");
        for (String conference : List.of("conf-2019", "conf-2020")) {
            Set<String> schools = attendance.stream().filter(a -> a.get("event").equals(conference))
                    .map(a -> study.people().get(a.get("person")).get("school")).collect(Collectors.toSet());
            assertThat(schools).as(conference).hasSize(10);
        }
        // an enquiry group for primary schools has no secondary staff
        assertThat(attendance.stream().filter(a -> a.get("event").equals("enq-literacy"))
                .map(a -> study.people().get(a.get("person")).get("phase"))).containsOnly("primary");
    }

    @Test
    void everyRunWritesTheSameBytes(@TempDir Path again) throws IOException {
        NewForestGenerator.main(new String[] {again.toString()});
        for (String file : FILES) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(folder.resolve(file)));
        }
    }

    @Test
    void theBundledStudyIsWhatTheGeneratorWrites() throws IOException {
        // Surefire runs in the module folder: the bundled study is new-forest/ beside pom.xml.
        Path bundled = Path.of("new-forest");
        for (String file : FILES) {
            assertThat(Files.readAllBytes(bundled.resolve(file))).as(file + ": regenerate, see README.md")
                    .isEqualTo(Files.readAllBytes(folder.resolve(file)));
        }
    }

    /** Counts of one school's ties in one relation and wave. */
    private record LinkCounts(int colleagueToMember, int memberToColleague, int reciprocatedPairs,
                              int networkTies, int memberColleaguePairs) {

        /** Member-colleague ties, either direction, per (member, colleague) pair. */
        double tiesPerPair() {
            return (colleagueToMember + memberToColleague) / (double) memberColleaguePairs;
        }
    }

    private static LinkCounts counts(String school, String relation, String wave) {
        Set<String> arcs = new HashSet<>();
        int colleagueToMember = 0;
        int memberToColleague = 0;
        int networkTies = 0;
        for (Map<String, String> tie : study.layer(relation, wave)) {
            String source = tie.get("source");
            String target = tie.get("target");
            boolean sourceHere = study.school(source).equals(school);
            boolean targetHere = study.school(target).equals(school);
            if (sourceHere && targetHere && study.member(source) != study.member(target)) {
                arcs.add(source + ">" + target);
                if (study.member(target)) {
                    colleagueToMember++;
                } else {
                    memberToColleague++;
                }
            }
            if (sourceHere != targetHere && study.member(source) && study.member(target)) {
                networkTies++;
            }
        }
        int reciprocated = (int) arcs.stream()
                .filter(a -> arcs.contains(a.substring(a.indexOf('>') + 1) + ">" + a.substring(0, a.indexOf('>'))))
                .count() / 2;
        long members = study.people().keySet().stream()
                .filter(id -> study.school(id).equals(school) && study.member(id)).count();
        long staff = study.people().keySet().stream().filter(id -> study.school(id).equals(school)).count();
        return new LinkCounts(colleagueToMember, memberToColleague, reciprocated, networkTies,
                (int) (members * (staff - members)));
    }

    private static List<String> designed(LinkDesign design) {
        return NewForestGenerator.SCHOOLS.stream().filter(s -> s.design() == design).map(School::name).toList();
    }

    private static double responseRate(String school, Set<String> respondents) {
        List<String> staff = study.people().keySet().stream().filter(id -> study.school(id).equals(school)).toList();
        return staff.stream().filter(respondents::contains).count() / (double) staff.size();
    }

    private static boolean sameSchool(Map<String, String> tie) {
        return study.school(tie.get("source")).equals(study.school(tie.get("target")));
    }

    private static double share(List<Map<String, String>> ties, Predicate<Map<String, String>> test) {
        return count(ties, test) / (double) ties.size();
    }

    private static long count(List<Map<String, String>> ties, Predicate<Map<String, String>> test) {
        return ties.stream().filter(test).count();
    }

    private static double meanWeight(List<Map<String, String>> ties, Predicate<Map<String, String>> test) {
        return ties.stream().filter(test).mapToInt(t -> Integer.parseInt(t.get("weight"))).average().orElseThrow();
    }
}
