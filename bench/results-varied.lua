-- wrk script for bench/http-load: GET /results with a new answer set on every request (every criterion answered
-- 0-5, orm at least 1 so that one weight is above 0), so no request can be answered from memory. It measures the
-- full work of a results page: evaluating the answers and rendering the page.
local criteria = { "orm", "admin", "security", "templating", "development-speed", "learning-curve",
   "project-structure", "debugging", "documentation", "flexibility", "performance", "scalability", "api-backend",
   "community", "hiring", "extensions" }

local threads = 0
function setup(thread)
   threads = threads + 1
   thread:set("seed", os.time() * 100 + threads)
end

function init(args)
   math.randomseed(seed)
end

function request()
   local query = {}
   for i, id in ipairs(criteria) do
      query[i] = id .. "=" .. math.random(i == 1 and 1 or 0, 5)
   end
   return wrk.format("GET", "/results?" .. table.concat(query, "&"))
end

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
