package com.frameworkadvisor.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything that falls through to the servlet container's error handling: unknown paths, wrong methods and content
 * types, oversized bodies, unexpected failures. API paths always answer with problem details; browsers get a friendly
 * page. Neither ever shows a stack trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

    private static final String API_PREFIX = "/api/";

    private final ErrorAttributes errorAttributes;
    private final JsonMapper mapper;

    ErrorPagesController(ErrorAttributes errorAttributes, JsonMapper mapper) {
        this.errorAttributes = errorAttributes;
        this.mapper = mapper;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (path(request).startsWith(API_PREFIX)) {
            ResponseEntity<ProblemDetail> problem = problem(request);
            response.setStatus(problem.getStatusCode().value());
            problem.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem.getBody());
            return null;
        }
        HttpStatus status = status(request);
        ModelAndView page = new ModelAndView("errors/error-page", status);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        String detail = knownDetail(request);
        // Pages explain a missing page in words; for other errors the template's own text says enough.
        page.addObject(
                "detail", detail == null && status == HttpStatus.NOT_FOUND ? defaultDetail(status, request) : detail);
        page.addObject("clientError", status.is4xxClientError());
        return page;
    }

    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        HttpHeaders headers = new HttpHeaders();
        if (errorAttributes.getError(new ServletWebRequest(request)) instanceof ErrorResponse known) {
            headers.addAll(known.getHeaders());
        }
        String detail = knownDetail(request);
        problem.setDetail(detail != null ? detail : defaultDetail(status, request));
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A detail we wrote ourselves, or Spring wrote for a client error other than not-found (whose text names internals
     * such as "static resource"); never the text of an unexpected exception.
     */
    private String knownDetail(HttpServletRequest request) {
        String attached = ErrorDetail.of(request);
        if (attached != null) {
            return attached;
        }
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (error instanceof ResponseStatusException own && own.getReason() != null) {
            return own.getReason();
        }
        if (error instanceof ErrorResponse known && status(request) != HttpStatus.NOT_FOUND) {
            return known.getBody().getDetail();
        }
        return null;
    }

    private String defaultDetail(HttpStatus status, HttpServletRequest request) {
        if (status == HttpStatus.NOT_FOUND) {
            return "There is nothing at " + path(request) + ".";
        }
        return status.is5xxServerError()
                ? "Something went wrong on our side; the error has been logged."
                : status.getReasonPhrase() + ".";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String value ? value : "/";
    }
}
