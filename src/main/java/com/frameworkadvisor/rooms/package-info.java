/**
 * Team decision rooms: members answer the questionnaire privately, the facilitator reveals the combined result,
 * records the decision and exports it. Rooms and ballots are stored through Spring Data JDBC; the group arithmetic is
 * the plain-Java {@code GroupScorer} in the scoring package.
 */
package com.frameworkadvisor.rooms;
