"""``python -m desktop.ui.shots``: see :mod:`desktop.ui.shots.screenshots`."""

import sys

from desktop.ui.shots.screenshots import main

sys.exit(main())
