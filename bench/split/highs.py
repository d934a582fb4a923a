#!/usr/bin/env python3
"""Solves the split instances with HiGHS (one thread, relative gap 0) and prints JSON lines:
{"name", "n", "objective", "seconds", "status"}.

usage: highs.py INSTANCE.json...
"""
import json
import sys
import time

import highspy
import numpy as np


def solve(inst):
    items = inst["items"]
    n = len(items)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.0)
    h.setOptionValue("time_limit", 600.0)
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
                            "seconds": 0.0, "status": "Infeasible"}
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
        "seconds": seconds,
        "status": status,
    }


def main():
    for path in sys.argv[1:]:
        with open(path) as f:
            print(json.dumps(solve(json.load(f))), flush=True)


if __name__ == "__main__":
    main()
