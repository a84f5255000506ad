package com.frameworkadvisor.knowledge;

import java.util.List;

/** The knowledge base file cannot be used; the message names the file, each JSON location and what is wrong. */
class KnowledgeBaseException extends RuntimeException {

    private final String file;
    private final List<Problem> problems;

    public KnowledgeBaseException(String file, List<Problem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String file, List<Problem> problems) {
        StringBuilder text = new StringBuilder("Knowledge base ").append(file).append(" is invalid");
        for (Problem problem : problems) {
            text.append(System.lineSeparator())
                    .append("  at ")
                    .append(problem.location())
                    .append(": ")
                    .append(problem.message());
        }
        return text.toString();
    }

    /** One thing wrong: where in the document (a JSON path such as {@code $.criteria[2].ratings}) and what. */
    public record Problem(String location, String message) {}
}
