"""Reference stage: every seeds/*.csv as a table ref.<file name> (countries, cities, titles, ...)."""

from dagster import AssetExecutionContext, AssetsDefinition, MaterializeResult, MetadataValue, asset
from elshi.lexicon import seeds_dir

from assets._shared import KINDS, key, unchanged_metadata
from assets.ingest import raw_files
from orchestration import steps
from orchestration.metadata import table_metadata
from orchestration.resources import Warehouse


def ref_asset(name: str) -> AssetsDefinition:
    @asset(
        key=key("ref", name), deps=[raw_files], group_name="reference", kinds=KINDS,
        description=f"ref.{name}: seeds/{name}.csv as a table, column types detected from the file. "
                    "Reloaded when the file's hash changes (the scan in meta.raw_files decides).",
    )
    def _ref(context: AssetExecutionContext, warehouse: Warehouse) -> MaterializeResult:
        if not warehouse.file.has_work(context.run_id):
            return MaterializeResult(metadata=unchanged_metadata(warehouse, "ref", name))
        path = seeds_dir() / f"{name}.csv"
        with warehouse.file.connect_work(context.run_id) as con:
            planned = con.execute(
                "select change, sha256 from meta.plan where kind = 'seed' and name = ?", [name]).fetchone()
            change, sha = planned if planned else ("new", None)
            if change in ("new", "changed"):
                steps.load_seed(con, name, path, sha)
            meta = table_metadata(con, "ref", name)
        return MaterializeResult(metadata={
            **meta, "status": MetadataValue.text("loaded" if change in ("new", "changed") else "unchanged"),
            "source": MetadataValue.path(str(path)),
        })

    return _ref


def ref_assets() -> list[AssetsDefinition]:
    """One asset per seeds/*.csv present when the code location loads."""
    return [ref_asset(name) for name in steps.seed_files(seeds_dir())]
