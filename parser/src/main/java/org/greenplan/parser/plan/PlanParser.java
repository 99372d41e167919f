package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenplan.parser.document.Block;
import org.greenplan.parser.document.DroppedText;
import org.greenplan.parser.document.ReadWarning;
import org.greenplan.parser.document.SourceDocument;
import org.greenplan.parser.document.TableRowBlock;

/**
 * Façade of the plan parser: decoded document text (or a {@link SourceDocument} with tables) in,
 * {@link ParsedPlan} out.
 *
 * <p>What it reads, in the shape of the 宿州 2022 work points and the development corpus
 * ({@code ../shared/corpus}, 006–017; its README names the styles):
 * <ul>
 *   <li>the notice header: 主送 line, issuer lines above the date (…(代) = signed on behalf), date
 *       (2022年3月18日 or 二〇二二年三月十八日), title, 文号;</li>
 *   <li>the hierarchy as printed: 一、 / （一） / 1. 1． 1、 1﹒ / （1） / ①, ranked by first appearance,
 *       numbered afresh per section or on across sections; a gap is an issue, but a second document or
 *       an annex starting again at 一、 is not (007, 006);</li>
 *   <li>tasks — numbered paragraphs with a unit clause, leaves of the numbering styles that carry
 *       clauses (not a group of them without any units, such as 016's 总体要求), and unnumbered run-in
 *       paragraphs with a clause (007, 010) — with number, clauses and printed scores （0.5分） taken out
 *       of the text; 专栏 boxes, annex lists (附件：1.… 2.…, in the header or at the end), 抄送 and 印发
 *       lines are none;</li>
 *   <li>units ({@code UnitClauseReader}): labels 责任单位 / 牵头单位 / 配合单位 / 牵头考核单位 / 责任分工 with
 *       ： or :, combined as （牵头单位：X；配合单位：Y） or （牵头单位：X，责任单位：Y） (Y co-operates);
 *       （X牵头，Y配合）; （X负责）; …等按职责分工负责 (co-operating beside a lead); a bare labelled line
 *       after its paragraph; units as the subject of a sentence (由区规划局牵头) where no clause is
 *       printed; groups separated by ，, units by 、 ({@code UnitLists}: 各区、市政府 is one class;
 *       abbreviated prefixes restored, 区农村发展局、经济发展局 → 区经济发展局);</li>
 *   <li>conventions stated once ({@code Conventions}): the first unit leads only where the document
 *       says so (列第一位者为牵头单位，下同 / a table note); 以下均需…落实，不再列出 adds inherited units;</li>
 *   <li>deadlines ({@code DeadlineReader}): dates, month and quarter ends, 年底前, open phrases;</li>
 *   <li>task tables of a {@link SourceDocument}, read by their header (see {@link #parse(SourceDocument)}).</li>
 * </ul>
 *
 * <p><b>Several unit brackets in one paragraph</b> (style d: {@code …（合肥海关负责）巩固…（省商务厅牵头，
 * 合肥海关配合）支持…（省商务厅牵头，省农业农村厅配合）}, 008, 009, 010) — decision taken with the office:
 * the paragraph stays ONE task with its printed number. Its units are the union of the brackets' units
 * in printed order, each named once; a unit that leads any sentence is a LEAD of the task (LEAD before
 * RESPONSIBLE before CO, and in a task with a lead a unit left RESPONSIBLE, being the only one named for
 * its sentences, leads them). Each bracket is kept with the sentences it covers as a
 * {@link ResponsibilityClause} in {@link ParsedTask#clauses()}, so who answers for which sentence stays
 * traceable. See also {@code src/test/resources/plans/README.md}.
 *
 * <p>Line endings (CRLF, LF, CR, mixed), full- and half-width punctuation, U+3000 indentation and BOM
 * remnants are all accepted. The parser is pure and stateless, so one instance may be shared.
 */
public final class PlanParser {
    private final ParseLimits limits;

    /** With {@link ParseLimits#DEFAULTS}. */
    public PlanParser() {
        this(ParseLimits.DEFAULTS);
    }

