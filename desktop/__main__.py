"""``python -m desktop`` runs the same entry point as ``export-commission``; it is also the
frozen program's entry (``bundle/export-commission.spec``)."""

import sys

if getattr(sys, "frozen", False):
    # A worker process that the frozen program spawns (the demo signs in a pool) starts
    # this same executable: freeze_support runs the worker's task here and exits, rather
    # than starting the program a second time.
    import multiprocessing

    multiprocessing.freeze_support()

from desktop.launcher import main

if __name__ == "__main__":  # a worker process started with spawn imports this module too
    sys.exit(main())
