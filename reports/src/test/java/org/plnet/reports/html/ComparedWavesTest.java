package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;

class ComparedWavesTest {

    private final StudyAnalysis analysis = StudyAnalyzer.analyze(TestStudies.twoWaves());

    @Test
    void defaultIsTheFirstRelationsLatestWaveComparedWithTheOneBefore() {
        ComparedWaves layer = ComparedWaves.choose(analysis, null, null);
        assertThat(layer.current().relation()).isEqualTo("advice");
        assertThat(layer.current().wave()).isEqualTo("2");
        assertThat(layer.previous().wave()).isEqualTo("1");
    }

    @Test
    void aNamedWaveIsComparedWithTheWaveBeforeIt() {
        ComparedWaves first = ComparedWaves.choose(analysis, "advice", "1");
        assertThat(first.current().wave()).isEqualTo("1");
        assertThat(first.previousWave()).isEmpty();
        ComparedWaves research = ComparedWaves.choose(analysis, "research", null);
        assertThat(research.current().wave()).isEqualTo("2");
        assertThat(research.previousWave()).as("research has no ties in wave 1").isEmpty();
    }

    @Test
    void unknownRelationOrWaveSaysWhatThereIs() {
        assertThatThrownBy(() -> ComparedWaves.choose(analysis, "trust", null))
                .hasMessage("no ties of relation \"trust\"; relations with ties: advice, research");
        assertThatThrownBy(() -> ComparedWaves.choose(analysis, "advice", "3"))
                .hasMessage("no ties of relation \"advice\" in wave \"3\"; its waves: 1, 2");
        assertThatThrownBy(() -> ComparedWaves.choose(new StudyAnalysis("empty", List.of()), null, null))
                .hasMessageContaining("no ties");
    }
}
