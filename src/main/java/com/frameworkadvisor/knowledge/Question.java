package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain question about the project (from 2026.11.3), whose answers set the criteria's weights by the rule of ADR
 * 0015 ({@code scoring.ProjectRule}). Its id is a link parameter, like a criterion id.
 *
 * @param question the question as the form asks it
 * @param why one sentence on why it is asked
 * @param answers {@link #ONE} or {@link #SEVERAL}
 * @param required whether the project questions form requires it ({@code project-kind})
 * @param options the answers to choose from, in the order the form shows them
 */
public record Question(
        String id,
        String question,
        String why,
        String answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean required,
        List<Option> options) {

    public static final String ONE = "one";
    public static final String SEVERAL = "several";
    /** The question whose options are the version's frameworks: it rates the user-rated criterion. */
    public static final String TEAM_KNOWS = "team-knows";
    /** The option of a several-answer question that stands alone: none of the others. */
    public static final String NONE = "none";

    public Question {
        options = List.copyOf(options);
    }

    /** Whether the project questions form requires an answer. */
    public boolean requiredAnswer() {
        return Boolean.TRUE.equals(required);
    }

    public boolean several() {
        return SEVERAL.equals(answers);
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * One answer to a question.
     *
     * @param changes how choosing it moves criterion weights, from −5 to +5, keyed by criterion id; a change of 0 names
     *     the criterion as set by this question without moving it
     * @param mustHave the criteria choosing it makes must-haves
     */
    public record Option(
            String id,
            String label,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> changes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mustHave) {

        public Option {
            changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
            mustHave = mustHave == null ? List.of() : List.copyOf(mustHave);
        }
    }
}
