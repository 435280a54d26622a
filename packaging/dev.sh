#!/usr/bin/env bash
# CivicDesk developer entry point, for a fresh Debian 12 machine (as root, or with sudo):
#   packaging/dev.sh run   install what is missing, build, and start CivicDesk
#   packaging/dev.sh test  install what is missing, build, and run every test against SQLite
#                          and a throwaway PostgreSQL server on 127.0.0.1
# Safe to run again: it installs only what is missing and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CIVICDESK_BUILD_DIR:-$here/build}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    libqrencode-dev libsodium-dev libssl-dev libxlsxwriter-dev libsqlite3-dev
    qt6-speech-dev qt6-speech-speechd-plugin
    catch2 xvfb xauth poppler-utils unzip sqlite3 postgresql
    fonts-wqy-microhei fonts-dejavu-core desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local log
    log=$(mktemp)
    if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log"
        echo "Installing the packages failed (see above)." >&2
        exit 1
    fi
    rm -f "$log"
}

build() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    local log
    log=$(mktemp)
    if ! cmake --build "$build" -- -j"$(nproc)" >"$log" 2>&1; then
        cat "$log"
        echo "The build failed (see above)." >&2
        exit 1
    fi
    grep -E 'warning:' "$log" | sort -u | head -20 || true
    rm -f "$log"
}

pg_dir=""
pg_port=""
pg_run() {
    # initdb and postgres refuse to run as root: run them as the postgres user then.
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
start_postgres() {
    local bin=/usr/lib/postgresql/15/bin
    pg_dir=$(mktemp -d /tmp/civicdesk-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
    pg_port=${CIVICDESK_PG_PORT:-54329}
    while (exec 3<>/dev/tcp/127.0.0.1/"$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
    pg_run "$bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    # One role logs in with a password, so that the tests can check what a wrong one does.
    pg_run "sed -i '1i host all civicdesk_pw 127.0.0.1/32 scram-sha-256' $pg_dir/data/pg_hba.conf"
    pg_run "$bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -w -o \"-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200 -c fsync=on\" start" >/dev/null
    pg_run "$bin/createdb -h 127.0.0.1 -p $pg_port -U postgres civicdesk_test"
    pg_run "psql -q -h 127.0.0.1 -p $pg_port -U postgres -d civicdesk_test -c \"CREATE ROLE civicdesk_pw LOGIN PASSWORD 'right-password'\"" >/dev/null
    export CIVICDESK_TEST_PG="host=127.0.0.1 port=$pg_port dbname=civicdesk_test user=postgres"
    echo "PostgreSQL test server on 127.0.0.1:$pg_port"
}
stop_postgres() {
    [ -n "$pg_dir" ] || return 0
    pg_run "/usr/lib/postgresql/15/bin/pg_ctl -D $pg_dir/data -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
    pg_dir=""
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
    install_packages
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting CivicDesk inside a virtual X server (xvfb-run)."
        exec xvfb-run -a "$build/app/civicdesk" "$@"
    fi
    exec "$build/app/civicdesk" "$@"
    ;;
test)
    install_packages
    build
    trap stop_postgres EXIT
    start_postgres
    cd "$build"
    ctest --no-tests=error --output-on-failure -j"$(nproc)" "$@"
    ;;
*)
    echo "usage: packaging/dev.sh run|test [arguments for civicdesk or ctest]" >&2
    exit 64
    ;;
esac
