"""Places: an offline gazetteer of Ukraine and a resolver for German, English, Ukrainian and Russian.

- :func:`load_gazetteer` -> :class:`Gazetteer` (``get``, ``lookup``, ``describe``);
- :func:`resolve_places` (report -> place mentions, one place each, with score and reason);
- :func:`recognize` (all place names of a text in one Aho-Corasick pass);
- :func:`install_geonames` (the full GeoNames country dump instead of the embedded cities500);
- :func:`evaluate_places` (recognition and resolution against gold files).
"""

from frontwatch.places.evaluate import PlacesEvaluation, evaluate_places
from frontwatch.places.gazetteer import Gazetteer, load_gazetteer
from frontwatch.places.install import GazetteerInstallError, install_geonames
from frontwatch.places.recognize import NameMatch, recognize
from frontwatch.places.resolve import resolve_places

__all__ = [
    "Gazetteer",
    "GazetteerInstallError",
    "NameMatch",
    "PlacesEvaluation",
    "evaluate_places",
    "install_geonames",
    "load_gazetteer",
    "recognize",
    "resolve_places",
]
