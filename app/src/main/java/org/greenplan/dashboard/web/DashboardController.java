package org.greenplan.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.dashboard.Dashboard;
import org.greenplan.dashboard.DashboardChoices;
import org.greenplan.dashboard.DashboardData;
import org.greenplan.dashboard.DashboardFilter;
import org.greenplan.dashboard.DashboardJson;
import org.greenplan.dashboard.PublicPlans;
import org.greenplan.dashboard.TaskSelection;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.TaskStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leaders' dashboard ({@code /leader/dashboard}, LEADER and OFFICE_ADMIN): the page with its filter
 * and tables, the charts' data as JSON, the lists behind every number, and the office's switch of a
 * plan's public page.
 */
@Controller
class DashboardController {
    private final Dashboard dashboard;
    private final PublicPlans publicPlans;
    private final PlanCatalog catalog;
    private final DashboardChoices choices;
    private final CurrentActor currentActor;

    DashboardController(
            Dashboard dashboard,
            PublicPlans publicPlans,
            PlanCatalog catalog,
            DashboardChoices choices,
            CurrentActor currentActor) {
        this.dashboard = dashboard;
        this.publicPlans = publicPlans;
        this.catalog = catalog;
        this.choices = choices;
        this.currentActor = currentActor;
    }

    @GetMapping("/leader/dashboard")
    String showDashboard(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long region,
            Model model) {
        List<PlanSummary> plans = choices.plans(region);
        model.addAttribute("plans", plans);
        model.addAttribute("regions", choices.regions());
        Long chosen =
                plan != null ? plan : plans.isEmpty() ? null : plans.get(0).id();
        if (chosen != null) {
            DashboardFilter filter = new DashboardFilter(chosen, period, unit, region);
            DashboardData data = dashboard.data(currentActor.require(), filter);
            model.addAttribute("data", data);
            model.addAttribute("filter", filter.inPeriod(data.periodId()));
            model.addAttribute("periods", choices.periods(chosen));
            model.addAttribute("units", catalog.units(chosen));
            model.addAttribute("isPublic", publicPlans.isPublic(chosen));
        }
        return "dashboard/dashboard";
    }

    /**
     * The charts' data: the kept JSON ({@link Dashboard#json}) with its entity tag; a browser asking again with
     * the tag it holds ({@code If-None-Match}) gets 304 and no body while the answer has not changed. Private to
     * the signed-in user and revalidated on every use ({@code Cache-Control: no-cache, private}). A client that
     * accepts gzip ({@code Accept-Encoding}, as every browser does) gets the kept gzip encoding, about a tenth of
     * the bytes, with its own tag; {@code Vary: Accept-Encoding} keeps caches from mixing the two.
     *
     * <p>The kept bytes are written to the response as they are: returned as a {@code ResponseEntity}, Spring's
     * content negotiation and header copying around the same write cost 5 % of the server's CPU under load (issue 11).
     */
    @GetMapping(value = "/leader/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    void showData(
            @RequestParam long plan,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long region,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            WebRequest request,
            HttpServletResponse response)
            throws IOException {
        DashboardJson json = dashboard.json(currentActor.require(), new DashboardFilter(plan, period, unit, region));
        boolean gzip = AcceptedEncodings.gzip(acceptEncoding);
        // a 304 repeats them too (RFC 9110, 15.4.5)
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (request.checkNotModified(gzip ? json.gzipEtag() : json.etag())) {
            return;
        }
        byte[] body = gzip ? json.gzipped() : json.body();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @GetMapping("/leader/dashboard/tasks")
    String showTasks(
            @RequestParam long plan,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Long section,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long region,
            @RequestParam(required = false) java.util.List<Timeliness> timeliness,
            Model model) {
        TaskSelection selection =
                new TaskSelection(new DashboardFilter(plan, period, unit, region), status, section, timeliness);
        model.addAttribute("selection", selection);
        model.addAttribute("listing", dashboard.tasks(currentActor.require(), selection));
        model.addAttribute("regionName", region == null ? null : choices.regionName(region));
        return "dashboard/tasks";
    }

    @PostMapping("/office/plans/{planId}/public")
    String processPublic(@PathVariable long planId, @RequestParam("public") boolean on, RedirectAttributes flash) {
        publicPlans.setPublic(planId, on);
        flash.addFlashAttribute("publicChanged", on ? "dashboard.public.madePublic" : "dashboard.public.madePrivate");
        return "redirect:/leader/dashboard?plan=" + planId;
    }
}
