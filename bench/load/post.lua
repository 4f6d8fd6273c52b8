-- wrk script: POST the JSON body in the BODY_FILE environment variable.
-- With DELAY_MS set, each connection waits that many milliseconds before
-- each request (a paced load well below saturation, see run.sh).
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local pause = tonumber(os.getenv("DELAY_MS") or "")
if pause then
  function delay()
    return pause
  end
end
