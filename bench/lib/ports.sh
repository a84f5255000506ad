# Shared by the bench scripts (sourced, not run).
#
#   free_port    a port on 127.0.0.1 that nothing listens on: random ones in 20000-59999 are tried until a connection
#                to one is refused (100 tries at most; 1 when none was free)

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        # Nothing answers a connection there, so nothing listens.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    return 1
}
