"""Intake: files in, cleaned and identified reports out.

Reading files is the only I/O of this stage; see docs/architecture.md for the contract.
"""

from frontwatch.ingest.clean import clean_text
from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.files import iter_input_files, read_file
from frontwatch.ingest.identity import report_id
from frontwatch.ingest.language import detect_language
from frontwatch.ingest.options import IngestOptions

__all__ = [
    "IngestFailure",
    "IngestOptions",
    "clean_text",
    "detect_language",
    "iter_input_files",
    "read_file",
    "report_id",
]
