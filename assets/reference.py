"""Reference stage: every seeds/*.csv as a table ref.<file name> (countries, cities, titles, ...).

One step loads them all (a multi-asset), so the multiprocess executor starts one process for
the reference tables, not one per file."""

from typing import Iterator

from dagster import AssetExecutionContext, AssetsDefinition, AssetSpec, MaterializeResult, MetadataValue, multi_asset
from elshi.lexicon import seeds_dir

from assets._shared import KINDS, WRITER, key, unchanged_metadata
from assets.ingest import raw_files
from orchestration import steps
from orchestration.metadata import table_metadata
from orchestration.resources import Warehouse


def ref_assets() -> list[AssetsDefinition]:
    """One multi-asset with a table per seeds/*.csv present when the code location loads."""
    names = steps.seed_files(seeds_dir())
    if not names:
        return []

    @multi_asset(
        op_tags=WRITER,
        specs=[AssetSpec(key("ref", name), deps=[raw_files], group_name="reference", kinds=KINDS,
                         description=f"ref.{name}: seeds/{name}.csv as a table, column types detected from the "
                                     "file. Reloaded when the file's hash changes (the scan in meta.raw_files decides).")
               for name in names],
        can_subset=False,
        name="load_reference",
    )
    def load_reference(context: AssetExecutionContext, warehouse: Warehouse) -> Iterator[MaterializeResult]:
        """Load the seed CSVs the scan found new or changed into ref.<name>."""
        if not warehouse.file.has_work(context.run_id):
            for name in names:
                yield MaterializeResult(asset_key=key("ref", name), metadata=unchanged_metadata(warehouse, "ref", name))
            return
        with warehouse.file.connect_work(context.run_id) as con:
            planned = dict(((n, (c, h)) for n, c, h in con.execute(
                "select name, change, sha256 from meta.plan where kind = 'seed'").fetchall()))
            results = []
            for name in names:
                path = seeds_dir() / f"{name}.csv"
                change, sha = planned.get(name, ("new", None))
                if change in ("new", "changed"):
                    steps.load_seed(con, name, path, sha)
                results.append(MaterializeResult(asset_key=key("ref", name), metadata={
                    **table_metadata(con, "ref", name),
                    "status": MetadataValue.text("loaded" if change in ("new", "changed") else "unchanged"),
                    "source": MetadataValue.path(str(path)),
                }))
        yield from results

    return [load_reference]
