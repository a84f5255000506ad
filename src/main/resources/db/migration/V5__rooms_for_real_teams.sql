-- Rooms for real teams (issue 18): reasons, anonymous rooms, deadlines and a reveal when everyone is in.
-- Plain SQL that runs unchanged on H2 and PostgreSQL. Existing rooms keep working as before: named, reasons
-- optional, no deadline, no expected count.

-- An anonymous room can never be made named; its ballots' names are deleted when it closes.
ALTER TABLE room ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE room ADD COLUMN reason_required BOOLEAN DEFAULT FALSE NOT NULL;
-- When answering closes by itself; NULL: only the facilitator closes the room.
ALTER TABLE room ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE room ADD COLUMN expected_members INTEGER;
ALTER TABLE room ADD COLUMN reveal_when_all_answered BOOLEAN DEFAULT FALSE NOT NULL;
-- Set once the room has revealed itself, so it never does so again (not after a hide, not after a removal).
ALTER TABLE room ADD COLUMN auto_revealed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX room_closes_at ON room (closes_at);

-- Up to 500 characters; VARCHAR counts characters on both databases, the margin is for surrogate pairs on H2.
ALTER TABLE ballot ADD COLUMN reason VARCHAR(2000) DEFAULT '' NOT NULL;
-- In an anonymous room, the number of "Member n": drawn at random among the ballots when the room is revealed,
-- then kept. NULL until then, and always in named rooms.
ALTER TABLE ballot ADD COLUMN label INTEGER;
