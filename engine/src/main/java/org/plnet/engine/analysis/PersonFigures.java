package org.plnet.engine.analysis;

import org.plnet.engine.model.Person;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.links.MemberLinks;

/**
 * The figures of one person in one relation and wave (metrics.md, "Person figures"). {@code null} marks a
 * value that is undefined (eigenvector when the top eigenvalue is not simple; constraint and effective
 * size of an isolate).
 *
 * @param person                 the person as in the roster
 * @param inDegree               people with a tie to this person in D
 * @param outDegree              people this person has a tie to in D
 * @param inStrength             sum of the weights of incoming ties of D
 * @param outStrength            sum of the weights of outgoing ties of D
 * @param betweenness            Brandes betweenness on D, unnormalised
 * @param betweennessNormalized  betweenness / ((n-1)(n-2)); 0 when n < 3
 * @param closeness              Wasserman–Faust closeness on U
 * @param harmonicCloseness      harmonic closeness on U, divided by n - 1
 * @param eigenvector            eigenvector centrality on U
 * @param pageRank               PageRank on D, damping 0.85
 * @param constraint             Burt's aggregate constraint on U
 * @param effectiveSize          Burt's effective size on U
 * @param brokerage              Gould–Fernandez brokerage counts on D, groups = school
 * @param memberLinks            the person's share of their school's link measures; null unless the person
 *                               is a network member of a known school
 * @param brokerageChance        the brokerage counts against a Bernoulli digraph (statistics.md, section 1);
 *                               null for a person of unknown school and for everyone when fewer than two
 *                               people have a known school
 */
public record PersonFigures(Person person, int inDegree, int outDegree, double inStrength, double outStrength,
                            double betweenness, double betweennessNormalized, double closeness,
                            double harmonicCloseness, Double eigenvector, double pageRank, Double constraint,
                            Double effectiveSize, BrokerageCounts brokerage,
                            MemberLinks memberLinks, BrokerageAgainstChance.Figures brokerageChance) {
}
