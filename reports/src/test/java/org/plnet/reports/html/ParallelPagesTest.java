package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelPagesTest {

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheThreadsRan() throws IOException {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        List<String> results = ParallelPages.write(items, i -> "page " + i);
        assertThat(results).hasSize(2_000);
        for (int i = 0; i < 2_000; i++) {
            assertThat(results.get(i)).isEqualTo("page " + i);
        }
    }

    @Test
    void noItemsNoPages() throws IOException {
        assertThat(ParallelPages.write(List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void aPagesIoExceptionIsThrownAsItself() {
        IOException full = new IOException("disk full");
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        assertThatThrownBy(() -> ParallelPages.write(items, i -> {
            if (i == 321) {
                throw full;
            }
            return i;
        })).isSameAs(full);
    }
}
