"""The operating system's and SQLite's common complaints about files, in words to translate.

``OSError.strerror`` and SQLite's messages are English whatever the user's language ("No such
file or directory", "file is not a database"), so a Thai message that quoted them would switch
language halfway. ``file_problem`` turns the common ones (missing, not allowed, a folder where a
file was expected, not a database) into a ``Message`` the window and the command line translate;
anything else keeps the system's own words. Whoever shows the message logs the original error.
"""

from __future__ import annotations

import errno

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "FileProblem"

MISSING = QT_TRANSLATE_NOOP("FileProblem", "the file or folder does not exist")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "FileProblem", "you are not allowed to read or write it (ask IT for access)"
)
IS_FOLDER = QT_TRANSLATE_NOOP("FileProblem", "it is a folder, not a file")
NOT_FOLDER = QT_TRANSLATE_NOOP("FileProblem", "a part of the path is a file, not a folder")
READ_ONLY = QT_TRANSLATE_NOOP("FileProblem", "the disk or folder is read-only")
NOT_DATABASE = QT_TRANSLATE_NOOP("FileProblem", "it is not a VocDesk database (or it is damaged)")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("FileProblem", "the file name is too long")

_BY_ERRNO = {
    errno.ENOENT: MISSING,
    errno.EACCES: NOT_ALLOWED,
    errno.EPERM: NOT_ALLOWED,
    errno.EISDIR: IS_FOLDER,
    errno.ENOTDIR: NOT_FOLDER,
    errno.EROFS: READ_ONLY,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
}
# The same complaints as text, for where only the message survived (SQLite, wrapped errors);
# Windows words them differently from POSIX.
_BY_TEXT = (
    ("file is not a database", NOT_DATABASE),
    ("file is encrypted or is not a database", NOT_DATABASE),
    ("no such file or directory", MISSING),
    ("the system cannot find the file specified", MISSING),
    ("the system cannot find the path specified", MISSING),
    ("permission denied", NOT_ALLOWED),
    ("access is denied", NOT_ALLOWED),
    ("operation not permitted", NOT_ALLOWED),
    ("is a directory", IS_FOLDER),
    ("not a directory", NOT_FOLDER),
    ("read-only file system", READ_ONLY),
)


def file_problem(error: BaseException | str) -> Message | None:
    """The translatable reason behind ``error`` (an ``OSError``, an SQLite error, or their
    text), or None when it is not one of the common ones."""
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        return Message(CONTEXT, _BY_ERRNO[error.errno])
    text = str(error).lower()
    for words, reason in _BY_TEXT:
        if words in text:
            return Message(CONTEXT, reason)
    return None


def reason_of(error: BaseException | str) -> Message | str:
    """``file_problem(error)``, else the system's own words: a parameter for "{reason}"."""
    found = file_problem(error)
    if found is not None:
        return found
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
