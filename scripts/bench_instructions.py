"""Engine cost in machine instructions per article: a measure that does not move with the load of a
shared machine, unlike articles/s (valgrind's callgrind counts every instruction executed).

    .venv/bin/python scripts/bench_instructions.py [--engine DIR] [--shared ../shared]

Runs ``scripts/bench_engine.py`` under callgrind twice side by side, once with no article and once over
the seed and dev articles (one copy), and prints the difference divided by the number of articles (start-up
and the loading of the gazetteers cancel out). Takes about 2-3 minutes; needs ``valgrind`` on the PATH.
``--engine DIR`` measures the ``elshi`` package of another checkout (e.g. a ``git worktree`` of an older
commit), so two engines can be compared on the same machine.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _instructions(engine: Path, shared: Path, copies: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(engine))
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
           str(ROOT / "scripts" / "bench_engine.py"), "--copies", str(copies), "--shared", str(shared)]
    return subprocess.Popen(cmd, env=env, cwd=engine, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _collected(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"bench under valgrind failed ({proc.returncode}):\n{err[-2000:]}")
    m = re.search(r"Collected : (\d+)", err)
    if not m:
        raise SystemExit(f"valgrind printed no instruction count:\n{err[-2000:]}")
    return int(m.group(1)), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", type=Path, default=ROOT, help="checkout whose elshi package is measured")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    engine = args.engine.resolve()
    print(f"measuring {engine} under callgrind (2-3 minutes) ...", flush=True)
    empty, full = _instructions(engine, args.shared, 0), _instructions(engine, args.shared, 1)
    base, _ = _collected(empty)
    total, out = _collected(full)
    articles = int(re.search(r"articles=(\d+)", out).group(1))
    print(f"articles={articles} start-up={base / 1e9:.2f}G instructions")
    print(f"instructions/article={(total - base) / articles / 1e6:.1f}M")


if __name__ == "__main__":
    main()
