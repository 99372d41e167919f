package org.greenplan.planimport;

/** The same file (same SHA-256) was imported before; nothing new was stored. */
public class DuplicateImportException extends RuntimeException {
    private final long existingPlanId;

    DuplicateImportException(long existingPlanId, String existingTitle) {
        super("该文件已导入过，对应计划：" + existingTitle + "（编号 " + existingPlanId + "） "
                + "(this file was imported before as plan " + existingPlanId + ")");
        this.existingPlanId = existingPlanId;
    }

    /** @return the plan the file was imported as earlier */
    public long existingPlanId() {
        return existingPlanId;
    }
}
