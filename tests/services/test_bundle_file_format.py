"""The bundle file (issue 20, services/exchange/bundle_file.py): what goes in comes out, Thai
and large attachments included; a damaged, truncated, altered or newer file, or the wrong
passphrase, is refused with its own message naming the file; a failed write leaves nothing."""

from __future__ import annotations

import hashlib
import os
import struct
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.services.exchange import bundle_file
from vocdesk.services.exchange.bundle_file import (
    BundleHeader,
    check_passphrase,
    read_bundle,
    read_header,
    write_bundle,
)
from vocdesk.services.exchange.bundle_sealing import CHUNK, TAG

PASSPHRASE = "ส้มตำไก่ย่าง-2569"
PERSON = "นางสาวสมศรี ใจดี"
HEADER = BundleHeader(
    bundle_id=UUID("01938a2e-7c4b-7d2a-9f00-123456789abc"),
    from_office="CNX",
    from_office_name="สำนักงานเชียงใหม่",
    to_office="BKK",
    sequence=7,
    made_at=datetime(2026, 12, 5, 10, 30, 15, 123456, tzinfo=UTC),
    since=datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
    schema_revision="0017",
    counts={"stakeholder": 1, "complaint": 2},
    acknowledged_made_at=None,
)
PAYLOAD = {
    "tables": {
        "stakeholder": [{"id": "0193" + "0" * 28, "name": PERSON, "phone": "0812345678"}],
        "complaint": [{"number": "CNX-2569/000001", "detail": "รอคิวนาน 3 ชั่วโมง ⚠"}] * 2,
    },
    "tombstones": [["survey", "ab" * 16, "2026-12-01T00:00:00+00:00"]],
}


