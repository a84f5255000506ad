-- Rooms pin the knowledge-base version that was current when they were created (docs/adr/0007). Rooms created
-- before versions existed were computed with the first published version.
ALTER TABLE room ADD COLUMN knowledge_base_version VARCHAR(20) DEFAULT '2026.11.1' NOT NULL;
-- The default served the rows above only: every new room names its version, and a row that does not is an error.
ALTER TABLE room ALTER COLUMN knowledge_base_version DROP DEFAULT;
