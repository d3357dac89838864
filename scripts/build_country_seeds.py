"""Regenerate seeds/countries.csv from pycountry (ISO codes, en/kk/ru names).

Dev-time tool: the CSV is committed, the pipeline never imports pycountry.
Hand-written aliases, adjectives and demonyms live in seeds/country_aliases.csv.

    python scripts/build_country_seeds.py
"""
from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "seeds" / "countries.csv"


def main() -> None:
    tr = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("kk", "ru")}
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        en = getattr(c, "common_name", None) or c.name
        rows.append({
            "iso3": c.alpha_3, "iso2": c.alpha_2, "name_en": en,
            "name_kk": tr["kk"].gettext(c.name), "name_ru": tr["ru"].gettext(c.name),
        })
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
