"""Print what the published warehouse holds and how to look at it (used by `make run`)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

from orchestration.resources import DEFAULT_WAREHOUSE, RAW_DIR_VAR, WAREHOUSE_VAR, DEFAULT_RAW_DIR  # noqa: E402
from orchestration.warehouse import REPO_ROOT, resolve_path  # noqa: E402


def main() -> int:
    path = resolve_path(os.environ.get(WAREHOUSE_VAR) or DEFAULT_WAREHOUSE)
    raw = resolve_path(os.environ.get(RAW_DIR_VAR) or DEFAULT_RAW_DIR)
    if not path.exists():
        print(f"no warehouse at {path}", file=sys.stderr)
        return 1
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ('core', 'marts', 'ref') "
            "order by schema_name = 'ref', schema_name, table_name").fetchall()
        counts = [(f"{s}.{t}", con.execute(f'select count(*) from {s}."{t}"').fetchone()[0]) for s, t in tables]
        last = con.execute("select run_id, published_at from meta.refreshes order by published_at desc limit 1").fetchone()
    finally:
        con.close()
    rel = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
    print()
    print(f"Warehouse  {rel}  ({path.stat().st_size / 1e6:.1f} MB)  from {raw}")
    if last:
        print(f"Published  {last[1]:%Y-%m-%d %H:%M:%S} UTC by run {last[0][:8]}")
    width = max(len(n) for n, _ in counts)
    for name, n in counts:
        print(f"  {name:<{width}}  {n:>7,}")
    print()
    print(f"Query it:  make sql   (= .venv/bin/duckdb -readonly {rel})")
    print(f"           .venv/bin/python -c \"import duckdb; print(duckdb.connect('{rel}', read_only=True)"
          ".sql('select * from core.trade_facts limit 5'))\"")
    print("Report:    make report   (charts and the marts tables in one HTML file beside the warehouse)")
    print("UI:        make ui   (then open http://127.0.0.1:3000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
