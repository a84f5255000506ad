package com.frameworkadvisor.errors;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one shape of a 400 problem for invalid input: a detail, and every field that is wrong with its message. */
public final class Problems {

    private Problems() {}

    public static <T> ProblemDetail invalidRequest(
            String detail, List<T> fieldErrors, Function<T, String> field, Function<T, String> message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                fieldErrors.stream()
                        .map(e -> Map.of("field", field.apply(e), "message", message.apply(e)))
                        .toList());
        return problem;
    }
}
