"""``python -m desktop`` runs the same entry point as ``export-commission``."""

import sys

from desktop.cli import main

sys.exit(main())