def written(tmp_path: Path, attachments: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / "CNX-to-BKK-0007.vocbundle"
    write_bundle(path, HEADER, PAYLOAD, attachments or {}, PASSPHRASE)
    return path


def refusal(path: Path, passphrase: str = PASSPHRASE) -> UserError:
    with pytest.raises(UserError) as refused:
        read_bundle(path, passphrase)
    assert refused.value.message.params["path"] == str(path)
    return refused.value


def rewrite_checksum(data: bytearray) -> bytearray:
    """The file's checksum made right again, as someone altering it on purpose would."""
    data[8:40] = hashlib.sha256(bytes(data[40:])).digest()
    return data


def test_what_was_written_is_read_back_with_thai_text_and_attachments(tmp_path: Path) -> None:
    files = {"a/ใบร้องเรียน.pdf": "%PDF-1.7 สวัสดี".encode() * 50, "b/empty.txt": b""}
    path = written(tmp_path, files)

    header, payload, attachments = read_bundle(path, PASSPHRASE)

    assert header == HEADER
    assert payload == PAYLOAD
    assert attachments == files
    assert read_header(path) == HEADER
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_the_file_shows_no_personal_data_and_the_clear_header_none(tmp_path: Path) -> None:
    path = written(tmp_path, {"note.txt": PERSON.encode() * 100})
    data = path.read_bytes()

    for secret in (PERSON, "0812345678", "รอคิวนาน"):
        assert secret.encode() not in data
    assert data.startswith(bundle_file.MAGIC)
    assert b'"from_office": "CNX"' in data  # the header is in clear, for read_header
    assert path.stat().st_mode & 0o077 == 0 or os.name != "posix"


def test_a_large_attachment_spans_chunks_and_a_repeated_one_is_stored_once(
    tmp_path: Path,
) -> None:
    photo = os.urandom(5 * CHUNK + 12345)  # incompressible, as a JPEG
    scan = b"page of a scanned letter " * 200_000  # 5 MB that compresses
    path = written(tmp_path, {"photo.jpg": photo, "copy-of-photo.jpg": photo, "scan.tif": scan})

    _, _, attachments = read_bundle(path, PASSPHRASE)

    assert attachments == {"photo.jpg": photo, "copy-of-photo.jpg": photo, "scan.tif": scan}
    assert path.stat().st_size < len(photo) + 200_000  # the photo once, the scan compressed


def test_a_payload_of_exactly_one_chunk_boundary_round_trips(tmp_path: Path) -> None:
    for extra in (-1, 0, 1):
        blob = os.urandom(CHUNK * 2 + extra)
        path = tmp_path / f"edge{extra}.vocbundle"
        write_bundle(path, HEADER, {}, {"x": blob}, PASSPHRASE)
        assert read_bundle(path, PASSPHRASE)[2] == {"x": blob}


def test_a_flipped_byte_anywhere_is_refused_before_the_passphrase_is_tried(
    tmp_path: Path,
) -> None:
    path = written(tmp_path, {"a.bin": os.urandom(200)})
    good = path.read_bytes()
    damaged = tmp_path / "damaged.vocbundle"
    for at in range(len(good)):
        data = bytearray(good)
        data[at] ^= 0x01
        damaged.write_bytes(bytes(data))
        expected = bundle_file.NOT_A_BUNDLE if at < 8 else bundle_file.DAMAGED
        assert refusal(damaged).message.text == expected, at


def test_a_truncated_file_is_refused_as_damaged(tmp_path: Path) -> None:
    path = written(tmp_path, {"a.bin": os.urandom(2 * CHUNK)})
    good = path.read_bytes()
    cut = tmp_path / "cut.vocbundle"
    for length in (3, 8, 40, 46, 100, len(good) // 2, len(good) - 16, len(good) - 1):
        cut.write_bytes(good[:length])
        assert refusal(cut).message.text == bundle_file.DAMAGED, length
        with pytest.raises(UserError):
            read_header(cut)


def test_the_wrong_passphrase_is_told_apart_from_damage(tmp_path: Path) -> None:
    path = written(tmp_path)

    error = refusal(path, "ส้มตำไก่ย่าง-2568")

    assert error.message.text == bundle_file.WRONG_PASSPHRASE
    assert read_header(path) == HEADER  # the header needs no passphrase
    assert check_passphrase(path, PASSPHRASE) == HEADER
    with pytest.raises(UserError) as refused:
        check_passphrase(path, "ส้มตำไก่ย่าง-2568")
    assert refused.value.message.text == bundle_file.WRONG_PASSPHRASE


def test_a_header_altered_with_its_checksum_made_right_is_refused(tmp_path: Path) -> None:
    path = written(tmp_path)
    data = bytearray(path.read_bytes())
    at = data.index(b'"to_office": "BKK"') + len('"to_office": "')
    data[at : at + 3] = b"KKC"  # sent to another office than the one it was made for

    path.write_bytes(bytes(data))
    assert refusal(path).message.text == bundle_file.DAMAGED
    path.write_bytes(bytes(rewrite_checksum(data)))
    assert read_header(path).to_office == "KKC"  # the clear header alone cannot tell ...
    assert refusal(path).message.text == bundle_file.ALTERED  # ... the sealed chunks can


def test_a_body_altered_or_cut_with_its_checksum_made_right_is_refused(tmp_path: Path) -> None:
    path = written(tmp_path, {"a.bin": os.urandom(CHUNK + 10)})
    good = path.read_bytes()

    altered = bytearray(good)
    altered[-100] ^= 0x80
    path.write_bytes(bytes(rewrite_checksum(altered)))
    assert refusal(path).message.text == bundle_file.ALTERED

    (header_length,) = struct.unpack(">I", good[42:46])
    first_chunk_end = 46 + header_length + CHUNK + TAG
    whole_chunk_dropped = bytearray(good[:first_chunk_end])  # the last chunk gone, cleanly
    path.write_bytes(bytes(rewrite_checksum(whole_chunk_dropped)))
    assert refusal(path).message.text == bundle_file.ALTERED


def test_a_newer_format_asks_to_update_vocdesk(tmp_path: Path) -> None:
    path = written(tmp_path)
    data = bytearray(path.read_bytes())
    data[40:42] = struct.pack(">H", bundle_file.FORMAT_VERSION + 1)
    path.write_bytes(bytes(rewrite_checksum(data)))

    for read in (read_header, lambda p: read_bundle(p, PASSPHRASE)):
        with pytest.raises(UserError) as refused:
            read(path)
        message = refused.value.message
        assert message.text == bundle_file.NEWER
        assert message.params["found"] == bundle_file.FORMAT_VERSION + 1
        assert "Update VocDesk" in message.english()


def test_a_file_that_is_not_a_bundle_or_is_missing_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    assert refusal(other).message.text == bundle_file.NOT_A_BUNDLE
    empty = tmp_path / "empty.vocbundle"
    empty.write_bytes(b"")
    assert refusal(empty).message.text == bundle_file.NOT_A_BUNDLE
    missing = tmp_path / "missing.vocbundle"
    error = refusal(missing)
    assert error.message.text == bundle_file.UNREADABLE
    assert "does not exist" in error.message.english()


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    path = written(tmp_path)
    before = path.read_bytes()

    with pytest.raises(TypeError):  # not JSON-able: a programming error, found before renaming
        write_bundle(path, HEADER, {"when": datetime.now(UTC)}, {}, PASSPHRASE)

    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_short_passphrase_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "x.vocbundle"
    with pytest.raises(UserError) as refused:
        write_bundle(path, HEADER, PAYLOAD, {}, "short")
    assert refused.value.message.text == bundle_file.SHORT_PASSPHRASE
    assert not path.exists()


def test_a_passphrase_typed_in_another_unicode_form_opens_the_bundle(tmp_path: Path) -> None:
    path = tmp_path / "nfc.vocbundle"
    write_bundle(path, HEADER, PAYLOAD, {}, "caf\u00e9-passphrase")  # é as one code point
    assert read_bundle(path, "cafe\u0301-passphrase")[1] == PAYLOAD  # e + combining accent


def test_a_header_without_optional_dates_round_trips(tmp_path: Path) -> None:
    header = BundleHeader(
        bundle_id=UUID(int=1), from_office="HQ", from_office_name="", to_office="",
        sequence=1, made_at=datetime(2026, 1, 1, tzinfo=UTC), schema_revision="0017",
    )  # fmt: skip
    path = tmp_path / "first.vocbundle"
    write_bundle(path, header, {}, {}, PASSPHRASE)
    assert read_bundle(path, PASSPHRASE) == (header, {}, {})
