"""Write one self-contained HTML report of the published warehouse (charts + the marts tables an
analyst looks at first), next to the warehouse file: `make report`.

Reads the published file read-only (an analyst's open session is no obstacle), embeds the charts
as inline SVG, and needs nothing from the network to be opened.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

from orchestration import charts  # noqa: E402
from orchestration.resources import DEFAULT_WAREHOUSE, WAREHOUSE_VAR  # noqa: E402
from orchestration.warehouse import resolve_path  # noqa: E402

SECTIONS = [
    ("Partners by year",
     "Full-year figures only (NULL when no source states one); events held that year.",
     """select partner_iso3 as partner, year, turnover_usd, exports_usd, imports_usd, investment_in_usd,
               n_events as events, head_of_state_visits, last_event_on
        from marts.partner_year order by partner_iso3, year desc"""),
    ("Conflicting statistics",
     "One statistic, several sources whose values differ by more than 5 %: every source with its evidence.",
     """select f.flow, f.reporter_iso3 as reporter, f.partner_iso3 as partner, f.period_start, f.period_end,
               t.value_usd, a.source_file, a.published_on, t.evidence
        from marts.trade_figures f join marts.trade_mentions using (figure_key)
             join core.trade_facts t using (fact_id) join core.articles a on a.article_id = t.article_id
        where f.conflict order by f.period_end desc, f.figure_key, t.value_usd"""),
    ("Statistics reported by more than one source",
     "value_usd is the median of the sources; mirror = both countries' own statistics among them.",
     """select flow, reporter_iso3 as reporter, partner_iso3 as partner, measure, period_start, period_end,
               value_usd, min_value_usd, max_value_usd, n_sources, conflict, mirror
        from marts.trade_figures where n_sources > 1 order by n_sources desc, period_end desc"""),
    ("Events reported by more than one source",
     "Mentions merged across articles: one row per real event.",
     """select event_type, status, country_a_iso3 as a, country_b_iso3 as b, visitor_iso3 as visitor, location,
               date_start, date_precision, n_sources, participants
        from marts.events where n_sources > 1 order by n_sources desc, date_start desc nulls last"""),
    ("Latest events",
     "The 50 most recent dated events.",
     """select date_start, date_precision, event_type, status, country_a_iso3 as a, country_b_iso3 as b,
               visitor_iso3 as visitor, location, n_sources, participants
        from marts.events where date_start is not null order by date_start desc, event_key limit 50"""),
]
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1200px; color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
.meta { color: #666; } .note { color: #555; margin: 0.2em 0 0.6em; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; } .empty { color: #888; font-style: italic; }
"""


def cell(value, name: str = "") -> str:
    if value is None:
        return '<td class="num">NULL</td>'
    if isinstance(value, bool):
        return f"<td>{'true' if value else 'false'}</td>"
    if isinstance(value, float):
        return f'<td class="num">{value:,.0f}</td>' if abs(value) >= 1000 else f'<td class="num">{value:g}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value}</td>' if name == "year" else f'<td class="num">{value:,}</td>'
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return f"<td>{html.escape(str(value))}</td>"


def table_html(con, sql: str) -> tuple[str, int]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if not rows:
        return '<p class="empty">none</p>', 0
    head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
    body = "\n".join("<tr>" + "".join(cell(v, n) for v, n in zip(r, names)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>", len(rows)


def build(path: Path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        cur = con.execute("select * from marts.partner_year order by partner_iso3, year")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
        last = con.execute("select run_id, published_at, engine_version from meta.refreshes "
                           "order by published_at desc limit 1").fetchone()
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in
                  ("core.articles", "core.trade_facts", "core.visit_events", "marts.trade_figures", "marts.events")}
        parts = []
        for title, note, sql in SECTIONS:
            body, n = table_html(con, sql)
            parts.append(f"<h2>{html.escape(title)} <small class=\"meta\">({n})</small></h2>"
                         f"<p class=\"note\">{html.escape(note)}</p>{body}")
    finally:
        con.close()
    svgs = [charts.svg(charts.turnover_chart(rows)), charts.svg(charts.events_chart(rows))] if rows else []
    published = f"published {last[1]:%Y-%m-%d %H:%M} UTC by run {last[0][:8]}, engine {last[2]}" if last else "never published"
    summary = ", ".join(f"{n:,} {t}" for t, n in counts.items())
    chart_html = "".join(f"<div>{s}</div>" for s in svgs) or '<p class="empty">no data to chart</p>'
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bilateral report</title><style>{STYLE}</style></head>
<body>
<h1>Bilateral: Kazakhstan's trade and diplomatic events</h1>
<p class="meta">{html.escape(str(path.name))}: {html.escape(published)}. {html.escape(summary)}.
Report written {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC.</p>
<div class="charts">{chart_html}</div>
{''.join(parts)}
</body></html>
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", default=os.environ.get(WAREHOUSE_VAR) or DEFAULT_WAREHOUSE,
                        help="the published warehouse file (default: %(default)s)")
    parser.add_argument("--out", help="where to write the HTML (default: <warehouse>.report.html beside it)")
    args = parser.parse_args(argv)
    path = resolve_path(args.warehouse)
    if not path.exists():
        print(f"no warehouse at {path}: run `make run` first", file=sys.stderr)
        return 1
    out = Path(args.out) if args.out else path.with_name(path.stem + ".report.html")
    page = build(path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    print(f"report: {out} ({out.stat().st_size / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
