"""Daily refresh (catches anything the sensor missed, e.g. while the daemon was down)."""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.jobs import refresh_job

daily_refresh = ScheduleDefinition(
    name="daily_refresh",
    job=refresh_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Almaty",
    default_status=DefaultScheduleStatus.RUNNING,
    description="Refresh the warehouse every day at 06:00 Almaty time.",
)
