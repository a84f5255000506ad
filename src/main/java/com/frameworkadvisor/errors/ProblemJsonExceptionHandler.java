package com.frameworkadvisor.errors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the errors every JSON API shares, raised while a {@code @RestController} handles a
 * request: Spring MVC's own exceptions, {@code ResponseStatusException}s, and bodies that are unreadable or too
 * large. Each feature maps its own exceptions in an advice of its own (through {@link Problems}); errors raised
 * before a controller is chosen (unknown path, wrong method or content type) reach {@code ErrorPagesController}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemJsonExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = causeOfType(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(e));
        problem.setTitle("Unreadable request body");
        return ResponseEntity.badRequest().body(problem);
    }

    private static String describe(HttpMessageNotReadableException e) {
        JacksonException json = causeOfType(e, JacksonException.class);
        if (json == null) {
            return "The request body is missing; send a JSON object such as {\"weights\": {\"orm\": 5}}.";
        }
        var where = json.getLocation();
        String location = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "The request body is not valid JSON" + location + ": " + json.getOriginalMessage();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
