"""The published JSON Schema of the submission format, generated from the pydantic models.

Regenerate after changing :mod:`core.bundle.models`: ``python -m core.bundle.schema``.
The root validates ``manifest.json``; ``$defs/AnswersDoc`` and ``$defs/AuditDoc``
validate the other two documents. The receipt's ``receipt.json`` has its own file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from core.bundle.models import FORMAT_VERSION, AnswersDoc, AuditDoc, Manifest
from core.bundle.receipt import RECEIPT_VERSION, ReceiptDoc
from core.resources import resource

__all__ = ["RECEIPT_SCHEMA_PATH", "SCHEMA_PATH", "receipt_schema", "render", "submission_schema"]

SCHEMA_PATH = resource("schema", f"kao-submission-v{FORMAT_VERSION}.schema.json")
RECEIPT_SCHEMA_PATH = resource("schema", f"kao-receipt-v{RECEIPT_VERSION}.schema.json")
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _schema(root: type[BaseModel], others: tuple[type[BaseModel], ...], name: str, title: str) -> dict[str, Any]:
    _, defs = models_json_schema([(m, "validation") for m in (root, *others)], ref_template="#/$defs/{model}")
    return {
        "$schema": DRAFT,
        "$id": f"https://kao.invalid/schema/{name}",
        "title": title,
        "$ref": f"#/$defs/{root.__name__}",
        "$defs": defs["$defs"],
    }


def submission_schema() -> dict[str, Any]:
    return _schema(
        Manifest, (AnswersDoc, AuditDoc), SCHEMA_PATH.name, f"Kao submission file, format version {FORMAT_VERSION}"
    )


def receipt_schema() -> dict[str, Any]:
    return _schema(ReceiptDoc, (), RECEIPT_SCHEMA_PATH.name, f"Kao receipt file, format version {RECEIPT_VERSION}")


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_all(folder: Path | None = None) -> list[Path]:
    target = folder or SCHEMA_PATH.parent
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in ((SCHEMA_PATH.name, submission_schema()), (RECEIPT_SCHEMA_PATH.name, receipt_schema())):
        path = target / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_all():
        print(written)
