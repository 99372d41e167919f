package org.greenplan.assessment;

/** Where an assessment round stands. */
public enum RoundState {
    /** Units submit self-assessments; the office reviews them and may enter bonuses. */
    OPEN,
    /** The result is published: read-only, scores final. */
    PUBLISHED
}
