-- wrk script for bench/http-load: a new link on every request, drawn from "the fresh-results mix" of issue 20, so that
-- no page cache can answer it. The knowledge it draws from is given as arguments (http-load reads them from the
-- running application: /api/knowledge-base/versions, /api/knowledge-base?version=, /api/questions), so no option list
-- here can drift from the knowledge base:
--
--   wrk ... -s bench/fresh-links.lua URL -- page=results seed=20 stream=2 current=2026.11.3 old=2026.11.1,2026.11.2 \
--       q=project-kind:one:content-site,data-app,json-api,realtime q=team-knows:several:django,flask,fastapi,none … \
--       criteria=2026.11.3:orm,admin,… frameworks=2026.11.3:django,flask,fastapi criteria=2026.11.1:… …
--
-- page=results (the mix): in 4 requests of 5 a link of the current version with a random answer to every project
-- question (a several-answer question: "none" alone in 1 of 4, else 1 to all of its other options), 0-3 explicit
-- weights (distinct random criteria of the version, 0-5 each) and 0-2 must-haves (distinct random criteria); in 1 of 5
-- a link of an older published version (each equally likely), which asks no questions: a weight 0-5 for each of that
-- version's criteria (one of them at least 1) and 0-2 must-haves, as that version's questionnaire sent them. In half of
-- all requests fw names every framework of the link's version, in the other half fw is left out (the version's
-- defaults, so a framework left out can win and the page says so). A version that asks no questions gets the
-- older-version kind of link as its current one too.
-- page=questions: /?v=<current>&<an answer to every project question>[&fw=<all>], the project questions pre-filled.
-- page=fine-tune: /fine-tune?<the current-version kind of results link>, the full questionnaire pre-filled.
-- page=room (dump only): the body of POST /api/rooms (every framework; team-knows answered), then one ballot body per
-- line (an answer to every project question but team-knows, which the room answers, and 0-3 explicit weights).
--
-- Reproducible: thread i of a run draws from math.randomseed(seed * 1000 + stream * 10 + i); http-load gives the
-- pre-check, the warm-up and the measured phase different streams, so no measured link was rendered before.
-- dump=N file=PATH: write the first N links of stream `stream` (thread 1) to PATH, one "kind<TAB>path" a line, and exit
-- before any request is sent: http-load checks them with curl.
-- At the end (done(), in wrk's main Lua state) it prints, after report.lua's BENCH line, one "MIX" line: how many links
-- of each kind the threads generated (gathered with thread:get; wrk generates one more than it sends to check the
-- script, and the last few are still in flight when the run stops).

local spec = { seed = 20, stream = 0, page = "results", questions = {}, criteria = {}, frameworks = {}, old = {} }

local function split(s, sep)
   local out = {}
   for item in string.gmatch(s, "[^" .. sep .. "]+") do
      out[#out + 1] = item
   end
   return out
end

local function parse(args)
   for _, arg in ipairs(args) do
      local key, value = arg:match("^([%w-]+)=(.*)$")
      if not key then
         error("fresh-links.lua: not key=value: " .. arg)
      elseif key == "q" then
         local id, answers, options = value:match("^([^:]+):([^:]+):(.+)$")
         if not id then error("fresh-links.lua: q=ID:one|several:OPTIONS, not " .. value) end
         spec.questions[#spec.questions + 1] = { id = id, several = answers == "several", options = split(options, ",") }
      elseif key == "criteria" or key == "frameworks" then
         local version, ids = value:match("^([^:]+):(.+)$")
         if not version then error("fresh-links.lua: " .. key .. "=VERSION:IDS, not " .. value) end
         spec[key][version] = split(ids, ",")
      elseif key == "old" then
         spec.old = split(value, ",")
      elseif key == "seed" or key == "stream" or key == "dump" then
         spec[key] = tonumber(value)
      else
         spec[key] = value
      end
   end
   if not spec.current then error("fresh-links.lua: no current=VERSION") end
   for _, version in ipairs({ spec.current, unpack(spec.old) }) do
      if not spec.criteria[version] or not spec.frameworks[version] then
         error("fresh-links.lua: no criteria= or frameworks= for " .. version)
      end
   end
end

-- Each count is a global number named "count <kind>", and count_keys (a string) lists the kinds: done() reads them with
-- thread:get, which copies numbers and strings safely (wrk 4.1 pops one value too many when it copies a table).
local KINDS = { "links", "fw-all", "fw-default", "weights0", "weights1", "weights2", "weights3", "every-weight",
   "must0", "must1", "must2" }

local function count(key)
   local name = "count " .. key
   _G[name] = (_G[name] or 0) + 1
end

local function pick(list)
   return list[math.random(#list)]
end

-- k distinct items of list, in random order.
local function sample(list, k)
   local copy = {}
   for i, item in ipairs(list) do copy[i] = item end
   for i = 1, k do
      local j = math.random(i, #copy)
      copy[i], copy[j] = copy[j], copy[i]
   end
   return { unpack(copy, 1, k) }
end

-- The chosen options of one question: one, or for a several-answer question "none" alone or 1..all of the others
-- ("none" with another answer is a 400: the link grammar, ADR 0015).
local function choose(question)
   if not question.several then
      return { pick(question.options) }
   end
   local others = {}
   local none = false
   for _, option in ipairs(question.options) do
      if option == "none" then none = true else others[#others + 1] = option end
   end
   if none and math.random(4) == 1 then
      return { "none" }
   end
   return sample(others, math.random(1, #others))
end

-- "&q=a&q2=b,c…": an answer to every project question (but the one named skip).
local function project_answers(skip)
   local parts = {}
   for _, question in ipairs(spec.questions) do
      if question.id ~= skip then
         parts[#parts + 1] = question.id .. "=" .. table.concat(choose(question), ",")
      end
   end
   return parts
end

local function explicit_weights(version, n)
   local parts = {}
   for _, id in ipairs(sample(spec.criteria[version], n)) do
      parts[#parts + 1] = id .. "=" .. math.random(0, 5)
   end
   return parts
end

local function every_weight(version)
   local criteria = spec.criteria[version]
   local above = math.random(#criteria)
   local parts = {}
   for i, id in ipairs(criteria) do
      parts[i] = id .. "=" .. (i == above and math.random(1, 5) or math.random(0, 5))
   end
   return parts
end

local function add(parts, more)
   for _, part in ipairs(more) do parts[#parts + 1] = part end
end

-- The query of one link of the mix and its kind ("current" or "old", then "fw-all" or "fw-default").
local function mix_query(current_only)
   local old = not current_only and #spec.old > 0 and math.random(5) == 1
   local version = old and pick(spec.old) or spec.current
   local parts = { "v=" .. version }
   if not old and #spec.questions > 0 then
      add(parts, project_answers())
      local n = math.random(0, 3)
      count("weights" .. n)
      add(parts, explicit_weights(version, n))
   else
      count("every-weight")
      add(parts, every_weight(version))
   end
   count("v=" .. version)
   local m = math.random(0, 2)
   count("must" .. m)
   if m > 0 then
      parts[#parts + 1] = "must=" .. table.concat(sample(spec.criteria[version], m), ",")
   end
   local all = math.random(2) == 1
   count(all and "fw-all" or "fw-default")
   if all then
      parts[#parts + 1] = "fw=" .. table.concat(spec.frameworks[version], ",")
   end
   return table.concat(parts, "&"), (old and "old" or "current") .. "," .. (all and "fw-all" or "fw-default")
end

local function questions_query()
   local parts = { "v=" .. spec.current }
   add(parts, project_answers())
   count("v=" .. spec.current)
   local all = math.random(2) == 1
   count(all and "fw-all" or "fw-default")
   if all then
      parts[#parts + 1] = "fw=" .. table.concat(spec.frameworks[spec.current], ",")
   end
   return table.concat(parts, "&"), "current," .. (all and "fw-all" or "fw-default")
end

-- One link (path and kind) of the page this run measures.
local function next_link()
   count("links")
   if spec.page == "results" then
      local query, kind = mix_query(false)
      return "/results?" .. query, kind
   elseif spec.page == "fine-tune" then
      local query, kind = mix_query(true)
      return "/fine-tune?" .. query, kind
   elseif spec.page == "questions" then
      local query, kind = questions_query()
      return "/?" .. query, kind
   end
   error("fresh-links.lua: page=results|questions|fine-tune (room only with dump=), not " .. tostring(spec.page))
end

local function json_list(items)
   local quoted = {}
   for i, item in ipairs(items) do quoted[i] = '"' .. item .. '"' end
   return "[" .. table.concat(quoted, ",") .. "]"
end

-- The room and its ballots, as JSON bodies for the rooms API (ids are kebab-case, so nothing needs escaping).
local function room_bodies(ballots)
   local bodies = {}
   local team
   for _, question in ipairs(spec.questions) do
      if question.id == "team-knows" then team = question end
   end
   bodies[1] = '{"title":"bench/http-load: 20 ballots","context":"A revealed room rendered for its facilitator",'
      .. '"frameworks":' .. json_list(spec.frameworks[spec.current])
      .. (team and (',"project":{"team-knows":' .. json_list(choose(team)) .. '}') or "") .. "}"
   for b = 1, ballots do
      local project = {}
      for _, question in ipairs(spec.questions) do
         if question ~= team then
            local chosen = choose(question)
            project[#project + 1] = '"' .. question.id .. '":'
               .. (question.several and json_list(chosen) or ('"' .. chosen[1] .. '"'))
         end
      end
      local weights = {}
      for _, pair in ipairs(explicit_weights(spec.current, math.random(0, 3))) do
         local id, weight = pair:match("^(.*)=(%d)$")
         weights[#weights + 1] = '"' .. id .. '":' .. weight
      end
      bodies[#bodies + 1] = '{"name":"Member ' .. b .. '","reason":"bench",'
         .. (#project > 0 and ('"project":{' .. table.concat(project, ",") .. "},") or "")
         .. '"weights":{' .. table.concat(weights, ",") .. "}}"
   end
   return bodies
end

-- ---- wrk's phases ----

local threads = {}
function setup(thread)
   threads[#threads + 1] = thread
   thread:set("index", #threads)
end

function init(args)
   parse(args)
   local keys = { unpack(KINDS) }
   for _, version in ipairs({ spec.current, unpack(spec.old) }) do keys[#keys + 1] = "v=" .. version end
   count_keys = table.concat(keys, " ")
   mix = string.format("%s (seed %d, stream %d)", spec.page, spec.seed, spec.stream)
   page = spec.page
   math.randomseed(spec.seed * 1000 + spec.stream * 10 + (index or 1))
   if spec.dump then
      local out = assert(io.open(assert(spec.file, "dump= needs file="), "w"))
      if spec.page == "room" then
         for _, body in ipairs(room_bodies(spec.dump)) do out:write("room\t", body, "\n") end
      else
         for _ = 1, spec.dump do
            local path, kind = next_link()
            out:write(kind, "\t", path, "\n")
         end
      end
      out:close()
      os.exit(0)
   end
end

function request()
   return wrk.format("GET", (next_link()))
end

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
local report = done

function done(summary, latency, requests)
   report(summary, latency, requests)
   local total = {}
   local versions = {}
   for i, thread in ipairs(threads) do
      for key in string.gmatch(thread:get("count_keys") or "", "%S+") do
         total[key] = (total[key] or 0) + (thread:get("count " .. key) or 0)
         if i == 1 and key:sub(1, 2) == "v=" then versions[#versions + 1] = key end
      end
   end
   local shown = {}
   for _, key in ipairs(versions) do
      if total[key] > 0 then shown[#shown + 1] = key .. ": " .. total[key] end
   end
   versions = shown
   local function spec_page() return threads[1] and threads[1]:get("page") end
   local function n(key) return total[key] or 0 end
   local parts = { table.concat(versions, ", "),
      string.format("fw every framework %d, defaults %d", n("fw-all"), n("fw-default")) }
   if spec_page() ~= "questions" then
      parts[#parts + 1] = string.format("explicit weights 0/1/2/3: %d/%d/%d/%d", n("weights0"), n("weights1"),
         n("weights2"), n("weights3"))
      if n("every-weight") > 0 then
         parts[#parts + 1] = "every criterion weighed (older version): " .. n("every-weight")
      end
      parts[#parts + 1] = string.format("must-haves 0/1/2: %d/%d/%d", n("must0"), n("must1"), n("must2"))
   end
   io.write(string.format("MIX %s: %d links generated: %s\n", threads[1] and threads[1]:get("mix") or "?",
      n("links"), table.concat(parts, "; ")))
end
