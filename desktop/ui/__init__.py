"""The Qt desktop interface: the only package that imports PySide6.

Widgets call the services in :mod:`desktop.services`; they never build SQL themselves.
"""
