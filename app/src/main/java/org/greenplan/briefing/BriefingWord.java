package org.greenplan.briefing;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Renders a {@link BriefingModel} into a Word template with poi-tl. The template's tags:
 * <ul>
 *   <li>text: {@code {{header}} {{number}} {{title}} {{addressees}} {{intro}} {{overall}} {{reports}}
 *       {{issuer}} {{date}}}, the headings {@code {{headingOverall}}} … (see {@link #TEXT_TAGS}) and the
 *       lead-in sentences {@code {{indicatorsLead}}} …;</li>
 *   <li>tables, the tag in the header row and {@code [field]} cells in the row below it, which is
 *       repeated per line: {@code {{indicators}}} ({@code [no] [task] [indicator] [target] [actual]
 *       [expected] [light]}), {@code {{good}}} ({@code [no] [task] [text] [units] [kind] [progress]}),
 *       {@code {{laggingTasks}}} ({@code [no] [task] [text] [lead] [status] [reason]}), {@code
 *       {{laggingUnits}}} ({@code [no] [unit] [red] [stagnant] [late] [missing]});</li>
 *   <li>a block repeated per paragraph of 下一步工作: {@code {{?nextSteps}}} … {@code {{text}}} … {@code
 *       {{/nextSteps}}}.</li>
 * </ul>
 * A table left with its header row only (nothing to list) is removed; its lead-in sentence says so. A table the
 * briefing's row bound cut ends in one more row spanning the table, 及其他 N 项，详见台账 ({@link
 * BriefingModel.Remainders}, {@link BoundedRowsPolicy}).
 */
final class BriefingWord {
    /** Tables filled row by row. */
    static final Set<String> TABLE_TAGS = Set.of("indicators", "good", "laggingTasks", "laggingUnits");
    /** Plain text tags. */
    static final Set<String> TEXT_TAGS = Set.of(
            "header",
            "number",
            "title",
            "addressees",
            "intro",
            "overall",
            "reports",
            "issuer",
            "date",
            "headingOverall",
            "headingIndicators",
            "headingGood",
            "headingLagging",
            "headingLaggingTasks",
            "headingLaggingUnits",
            "headingNextSteps",
            "indicatorsLead",
            "goodLead",
            "laggingTasksLead",
            "laggingUnitsLead");
    /** The paragraph block and the tag inside it. */
    static final Set<String> BLOCK_TAGS = Set.of("nextSteps", "text");

    private BriefingWord() {}

