package org.greenplan.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.AttachmentRefusedException;
import org.greenplan.progress.FieldProblem;
import org.greenplan.progress.ReportConflictException;
import org.greenplan.progress.ReportInvalidException;
import org.greenplan.progress.ReportRefusedException;
import org.greenplan.shared.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.WebUtils;

/**
 * Turns the API's refusals into RFC 9457 {@code application/problem+json} in the request's language:
 * 400 with {@code errors: [{field, message}]}, 403, 404, 409 for a version conflict (naming who changed
 * the report) or a refused step, 409 {@code /problems/period-locked} with the period's label, closedAt,
 * closedBy and reason, 413 for an oversize attachment. A database failure is logged; the caller sees
 * neither SQL nor a stack trace. Messages follow the page language, else {@code Accept-Language}. Spring's own request errors (unreadable JSON, missing parameter) are
 * handled by {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final OfficeTime officeTime;

    ApiProblems(MessageSource messages, OfficeTime officeTime) {
        this.messages = messages;
        this.officeTime = officeTime;
        setMessageSource(messages);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(ReportInvalidException.class)
    ProblemDetail invalid(ReportInvalidException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(ReportConflictException.class)
    ProblemDetail conflict(ReportConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", text(e));
    }

    @ExceptionHandler(ReportRefusedException.class)
    ProblemDetail refused(ReportRefusedException e) {
        if (e.code().equals("progress.refused.reasonRequired")) {
            return invalid(Map.of("reason", FieldProblem.of(e.code())));
        }
        return problem(HttpStatus.CONFLICT, "refused", text(e));
    }

    @ExceptionHandler(PeriodLockedException.class)
    ProblemDetail locked(PeriodLockedException e) {
        ReportingPeriod period = e.period();
        String detail = period.closed()
                ? text(
                        "progress.locked",
                        period.label(),
                        // the office's local time, as the pages show it; the closedAt property stays an instant
                        officeTime.minute(period.closedAt()),
                        period.closedBy(),
                        period.closeReason())
                : text("progress.notOpen", period.label());
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "period-locked", detail);
        problem.setProperty("periodId", period.id());
        problem.setProperty("period", period.label());
        problem.setProperty("closedAt", period.closedAt());
        problem.setProperty("closedBy", period.closedBy());
        problem.setProperty("reason", period.closeReason());
        return problem;
    }

    @ExceptionHandler(AttachmentRefusedException.class)
    ProblemDetail attachmentRefused(AttachmentRefusedException e) {
        boolean tooLarge = e.code().equals("progress.attachment.tooLarge");
        String message = text(e);
        ProblemDetail problem = problem(
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, "attachment-refused", message);
        problem.setProperty("fileName", String.valueOf(e.getArguments()[0]));
        problem.setProperty("errors", List.of(new FieldError("file", message)));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("api.forbidden"));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        String detail = e instanceof MessageSourceResolvable known ? text(known) : text("error.notFound");
        return problem(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseFailed(DataAccessException e) {
        log.error("API call failed in the database", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("api.internal"));
    }

    private ProblemDetail invalid(Map<String, FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("api.invalid", problems.size()));
        problem.setProperty(
                "errors",
                problems.entrySet().stream()
                        .map(p -> new FieldError(p.getKey(), text(p.getValue())))
                        .toList());
        return problem;
    }

    /**
     * Spring's own request errors (a malformed id or JSON body, a missing parameter, a wrong method or media
     * type, an upload over the container's limit): the same problem shape, with title and detail in the
     * reader's language instead of Spring's English.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(statusCode);
        problem.setTitle(title(statusCode));
        problem.setDetail(SpringRequestErrors.detail(ex, statusCode, this::text));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title(status));
        return problem;
    }

    /** @return the status's title in the reader's language, e.g. 请求有误 for 400 ({@code api.title.400}) */
    private String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return messages.getMessage(
                "api.title." + status.value(), null, known == null ? "" : known.getReasonPhrase(), locale());
    }

    private String text(FieldProblem p) {
        return text(p.key(), p.arguments().toArray());
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /**
     * The language chosen on the pages (cookie {@code greenplan-lang}), else the {@code Accept-Language} a
     * client sent, else Chinese.
     */
    private static Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (WebUtils.getCookie(request, "greenplan-lang") == null && request.getHeader("Accept-Language") != null) {
                return request.getLocale();
            }
        }
        return LocaleContextHolder.getLocale();
    }

    /** One field's problem: the request field ({@code values[0].targetId}) and the message. */
    record FieldError(String field, String message) {}
}
