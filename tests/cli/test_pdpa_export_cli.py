"""``vocdesk pdpa export --id ID --out FILE.zip --db PATH`` (issue 19): a person's zip by their
national ID, signed in as any command; a person not found exits 2 and writes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from test_cli import vocdesk_command

from vocdesk.db.models import Stakeholder
from vocdesk.services.database import open_database
from vocdesk.services.demo import generate_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    path = tmp_path_factory.mktemp("pdpa-cli") / "demo.sqlite"
    db, _ = open_database(path)
    generate_demo(db)
    with db.session_scope() as session:
        person = session.scalars(
            select(Stakeholder).where(Stakeholder.national_id.is_not(None)).limit(1)
        ).one()
        found = (person.national_id or "", person.name)
    db.dispose()
    return path, *found


def test_export_by_national_id_writes_json_csv_and_a_thai_pdf(demo_file, tmp_path: Path) -> None:
    path, national_id, name = demo_file
    out = tmp_path / "person.zip"
    run = vocdesk_command("pdpa", "export", "--db", path, "--id", national_id, "--out", out,
                          lang="th")  # fmt: skip
    assert run.code == 0, run.err
    assert name in run.out
    with zipfile.ZipFile(out) as archive:
        document = json.loads(archive.read("person.json"))
        assert document["person"]["national_id"] == national_id
        assert "tables/stakeholder.csv" in archive.namelist()
        pdf = tmp_path / "person.pdf"
        pdf.write_bytes(archive.read("person.pdf"))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "ข้อมูลในทะเบียน" in text and "พ.ศ. 2562" in text


def test_an_unknown_person_exits_2_and_writes_nothing(demo_file, tmp_path: Path) -> None:
    path, _, _ = demo_file
    out = tmp_path / "nobody.zip"
    run = vocdesk_command("pdpa", "export", "--db", path, "--id", "0000000000000", "--out", out)
    assert run.code == 2
    assert "0000000000000" in run.err
    assert not out.exists()
