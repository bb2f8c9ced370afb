"""Claims: what each report asserts, who says so, how sure, when."""

from frontwatch.claims.export import claim_from_dict, claim_to_dict
from frontwatch.claims.extract import extract_claims
from frontwatch.claims.lexicon import available_languages
from frontwatch.claims.plugins import available_extractors, get_extractor

__all__ = [
    "available_extractors",
    "available_languages",
    "claim_from_dict",
    "claim_to_dict",
    "extract_claims",
    "get_extractor",
]
