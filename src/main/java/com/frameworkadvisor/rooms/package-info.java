/**
 * Team decision rooms: members answer the questionnaire privately, the facilitator reveals the combined result,
 * records the decision and exports it. A room pins the knowledge-base version current when it was opened. Rooms and
 * ballots are stored through Spring Data JDBC; the group arithmetic is the plain-Java {@code GroupScorer} in the
 * scoring package; who may see what is one rule, {@code RoomAccess}.
 */
package com.frameworkadvisor.rooms;
