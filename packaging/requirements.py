"""Print the dependency list from pyproject.toml, one per line, for pip.

Used by the Makefile so the project installs its dependencies without being
built as a package itself (the app runs from the source tree).
"""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))["project"]
wanted = list(project["dependencies"])
for extra in sys.argv[1:]:
    wanted += project["optional-dependencies"][extra]
print("\n".join(wanted))
