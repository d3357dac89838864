"""What the forkserver loads once before it forks a step process (``bilateral_executor``).

The code location and everything a step imports (the extraction engine, the pandera models,
Parquet, DuckDB) are imported here and the engine's gazetteers and compiled rules are warmed by
extracting three tiny articles; then the garbage collector is told to leave these objects alone
(``gc.freeze``): its passes would write to every object's header and so copy, in each step
process, pages they could all share. Nothing here runs polars or pyarrow work: a thread pool
started in the forkserver would not exist in the processes it forks (polars may deadlock there).
"""
from __future__ import annotations

import gc

import duckdb  # noqa: F401
import pandera.polars  # noqa: F401
import polars  # noqa: F401
import pyarrow.parquet  # noqa: F401

import elshi
import orchestration.definitions  # noqa: F401
import schemas  # noqa: F401

WARM_UP = {
    "kk": "Қазақстан мен Ресей арасындағы тауар айналымы 2023 жылы 26 млрд долларды құрады. Тоқаев Мәскеуге барды.",
    "ru": "Токаев провел переговоры с Путиным 12 мая в Москве. Товарооборот составил 26 млрд долларов.",
    "en": "Tokayev visited Beijing on May 17, 2023. Trade reached $31 billion.",
}
for lang, text in WARM_UP.items():
    elshi.extract(elshi.Article(article_id=f"warm-up-{lang}", source_file="warm-up.txt", title=None, source_name=None,
                                published_on=None, language=lang, text=text))
gc.collect()
gc.freeze()
