package org.plnet.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;
import org.plnet.reports.exports.HandStudy;

class TieTableTest {

    private static String csv(Study study) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TieTable.of(study).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyKeptTieByRelationWaveSourceTarget() throws Exception {
        // advice tieMin 2: the kept 1 -> 0 of weight 1 is not in D; collab counts every positive weight
        assertThat(csv(HandStudy.study()).split("\n", -1)).containsExactly(
                "relation,wave,source,target,weight,inGraph",
                "advice,1,p1,p2,3.0,true",
                "advice,1,p2,p1,1.0,false",
                "advice,1,p2,p3,4.0,true",
                "advice,1,p3,p1,2.0,true",
                "advice,2,p1,p3,5.0,true",
                "collab,1,p3,p4,1.0,true",
                "");
    }

    @Test
    void idsAreNeutralisedLikeThoseOfPeopleCsv() throws Exception {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("=1+1", null, false));
        b.addPerson(new Person("-2", null, false));
        b.relation(new Relation("r", null, Flow.GIVE, 1,
                Relation.ANY_POSITIVE, 1));
        b.layer(new KeptTies("r", "w", new int[] {0}, new int[] {1}, new double[] {1}));
        // the CSV writer quotes a cell that starts with the apostrophe
        assertThat(csv(b.build())).isEqualTo(
                "relation,wave,source,target,weight,inGraph\nr,w,\"'=1+1\",\"'-2\",1.0,true\n");
    }

    @Test
    void aStudyWithoutTiesHasTheHeaderOnly() throws Exception {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "A", "S", null, false, Map.of()));
        assertThat(csv(b.build())).isEqualTo("relation,wave,source,target,weight,inGraph\n");
    }
}
