package com.frameworkadvisor.rooms;

import com.frameworkadvisor.scoring.AnswerProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Fields of a room form or request that are missing, too long or unknown; each problem names its field. */
class InvalidRoomInputException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidRoomInputException(List<AnswerProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