    /** @param limits where parsing stops with an ERROR issue (task count, task length, time) */
    public PlanParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Parses one document. Never throws: whatever it cannot place becomes a {@link ParseIssue} with
     * its line and column (WARNING: a task without units, a numbering gap, an unplaceable line; ERROR:
     * a truncated document — judged on the plan's last paragraph, not on the 附件, 抄送, 印发, 联系人,
     * signature or date lines after it —, no numbered task at all, a limit of {@link ParseLimits} reached
     * (parsing stops there), an internal failure). Time and memory are linear in the text.
     *
     * @param text decoded document text (any line endings); null is read as empty
     * @return the parsed plan; offsets in its spans point into {@code text} exactly as given
     */
    public ParsedPlan parse(String text) {
        try {
            return PlanReading.read(text == null ? "" : text, Map.of(), limits);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(e);
        }
    }

    /**
     * Parses a document read by the document readers. Its paragraphs are parsed as {@link #parse(String)}
     * parses text; its table rows ({@link TableRowBlock}) are read as task rows by the table's header:
     * 序号, 工作任务, 具体措施, 完成时限, 责任单位, 牵头单位, 配合单位 (a 工作任务 cell merged over several
     * rows is a heading above its 具体措施 rows). Never throws, as {@link #parse(String)}.
     *
     * @param document the document; null is read as an empty one
     * @return the parsed plan; lines, columns and offsets of its spans and issues point into
     *         {@link SourceDocument#toText()} (line n is block n: see {@link SourceDocument#blockAtLine(int)})
     */
    public ParsedPlan parse(SourceDocument document) {
        if (document == null) {
            return parse((String) null);
        }
        try {
            Map<Integer, TableRowBlock> rows = new HashMap<>();
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof TableRowBlock row) {
                    rows.put(i + 1, row);
                }
            }
            return withReaderIssues(PlanReading.read(document.toText(), rows, limits), document);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(e);
        }
    }

    /**
     * Furniture the readers dropped becomes INFO issues; a page that held nothing else gets an error saying
     * so instead of "no numbered task". A reader's doubts ({@link ReadWarning}) become warnings.
     */
    private static ParsedPlan withReaderIssues(ParsedPlan plan, SourceDocument document) {
        if (document.dropped().isEmpty() && document.warnings().isEmpty()) {
            return plan;
        }
        boolean onlyFurniture =
                document.blocks().stream().allMatch(b -> b.text().isBlank());
        List<ParseIssue> issues = new ArrayList<>();
        for (DroppedText dropped : document.dropped()) {
            issues.add(ParseIssue.info(
                    dropped.line(),
                    1,
                    IssueCode.WEB_FURNITURE_DROPPED,
                    dropped.kind(),
                    Abbreviation.of(dropped.text(), 30)));
        }
        for (ReadWarning warning : document.warnings()) {
            issues.add(ParseIssue.warning(
                    warning.line(),
                    1,
                    IssueCode.valueOf(warning.kind().name()),
                    warning.args().toArray(String[]::new)));
        }
        if (onlyFurniture && !document.dropped().isEmpty()) {
            issues.add(ParseIssue.error(1, 1, IssueCode.ONLY_WEB_FURNITURE));
        } else {
            issues.addAll(plan.issues());
        }
        issues.sort(Comparator.comparingInt(ParseIssue::line).thenComparingInt(ParseIssue::column));
        return new ParsedPlan(
                plan.title(),
                plan.issuer(),
                plan.issuedOnBehalfBy(),
                plan.issuedDate(),
                plan.planYear(),
                plan.addressees(),
                plan.documentNumber(),
                plan.headings(),
                plan.tasks(),
                issues);
    }

    /** Last resort: a parser bug must show up on the review screen, not as a failed upload. */
    private static ParsedPlan failed(Throwable e) {
        return new ParsedPlan(
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(ParseIssue.error(
                        1, 1, IssueCode.PARSER_FAILED, e.getClass().getSimpleName())));
    }
}
