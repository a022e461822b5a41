"""The bundle file alone (services/exchange/bundle_file.py): write and read a bundle of N rows
shaped like the records offices exchange (ids, dates, Thai text), with a few attachments.

Run: python benchmarks/bench_bundle_file.py [--rows 100000] [--runs 3]

Prints, per run, the seconds to write and to read (each includes one scrypt derivation, timed
apart), the file's size, and the size of the same payload as plain JSON for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vocdesk.services.exchange import bundle_sealing
from vocdesk.services.exchange.bundle_file import BundleHeader, read_bundle, write_bundle

WORDS = [
    "รอคิวนาน",
    "เจ้าหน้าที่",
    "บริการดี",
    "สุภาพ",
    "ช้า",
    "เอกสาร",
    "ไม่ครบ",
    "ขอบคุณ",
    "ระบบ",
    "ล่ม",
    "ที่จอดรถ",
]
PASSPHRASE = "บันทึกเสียงของผู้รับบริการ-2569"


def payload(rows: int, seed: int = 2569) -> dict[str, object]:
    """``rows`` records spread over a stakeholder-like and a listening-entry-like table."""
    rng = random.Random(seed)
    start = datetime(2025, 10, 1, tzinfo=UTC)

    def moment() -> str:
        return (start + timedelta(seconds=rng.randrange(30_000_000))).isoformat()

    people, entries = [], []
    for index in range(rows):
        common = {
            "id": uuid.UUID(int=rng.getrandbits(128)).hex,
            "created_at": moment(), "updated_at": moment(), "origin_office": "CNX",
            "edited_office": "", "version": rng.randrange(1, 5),
        }  # fmt: skip
        if index % 4 == 0:
            people.append(common | {
                "name": f"นาย{rng.choice(WORDS)} {rng.choice(WORDS)}",
                "national_id": f"{rng.randrange(10**12, 10**13)}",
                "phone": f"08{rng.randrange(10**7, 10**8)}", "email": None,
                "segment_id": uuid.UUID(int=rng.getrandbits(128)).hex, "status": "current",
            })  # fmt: skip
        else:
            entries.append(common | {
                "received_at": moment(), "channel_id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "stage": rng.choice(["before", "during", "after"]), "type": "complaint",
                "text": " ".join(rng.choice(WORDS) for _ in range(rng.randrange(5, 25))),
                "sentiment": rng.choice([-1, 0, 1]),
            })  # fmt: skip
    return {"tables": {"stakeholder": people, "feedback_entry": entries}, "tombstones": []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = payload(args.rows)
    files = {"scan.pdf": os.urandom(2_000_000), "photo.jpg": os.urandom(500_000)}
    header = BundleHeader(
        bundle_id=uuid.uuid4(), from_office="CNX", from_office_name="เชียงใหม่", to_office="BKK",
        sequence=1, made_at=datetime.now(UTC), schema_revision="0017",
        counts={"stakeholder": args.rows // 4, "feedback_entry": args.rows - args.rows // 4},
    )  # fmt: skip
    plain = len(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    started = time.perf_counter()
    bundle_sealing.derive(
        PASSPHRASE,
        os.urandom(16),
        bundle_sealing.SCRYPT_N,
        bundle_sealing.SCRYPT_R,
        bundle_sealing.SCRYPT_P,
    )
    kdf = time.perf_counter() - started
    writes, reads = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vocbundle"
        for _ in range(args.runs):
            started = time.perf_counter()
            write_bundle(path, header, data, files, PASSPHRASE)
            writes.append(time.perf_counter() - started)
            started = time.perf_counter()
            _, back, _ = read_bundle(path, PASSPHRASE)
            reads.append(time.perf_counter() - started)
            assert back == data
        size = path.stat().st_size
    attached = sum(len(content) for content in files.values())
    print(f"rows {args.rows:,}; attachments {attached / 1e6:.1f} MB (incompressible)")
    print(f"scrypt n={bundle_sealing.SCRYPT_N} r={bundle_sealing.SCRYPT_R} p={bundle_sealing.SCRYPT_P}: "
          f"{kdf:.3f} s per derivation (once per write, once per read)")  # fmt: skip
    print(f"write  median {statistics.median(writes):.2f} s  (runs: "
          f"{', '.join(f'{t:.2f}' for t in writes)})")  # fmt: skip
    print(f"read   median {statistics.median(reads):.2f} s  (runs: "
          f"{', '.join(f'{t:.2f}' for t in reads)})")  # fmt: skip
    print(f"file   {size / 1e6:.1f} MB, of which {(size - attached) / 1e6:.1f} MB records; "
          f"the records as plain JSON: {plain / 1e6:.1f} MB "
          f"({plain / max(size - attached, 1):.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
