package com.frameworkadvisor.scoring;

/**
 * One member's own evaluation, exactly as {@link Scorer} ranks the frameworks for their weights alone.
 *
 * @param id the member's id
 * @param name the member's name
 * @param evaluation the member's own ranking
 */
public record MemberResult(String id, String name, Evaluation evaluation) {

    /** The framework alone in first place for this member, or {@code null} when their first place is shared. */
    public String winner() {
        return evaluation.winner();
    }

    /** The best score in this member's own ranking, 0 to 100. */
    public double topScore() {
        return evaluation.first().score();
    }
}
