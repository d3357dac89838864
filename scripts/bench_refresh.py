"""Refresh benchmark: full refresh of N distinct articles, a no-op refresh, and one after adding
100 files; wall time, articles/s and peak memory of the whole process tree (PSS of all step
processes summed: shared pages counted once), with a 2,000-article refresh first for the memory ratio. `make bench-refresh N=20000`.

Each refresh runs the `refresh` job as `dagster job execute` would (the job's own executor) in
a fresh DAGSTER_HOME, raw folder and warehouse under --workdir.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.make_corpus import write_corpus  # noqa: E402



def _pss(pid: int) -> int:
    """Proportional set size: resident bytes with pages shared between processes (the step
    processes forked from one server) divided among them, so a tree's sum is its real footprint."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(root: int) -> int:
    """Memory (PSS) of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        todo += children.get(pid, [])
    return total


def run_refresh(env: dict, log: Path) -> tuple[float, int]:
    """(seconds, peak PSS bytes of the process tree) of one refresh."""
    cmd = [str(REPO / ".venv" / "bin" / "dagster"), "job", "execute", "-m", "orchestration.definitions", "-j", "refresh"]
    start = time.perf_counter()
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak = 0
        stop = threading.Event()

        def watch():
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, tree_memory(proc.pid))
                stop.wait(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        code = proc.wait()
        stop.set()
        watcher.join()
    seconds = time.perf_counter() - start
    if code != 0:
        sys.exit(f"refresh failed (exit {code}); see {log}")
    return seconds, peak


def setup(workdir: Path, n: int) -> dict:
    if workdir.exists():
        shutil.rmtree(workdir)
    (workdir / "home").mkdir(parents=True)
    shutil.copy(REPO / "orchestration" / "dagster.yaml", workdir / "home" / "dagster.yaml")
    t = time.perf_counter()
    write_corpus(workdir / "raw", n)
    print(f"  corpus: {n:,} articles written in {time.perf_counter() - t:.1f} s "
          f"({sum(p.stat().st_size for p in (workdir / 'raw').rglob('*') if p.is_file()) / 1e6:.0f} MB)", flush=True)
    return {**os.environ, "DAGSTER_HOME": str(workdir / "home"), "BILATERAL_RAW_DIR": str(workdir / "raw"),
            "BILATERAL_WAREHOUSE": str(workdir / "wh" / "bilateral.duckdb"), "UV_COMPILE_BYTECODE": "1"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--baseline", type=int, default=2000, help="the small refresh measured first (0: none)")
    ap.add_argument("--add", type=int, default=100, help="files added for the incremental refresh")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/bilateral-bench"))
    args = ap.parse_args(argv)

    results = {}
    for n in ([args.baseline] if args.baseline else []) + [args.n]:
        workdir = args.workdir / str(n)
        print(f"{n:,} articles:", flush=True)
        env = setup(workdir, n)
        log = workdir / "refresh.log"
        full, peak = run_refresh(env, log)
        print(f"  full refresh   {full:7.1f} s  {n / full:6.0f} articles/s  peak PSS {peak / 2**20:6.0f} MiB", flush=True)
        noop, _ = run_refresh(env, log)
        print(f"  no-op refresh  {noop:7.1f} s", flush=True)
        write_corpus(workdir / "raw", args.add, start=n)
        inc, inc_peak = run_refresh(env, log)
        print(f"  +{args.add} files     {inc:7.1f} s  ({100 * inc / full:.1f} % of full)  peak PSS {inc_peak / 2**20:.0f} MiB",
              flush=True)
        results[n] = (full, peak, noop, inc)
    if args.baseline:
        ratio = results[args.n][1] / results[args.baseline][1]
        print(f"peak PSS {args.n:,} / {args.baseline:,}: {ratio:.2f}x")
    print(f"machine: {os.cpu_count()} cores; measured {time.strftime('%Y-%m-%d')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
