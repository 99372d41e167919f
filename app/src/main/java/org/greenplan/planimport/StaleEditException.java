package org.greenplan.planimport;

/**
 * A correction made from a version of the task that someone else has saved over in the meantime
 * (optimistic locking). Nothing of the correction is saved; the form keeps what the user typed and
 * shows the other person's version.
 */
public class StaleEditException extends DraftEditException {
    private static final long serialVersionUID = 1L;

    private final long taskId;

    /**
     * @param taskId   the task
     * @param expected the version the user's form was made from
     */
    public StaleEditException(long taskId, int expected) {
        super("draft.stale", expected);
        this.taskId = taskId;
    }

    /** @return the task that was changed */
    public long taskId() {
        return taskId;
    }
}
