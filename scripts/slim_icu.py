"""Make a small copy of an ICU data library (libicudata.so) for the Linux bundle.

The Linux bundle carries two ICU data libraries of about 32 MB each: Qt's (libQt6Core links it)
and icu4py's (VocDesk's Thai line breaking). Both hold every locale, collation, converter and
dictionary ICU knows, while VocDesk needs those of Thai, English and the root locale. This
script takes the data package out of the library (the `icudtNN_dat` symbol, in ICU's "common
data" format), keeps the items VocDesk can use, and links a new library with the same symbol and
soname (it needs a C compiler: `cc`). What is kept:

- every item that belongs to no locale (properties, normalisation, time zones, plurals, the
  locale index...), except the legacy code-page converters (*.cnv) other than the Thai ones,
  and the break dictionaries of other scripts (Chinese/Japanese, Khmer, Lao, Burmese);
- in the locales, collation and break-rule trees, the root, English and Thai locales; none of
  the trees of names (currencies, units, languages, regions, zones), number spelling or
  transliteration.

A locale ICU no longer has falls back to the root locale, as ICU does for any locale it does not
know: nothing fails, texts of other locales are simply not there.

    python scripts/slim_icu.py IN.so OUT.so
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES_KEPT = {"root", "en", "en_US", "en_US_POSIX", "th", "th_TH"}
# Tree items named like a locale (af.res, sr_Latn_BA.res, es_419.res), apart from these two.
LOCALE_ITEM = re.compile(r"^([a-z]{2,3}(?:_[A-Za-z0-9]*)*|root)\.res$")
NOT_LOCALES = {"res_index.res", "pool.res"}
CONVERTERS_KEPT = ("ibm-874_", "windows-874-", "iso-8859_11-")  # Thai code pages
DICTIONARIES_KEPT = ("thaidict.dict",)
# Trees VocDesk never reads: transliteration, number spelling, and the names of currencies,
# units, languages, regions and time zones (Qt has its own locale data; icu4py breaks lines).
TREES_DROPPED = ("translit/", "rbnf/", "unit/", "curr/", "lang/", "region/", "zone/")


def item_wanted(name: str) -> bool:
    """Whether a data item (e.g. 'icudt78l/coll/th.res') stays in the small package."""
    tree = name.split("/", 1)[-1]  # without the package's own prefix (icudt78l/)
    if tree.startswith(TREES_DROPPED):
        return False
    base = name.rsplit("/", 1)[-1]
    if base.endswith(".cnv"):
        return base.startswith(CONVERTERS_KEPT)
    if base.endswith(".dict"):
        return base in DICTIONARIES_KEPT
    match = LOCALE_ITEM.match(base)
    if match and base not in NOT_LOCALES:
        return match.group(1) in LOCALES_KEPT
    return True


def data_symbol(library: bytes) -> tuple[str, int, int]:
    """The ICU data symbol of an ELF64 little-endian library: (name, file offset, size)."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        strings = sections[section[6]][4]
        for index in range(section[5] // 24):
            name_at, _info, _other, shndx, value, size = struct.unpack_from(
                "<IBBHQQ", library, section[4] + index * 24
            )
            name = library[strings + name_at : library.index(b"\0", strings + name_at)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                owner = sections[shndx]
                return name, owner[4] + value - owner[3], size
    raise ValueError("no icudtNN_dat symbol: not an ICU data library")


def slim_package(package: bytes) -> tuple[bytes, int, int]:
    """The common-data package with only the wanted items: (package, items kept, items before)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = package[start : package.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(package) - header_size
        items.append((name, package[header_size + data_at : header_size + end]))
    kept = [(name, data) for name, data in items if item_wanted(name)]  # stays sorted by name

    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    data_at = (toc_size + len(names) + 15) // 16 * 16  # items start 16-byte aligned
    entries, blobs, name_at = [], [], toc_size
    for name, data in kept:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        blobs.append(padded)
        data_at += len(padded)
    body = struct.pack("<I", len(kept)) + b"".join(entries) + names
    body += b"\0" * (-len(body) % 16)
    return package[:header_size] + body + b"".join(blobs), len(kept), count


def soname(library: Path) -> str:
    out = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[(.+)\]", out)
    return match.group(1) if match else library.name


def build_library(package: bytes, symbol: str, so_name: str, out: Path) -> None:
    """Link a shared library that holds the package under `symbol`, as ICU's own build does."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler (cc) to link the small ICU data library")
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudata.dat"
        dat.write_bytes(package)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
            f'{symbol}:\n.incbin "{dat}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{so_name}",
                "-o",
                str(out),
                str(source),
            ],
            check=True,
        )


def slim_library(source: Path, out: Path) -> tuple[int, int]:
    """Write the small copy of `source` to `out`; returns (items kept, items before)."""
    library = source.read_bytes()
    symbol, offset, size = data_symbol(library)
    package, kept, before = slim_package(library[offset : offset + size])
    build_library(package, symbol, soname(source), out)
    return kept, before


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    source, out = Path(argv[0]), Path(argv[1])
    kept, before = slim_library(source, out)
    print(
        f"{source.name}: {kept} of {before} ICU data items kept, "
        f"{source.stat().st_size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
