package com.frameworkadvisor.advice;

import com.frameworkadvisor.errors.Problems;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers that cannot be evaluated, as a problem naming every field that is wrong. */
@RestControllerAdvice(assignableTypes = EvaluationApiController.class)
class AdviceApiExceptionHandler {

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException e) {
        return Problems.invalidRequest(e.getMessage(), e.problems(), AnswerProblem::field, AnswerProblem::message);
    }
}
