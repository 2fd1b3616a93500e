"""Benchmarks: every hot path against its bare-library floor, measured in the same run.

``python -m benchmarks [--quick] [--json FILE] [--only NAME ...]``. Each scenario runs in
its own process (so its peak memory is its own), times our code and the floor the same
number of times, and reports medians. Data is generated under a work folder first.
"""
