package org.greenplan.planimport;

import java.util.List;
import org.greenplan.parser.plan.ParseIssue;

/**
 * A document that cannot be imported. The message says what is wrong and where
 * ({@code 文件名:行:列: 说明}); nothing was stored.
 */
public class ImportRejectedException extends RuntimeException {
    private final transient List<ParseIssue> issues;

    ImportRejectedException(String message, List<ParseIssue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    ImportRejectedException(String message) {
        this(message, List.of());
    }

    /** @return the parse issues that caused the rejection; empty when the file could not be read at all */
    public List<ParseIssue> issues() {
        return issues;
    }
}
