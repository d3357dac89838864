"""Helpers for the pipeline tests: a temp raw folder + warehouse, an in-process refresh, and a
small fake extractor that derives one fact and one event (with a participant) from each
article, so the cascade of facts/events/participants can be observed without the real engine."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
from dagster import DagsterInstance

from elshi.model import Article, Extraction, Participant, TradeFact, VisitEvent
from orchestration.definitions import build_defs
from orchestration.resources import RawFolder, Warehouse

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLES = REPO / "seeds" / "articles"


@dataclass
class Env:
    raw: Path
    warehouse: Path
    instance: DagsterInstance

    def refresh(self, raise_on_error: bool = True):
        """Run the `refresh` job in this process against the temp folder and warehouse."""
        defs = build_defs({"raw": RawFolder(path=str(self.raw)), "warehouse": Warehouse(path=str(self.warehouse))})
        return defs.resolve_job_def("refresh").execute_in_process(instance=self.instance, raise_on_error=raise_on_error)

    def query(self, sql: str, params=None) -> list[tuple]:
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def scalar(self, sql: str, params=None):
        return self.query(sql, params)[0][0]


def make_env(tmp_path: Path) -> Env:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(SEED_ARTICLES.iterdir()):
        shutil.copy(path, raw / path.name)
    return Env(raw=raw, warehouse=tmp_path / "wh" / "test.duckdb", instance=DagsterInstance.ephemeral())


def materialization_metadata(result, *key: str) -> dict:
    """Metadata of the materialization of asset ``key`` in a job result, as plain values."""
    for event in result.get_asset_materialization_events():
        mat = event.step_materialization_data.materialization
        if list(mat.asset_key.path) == list(key):
            return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    raise KeyError(key)


def check_results(result) -> dict[tuple[str, ...], bool]:
    """(asset path..., check name) -> passed, for every check evaluated in a job result."""
    out = {}
    for event in result.get_asset_check_evaluations():
        out[(*event.asset_key.path, event.check_name)] = event.passed
    return out


def first_sentence(text: str) -> tuple[int, int]:
    end = text.find(".")
    end = len(text) if end < 0 else end + 1
    return 0, end


def fake_extract(article: Article) -> Extraction:
    """One turnover figure and one held talks event per article, evidence = first sentence."""
    start, end = first_sentence(article.text)
    evidence = article.text[start:end]
    fact = TradeFact(
        article_id=article.article_id, reporter_iso3="KAZ", partner_iso3="FRA", flow="turnover",
        measure="actual", period_start=None, period_end=None, value_usd=1e9, value_original=1e9,
        currency="USD", growth_pct=None, approximate=False, evidence=evidence, char_start=start, char_end=end,
    )
    event = VisitEvent(
        article_id=article.article_id, event_type="talks", visit_level=None, status="held",
        country_a_iso3="KAZ", country_b_iso3="FRA", visitor_iso3=None, host_iso3=None, location=None,
        date_start=None, date_end=None, date_precision=None, evidence=evidence, char_start=start,
        char_end=end, participants=[Participant(name="Тоқаев", country_iso3="KAZ", role="President")],
    )
    return Extraction(trade_facts=[fact], events=[event])


def bad_extract(article: Article) -> Extraction:
    """Per article: one valid fact, one with an unknown flow, one whose offsets miss the
    evidence, and one valid event whose participant has a bad country code."""
    good = fake_extract(article)
    fact = good.trade_facts[0]
    wrong_flow = TradeFact(**{**fact.as_row(), "fact_id": "", "flow": "barter"})
    wrong_span = TradeFact(**{**fact.as_row(), "fact_id": "", "char_start": fact.char_start + 1,
                              "char_end": fact.char_end + 1, "measure": "target"})
    event = good.events[0]
    event.participants = [Participant(name="Макрон", country_iso3="france", role="President")]
    return Extraction(trade_facts=[fact, wrong_flow, wrong_span], events=[event])


def dump(env: Env, table: str) -> list[tuple]:
    return env.query(f"select * from {table} order by all")
