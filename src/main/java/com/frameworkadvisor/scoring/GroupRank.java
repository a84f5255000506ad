package com.frameworkadvisor.scoring;

/**
 * One framework's place in the group ranking.
 *
 * @param framework the framework id
 * @param rank 1 for first; scores within {@link Scorer#TIE_TOLERANCE} share a rank and the next rank is skipped
 * @param score 0 to 100: the mean of the members' own scores for this framework, unrounded
 */
public record GroupRank(String framework, int rank, double score) {}
