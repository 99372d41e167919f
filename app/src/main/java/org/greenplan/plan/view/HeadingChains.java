package org.greenplan.plan.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up the chain of headings above a node (part, then section, …) within one plan. */
public final class HeadingChains {
    private final Map<Long, HeadingView> byId = new HashMap<>();

    /** @param headings all headings of one plan */
    public HeadingChains(List<HeadingView> headings) {
        headings.forEach(h -> byId.put(h.id(), h));
    }

    /**
     * @param nodeId a heading id, or null
     * @return the headings from the top down to {@code nodeId} inclusive; empty for null or unknown ids
     */
    public List<HeadingView> chain(Long nodeId) {
        List<HeadingView> chain = new ArrayList<>();
        for (HeadingView h = nodeId == null ? null : byId.get(nodeId);
                h != null;
                h = h.parentId() == null ? null : byId.get(h.parentId())) {
            chain.add(0, h);
        }
        return chain;
    }
}
