#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the tests (and for trying VocDesk on a server).
#
#   bash scripts/postgres.sh start DIR   # prints the server's URL on its last line
#   bash scripts/postgres.sh stop DIR    # stops it; DIR and its files stay (the caller's to remove)
#   bash scripts/postgres.sh url DIR     # the URL of the cluster running in DIR
#
# start: finds Debian's server binaries (/usr/lib/postgresql/*/bin), installing the packages
# `postgresql postgresql-contrib` with apt-get when they are missing and this runs as root;
# makes a cluster in DIR/data (initdb, UTF-8, once), listening on 127.0.0.1 only, at a free
# port, its unix socket in DIR, trusting connections from this machine only (there is no
# password: never point it at data that matters); starts it and waits until it answers.
# Run again on a running cluster, it only prints the URL. As root, the server runs as the
# `postgres` user (initdb refuses root) and DIR is handed to that user.
# Durability is off (fsync, synchronous_commit, full_page_writes): a crash loses the cluster,
# which is the point of a throwaway one; it makes creating databases for each test fast.
set -euo pipefail

say() { printf '[postgres] %s\n' "$*" >&2; }
die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

usage() { die "usage: $0 start|stop|url DIR"; }

[ $# -eq 2 ] || usage
ACTION="$1"
DIR="$2"
[ -n "$DIR" ] || usage
DATA="$DIR/data"

bin_dir() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        printf '%s\n' "$found"
    fi
}

install_server() {
    if [ "$(id -u)" != 0 ]; then
        die "no PostgreSQL server here (/usr/lib/postgresql/*/bin/initdb) and this is not root, so it cannot be installed: ask for 'apt-get install postgresql postgresql-contrib', or set VOCDESK_PG_URL to a server"
    fi
    command -v apt-get >/dev/null || die "no PostgreSQL server here and no apt-get to install one (Debian's postgresql package)"
    say "installing Debian's postgresql postgresql-contrib (once)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || die "apt-get update failed"
    apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >&2 \
        || die "apt-get install postgresql postgresql-contrib failed"
}

# Run a server program as the cluster's owner: the postgres user when this is root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local py
    py="$(command -v python3 || command -v python || true)"
    [ -n "$py" ] || die "python3 is needed to find a free port"
    "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url_of() {
    [ -f "$DIR/port" ] || die "no cluster was started in $DIR"
    printf 'postgresql://postgres@127.0.0.1:%s/postgres\n' "$(cat "$DIR/port")"
}

running() {
    [ -n "${BIN:-}" ] && [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
    BIN="$(bin_dir)"
    if [ -z "$BIN" ] || [ ! -f "$("$BIN/pg_config" --sharedir)/extension/pg_trgm.control" ]; then
        install_server
        BIN="$(bin_dir)"
        [ -n "$BIN" ] || die "the postgresql package is installed but no initdb was found"
    fi
    if running; then
        url_of
        return
    fi
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    DATA="$DIR/data"
    # The socket's path must fit in 107 bytes (sun_path).
    [ "${#DIR}" -le 90 ] || die "the folder's path is too long for a unix socket: $DIR"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "there is no postgres user (the postgresql package makes it)"
        chown postgres: "$DIR"
        runuser -u postgres -- test -w "$DIR" \
            || die "the postgres user cannot reach $DIR (a folder above it is closed to others): choose a folder under /tmp"
    fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
        local locale=C.UTF-8
        locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || locale=C
        as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
            --locale="$locale" --no-sync >"$DIR/initdb.log" 2>&1 \
            || die "initdb failed (see $DIR/initdb.log)"
        # Trust only this machine: the socket in DIR and loopback, nothing else.
        as_owner sh -c "printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' 'host all all ::1/128 trust' > '$DATA/pg_hba.conf'"
    fi
    local port
    port="$(free_port)"
    as_owner sh -c "printf '%s\n' '$port' > '$DIR/port'"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 -s \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2 || die "the server did not start (see $DIR/server.log)"
    as_owner "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || die "the server does not answer on port $port"
    url_of
}

stop() {
    BIN="$(bin_dir)"
    if running; then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -s stop >&2
    fi
}

case "$ACTION" in
    start) start ;;
    stop) stop ;;
    url) url_of ;;
    *) usage ;;
esac
