"""PySide6 6.12 on Python 3.11 loses a reference to None on every processEvents() call and one to
True on every Signal.emit(), and the interpreter aborts once a count reaches zero (measured: 1,000
calls from a fresh process are enough). The reserve made at start must keep any realistic run
alive."""

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


EMITS = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from vocdesk.ui.i18n import install_headless_translation
    from vocdesk.paths import translations_dir
    app, languages = install_headless_translation(translations_dir(), "en")

    class Sender(QObject):
        changed = Signal(int)
        done = Signal()

    sender, heard = Sender(), []
    sender.changed.connect(heard.append)
    for number in range(20_000):
        sender.changed.emit(number)
        sender.done.emit()
    print("alive", len(heard))
    """
)


def test_many_signals_emitted_from_python_do_not_abort_the_interpreter() -> None:
    # PySide6 6.12 on Python 3.11 loses a reference to True per Signal.emit(): without the
    # reserve, 1,000 emits in a fresh process end in "Fatal Python error: bool_dealloc".
    run = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=120)

    assert (run.returncode, run.stdout.strip()) == (0, "alive 20000"), run.stderr[-500:]
