package org.greenplan.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.progress.ReportAttachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence attachments through {@link ReportAttachments}: pdf, docx, xlsx, jpg or png, the type told from
 * the content, at most {@code greenplan.attachments.max-bytes}; uploaded as multipart field {@code file}.
 */
@RestController
@Tag(name = "Attachments", description = "Evidence files of progress reports")
class AttachmentApiController {
    private final ReportAttachments attachments;
    private final CurrentActor current;

    AttachmentApiController(ReportAttachments attachments, CurrentActor current) {
        this.attachments = attachments;
        this.current = current;
    }

    @PostMapping(path = "/api/reports/{reportId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file to an editable report (multipart field: file)")
    ReportJson.File attach(@PathVariable long reportId, @RequestParam("file") MultipartFile file) throws IOException {
        Actor actor = current.require();
        try (InputStream in = file.getInputStream()) {
            return ReportJson.File.of(attachments.attach(actor, reportId, file.getOriginalFilename(), in));
        }
    }

    @DeleteMapping("/api/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an attachment from a report the caller's unit may still edit")
    void remove(@PathVariable long attachmentId) {
        attachments.remove(current.require(), attachmentId);
    }

    @GetMapping("/api/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment (always as a download, never inline)")
    ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) {
        return attachments.open(current.require(), attachmentId).asHttpDownload();
    }
}
