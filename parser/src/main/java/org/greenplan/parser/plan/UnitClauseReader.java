package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inside of one bracket as a unit clause (责任单位), or says it is none.
 *
 * <p>The bracket is split into segments at top-level ，；。 (never at 、, which separates units within
 * a group). A segment is one of:
 * <ul>
 *   <li>a label and names: 责任单位：A、B / 负责单位：A、B → RESPONSIBLE; 牵头单位 / 牵头考核单位 / 牵头部门 →
 *       LEAD; 配合单位 / 参与单位 / 参加单位 / 协办单位 → CO. A label after only a space starts a new group
 *       ({@code 牵头单位:A 参加单位:B});</li>
 *   <li>names and a role verb: A、B牵头 → LEAD; A配合 / A按职责分工配合 / A参与 / A落实 → CO;
 *       A负责 / A分工负责 / A按职责分工负责 → RESPONSIBLE;</li>
 *   <li>the first-listed rule (列第一位者为牵头单位 / 排在第一位的部门为牵头部门) or 下同;</li>
 *   <li>bare names, which continue the previous segment's role (a new group of units) — except after a
 *       role verb, where a bare group followed by another role-verb segment shares that verb:
 *       {@code A牵头，B、C，D等按职责分工负责} makes B, C co-operate with D, not lead with A;</li>
 *   <li>a condition ending in 的 and the segment after it, which state a rule, not an assignment
 *       ({@code 未明确牵头单位的，由所列负责单位按职责分工负责});</li>
 *   <li>anything else (6月底完成, 持续推进), kept as an other phrase.</li>
 * </ul>
 * Once a clause names a lead unit, its RESPONSIBLE units are the co-operating ones (牵头单位：A，
 * 责任单位：B means B co-operates); in a clause that names co-operating units but no lead, its
 * RESPONSIBLE units lead (A、B负责，C配合 — 009). A bracket without labels or role verbs is a clause only when it
 * ends the paragraph and holds nothing but unit-like names: （市林业局）.
 */
final class UnitClauseReader {

    /**
     * 列第一位者为牵头单位 (016) / 排在第一位的部门为牵头部门 (014) / 主要责任单位第一个为牵头单位 (a table note):
     * the first unit of every task leads.
     */
    static final Pattern FIRST_LISTED_RULE =
            Pattern.compile("(?:(?:列|排)在?第一位(?:者|的(?:部门|单位))?|第一(?:个|位)(?:单位|部门)?)为牵头(?:单位|部门)");

    /**
     * @return whether {@code text} states the first-listed rule; every {@link #FIRST_LISTED_RULE} match contains
     *         为牵头, so a text without it is not scanned (the rule is looked for in every line and segment)
     */
    static boolean statesFirstListedRule(String text) {
        return text.contains("为牵头") && FIRST_LISTED_RULE.matcher(text).find();
    }

    /** The labels that introduce units: 责任单位：, 牵头单位：, 配合单位：, 牵头考核单位：, 责任分工： … */
    static final String LABELS =
            "牵头考核单位|牵头单位|牵头部门|主办单位|配合单位|配合部门|协办单位|参与单位|责任单位" + "|责任部门|责任分工|实施单位|负责单位|负责部门|参加单位|参加部门|参与部门|协助单位";

