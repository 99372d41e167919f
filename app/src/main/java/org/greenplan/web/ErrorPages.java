package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import org.greenplan.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns missing records, refusals that name their status, bad form fields, oversized uploads and database failures
 * into pages (or htmx fragments) with the right status, in the reader's language and with the reader's layout. A
 * database failure is logged with its SQL and stack trace; the reader sees neither.
 */
@ControllerAdvice
class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;
    private final ErrorViews views;
    private final DataSize uploadLimit;
    private final DataSize requestLimit;
    private final ObjectProvider<LayoutModel> layout;

    ErrorPages(
            MessageSource messages,
            ObjectProvider<LayoutModel> layout,
            @Value("${greenplan.import.max-bytes:20MB}") DataSize uploadLimit,
            @Value("${spring.servlet.multipart.max-file-size:64MB}") DataSize requestLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
        this.requestLimit = requestLimit;
        this.layout = layout;
        this.views = new ErrorViews(messages);
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView databaseFailed(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed in the database", request.getMethod(), request.getRequestURI(), e);
        // without the layout: its attributes read the database (the unread count, a county office's scope)
        return views.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e, HttpServletRequest request) {
        return page(
                request,
                HttpStatus.NOT_FOUND,
                e instanceof MessageSourceResolvable known
                        ? messages.getMessage(known, LocaleContextHolder.getLocale())
                        : message("error.notFound"));
    }

    /**
     * A refusal that names its status ({@code @ResponseStatus} on its class, e.g. a correction of a published plan:
     * 409) and that no controller answered itself: the error page with the reason in the reader's language and the
     * reader's layout. A refusal that names no status is thrown on, and answered as any other failure.
     *
     * @throws Refusal the refusal itself when its class names no status
     */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
        if (declared == null) {
            throw refusal;
        }
        return page(request, declared.code(), messages.getMessage(refusal, LocaleContextHolder.getLocale()));
    }

    /** A form field that names no property we have (units[99999].name…): a bad request, not a crash. */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ModelAndView badForm(HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, message("error.generic"));
    }

    /** A form post where an upload was expected (no multipart body): a bad request, not a crash. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object notAnUpload(org.springframework.web.multipart.MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(request);
        }
        return page(request, HttpStatus.BAD_REQUEST, message("error.generic"));
    }

    /**
     * An upload above the container's limit ({@code spring.servlet.multipart.max-file-size}): refused
     * before any of it reaches GreenPlan, naming the document limit ({@code greenplan.import.max-bytes}). The
     * request is refused before a controller is chosen, so an API call ({@code /api/**}) gets its
     * {@code application/problem+json} here, not from the API's own handler.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, message("api.detail.tooLarge", requestLimit.toMegabytes() + " MB"));
            problem.setTitle(message("api.title.413"));
            problem.setType(java.net.URI.create("/problems/too-large"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return page(
                request,
                HttpStatus.PAYLOAD_TOO_LARGE,
                message("error.tooLarge.limit", uploadLimit.toMegabytes() + " MB"));
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String message) {
        return withLayout(views.withMessage(status, message, request), request);
    }

    /** The reader's layout (name, navigation) on the error page, as on every other page; none in a JSON answer. */
    private ModelAndView withLayout(ModelAndView view, HttpServletRequest request) {
        LayoutModel model = layout.getIfAvailable();
        if (model != null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            model.addTo(view, request, attributes.getResponse());
        }
        return view;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
