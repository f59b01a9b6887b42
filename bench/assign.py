#!/usr/bin/env python3
"""Cohort assignment benchmark: our solver (native and wasm in Chromium)
against scipy.optimize.linear_sum_assignment, on the same costs.

Run from anywhere after building (``make bench`` does both):
    cargo build --release -p libranet-bench
    cargo build --release -p libranet-bench --lib --target wasm32-unknown-unknown
    python3 bench/assign.py

Exits non-zero if the three totals differ for any cohort.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
NATIVE = ROOT / "target" / "release" / "libranet-bench"
WASM = ROOT / "target" / "wasm32-unknown-unknown" / "release" / "libranet_bench.wasm"

# (mentees, mentors, capacity); costs are integers 0..=100.
COHORTS = [(1000, 250, 4), (2000, 500, 4)]
SEED = 20240601
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))


def make_costs(mentees, mentors):
    """The cost table for a cohort, the same on every run, also written out
    as little-endian i32 for the Rust binary and the wasm page."""
    rng = np.random.default_rng([SEED, mentees, mentors])
    costs = rng.integers(0, 100, size=(mentees, mentors), endpoint=True, dtype=np.int32)
    path = OUT / f"costs-{mentees}x{mentors}.i32"
    costs.astype("<i4").tofile(path)
    return costs, path


def time_scipy(costs, capacity):
    """scipy on the assignment-problem form: each mentor's column repeated
    once per place. Only linear_sum_assignment is timed, not np.repeat."""
    wide = np.repeat(costs, capacity, axis=1)
    best, total = float("inf"), None
    for _ in range(REPEATS):
        started = time.perf_counter()
        rows, cols = linear_sum_assignment(wide)
        best = min(best, (time.perf_counter() - started) * 1e3)
        t = int(wide[rows, cols].sum(dtype=np.int64))
        assert total is None or t == total, "scipy gave different totals"
        total = t
    assert len(rows) == min(wide.shape), "scipy left someone out"
    return best, total


def time_native(path, mentees, mentors, capacity):
    args = [NATIVE, path, mentees, mentors, capacity, REPEATS]
    out = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    return result["best_ms"], result["total"]


def time_wasm(cases):
    args = ["node", ROOT / "bench" / "wasm.mjs", WASM, REPEATS]
    args += [f"{path}:{n}:{m}:{cap}" for path, n, m, cap in cases]
    out = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    return result["browser"], [(r["best_ms"], r["total"]) for r in result["results"]]


def main():
    for built in (NATIVE, WASM):
        if not built.exists():
            sys.exit(f"{built} is missing: run `make bench`, which builds it first")
    OUT.mkdir(parents=True, exist_ok=True)

    rows, cases = [], []
    for mentees, mentors, capacity in COHORTS:
        costs, path = make_costs(mentees, mentors)
        print(f"{mentees} × {mentors} (capacity {capacity}): scipy, native …", file=sys.stderr, flush=True)
        scipy_ms, scipy_total = time_scipy(costs, capacity)
        native_ms, native_total = time_native(path, mentees, mentors, capacity)
        rows.append([mentees, mentors, capacity, scipy_ms, scipy_total, native_ms, native_total])
        cases.append((path, mentees, mentors, capacity))
    print("all cohorts: wasm in headless Chromium …", file=sys.stderr, flush=True)
    browser, wasm = time_wasm(cases)

    print()
    print(f"Cohort assignment, best of {REPEATS} run{'s' if REPEATS != 1 else ''} each; costs 0..=100 (seed {SEED}).")
    print(f"scipy {scipy.__version__} linear_sum_assignment on the mentor columns repeated "
          f"capacity times; wasm in headless {browser}.")
    print()
    header = f"{'mentees':>7} {'mentors':>7} {'cap':>3} {'total':>7}  {'scipy':>10}  {'native':>25}  {'wasm':>25}"
    print(header)
    print("-" * len(header))
    mismatch = False
    for (n, m, cap, s_ms, s_tot, n_ms, n_tot), (w_ms, w_tot) in zip(rows, wasm):
        same = s_tot == n_tot == w_tot
        mismatch |= not same
        total = f"{s_tot}" if same else "DIFFER"
        native = f"{n_ms:.1f} ms ({n_ms / s_ms:.2f}× scipy)"
        wasm_col = f"{w_ms:.1f} ms ({w_ms / s_ms:.2f}× scipy)"
        print(f"{n:>7} {m:>7} {cap:>3} {total:>7}  {s_ms:>7.1f} ms  {native:>25}  {wasm_col:>25}")
        if not same:
            print(f"  totals differ: scipy {s_tot}, native {n_tot}, wasm {w_tot}", file=sys.stderr)
    if mismatch:
        sys.exit("FAIL: the solvers disagree on the optimal total")
    print()
    print("All three totals agree.")


if __name__ == "__main__":
    main()
