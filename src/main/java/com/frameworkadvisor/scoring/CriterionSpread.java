package com.frameworkadvisor.scoring;

/**
 * How far apart the members' raw 0–5 answers on one criterion are.
 *
 * @param criterion the criterion id
 * @param mean the mean answer
 * @param min the lowest answer
 * @param max the highest answer
 * @param stdDev the population standard deviation of the answers (divided by the number of members, not one less)
 * @param disputed whether {@link #range()} is at least {@link GroupScorer#DISPUTED_SPREAD}
 */
public record CriterionSpread(String criterion, double mean, int min, int max, double stdDev, boolean disputed) {

    /** The highest answer minus the lowest. */
    public int range() {
        return max - min;
    }
}
