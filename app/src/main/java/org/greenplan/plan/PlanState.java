package org.greenplan.plan;

/**
 * Life cycle of a plan: DRAFT while the office reviews an import, PUBLISHED once confirmed, WITHDRAWN
 * (撤回) when the office takes a published plan back; a withdrawn plan is kept with its history but
 * leaves the lists.
 */
public enum PlanState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
