-- Describe your project (issue 15): the facilitator says once which frameworks the team knows, and that answer rates
-- the criterion "Your team's experience" for every member (5 for a framework the team knows, 1 for any other).
-- Plain SQL that runs unchanged on H2 and PostgreSQL. Existing rooms and rooms of versions without the question keep
-- NULL: not asked.

-- The option ids of team-knows as a comma list in the knowledge base's order, or 'none'.
ALTER TABLE room ADD COLUMN team_knows VARCHAR(200);
-- A member's project answers in the results link's format (project-kind=json-api&scale=small), '' when the member
-- gave weights directly; the ballot's weights are the ones those answers derive, fine-tuned.
ALTER TABLE ballot ADD COLUMN project VARCHAR(1000) DEFAULT '' NOT NULL;
