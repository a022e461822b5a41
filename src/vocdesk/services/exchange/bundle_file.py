"""A bundle: what one office sends another (issue 20), as one file that travels on a USB stick
or as an e-mail attachment. Compact, checksummed, versioned, and encrypted under a passphrase
the two offices share, since it holds personal data.

Layout (integers big-endian; docs/offices.md says the same)::

    offset  size  what
    0       8     magic: 89 56 44 42 0D 0A 1A 0A ("\\x89VDB\\r\\n\\x1a\\n": a transfer that
                  strips the 8th bit or rewrites line endings shows as damage, as in PNG)
    8       32    SHA-256 of every byte from offset 40 to the end
    40      2     format version (1); a newer one is refused ("update VocDesk")
    42      4     H, the length of the clear header
    46      H     clear header: JSON in UTF-8: offices, sequence, dates, counts per table and
                  the encryption's parameters; never personal data
    46+H    ...   body: the inner stream in chunks of 1 MiB, each sealed with AES-256-GCM
                  (ciphertext followed by its 16-byte tag)

The first 42 bytes keep this meaning in every future format, so that any VocDesk can tell a
damaged file (checksum) from a newer one (version) before reading anything else.

Encryption (``bundle_sealing``, with the ``cryptography`` library): AES-256-GCM under a key
scrypt derives from the passphrase (n=2**17, r=8, p=1, a random 16-byte salt), with a
passphrase check in the header, so that a wrong passphrase is told apart from a file altered
after it was made; every chunk's associated data holds bytes 40 to 46+H (version, length,
clear header), so a changed header fails every tag.

Inner stream (before encryption): 8 bytes S, then S bytes of zlib-compressed JSON
``{"payload": ..., "attachments": {name: sha256}, "blobs": [[sha256, size, stored, how]]}``,
then each distinct attachment once (by its SHA-256), in the order of "blobs", stored "zlib"
(compressed) or "raw" (already compressed formats such as JPEG and PDF).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from uuid import UUID

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.domain.os_errors import reason_of
from vocdesk.paths import make_private_file
from vocdesk.services.exchange.bundle_sealing import (
    Sealer,
    Sealing,
    Unsealable,
    key_for,
    new_sealing,
    unseal,
)

FORMAT_VERSION = 1
MAGIC = b"\x89VDB\r\n\x1a\n"
MIN_PASSPHRASE_LENGTH = 10  # as for a database's passphrase (services.encryption)
_MAX_HEADER = 1 << 20
_PREFIX = struct.Struct(">8s32sHI")  # magic, checksum, version, header length
_READ = 1 << 20  # bytes read at a time while checking the checksum
_SAMPLE = 64 * 1024  # an attachment is compressed when its first 64 KiB shrink by a tenth

CONTEXT = "Bundle"
NOT_A_BUNDLE = QT_TRANSLATE_NOOP("Bundle", "{path} is not a VocDesk bundle.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {path} is damaged or incomplete (its checksum does not match): "
    "nothing was read from it. Copy it again, or ask the sending office to send it again."
)  # fmt: skip
NEWER = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {path} was made by a newer VocDesk (bundle format {found}; this "
    "VocDesk reads format {known}). Update VocDesk to receive it."
)  # fmt: skip
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Bundle", "Wrong passphrase: it does not open the bundle {path}. Use the passphrase the two "
    "offices agreed on (capital letters and the keyboard language count)."
)  # fmt: skip
ALTERED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {path} was altered after it was made (its contents do not match its "
    "header), so it cannot be trusted. Ask the sending office for a new one."
)  # fmt: skip
UNREADABLE = QT_TRANSLATE_NOOP("Bundle", "The bundle {path} could not be read: {reason}.")
UNWRITABLE = QT_TRANSLATE_NOOP("Bundle", "The bundle {path} could not be written: {reason}.")
SHORT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Bundle", "A bundle's passphrase needs at least {count} characters."
)


@dataclass(frozen=True, kw_only=True)
class BundleHeader:
    """What a bundle says in clear: who sent it to whom, which of theirs it is, and how many
    records of each table it holds. Dates are aware, in UTC."""

    format_version: int = FORMAT_VERSION
    bundle_id: UUID
    from_office: str
    from_office_name: str
    to_office: str  # "" : any office
    sequence: int  # the sender's running number of bundles to this destination
    made_at: datetime
    since: datetime | None = None  # None: everything (the first bundle, or --all)
    schema_revision: str
    counts: dict[str, int] = field(default_factory=dict)  # table name -> rows (and deletions)
    acknowledged_made_at: datetime | None = None  # the newest bundle of theirs the sender had


def write_bundle(
    path: Path, header: BundleHeader, payload: dict[str, Any], attachments: dict[str, bytes],
    passphrase: str,
) -> None:  # fmt: skip
    """Write ``payload`` (JSON-able) and ``attachments`` (name -> content) to ``path``,
    encrypted under ``passphrase``; written beside ``path`` and renamed over it once whole."""
    path = Path(path)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise user_error(CONTEXT, SHORT_PASSPHRASE, count=MIN_PASSPHRASE_LENGTH)
    if header.format_version != FORMAT_VERSION:
        raise ValueError(f"this VocDesk writes bundle format {FORMAT_VERSION} only")
    sealing, key = new_sealing(passphrase)
    clear = _header_json(header) | {"encryption": sealing.as_json()}
    header_bytes = json.dumps(clear, ensure_ascii=False, sort_keys=True).encode("utf-8")
    covered = struct.pack(">HI", FORMAT_VERSION, len(header_bytes)) + header_bytes
    temporary = _temporary_beside(path)
    try:
        with open(temporary, "wb") as out:
            out.write(MAGIC + bytes(32))
            digest = hashlib.sha256()
            seal = Sealer(key, sealing, covered, out, digest)
            out.write(covered)
            digest.update(covered)
            for piece in _inner_pieces(payload, attachments):
                seal.feed(piece)
            seal.close()
            out.seek(len(MAGIC))
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        make_private_file(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise user_error(CONTEXT, UNWRITABLE, path=str(path), reason=reason_of(error)) from None
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def read_header(path: Path) -> BundleHeader:
    """The clear header of the bundle at ``path``, once its magic, checksum and format are
    verified (no passphrase needed); a ``UserError`` naming the file otherwise."""
    with _opened(path) as source:
        return _verified(path, source)[0]


def check_passphrase(path: Path, passphrase: str) -> BundleHeader:
    """The bundle's header once ``passphrase`` is known to open it (the file verified as by
    ``read_header``; about a quarter of a second, the key's derivation): for a caller that asks
    for the passphrase before a longer step, such as a copy of the database before a merge."""
    with _opened(path) as source:
        header, sealing, _covered = _verified(path, source)
    _key_for(path, sealing, passphrase)
    return header


def read_bundle(
    path: Path, passphrase: str
) -> tuple[BundleHeader, dict[str, Any], dict[str, bytes]]:
    """(header, payload, attachments) of the bundle at ``path``: checksum and format first,
    then the passphrase, then every chunk's tag; nothing is returned from a file that fails."""
    with _opened(path) as source:
        header, sealing, covered = _verified(path, source)
        key = _key_for(path, sealing, passphrase)
        body_start = _PREFIX.size + len(covered) - 6  # covered: from the version on
        try:
            inner = unseal(source, body_start, key, sealing, covered)
        except Unsealable:
            raise _error(ALTERED, path) from None
        try:
            payload, attachments = _parse_inner(inner)
        except (ValueError, KeyError, TypeError, IndexError, zlib.error):
            raise _error(ALTERED, path) from None
    return header, payload, attachments


