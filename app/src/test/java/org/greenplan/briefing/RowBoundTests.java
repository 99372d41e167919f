package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowBoundTests {
    private static final Comparator<Integer> LARGEST_FIRST = Comparator.reverseOrder();

    @Test
    void keepsAListWithinTheBoundWholeInItsOwnOrder() {
        RowBound.Selection<Integer> s = new RowBound(3).select(List.of(1, 9, 5), LARGEST_FIRST);

        assertThat(s.rows()).containsExactly(1, 9, 5);
        assertThat(s.omitted()).isZero();
    }

    @Test
    void keepsTheWorstOfALongerListWorstFirstAndCountsTheRest() {
        RowBound.Selection<Integer> s = new RowBound(2).select(List.of(1, 9, 5, 7, 3), LARGEST_FIRST);

        assertThat(s.rows()).containsExactly(9, 7);
        assertThat(s.omitted()).isEqualTo(3);
        assertThat(s.total()).isEqualTo(5);
    }

    @Test
    void zeroInTheSettingMeansNoBoundAndANegativeOneIsRefused() {
        assertThat(RowBound.of(0)).isEqualTo(RowBound.NONE);
        assertThat(RowBound.of(30).max()).isEqualTo(30);
        assertThatThrownBy(() -> RowBound.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("greenplan.briefing.max-rows");
        assertThatThrownBy(() -> new RowBound(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
