package org.greenplan.planimport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.organisation.ResolvedUnit;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.UnitAssignment;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.draft.Drafts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an issued document as a plan: checks size and duplicates, reads and parses it, resolves
 * its units against the directory and stores a DRAFT plan with the original file — all in one
 * transaction, so a rejected document leaves nothing behind.
 */
@Service
public class PlanImporter {
    private final DocumentParsing parsing;
    private final UnitDirectory directory;
    private final Drafts drafts;
    private final PlanStore store;
    private final PlanCatalog catalog;

    PlanImporter(
            DocumentParsing parsing, UnitDirectory directory, Drafts drafts, PlanStore store, PlanCatalog catalog) {
        this.parsing = parsing;
        this.directory = directory;
        this.drafts = drafts;
        this.store = store;
        this.catalog = catalog;
    }

    /**
     * Reads an upload from its stream within the size limit ({@code greenplan.import.max-bytes}),
     * before anything is stored.
     *
     * @see DocumentParsing#readUpload(java.io.InputStream, long, String)
     */
    public byte[] readUpload(java.io.InputStream in, long declaredSize, String fileName) {
        return parsing.readUpload(in, declaredSize, fileName);
    }

    /**
     * Imports a document as a DRAFT plan for the office to review.
     *
     * @param bytes    the file as uploaded
     * @param fileName its name (used in messages only; the type is detected from the bytes)
     * @return what was stored
     * @throws ImportRejectedException   when the file is empty, too large, not a readable document, has
     *                                   no recognisable task, or has an ERROR parse issue (truncated)
     * @throws DuplicateImportException  when the current office's region imported the same bytes before
     */
    @Transactional
    public ImportResult importDraft(byte[] bytes, String fileName) {
        return importDraft(bytes, fileName, ImportProgress.NONE);
    }

    /**
     * Same as {@link #importDraft(byte[], String)}, telling {@code progress} each stage it enters.
     */
    @Transactional
    public ImportResult importDraft(byte[] bytes, String fileName, ImportProgress progress) {
        return importDraft(bytes, fileName, importRegion(), progress);
    }

    /**
     * Imports into a region named by the caller: a background import ({@link ImportJobs}) runs without the
     * signed-in office, so the office's region is read ({@link #importRegion()}) before it starts.
     *
     * @param regionId the region the plan belongs to; the same bytes are imported once per region, and a
     *                 duplicate names only that region's plan (another region's office could not open it)
     * @throws DuplicateImportException when the region imported the same bytes before
     * @see #importDraft(byte[], String)
     */
    @Transactional
    public ImportResult importDraft(byte[] bytes, String fileName, long regionId, ImportProgress progress) {
        progress.entered(ImportStage.READING);
        catalog.planBySourceSha256(regionId, DocumentParsing.sha256(bytes)).ifPresent(existing -> {
            throw new DuplicateImportException(existing.id(), existing.title());
        });
        progress.entered(ImportStage.PARSING);
        ParsedDocument document = parsing.parse(bytes, fileName);
        ImportResult result = store(regionId, document, progress);
        progress.entered(ImportStage.DONE);
        return result;
    }

    /**
     * @return the region the current office imports into: a county or district office's own region, else the
     *         city ({@link UnitDirectory#defaultRegion()})
     */
    public long importRegion() {
        return directory.defaultRegion().id();
    }

    /**
     * Imports and publishes at once (the command line's {@code import}).
     *
     * @see #importDraft(byte[], String)
     */
    @Transactional
    public ImportResult importAndPublish(byte[] bytes, String fileName) {
        ImportResult result = importDraft(bytes, fileName);
        store.publish(result.planId());
        return result;
    }

    private ImportResult store(long regionId, ParsedDocument document, ImportProgress progress) {
        progress.entered(ImportStage.RESOLVING_UNITS);
        ParsedPlan plan = document.plan();
        List<ResolvedUnit> units = directory.resolveAll(regionId, printedUnitNames(plan));
        Map<String, Long> unitIds =
                units.stream().collect(Collectors.toMap(ResolvedUnit::printedName, ResolvedUnit::unitId));
        progress.entered(ImportStage.STORING);
        List<Long> sameTitle = plan.title() == null
                ? List.of()
                : catalog.plansLike(regionId, plan.title(), plan.issuedDate()).stream()
                        .map(org.greenplan.plan.PlanSummary::id)
                        .toList();
        try {
            long planId = drafts.store(regionId, DraftMapping.toDraft(plan, unitIds), document.source());
            List<String> created = units.stream()
                    .filter(ResolvedUnit::created)
                    .map(ResolvedUnit::printedName)
                    .toList();
            Set<Long> distinct = Set.copyOf(unitIds.values());
            return new ImportResult(
                    planId, plan.title(), plan.tasks().size(), distinct.size(), created, warnings(plan), sameTitle);
        } catch (DuplicateKeyException raced) {
            throw new ImportRejectedException(null, ImportRejectedException.reason("import.refusal.busy", null));
        }
    }

    private static Set<String> printedUnitNames(ParsedPlan plan) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedTask task : plan.tasks()) {
            task.units().stream().map(UnitAssignment::name).forEach(names::add);
        }
        return names;
    }

    private static List<ParseIssue> warnings(ParsedPlan plan) {
        return plan.issues().stream()
                .filter(i -> i.severity() != ParseIssue.Severity.ERROR)
                .toList();
    }
}
