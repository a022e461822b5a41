#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then open VocDesk's main window.
#   bash scripts/run.sh                 the default database in the user's data folder
#   bash scripts/run.sh --demo          a demo database (made once: <data folder>/demo.sqlite)
#   bash scripts/run.sh --db FILE       another database file
#   bash scripts/run.sh [ARGS...]       other arguments go to the `vocdesk` command
#                                       (e.g. --lang th, check, backup TARGET, --version)
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$ROOT/scripts/setup.sh"

demo=0
has_db=0
headless=0  # a command that needs no window, and picks its own default database
args=()
for arg in "$@"; do
    case "$arg" in
        --demo) demo=1; continue ;;
        --db | --db=*) has_db=1 ;;
        demo | check | backup | screenshot | --version | --help | -h) headless=1 ;;
    esac
    args+=("$arg")
done

# Say which database, rather than let `vocdesk` reopen the last one used: after a --demo run,
# a plain run.sh must still open the user's own database.
if [ "$headless" = 1 ] || [ "$has_db" = 1 ]; then
    :
elif [ "$demo" = 1 ]; then
    data_dir="$("$VPY" -c 'from vocdesk.paths import user_data_dir; print(user_data_dir())')"
    demo_db="$data_dir/demo.sqlite"
    if [ ! -e "$demo_db" ]; then
        say "creating the demo database $demo_db"
        "$VENV_BIN/vocdesk" demo --db "$demo_db"
    fi
    say "demo database: sign in as admin, password vocdesk-demo (demonstration data only)"
    args=(--db "$demo_db" "${args[@]}")
else
    args=(--db "$("$VPY" -c 'from vocdesk.paths import default_database_path; print(default_database_path())')" "${args[@]}")
fi

if [ "$headless" = 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    die "no screen (neither DISPLAY nor WAYLAND_DISPLAY is set): start VocDesk from a desktop" \
        "session, or set QT_QPA_PLATFORM=offscreen to run it without showing anything"
fi

say "starting: vocdesk ${args[*]}"
exec "$VENV_BIN/vocdesk" "${args[@]}"
