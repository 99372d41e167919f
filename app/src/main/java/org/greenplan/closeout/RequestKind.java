package org.greenplan.closeout;

/** What a request asks the office for. */
public enum RequestKind {
    /** 销号: close the task out as completed, with evidence. */
    CLOSEOUT,
    /** 取消: cancel the task. */
    CANCELLATION,
    /** 调整: change the task's wording, deadline or a target's value. */
    ADJUSTMENT;

    /** @return whether an approval ends the task (close-out and cancellation) */
    public boolean endsTask() {
        return this != ADJUSTMENT;
    }
}