    /**
     * @param template the .docx template's bytes
     * @return the rendered .docx
     * @throws BriefingTemplateException when the bytes are no Word document or the template fails to render
     */
    static byte[] render(byte[] template, BriefingModel model) {
        Configure config = configure(model.remainders());
        try (XWPFTemplate doc = XWPFTemplate.compile(new ByteArrayInputStream(template), config)) {
            doc.render(data(model));
            dropEmptyTables(doc.getXWPFDocument());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new BriefingTemplateException("briefing.template.renderFailed", e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * @return the tag names the template uses, in document order
     * @throws BriefingTemplateException when the bytes are no Word document
     */
    static Set<String> tags(byte[] template) {
        try (XWPFTemplate doc =
                XWPFTemplate.compile(new ByteArrayInputStream(template), configure(BriefingModel.Remainders.NONE))) {
            Set<String> names = new LinkedHashSet<>();
            collect(doc.getElementTemplates(), names);
            return names;
        } catch (IOException | RuntimeException e) {
            throw new BriefingTemplateException("briefing.template.notDocx", e);
        }
    }

    private static void collect(List<MetaTemplate> templates, Set<String> names) {
        for (MetaTemplate t : templates) {
            if (t instanceof BlockTemplate block) {
                names.add(block.getStartMark().getTagName());
                collect(block.getTemplates(), names);
            } else if (t instanceof ElementTemplate element) {
                names.add(element.getTagName());
            }
        }
    }

    private static Configure configure(BriefingModel.Remainders more) {
        return Configure.builder()
                .bind("indicators", new BoundedRowsPolicy(more.indicators().line()))
                .bind("good", new BoundedRowsPolicy(more.goodExamples().line()))
                .bind("laggingTasks", new BoundedRowsPolicy(more.laggingTasks().line()))
                .bind("laggingUnits", new BoundedRowsPolicy(more.laggingUnits().line()))
                .build();
    }

    static Map<String, Object> data(BriefingModel m) {
        Map<String, Object> d = new HashMap<>();
        d.put("header", m.header());
        d.put("number", m.documentNumber());
        d.put("title", m.title());
        d.put("addressees", m.addressees());
        d.put("intro", m.intro());
        d.put("overall", m.texts().overall());
        d.put("reports", m.texts().reports());
        d.put("issuer", m.issuer());
        d.put("date", m.issuedOnText());
        d.put("headingOverall", m.headings().overall());
        d.put("headingIndicators", m.headings().indicators());
        d.put("headingGood", m.headings().good());
        d.put("headingLagging", m.headings().lagging());
        d.put("headingLaggingTasks", m.headings().laggingTasks());
        d.put("headingLaggingUnits", m.headings().laggingUnits());
        d.put("headingNextSteps", m.headings().nextSteps());
        d.put("indicatorsLead", m.texts().indicatorsLead());
        d.put("goodLead", m.texts().goodLead());
        d.put("laggingTasksLead", m.texts().laggingTasksLead());
        d.put("laggingUnitsLead", m.texts().laggingUnitsLead());
        d.put(
                "indicators",
                rows(
                        m.indicators(),
                        l -> Map.of(
                                "task",
                                l.taskNumber(),
                                "indicator",
                                l.indicator(),
                                "target",
                                l.target(),
                                "actual",
                                l.actual(),
                                "expected",
                                l.expected(),
                                "light",
                                l.light())));
        d.put(
                "good",
                rows(
                        m.goodExamples(),
                        g -> Map.of(
                                "task",
                                g.taskNumber(),
                                "text",
                                g.text(),
                                "units",
                                g.units(),
                                "kind",
                                g.kind(),
                                "progress",
                                g.progress())));
        d.put(
                "laggingTasks",
                rows(
                        m.laggingTasks(),
                        t -> Map.of(
                                "task",
                                t.taskNumber(),
                                "text",
                                t.text(),
                                "lead",
                                t.leadUnit(),
                                "status",
                                t.status(),
                                "reason",
                                t.reason())));
        d.put(
                "laggingUnits",
                rows(
                        m.laggingUnits(),
                        u -> Map.of(
                                "unit",
                                u.unit(),
                                "red",
                                String.valueOf(u.red()),
                                "stagnant",
                                String.valueOf(u.stagnant()),
                                "late",
                                String.valueOf(u.late()),
                                "missing",
                                String.valueOf(u.missing()))));
        d.put("nextSteps", m.nextSteps().stream().map(t -> Map.of("text", t)).toList());
        return d;
    }

    /** Each row with its 1-based number {@code no}. */
    private static <T> List<Map<String, Object>> rows(List<T> items, Function<T, Map<String, String>> fields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> row = new HashMap<>(fields.apply(items.get(i)));
            row.put("no", String.valueOf(i + 1));
            rows.add(row);
        }
        return rows;
    }

    /**
     * @return a briefing with one row and a 及其他 N 项 line in every table, to check that a template renders
     */
    static BriefingModel sample() {
        java.time.LocalDate day = java.time.LocalDate.of(2022, 6, 30);
        BriefingModel.Remainder more = new BriefingModel.Remainder(1, "x");
        return new BriefingModel(
                0,
                0,
                "x",
                "x",
                "x",
                "x",
                "x",
                new BriefingModel.Headings("x", "x", "x", "x", "x", "x", "x"),
                new BriefingModel.Overview(day, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0),
                new BriefingModel.Texts("x", "x", "x", "x", "x", "x"),
                List.of(new BriefingModel.IndicatorLine("1", "x", "x", "x", "x", "x")),
                List.of(new BriefingModel.GoodExample("1", "x", "x", "x", "x")),
                List.of(new BriefingModel.LaggingTask("1", "x", "x", "x", "x")),
                List.of(new BriefingModel.LaggingUnit("x", 1, 0, 0, 1)),
                new BriefingModel.Remainders(more, more, more, more),
                List.of("x"),
                "x",
                day,
                "x");
    }

    private static void dropEmptyTables(XWPFDocument doc) {
        for (XWPFTable table : new ArrayList<>(doc.getTables())) {
            if (table.getNumberOfRows() <= 1) {
                doc.removeBodyElement(doc.getPosOfTable(table));
            }
        }
    }
}
