package org.greenplan.reminders;

import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Renders a 催办单 to Word (.docx) with poi-tl from a template: by default the one shipped in {@code
 * reminders/urging-template.docx} (红头 with the issuing office, the number, title 督办催办单, 受文单位, 督办事项,
 * the message in 仿宋, the reply date, the office and date, page numbers), replaceable with {@code
 * greenplan.reminders.urging-template=file:/path/to/own.docx} using the same tags: {@code {{issuer}}, {{number}},
 * {{units}}, {{about}}, {{plan}}, {{message}}, {{reply}}, {{office}}, {{date}}, {{issuedBy}}}.
 *
 * <p>The 红头 and the signing office ({@code {{issuer}}}, {@code {{office}}}) are, as for the briefing: {@code
 * greenplan.reminders.issuer} when configured; else the office that issued the urged plan, as its document names it
 * (a database holding several cities' plans urges in each city's own name); else the office of the configured region
 * ({@code greenplan.region}).
 */
@Component
public class UrgingDocument {
    private final Resource template;
    /** {@code greenplan.reminders.issuer}, or null when not configured. */
    private final String issuer;

    private final String regionIssuer;
    private final MessageSource messages;
    private final PlanCatalog plans;
    private final ZoneId zone;

    UrgingDocument(
            @Value("${greenplan.reminders.urging-template:classpath:reminders/urging-template.docx}") Resource template,
            @Value("${greenplan.reminders.issuer:}") String issuer,
            @Value("${greenplan.region}") String region,
            MessageSource messages,
            PlanCatalog plans,
            Clock clock) {
        this.template = template;
        this.messages = messages;
        this.issuer = issuer.isBlank() ? null : issuer;
        // 宿州市绿色发展行动专项小组办公室 for a plan whose document names no issuer
        this.regionIssuer = text("reminders.urging.issuer", region);
        this.plans = plans;
        this.zone = clock.getZone();
    }

    /**
     * @param number the printed number, e.g. 催办〔2022〕第3号
     * @return the .docx bytes
     * @throws UncheckedIOException when the template cannot be read
     */
    public byte[] render(Urging urging, String number) {
        Optional<PlanSummary> plan = plans.plan(urging.planId());
        String issuer = issuer(plan);
        Map<String, Object> data = new HashMap<>();
        data.put("issuer", issuer);
        data.put("number", number);
        data.put("units", String.join("、", urging.unitNames())); // the template prints the label 受文单位： before them
        data.put(
                "about",
                urging.taskId() == null
                        ? text("reminders.urging.aboutPlan")
                        : text("reminders.urging.about", urging.taskNumber(), urging.taskText()));
        data.put("plan", plan.map(PlanSummary::title).orElse(""));
        data.put("message", urging.message());
        data.put("reply", urging.replyBy() == null ? "" : text("reminders.urging.replyBy", urging.replyBy()));
        data.put("office", issuer);
        LocalDate issued = LocalDate.ofInstant(urging.issuedAt(), zone);
        data.put(
                "date",
                text("reminders.urging.date", issued.getYear(), issued.getMonthValue(), issued.getDayOfMonth()));
        data.put("issuedBy", urging.issuedBy());
        try (InputStream in = template.getInputStream();
                XWPFTemplate document = XWPFTemplate.compile(in).render(data);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the urging from " + template, e);
        }
    }

    private String issuer(Optional<PlanSummary> plan) {
        if (issuer != null) {
            return issuer;
        }
        return plan.map(PlanSummary::issuer)
                .filter(name -> !name.isBlank())
                .map(String::strip)
                .orElse(regionIssuer);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
