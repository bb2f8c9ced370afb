"""``frontwatch gazetteer install``: build the full gazetteer from a GeoNames country dump.

GeoNames publishes one file per country (``UA.zip`` holding ``UA.txt``; CC BY 4.0, see
https://download.geonames.org/export/dump/): 19 tab-separated columns (geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1 code,
admin2, admin3, admin4, population, elevation, dem, timezone, modification date). The installed
index keeps the populated places (feature class P) of Ukraine in the same format, about 30,000
settlements against cities500's 5,500; oblasts, raions and the country still come from
``data/gazetteer``. Downloading happens only when the user passes a URL.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import urllib.request
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import yaml

from frontwatch.places.gazetteer import (
    INSTALLED_META_FILE,
    INSTALLED_PLACES_FILE,
    default_install_dir,
    load_gazetteer,
)

GEONAMES_UA_URL = "https://download.geonames.org/export/dump/UA.zip"
N_COLUMNS = 19


class GazetteerInstallError(Exception):
    """The source could not be read or holds no Ukrainian populated places."""


def _fetch(source: str, workdir: Path) -> Path:
    """A local path for ``source``: the file itself, or a download of the URL into ``workdir``."""
    if source.startswith(("http://", "https://")):
        target = workdir / (source.rstrip("/").rsplit("/", 1)[-1] or "download")
        try:
            with urllib.request.urlopen(source, timeout=120) as response, target.open("wb") as out:
                shutil.copyfileobj(response, out)
        except OSError as exc:
            raise GazetteerInstallError(f"cannot download {source}: {exc}") from exc
        return target
    path = Path(source).expanduser()
    if not path.is_file():
        raise GazetteerInstallError(f"no such file: {source}")
    return path


def _open_dump_text(path: Path) -> io.TextIOBase:
    """The dump's text: the .txt member of a zip (UA.txt, not readme.txt), or the file itself."""
    if zipfile.is_zipfile(path):
        archive = zipfile.ZipFile(path)
        members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
        if not members:
            raise GazetteerInstallError(f"{path}: zip without a GeoNames .txt file")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8", newline="")
    return io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="")


def install_geonames(source: str, target_dir: Path | None = None) -> Path:
    """Install the GeoNames dump ``source`` (URL, .zip or .txt) and return the installed file's path.

    Rows that are not Ukrainian populated places are skipped; malformed rows (wrong number of
    columns, bad coordinates) are skipped and counted in ``meta.yaml``. The compiled index is
    built right away so that the first ``load_gazetteer()`` is fast.
    """
    target = target_dir if target_dir is not None else default_install_dir()
    target.mkdir(parents=True, exist_ok=True)
    kept = skipped_malformed = skipped_other = 0
    with tempfile.TemporaryDirectory() as tmp:
        local = _fetch(source, Path(tmp))
        partial = target / (INSTALLED_PLACES_FILE + ".partial")
        try:
            with _open_dump_text(local) as text, partial.open("w", encoding="utf-8", newline="") as out:
                for line in text:
                    if not line.strip() or line.startswith("#"):
                        continue
                    cols = line.rstrip("\r\n").split("\t")
                    if len(cols) != N_COLUMNS:
                        skipped_malformed += 1
                        continue
                    try:
                        float(cols[4])
                        float(cols[5])
                    except ValueError:
                        skipped_malformed += 1
                        continue
                    if cols[6] != "P" or cols[8] != "UA":
                        skipped_other += 1
                        continue
                    out.write("\t".join(cols) + "\n")
                    kept += 1
        except (UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise GazetteerInstallError(f"cannot read {source}: {exc}") from exc
    if kept == 0:
        partial.unlink(missing_ok=True)
        raise GazetteerInstallError(f"{source}: no populated places of Ukraine (feature class P, country UA)")
    installed = target / INSTALLED_PLACES_FILE
    partial.replace(installed)
    meta = {
        "source": source,
        "license": "GeoNames, CC BY 4.0 (https://www.geonames.org/)",
        "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "settlements": kept,
        "skipped_malformed_rows": skipped_malformed,
        "skipped_other_rows": skipped_other,
    }
    (target / INSTALLED_META_FILE).write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
    load_gazetteer(target)  # compile and cache now
    return installed
