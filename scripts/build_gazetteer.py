"""Build resources/gazetteer.json from the vietnamadminunits package (MIT licence).

The package's LEGACY table holds the 63-province administrative units (the
map before the July 2025 merger), which is the map the news articles use.
Reading its 7 MB SQLite database at every start would tie the app to the
package's internal layout; a compact JSON (names, types, parents) loads in a
few milliseconds and is committed, so running the app needs no network and
no rebuild.  Re-run after upgrading vietnamadminunits:

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import json
import re
import sqlite3
from importlib import metadata
from pathlib import Path

import vietnamadminunits

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "gazetteer.json"
DATABASE = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"

#: Spellings in the package that differ from the official name the press uses.
RENAMES = {"Đăk Glong": "Đắk Glong"}
#: The legacy table already shows Huế as a centrally-run city (January 2025); the articles,
#: older, name the province Thừa Thiên Huế and have Huế as its provincial city.
PROVINCE_RENAMES = {"Huế": ("Thừa Thiên Huế", "Tỉnh")}
#: Districts merged into their neighbours in the rearrangement of January 2025 (Nông Sơn into Quế Sơn, Mỹ
#: Lộc into the city of Nam Định, Yên Dũng between Bắc Giang and Việt Yên), gone from the legacy table:
#: the reports of the years before name them as their subject.
HISTORICAL_DISTRICTS = [
    ("Huế", "Thành phố", "Thừa Thiên Huế"),
    ("Nông Sơn", "Huyện", "Quảng Nam"),
    ("Mỹ Lộc", "Huyện", "Nam Định"),
    ("Yên Dũng", "Huyện", "Bắc Giang"),
]
#: The package tells apart two units of one parent that share a name by their kind in brackets
#: (``Kỳ Anh (Huyện)``, ``Kỳ Anh (Thị xã)``, ``Yên Viên (Xã)``); the press writes the name alone, with
#: its administrative word (``thị xã Kỳ Anh``), which the kind kept beside the name already tells apart.
_KIND_SUFFIX = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn)\)$")


def _as_written(name: str) -> str:
    """The unit's name as the press writes it: without the package's bracketed kind."""
    return _KIND_SUFFIX.sub("", RENAMES.get(name, name))


def _province_type(full_name: str) -> str:
    return "Thành phố" if full_name.startswith("Thành phố") else "Tỉnh"


def build() -> dict:
    with sqlite3.connect(DATABASE) as conn:
        rows = conn.execute(
            "SELECT province, provinceShort, districtShort, districtType, wardShort, wardType "
            "FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
        ).fetchall()
    provinces: dict[str, int] = {}
    districts: dict[tuple[str, str], int] = {}
    out: dict = {"provinces": [], "districts": [], "communes": []}
    for province_full, province, district, district_type, ward, ward_type in rows:
        name, kind = PROVINCE_RENAMES.get(province, (province, _province_type(province_full)))
        if name not in provinces:
            provinces[name] = len(out["provinces"])
            out["provinces"].append([name, kind])
        if (name, district) not in districts:  # keyed as the package names it: two units may share a name
            districts[(name, district)] = len(out["districts"])
            out["districts"].append([_as_written(district), district_type, provinces[name]])
        if ward:
            out["communes"].append([_as_written(ward), ward_type, districts[(name, district)]])
    for district, district_type, province in HISTORICAL_DISTRICTS:
        out["districts"].append([district, district_type, provinces[province]])
    out["source"] = (
        f"vietnamadminunits {metadata.version('vietnamadminunits')} (MIT), table admin_units_legacy; "
        "built by scripts/build_gazetteer.py"
    )
    return out


def main() -> None:
    data = build()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{OUTPUT}: {len(data['provinces'])} provinces, {len(data['districts'])} districts, "
        f"{len(data['communes'])} communes"
    )


if __name__ == "__main__":
    main()
