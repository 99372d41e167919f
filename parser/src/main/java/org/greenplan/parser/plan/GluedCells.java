package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedPattern;

/**
 * The unit cell of a table row flattened into one line with its cells glued together, as a web page or
 * PDF copy prints a 任务分解表: {@code 1、城区建筑工地全面落实扬尘防控措施6月区住建局区城管局}. The row ends,
 * without sentence punctuation, in a deadline cell ({@code 6月}, {@code 12月底前}, {@code 全年}, {@code 长期})
 * followed by unit names of a named level glued one to the next ({@code 区住建局区城管局}). Only that shape
 * is read: a deadline cell and at least one name that reads as a body, up to the end of the line; the
 * deadline cell goes with the clause, as a deadline printed in a unit bracket does (（6月底完成，…）). The
 * names are split where the next one starts with its level (省, 市, 县, 区, 州, 旗).
 */
final class GluedCells {

    /**
     * The deadline and unit cells found: their span in the paragraph, the names joined by 、 for the
     * clause reader (区住建局、区城管局) and the deadline cell as printed (6月).
     */
    record Cell(Brackets.Span span, String names, String deadline) {}

    private static final int MAX_CELL = 80;
    /** A deadline cell, then the unit cell glued to it; every match holds one of its cues. */
    private static final CuedPattern DEADLINE_THEN_NAMES = CuedPattern.compile(
            "(?:\\d{1,2}月(?:底|中旬|上旬|下旬)?前?|年底前?|全年|长期|持续)([省市县区州旗][\\p{IsHan}]+)$",
            List.of("月", "年底", "全年", "长期", "持续"));

    private static final String LEVELS = "省市县区州旗";

    private GluedCells() {}

    /** @return false when {@code paragraph} cannot hold a glued cell: it holds no cue of a deadline cell */
    static boolean mayHoldCell(String paragraph) {
        return DEADLINE_THEN_NAMES.mayOccurIn(paragraph);
    }

    /** @return the glued unit cell at the end of {@code paragraph}, or empty */
    static Optional<Cell> find(String paragraph) {
        String text = UnitNameHeuristics.trim(paragraph);
        if (text.isEmpty() || text.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int from = Math.max(0, text.length() - MAX_CELL);
        Matcher m = DEADLINE_THEN_NAMES.on(text.substring(from));
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> names = split(m.group(1));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String deadline = m.group().substring(0, m.start(1) - m.start());
        return Optional.of(
                new Cell(new Brackets.Span(from + m.start(), text.length()), String.join("、", names), deadline));
    }

    /** 区住建局区城管局 → 区住建局, 区城管局; empty unless every piece reads as a body. */
    private static List<String> split(String run) {
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int i = 2; i <= run.length(); i++) {
            boolean boundary = i == run.length() || LEVELS.indexOf(run.charAt(i)) >= 0;
            String piece = run.substring(start, i);
            if (boundary && UnitNameHeuristics.looksLikeUnit(piece)) {
                names.add(piece);
                start = i;
            }
        }
        return start == run.length() ? names : List.of();
    }
}
