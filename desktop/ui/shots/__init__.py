"""Screenshots of every screen for the documentation: the top of the interface.

Nothing in the window imports this package; it builds the window's screens on a demo
database. :mod:`desktop.ui.shots.screenshots` lists them and takes them
(``python -m desktop.ui.shots OUTDIR --db URL``); the other modules prepare the data of one
feature's screens through the services, as staff would.
"""
