package org.greenplan.database;

import java.nio.file.Path;

/**
 * Another running GreenPlan owns the embedded data directory, so this one cannot start its own
 * PostgreSQL there. Thrown at once (without waiting) when a web server ({@code serve}) finds the
 * directory held by another web server or by a command. {@link DataDirectoryInUseFailureAnalyzer}
 * prints who holds it instead of a stack trace, and {@code GreenPlanApplication} exits with
 * {@link #EXIT_CODE}.
 */
public class DataDirectoryInUseException extends IllegalStateException {
    /** Exit code of a {@code serve} refused because the data directory is in use. */
    public static final int EXIT_CODE = 4;

    private final transient Path dataDir;
    private final String holder;

    DataDirectoryInUseException(Path dataDir, String holder) {
        super("数据目录 " + dataDir + " 正被另一个 GreenPlan（" + holder + "）使用；请等它结束，或停止它后再试"
                + " (the data directory is in use by another GreenPlan: " + holder + ")");
        this.dataDir = dataDir;
        this.holder = holder;
    }

    /** The embedded data directory, absolute. */
    public Path dataDir() {
        return dataDir;
    }

    /** Who holds it, e.g. {@code serve (pid 4242)}, or {@code unknown} when no owner file names one. */
    public String holder() {
        return holder;
    }
}
