package org.greenplan.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Word template briefings are rendered with: the office's uploaded one, else the shipped default
 * ({@code briefing/default-template.docx}, laid out per GB/T 9704-2012). An upload is refused unless it is
 * a .docx of at most {@link #MAX_BYTES} whose tags are all the briefing's ({@link BriefingWord}) and into
 * which a sample briefing renders.
 */
@Service
public class BriefingTemplates {
    /** The largest template accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String DEFAULT_RESOURCE = "/briefing/default-template.docx";
    static final String DEFAULT_NAME = "default-template.docx";

    private final BriefingStore store;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    BriefingTemplates(BriefingStore store, AuditTrail audit, CurrentActor currentActor) {
        this.store = store;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    /**
     * The template in use.
     *
     * @param fileName   the uploaded file's name, or {@code default-template.docx}
     * @param content    its bytes
     * @param custom     whether the office uploaded it
     * @param uploadedBy who uploaded it, or null for the default
     * @param uploadedAt when, or null
     */
    public record Template(String fileName, byte[] content, boolean custom, String uploadedBy, Instant uploadedAt) {}

    /** @return the office's template, else the shipped default */
    @Transactional(readOnly = true)
    public Template current() {
        return store.template()
                .map(t -> new Template(t.fileName(), t.content(), true, t.uploadedBy(), t.uploadedAt()))
                .orElseGet(() -> new Template(DEFAULT_NAME, defaultTemplate(), false, null, null));
    }

    /**
     * Checks and stores a replacement template.
     *
     * @throws BriefingTemplateException when it is not a .docx, too large, uses a tag the briefing does not
     *                                   fill, has no tag at all, or fails to render a sample briefing
     * @throws AccessDeniedException     unless the office
     */
    @Transactional
    public void upload(String fileName, byte[] content) {
        Actor actor = requireOffice();
        check(fileName, content);
        store.saveTemplate(fileName, content, actor.displayName());
        audit.record(AuditSubject.of("BRIEFING_TEMPLATE", 1), "BRIEFING_TEMPLATE_UPLOADED", fileName, null);
    }

    /** Goes back to the shipped default; @return whether an uploaded template was removed */
    @Transactional
    public boolean reset() {
        requireOffice();
        boolean removed = store.deleteTemplate();
        if (removed) {
            audit.record(AuditSubject.of("BRIEFING_TEMPLATE", 1), "BRIEFING_TEMPLATE_RESET", null);
        }
        return removed;
    }

    static void check(String fileName, byte[] content) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new BriefingTemplateException("briefing.template.notDocxName", String.valueOf(fileName));
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new BriefingTemplateException("briefing.template.size", fileName, MAX_BYTES / (1024 * 1024));
        }
        Set<String> tags = BriefingWord.tags(content);
        Set<String> unknown = new TreeSet<>(tags);
        unknown.removeAll(BriefingWord.TEXT_TAGS);
        unknown.removeAll(BriefingWord.TABLE_TAGS);
        unknown.removeAll(BriefingWord.BLOCK_TAGS);
        if (!unknown.isEmpty()) {
            throw new BriefingTemplateException("briefing.template.unknownTags", fileName, String.join(", ", unknown));
        }
        if (tags.isEmpty()) {
            throw new BriefingTemplateException("briefing.template.noTags", fileName);
        }
        BriefingWord.render(content, BriefingWord.sample());
    }

    private Actor requireOffice() {
        Actor actor = currentActor.require();
        if (!actor.isOffice()) {
            throw new AccessDeniedException("office only: " + actor.username());
        }
        return actor;
    }

    static byte[] defaultTemplate() {
        try (InputStream in = BriefingTemplates.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
