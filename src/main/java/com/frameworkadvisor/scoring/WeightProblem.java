package com.frameworkadvisor.scoring;

/** One thing wrong with the weights a user gave: the field as the user named it, and what is wrong with it. */
public record WeightProblem(String field, String message) {
}
