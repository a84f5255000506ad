package com.frameworkadvisor.api;

import com.frameworkadvisor.rooms.InvalidRoomInputException;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.system.BodyTooLargeException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for errors raised while an API controller handles a request. Errors raised before a
 * controller is chosen (unknown path, wrong method or content type) reach {@code ErrorPagesController} instead.
 */
@RestControllerAdvice(
        assignableTypes = {EvaluationApiController.class, KnowledgeBaseApiController.class, RoomApiController.class})
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidWeights(InvalidAnswersException e) {
        return invalid(e.getMessage(), e.problems());
    }

    private static ProblemDetail invalid(String detail, List<AnswerProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidRoomInputException.class)
    ProblemDetail invalidRoomInput(InvalidRoomInputException e) {
        return invalid(e.getMessage(), e.problems());
    }

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
