"""The refresh job: every asset and check, one step after another in one process.

DuckDB allows one writer per file, so steps must not run in parallel processes against the
working copy: the job (and the code location's default) uses the in-process executor."""

from dagster import AssetSelection, define_asset_job, in_process_executor

refresh_job = define_asset_job(
    name="refresh",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Refresh the warehouse from the raw folder: read new/changed files, extract, "
                "validate, publish atomically. A run with nothing new changes nothing.",
)