# -- writing ------------------------------------------------------------------------------------


def _header_json(header: BundleHeader) -> dict[str, Any]:
    return {
        "bundle_id": str(header.bundle_id),
        "from_office": header.from_office,
        "from_office_name": header.from_office_name,
        "to_office": header.to_office,
        "sequence": header.sequence,
        "made_at": _moment(header.made_at),
        "since": _moment(header.since),
        "schema_revision": header.schema_revision,
        "counts": {str(table): int(count) for table, count in header.counts.items()},
        "acknowledged_made_at": _moment(header.acknowledged_made_at),
    }


def _moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def _inner_pieces(payload: dict[str, Any], attachments: dict[str, bytes]) -> Iterator[bytes]:
    """The inner stream: the compressed index and payload, then each distinct attachment once."""
    names: dict[str, str] = {}
    blobs: dict[str, tuple[int, str, bytes]] = {}  # sha256 -> (size, how, stored bytes)
    for name, content in attachments.items():
        sha = hashlib.sha256(content).hexdigest()
        names[str(name)] = sha
        if sha not in blobs:
            blobs[sha] = (len(content), *_stored(content))
    index = {
        "payload": payload,
        "attachments": names,
        "blobs": [[sha, size, len(stored), how] for sha, (size, how, stored) in blobs.items()],
    }
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    section = zlib.compress(text.encode("utf-8"), 6)
    yield struct.pack(">Q", len(section))
    yield section
    for _size, _how, stored in blobs.values():
        yield stored


