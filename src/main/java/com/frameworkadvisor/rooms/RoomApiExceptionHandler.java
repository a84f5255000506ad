package com.frameworkadvisor.rooms;

import com.frameworkadvisor.errors.Problems;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A room or ballot that cannot be accepted, as a problem naming every field that is wrong. Room errors with a status
 * of their own ({@link RoomException}) are problems through the errors module like any {@code ResponseStatusException}.
 */
@RestControllerAdvice(assignableTypes = RoomApiController.class)
class RoomApiExceptionHandler {

    @ExceptionHandler(InvalidRoomInputException.class)
    ProblemDetail invalidRoomInput(InvalidRoomInputException e) {
        return Problems.invalidRequest(e.getMessage(), e.problems(), AnswerProblem::field, AnswerProblem::message);
    }

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException e) {
        return Problems.invalidRequest(e.getMessage(), e.problems(), AnswerProblem::field, AnswerProblem::message);
    }
}
