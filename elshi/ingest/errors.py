"""The one error of ingestion."""


class IngestError(Exception):
    """A raw file that cannot be read or parsed; the message says why."""
