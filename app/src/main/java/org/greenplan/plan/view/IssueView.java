package org.greenplan.plan.view;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A parse issue recorded at import, rendered from the message bundles by its code and arguments.
 *
 * @param line     1-based line in the source text
 * @param column   1-based column
 * @param severity INFO (a note, see {@link #isNote()}), WARNING or ERROR
 * @param code     the message key ({@code parse.issue.NO_TASKS}); null for issues stored before codes
 *                 were kept, which show their message as it is
 * @param args     the key's arguments
 * @param message  what is wrong, in the office's Chinese as stored at import (the default text)
 */
public record IssueView(int line, int column, String severity, String code, List<String> args, String message)
        implements MessageSourceResolvable {

    public IssueView {
        args = List.copyOf(args);
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return message;
    }

    /**
     * @return true for an INFO note (web-page furniture removed and the like): information only, listed on the
     *         review page but not an issue to check
     */
    public boolean isNote() {
        return "INFO".equals(severity);
    }

    /** @return this issue with its message rendered in the reader's language */
    public IssueView withMessage(String rendered) {
        return new IssueView(line, column, severity, code, args, rendered);
    }
}
