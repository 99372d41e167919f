package org.greenplan.parser.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The column names a task table (任务分解表, 分工表) prints in its header row, one lexicon for the readers
 * (which rebuild tables flattened into text by their header) and the plan parser (which reads each row by
 * its columns). A bracketed remark ({@code 责任单位（列第一位者为牵头单位）}) and spaces are ignored.
 */
public enum TableHeader {
    /** 序号. */
    NUMBER("序号", "编号"),
    /** 工作任务, 重点任务, 主要任务 …: the task, or the group of measures below it. */
    TASK("工作任务", "重点任务", "主要任务", "任务名称", "工作内容", "重点工作", "目标任务", "指标任务", "任务"),
    /** 具体措施, 工作措施 …: the task itself when a 工作任务 column groups several. */
    MEASURE("具体措施", "工作措施", "主要措施", "具体任务", "工作举措", "推进措施", "具体内容", "任务措施", "细化措施"),
    /** 完成时限, 完成时间, 时间节点. */
    DEADLINE("完成时限", "完成时间", "时间节点", "时间要求", "时限要求", "进度安排", "时限"),
    /** 责任单位 (roles unmarked). */
    RESPONSIBLE("责任单位", "主要责任单位", "责任部门", "责任主体", "实施单位"),
    /** 牵头单位. */
    LEAD("牵头单位", "牵头部门", "主办单位"),
    /** 配合单位. */
    CO("配合单位", "配合部门", "协办单位", "参与单位"),
    /** Columns a task table prints that hold no part of a task: 类别, 责任人, 任务来源, 备注 … */
    OTHER("类别", "领域", "责任人", "责任领导", "分管领导", "联系人", "任务来源", "备注", "完成情况", "进展情况");

    private static final Pattern REMARK = Pattern.compile("[（(][^（()）]*[）)]");
    /** The characters of {@link #SPACES}: ASCII white space and the ideographic space. */
    private static final String SPACE_CHARS = " \t\n\u000B\f\r\u3000";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");
    /** Every column name, flat: every line of a document is asked whether it starts with one. */
    private static final String[] ALL_NAMES = allNames();
    /** The first characters of {@link #ALL_NAMES}: a line starting with none of them is no header. */
    private static final String NAME_FIRSTS = firstCharacters(ALL_NAMES);

    private final List<String> names;

    TableHeader(String... names) {
        this.names = List.of(names);
    }

    /** @return the column a header cell names, or null when it names none */
    public static TableHeader of(String cell) {
        String name = SPACES.matcher(REMARK.matcher(cell).replaceAll("")).replaceAll("");
        for (TableHeader header : values()) {
            if (header.names.contains(name)) {
                return header;
            }
        }
        return null;
    }

    /**
     * Splits a header row whose cells were glued into one line ({@code 序号重点任务具体措施完成时限责任单位}),
     * taking the longest column name at each place.
     *
     * @return the cells, or an empty list unless the whole line (spaces aside) is three or more names
     */
    public static List<String> splitGlued(String line) {
        if (!startsWithName(line)) {
            return List.of(); // every line of a document is asked: most are no header, and long
        }
        String text = SPACES.matcher(line).replaceAll("");
        List<String> cells = new java.util.ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            String longest = null;
            for (TableHeader header : values()) {
                for (String name : header.names) {
                    if (text.startsWith(name, at) && (longest == null || name.length() > longest.length())) {
                        longest = name;
                    }
                }
            }
            if (longest == null) {
                return List.of();
            }
            cells.add(longest);
            at += longest.length();
        }
        return cells.size() >= 3 ? cells : List.of();
    }

    /** @return whether the line, spaces removed as {@link #splitGlued} removes them, starts with a column name */
    private static boolean startsWithName(String line) {
        int first = 0;
        while (first < line.length() && SPACE_CHARS.indexOf(line.charAt(first)) >= 0) {
            first++;
        }
        if (first == line.length() || NAME_FIRSTS.indexOf(line.charAt(first)) < 0) {
            return false; // nearly every line of a document: one character looked up, not every name tried
        }
        for (String name : ALL_NAMES) {
            if (startsWithIgnoringSpaces(line, name)) {
                return true;
            }
        }
        return false;
    }

    /** @return every column name of every column, in declaration order */
    private static String[] allNames() {
        List<String> all = new java.util.ArrayList<>();
        for (TableHeader header : values()) {
            all.addAll(header.names);
        }
        return all.toArray(String[]::new);
    }

    private static String firstCharacters(String[] names) {
        StringBuilder firsts = new StringBuilder();
        for (String name : names) {
            if (firsts.indexOf(name.substring(0, 1)) < 0) {
                firsts.append(name.charAt(0));
            }
        }
        return firsts.toString();
    }

    private static boolean startsWithIgnoringSpaces(String line, String name) {
        int at = 0;
        for (int i = 0; i < name.length(); i++, at++) {
            while (at < line.length() && SPACE_CHARS.indexOf(line.charAt(at)) >= 0) {
                at++;
            }
            if (at == line.length() || line.charAt(at) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether this column holds units (责任单位, 牵头单位, 配合单位) */
    public boolean holdsUnits() {
        return this == RESPONSIBLE || this == LEAD || this == CO;
    }
}
