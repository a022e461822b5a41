"""The encryption of a bundle (``bundle_file``), with the ``cryptography`` library.

Key: scrypt(the passphrase in Unicode NFC as UTF-8, a random 16-byte salt, n=2**17, r=8, p=1)
gives 64 bytes: the first 32 are the AES-256-GCM key; the last 32 make a 16-byte passphrase
check (HMAC-SHA256 of a fixed label) kept in the clear header, so that a wrong passphrase is
told apart from a file altered after it was made (both would fail the tags). n=2**17 costs
about 0.25 s and 128 MiB here (benchmarks/bench_bundle_file.py); a header asking for more than
n=2**20, r=16 or p=4 is refused unread, so a hostile file cannot make a reader spend more.

Body: the inner stream cut into chunks of 1 MiB, each sealed with AES-256-GCM (ciphertext then
its 16-byte tag): chunk ``i`` under nonce = the header's random 12-byte nonce XOR ``i``, with
associated data = the clear part it is given (``covered``: the format version, the header's
length and the header) + ``i`` (8 bytes) + 1 on the last chunk, else 0. So a changed header,
and a reordered, dropped, repeated or added chunk, each fail a tag. Chunks keep every call
under the library's limit of 2**31 bytes and let a large attachment stream through.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CIPHER, KDF = "AES-256-GCM", "scrypt"
CHUNK = 1 << 20  # plaintext bytes per sealed chunk
TAG = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1
MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 1 << 20, 16, 4
_CHECK_LABEL = b"VocDesk bundle passphrase check"


class Unsealable(ValueError):
    """A chunk failed its tag (altered, cut, reordered) or the body is cut short."""


@dataclass(frozen=True)
class Sealing:
    """The encryption's parameters, kept in the clear header: no secret among them."""

    nonce: bytes
    salt: bytes
    check: bytes  # the passphrase check
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def as_json(self) -> dict[str, Any]:
        return {
            "cipher": CIPHER, "kdf": KDF, "chunk": CHUNK, "nonce": self.nonce.hex(),
            "salt": self.salt.hex(), "n": self.n, "r": self.r, "p": self.p,
            "check": self.check.hex(),
        }  # fmt: skip

    @classmethod
    def from_json(cls, clear: dict[str, Any]) -> Sealing:
        """The parameters a header gives; ValueError (or KeyError, TypeError) when they are
        not ours or cost more than any VocDesk writes."""
        sealing = cls(
            nonce=bytes.fromhex(clear["nonce"]), salt=bytes.fromhex(clear["salt"]),
            check=bytes.fromhex(clear["check"]), n=int(clear["n"]), r=int(clear["r"]),
            p=int(clear["p"]),
        )  # fmt: skip
        n, r, p = sealing.n, sealing.r, sealing.p
        if (
            clear["cipher"] != CIPHER or clear["kdf"] != KDF or clear["chunk"] != CHUNK
            or len(sealing.nonce) != 12 or len(sealing.salt) != 16 or len(sealing.check) != 16
            or n < 2 or n & (n - 1) or n > MAX_SCRYPT_N
            or not 1 <= r <= MAX_SCRYPT_R or not 1 <= p <= MAX_SCRYPT_P
        ):  # fmt: skip
            raise ValueError("unknown encryption parameters")
        return sealing


def new_sealing(passphrase: str) -> tuple[Sealing, bytes]:
    """Fresh parameters (random salt and nonce) and the key ``passphrase`` gives under them."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return Sealing(nonce=nonce, salt=salt, check=check), key


def key_for(sealing: Sealing, passphrase: str) -> bytes | None:
    """The key ``passphrase`` gives under ``sealing``; None when its check does not match."""
    key, check = derive(passphrase, sealing.salt, sealing.n, sealing.r, sealing.p)
    return key if hmac.compare_digest(check, sealing.check) else None


def derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(the AES-256 key, the passphrase check) for ``passphrase`` under ``salt``."""
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(secret)
    return derived[:32], hmac.new(derived[32:], _CHECK_LABEL, hashlib.sha256).digest()[:16]


class Sealer:
    """Cuts the inner stream fed to it into chunks and writes each sealed to ``out``, adding
    what it writes to ``digest`` (the file's checksum)."""

    def __init__(
        self, key: bytes, sealing: Sealing, covered: bytes, out: BinaryIO, digest: Any
    ) -> None:
        self._aead, self._nonce, self._covered = AESGCM(key), sealing.nonce, covered
        self._out, self._digest = out, digest
        self._pending = bytearray()
        self._index = 0

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        if self._pending:  # top up the chunk begun by the previous piece
            room = CHUNK - len(self._pending)
            self._pending += view[:room]
            view = view[room:]
            if not view:
                return
            self._emit(bytes(self._pending), last=False)
            self._pending.clear()
        while len(view) > CHUNK:  # the last chunk is kept back: only close() knows it is last
            self._emit(view[:CHUNK], last=False)
            view = view[CHUNK:]
        self._pending += view

    def close(self) -> None:
        self._emit(bytes(self._pending), last=True)

    def _emit(self, chunk: bytes | memoryview, *, last: bool) -> None:
        index = self._index
        sealed = self._aead.encrypt(
            _chunk_nonce(self._nonce, index), chunk, _chunk_data(self._covered, index, last)
        )
        self._out.write(sealed)
        self._digest.update(sealed)
        self._index += 1


def unseal(
    source: BinaryIO, body_start: int, key: bytes, sealing: Sealing, covered: bytes
) -> bytearray:
    """The inner stream of the body that starts at ``body_start`` and runs to the end of
    ``source``, every chunk's tag checked; ``Unsealable`` at the first that fails."""
    aead = AESGCM(key)
    source.seek(0, os.SEEK_END)
    remaining = source.tell() - body_start
    source.seek(body_start)
    inner = bytearray()
    index = 0
    while True:
        sealed = source.read(min(CHUNK + TAG, max(remaining, 0)))
        remaining -= len(sealed)
        last = remaining <= 0
        try:
            inner += aead.decrypt(
                _chunk_nonce(sealing.nonce, index), sealed, _chunk_data(covered, index, last)
            )
        except (InvalidTag, ValueError):
            raise Unsealable(f"chunk {index}") from None
        if last:
            return inner
        index += 1


def _chunk_nonce(nonce: bytes, index: int) -> bytes:
    return (int.from_bytes(nonce, "big") ^ index).to_bytes(12, "big")


def _chunk_data(covered: bytes, index: int, last: bool) -> bytes:
    return covered + struct.pack(">QB", index, 1 if last else 0)
