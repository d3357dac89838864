"""The refresh job: every asset and check, one step after another in one process.

DuckDB allows one writer per file, so steps must not run in parallel processes against the
working copy: the job (and the code location's default) uses the in-process executor. A step
that fails releases the refresh lock; its working copy stays for inspection until the next
refresh removes it (the published file and the pipeline's state are untouched)."""

from dagster import AssetSelection, HookContext, define_asset_job, failure_hook, in_process_executor


@failure_hook(required_resource_keys={"warehouse"})
def release_refresh_lock(context: HookContext) -> None:
    """A failed step ends the refresh: let the next refresh start (it removes this run's working copy)."""
    context.resources.warehouse.file.release(context.run_id)


refresh_job = define_asset_job(
    name="refresh",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    hooks={release_refresh_lock},
    description="Refresh the warehouse from the raw folder: read new/changed files, extract, "
                "validate, publish atomically. A run with nothing new changes nothing. One refresh "
                "at a time (a lock file); a second one waits for the first.",
)