def _stored(content: bytes) -> tuple[str, bytes]:
    """("zlib", compressed) when the content compresses, else ("raw", content) untouched."""
    sample = content[:_SAMPLE]
    if len(zlib.compress(sample, 1)) > 0.9 * len(sample):
        return "raw", content
    packed = zlib.compress(content, 6)
    return ("zlib", packed) if len(packed) < len(content) else ("raw", content)


def _temporary_beside(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as error:
        raise user_error(CONTEXT, UNWRITABLE, path=str(path), reason=reason_of(error)) from None
    os.close(handle)
    return Path(name)


# -- reading ------------------------------------------------------------------------------------


class _opened:  # noqa: N801 - used as a context manager, like open()
    """The bundle opened for reading; an OSError becomes the file's own UserError."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._file: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        try:
            self._file = open(self._path, "rb")  # noqa: SIM115 - closed in __exit__
        except OSError as error:
            raise user_error(
                CONTEXT, UNREADABLE, path=str(self._path), reason=reason_of(error)
            ) from None
        return self._file

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if self._file is not None:
            self._file.close()
        if isinstance(error, OSError):  # a read failing halfway (a USB stick pulled out)
            raise user_error(
                CONTEXT, UNREADABLE, path=str(self._path), reason=reason_of(error)
            ) from None


def _verified(path: Path, source: BinaryIO) -> tuple[BundleHeader, Sealing, bytes]:
    """(header, its encryption parameters, the bytes the tags cover), checked in this order:
    magic, checksum, format version, header."""
    prefix = source.read(_PREFIX.size)
    if not prefix or not (prefix.startswith(MAGIC) or MAGIC.startswith(prefix)):
        raise _error(NOT_A_BUNDLE, path)
    if len(prefix) < _PREFIX.size:
        raise _error(DAMAGED, path)
    _magic, checksum, version, header_length = _PREFIX.unpack(prefix)
    digest = hashlib.sha256(prefix[40:])
    while block := source.read(_READ):
        digest.update(block)
    if not hmac.compare_digest(digest.digest(), checksum):
        raise _error(DAMAGED, path)
    if version > FORMAT_VERSION:
        raise user_error(CONTEXT, NEWER, path=str(path), found=version, known=FORMAT_VERSION)
    source.seek(_PREFIX.size)
    header_bytes = source.read(header_length) if header_length <= _MAX_HEADER else b""
    try:
        if version < 1 or len(header_bytes) != header_length:
            raise ValueError("no header")
        fields = json.loads(header_bytes.decode("utf-8"))
        header = _header_from(fields, version)
        sealing = Sealing.from_json(fields["encryption"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _error(DAMAGED, path) from None
    return header, sealing, prefix[40:] + header_bytes


def _header_from(fields: dict[str, Any], version: int) -> BundleHeader:
    def moment(value: Any) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    made_at = moment(fields["made_at"])
    if made_at is None or not isinstance(fields["sequence"], int):
        raise ValueError("made_at and sequence are required")
    return BundleHeader(
        format_version=version,
        bundle_id=UUID(str(fields["bundle_id"])),
        from_office=str(fields["from_office"]),
        from_office_name=str(fields["from_office_name"]),
        to_office=str(fields["to_office"]),
        sequence=fields["sequence"],
        made_at=made_at,
        since=moment(fields["since"]),
        schema_revision=str(fields["schema_revision"]),
        counts={str(table): int(count) for table, count in dict(fields["counts"]).items()},
        acknowledged_made_at=moment(fields["acknowledged_made_at"]),
    )


def _key_for(path: Path, sealing: Sealing, passphrase: str) -> bytes:
    key = key_for(sealing, passphrase)
    if key is None:
        raise _error(WRONG_PASSPHRASE, path)
    return key


def _parse_inner(inner: bytearray) -> tuple[dict[str, Any], dict[str, bytes]]:
    view = memoryview(inner)
    (length,) = struct.unpack(">Q", view[:8])
    index = json.loads(zlib.decompress(view[8 : 8 + length]).decode("utf-8"))
    contents: dict[str, bytes] = {}
    at = 8 + length
    for sha, size, stored, how in index["blobs"]:
        data = bytes(view[at : at + stored])
        at += stored
        content = zlib.decompress(data) if how == "zlib" else data
        if len(content) != size or hashlib.sha256(content).hexdigest() != sha:
            raise ValueError("an attachment does not match its digest")
        contents[sha] = content
    if at != len(inner) or not isinstance(index["payload"], dict):
        raise ValueError("the inner stream's length does not match its index")
    attachments = {name: contents[sha] for name, sha in index["attachments"].items()}
    return index["payload"], attachments


def _error(text: str, path: Path) -> UserError:
    return user_error(CONTEXT, text, path=str(path))
