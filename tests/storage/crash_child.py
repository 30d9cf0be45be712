"""Child process of test_crash_durability: saves answers forever, reporting each save after it returns.

Usage: crash_child.py DATA_DIR ASSESSMENT_ID FIRST_N. Save n sets item n % 60 to VALUES[n % 3]
with the note "n". The parent kills this process with SIGKILL at random moments.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.model import Answer, AnswerValue
from core.storage import open_service

VALUES = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)


def main(data_dir: Path, assessment_id: int, n: int) -> None:
    print("opening", flush=True)
    service = open_service(data_dir, actor="crash-child")
    items = [item.id for item in service.checklist.items]
    print("ready", flush=True)
    while True:
        service.save_answer(assessment_id, items[n % len(items)], Answer(VALUES[n % 3], note=str(n)))
        print(n, flush=True)  # only now is the save "shown as saved"
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
