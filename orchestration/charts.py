"""Charts of marts.partner_year (altair, rendered offline by vl-convert; no dagster here).

Used by the ``marts/partner_year`` materialization (a PNG in its markdown metadata) and by
``make report`` (one self-contained HTML file).
"""
from __future__ import annotations

import base64

TOP_PARTNERS = 8
EVENT_LABELS = {"n_visit": "visits", "n_talks": "talks", "n_consultations": "consultations", "n_forum": "forums",
                "n_council": "councils", "n_phone_call": "phone calls", "n_signing": "signings"}


def _altair():
    import altair as alt

    return alt


def top_partners(rows: list[dict], n: int = TOP_PARTNERS) -> list[str]:
    """Partners with the largest turnover ever stated, then the most events."""
    weight: dict[str, tuple[float, int]] = {}
    for r in rows:
        t, e = weight.get(r["partner_iso3"], (0.0, 0))
        weight[r["partner_iso3"]] = (max(t, r["turnover_usd"] or 0.0), e + (r["n_events"] or 0))
    return [p for p, _ in sorted(weight.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:n]]


def turnover_chart(rows: list[dict]):
    """Annual turnover (USD bn) of Kazakhstan with its top partners, full-year figures only."""
    alt = _altair()
    partners = top_partners([r for r in rows if r["turnover_usd"]])
    values = [{"partner": r["partner_iso3"], "year": r["year"], "turnover_bn": r["turnover_usd"] / 1e9}
              for r in rows if r["turnover_usd"] and r["partner_iso3"] in partners]
    return alt.Chart(alt.Data(values=values), title="Annual trade turnover with Kazakhstan (full-year figures)").mark_line(
        point=True).encode(
        x=alt.X("year:O", title="year"),
        y=alt.Y("turnover_bn:Q", title="USD bn"),
        color=alt.Color("partner:N", title="partner"),
        tooltip=["partner:N", "year:O", alt.Tooltip("turnover_bn:Q", format=".2f")],
    ).properties(width=520, height=260)


def events_chart(rows: list[dict]):
    """Held events of Kazakhstan with any partner per year, by type."""
    alt = _altair()
    totals: dict[tuple[int, str], int] = {}
    for r in rows:
        for column, label in EVENT_LABELS.items():
            if r.get(column):
                totals[(r["year"], label)] = totals.get((r["year"], label), 0) + r[column]
    values = [{"year": y, "type": t, "events": n} for (y, t), n in sorted(totals.items())]
    return alt.Chart(alt.Data(values=values), title="Bilateral events of Kazakhstan per year, by type").mark_bar().encode(
        x=alt.X("year:O", title="year"),
        y=alt.Y("events:Q", title="events held"),
        color=alt.Color("type:N", title="type"),
        tooltip=["year:O", "type:N", "events:Q"],
    ).properties(width=520, height=260)


def dashboard(rows: list[dict]):
    alt = _altair()
    return alt.vconcat(turnover_chart(rows), events_chart(rows)).configure_view(stroke=None)


def png(chart, scale: float = 1.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def svg(chart) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())


def markdown_image(chart, alt_text: str) -> str:
    """The chart as a PNG inside markdown (a data: URL), as the Dagster UI shows it."""
    return f"![{alt_text}](data:image/png;base64,{base64.b64encode(png(chart)).decode('ascii')})"
