package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * What carrying answers to another version changed, in words: the one wording for an old result's notice and for
 * the questionnaire that "Adjust your answers" opens.
 *
 * @param dropped the answers whose criterion is gone, with the weight each had, or {@code null} when none
 * @param renamed one sentence per answer a replacing criterion took over
 * @param added the criteria that are new at 0, or {@code null} when none
 */
record CarriedAnswersText(String dropped, List<String> renamed, String added) {

    /** @param given the weights as given, by criterion id of the version they were given with */
    static CarriedAnswersText of(
            MessageSource messages, CarriedAnswers carried, Map<String, Integer> given, Locale locale) {
        String dropped = carried.dropped().isEmpty()
                ? null
                : messages.getMessage(
                        "results.old.dropped",
                        new Object[] {
                            carried.dropped().stream()
                                    .map(c -> messages.getMessage(
                                            "results.old.droppedItem",
                                            new Object[] {c.name(), given.getOrDefault(c.id(), 0)},
                                            locale))
                                    .collect(Collectors.joining(", "))
                        },
                        locale);
        List<String> renamed = carried.renamed().stream()
                .map(r -> messages.getMessage(
                        "results.old.renamed",
                        new Object[] {r.before().name(), r.after().name()},
                        locale))
                .toList();
        String added = carried.added().isEmpty()
                ? null
                : messages.getMessage(
                        "results.old.added",
                        new Object[] {
                            carried.added().stream().map(Criterion::name).collect(Collectors.joining(", "))
                        },
                        locale);
        return new CarriedAnswersText(dropped, renamed, added);
    }

    /** The sentences in reading order: what moved, what was dropped, what is new. */
    List<String> sentences() {
        List<String> sentences = new ArrayList<>(renamed);
        if (dropped != null) {
            sentences.add(dropped);
        }
        if (added != null) {
            sentences.add(added);
        }
        return sentences;
    }
}
