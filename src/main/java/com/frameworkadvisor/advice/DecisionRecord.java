package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Rating;
import java.util.List;

/**
 * A decision record in the MADR layout, for one person's result or a room's, and the one writer of its Markdown.
 * Callers fill in each section's Markdown (escaping what people typed with {@link Markdown#escape}); the record adds
 * the layout, the pros and cons of every framework on the compared criteria, and the knowledge-base footer.
 *
 * @param title plain text, escaped here
 * @param metadata the list under the title, as Markdown, e.g. {@code Status: proposed}
 * @param context the "Context and Problem Statement", as Markdown ending with a line break; so are the next three
 * @param candidates the frameworks that were in the running, whose pros and cons are given, compared with each other
 * @param compared the criteria the pros and cons are given on
 * @param comparedNote a sentence on why those criteria, or {@code null}
 */
public record DecisionRecord(
        String title,
        List<String> metadata,
        String context,
        String drivers,
        String options,
        String outcome,
        KnowledgeBase kb,
        List<Framework> candidates,
        List<Criterion> compared,
        String comparedNote) {

    public DecisionRecord {
        metadata = List.copyOf(metadata);
        candidates = List.copyOf(candidates);
        compared = List.copyOf(compared);
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Markdown.escape(title)).append("\n\n");
        metadata.forEach(line -> md.append("* ").append(line).append('\n'));
        md.append('\n');
        section(md, "Context and Problem Statement", context);
        section(md, "Decision Drivers", drivers);
        section(md, "Considered Options", options);
        section(md, "Decision Outcome", outcome);
        md.append("## Pros and Cons of the Options\n");
        if (comparedNote != null) {
            md.append('\n').append(comparedNote).append('\n');
        }
        for (Framework framework : candidates) {
            md.append("\n### ").append(Markdown.escape(framework.name())).append("\n\n");
            md.append(Markdown.escape(framework.summary())).append("\n\n");
            for (Criterion criterion : compared) {
                md.append(proOrCon(framework, criterion));
            }
        }
        md.append("\n---\nComputed by Framework Advisor with knowledge base version ")
                .append(Markdown.escape(kb.version()))
                .append(".\n");
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, String body) {
        md.append("## ").append(heading).append("\n\n").append(body).append('\n');
    }

    /** Good where the framework is rated above the other options' average on the criterion, Bad where below. */
    private String proOrCon(Framework framework, Criterion criterion) {
        Rating rating = criterion.ratingOf(framework.id());
        double others = candidates.stream()
                .filter(f -> !f.equals(framework))
                .mapToDouble(f -> criterion.ratingOf(f.id()).score())
                .average()
                .orElse(rating.score());
        double difference = rating.score() - others;
        String judgement = difference > 0 ? "Good" : difference < 0 ? "Bad" : "Neutral";
        return "* " + judgement + ", because of " + Markdown.escape(criterion.name()) + " (rated "
                + Scores.points(rating.score()) + " of 5): " + Markdown.escape(rating.rationale()) + "\n";
    }

    /** Criterion names, escaped and joined with commas. */
    public static String names(List<Criterion> criteria) {
        return escapedList(criteria.stream().map(Criterion::name).toList());
    }

    /** Texts, escaped and joined with commas. */
    public static String escapedList(Iterable<String> texts) {
        StringBuilder list = new StringBuilder();
        for (String text : texts) {
            list.append(list.isEmpty() ? "" : ", ").append(Markdown.escape(text));
        }
        return list.toString();
    }
}
