package org.greenplan.planimport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Runs imports in the background so the page can show a progress bar. Each import is still one
 * transaction ({@link PlanImporter}); only its progress is kept here, in memory, for an hour. With
 * several app nodes, the page that started a job must reach the same node (sticky sessions).
 */
@Service
public class ImportJobs {
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final PlanImporter importer;
    private final Executor executor;
    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();

    ImportJobs(PlanImporter importer, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.importer = importer;
        this.executor = executor;
    }

    private record Entry(ImportJob job, Instant updated) {}

    /**
     * Starts importing a document as a draft, into the region of the office that started it.
     *
     * @return the job, at its first stage
     */
    public ImportJob start(byte[] bytes, String fileName) {
        forgetOldJobs();
        String id = UUID.randomUUID().toString();
        ImportJob job = new ImportJob(id, ImportStage.READING, null, null, null);
        put(job);
        // the worker thread has no signed-in office: its region is read here, in the request
        long regionId = importer.importRegion();
        executor.execute(() -> run(job, bytes, fileName, regionId));
        return job;
    }

    /**
     * Records an upload refused before its import could start (too large), so that the progress bar
     * says why like any other refusal.
     *
     * @return the finished job carrying the refusal
     */
    public ImportJob refused(ImportRejectedException rejected) {
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), ImportStage.READING, null, rejected, null);
        put(job);
        return job;
    }

    /** @return the job's latest state, if it is known to this node */
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Entry::job);
    }

    private void run(ImportJob job, byte[] bytes, String fileName, long regionId) {
        Consumer<ImportJob> update = this::put;
        try {
            // DONE is set below, with the plan's id, once the import's transaction has committed: a job shown DONE
            // without a plan id would end the progress bar with nowhere to go
            ImportResult result = importer.importDraft(bytes, fileName, regionId, stage -> {
                if (stage != ImportStage.DONE) {
                    update.accept(current(job).at(stage));
                }
            });
            put(new ImportJob(job.id(), ImportStage.DONE, result.planId(), null, null));
        } catch (ImportRejectedException rejected) {
            put(new ImportJob(job.id(), current(job).stage(), null, rejected, null));
        } catch (DuplicateImportException duplicate) {
            put(new ImportJob(job.id(), current(job).stage(), null, null, duplicate.existingPlanId()));
        } catch (RuntimeException unexpected) {
            log.error("Import {} of {} failed", job.id(), fileName, unexpected);
            put(new ImportJob(job.id(), current(job).stage(), null, unexpectedFailure(job, fileName), null));
        }
    }

    /**
     * What the user reads when an import fails for a reason of ours: the file and a reference to the
     * log entry, never the exception's text (which may carry SQL).
     */
    private static MessageSourceResolvable unexpectedFailure(ImportJob job, String fileName) {
        return new DefaultMessageSourceResolvable(
                new String[] {"import.failed"}, new Object[] {fileName, job.id().substring(0, 8)}, null);
    }

    private ImportJob current(ImportJob job) {
        return find(job.id()).orElse(job);
    }

    private void put(ImportJob job) {
        jobs.put(job.id(), new Entry(job, Instant.now()));
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(e -> e.updated().isBefore(cutoff));
    }
}
