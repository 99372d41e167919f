package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the ruled tables of a page from its {@link PdfRulings.Ruling}s: rulings that touch one another form
 * a table; the distinct x of its vertical rulings are its column edges and the distinct y of its horizontal
 * rulings its row edges. Two neighbouring places of that grid with no ruling between them are one merged
 * cell (a 类别 cell spanning rows, a header spanning columns). A frame of one column (a boxed paragraph) is
 * no table.
 */
final class RuledGrids {

    /** Rulings this close (points) are one edge, and touch. */
    static final double TOLERANCE = 2.0;

    private RuledGrids() {}

    /** @return the page's ruled tables, top to bottom */
    static List<RuledGrid> find(List<PdfRulings.Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Integer> horizontal = new ArrayList<>();
        List<Integer> vertical = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (rulings.get(i).horizontal() ? horizontal : vertical).add(i);
        }
        vertical.sort(Comparator.comparingDouble(i -> rulings.get(i).x1()));
        for (int h : horizontal) {
            PdfRulings.Ruling line = rulings.get(h);
            int from = firstAtOrRightOf(vertical, rulings, line.x1() - TOLERANCE);
            for (int k = from; k < vertical.size(); k++) {
                PdfRulings.Ruling v = rulings.get(vertical.get(k));
                if (v.x1() > line.x2() + TOLERANCE) {
                    break;
                }
                if (line.y1() >= v.y1() - TOLERANCE && line.y1() <= v.y2() + TOLERANCE) {
                    union(parent, h, vertical.get(k));
                }
            }
        }
        List<List<PdfRulings.Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        List<RuledGrid> grids = new ArrayList<>();
        for (List<PdfRulings.Ruling> group : groups) {
            RuledGrid grid = RuledGrid.of(group);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(RuledGrid::top));
        return grids;
    }

    private static int firstAtOrRightOf(List<Integer> sorted, List<PdfRulings.Ruling> rulings, double x) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (rulings.get(sorted.get(mid)).x1() < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
