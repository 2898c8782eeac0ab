package org.plnet.surveys.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.input.SourceLocation;

/** The tie rows of a study as they are walked: held rows, rows then more rows, none. */
class TieRowsTest {

    private static TieRow row(String source, String target, int line) {
        return TieRow.ofExport(source, target, "advice", "1", null, new SourceLocation("ties.csv", line, 0));
    }

    private static List<String> walk(TieRows rows) {
        List<String> seen = new ArrayList<>();
        rows.forEach(r -> seen.add(r.source() + ">" + r.target() + "@" + r.at().line()));
        return seen;
    }

    @Test
    void heldRowsThenMoreInOrderOnEveryWalk() {
        List<TieRow> own = new ArrayList<>(List.of(row("a", "b", 2), row("b", "c", 3)));
        TieRows rows = TieRows.of(own).then(List.of(row("c", "a", 7)));
        own.clear(); // the rows were copied: changing the caller's list changes nothing
        assertThat(walk(rows)).containsExactly("a>b@2", "b>c@3", "c>a@7");
        assertThat(walk(rows)).containsExactly("a>b@2", "b>c@3", "c>a@7");
    }

    @Test
    void noRowsAndNothingMore() {
        assertThat(walk(TieRows.NONE)).isEmpty();
        assertThat(TieRows.NONE.then(List.of())).isSameAs(TieRows.NONE);
        assertThat(walk(TieRows.NONE.then(List.of(row("x", "y", 4))))).containsExactly("x>y@4");
    }
}
