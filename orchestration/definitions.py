"""The Dagster code location: `dagster dev -m orchestration.definitions`."""
from dagster import Definitions

from assets import all_assets, all_checks
from orchestration.executor import bilateral_executor
from orchestration.jobs import refresh_job
from orchestration.resources import resources_from_env
from orchestration.schedules import daily_refresh
from orchestration.sensors import raw_folder_sensor


def build_defs(resources: dict | None = None) -> Definitions:
    """All definitions; ``resources`` replaces the environment-configured ones (tests)."""
    return Definitions(
        assets=all_assets(),
        asset_checks=all_checks(),
        jobs=[refresh_job],
        schedules=[daily_refresh],
        sensors=[raw_folder_sensor],
        resources=resources or resources_from_env(),
        executor=bilateral_executor,
    )


defs = build_defs()
