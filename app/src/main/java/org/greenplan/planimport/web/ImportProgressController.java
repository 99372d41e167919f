package org.greenplan.planimport.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.greenplan.plan.NotFoundException;
import org.greenplan.planimport.ImportJob;
import org.greenplan.planimport.ImportJobs;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.PlanImporter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Upload with a progress bar: htmx posts the file, gets a progress fragment back, and that fragment
 * listens to server-sent events ({@code progress} with the bar's HTML, then {@code done}) until the
 * import is finished; a plain form post (no JavaScript) is handled by {@link ImportController}.
 */
@Controller
class ImportProgressController {
    private static final long POLL_MILLIS = 150;
    private static final long TIMEOUT_MILLIS = 120_000;

    private final ImportJobs jobs;
    private final ITemplateEngine templates;
    private final Executor executor;
    private final MessageSource messages;
    private final PlanImporter importer;

    ImportProgressController(
            PlanImporter importer,
            ImportJobs jobs,
            ITemplateEngine templates,
            @Qualifier("applicationTaskExecutor") Executor executor,
            MessageSource messages) {
        this.messages = messages;
        this.importer = importer;
        this.jobs = jobs;
        this.templates = templates;
        this.executor = executor;
    }

    @PostMapping(path = "/imports", headers = "HX-Request")
    String processUploadWithProgress(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader("HX-Request") String htmx,
            Model model,
            HttpServletRequest request)
            throws IOException {
        model.addAttribute("base", request.getContextPath());
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            model.addAttribute("job", null);
            return "planimport/progress :: nofile";
        }
        String name = file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("job", jobs.start(importer.readUpload(in, file.getSize(), name), name));
        } catch (ImportRejectedException tooLarge) {
            model.addAttribute("job", jobs.refused(tooLarge));
        }
        return "planimport/progress :: listener";
    }

    /** Sends the page on to the review of the imported plan (or of the earlier identical one). */
    @GetMapping("/imports/jobs/{jobId}/result")
    org.springframework.http.ResponseEntity<Void> showResult(@PathVariable String jobId, HttpServletRequest request) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("error.notFound.import"));
        Long planId = job.succeeded() ? job.planId() : job.duplicateOf();
        if (planId == null) {
            return org.springframework.http.ResponseEntity.noContent().build();
        }
        String review =
                request.getContextPath() + "/plans/" + planId + "/review" + (job.succeeded() ? "" : "?duplicate");
        return org.springframework.http.ResponseEntity.noContent()
                .header("HX-Redirect", review)
                .build();
    }

    @GetMapping(path = "/imports/jobs/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter streamProgress(@PathVariable String jobId, HttpServletRequest request) {
        jobs.find(jobId).orElseThrow(() -> new NotFoundException("error.notFound.import"));
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Locale locale = LocaleContextHolder.getLocale();
        String base = request.getContextPath();
        executor.execute(() -> stream(jobId, emitter, locale, base));
        return emitter;
    }

    private void stream(String jobId, SseEmitter emitter, Locale locale, String base) {
        try {
            ImportJob last = null;
            for (long waited = 0; waited < TIMEOUT_MILLIS; waited += POLL_MILLIS) {
                ImportJob job = jobs.find(jobId).orElseThrow();
                if (!job.equals(last)) {
                    emitter.send(SseEmitter.event().name("progress").data(render(job, locale, base)));
                    last = job;
                }
                if (job.finished()) {
                    emitter.send(SseEmitter.event().name("done").data(""));
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            emitter.complete();
        } catch (IOException | RuntimeException gone) {
            emitter.completeWithError(gone);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    private String render(ImportJob job, Locale locale, String base) {
        String problem = job.problem() == null ? "" : messages.getMessage(job.problem(), locale);
        Context context = new Context(locale, Map.of("job", job, "base", base, "problem", problem));
        return templates.process("planimport/progress", Set.of("bar"), context).replace("\n", " ");
    }
}
