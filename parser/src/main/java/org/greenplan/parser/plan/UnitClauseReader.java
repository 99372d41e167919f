package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.parser.text.CuedPattern;
import org.greenplan.parser.text.ReusedMatcher;

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
    private static final String IS_LEAD = "为牵头";

    /** Every match holds 为牵头, its cue: the rule is looked for in every line and segment, few hold it. */
    static final CuedPattern FIRST_LISTED_RULE = CuedPattern.compile(
            "(?:(?:列|排)在?第一位(?:者|的(?:部门|单位))?|第一(?:个|位)(?:单位|部门)?)" + IS_LEAD + "(?:单位|部门)", List.of(IS_LEAD));

    /** @return whether {@code text} states the first-listed rule */
    static boolean statesFirstListedRule(String text) {
        return FIRST_LISTED_RULE.foundIn(text);
    }

    /** The labels that introduce units: 责任单位：, 牵头单位：, 配合单位：, 牵头考核单位：, 责任分工： … */
    static final String LABELS =
            "牵头考核单位|牵头单位|牵头部门|主办单位|配合单位|配合部门|协办单位|参与单位|责任单位" + "|责任部门|责任分工|实施单位|负责单位|负责部门|参加单位|参加部门|参与部门|协助单位";

    private static final ReusedMatcher LABEL =
            ReusedMatcher.compile("^(" + LABELS + ")\\s*[：:]\\s*(.*)$", Pattern.DOTALL);

    /** The role verbs that end a list of units (A、B牵头), longest first where one ends another. */
    static final List<String> ROLE_VERBS = List.of(
            "按职责分工负责", "按职责分工配合", "按职责负责", "牵头负责", "共同负责", "分工负责", "分头负责", "分头落实", "具体实施", "具体负责", "具体落实", "组织实施",
            "负责实施", "协同配合", "配合落实", "业务指导", "技术指导", "检查指导", "牵头", "配合", "参与", "协助", "落实", "负责");
    /** {@link #ROLE_VERBS} as an array, iterated for every segment without allocating. */
    private static final String[] ROLE_VERB_ARRAY = ROLE_VERBS.toArray(String[]::new);
    /** 负责 and what is done (负责绿化, 负责宣传引导): the one role verb that is not a word of its own. */
    private static final String RESPONSIBLE_FOR = "负责";

    private static final int MAX_RESPONSIBLE_FOR_OBJECT = 8;
    /** Names, an optional adverb (A、B分别落实) and a role verb. */
    private static final ReusedMatcher ROLE_VERB = ReusedMatcher.compile(
            "^(.+?)(?:分别|各自)?(" + String.join("|", ROLE_VERBS) + "|" + RESPONSIBLE_FOR + "[\\p{IsHan}]{2,"
                    + MAX_RESPONSIBLE_FOR_OBJECT + "})$",
            Pattern.DOTALL);

    /**
     * Names followed by a role verb, split.
     *
     * @param names what precedes the verb (and its adverb)
     * @param verb  the verb as printed, e.g. 牵头 or 按职责分工负责
     */
    record RoleVerb(String names, String verb) {}

    /**
     * @param segment a segment of a clause, e.g. 市林业局、市水利局配合; a leading 由 is skipped
     * @return its names and role verb, or null when it does not end with one
     */
    static RoleVerb roleVerb(String segment) {
        String text = segment.startsWith("由") ? segment.substring(1) : segment;
        if (!mayEndWithRoleVerb(text)) {
            return null; // the lazy pattern tries every split of the segment; most segments end otherwise
        }
        Matcher m = ROLE_VERB.on(text);
        return m.matches() ? new RoleVerb(m.group(1), m.group(2)) : null;
    }

    /** @return false when {@code text} cannot match {@link #ROLE_VERB}: it ends in no verb of the list */
    private static boolean mayEndWithRoleVerb(String text) {
        for (String verb : ROLE_VERB_ARRAY) {
            if (text.endsWith(verb)) {
                return true;
            }
        }
        int from = Math.max(0, text.length() - RESPONSIBLE_FOR.length() - MAX_RESPONSIBLE_FOR_OBJECT);
        return text.indexOf(RESPONSIBLE_FOR, from) >= 0;
    }

    private static final int MAX_SEGMENT = 300;
    private static final ReusedMatcher SAME_BELOW = ReusedMatcher.compile("^(?:以下|下)同$");
    /**
     * A second labelled group after only a space ({@code 牵头单位:能源局 参加单位:发展改革委}): the space
     * separates the groups as a ； would.
     */
    private static final ReusedMatcher SPACED_LABEL =
            ReusedMatcher.compile("[\\s\\u3000]+(?=(?:" + LABELS + ")\\s*[：:])");

    private final Map<String, AssignmentRole> units = new LinkedHashMap<>();
    /** Non-unit segments; made on the first one (most brackets hold none, and a reader is made per bracket). */
    private List<String> others = List.of();
    /** Bare names after a role-verb segment, waiting for the verb that may close their group. */
    private List<String> pending = List.of();

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
        return reading(content).clause(trailing);
    }

    /**
     * What a bracket says wherever it stands: whether it ends its paragraph matters only to a clause of bare names
     * ({@code （市林业局）}), so one reading serves both places (a bracket ending a line of a task printed over
     * several lines ends the line's paragraph but not the task's).
     *
     * @param whenTrailing the clause read as if the bracket ended its paragraph, or null when it is none even then
     * @param marked       whether a label or role verb marks it (then it is a clause wherever it stands)
     */
    record Reading(UnitClause whenTrailing, boolean marked) {
        /** @return the clause as {@link #read(String, boolean)} gives it */
        UnitClause clause(boolean trailing) {
            return marked || trailing ? whenTrailing : null;
        }

        /** @return the clause as {@link #readMarked(String)} gives it */
        UnitClause markedClause() {
            UnitClause clause = clause(false);
            return clause == null || clause.units().isEmpty() ? null : clause;
        }
    }

    /** @param content the text between the brackets */
    static Reading reading(String content) {
        UnitClauseReader reader = new UnitClauseReader();
        String withoutNotes = Conventions.INHERITED.mayOccurIn(content)
                ? Conventions.INHERITED.on(content).replaceAll("")
                : content;
        boolean spaced = withoutNotes.indexOf(' ') >= 0 || withoutNotes.indexOf('\u3000') >= 0;
        String separated = spaced ? SPACED_LABEL.on(withoutNotes).replaceAll("；") : withoutNotes;
        List<String> segments = Brackets.splitTopLevel(separated, "，,；;。");
        for (int i = 0; i < segments.size(); i++) { // every bracket of a document: no iterator
            reader.segment(UnitNameHeuristics.trim(segments.get(i)));
        }
        reader.flushPending();
        return new Reading(reader.result(true), reader.marked);
    }

    /**
     * For brackets that hold unit clauses only in some documents ({@code [A牵头,B配合]}, {@code 〔…〕}):
     * the clause only when a label or a role verb marks it, never from bare names.
     *
     * @param content the text between the brackets
     * @return what the clause says, or null when nothing in it is marked as units
     */
    static UnitClause readMarked(String content) {
        return reading(content).markedClause();
    }

    private void segment(String segment) {
        // 下同 is at most 3 characters; a label needs its colon: most segments skip both patterns
        if (segment.isEmpty()
                || (segment.length() <= 3 && SAME_BELOW.on(segment).matches())) {
            return;
        }
        if (segment.length() > MAX_SEGMENT) {
            other(segment); // running text, not a list of units
            return;
        }
        if (statesFirstListedRule(segment)) {
            rule = true;
            return;
        }
        if (condition) {
            condition = false; // 未明确牵头单位的，由所列负责单位按职责分工负责: a rule, not an assignment
            other(segment);
            return;
        }
        Matcher label = hasColon(segment) ? LABEL.on(segment) : null;
        if (label != null && label.matches()) {
            flushPending();
            marked = true;
            String names = label.group(2);
            labelled(labelRole(segment), names); // the label starts the segment (^): its role is read there, uncopied
            afterVerb = false;
        } else if (verbSegment(segment)) {
            afterVerb = true;
        } else {
            bareNames(segment);
        }
    }

    private static boolean hasColon(String segment) {
        return segment.indexOf('：') >= 0 || segment.indexOf(':') >= 0;
    }

    /** Names still waiting for a verb keep the role of the segment before them. */
    private void flushPending() {
        if (!pending.isEmpty()) {
            add(pending, lastRole);
            pending = List.of();
        }
    }

    private void labelled(AssignmentRole role, String names) {
        RoleVerb verb = roleVerb(names);
        if (verb != null) {
            add(UnitLists.split(verb.names()), verbRole(verb.verb()));
        } else {
            add(UnitLists.split(names), role);
        }
    }

    private boolean verbSegment(String segment) {
        RoleVerb verb = roleVerb(segment);
        if (verb == null) {
            return false;
        }
        List<String> names = UnitLists.split(verb.names());
        if (!UnitNameHeuristics.plausible(names) || !UnitNameHeuristics.anyLooksLikeUnit(names)) {
            return false;
        }
        marked = true;
        AssignmentRole role = verbRole(verb.verb());
        if (!pending.isEmpty()) {
            add(pending, role); // A牵头，B、C，D等按职责分工负责: B、C share D's verb
            pending = List.of();
        }
        add(names, role);
        return true;
    }

    private void bareNames(String segment) {
        List<String> names = UnitLists.split(segment);
        boolean units = marked
                ? UnitNameHeuristics.plausible(names) && UnitNameHeuristics.anyLooksLikeUnit(names)
                : UnitNameHeuristics.allLookLikeUnits(names);
        if (!units) {
            flushPending();
            other(segment);
            afterVerb = false;
            condition = segment.endsWith("的");
        } else if (afterVerb) {
            bare = true;
            if (pending.isEmpty()) {
                pending = new ArrayList<>(names.size());
            }
            pending.addAll(names);
        } else {
            bare = true;
            add(names, lastRole);
        }
    }

    private void other(String segment) {
        if (others.isEmpty()) {
            others = new ArrayList<>(2);
        }
        others.add(segment);
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
        UnitAssignment[] assignments = new UnitAssignment[units.size()];
        int i = 0;
        for (Map.Entry<String, AssignmentRole> unit : units.entrySet()) { // every bracket of a document: no stream
            assignments[i++] = new UnitAssignment(unit.getKey(), marked(unit.getValue()), false);
        }
        return new UnitClause(List.of(assignments), rule, List.copyOf(others));
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

    /** @param label a label ({@link #LABELS}), or a segment starting with one */
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
