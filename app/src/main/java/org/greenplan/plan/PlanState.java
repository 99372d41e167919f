package org.greenplan.plan;

/** Life cycle of a plan: DRAFT while the office reviews an import, PUBLISHED once confirmed. */
public enum PlanState {
    DRAFT,
    PUBLISHED
}
