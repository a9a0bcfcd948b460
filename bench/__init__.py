"""Benchmarks for `make bench`: figures and ratios, never pass/fail.

Each `bench/bench_<topic>.py` module has
    GOALS: dict[str, str]            # figure name -> goal, e.g. "<= 100"
    def run() -> dict[str, float]    # figure name -> measured number
and `python -m bench` runs them all, prints a table and writes build/bench.json.
"""
