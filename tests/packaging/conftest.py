"""Building the distributions once per session, and running programs outside the checkout.

The packaging tests install what an office installs (the wheel, the frozen application) in a
temporary folder and run it there with an environment of its own: no file of the source tree
is in reach, and the developer's data and settings are not touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT, run


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built the way a release is: the sdist first, the wheel from the sdist
    (so that the sdist is complete too), in isolated build environments."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    wheels = sorted(out.glob("export_commission-*.whl"))
    assert len(wheels) == 1, wheels
    assert sorted(out.glob("export_commission-*.tar.gz")), "no sdist"
    return wheels[0]
