package org.greenplan.periods.web;

import java.io.IOException;
import java.util.Base64;
import org.greenplan.periods.CalendarFile;
import org.greenplan.periods.HolidayCalendars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/calendar}: the years the working-day calendar knows, and the upload of a new year's
 * holiday notice: preview with every problem by line and column, then confirm (nothing is stored before).
 */
@Controller
class CalendarController {
    /** A holiday file lists a few dozen rows; anything larger is not one. */
    private static final long MAX_BYTES = 256 * 1024;

    private final HolidayCalendars calendars;
    private final Outcomes outcomes;

    CalendarController(HolidayCalendars calendars, Outcomes outcomes) {
        this.calendars = calendars;
        this.outcomes = outcomes;
    }

    @GetMapping("/admin/calendar")
    String showCalendar(Model model) {
        model.addAttribute("years", calendars.years());
        return "periods/calendar";
    }

    @PostMapping("/admin/calendar/preview")
    String processPreview(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("years", calendars.years());
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            model.addAttribute("error", outcomes.text("periods.calendar.fileSize", file.getOriginalFilename()));
            return "periods/calendar";
        }
        String name = file.getOriginalFilename() == null ? "calendar.csv" : file.getOriginalFilename();
        CalendarFile read = calendars.preview(name, file.getBytes());
        model.addAttribute("preview", read);
        model.addAttribute(
                "problems",
                read.problems().stream()
                        .map(p -> outcomes.text("periods.calendar.at", name, p.line(), p.column()) + " "
                                + outcomes.text(p.code(), p.arguments().toArray()))
                        .toList());
        model.addAttribute("content", Base64.getEncoder().encodeToString(file.getBytes()));
        return "periods/calendar";
    }

    @PostMapping("/admin/calendar")
    String processImport(@RequestParam String fileName, @RequestParam String content, RedirectAttributes redirect) {
        outcomes.run(
                redirect,
                "periods.calendar.imported",
                () -> calendars
                        .importYear(fileName, decode(content))
                        .noticeYear()
                        .orElseThrow());
        return "redirect:/admin/calendar";
    }

    /** The previewed file travels back in the confirm form as Base64, so that exactly what was checked is stored. */
    private static byte[] decode(String content) {
        try {
            return Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new org.greenplan.periods.PeriodRefusal("periods.calendar.unreadable", "base64");
        }
    }
}