    private static final Pattern LABEL = Pattern.compile("^(" + LABELS + ")\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    /** Names, an optional adverb (A、B分别落实) and a role verb. */
    static final Pattern ROLE_VERB = Pattern.compile(
            "^(.+?)(?:分别|各自)?(按职责分工负责|按职责分工配合|按职责负责|牵头负责" + "|共同负责|分工负责|分头负责|分头落实|具体实施|具体负责|具体落实"
                    + "|组织实施|负责实施|协同配合|配合落实|业务指导|技术指导|检查指导|负责[\\p{IsHan}]{2,8}"
                    + "|牵头|配合|参与|协助|落实|负责)$",
            Pattern.DOTALL);

    private static final int MAX_SEGMENT = 300;
    private static final Pattern SAME_BELOW = Pattern.compile("^(?:以下|下)同$");
    /**
     * A second labelled group after only a space ({@code 牵头单位:能源局 参加单位:发展改革委}): the space
     * separates the groups as a ； would.
     */
    private static final Pattern SPACED_LABEL = Pattern.compile("[\\s\\u3000]+(?=(?:" + LABELS + ")\\s*[：:])");

    private final Map<String, AssignmentRole> units = new LinkedHashMap<>();
    private final List<String> others = new ArrayList<>();
    /** Bare names after a role-verb segment, waiting for the verb that may close their group. */
    private final List<String> pending = new ArrayList<>();

    private AssignmentRole lastRole = AssignmentRole.RESPONSIBLE;
    private boolean afterVerb;
    private boolean marked;
    private boolean bare;
    private boolean rule;
    /** The previous segment was a condition (未明确牵头单位的): the segment after it states a rule. */
    private boolean condition;

    private UnitClauseReader() {}

    /**
     * @param content  the text between the brackets
     * @param trailing whether the bracket ends its paragraph (only punctuation follows)
     * @return what the clause says, or null when the bracket is no unit clause
     */
    static UnitClause read(String content, boolean trailing) {
        UnitClauseReader reader = new UnitClauseReader();
        String withoutNotes = Conventions.mayNoteInheritance(content)
                ? Conventions.INHERITED.matcher(content).replaceAll("")
                : content;
        boolean spaced = withoutNotes.indexOf(' ') >= 0 || withoutNotes.indexOf('\u3000') >= 0;
        String separated = spaced ? SPACED_LABEL.matcher(withoutNotes).replaceAll("；") : withoutNotes;
        for (String segment : Brackets.splitTopLevel(separated, "，,；;。")) {
            reader.segment(UnitNameHeuristics.trim(segment));
        }
        reader.flushPending();
        return reader.result(trailing);
    }

    /**
     * For brackets that hold unit clauses only in some documents ({@code [A牵头,B配合]}, {@code 〔…〕}):
     * the clause only when a label or a role verb marks it, never from bare names.
     *
     * @param content the text between the brackets
     * @return what the clause says, or null when nothing in it is marked as units
     */
    static UnitClause readMarked(String content) {
        UnitClause clause = read(content, false);
        return clause == null || clause.units().isEmpty() ? null : clause;
    }

    private void segment(String segment) {
        if (segment.isEmpty() || SAME_BELOW.matcher(segment).matches()) {
            return;
        }
        if (segment.length() > MAX_SEGMENT) {
            others.add(segment); // running text, not a list of units
            return;
        }
        if (statesFirstListedRule(segment)) {
            rule = true;
            return;
        }
        if (condition) {
            condition = false; // 未明确牵头单位的，由所列负责单位按职责分工负责: a rule, not an assignment
            others.add(segment);
            return;
        }
        Matcher label = LABEL.matcher(segment);
        if (label.matches()) {
            flushPending();
            marked = true;
            labelled(labelRole(label.group(1)), label.group(2));
            afterVerb = false;
        } else if (roleVerb(segment)) {
            afterVerb = true;
        } else {
            bareNames(segment);
        }
    }

    /** Names still waiting for a verb keep the role of the segment before them. */
    private void flushPending() {
        if (!pending.isEmpty()) {
            add(List.copyOf(pending), lastRole);
            pending.clear();
        }
    }

    private void labelled(AssignmentRole role, String names) {
        Matcher verb = ROLE_VERB.matcher(names.startsWith("由") ? names.substring(1) : names);
        if (verb.matches()) {
            add(UnitLists.split(verb.group(1)), verbRole(verb.group(2)));
        } else {
            add(UnitLists.split(names), role);
        }
    }

    private boolean roleVerb(String segment) {
        Matcher verb = ROLE_VERB.matcher(segment.startsWith("由") ? segment.substring(1) : segment);
        if (!verb.matches()) {
            return false;
        }
        List<String> names = UnitLists.split(verb.group(1));
        if (!UnitNameHeuristics.plausible(names) || names.stream().noneMatch(UnitNameHeuristics::looksLikeUnit)) {
            return false;
        }
        marked = true;
        AssignmentRole role = verbRole(verb.group(2));
        if (!pending.isEmpty()) {
            add(List.copyOf(pending), role); // A牵头，B、C，D等按职责分工负责: B、C share D's verb
            pending.clear();
        }
        add(names, role);
        return true;
    }

    private void bareNames(String segment) {
        List<String> names = UnitLists.split(segment);
        boolean units = marked
                ? UnitNameHeuristics.plausible(names) && names.stream().anyMatch(UnitNameHeuristics::looksLikeUnit)
                : UnitNameHeuristics.allLookLikeUnits(names);
        if (!units) {
            flushPending();
            others.add(segment);
            afterVerb = false;
            condition = segment.endsWith("的");
        } else if (afterVerb) {
            bare = true;
            pending.addAll(names);
        } else {
            bare = true;
            add(names, lastRole);
        }
    }

    private void add(List<String> names, AssignmentRole role) {
        names.forEach(name -> units.putIfAbsent(name, role));
        lastRole = role;
    }

    private UnitClause result(boolean trailing) {
        boolean clause = marked || (trailing && others.isEmpty() && (bare || rule));
        if (!clause) {
            return null;
        }
        List<UnitAssignment> assignments = units.entrySet().stream()
                .map(e -> new UnitAssignment(e.getKey(), marked(e.getValue()), false))
                .toList();
        return new UnitClause(assignments, rule, List.copyOf(others));
    }

    /**
     * Inside one clause, units named without 牵头 or 配合 take their role from the others: after a lead
     * they co-operate (A牵头，B按职责分工负责); before co-operating units they lead (A负责，B配合).
     */
    private AssignmentRole marked(AssignmentRole role) {
        if (role != AssignmentRole.RESPONSIBLE) {
            return role;
        }
        if (units.containsValue(AssignmentRole.LEAD)) {
            return AssignmentRole.CO;
        }
        return units.containsValue(AssignmentRole.CO) ? AssignmentRole.LEAD : role;
    }

    private static AssignmentRole labelRole(String label) {
        if (label.startsWith("牵头") || label.startsWith("主办")) {
            return AssignmentRole.LEAD;
        }
        if (label.startsWith("配合") || label.startsWith("协") || label.startsWith("参")) {
            return AssignmentRole.CO;
        }
        return AssignmentRole.RESPONSIBLE;
    }

    /**
     * 牵头… leads; a verb of support (配合, 协同, 参与, 协助, 指导, 落实 without 负责 before it) co-operates;
     * 负责, 具体负责, 组织实施, 负责实施, 负责绿化 and the like answer for the task (RESPONSIBLE).
     */
    static AssignmentRole verbRole(String verb) {
        if (verb.startsWith("牵头")) {
            return AssignmentRole.LEAD;
        }
        if (verb.endsWith("负责")) {
            return AssignmentRole.RESPONSIBLE;
        }
        boolean supports = verb.contains("配合")
                || verb.contains("参与")
                || verb.contains("协")
                || verb.contains("指导")
                || verb.endsWith("落实");
        return supports ? AssignmentRole.CO : AssignmentRole.RESPONSIBLE;
    }
}
