package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Reads a unit cell of a task table. Cells separate units with 、，； as running text does, or with
 * spaces and line breaks, or with nothing at all ({@code 市发展改革委市财政局}, names run together when a
 * cell's paragraphs were joined).
 *
 * <p>Run-together names are split where one name ends in a unit ending (局, 委, 办, 厅, 部, 院, 政府,
 * 中心 … — {@link UnitNameHeuristics}) and the next starts with a level (省, 市, 区, 县, 各): 市委宣传部市委组织部
 * → 市委宣传部, 市委组织部, but 市委宣传部 and 市人民政府办公室 stay whole. A name that still reads as two
 * department names without such a start (发展改革委财政部) is kept as printed and reported for review.
 */
final class TableUnitCells {

    /** @param names the units in printed order; @param unresolved names that may be several run together */
    record Reading(List<String> names, List<String> unresolved) {}

    private static final String SEPARATORS = "、，,；;/／ \t\u3000\u00A0";
    private static final String LEVEL_STARTS = "省市区县各";
    private static final List<String> OFFICE_PARTS = List.of("办公室", "委员会", "管委会", "分局", "支队", "大队");
    private static final ReusedMatcher DEPARTMENT = ReusedMatcher.compile("(?:局|委|办|厅|(?<!部)部)$");
    private static final int MIN_HALF = 3;

    private TableUnitCells() {}

    static Reading read(String cell) {
        List<String> names = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String raw : Brackets.splitTopLevel(UnitNameHeuristics.trim(cell), SEPARATORS)) {
            String piece = UnitNameHeuristics.trim(raw);
            if (piece.isEmpty()) {
                continue;
            }
            List<String> split = splitRunTogether(piece);
            names.addAll(split);
            split.stream().filter(TableUnitCells::mayHoldTwo).forEach(unresolved::add);
        }
        return new Reading(UnitLists.split(String.join("、", names)), unresolved);
    }

    private static List<String> splitRunTogether(String piece) {
        for (int i = MIN_HALF; i <= piece.length() - MIN_HALF; i++) {
            String left = piece.substring(0, i);
            String right = piece.substring(i);
            if (LEVEL_STARTS.indexOf(right.charAt(0)) >= 0
                    && UnitNameHeuristics.looksLikeUnit(left)
                    && UnitNameHeuristics.looksLikeUnit(right)
                    && !isOfficePart(right)) {
                List<String> names = new ArrayList<>();
                names.add(left);
                names.addAll(splitRunTogether(right));
                return names;
            }
        }
        return List.of(piece);
    }

    /** @return true when the name is two department names of some length run together (发展改革委财政部) */
    private static boolean mayHoldTwo(String name) {
        for (int i = MIN_HALF; i <= name.length() - MIN_HALF; i++) {
            String right = name.substring(i);
            if (DEPARTMENT.on(name.substring(0, i)).find()
                    && DEPARTMENT.on(right).find()
                    && UnitNameHeuristics.looksLikeUnit(right)
                    && !isOfficePart(right)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOfficePart(String right) {
        return OFFICE_PARTS.stream().anyMatch(right::equals);
    }
}
