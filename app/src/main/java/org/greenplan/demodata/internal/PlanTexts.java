package org.greenplan.demodata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a city's work-points document (工作要点) in the shape of the 宿州 document: the covering notice,
 * the title, three parts of four sections of five numbered tasks each (60 tasks), every task closing with
 * its 责任单位 clause (the lead unit of its kind of work and up to four others) and most naming a target
 * the parser reads. The words come from {@link PlanShape}; the same city, year and random source always
 * give the same text.
 */
public final class PlanTexts {
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\{(\\d+)-(\\d+)}");
    private final PlanShape shape;
    private final List<Template> templates;

    public PlanTexts(PlanShape shape) {
        this.shape = shape;
        this.templates = shape.lines("tasks").stream().map(Template::parse).toList();
    }

    /** @return the responsible units of a city (合肥市发展改革委 …) */
    public List<String> units(String city) {
        return shape.lines("units").stream().map(unit -> city + unit).toList();
    }

    /** @return the cities, in their order */
    public List<String> cities() {
        return shape.cells("cities");
    }

    /** @return the document's title */
    public String title(String city, int year) {
        return shape.line("title").replace("{city}", city).replace("{year}", String.valueOf(year));
    }

    /**
     * @param city   the city's name with 市 (合肥市)
     * @param year   the plan year
     * @param random the seeded source the numbers and co-units are drawn from
     * @return the document's text, five tasks a section (60 tasks)
     */
    public String document(String city, int year, Random random) {
        return document(city, year, random, 5);
    }

    /**
     * @param city            the city's name with 市 (合肥市)
     * @param year            the plan year
     * @param random          the seeded source the numbers and co-units are drawn from
     * @param tasksPerSection numbered tasks in each of the 12 sections (5 for the 宿州 shape)
     * @return the document's text; the same arguments and random state give the same text
     */
    public String document(String city, int year, Random random, int tasksPerSection) {
        String title = title(city, year);
        StringBuilder text = new StringBuilder();
        for (String line : shape.lines("notice")) {
            text.append(line.replace("{city}", city)
                            .replace("{title}", title)
                            .replace("{year}", String.valueOf(year))
                            .replace("{day}", String.valueOf(10 + random.nextInt(15))))
                    .append('\n');
        }
        text.append(title).append('\n');
        List<String> numerals = shape.cells("numerals");
        int task = 1;
        int section = 0;
        List<String> parts = shape.lines("parts");
        for (int p = 0; p < parts.size(); p++) {
            String[] headings = parts.get(p).split("\\|");
            text.append(numerals.get(p)).append('、').append(headings[0]).append('\n');
            for (int s = 1; s < headings.length; s++) {
                text.append('（')
                        .append(numerals.get(section++))
                        .append('）')
                        .append(headings[s])
                        .append('\n');
                for (int i = 0; i < tasksPerSection; i++) {
                    text.append(task++)
                            .append('.')
                            .append(task(city, year, random))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    private String task(String city, int year, Random random) {
        Template template = templates.get(random.nextInt(templates.size()));
        java.util.regex.Matcher range = RANGE.matcher(template.text().replace("{year}", String.valueOf(year)));
        StringBuilder body = new StringBuilder();
        while (range.find()) {
            int low = Integer.parseInt(range.group(1));
            int high = Integer.parseInt(range.group(2));
            range.appendReplacement(body, String.valueOf(low + random.nextInt(high - low + 1)));
        }
        range.appendTail(body);
        List<String> all = units(city);
        List<String> units = new ArrayList<>();
        units.add(all.get(template.lead()));
        int size = 1 + random.nextInt(5);
        while (units.size() < size) {
            String other = all.get(random.nextInt(all.size()));
            if (!units.contains(other)) {
                units.add(other);
            }
        }
        String separator = shape.line("separator");
        return body + shape.line("clause").replace("{units}", String.join(separator, units));
    }

    private record Template(int lead, String text) {
        static Template parse(String line) {
            String[] cells = line.split("\\|", 2);
            return new Template(Integer.parseInt(cells[0]), cells[1]);
        }
    }
}
