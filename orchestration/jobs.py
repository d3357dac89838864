"""The refresh job: every asset and check.

DuckDB allows one writer per file: every step that opens the working copy carries the tag
``bilateral/duckdb=writer`` and runs alone, while the extraction shards (no DuckDB) run side by
side. The executor (orchestration/executor.py) runs small refreshes in one process and big ones
with one process per core. A step that fails releases the refresh lock; its working copy stays for inspection until the next
refresh removes it (the published file and the pipeline's state are untouched)."""

from dagster import AssetSelection, HookContext, define_asset_job, failure_hook

from orchestration.executor import bilateral_executor


@failure_hook(required_resource_keys={"warehouse"})
def release_refresh_lock(context: HookContext) -> None:
    """A failed step ends the refresh: let the next refresh start (it removes this run's working copy)."""
    context.resources.warehouse.file.release(context.run_id)


refresh_job = define_asset_job(
    name="refresh",
    selection=AssetSelection.all(),
    executor_def=bilateral_executor,
    hooks={release_refresh_lock},
    description="Refresh the warehouse from the raw folder: read new/changed files, extract, "
                "validate, publish atomically. A run with nothing new changes nothing. One refresh "
                "at a time (a lock file); a second one waits for the first.",
)
