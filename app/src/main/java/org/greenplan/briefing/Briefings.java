package org.greenplan.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanSummary;
import org.greenplan.scheduling.DayPassed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Briefings (通报): generate a plan period's briefing as Word (from {@link BriefingTemplates}) and PDF,
 * store both with the counts they print, list and download them, and generate them by themselves on the
 * dates the office scheduled (at the daily {@link DayPassed}, which runs on one app node only).
 *
 * <p>The office generates and schedules; leaders read and download. Every number printed comes from
 * {@code supervision::Supervision} on the period's last day, the period's {@code
 * progress::SubmissionMatrix} and {@code targets::TargetTracking} ({@link BriefingModel}).
 */
@Service
public class Briefings {
    private static final Logger log = LoggerFactory.getLogger(Briefings.class);

    private final BriefingSources sources;
    private final BriefingStore store;
    private final BriefingTemplates templates;
    private final BriefingPdf pdf;
    private final BriefingComposer composer;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** {@code greenplan.briefing.header}, or null when not configured. */
    private final String header;

    private final String regionHeader;
    private final String numberPrefix;
    private final String addressees;

    Briefings(
            BriefingSources sources,
            BriefingStore store,
            BriefingTemplates templates,
            BriefingPdf pdf,
            MessageSource messages,
            AuditTrail audit,
            CurrentActor currentActor,
            TransactionTemplate tx,
            Clock clock,
            @Value("${greenplan.briefing.header:}") String header,
            @Value("${greenplan.briefing.number-prefix:}") String numberPrefix,
            @Value("${greenplan.briefing.addressees:}") String addressees,
            @Value("${greenplan.region}") String region) {
        this.sources = sources;
        this.store = store;
        this.templates = templates;
        this.pdf = pdf;
        this.composer = new BriefingComposer(messages);
        this.messages = messages;
        this.audit = audit;
        this.currentActor = currentActor;
        this.tx = tx;
        this.clock = clock;
        this.header = header.isBlank() ? null : header;
        this.regionHeader = doc("briefing.doc.header", region);
        this.numberPrefix = numberPrefix.isBlank() ? doc("briefing.doc.numberPrefix") : numberPrefix;
        this.addressees = addressees.isBlank() ? doc("briefing.doc.addressees") : addressees;
    }

    /** A downloadable file. */
    public record BriefingFile(String fileName, String mediaType, byte[] content) {}

    /**
     * Generates and stores the period's briefing now.
     *
     * @param nextSteps 下一步工作, one paragraph per line; blank gives {@link #defaultNextSteps()}
     * @return the stored briefing
     * @throws NotFoundException     when the plan or period does not exist (or the period is another plan's)
     * @throws AccessDeniedException unless the office
     * @throws BriefingTemplateException when the office's template fails to render
     */
    public BriefingSummary generate(long planId, long periodId, String nextSteps) {
        Actor actor = requireOffice();
        return generate(actor, planId, periodId, nextSteps, "MANUAL");
    }

    /** @return the sentence printed under 下一步工作 when the office writes none */
    public String defaultNextSteps() {
        return doc("briefing.doc.nextSteps.default");
    }

    /**
     * @param planId only this plan's, or null for all
     * @return stored briefings, newest first
     * @throws AccessDeniedException unless the office or a leader
     */
    public List<BriefingSummary> list(Long planId) {
        requireReader();
        return store.list(planId);
    }

    /**
     * @return the briefing's Word or PDF file, named after the plan, period and serial
     * @throws NotFoundException     when there is no such briefing
     * @throws AccessDeniedException unless the office or a leader
     */
    public BriefingFile file(long briefingId, BriefingFormat format) {
        requireReader();
        BriefingSummary b = store.find(briefingId).orElseThrow(() -> new NotFoundException("error.notFound.briefing"));
        byte[] content = store.file(briefingId, format).orElseThrow();
        String name = doc("briefing.fileName", b.planTitle(), b.periodLabel(), b.serial()) + "." + format.extension();
        return new BriefingFile(name.replaceAll("[\\\\/:*?\"<>|]", "_"), format.mediaType(), content);
    }

    /**
     * Sets (or moves) the day on which the period's briefing is generated by itself.
     *
     * @throws NotFoundException     when the period is not the plan's
     * @throws BriefingScheduleException when the date is missing or in the past
     * @throws AccessDeniedException unless the office
     */
    public long schedule(long planId, long periodId, LocalDate on, String nextSteps) {
        Actor actor = requireOffice();
        sources.period(planId, periodId);
        if (on == null || on.isBefore(LocalDate.now(clock))) {
            throw new BriefingScheduleException("briefing.schedule.pastDate");
        }
        return tx.execute(status -> {
            long id = store.schedule(planId, periodId, on, steps(nextSteps), actor.userId(), actor.displayName());
            audit.record(AuditSubject.of("BRIEFING_SCHEDULE", id), "BRIEFING_SCHEDULED", on.toString(), null);
            return id;
        });
    }

