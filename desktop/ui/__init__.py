"""The Qt desktop interface: the only package that imports PySide6.

Its parts import downwards only (a layers contract in ``pyproject.toml`` holds it):

- ``shots``: the screenshots of every screen for the documentation;
- ``app``, then ``main_window``: the start (database, sign-in) and the window;
- the screens (``application``, ``dashboard``, ``registry``, ``audit``, the dialogs), then
  the parts they are made of (``conclusions``, ``returns``, ``examination``,
  ``registration``, ``viewer``, ``documents``);
- ``kit``: what every feature shares: the session, operations, labels and vocabulary,
  refusals in words, theme, icons, settings.

Widgets read through the session's services and write through its operations; they never
build SQL or open the database themselves.
"""
