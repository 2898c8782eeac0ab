package org.plnet.reports.csv;

import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Person;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The figures of metrics.json as flat tables for spreadsheets and statistics packages: {@code people.csv}
 * and {@code schools.csv}, one row per person (school) and relation/wave, same values, same definitions.
 */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    public static CsvTable people(StudyAnalysis analysis) {
        CsvTable table = new CsvTable("relation", "wave", "id", "name", "school", "role", "member",
                "inDegree", "outDegree", "inStrength", "outStrength", "betweenness", "betweennessNormalized",
                "closeness", "harmonicCloseness", "eigenvector", "pageRank", "constraint", "effectiveSize",
                "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerageTotal");
        for (GraphAnalysis layer : analysis.analyses()) {
            for (PersonFigures f : layer.people()) {
                Person p = f.person();
                BrokerageCounts b = f.brokerage();
                table.row(layer.relation(), layer.wave(), p.id(), p.name(), p.school(), p.role(), p.member(),
                        f.inDegree(), f.outDegree(), f.inStrength(), f.outStrength(), f.betweenness(),
                        f.betweennessNormalized(), f.closeness(), f.harmonicCloseness(), f.eigenvector(),
                        f.pageRank(), f.constraint(), f.effectiveSize(), b.coordinator(), b.itinerant(),
                        b.representative(), b.gatekeeper(), b.liaison(), b.total());
            }
        }
        return table;
    }

    public static CsvTable schools(StudyAnalysis analysis) {
        CsvTable table = new CsvTable("relation", "wave", "school", "staff", "members", "respondents",
                "internalTies", "externalTies", "eiIndex", "density", "colleagues", "responseRate", "reach",
                "reachOwnMembers", "reachOtherMembers", "tieStrength", "tieStrengthOwnMembers",
                "tieStrengthOtherMembers", "strongReach", "inflowTies", "outflowTies", "twoWayLinks",
                "twoWayEligiblePairs", "twoWayShare", "colleaguesWithTwoWayLink", "networkTies",
                "bridgingMembers", "twoWayLinked", "gatekeeperRoles", "representativeRoles");
        for (GraphAnalysis layer : analysis.analyses()) {
            for (SchoolFigures s : layer.schools()) {
                SchoolLinks l = s.links();
                table.row(layer.relation(), layer.wave(), s.school(), s.staff(), s.members(), s.respondents(),
                        s.internalTies(), s.externalTies(), s.eiIndex(), s.density(), l.colleagues(),
                        l.responseRate(), l.reach(), l.reachOwnMembers(), l.reachOtherMembers(), l.tieStrength(),
                        l.tieStrengthOwnMembers(), l.tieStrengthOtherMembers(), l.strongReach(), l.inflowTies(),
                        l.outflowTies(), l.twoWayLinks(), l.twoWayEligiblePairs(), l.twoWayShare(),
                        l.colleaguesWithTwoWayLink(), l.networkTies(), l.bridgingMembers(), l.twoWayLinked(),
                        l.gatekeeperRoles(), l.representativeRoles());
            }
        }
        return table;
    }
}
