"""Fill unfinished entries of a Qt .ts catalogue from a JSON map {English source: Thai}.

Workflow (see i18n/README.md): `make lupdate` adds new source strings as
unfinished; write their Thai in a scratch JSON file; run
`python i18n/fill_ts.py i18n/kao_th.ts scratch.json`; commit the .ts.
The .ts file stays the single home of the translations.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished",):
            continue
        if source in mapping:
            translation.text = mapping[source]
            del translation.attrib["type"]
            filled += 1
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE that Qt's tools write; put it back.
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    text = ts_path.read_text("utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", header, 1)
    ts_path.write_text(text, "utf-8")
    return filled, missing


if __name__ == "__main__":
    ts, source = Path(sys.argv[1]), Path(sys.argv[2])
    done, left = fill(ts, json.loads(source.read_text("utf-8")))
    print(f"filled {done}; still unfinished {len(left)}")
    for s in left:
        print("  ", s)
