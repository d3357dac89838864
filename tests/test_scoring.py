"""The scorer's lists of attribute misses (``-a``): every wrong date, place, visitor/host and missed
participant of the events found, one line each, from an invented article and a hand-made gold."""
from __future__ import annotations

import json

import duckdb
import pytest

from orchestration import goldscore
from scripts import score
from scripts.score import build_engine_only

TEXT = (" date 2024-05-06 Deputy Prime Minister of Kazakhstan Serik Zhumangarin and Hungarian Foreign Minister "
        "Péter Szijjártó co-chaired the intergovernmental commission in Budapest on May 5.")
GOLD = {
    "file": "case.txt", "language": "en", "published_on": "2024-05-06", "trade_facts": [],
    "visit_events": [{
        "type": "council", "status": "held", "pair": ["KAZ", "HUN"], "date": "2024-05", "location": "Budapest",
        "visitor": None, "host": "HUN",
        "participants": [{"name": "Serik Zhumangarin", "country": "KAZ", "role": "Deputy Prime Minister"},
                         {"name": "Nurbakh Rustemov", "country": "KAZ", "role": "Ambassador"}]}],
}


def test_attribute_misses_are_listed(tmp_path):
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir()
    gold.mkdir()
    (raw / "case.txt").write_text(TEXT, encoding="utf-8")
    (gold / "case.txt.json").write_text(json.dumps(GOLD), encoding="utf-8")
    build_engine_only(raw, tmp_path / "w.duckdb")
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        result = goldscore.score(con, gold)
    finally:
        con.close()
    assert (result["events"]["tp"], result["events"]["fp"], result["events"]["fn"]) == (1, 0, 0)
    assert result["attribute_errors"] == [
        "case.txt: council/held KAZ-HUN: WRONG event_date gold=2024-05 got=(datetime.date(2024, 5, 5), "
        "datetime.date(2024, 5, 5))",
        "case.txt: council/held KAZ-HUN: MISSED participant Nurbakh Rustemov (KAZ, Ambassador); got "
        "[('Serik Zhumangarin', 'KAZ'), ('Péter Szijjártó', 'HUN')]",
    ]
    assert goldscore.report(result, "case", True, True).splitlines()[-2:] == [f"  {e}" for e in result["attribute_errors"]]
    assert "WRONG" not in goldscore.report(result, "case", True, False)


def test_attribute_misses_are_refused_on_the_sealed_articles():
    dev = score.REPO_ROOT.parent / "shared" / "gold" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/gold/dev not beside the repo")
    for subset in ("sealed", "all"):
        with pytest.raises(SystemExit, match="use it with --subset open"):
            score.main(["--gold", str(dev), "--engine-only", "--subset", subset, "-a"])
