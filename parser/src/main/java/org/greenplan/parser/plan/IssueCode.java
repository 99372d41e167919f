package org.greenplan.parser.plan;

import java.util.List;
import org.greenplan.parser.document.Placeholders;

/**
 * What kind of {@link ParseIssue} it is: a stable code with the office's Chinese default text. The web
 * application renders an issue by {@link #key()} and the issue's arguments from its message bundles
 * ({@code messages.properties}, {@code messages_en.properties}); the parser's own outline and the
 * command line use {@link #format(List)}.
 *
 * <p>Default texts use {@code {0}}, {@code {1}} … for the arguments, as {@link java.text.MessageFormat}
 * patterns without quotes, so the same text works in the bundles.
 */
public enum IssueCode {
    /** No numbered task anywhere in the document. */
    NO_TASKS("未找到任何编号任务"),
    /** The parser failed on the document; {0} = the failure's class name. */
    PARSER_FAILED("解析失败：解析器内部错误（{0}），请将文件发给管理员"),
    /** The plan's last paragraph leaves a bracket open. */
    TRUNCATED_OPEN_BRACKET("文档似乎不完整：最后一段的括号没有闭合，请检查文件是否被截断"),
    /** The plan's last paragraph stops mid-sentence without a unit clause. */
    TRUNCATED_MID_SENTENCE("文档似乎不完整：最后一段在句子中间结束，也没有责任单位，请检查文件是否被截断"),
    /** Text after the tasks began that belongs to no task; {0} = the text, shortened. */
    UNPLACED_TEXT("段落不属于任何任务（没有编号，也没有责任单位）：{0}"),
    /** A header line that is none of the known header parts; {0} = the text, shortened. */
    UNRECOGNISED_HEADER_TEXT("无法识别的文字（不是标题、文号、主送、通知正文、落款或日期）：{0}"),
    /** A task without responsible units; {0} = its number or its first words. */
    TASK_WITHOUT_UNITS("未识别责任单位（任务 {0}）"),
    /** A table row without responsible units; {0} = its number or its first words. */
    ROW_WITHOUT_UNITS("未识别责任单位（表格行 {0}）"),
    /** A unit cell that may be several names run together; {0} = the cell's name. */
    JOINED_UNIT_NAMES("责任单位可能是几个单位名称连在一起，请核对拆分：{0}"),
    /** Target recognition failed on a task; {0} = the failure's class name. */
    TARGETS_FAILED("目标识别失败，请人工填写目标：{0}"),
    /** A numbering sequence that does not start at one; {0} = the first number, {1} = the number met. */
    NUMBERING_NOT_FROM_START("编号不连续：此类编号应从{0}开始，这里是{1}"),
    /** A number printed twice; {0} = the number. */
    NUMBERING_REPEATED("编号重复：{0}出现两次"),
    /** A gap in the numbering; {0} = the number before, {1} = the number met, {2} = the number expected. */
    NUMBERING_GAP("编号不连续：{0}之后是{1}，应为{2}"),
    /** A table not read as a task table; {0} = its first line, shortened. */
    TABLE_NOT_TASKS("表格未读作任务表（表头没有工作任务或具体措施列，或没有责任单位或牵头单位列）：{0}"),
    /** Web-page furniture a reader dropped; {0} = what kind, {1} = the text, shortened. */
    WEB_FURNITURE_DROPPED("已删除网页内容（{0}）：{1}"),
    /**
     * Blank cells in a column of a PDF table (perhaps merged cells); {0} = page, {1} = the column's header,
     * {2} = the rows.
     */
    PDF_TABLE_BLANK_CELLS("PDF 第 {0} 页表格的“{1}”列在 {2} 行为空：可能是合并单元格（PDF 中合并单元格的文字只出现在其中一行），请核对这些行"),
    /** A PDF table whose header does not name every column; {0} = page, {1} = header cells, {2} = columns. */
    PDF_TABLE_COLUMNS_UNCLEAR("PDF 第 {0} 页表格的表头只有 {1} 格，下面的文字却排成 {2} 列：各列对应哪个表头无法确定，请核对该表各行，或上传 Word 版本"),
    /** A flattened table stopped at a row it could not read; {0} = the row's number, {1} = the columns. */
    FLAT_TABLE_ROW_UNREAD("表格（每格一段）第 {0} 行的单元格填不满表头的 {1} 列（缺一格），无法按列读取：从这一行起按段落读取，请核对这些行的任务和责任单位"),
    /** A space-separated table stopped at a row it could not split; {0} = the row's number, {1} = the columns. */
    SPACED_TABLE_ROW_UNREAD("表格（每行一行文字，单元格以空格分隔）第 {0} 行无法按表头的 {1} 列拆分（责任单位列不是单位名称，或单元格不够），从这一行起按段落读取，请核对这些行的任务和责任单位"),
    /** The document held nothing but web-page furniture. */
    ONLY_WEB_FURNITURE("文件只有网页导航、元数据和按钮等内容，没有正文；请上传通知正文"),
    /** The parse ran past its time limit; {0} = the limit in seconds. */
    PARSE_TIME_LIMIT("解析超过时限 {0} 秒，已停止；请检查文件是否为一份工作要点"),
    /** A task over the length limit; {0} = its line, {1} = its length, {2} = the limit (characters). */
    TASK_TOO_LONG("第 {0} 行的任务长 {1} 字，超过上限 {2} 字；请检查文件是否缺少换行或编号"),
    /** More tasks than the limit; {0} = the limit, {1} = the line where parsing stopped. */
    TOO_MANY_TASKS("识别出超过 {0} 项任务，已在第 {1} 行停止；这不像一份工作要点，请检查文件"),
    /** An issue given as free text (no code of its own yet); {0} = the text. */
    TEXT("{0}");

    private final String defaultText;

    IssueCode(String defaultText) {
        this.defaultText = defaultText;
    }

    /** @return the message key, {@code parse.issue.NAME} */
    public String key() {
        return "parse.issue." + name();
    }

    /** @return the Chinese default text with its {@code {n}} placeholders */
    public String defaultText() {
        return defaultText;
    }

    /**
     * @param args the arguments, in placeholder order
     * @return the Chinese default text with the arguments filled in
     */
    public String format(List<String> args) {
        return Placeholders.fill(defaultText, args);
    }
}
