package com.frameworkadvisor.rooms;

/**
 * Published inside the transaction that changed a room; live viewers hear of it once that commits.
 *
 * @param revision the room's revision after the change, read in the changing transaction under the room's row lock,
 *     so a push needs no query of its own
 */
record RoomChanged(String roomId, long revision) {}
