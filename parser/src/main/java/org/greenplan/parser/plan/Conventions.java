package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedPattern;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Conventions a document states once for every later task (the first-listed-is-lead rule,
 * inherited unit):
 * <ul>
 *   <li>the first-listed rule — 列第一位者为牵头单位，下同 (016), 排在第一位的部门为牵头部门 (014): it applies to
 *       the task whose clause states it and every later one. Stated in a note (a line starting 注 /
 *       备注 / 说明, such as the table note 主要责任单位第一个为牵头单位), it explains the whole table or
 *       document, so it applies to every task;</li>
 *   <li>inheritance notes — 以下均需各县区政府落实，不再列出: the named units are added to every task that
 *       starts after the note, marked inherited. A condition with its own rule may stand before 不再列出
 *       (以下均需各镇落实，镇无相关职能的，由区直有关部门负责，不再列出): it belongs to the note and names no
 *       unit of the task.</li>
 * </ul>
 */
final class Conventions {

    private static final ReusedMatcher NOTE = ReusedMatcher.compile("^[（(]?(?:注|备注|说明)\\s*[0-9０-９]?\\s*[：:）)]");
    /** 以下: every inheritance note starts with it, the cue of {@link #INHERITED}. */
    private static final String BELOW = "以下";
    /**
     * An inheritance note; a unit clause holding one reads its units without it. Tried on every line and every
     * unit bracket, it scans only text holding 以下.
     */
    static final CuedPattern INHERITED = CuedPattern.compile(
            BELOW + "(?:各项|所有|各)?(?:任务|工作|事项|措施)?(?:均|都|皆)"
                    + "(?:需|须|要|应)?(?:由)?([^，,。；;]{2,80}?)(?:负责|牵头|配合|参与|共同|认真|积极|抓好|组织|推进|贯彻)*落实"
                    + "(?:[^。；;]{0,6}?|[，,][^。；;]{0,40}?的[，,][^。；;]{0,40}?)[，,；;]?\\s*"
                    + "(?:不再|不)(?:一一|单独|逐一|逐项|另行)?列出",
            List.of(BELOW));

    private record Inheritance(int line, List<String> units) {}

    private final int firstListedRuleLine;
    private final List<Inheritance> inheritances = new ArrayList<>();

    private Conventions(int firstListedRuleLine) {
        this.firstListedRuleLine = firstListedRuleLine;
    }

    /** Reads the conventions stated anywhere in the document. */
    static Conventions of(List<Token> tokens) {
        int ruleLine = Integer.MAX_VALUE;
        for (Token token : tokens) {
            String content = token.line().content();
            if (ruleLine == Integer.MAX_VALUE && UnitClauseReader.statesFirstListedRule(content)) {
                ruleLine = NOTE.on(content).find() ? 0 : token.line().number();
            }
        }
        Conventions conventions = new Conventions(ruleLine);
        tokens.forEach(conventions::readInheritance);
        return conventions;
    }

    /** @return true when the first-listed rule applies to a task whose last line is {@code lastLine} */
    boolean firstListedRule(int lastLine) {
        return lastLine >= firstListedRuleLine;
    }

    /** @return the units inherited by a task that starts on {@code firstLine}, in the order stated */
    List<String> inheritedUnits(int firstLine) {
        if (inheritances.isEmpty()) {
            return List.of(); // most documents: asked for every task
        }
        List<String> units = new ArrayList<>();
        for (Inheritance inheritance : inheritances) {
            if (inheritance.line() < firstLine) {
                units.addAll(inheritance.units());
            }
        }
        return units;
    }

    private void readInheritance(Token token) {
        if (!INHERITED.mayOccurIn(token.line().content())) {
            return;
        }
        Matcher m = INHERITED.on(token.line().content());
        while (m.find()) {
            List<String> units = UnitLists.split(m.group(1));
            if (UnitNameHeuristics.allLookLikeUnits(units)) {
                inheritances.add(new Inheritance(token.line().number(), units));
            }
        }
    }
}
