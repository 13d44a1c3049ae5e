-- wrk script of bench/prize_votes.sh: each request is one vote of one signed-in voter
-- (session cookie, CSRF field, its own address in X-Forwarded-For) in one category;
-- thread t of T takes the voters t, t+T, t+2T, … and casts their 18 votes in turn.
local voters, nominees = {}, {}
local started = 0
local n = 0

-- Runs in the main state: gives each thread its number as the global `id`.
function setup(thread)
  thread:set("id", started)
  started = started + 1
end

function init(args)
  local f = assert(io.open(os.getenv("VOTERS"), "r"))
  local first = f:read("*l")
  for x in first:gmatch("%d+") do nominees[#nominees + 1] = x end
  for line in f:lines() do
    local token, csrf, ip = line:match("(%S+) (%S+) (%S+)")
    voters[#voters + 1] = { token, csrf, ip }
  end
  f:close()
  T = tonumber(os.getenv("THREADS") or "2")
end

function request()
  local k = n
  n = n + 1
  local v = voters[(id + T * math.floor(k / 18)) % #voters + 1]
  local c = k % 18 + 1
  local body = "csrf=" .. v[2] .. "&category=" .. c .. "&nominee=" .. nominees[c]
  return wrk.format("POST", nil, {
    -- What a browser that has visited the site sends: its session, its anonymous CSRF
    -- cookie and its language.
    ["Cookie"] = "wsis_session=" .. v[1] .. "; wsis_csrf=" .. v[2] .. "; wsis_lang=en",
    ["X-Forwarded-For"] = v[3],
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept-Encoding"] = "gzip, br",
  }, body)
end
