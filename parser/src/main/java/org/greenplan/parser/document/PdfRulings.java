package org.greenplan.parser.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a PDF page: the horizontal and vertical strokes a table's cell borders are drawn
 * with. Read from the page's line and rectangle operators ({@code m l S}, {@code re S}) and from thin filled
 * rectangles ({@code re f}, as Word's PDF export draws borders). Curves, clipping paths and larger filled
 * areas (shading) are no rulings. Coordinates are the text's: page units from the crop box's top left, y
 * growing downwards. A page whose content draws more than {@value #MAX_RULINGS} rulings (a map, a chart)
 * gives none, and its tables are read from the gaps between their text.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A ruling: horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}; ends ordered. */
    record Ruling(double x1, double y1, double x2, double y2) {
        boolean horizontal() {
            return y1 == y2;
        }

        double length() {
            return horizontal() ? x2 - x1 : y2 - y1;
        }
    }

    static final int MAX_RULINGS = 20_000;
    /** A filled rectangle at most this thick (points) is a border drawn as an area. */
    private static final double THIN = 2.5;
    /** A stroke this much off horizontal or vertical (points) is still read as straight. */
    private static final double SLANT = 1.0;
    /** Shorter strokes (points) are no cell border: underlines of glyphs, ticks. */
    private static final double SHORTEST = 4.0;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Point2D[]> segments = new ArrayList<>();
    private final double left;
    private final double bottom;
    private final double height;
    private Point2D start;
    private Point2D current;
    private boolean overflow;

    private PdfRulings(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        bottom = crop.getLowerLeftY();
        height = crop.getHeight();
    }

    /** @return the page's rulings; none for a rotated page or one drawing too many */
    static List<Ruling> of(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        PdfRulings engine = new PdfRulings(page);
        engine.processPage(page);
        return engine.overflow ? List.of() : List.copyOf(engine.rulings);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segments.add(new Point2D[] {p0, p1});
        segments.add(new Point2D[] {p1, p2});
        segments.add(new Point2D[] {p2, p3});
        segments.add(new Point2D[] {p3, p0});
        start = p0;
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        start = new Point2D.Float(x, y);
        current = start;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        if (current != null) {
            segments.add(new Point2D[] {current, to});
        }
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (start != null && current != null) {
            segments.add(new Point2D[] {current, start});
            current = start;
        }
    }

    @Override
    public void endPath() {
        segments.clear();
    }

    @Override
    public void strokePath() {
        segments.forEach(segment -> add(segment[0], segment[1]));
        segments.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        thinAreas();
        segments.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path after W is ended by n (endPath) or painted: nothing to keep here
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading holds no rulings
    }

    /** Filled rectangles (four segments each) that are thin: a border line drawn as an area. */
    private void thinAreas() {
        for (int i = 0; i + 3 < segments.size(); i += 4) {
            double x1 = Double.MAX_VALUE;
            double y1 = Double.MAX_VALUE;
            double x2 = -Double.MAX_VALUE;
            double y2 = -Double.MAX_VALUE;
            for (int k = i; k < i + 4; k++) {
                for (Point2D p : segments.get(k)) {
                    x1 = Math.min(x1, p.getX());
                    y1 = Math.min(y1, p.getY());
                    x2 = Math.max(x2, p.getX());
                    y2 = Math.max(y2, p.getY());
                }
            }
            if (y2 - y1 <= THIN && x2 - x1 > THIN) {
                double y = (y1 + y2) / 2;
                add(new Point2D.Double(x1, y), new Point2D.Double(x2, y));
            } else if (x2 - x1 <= THIN && y2 - y1 > THIN) {
                double x = (x1 + x2) / 2;
                add(new Point2D.Double(x, y1), new Point2D.Double(x, y2));
            }
        }
    }

    private void add(Point2D from, Point2D to) {
        if (rulings.size() >= MAX_RULINGS) {
            overflow = true;
            return;
        }
        double x1 = from.getX() - left;
        double x2 = to.getX() - left;
        double y1 = height - (from.getY() - bottom);
        double y2 = height - (to.getY() - bottom);
        if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) >= SHORTEST) {
            double y = (y1 + y2) / 2;
            rulings.add(new Ruling(Math.min(x1, x2), y, Math.max(x1, x2), y));
        } else if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) >= SHORTEST) {
            double x = (x1 + x2) / 2;
            rulings.add(new Ruling(x, Math.min(y1, y2), x, Math.max(y1, y2)));
        }
    }
}
