package org.greenplan.briefing;

import java.util.Comparator;
import java.util.List;

/**
 * The most rows a table of the briefing's body lists (setting {@code greenplan.briefing.max-rows}): a
 * leaders' 通报 of a province plan cannot list a thousand lagging tasks. A list within the bound is printed
 * whole in the plan's order, exactly as before; a longer one prints the bound's rows that are furthest behind
 * (each table says by what) and a last line 及其他 N 项，详见台账, the full list being the ledger's.
 *
 * @param max the most rows per table, at least 1; {@link #NONE} lists every row
 */
record RowBound(int max) {
    /** No bound: every row is listed (a province plan's briefing then needs a large heap). */
    static final RowBound NONE = new RowBound(Integer.MAX_VALUE);

    /** The default: 50 rows, more than a city plan's tables hold. */
    static final int DEFAULT = 50;

    /** @throws IllegalArgumentException when {@code max} is less than 1 */
    RowBound {
        if (max < 1) {
            throw new IllegalArgumentException("a briefing table lists at least 1 row, not " + max);
        }
    }

    /** @return the bound of the setting: 0 means none */
    static RowBound of(int setting) {
        if (setting < 0) {
            throw new IllegalArgumentException(
                    "greenplan.briefing.max-rows must be 0 (no bound) or more, not " + setting);
        }
        return setting == 0 ? NONE : new RowBound(setting);
    }

    /**
     * @param inPlanOrder every row, in the plan's printed order
     * @param worstFirst  the order of the rows kept when there are more than the bound (stable for ties)
     * @return every row in plan order when within the bound, else the {@link #max} first by {@code worstFirst}
     */
    <T> Selection<T> select(List<T> inPlanOrder, Comparator<? super T> worstFirst) {
        if (inPlanOrder.size() <= max) {
            return new Selection<>(List.copyOf(inPlanOrder), 0);
        }
        List<T> kept = inPlanOrder.stream().sorted(worstFirst).limit(max).toList();
        return new Selection<>(kept, inPlanOrder.size() - max);
    }

    /**
     * The rows a table prints.
     *
     * @param rows    the rows printed
     * @param omitted how many more there are (0 when the table lists them all)
     */
    record Selection<T>(List<T> rows, int omitted) {
        Selection {
            rows = List.copyOf(rows);
        }

        /** @return every row printed plus those left out */
        int total() {
            return rows.size() + omitted;
        }
    }
}
