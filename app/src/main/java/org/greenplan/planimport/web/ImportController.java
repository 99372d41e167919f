package org.greenplan.planimport.web;

import java.io.IOException;
import java.io.InputStream;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.PlanSummary;
import org.greenplan.planimport.DuplicateImportException;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.ImportResult;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.planimport.ReviewService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload → review (source beside the parse) → publish. */
@Controller
class ImportController {
    static final String SAMPLE = "samples/suzhou-2022-green-development-work-points.txt";

    private final PlanImporter importer;
    private final PlanCatalog catalog;
    private final PlanStore store;
    private final ReviewService review;
    private final MessageSource messages;
    private final UnitDirectory directory;

    ImportController(
            PlanImporter importer,
            PlanCatalog catalog,
            PlanStore store,
            ReviewService review,
            MessageSource messages,
            UnitDirectory directory) {
        this.directory = directory;
        this.importer = importer;
        this.catalog = catalog;
        this.store = store;
        this.review = review;
        this.messages = messages;
    }

    @PostMapping("/imports")
    String processUpload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("error", message("import.noFile"));
            return "redirect:/";
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = importer.readUpload(in, file.getSize(), fileName(file));
        } catch (ImportRejectedException tooLarge) {
            return refused(tooLarge, redirect);
        }
        return importDocument(bytes, fileName(file), redirect);
    }

    @PostMapping("/imports/sample")
    String processSampleImport(RedirectAttributes redirect) throws IOException {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return importDocument(in.readAllBytes(), "suzhou-2022-green-development-work-points.txt", redirect);
        }
    }

    @GetMapping("/plans/{planId}/review")
    String showReview(@PathVariable long planId, @RequestParam(required = false) String duplicate, Model model) {
        if (duplicate != null) {
            model.addAttribute("notice", message("import.duplicate"));
        }
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        ReviewPage.fill(model, plan, catalog, directory, messages);
        return "planimport/review";
    }

    @PostMapping("/plans/{planId}/publish")
    String processPublish(@PathVariable long planId, RedirectAttributes redirect) {
        try {
            store.publish(planId);
            redirect.addFlashAttribute("notice", message("publish.done"));
        } catch (PlanStateException alreadyPublished) {
            redirect.addFlashAttribute("notice", message("publish.already"));
        }
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/discard")
    String processDiscard(
            @PathVariable long planId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            review.discard(planId, reason);
            redirect.addFlashAttribute("notice", message("discard.done"));
            return "redirect:/";
        } catch (PlanStateException published) {
            redirect.addFlashAttribute("error", message("discard.published"));
            return "redirect:/plans/" + planId;
        }
    }

    private String importDocument(byte[] bytes, String fileName, RedirectAttributes redirect) {
        try {
            ImportResult result = importer.importDraft(bytes, fileName);
            redirect.addFlashAttribute(
                    "notice", message("import.done", result.title(), result.tasks(), result.units()));
            return "redirect:/plans/" + result.planId() + "/review";
        } catch (DuplicateImportException duplicate) {
            redirect.addFlashAttribute("notice", message("import.duplicate"));
            return "redirect:/plans/" + duplicate.existingPlanId()
                    + (catalog.plan(duplicate.existingPlanId())
                                    .map(PlanSummary::published)
                                    .orElse(false)
                            ? ""
                            : "/review");
        } catch (ImportRejectedException rejected) {
            return refused(rejected, redirect);
        }
    }

    private String refused(ImportRejectedException rejected, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "error", message("import.rejected", messages.getMessage(rejected, LocaleContextHolder.getLocale())));
        return "redirect:/";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name.replaceAll(".*[/\\\\]", "");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
