package com.frameworkadvisor.web;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One person's result as a Markdown decision record in the MADR layout, ready to commit next to the code it is about.
 * Pros and cons compare each framework's rating with the others' on every criterion the user weighted.
 */
final class DecisionRecord {

    private DecisionRecord() {}

    static String render(KnowledgeBase kb, ResultsPage page, String verdict, String robustness, LocalDate date) {
        StringBuilder md = new StringBuilder();
        String chosen =
                page.evaluation().winner() == null ? null : page.verdict().first();
        md.append("# Choose a web framework: ")
                .append(chosen == null ? "undecided" : Markdown.escape(chosen))
                .append("\n\n");
        md.append("* Status: proposed\n");
        md.append("* Date: ").append(date).append('\n');
        md.append("* Knowledge base: version ")
                .append(Markdown.escape(kb.version()))
                .append('\n');
        md.append("* Result: <").append(page.shareUrl()).append(">\n\n");

        md.append("## Context and Problem Statement\n\n");
        md.append("Which web framework should this project use? The answers below say how much each criterion matters ")
                .append(
                        "(0 = doesn't matter, 5 = critical); the frameworks are rated 1-5 on each from cited sources.\n\n");

        md.append("## Decision Drivers\n\n");
        for (ResultsPage.Row row : page.weighted()) {
            md.append("* ")
                    .append(Markdown.escape(row.criterion().name()))
                    .append(" (weight ")
                    .append(row.weight())
                    .append(')');
            if (row.mustHave()) {
                md.append(", must-have: a rating below 3 rules a framework out");
            }
            md.append('\n');
        }

        md.append("\n## Considered Options\n\n");
        for (ResultsPage.Place place : page.ranking()) {
            md.append("* ")
                    .append(Markdown.escape(place.framework().name()))
                    .append(": ")
                    .append(place.scoreText())
                    .append(" out of 100");
            if (!place.failedMustHaves().isEmpty()) {
                md.append(", fails must-haves: ").append(names(place.failedMustHaves()));
            }
            md.append('\n');
        }

        md.append("\n## Decision Outcome\n\n");
        md.append(
                        chosen == null
                                ? "No option chosen: "
                                : "Chosen option: \"" + Markdown.escape(chosen) + "\", because ")
                .append(Markdown.escape(verdict))
                .append(".\n\n");
        md.append(Markdown.escape(robustness)).append('\n');
        if (!page.deciding().isEmpty()) {
            md.append("\nDecided mostly by: ")
                    .append(names(page.deciding().stream()
                            .map(ResultsPage.Deciding::criterion)
                            .toList()))
                    .append(".\n");
        }

        md.append("\n## Pros and Cons of the Options\n");
        for (Framework framework : kb.frameworks()) {
            md.append("\n### ").append(Markdown.escape(framework.name())).append("\n\n");
            md.append(Markdown.escape(framework.summary())).append("\n\n");
            for (ResultsPage.Row row : page.weighted()) {
                md.append(proOrCon(kb, framework, row.criterion()));
            }
        }
        md.append("\n---\nComputed by Framework Advisor with knowledge base version ")
                .append(Markdown.escape(kb.version()))
                .append(".\n");
        return md.toString();
    }

    private static String proOrCon(KnowledgeBase kb, Framework framework, Criterion criterion) {
        Rating rating = criterion.ratingOf(framework.id());
        OptionalDouble others = kb.frameworks().stream()
                .filter(f -> !f.equals(framework))
                .mapToDouble(f -> criterion.ratingOf(f.id()).score())
                .average();
        double difference = rating.score() - others.orElse(rating.score());
        String judgement = difference > 0 ? "Good" : difference < 0 ? "Bad" : "Neutral";
        return "* " + judgement + ", because of " + Markdown.escape(criterion.name()) + " (rated "
                + Scores.points(rating.score()) + " of 5): " + Markdown.escape(rating.rationale()) + "\n";
    }

    private static String names(List<Criterion> criteria) {
        return String.join(
                ", ", criteria.stream().map(c -> Markdown.escape(c.name())).toList());
    }
}
