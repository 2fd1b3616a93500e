"""``python -m desktop`` runs the same entry point as ``export-commission``."""

import sys

from desktop.launcher import main

sys.exit(main())
