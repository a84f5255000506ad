package com.frameworkadvisor.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The answers cannot be evaluated; carries every problem and the answers that were valid, so a form can keep them. */
public class InvalidAnswersException extends RuntimeException {

    private final List<AnswerProblem> problems;
    private final Map<String, Integer> validAnswers;
    private final List<String> validMustHaves;

    public InvalidAnswersException(
            List<AnswerProblem> problems, Map<String, Integer> validAnswers, List<String> validMustHaves) {
        super(problems.stream()
                .map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.validAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(validAnswers));
        this.validMustHaves = List.copyOf(validMustHaves);
    }

    public List<String> validMustHaves() {
        return validMustHaves;
    }

    public List<AnswerProblem> problems() {
        return problems;
    }

    public Map<String, Integer> validAnswers() {
        return validAnswers;
    }
}
