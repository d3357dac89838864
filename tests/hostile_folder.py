"""Build a hostile raw folder next to a clean one, refresh both, print what happened as JSON.

Run by tests/test_hostile.py in a subprocess: under root it runs without the capabilities that
let root read anything (``setpriv --bounding-set=-dac_override,-dac_read_search``), so that a
file with mode 000 really cannot be read. Usage: ``python tests/hostile_folder.py TMPDIR``.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from dagster import DagsterInstance  # noqa: E402

from orchestration.rawfolder import scan_folder  # noqa: E402
from orchestration.resources import RawFolder  # noqa: E402
from orchestration.sensors import folder_cursor  # noqa: E402
from pipeline_support import SEED_ARTICLES, Env  # noqa: E402

OUTSIDE_TEXT = "Outside secret: Kazakhstan and France traded goods worth $9 billion in 2023."
BIG_LIMIT = 200_000
# name -> the quarantine reason it must get (None: read normally)
EXPECTED = {
    "locked.txt": "cannot be read: Permission denied",
    "bad\\xffname.txt": "file name is not valid UTF-8",
    "passwd.txt": "symlink leaves the raw folder",
    "x.txt": "symlink leaves the raw folder",
    "etcdir": "symlink leaves the raw folder",
    "loop.txt": "symlink loop",
    "dangling.txt": "dangling symlink (its target does not exist)",
    "sub": "folder cannot be read: Permission denied",
    "pipe.txt": "a FIFO, not a regular file",
    "big.txt": f"file is 0.3 MB, over the limit of {BIG_LIMIT / 1e6:.1f} MB for .txt files "
               "(BILATERAL_MAX_ARTICLE_BYTES); not read",
}


def good_files(raw: Path) -> None:
    raw.mkdir(parents=True)
    for path in sorted(SEED_ARTICLES.iterdir()):
        shutil.copy(path, raw / path.name)
    # decodable text that is not UTF-8 / HTML that does not parse cleanly: read, no markup kept
    text = "Kazakhstan and Latvia held political consultations in Riga on 12 March 2024. " * 3
    (raw / "utf16.txt").write_bytes(text.encode("utf-16-le"))
    (raw / "unclosed.html").write_text(
        "<html><head><title>Kazakhstan and Latvia talks\n<meta name='x' content='y'></head><body><p>"
        + text + "</p></body></html>", encoding="utf-8")


def hostile_files(raw: Path, tmp: Path) -> None:
    (tmp / "outside.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    locked = raw / "locked.txt"
    locked.write_text("Kazakhstan and Italy held talks in Rome.", encoding="utf-8")
    os.chmod(locked, 0)
    with open(os.path.join(os.fsencode(raw), b"bad\xffname.txt"), "wb") as fh:
        fh.write(b"Kazakhstan and Spain held talks in Madrid.")
    os.symlink("/etc/passwd", raw / "passwd.txt")
    os.symlink("../outside.txt", raw / "x.txt")
    os.symlink("/etc", raw / "etcdir")
    os.symlink("loop.txt", raw / "loop.txt")
    os.symlink("nothing-here.txt", raw / "dangling.txt")
    first = sorted(p.name for p in raw.glob("*.txt") if not p.is_symlink() and p.name != "locked.txt")[0]
    os.symlink(first, raw / "inside_link.txt")
    sub = raw / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("Kazakhstan and Peru held talks in Lima.", encoding="utf-8")
    os.chmod(sub, 0)
    os.mkfifo(raw / "pipe.txt")
    (raw / "big.txt").write_text("Kazakhstan and Chile held talks. " * 9000, encoding="utf-8")


def dump(env: Env, table: str, columns: str) -> list:
    return [list(map(str, r)) for r in env.query(f"select {columns} from {table} order by all")]


def main(tmp: Path) -> None:
    os.environ["BILATERAL_MAX_ARTICLE_BYTES"] = str(BIG_LIMIT)
    os.environ["BILATERAL_PUBLISH_RETRIES"] = "0"
    clean = Env(raw=tmp / "clean", warehouse=tmp / "clean-wh" / "w.duckdb", instance=DagsterInstance.ephemeral())
    good_files(clean.raw)
    hostile = Env(raw=tmp / "raw", warehouse=tmp / "wh" / "w.duckdb", instance=DagsterInstance.ephemeral())
    good_files(hostile.raw)
    hostile_files(hostile.raw, tmp)

    out = {"cursor": folder_cursor(RawFolder(path=str(hostile.raw))),
           "scan": [e.source_file for e in scan_folder(hostile.raw)]}
    out["clean_ok"] = clean.refresh(raise_on_error=False).success
    out["hostile_ok"] = hostile.refresh(raise_on_error=False).success
    out["second_ok"] = hostile.refresh(raise_on_error=False).success  # the same folder again: a no-op
    os.chmod(hostile.raw / "sub", 0o755)  # let the temp dir be removed
    if out["hostile_ok"]:
        facts = "reporter_iso3, partner_iso3, flow, measure, period_start, value_usd, evidence"
        events = "event_type, status, country_a_iso3, country_b_iso3, date_start, evidence"
        out["facts_equal"] = dump(hostile, "core.trade_facts", facts) == dump(clean, "core.trade_facts", facts)
        out["events_equal"] = dump(hostile, "core.visit_events", events) == dump(clean, "core.visit_events", events)
        out["quarantine"] = {f: r for f, r in hostile.query("select source_file, reason from core.quarantine where kind = 'file'")}
        out["outside_bytes"] = hostile.scalar(
            "select count(*) from core.articles where text like '%root:%' or text like '%Outside secret%'")
        out["statuses"] = dict(hostile.query("select source_file, status from meta.raw_files"))
        out["tags_left"] = hostile.scalar("select count(*) from core.articles where text like '%<%>%' or title like '%<%>%'")
        out["utf16_read"] = hostile.scalar("select count(*) from meta.article_sources where source_file = 'utf16.txt'")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
