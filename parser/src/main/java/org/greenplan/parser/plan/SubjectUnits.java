package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Units printed as the subject of a sentence instead of in a clause: {@code 由区规划局牵头，
 * 区环境与国土资源局配合，完成…}. Read only for tasks without any printed clause, and only where a
 * sentence or comma-separated part starts with the units (after an optional 由) followed by a role
 * verb: 牵头 → LEAD, 配合 / 参与 / 协助 → CO, 负责 → RESPONSIBLE (roles inside the task as in a clause).
 * The names must read as government bodies (ending in 局, 委, 办, 厅, 部, 政府, 中心 …): 鼓励企业配合 is
 * no subject. The body a co-operating subject works with leads ({@code 市农业局配合规划局对…进行核实}: 市规划局
 * leads, its prefix restored from the subject's), and a body named after 会同 co-operates. The units stay
 * in the task text, which they are part of.
 */
final class SubjectUnits {

    private static final ReusedMatcher SUBJECT = ReusedMatcher.compile("^(?:由)?(.{2,60}?)(牵头负责|牵头|负责|配合|参与|协助)");
    private static final ReusedMatcher BODY =
            ReusedMatcher.compile("(?:局|委|办|厅|部|部门|政府|中心|办公室|委员会|管委会|海关|支行|分行|单位|站|林场|管理处|大队|公司)$");
    /** The body a co-operating subject works with: 配合规划局对…, 配合区水利局开展…. */
    private static final ReusedMatcher PARTNER = ReusedMatcher.compile("^(.{2,20}?)(?:对|开展|做好|进行|完成|共同|推进|抓好)");
    /** A body named after 会同: 会同区直有关部门共同做好… (co-operating). */
    private static final ReusedMatcher TOGETHER_WITH = ReusedMatcher.compile("会同(.{2,20}?)(?:共同|做好|开展|对|进行|推进)");

    /**
     * A body of a named level as the subject of a sentence without a role word: 区财政局要统筹安排…,
     * 区融媒体中心开设专题栏目…. The name starts with the level (省, 市, 县, 区, 州, 旗) and is the shortest
     * run ending like a body; words that make it a phrase rather than a name (区域, 市民, 要, 的 …) rule it
     * out.
     */
    private static final ReusedMatcher BARE_SUBJECT = ReusedMatcher.compile(
            "^[省市县区州旗][\\p{IsHan}]{1,10}?" + "(?:局|委|办|厅|部门|政府|中心|办公室|委员会|管委会|海关|支行|分行|站|林场|管理处|大队|公司)");

    private static final ReusedMatcher NOT_A_NAME = ReusedMatcher.compile("^.域|^.民|^.内|[要应将的和与在对把等是以及并]");

    private SubjectUnits() {}

    /** @return a clause covering the whole paragraph when it names subject units, else empty */
    static Optional<ClauseMatch> read(String paragraph) {
        return read(paragraph, true);
    }

    /**
     * @return whether {@code line} names a unit as its subject with a role word (区财政局负责保障经费):
     *         such a short line is a task, not a heading
     */
    static boolean namesResponsibleSubject(String line) {
        return read(line, false).isPresent();
    }

    private static Optional<ClauseMatch> read(String paragraph, boolean bareSubjects) {
        Map<String, AssignmentRole> units = new LinkedHashMap<>();
        for (String part : Brackets.splitTopLevel(paragraph, "，,。；;\n")) {
            Matcher m = SUBJECT.on(UnitNameHeuristics.trim(part));
            if (bareSubjects && !m.find()) {
                bareSubject(UnitNameHeuristics.trim(part), units);
            } else if (m.find(0)) {
                List<String> names = UnitLists.split(m.group(1));
                if (!names.isEmpty() && names.stream().allMatch(SubjectUnits::isBody)) {
                    AssignmentRole role = role(m.group(2));
                    names.forEach(name -> units.putIfAbsent(name, role));
                    partner(
                            names,
                            m.group(2),
                            part.substring(part.indexOf(m.group(2)) + m.group(2).length()),
                            units);
                }
            }
            together(part, units);
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        UnitClause clause = new UnitClause(marked(units), false, List.of());
        int end = paragraph.length();
        return Optional.of(new ClauseMatch(clause, 0, end, end, end));
    }

    /** 区财政局要统筹安排…: the body answers for the sentence (RESPONSIBLE, a co-unit beside a lead). */
    private static void bareSubject(String part, Map<String, AssignmentRole> units) {
        Matcher m = BARE_SUBJECT.on(part);
        if (m.find() && m.end() < part.length() && !NOT_A_NAME.on(m.group()).find()) {
            String name = m.group();
            if (isBody(name) && Character.UnicodeScript.of(part.charAt(m.end())) == Character.UnicodeScript.HAN) {
                units.putIfAbsent(name, AssignmentRole.RESPONSIBLE);
            }
        }
    }

    /**
     * 市农业局配合规划局对…进行核实: the object of 配合 leads (its level prefix restored from the subject's,
     * 规划局 → 市规划局).
     */
    private static void partner(List<String> subjects, String verb, String rest, Map<String, AssignmentRole> units) {
        Matcher m = PARTNER.on(UnitNameHeuristics.trim(rest));
        if (!verb.equals("配合") || !m.find()) {
            return;
        }
        List<String> named = new ArrayList<>(subjects);
        named.add(UnitNameHeuristics.trim(m.group(1)));
        String partner = UnitPrefixes.restore(named).get(named.size() - 1);
        if (isBody(partner)) {
            units.put(partner, AssignmentRole.LEAD);
        }
    }

    private static void together(String part, Map<String, AssignmentRole> units) {
        Matcher m = TOGETHER_WITH.on(part);
        if (!units.isEmpty() && m.find()) {
            String partner = UnitNameHeuristics.trim(m.group(1));
            if (isBody(partner)) {
                units.putIfAbsent(partner, AssignmentRole.CO);
            }
        }
    }

    private static boolean isBody(String name) {
        return UnitNameHeuristics.looksLikeUnit(name) && BODY.on(name).find();
    }

    private static AssignmentRole role(String verb) {
        if (verb.startsWith("牵头")) {
            return AssignmentRole.LEAD;
        }
        return verb.equals("负责") ? AssignmentRole.RESPONSIBLE : AssignmentRole.CO;
    }

    private static List<UnitAssignment> marked(Map<String, AssignmentRole> units) {
        boolean lead = units.containsValue(AssignmentRole.LEAD);
        boolean co = units.containsValue(AssignmentRole.CO);
        return units.entrySet().stream()
                .map(e -> {
                    AssignmentRole role = e.getValue();
                    if (role == AssignmentRole.RESPONSIBLE && (lead || co)) {
                        role = lead ? AssignmentRole.CO : AssignmentRole.LEAD;
                    }
                    return new UnitAssignment(e.getKey(), role, false);
                })
                .toList();
    }
}
