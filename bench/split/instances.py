#!/usr/bin/env python3
"""Generates the budget-split benchmark instances (seeded, so every run solves the same ones).

Each instance is a roster of n candidates in four tiers (nano, micro, macro, mega) with a
price per post drawn from the rate card's Instagram ranges and an expected engagements per
post from the tier's benchmark ER band; a budget of about 8% of one post from everyone; a
spend band per tier; a cap of 20% of the budget per creator; 0-3 posts each; and a minimum
number of creators. Written as JSON in the solver's own units (cents), one file per size.

usage: instances.py OUT_DIR [SIZES...]
"""
import json
import math
import os
import random
import sys

# (share of candidates, followers range, price range $, ER band %) per tier.
TIERS = [
    ("nano", 0.40, (1_000, 10_000), (10, 100), (5.0, 8.0)),
    ("micro", 0.35, (10_000, 100_000), (100, 500), (3.0, 5.5)),
    ("macro", 0.20, (100_000, 1_000_000), (500, 10_000), (1.2, 2.0)),
    ("mega", 0.05, (1_000_000, 20_000_000), (10_000, 60_000), (0.8, 1.5)),
]
# Spend bands, percent of the budget.
BANDS = [(10, 30), (40, 70), (10, 40), (0, 20)]


def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def instance(n, seed):
    rng = random.Random(seed)
    items = []
    for i in range(n):
        r = rng.random()
        acc = 0.0
        for g, (_, share, fol, price, er) in enumerate(TIERS):
            acc += share
            if r < acc or g == len(TIERS) - 1:
                break
        followers = log_uniform(rng, *fol)
        # Price grows with followers inside the tier's range, with noise.
        pos = (math.log(followers) - math.log(fol[0])) / (math.log(fol[1]) - math.log(fol[0]))
        dollars = price[0] * (price[1] / price[0]) ** min(1.0, max(0.0, pos + rng.gauss(0, 0.15)))
        cents = max(100, int(round(dollars * 100)))
        er_pct = rng.uniform(*er) * math.exp(rng.gauss(0, 0.35))
        value = round(followers * er_pct / 100.0, 1)
        items.append({"price": cents, "value": value, "group": g})
    budget = int(sum(it["price"] for it in items) * 0.08)
    cap = budget // 5
    for it in items:
        it["platform"] = 0
        it["lo"] = 1
        it["hi"] = min(3, cap // it["price"])
        it["forced"] = False
    items = [it for it in items if it["hi"] >= 1]
    groups = [{"min": budget * lo // 100, "max": budget * hi // 100} for lo, hi in BANDS]
    return {
        "name": f"n{n}",
        "items": items,
        "budget": budget,
        "groups": groups,
        "platforms": [{"min": 0, "max": 2**63}],
        "min_count": max(10, n // 25),
        "max_count": 4294967295,
    }


def main():
    out = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2:]] or [100, 1000, 5000, 20000]
    os.makedirs(out, exist_ok=True)
    for n in sizes:
        with open(os.path.join(out, f"n{n}.json"), "w") as f:
            json.dump(instance(n, 1000 + n), f)


if __name__ == "__main__":
    main()
