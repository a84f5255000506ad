package com.frameworkadvisor.scoring;

/**
 * A weight at which the winner would stop being alone in first place: with {@code criterion} weighted
 * {@code tieWeight} (and every other weight unchanged), {@code framework} ties with the winner; beyond it, it wins.
 */
public record Sensitivity(String criterion, String framework, double tieWeight) {}
