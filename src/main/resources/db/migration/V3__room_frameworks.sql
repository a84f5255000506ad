-- The frameworks in a room's running, as a comma list of ids in the knowledge base's order (docs/adr/0009). NULL,
-- as for every room created before, means the default candidates of the version the room pins; a published version
-- never changes, so that stays what it was.
ALTER TABLE room ADD COLUMN frameworks VARCHAR(1000);
