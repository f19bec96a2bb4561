package org.dadkhah.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReindexProgressTest {

    @Test
    void theBarShowsTheShareDoneCountsAndRate() {
        assertThat(ReindexCommand.ProgressBar.line(250_000, 1_000_000, 10))
                .isEqualTo("[########----------------------]  25%  250,000 / 1,000,000  25,000/s");
        assertThat(ReindexCommand.ProgressBar.line(0, 0, 0)).startsWith("[" + "#".repeat(30) + "] 100%");
    }
}
