package org.greenplan.parser.plan;

import java.util.List;

/**
 * Façade of the plan parser: decoded document text in, {@link ParsedPlan} out.
 *
 * <p>What it reads, in the shape of the 宿州 2022 work points and the documents of the same family:
 * <ul>
 *   <li>the notice header: 主送 line, issuer lines above the date (…(代) = signed on behalf), date
 *       (2022年3月18日 or 二〇二二年三月十八日), title, 文号;</li>
 *   <li>the hierarchy as printed: 一、 / （一） / 1. 1． 1、 1﹒ / （1） / ①, ranked by first appearance;</li>
 *   <li>tasks — numbered paragraphs with a unit clause, or leaves of the numbering styles that carry
 *       clauses — with the number and clauses taken out of the text;</li>
 *   <li>units from （责任单位：A、B，C）, unlabelled trailing （市林业局）, 牵头单位/配合单位 labels and
 *       （A牵头，B配合） forms; the first unit leads only where the document states so
 *       (列第一位者为牵头单位);</li>
 *   <li>basic deadlines (2022年6月底前, 年底前, 持续推进).</li>
 * </ul>
 * Line endings (CRLF, LF, CR, mixed), full- and half-width punctuation, U+3000 indentation and BOM
 * remnants are all accepted. The parser is pure and stateless, so one instance may be shared.
 */
public final class PlanParser {

    /**
     * Parses one document. Never throws: whatever it cannot place becomes a {@link ParseIssue} with
     * its line and column (WARNING: a task without units, a numbering gap, an unplaceable line; ERROR:
     * a truncated document, no numbered task at all, an internal failure).
     *
     * @param text decoded document text (any line endings); null is read as empty
     * @return the parsed plan; offsets in its spans point into {@code text} exactly as given
     */
    public ParsedPlan parse(String text) {
        try {
            return PlanReading.read(text == null ? "" : text);
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: a parser bug must show up on the review screen, not as a failed upload
            return new ParsedPlan(null, null, null, null, null, List.of(), null, List.of(), List.of(),
                    List.of(ParseIssue.error(1, 1, "解析失败：解析器内部错误（" + e.getClass().getSimpleName()
                            + "），请将文件发给管理员")));
        }
    }
}
