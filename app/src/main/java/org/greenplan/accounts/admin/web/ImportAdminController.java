package org.greenplan.accounts.admin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenplan.accounts.admin.AccountRefusal;
import org.greenplan.accounts.admin.BulkImports;
import org.greenplan.accounts.admin.ImportKind;
import org.greenplan.accounts.admin.ImportPreview;
import org.greenplan.accounts.admin.ImportWorkbooks;
import org.greenplan.accounts.admin.UserAdministration;
import org.greenplan.shared.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import of units and users (批量导入) under {@code /admin/imports}: templates, upload → preview,
 * confirm → result with one-time passwords (shown once; the download posts them back, nothing keeps them).
 */
@Controller
class ImportAdminController {
    private final BulkImports imports;
    private final ImportWorkbooks workbooks;
    private final UserAdministration users;

    ImportAdminController(BulkImports imports, ImportWorkbooks workbooks, UserAdministration users) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.users = users;
    }

    @GetMapping("/admin/imports")
    String showImports() {
        return "admin/imports";
    }

    @GetMapping("/admin/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> downloadTemplate(@PathVariable String kind, Locale locale) {
        ImportKind importKind = kind(kind);
        byte[] template = workbooks.template(importKind, locale, users.grantableRoles(), users.regionScoped());
        return xlsx(template, kind + "-template.xlsx");
    }

    @PostMapping("/admin/imports/{kind}")
    String processUpload(
            @PathVariable String kind,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("refusal", "import.file.missing");
            return "redirect:/admin/imports";
        }
        try {
            ImportPreview preview = imports.upload(kind(kind), file.getOriginalFilename(), file.getInputStream());
            return "redirect:/admin/imports/" + preview.token();
        } catch (AccountRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problems().get(0).code());
            redirect.addFlashAttribute("refusalArgs", refusal.problems().get(0).arguments());
            return "redirect:/admin/imports";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/admin/imports/{token}")
    String showPreview(@PathVariable String token, Model model) {
        model.addAttribute("preview", imports.preview(token));
        return "admin/import-preview";
    }

    @PostMapping("/admin/imports/{token}/confirm")
    String processConfirm(@PathVariable String token, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("result", imports.confirm(token));
            return "admin/import-result";
        } catch (AccountRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problems().get(0).code());
            return "redirect:/admin/imports/" + token;
        }
    }

    @PostMapping("/admin/imports/passwords.xlsx")
    ResponseEntity<byte[]> downloadPasswords(
            @RequestParam List<String> username,
            @RequestParam List<String> displayName,
            @RequestParam List<String> unit,
            @RequestParam List<String> password,
            Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < username.size(); i++) {
            rows.add(List.of(username.get(i), at(displayName, i), at(unit, i), at(password, i)));
        }
        return xlsx(workbooks.passwords(rows, locale), "passwords.xlsx");
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static ImportKind kind(String kind) {
        return switch (kind) {
            case "units" -> ImportKind.UNITS;
            case "users" -> ImportKind.USERS;
            default -> throw new java.util.NoSuchElementException("no import of " + kind);
        };
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
        return Downloads.attachment(fileName, Downloads.XLSX)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
