# Shared by the bench scripts (sourced, not run): a throw-away PostgreSQL on a free 127.0.0.1 port, from the same
# io.zonky binaries the tests use (the version in pom.xml; fetched into ~/.m2 with Maven if missing). As root it runs
# under `unshare -U`, as io.zonky does, because PostgreSQL refuses to run as root.
#
#   pg_start DIR    initdb in DIR/pgdata and start; sets PG_VERSION, PG_BIN, PG_DATA, PG_PORT, PG_JDBC_URL and
#                   PG_START_CMD / PG_STOP_CMD (quoted commands that start and stop it again on the same data)
#   pg_stop         a fast shutdown, then kill if it is still there; safe to call when nothing was started
#   pg_app_args     the application arguments that point it at this server (profile postgres, URL, user)
#
# Every step is bounded in time. The caller removes DIR.

PG_LIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
PG_BIN=
PG_DATA=
PG_PORT=
PG_AS=()
[[ $(id -u) -ne 0 ]] || PG_AS=(unshare -U)

pg_start() { # dir
    local dir=$1 arch artifact m2 jar opts
    PG_VERSION=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' \
        "$PG_LIB_ROOT/pom.xml" | head -n 1)
    case $(uname -m) in
        x86_64) arch=amd64 ;;
        aarch64) arch=arm64v8 ;;
        *) echo "no io.zonky PostgreSQL binaries for $(uname -m)" >&2; return 1 ;;
    esac
    artifact=embedded-postgres-binaries-linux-$arch
    m2=${MAVEN_REPO:-$HOME/.m2/repository}
    jar=$m2/io/zonky/test/postgres/$artifact/$PG_VERSION/$artifact-$PG_VERSION.jar
    if [[ ! -f $jar ]]; then
        echo "fetching io.zonky.test.postgres:$artifact:$PG_VERSION with Maven" >&2
        (cd "$PG_LIB_ROOT" && timeout 600 mvn -q dependency:get -Dartifact="io.zonky.test.postgres:$artifact:$PG_VERSION") >&2
    fi
    [[ -f $jar ]] || { echo "no PostgreSQL binaries at $jar" >&2; return 1; }
    mkdir -p "$dir/pg" "$dir/pgsock"
    unzip -p "$jar" '*.txz' | tar -xJ -C "$dir/pg"
    PG_BIN=$dir/pg/bin
    PG_DATA=$dir/pgdata
    PG_PORT=$(free_port)
    PG_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL $PG_VERSION: initdb, then start on 127.0.0.1:$PG_PORT" >&2
    timeout 120 "${PG_AS[@]}" "$PG_BIN/initdb" -A trust -U postgres -E UTF-8 --no-locale -D "$PG_DATA" \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    opts="-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/pgsock"
    printf -v PG_START_CMD '%q ' timeout 90 "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$dir/postgres.log" \
        -o "$opts" -w -t 60 start
    printf -v PG_STOP_CMD '%q ' timeout 40 "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop
    bash -c "$PG_START_CMD" >"$dir/pg_ctl.log" 2>&1 || { cat "$dir/pg_ctl.log" "$dir/postgres.log" >&2; return 1; }
}

pg_stop() {
    [[ -n $PG_BIN && -f $PG_DATA/postmaster.pid ]] || return 0
    local pid
    pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
    timeout 40 "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
    fi
}

pg_app_args() {
    echo "--spring.profiles.active=postgres --spring.datasource.url=$PG_JDBC_URL" \
        "--spring.datasource.username=postgres --spring.datasource.password=postgres"
}
