"""`make bench`: run every benchmark, print a table, write build/bench.json."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

import bench

OUTPUT = Path(__file__).resolve().parents[1] / "build" / "bench.json"


def discover(only: Sequence[str]) -> list[str]:
    names = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")
    )
    return [n for n in names if not only or any(o in n for o in only)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("only", nargs="*", help="run only benchmarks whose name has this")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    figures: dict[str, float] = {}
    goals: dict[str, str] = {}
    broken: list[str] = []
    for name in discover(args.only):
        module = importlib.import_module(f"bench.{name}")
        started = time.monotonic()
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        try:
            figures.update(module.run())
        except Exception:
            broken.append(name)
            traceback.print_exc()
        goals.update(getattr(module, "GOALS", {}))
        print(f"bench: {name} took {time.monotonic() - started:.1f} s", file=sys.stderr)

    width = max((len(k) for k in figures), default=10)
    print(f"{'figure':<{width}}  {'value':>12}  goal")
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:>12.3f}  {goals.get(key, '')}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"wrote {args.out}")
    if broken:
        print(f"bench: these benchmarks crashed: {', '.join(broken)}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
