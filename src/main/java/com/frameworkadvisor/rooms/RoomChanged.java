package com.frameworkadvisor.rooms;

/** Published inside the transaction that changed a room; live viewers hear of it once that commits. */
record RoomChanged(String roomId) {}
