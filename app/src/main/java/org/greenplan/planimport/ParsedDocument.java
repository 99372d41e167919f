package org.greenplan.planimport;

import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.plan.draft.PlanSourceFile;

/**
 * A document read and parsed, not yet stored.
 *
 * @param source the original file with its SHA-256 and extracted text
 * @param plan   what the parser read
 */
public record ParsedDocument(PlanSourceFile source, ParsedPlan plan) {}