    /** Removes a pending schedule; @return whether one was removed */
    public boolean unschedule(long planId, long scheduleId) {
        requireOffice();
        return Boolean.TRUE.equals(tx.execute(status -> {
            boolean removed = store.unschedule(planId, scheduleId);
            if (removed) {
                audit.record(AuditSubject.of("BRIEFING_SCHEDULE", scheduleId), "BRIEFING_UNSCHEDULED", null);
            }
            return removed;
        }));
    }

    /** @return the schedules (pending and done), by date; null plan for all */
    public List<BriefingSchedule> schedules(Long planId) {
        requireReader();
        return store.schedules(planId);
    }

    /** Generates the briefings scheduled for the new day (and any a stopped server missed). */
    @EventListener
    void onDayPassed(DayPassed day) {
        generateDue(day.today());
    }

    /**
     * Generates every pending scheduled briefing due on or before {@code today}, each on behalf of the
     * office user who scheduled it; a failure is stored on its schedule and logged, and the others go on.
     *
     * @return how many were generated
     */
    public int generateDue(LocalDate today) {
        List<BriefingSchedule> due = store.schedules(null).stream()
                .filter(s -> s.pending() && !s.generateOn().isAfter(today))
                .toList();
        int done = 0;
        for (BriefingSchedule s : due) {
            done += runScheduled(s) ? 1 : 0;
        }
        return done;
    }

    private boolean runScheduled(BriefingSchedule s) {
        BriefingStore.Scheduler by = store.scheduler(s.id()).orElseThrow();
        Actor office = new Actor(by.userId(), "scheduler", by.displayName(), null, Set.of(Role.OFFICE_ADMIN), false);
        try {
            BriefingSummary b = generate(office, s.planId(), s.periodId(), s.nextSteps(), "SCHEDULED");
            tx.executeWithoutResult(status -> store.done(s.id(), b.id(), null));
            return true;
        } catch (RuntimeException e) {
            log.error("scheduled briefing {} (plan {}, period {}) failed", s.id(), s.planId(), s.periodId(), e);
            String code = e instanceof BriefingTemplateException t ? t.code() : "briefing.schedule.failed";
            tx.executeWithoutResult(status -> store.done(s.id(), null, code));
            return false;
        }
    }

    private BriefingSummary generate(Actor actor, long planId, long periodId, String nextSteps, String trigger) {
        BriefingComposer.Sources read = sources.read(actor, planId, periodId);
        BriefingTemplates.Template template = templates.current();
        return tx.execute(status -> {
            int serial = store.nextSerial(planId);
            BriefingModel model = composer.compose(
                    read,
                    new BriefingComposer.Issue(
                            header(read.plan()),
                            numberPrefix,
                            addressees,
                            serial,
                            LocalDate.now(clock),
                            paragraphs(steps(nextSteps))));
            byte[] docx = BriefingWord.render(template.content(), model);
            byte[] pdfBytes = pdf.render(model);
            long id = store.insert(
                    new BriefingStore.NewBriefing(
                            planId,
                            periodId,
                            model,
                            trigger,
                            actor.userId(),
                            actor.displayName(),
                            template.fileName(),
                            docx,
                            pdfBytes),
                    serial);
            audit.record(
                    AuditSubject.of("BRIEFING", id),
                    "BRIEFING_GENERATED",
                    read.period().label(),
                    null);
            return store.find(id).orElseThrow();
        });
    }

    /**
     * The 红头 (发文机关标志): the configured header; else the office that issued the plan, as its document names it
     * (a database holding several cities' plans heads each city's briefing by its own office); else the office of
     * the configured region ({@code greenplan.region}).
     */
    private String header(PlanSummary plan) {
        if (header != null) {
            return header;
        }
        return plan.issuer() == null || plan.issuer().isBlank()
                ? regionHeader
                : plan.issuer().strip();
    }

    private String steps(String nextSteps) {
        return nextSteps == null || nextSteps.isBlank() ? defaultNextSteps() : nextSteps.strip();
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private Actor requireOffice() {
        Actor actor = currentActor.require();
        if (!actor.isOffice()) {
            throw new AccessDeniedException("office only: " + actor.username());
        }
        return actor;
    }

    private void requireReader() {
        Actor actor = currentActor.require();
        if (!actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException("office and leaders only: " + actor.username());
        }
    }

    private String doc(String key, Object... args) {
        Object[] plain = Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, plain, BriefingComposer.DOCUMENT_LOCALE);
    }

    Optional<BriefingSummary> find(long id) {
        return store.find(id);
    }
}
