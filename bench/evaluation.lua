-- wrk script for POST /api/evaluations, used by bench/http-load (which also reads the body line below to check the
-- endpoint answers 200 before measuring it; keep it on one line).
-- The body is the same typical answer set as the results page that http-load measures: the "mvp-deadline" preset
-- (every criterion answered, as the questionnaire sends it) with admin as a must-have, in knowledge-base version
-- 2026.11.1, which it was written for (as the results link, which carries no v, is read), so that builds whose current
-- version is a later one answer it too.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"knowledgeBaseVersion": "2026.11.1", "weights": {"orm": 4, "admin": 4, "security": 3, "templating": 2, "development-speed": 5, "learning-curve": 2, "project-structure": 3, "debugging": 2, "documentation": 3, "flexibility": 1, "performance": 1, "scalability": 2, "api-backend": 2, "community": 3, "hiring": 2, "extensions": 2}, "mustHave": ["admin"]}'

-- The summary line, from the file next to this one.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
