#!/usr/bin/env python3
"""Solves the split instances with HiGHS (one thread, relative gap 0) and prints JSON lines:
{"name", "n", "objective", "bound", "seconds", "status"}.

usage: highs.py INSTANCE.json...
       highs.py --optima MODEL.json...

--optima writes HiGHS's answer for each model beside it, MODEL.highs.json (see
tests/fixtures/README.md, "split/"), for tests/split.rs to check Tierwise's plans against:
the optimum, HiGHS's status, bound and gap, its version, and this command. It fails
(writing nothing for that model) unless HiGHS proves the optimum. The file holds no
timing, so running it again on the same model and HiGHS writes the same bytes.
"""
import json
import os
import sys
import time

import highspy
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The options solve() sets, recorded in each optimum file.
OPTIONS = {"threads": 1, "mip_rel_gap": 0.0, "mip_abs_gap": 0.0, "time_limit": 600.0}


def solve(inst):
    items = inst["items"]
    n = len(items)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    for option, value in OPTIONS.items():
        h.setOptionValue(option, value)
    inf = highspy.kHighsInf
    # Columns: x_0..x_{n-1} (posts, integer), y_0..y_{n-1} (chosen, binary).
    costs = np.array([it["value"] for it in items] + [0.0] * n)
    lower = np.zeros(2 * n)
    upper = np.array([float(it["hi"]) for it in items] + [1.0] * n)
    h.addVars(2 * n, lower, upper)
    h.changeColsIntegrality(2 * n, np.arange(2 * n, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * (2 * n)))
    h.changeColsCost(2 * n, np.arange(2 * n, dtype=np.int32), costs)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    for i, it in enumerate(items):
        # lo*y <= x <= hi*y
        h.addRow(-inf, 0.0, 2, np.array([i, n + i], dtype=np.int32), np.array([1.0, -float(it["hi"])]))
        h.addRow(0.0, inf, 2, np.array([i, n + i], dtype=np.int32), np.array([1.0, -float(it["lo"])]))
        if it["forced"]:
            h.changeColBounds(n + i, 1.0, 1.0)
    idx = np.arange(n, dtype=np.int32)
    prices = np.array([float(it["price"]) for it in items])
    h.addRow(-inf, float(inst["budget"]), n, idx, prices)
    for key, field in (("groups", "group"), ("platforms", "platform")):
        for g, band in enumerate(inst[key]):
            sel = np.array([i for i, it in enumerate(items) if it[field] == g], dtype=np.int32)
            if len(sel) == 0:
                if band["min"] > 0:
                    # A band that asks for spend where there is no candidate cannot hold.
                    return {"name": inst["name"], "n": n, "objective": None, "bound": None,
                            "gap": None, "seconds": 0.0, "status": "Infeasible"}
                continue
            hi = float(band["max"]) if band["max"] < inst["budget"] else inf
            h.addRow(float(band["min"]), hi, len(sel), sel, prices[sel])
    ycols = np.arange(n, 2 * n, dtype=np.int32)
    maxc = inst["max_count"] if inst["max_count"] < n else inf
    h.addRow(float(inst["min_count"]), float(maxc), n, ycols, np.ones(n))
    start = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - start
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    return {
        "name": inst["name"],
        "n": n,
        "objective": info.objective_function_value,
        "bound": info.mip_dual_bound,
        "gap": info.mip_gap,
        "seconds": seconds,
        "status": status,
    }


def fnv1a64(data):
    """FNV-1a, 64 bits, of bytes: the model's fingerprint (tests/split.rs computes it too)."""
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def rel(path):
    """A path as written from the repository's root (as the Makefile runs this)."""
    return os.path.relpath(os.path.abspath(path), ROOT)


def write_optimum(path, command):
    """Solves the model at PATH and writes HiGHS's proven optimum to PATH's .highs.json."""
    if not path.endswith(".json") or path.endswith(".highs.json"):
        sys.exit(f"highs.py --optima: {path} is not a model (NAME.json)")
    with open(path, "rb") as f:
        data = f.read()
    inst = json.loads(data)
    inst.setdefault("name", os.path.basename(path))
    r = solve(inst)
    if r["status"] != "Optimal" or r["gap"] != 0.0:
        sys.exit(f"highs.py --optima: {rel(path)}: HiGHS did not prove an optimum "
                 f"(status {r['status']}, gap {r['gap']}); nothing written")
    h = highspy.Highs()
    out = {
        "about": "HiGHS's answer for the model beside this file; tests/split.rs checks "
                 "Tierwise's plan against it. Written by `make split-optima`.",
        "model": os.path.basename(path),
        "model_fnv1a64": fnv1a64(data),
        "status": r["status"],
        "objective": r["objective"],
        "bound": r["bound"],
        "gap": r["gap"],
        "sense": "maximize",
        "highs_version": h.version(),
        "highs_githash": h.githash(),
        "options": OPTIONS,
        "command": command,
    }
    target = path[: -len(".json")] + ".highs.json"
    with open(target, "w") as f:
        f.write(json.dumps(out, indent=2) + "\n")
    print(f"{rel(target)}: {r['status']} {r['objective']} (bound {r['bound']}, "
          f"{r['seconds']:.2f} s)", flush=True)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--optima"]:
        if len(args) < 2:
            sys.exit("usage: highs.py --optima MODEL.json...")
        command = " ".join(["python3", rel(sys.argv[0]), "--optima", *map(rel, args[1:])])
        for path in args[1:]:
            write_optimum(path, command)
        return
    for path in args:
        with open(path) as f:
            inst = json.load(f)
        inst.setdefault("name", os.path.basename(path))
        print(json.dumps(solve(inst)), flush=True)


if __name__ == "__main__":
    main()
