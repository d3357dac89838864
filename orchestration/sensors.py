"""Start a refresh when files appear, change or go in the raw folder (or in seeds/*.csv)."""

import hashlib

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SkipReason, sensor
from elshi.lexicon import seeds_dir

from orchestration.jobs import refresh_job
from orchestration.resources import RawFolder
from orchestration.rawfolder import listing_fingerprint, scan_folder


def folder_cursor(raw: RawFolder) -> str:
    """Hash of the raw folder listing (names, sizes, mtimes) and of the seed CSVs' listing."""
    h = hashlib.sha256(listing_fingerprint(raw.listing()).encode())
    h.update(listing_fingerprint(e for e in scan_folder(seeds_dir()) if e.source_file.endswith(".csv")).encode())
    return h.hexdigest()


@sensor(
    name="raw_folder_sensor",
    job=refresh_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Requests a refresh when the listing of BILATERAL_RAW_DIR (or seeds/) changes; "
                "the cursor is a hash of file names, sizes and mtimes.",
)
def raw_folder_sensor(context: SensorEvaluationContext, raw: RawFolder):
    if not raw.root.is_dir():
        return SkipReason(f"raw folder {raw.root} does not exist")
    cursor = folder_cursor(raw)
    if cursor == context.cursor:
        return SkipReason("raw folder unchanged")
    context.update_cursor(cursor)
    return RunRequest(run_key=None, tags={"bilateral/trigger": "raw_folder_sensor"})
