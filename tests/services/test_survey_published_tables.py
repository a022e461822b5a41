"""Published Thai survey tables reproduced through the responses import and the results export.

Each fixture under ``tests/data/surveys/`` is a response file built from a published table's
distribution; it goes in with ``vocdesk import responses`` and out with ``vocdesk export
survey-results`` (both as a user runs them), and the exported n, mean and sample S.D. (n − 1),
rounded to two decimals as the reports print them, must equal the published figures.

Sources:

1. 5-point scale, counts published. Valaya Alongkorn Rajabhat University (มหาวิทยาลัยราชภัฏ
   วไลยอลงกรณ์ ในพระบรมราชูปถัมภ์), Office of Academic Promotion and Registration (สำนักส่งเสริม
   วิชาการและงานทะเบียน), "ผลการประเมินการให้บริการหน้าเคาน์เตอร์" (counter service evaluation),
   item "การบริการของบุคลากร": ดีมาก 169 (53.14 %), ดี 90 (28.30 %), พอใช้ 45 (14.15 %),
   แย่ 8 (2.52 %), ควรปรับปรุง 6 (1.89 %), total 318; MEAN 4.28, S.D. 0.93, เกณฑ์ ดีมาก (bands
   of width 0.8: 4.21–5.00 ดีมาก). Web page
   http://acad.vru.ac.th/acad/about_acad/staff/assetresult_service_score.php (the page gives no
   year). The fixture holds the 318 answers as their Thai labels, plus a timestamp column.
   By hand: Σx = 169·5 + 90·4 + 45·3 + 8·2 + 6·1 = 1,362, mean = 1,362 / 318 = 4.2830;
   Σx² = 6,108, S.D. = √((6,108 − 1,362²/318) / 317) = √(274.53 / 317) = 0.9306.

2. 4-point scale with "no opinion", percentages published. King Prajadhipok's Institute
   (สถาบันพระปกเกล้า), "ความเชื่อมั่นต่อสถาบันต่างๆ และความพึงพอใจต่อการบริการสาธารณะ" (confidence
   in institutions and satisfaction with public services), tables by region, column ทั่วประเทศ
   (whole country) unless said; 4 พอใจมาก, 3 ค่อนข้างพอใจ, 2 ไม่ค่อยพอใจ, 1 ไม่พอใจเลย:
   a. พ.ศ. 2564 report (kpiebook65025, p. 254), การแก้ไขเพิ่มเติมรัฐธรรมนูญ: 8.2 / 43.5 / 24.7 /
      9.0 %, ไม่มีความเห็น 14.6 %; ค่าเฉลี่ย 2.60, ส่วนเบี่ยงเบนมาตรฐาน 0.80, ค่อนข้างพอใจ.
      https://kpi-lib.com/flippdf/kpiebook65025/files/basic-html/page254.html
   b. พ.ศ. 2565 report (kpiebook66019, p. 244), มาตรการกระตุ้นเศรษฐกิจ มาตรการฯ "ยิ่งใช้ยิ่งได้":
      9.6 / 47.9 / 20.2 / 5.9 %, ไม่มีความเห็น 16.4 %; 2.73, 0.75, ค่อนข้างพอใจ.
      https://kpi-lib.com/flippdf/kpiebook66019/files/basic-html/page244.html
   c. พ.ศ. 2562 report (kpi21371, p. 279), confidence in สภาองค์กรชุมชน (4 เชื่อมั่นมาก ...
      1 ไม่เชื่อมั่น): 5.8 / 42.1 / 17.0 / 3.9 %, ไม่มีความเห็น 17.3 %, ไม่รู้จัก (does not know
      it) 13.9 %; 2.72, 0.69, ค่อนข้างเชื่อมั่น. Both non-answers are left out of n, mean and S.D.
      (the file's "ไม่รู้จัก" is read as "no opinion" with ``--map``).
      https://kpi-lib.com/flippdf/kpi21371/files/basic-html/page279.html
   d. as (a), column กรุงเทพมหานคร: 4.5 / 28.1 / 30.6 / 17.3 %, ไม่มีความเห็น 19.5 %; 2.25,
      0.85, ไม่ค่อยพอใจ.
   These reports print percentages (one decimal), not counts, so each column of the fixture is
   1,000 forms with the percentages × 10 as counts (the mean and S.D. depend on the shares only;
   S.D. with n − 1 differs from n by a factor √(n/(n−1)) ≈ 1.0006 here, below the second
   decimal). By hand, (a): n = 854, Σx = 82·4 + 435·3 + 247·2 + 90 = 2,217, mean 2.5960;
   Σx² = 6,305, S.D. = √((6,305 − 2,217²/854) / 853) = 0.8027. (b): n = 836, mean 2,284 / 836 =
   2.7321, S.D. 0.7534. (c): n = 688, mean 1,874 / 688 = 2.7238, S.D. 0.6947. (d): n = 805,
   mean 1,808 / 805 = 2.2460, S.D. 0.8532. The same check on the 2563 report's first policy
   item (p. 248: 9.4 / 51.3 / 24.8 / 8.2 %, published S.D. 0.78) gives 0.7749: the printed
   percentages are rounded too coarsely to give that one back, so it is not used.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest

from vocdesk.db.models import Survey, SurveyChoice, SurveyQuestion
from vocdesk.domain.enums import BandConvention, QuestionType, SurveyKind
from vocdesk.services.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from test_cli import vocdesk_command  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "surveys"
VRU_LEVELS = ("ควรปรับปรุง", "แย่", "พอใช้", "ดี", "ดีมาก")  # 1..5
SATISFIED = ("ไม่พอใจเลย", "ไม่ค่อยพอใจ", "ค่อนข้างพอใจ", "พอใจมาก")  # 1..4
CONFIDENT = ("ไม่เชื่อมั่น", "ไม่ค่อยเชื่อมั่น", "ค่อนข้างเชื่อมั่น", "เชื่อมั่นมาก")

# code: (n, mean, S.D., band level) as published; n as the fixture holds it (see above).
PUBLISHED = {
    "VRU-COUNTER": {"SERVICE": (318, 4.28, 0.93, 5)},
    "KPI-PUBLIC": {
        "CONSTITUTION": (854, 2.60, 0.80, 3),
        "STIMULUS": (836, 2.73, 0.75, 3),
        "COUNCIL": (688, 2.72, 0.69, 3),
        "CONSTITUTION_BKK": (805, 2.25, 0.85, 2),
    },
}


def _rating(position: int, code: str, text: str, labels: tuple[str, ...]) -> SurveyQuestion:
    return SurveyQuestion(
        position=position, code=code, number=str(position), text_th=text, dimension="overall",
        type=QuestionType.RATING, points=len(labels), offers_no_opinion=True,
        choices=[SurveyChoice(value=v, label_th=label) for v, label in enumerate(labels, start=1)],
    )  # fmt: skip


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "published.sqlite"
    db, _ = open_database(path)
    with db.session_scope() as session:
        session.add(Survey(
            code="VRU-COUNTER", title_th="ผลการประเมินการให้บริการหน้าเคาน์เตอร์", fiscal_year=2565,
            kind=SurveyKind.SATISFACTION, scale_points=5, band_convention=BandConvention.EQUAL_WIDTH,
            questions=[_rating(1, "SERVICE", "การบริการของบุคลากร", VRU_LEVELS)],
        ))  # fmt: skip
        session.add(Survey(
            code="KPI-PUBLIC", title_th="ความพึงพอใจต่อการบริการสาธารณะ", fiscal_year=2564,
            kind=SurveyKind.SATISFACTION, scale_points=4, band_convention=BandConvention.EQUAL_WIDTH,
            questions=[
                _rating(1, "CONSTITUTION", "การแก้ไขเพิ่มเติมรัฐธรรมนูญ", SATISFIED),
                _rating(2, "STIMULUS", "มาตรการกระตุ้นเศรษฐกิจ มาตรการฯ “ยิ่งใช้ยิ่งได้”", SATISFIED),
                _rating(3, "COUNCIL", "สภาองค์กรชุมชน", CONFIDENT),
                _rating(4, "CONSTITUTION_BKK", "การแก้ไขเพิ่มเติมรัฐธรรมนูญ (กรุงเทพมหานคร)", SATISFIED),
            ],
        ))  # fmt: skip
    db.dispose()
    return path


def test_the_fixtures_hold_the_published_distributions() -> None:
    with (DATA / "vru_counter_service_5pt.csv").open(encoding="utf-8-sig") as handle:
        vru = Counter(row["การบริการของบุคลากร"] for row in csv.DictReader(handle))
    assert vru == {"ดีมาก": 169, "ดี": 90, "พอใช้": 45, "แย่": 8, "ควรปรับปรุง": 6}
    with (DATA / "kpi_public_services_4pt.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))[1:]
    columns = [Counter(row[k] for row in rows) for k in range(1, 5)]
    assert columns[0] == {"พอใจมาก": 82, "ค่อนข้างพอใจ": 435, "ไม่ค่อยพอใจ": 247, "ไม่พอใจเลย": 90,
                          "ไม่มีความเห็น": 146}  # fmt: skip
    assert columns[1] == {"พอใจมาก": 96, "ค่อนข้างพอใจ": 479, "ไม่ค่อยพอใจ": 202, "ไม่พอใจเลย": 59,
                          "ไม่มีความเห็น": 164}  # fmt: skip
    assert columns[2] == {"เชื่อมั่นมาก": 58, "ค่อนข้างเชื่อมั่น": 421, "ไม่ค่อยเชื่อมั่น": 170,
                          "ไม่เชื่อมั่น": 39, "ไม่มีความเห็น": 173, "ไม่รู้จัก": 139}  # fmt: skip
    assert columns[3] == {"พอใจมาก": 45, "ค่อนข้างพอใจ": 281, "ไม่ค่อยพอใจ": 306, "ไม่พอใจเลย": 173,
                          "ไม่มีความเห็น": 195}  # fmt: skip


def _import_and_export(
    db_path: Path, tmp_path: Path, code: str, source: Path, *options: str
) -> dict[str, dict[str, str]]:
    imported = vocdesk_command("import", "responses", source, "--survey", code, "--db", db_path,
                               *options)  # fmt: skip
    assert imported.code == 0, imported.err
    target = tmp_path / f"{code}.csv"
    exported = vocdesk_command("export", "survey-results", code, target, "--db", db_path)
    assert exported.code == 0, exported.err
    with target.open(encoding="utf-8-sig") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)
                if row["level"] == "item" and not row["segment"]}  # fmt: skip


def _printed(value: str) -> float:
    """As a Thai report prints it: two decimals, half up."""
    return float(f"{float(value) + 1e-9:.2f}")


def test_a_five_point_table_with_counts(db_path: Path, tmp_path: Path) -> None:
    items = _import_and_export(db_path, tmp_path, "VRU-COUNTER",
                               DATA / "vru_counter_service_5pt.csv")  # fmt: skip

    row = items["SERVICE"]
    n, mean, sd, band = PUBLISHED["VRU-COUNTER"]["SERVICE"]
    assert (int(row["n"]), _printed(row["mean"]), _printed(row["sd"])) == (n, mean, sd)
    assert int(row["band_level"]) == band  # 4.21-5.00: the top band ("ดีมาก" in the report)
    assert float(row["mean"]) == pytest.approx(1362 / 318)
    assert float(row["percent"]) == pytest.approx(1362 / 318 / 5 * 100)
    assert float(row["satisfied_pct"]) == pytest.approx((169 + 90) / 318 * 100)  # 81.45 %
    assert float(row["dissatisfied_pct"]) == pytest.approx((8 + 6) / 318 * 100)  # 4.40 %


def test_a_four_point_table_with_no_opinion(db_path: Path, tmp_path: Path) -> None:
    items = _import_and_export(db_path, tmp_path, "KPI-PUBLIC",
                               DATA / "kpi_public_services_4pt.csv",
                               "--map", "COUNCIL:ไม่รู้จัก=no_opinion")  # fmt: skip

    for code, (n, mean, sd, band) in PUBLISHED["KPI-PUBLIC"].items():
        row = items[code]
        assert (int(row["n"]), _printed(row["mean"]), _printed(row["sd"])) == (n, mean, sd), code
        assert int(row["band_level"]) == band, code  # equal-width bands of 0.75 on 4 points
    constitution = items["CONSTITUTION"]
    assert float(constitution["mean"]) == pytest.approx(2217 / 854)
    assert float(constitution["percent"]) == pytest.approx(2217 / 854 / 4 * 100)  # 64.90 %
    assert float(constitution["satisfied_pct"]) == pytest.approx((82 + 435) / 854 * 100)
