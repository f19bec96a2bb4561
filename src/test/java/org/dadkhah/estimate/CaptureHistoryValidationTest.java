package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CaptureHistoryValidationTest {

    private static StratifiedTable parse(String csv) throws IOException {
        return CaptureHistoryCsv.readStrata(new StringReader(csv), null);
    }

    @Test
    void rejectsAListColumnThatIsNotZeroOrOne() {
        assertThatThrownBy(() -> parse("a,b,count\n1,2,3\n")).isInstanceOf(CaptureHistoryException.class)
                .hasMessageContaining("must be 0 or 1");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> parse("a,b,count\n1,0,-3\n")).isInstanceOf(CaptureHistoryException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsFewerThanTwoLists() {
        assertThatThrownBy(() -> parse("a,count\n1,3\n")).isInstanceOf(CaptureHistoryException.class)
                .hasMessageContaining("at least two lists");
    }

    @Test
    void rejectsAnAllZeroRowWithACount() {
        assertThatThrownBy(() -> parse("a,b,count\n1,1,3\n0,0,5\n")).isInstanceOf(CaptureHistoryException.class)
                .hasMessageContaining("on no list");
    }

    @Test
    void addsUpRepeatedPatternsAndCountsRowsWithoutACountColumn() throws IOException {
        CaptureHistory summed = parse("a,b,count\n1,1,3\n1,1,4\n0,1,2\n").pooled();
        CaptureHistory records = parse("a,b\n1,1\n1,1\n0,1\n").pooled();
        assertThat(summed.count(3)).isEqualTo(7);
        assertThat(summed.observed()).isEqualTo(9);
        assertThat(records.count(3)).isEqualTo(2);
    }

    @Test
    void splitsByStratumColumn() throws IOException {
        StratifiedTable table = CaptureHistoryCsv.readStrata(
                new StringReader("region,a,b,count\nnorth,1,1,3\nsouth,1,0,4\nsouth,0,1,2\n"), "region");
        assertThat(table.strata()).containsOnlyKeys("north", "south");
        assertThat(table.lists()).containsExactly("a", "b");
        assertThat(table.pooled().observed()).isEqualTo(9);
    }
}
