#!/usr/bin/env python3
"""Checks Tierwise's optimal split against HiGHS on random constrained models.

usage: random_check.py [--models N] [--seed S] [--prices tiered|mixed] [--grid CENTS] [--max-n N] [--dir DIR]

Writes N random models (10 to --max-n candidates, random tier and platform bands, creator
counts, forced candidates; prices by tier, or mixed across tiers) to DIR, solves them with
`cargo run --release --example solve_split` and with HiGHS (bench/split/highs.py), and
reports: errors (a bound below HiGHS's optimum, a plan above it, a false "optimal", a false
"no plan"), the share of plans within 0.5% of the optimum, the worst, how many were proven,
and how many times Tierwise gave up where HiGHS found a plan. Exit status 1 on any error.
"""
import argparse
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANY = 18446744073709551615
TIER_PRICE = {0: (1, 8), 1: (2, 20), 2: (10, 60), 3: (40, 200)}


def model(rng, k, prices, grid, max_n):
    n = rng.randint(10, max_n)
    budget = rng.randint(10, 400) * 500
    items = []
    for _ in range(n):
        g = rng.choice([0, 1, 2, 3])
        lo_p, hi_p = TIER_PRICE[g] if prices == "tiered" else (1, 200)
        price = rng.randint(lo_p * 500 // grid, hi_p * 500 // grid) * grid
        lo = rng.randint(1, 2)
        items.append({"price": price, "value": float(rng.randint(1, price // 50 + 2)), "group": g,
                      "platform": rng.randint(0, 1), "lo": lo, "hi": lo + rng.randint(0, 2),
                      "forced": rng.random() < 0.03})

    def band():
        if rng.random() < 0.45:
            return {"min": 0, "max": ANY}
        lo = int(budget * rng.uniform(0, 0.4)) if rng.random() < 0.6 else 0
        hi = int(budget * rng.uniform(0.3, 1.0)) if rng.random() < 0.6 else ANY
        if hi != ANY and hi < lo:
            hi = lo + budget // 10
        return {"min": lo, "max": hi}

    return {"name": f"q{k}", "n": n, "items": items, "budget": budget,
            "groups": [band() for _ in range(4)],
            "platforms": [band() if rng.random() < 0.2 else {"min": 0, "max": ANY} for _ in range(2)],
            "min_count": rng.choice([0, 0, 2, 5]), "max_count": rng.choice([4294967295, 4294967295, 8, 20])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=int, default=200)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--prices", choices=["tiered", "mixed"], default="tiered")
    ap.add_argument("--max-n", type=int, default=80, help="the most candidates in a model")
    ap.add_argument("--grid", type=int, default=500, help="prices are multiples of this many cents")
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "split-check"))
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    rng = random.Random(a.seed)
    paths = []
    for k in range(a.models):
        p = os.path.join(a.dir, f"q{k:04d}.json")
        with open(p, "w") as f:
            json.dump(model(rng, k, a.prices, a.grid, a.max_n), f)
        paths.append(p)
    ours_out = subprocess.run(["cargo", "run", "-q", "--release", "--example", "solve_split", "--", *paths],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout
    highs_out = subprocess.run([sys.executable, os.path.join(ROOT, "bench/split/highs.py"), *paths],
                               check=True, capture_output=True, text=True).stdout
    ours = {os.path.basename(json.loads(l)["name"])[:-5]: json.loads(l) for l in ours_out.splitlines() if l.strip()}
    errors, rows, gave_up, unproven_none, proven_none = [], [], 0, 0, 0
    for line in highs_out.splitlines():
        h = json.loads(line)
        o = ours[f"q{int(h['name'][1:]):04d}"]
        if "no_plan" in o:
            if h["status"] != "Infeasible":
                gave_up += 1
                print("GAVE UP", h["name"], "HiGHS", h["status"], h["objective"])
                if o["proven"]:
                    errors.append(f"{h['name']}: 'no plan' proven, HiGHS {h['status']}")
            elif o["proven"]:
                proven_none += 1
            else:
                unproven_none += 1
            continue
        if h["status"] != "Optimal":
            continue
        opt = h["objective"]
        tol = 1e-6 * max(1.0, abs(opt))
        if o["bound"] < opt - tol:
            errors.append(f"{h['name']}: bound {o['bound']} below the optimum {opt}")
        if o["objective"] > opt + tol:
            errors.append(f"{h['name']}: plan {o['objective']} above the optimum {opt}")
        if o["proven"] and o["objective"] < opt - tol:
            errors.append(f"{h['name']}: proven {o['objective']} but the optimum is {opt}")
        ratio = o["objective"] / opt if opt > 0 else 1.0
        if ratio < 0.995:
            print("SHORT", h["name"], f"{ratio:.4f} of HiGHS's optimum, proven gap {o['gap']:.4f}")
        rows.append((ratio, o["gap"] <= 1e-5))
    rows.sort()
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} models with a plan: {sum(r >= 0.995 for r, _ in rows) / len(rows):.0%} within 0.5% of "
          f"HiGHS's optimum, worst {rows[0][0]:.3f}, {sum(p for _, p in rows)} proven; "
          f"gave up on {gave_up} that have a plan; of the {proven_none + unproven_none} without a plan, "
          f"{proven_none} proven so; {len(errors)} errors; Tierwise's slowest solve "
          f"{max(o['seconds'] for o in ours.values()):.3f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
