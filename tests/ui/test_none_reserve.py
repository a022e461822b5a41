"""PySide6 6.12 on Python 3.11 loses a reference to None on every processEvents() call, and the
interpreter aborts once None's count reaches zero (measured: 1,000 calls from a fresh process
are enough). The reserve made at start must keep any realistic run alive."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from vocdesk.ui.i18n import install_headless_translation
    from vocdesk.paths import translations_dir
    app, languages = install_headless_translation(translations_dir(), "en")
    for _ in range(20_000):
        QCoreApplication.processEvents()
    print("alive")
    """
)


def test_a_long_wait_loop_in_a_fresh_process_does_not_abort_the_interpreter() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )

    assert (run.returncode, run.stdout.strip()) == (0, "alive"), run.stderr[-500:]
