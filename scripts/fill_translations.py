#!/usr/bin/env python3
"""Fill unfinished entries of translations/vocdesk_th.ts from a JSON file, then let lupdate lay the file out again and compile the .qm.

Usage: python scripts/fill_translations.py [--en] FILE.json
       python scripts/fill_translations.py [--en] --list [CONTEXT...]

FILE.json maps a context to {English source: Thai translation}. Only entries of those contexts
are touched; an entry already translated is overwritten only if the JSON gives it. ``--list``
prints the unfinished sources of the given contexts (all contexts if none) as a JSON skeleton.
A text with plural forms ("%n row(s)") takes a list: one form in Thai (["%n แถว"]), two in
English (["%n row", "%n rows"]); ``--en`` works on translations/vocdesk_en.ts, which holds only
such English plural forms.
The file is edited under an exclusive lock, so several developers (or agents) working in one
tree do not overwrite each other's translations; run scripts/update_translations.sh first to
collect new strings.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "vocdesk_th.ts"
LOCK = ROOT / "translations" / ".vocdesk_th.lock"


def _unfinished(tree: ET.ElementTree, contexts: set[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        if contexts and name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.setdefault(name, {})[message.findtext("source") or ""] = ""
    return found


def _fill(tree: ET.ElementTree, wanted: dict[str, dict[str, str]]) -> tuple[int, list[str]]:
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        texts = wanted.get(context.findtext("name") or "")
        if not texts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in texts and translation is not None:
                if translation.get("type") in ("obsolete", "vanished"):
                    continue
                value = texts[source]
                if message.get("numerus") == "yes":
                    forms = [value] if isinstance(value, str) else list(value)
                    for old in list(translation):
                        translation.remove(old)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
    known = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    missing = [
        f"{ctx}: {src}" for ctx, texts in wanted.items() for src in texts if (ctx, src) not in known
    ]
    return filled, missing


def main(argv: list[str]) -> int:
    global TS
    if argv and argv[0] == "--en":
        TS, argv = ROOT / "translations" / "vocdesk_en.ts", argv[1:]
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if argv and argv[0] == "--list":
            tree = ET.parse(TS)
            print(json.dumps(_unfinished(tree, set(argv[1:])), ensure_ascii=False, indent=1))
            return 0
        if len(argv) != 1:
            print(__doc__, file=sys.stderr)
            return 2
        wanted = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        text = TS.read_text(encoding="utf-8")
        header = text[: text.index("<TS ")]
        tree = ET.ElementTree(ET.fromstring(text.encode("utf-8")))
        filled, missing = _fill(tree, wanted)
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        TS.write_text(header + body + "\n", encoding="utf-8")
    # lupdate writes the file back in its own layout (so commits show only real changes) and
    # the script compiles the .qm; it takes the lock itself, so this runs after ours is released.
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "update_translations.sh")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"filled {filled} entries")
    for line in missing:
        print(f"not in the .ts (run scripts/update_translations.sh?): {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
