package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBase;

/**
 * A room and the knowledge-base version it pins, read without its ballots: all that reading or showing one member's
 * ballot needs. A room's ballots are its largest part (200 in a big meeting), so a ballot that loaded them all would
 * cost the room's size on every change.
 */
record PinnedRoom(Room room, KnowledgeBase kb) {}
