package com.frameworkadvisor.advice;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's result as a decision record, ready to commit next to the code it is about. Pros and cons compare each
 * framework's rating with the others' on every criterion the user weighted.
 */
final class ResultDecisionRecord {

    private ResultDecisionRecord() {}

    /**
     * @param old the notice of a result computed with an older knowledge base, or {@code null}
     * @param leftOut the page's sentence on a framework left out that would have won, or {@code null} when there is none
     * @param base the application's URL, which the notice's links are made absolute with, since a record leaves the site
     */
    static String render(
            ResultsPage page,
            String verdict,
            String robustness,
            String leftOut,
            LocalDate date,
            OldResultNotice old,
            String base) {
        String chosen =
                page.evaluation().winner() == null ? null : page.verdict().first();
        String kbVersion = Markdown.escape(page.kb().version());

        StringBuilder drivers = new StringBuilder();
        for (ResultsPage.Row row : page.weighted()) {
            drivers.append("* ")
                    .append(Markdown.escape(row.criterion().name()))
                    .append(" (weight ")
                    .append(row.weight());
            if (row.reason() != null) {
                drivers.append(", ")
                        .append(
                                switch (row.reason().kind()) {
                                    case "you" -> "set by you";
                                    case "default" -> "default";
                                    case "preset" ->
                                        "from the preset '"
                                                + Markdown.escape(row.reason().answers()) + "'";
                                    default ->
                                        "from your answers: "
                                                + Markdown.escape(row.reason().answers());
                                });
            }
            drivers.append(')');
            if (row.criterion().userRated()) {
                drivers.append(", rated by you: 5 if your team knows the framework, else 1");
            }
            if (row.mustHave()) {
                drivers.append(", must-have: a rating below 3 rules a framework out");
            }
            drivers.append('\n');
        }

        if (!page.described().isEmpty()) {
            StringBuilder described = new StringBuilder("You described the project:\n\n");
            for (ResultsPage.Described d : page.described()) {
                described
                        .append("* ")
                        .append(Markdown.escape(d.question().question()))
                        .append(' ')
                        .append(Markdown.escape(d.answerText()))
                        .append('\n');
            }
            drivers.insert(0, described.append('\n'));
        }

        StringBuilder options = new StringBuilder();
        for (ResultsPage.Place place : page.ranking()) {
            options.append("* ")
                    .append(Markdown.escape(place.framework().name()))
                    .append(": ")
                    .append(place.scoreText())
                    .append(" out of 100");
            if (!place.failedMustHaves().isEmpty()) {
                options.append(", fails must-haves: ").append(DecisionRecord.names(place.failedMustHaves()));
            }
            options.append('\n');
        }

        StringBuilder outcome = new StringBuilder();
        outcome.append(
                        chosen == null
                                ? "No option chosen: "
                                : "Chosen option: \"" + Markdown.escape(chosen) + "\", because ")
                .append(Markdown.escape(verdict))
                .append(".\n\n");
        outcome.append(Markdown.escape(robustness)).append('\n');
        if (page.leftOut() != null) {
            outcome.append('\n')
                    .append(Markdown.escape(leftOut))
                    .append(" <")
                    .append(base)
                    .append(page.leftOut().path())
                    .append(">\n");
        }
        if (!page.deciding().isEmpty()) {
            outcome.append("\nDecided mostly by: ")
                    .append(DecisionRecord.names(page.deciding().stream()
                            .map(ResultsPage.Deciding::criterion)
                            .toList()))
                    .append(".\n");
        }

        return new DecisionRecord(
                        "Choose a web framework: " + (chosen == null ? "undecided" : chosen),
                        List.of(
                                "Status: proposed",
                                "Date: " + date,
                                "Knowledge base: version " + kbVersion,
                                "Result: <" + page.shareUrl() + ">"),
                        notice(old, base)
                                + "Which web framework should this project use? The answers below say how much each"
                                + " criterion matters (0 = doesn't matter, 5 = critical); the frameworks are rated 1-5"
                                + " on each from cited sources.\n",
                        drivers.toString(),
                        options.toString(),
                        outcome.toString(),
                        page.kb(),
                        page.candidates().stream()
                                .map(id -> page.kb().framework(id).orElseThrow())
                                .toList(),
                        page.weighted().stream().map(ResultsPage.Row::criterion).toList(),
                        null)
                .toMarkdown();
    }

    /** The old result's notice as a quoted paragraph before the context, or nothing for a current result. */
    private static String notice(OldResultNotice old, String base) {
        if (old == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("> ").append(Markdown.escape(old.computedWith()));
        if (old.today() != null) {
            md.append(" ")
                    .append(Markdown.escape(old.today()))
                    .append(" Today's result: <")
                    .append(base)
                    .append(old.todayPath())
                    .append(">.");
        } else {
            md.append(" ").append(Markdown.escape(old.nothingSurvives()));
        }
        for (String sentence : old.renamed()) {
            md.append(" ").append(Markdown.escape(sentence));
        }
        if (old.dropped() != null) {
            md.append(" ").append(Markdown.escape(old.dropped()));
        }
        if (old.added() != null) {
            md.append(" ").append(Markdown.escape(old.added()));
        }
        md.append(" What changed in the knowledge base: <")
                .append(base)
                .append(OldResultNotice.CHANGES_PATH)
                .append(">.\n\n");
        return md.toString();
    }
}
