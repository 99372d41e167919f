package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * One ruled table on a PDF page: its column edges, row edges and cells (grid places joined where no ruling
 * separates them), and the glyphs that fall in each cell. Its {@link #rows()} have the shape the docx reader
 * gives a Word table ({@link DocxTable}): a cell spanning columns is one cell with its column span; a cell
 * spanning rows has its row span on the first row and a copy of its text, marked as continuing, in each row
 * below.
 */
final class RuledGrid {

    /** More grid places than this (a hatched drawing, not a table) are not read as a table. */
    static final int MAX_PLACES = 10_000;
    /** Horizontal gap, in font sizes, read as a space between words of one cell. */
    private static final double SPACE_GAP = 0.2;

    /** A cell: the grid places it covers and its glyphs. */
    private static final class Cell {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        final List<TextPosition> glyphs = new ArrayList<>();
    }

    private final double[] xs;
    private final double[] ys;
    private final int[][] owner;
    private final List<Cell> cells;

    private RuledGrid(double[] xs, double[] ys, int[][] owner, List<Cell> cells) {
        this.xs = xs;
        this.ys = ys;
        this.owner = owner;
        this.cells = cells;
    }

    /** @return the grid the rulings draw, or null when they frame fewer than two columns */
    static RuledGrid of(List<PdfRulings.Ruling> rulings) {
        List<PdfRulings.Ruling> horizontal =
                rulings.stream().filter(PdfRulings.Ruling::horizontal).toList();
        List<PdfRulings.Ruling> vertical =
                rulings.stream().filter(r -> !r.horizontal()).toList();
        double[] xs = edges(vertical.stream().mapToDouble(PdfRulings.Ruling::x1).toArray());
        double[] ys =
                edges(horizontal.stream().mapToDouble(PdfRulings.Ruling::y1).toArray());
        if (xs.length < 3 || ys.length < 2 || (long) xs.length * ys.length > MAX_PLACES) {
            return null;
        }
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            double middle = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < columns; c++) {
                if (!covered(vertical, xs[c + 1], middle, false)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            double middle = (xs[c] + xs[c + 1]) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!covered(horizontal, ys[r + 1], middle, true)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        return build(xs, ys, parent);
    }

    private static RuledGrid build(double[] xs, double[] ys, int[] parent) {
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        int[][] owner = new int[rows][columns];
        int[] idOfRoot = new int[parent.length];
        Arrays.fill(idOfRoot, -1);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int root = find(parent, r * columns + c);
                if (idOfRoot[root] < 0) {
                    idOfRoot[root] = cells.size();
                    cells.add(new Cell());
                }
                Cell cell = cells.get(idOfRoot[root]);
                cell.top = Math.min(cell.top, r);
                cell.bottom = Math.max(cell.bottom, r);
                cell.left = Math.min(cell.left, c);
                cell.right = Math.max(cell.right, c);
                owner[r][c] = idOfRoot[root];
            }
        }
        return new RuledGrid(xs, ys, owner, cells);
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    /** @return the x of the column edges, left to right */
    double[] columnEdges() {
        return xs.clone();
    }

    /** @return whether any glyph fell in the table */
    boolean hasText() {
        return cells.stream().anyMatch(cell -> !cell.glyphs.isEmpty());
    }

    /** @return true when the glyph's centre lies in the table, which then keeps it in its cell */
    boolean take(TextPosition glyph) {
        double x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        double y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
        int column = slot(xs, x);
        int row = slot(ys, y);
        if (column < 0 || row < 0) {
            return false;
        }
        cells.get(owner[row][column]).glyphs.add(glyph);
        return true;
    }

    /** @return the rows, top to bottom; a row where no cell starts (all merged with the row above) is left out */
    List<List<TableCell>> rows() {
        String[] texts = cells.stream().map(RuledGrid::text).toArray(String[]::new);
        List<List<TableCell>> rows = new ArrayList<>();
        for (int r = 0; r < owner.length; r++) {
            List<TableCell> row = new ArrayList<>();
            boolean starts = false;
            for (int c = 0; c < owner[r].length; c++) {
                Cell cell = cells.get(owner[r][c]);
                if (cell.left != c) {
                    continue;
                }
                int colSpan = cell.right - cell.left + 1;
                String text = texts[owner[r][c]];
                if (cell.top == r) {
                    starts = true;
                    row.add(new TableCell(text, cell.bottom - cell.top + 1, colSpan, false));
                } else {
                    row.add(new TableCell(text, 1, colSpan, true));
                }
            }
            if (starts) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A cell's text: its glyphs in lines by their baselines, the pieces of a line joined (a space between
     * Latin words), its lines joined as a wrapped paragraph's; a line filled to the cell's width that broke
     * inside a number or a word ({@code 2022年1} / {@code 2月底}) is joined without a space.
     */
    private static String text(Cell cell) {
        List<List<TextPosition>> lines = lines(cell.glyphs);
        double widest = lines.stream().mapToDouble(RuledGrid::right).max().orElse(0);
        String text = "";
        boolean full = false;
        for (List<TextPosition> line : lines) {
            String piece = lineText(line);
            text = full && !text.isEmpty() && !piece.isEmpty() ? text + piece : TextJoin.join(text, piece);
            full = right(line) >= widest - size(line);
        }
        return TextJoin.dropSpacesBesideWide(TextJoin.oneLine(text));
    }

    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        double baseline = Double.NaN;
        for (TextPosition glyph : sorted) {
            if (lines.isEmpty() || glyph.getYDirAdj() - baseline > 0.5 * glyphSize(glyph)) {
                lines.add(new ArrayList<>());
                baseline = glyph.getYDirAdj();
            }
            lines.get(lines.size() - 1).add(glyph);
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    private static String lineText(List<TextPosition> line) {
        StringBuilder text = new StringBuilder();
        double end = line.get(0).getXDirAdj();
        double size = size(line);
        for (TextPosition glyph : line) {
            if (text.length() > 0 && glyph.getXDirAdj() - end > SPACE_GAP * size) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            end = Math.max(end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
        return TextJoin.dropSpacesBetweenWide(text.toString()).strip();
    }

    private static double right(List<TextPosition> line) {
        return line.stream()
                .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj())
                .max()
                .orElse(0);
    }

    private static double size(List<TextPosition> line) {
        return line.stream().mapToDouble(RuledGrid::glyphSize).max().orElse(12);
    }

    private static double glyphSize(TextPosition glyph) {
        return Math.max(glyph.getFontSizeInPt(), glyph.getHeightDir());
    }

    /** @return the index of the interval of {@code edges} holding {@code value}, or -1 outside them */
    private static int slot(double[] edges, double value) {
        if (value < edges[0] || value > edges[edges.length - 1]) {
            return -1;
        }
        int at = Arrays.binarySearch(edges, value);
        int slot = at >= 0 ? at : -at - 2;
        return Math.min(slot, edges.length - 2);
    }

    /** @return the distinct positions, rulings within {@link RuledGrids#TOLERANCE} taken as one */
    private static double[] edges(double[] positions) {
        Arrays.sort(positions);
        List<Double> edges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= positions.length; i++) {
            if (i == positions.length || positions[i] - positions[i - 1] > RuledGrids.TOLERANCE) {
                edges.add(Arrays.stream(positions, start, i).average().orElse(0));
                start = i;
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether a ruling lies along {@code at} across {@code middle} (a vertical one at x, or horizontal at y). */
    private static boolean covered(List<PdfRulings.Ruling> rulings, double at, double middle, boolean horizontal) {
        for (PdfRulings.Ruling ruling : rulings) {
            double position = horizontal ? ruling.y1() : ruling.x1();
            double from = horizontal ? ruling.x1() : ruling.y1();
            double to = horizontal ? ruling.x2() : ruling.y2();
            if (Math.abs(position - at) <= RuledGrids.TOLERANCE && from <= middle && to >= middle) {
                return true;
            }
        }
        return false;
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
