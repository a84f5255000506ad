# Shared by the bench scripts (sourced, not run): build the jar when missing, start it on a free 127.0.0.1 port with
# a throw-away data directory, wait until it is up, and stop it again when the calling script exits.
#
# After start_app: BASE_URL (http://127.0.0.1:<port>), APP_PID, APP_LOG. ROOT is the repository root.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP_START_TIMEOUT="${APP_START_TIMEOUT:-180}"

find_jar() {
  local jar
  for jar in "$ROOT"/target/framework-advisor-*.jar; do
    if [ -f "$jar" ]; then echo "$jar"; return; fi
  done
}

build_jar_if_missing() {
  JAR="$(find_jar)"
  if [ -z "$JAR" ]; then
    echo "Building the jar (mvn -q -DskipTests package)…" >&2
    (cd "$ROOT" && mvn -q -DskipTests package) >&2
    JAR="$(find_jar)"
    [ -n "$JAR" ] || { echo "no jar in $ROOT/target after the build" >&2; exit 1; }
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  [ -n "${APP_DATA_DIR:-}" ] && rm -rf "$APP_DATA_DIR"
  APP_DATA_DIR=""
}

start_app() {
  build_jar_if_missing
  local port
  port="$(free_port)"
  APP_DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/advisor-bench.XXXXXX")"
  APP_LOG="$APP_DATA_DIR/app.log"
  trap stop_app EXIT
  trap 'exit 130' INT TERM
  java -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
    --advisor.data-dir="$APP_DATA_DIR/data" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  local deadline=$((SECONDS + APP_START_TIMEOUT))
  until curl -fsS -o /dev/null --max-time 2 "$BASE_URL/actuator/health" 2>/dev/null; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped during startup; its log:" >&2; tail -n 40 "$APP_LOG" >&2; exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "the app did not answer within ${APP_START_TIMEOUT}s; its log:" >&2; tail -n 40 "$APP_LOG" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "App up at $BASE_URL (jar: ${JAR#"$ROOT"/}, data: $APP_DATA_DIR)" >&2
}

# json_field FIELD < json : prints one top-level field of a JSON document.
json_field() {
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s)[process.argv[1]];if(v===undefined)process.exit(1);console.log(v);});" "$1"
}

# create_room : creates a room with two ballots and reveals it; prints the room id.
create_room() {
  local room id key
  room="$(curl -fsS --max-time 10 "$BASE_URL/api/rooms" -H 'Content-Type: application/json' \
    -d '{"title": "Framework for the shop", "context": "Benchmark room"}')"
  id="$(json_field id <<<"$room")"
  key="$(json_field facilitatorKey <<<"$room")"
  curl -fsS --max-time 10 -o /dev/null "$BASE_URL/api/rooms/$id/ballots" -H 'Content-Type: application/json' \
    -d '{"name": "Ada", "weights": {"orm": 5, "admin": 4, "flexibility": 1}}'
  curl -fsS --max-time 10 -o /dev/null "$BASE_URL/api/rooms/$id/ballots" -H 'Content-Type: application/json' \
    -d '{"name": "Grace", "weights": {"orm": 2, "flexibility": 5, "learning-curve": 3}}'
  curl -fsS --max-time 10 -o /dev/null -X POST "$BASE_URL/api/rooms/$id/reveal" -H "X-Facilitator-Key: $key"
  echo "$id"
}

# warm_up PATH... : requests each page a few times (with its stylesheet and script) so that the measurements see a
# warmed-up server, as users of a running instance do, rather than the first-request costs of a fresh JVM.
warm_up() {
  local path
  for _ in 1 2 3 4 5; do
    for path in "$@"; do
      curl -fsS -o /dev/null --max-time 30 --compressed "$BASE_URL$path" || true
    done
  done
}

# descendants PID : prints the ids of every process below PID (children first found, depth first).
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# run_bounded SECONDS COMMAND... : runs COMMAND, and when it is still running after SECONDS ends it together with
# every process it started (by id, Chromium included: Lighthouse starts it in a process group of its own, which a
# plain `timeout` would leave running). Returns the command's status, or 124 when it was ended.
run_bounded() {
  local limit="$1"; shift
  "$@" &
  local pid=$! deadline=$((SECONDS + limit))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      local tree
      tree="$(descendants "$pid")"
      kill "$pid" $tree 2>/dev/null || true
      sleep 2
      kill -9 "$pid" $tree 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 124
    fi
    sleep 1
  done
  wait "$pid"
}
