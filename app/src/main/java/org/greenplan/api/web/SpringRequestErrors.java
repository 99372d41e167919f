package org.greenplan.api.web;

import java.util.function.BiFunction;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The detail of a request error Spring refuses before our code runs, as a message key with arguments: which
 * parameter had which unreadable value ({@code /api/reports/abc}: 参数 id 的值「abc」不是有效的格式), an
 * unreadable JSON body, a missing parameter or file part, a method or media type the endpoint does not take,
 * an upload over the limit. Anything else gets the status's generic text ({@code api.detail.status}).
 */
final class SpringRequestErrors {
    private SpringRequestErrors() {}

    /**
     * @param text renders a key with its arguments in the reader's language
     * @return the detail text for {@code ex}
     */
    static String detail(Exception ex, HttpStatusCode status, BiFunction<String, Object[], String> text) {
        if (ex instanceof MethodArgumentTypeMismatchException m) {
            return text.apply("api.detail.typeMismatch", new Object[] {m.getName(), String.valueOf(m.getValue())});
        } else if (ex instanceof TypeMismatchException m) {
            return text.apply(
                    "api.detail.typeMismatch", new Object[] {m.getPropertyName(), String.valueOf(m.getValue())});
        } else if (ex instanceof HttpMessageNotReadableException) {
            return text.apply("api.detail.unreadable", new Object[0]);
        } else if (ex instanceof MissingServletRequestParameterException m) {
            return text.apply("api.detail.missingParameter", new Object[] {m.getParameterName()});
        } else if (ex instanceof MissingServletRequestPartException m) {
            return text.apply("api.detail.missingParameter", new Object[] {m.getRequestPartName()});
        } else if (ex instanceof HttpRequestMethodNotSupportedException m) {
            return text.apply("api.detail.method", new Object[] {m.getMethod()});
        } else if (ex instanceof HttpMediaTypeNotSupportedException m) {
            return text.apply("api.detail.mediaType", new Object[] {String.valueOf(m.getContentType())});
        } else if (ex instanceof MaxUploadSizeExceededException m) {
            String limit = m.getMaxUploadSize() > 0 ? m.getMaxUploadSize() / (1024 * 1024) + " MB" : "-";
            return text.apply("api.detail.tooLarge", new Object[] {limit});
        }
        return text.apply("api.detail.status", new Object[] {status.value()});
    }
}
