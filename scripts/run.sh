#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then open VocDesk's main window.
#   bash scripts/run.sh                 the default database in the user's data folder
#   bash scripts/run.sh --demo          a demo database (made once: <data folder>/demo.sqlite)
#   bash scripts/run.sh [ARGS...]       any other arguments go to the `vocdesk` command
#                                       (e.g. --db FILE, check, backup, --version)
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$ROOT/scripts/setup.sh"

demo=0
args=()
for arg in "$@"; do
    if [ "$arg" = "--demo" ]; then demo=1; else args+=("$arg"); fi
done

if [ "$demo" = 1 ]; then
    data_dir="$("$VPY" -c 'from vocdesk.paths import user_data_dir; print(user_data_dir())')"
    demo_db="$data_dir/demo.sqlite"
    if [ ! -e "$demo_db" ]; then
        say "creating the demo database $demo_db"
        "$VENV_BIN/vocdesk" demo --db "$demo_db"
    fi
    args=(--db "$demo_db" "${args[@]}")
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    warn "no DISPLAY or WAYLAND_DISPLAY: the window needs a desktop session" \
         "(QT_QPA_PLATFORM=offscreen starts it without showing anything)"
fi

say "starting: vocdesk ${args[*]}"
exec "$VENV_BIN/vocdesk" "${args[@]}"
