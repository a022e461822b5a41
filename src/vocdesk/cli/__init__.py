"""The command line: the window by default, and headless commands for IT staff and scripts.

``vocdesk`` opens the window; ``demo``, ``check``, ``backup``, ``import``, ``export`` and
``screenshot`` work without a screen. One module per command group (``window``, ``demo``,
``database``, ``transfer``); ``parser`` declares every command and option in one place and
``main`` runs the one asked for. Messages are translated with Qt's translation system in the
language of ``--lang``, else ``VOCDESK_LANG``, else the language last chosen in the window, else
Thai: the same rule as the window's (``messages.window_language``). A ``UserError`` prints its
message and exits 2; any other failure prints one line saying where the log is and exits 3. No
traceback is printed.
"""

from vocdesk.cli.main import main

__all__ = ["main"]
