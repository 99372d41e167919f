package org.greenplan.parser.plan;

import java.util.List;

/**
 * What one unit clause says.
 *
 * @param units                 the units in printed order, with roles as the clause marks them
 * @param statesFirstListedRule whether the clause states 列第一位者为牵头单位 (or a variant)
 * @param otherPhrases          segments that are neither units nor rules, e.g. 6月底完成
 */
record UnitClause(List<UnitAssignment> units, boolean statesFirstListedRule, List<String> otherPhrases) {}
