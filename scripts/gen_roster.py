#!/usr/bin/env python3
"""Write a large, deterministic creators roster CSV for `make bench`.

The file looks like a real export: a header
`handle,name,platform,followers,likes,comments,shares,saves,views,price_per_post`,
follower counts spread over every tier, numbers written as plain digits, with
suffixes (12.5K, 475.8m, 1.2B) or grouped in quotes ("1,234"), names with commas
in quotes, names in the seed languages' scripts, and some empty or "-" cells.

Same --seed and --rows give the same bytes, on any machine and Python 3.8+.
Next to the CSV it writes OUT.json (rows, seed, bytes, generator hash); when that
already matches, the script does nothing, so `make bench` can call it every time.

    python3 scripts/gen_roster.py --rows 1000 --out /tmp/roster.csv
    python3 scripts/gen_roster.py --rows 10 --out -        # to stdout
"""

import argparse
import hashlib
import json
import math
import os
import random
import sys

HEADER = "handle,name,platform,followers,likes,comments,shares,saves,views,price_per_post\n"

FIRST = [
    "Anna", "Jan", "Maria", "Piotr", "Olivia", "Liam", "Emma", "Noah", "Sofia", "Lucas",
    "Mia", "Leo", "Chloe", "Hugo", "Zoé", "Łukasz", "Zofia", "Małgorzata", "Nguyễn Văn",
    "Trần Thị", "Lê", "Phạm", "محمد", "فاطمة", "أحمد", "ليلى", "สมชาย", "สมหญิง",
    "Ana", "José", "Chiara", "Søren", "Ayşe", "Kofi", "Priya", "Wei", "Yuki", "Min-jun",
]
LAST = [
    "Nowak", "Kowalska", "Smith", "Johnson", "García", "Müller", "Rossi", "Dubois",
    "Wiśniewski", "Anh", "Hương", "Minh", "العلي", "الحسن", "ใจดี", "สุขสันต์",
    "O'Brien", "van der Berg", "Silva", "Kim", "Tanaka", "Okafor", "Patel", "Chen",
]
TAGS = [
    "Beauty", "Travel", "Food", "Fitness", "Tech", "Gaming", "Fashion", "Parenting",
    "Finance", "Pets", "DIY", "Music", "Books", "Cars",
]
EMOJI = ["✨", "🌿", "📸", "🍜", "💄", "🎮", "🐶", "🏋️", "✈️"]
PLATFORMS = ["instagram", "instagram", "instagram", "tiktok", "tiktok", "youtube", "Instagram", "TikTok", ""]


def suffixed(n, rnd):
    """12.5K / 475.8m / 1.2B, as exports write them."""
    if n >= 1_000_000_000:
        v, s = n / 1_000_000_000, "B"
    elif n >= 1_000_000:
        v, s = n / 1_000_000, "M"
    elif n >= 1_000:
        v, s = n / 1_000, "K"
    else:
        return str(n)
    if rnd.random() < 0.3:
        s = s.lower()
    return f"{v:.1f}{s}"


def grouped(n):
    """"1,234,567" — quoted, since the comma is the delimiter."""
    return f'"{n:,}"'


def number_cell(n, rnd, empty_rate):
    r = rnd.random()
    if r < empty_rate:
        return "" if rnd.random() < 0.8 else "-"
    r = rnd.random()
    if r < 0.50:
        return str(n)
    if r < 0.85 or n < 1000:
        return suffixed(n, rnd)
    return grouped(n)


def name_cell(rnd):
    r = rnd.random()
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    if r < 0.20:
        # "Last, First" and "Name, Topic": the commas need quotes
        return f'"{last}, {first}"'
    if r < 0.30:
        return f'"{first} {last}, {rnd.choice(TAGS)}"'
    if r < 0.35:
        return f'"{first} ""{rnd.choice(TAGS)}"" {last}"'
    if r < 0.45:
        return f"{first} {last} {rnd.choice(EMOJI)}"
    return f"{first} {last}"


def row(i, rnd):
    # Follower counts: log-normal around ~20K, so every tier from "emerging" to
    # "mega" is populated, micro and nano most of all (as in real rosters).
    followers = int(math.exp(rnd.gauss(10.0, 2.0)))
    followers = max(50, min(followers, 600_000_000))
    platform = rnd.choice(PLATFORMS)
    er = max(0.0005, rnd.lognormvariate(math.log(0.03), 0.7)) * (followers ** -0.05) * 1.6
    likes = int(followers * er)
    comments = int(likes * rnd.uniform(0.005, 0.06))
    shares = int(likes * rnd.uniform(0.0, 0.1))
    saves = int(likes * rnd.uniform(0.0, 0.08))
    views = int(followers * rnd.uniform(0.05, 1.5))
    price = int(10 * (followers / 1000) ** 0.85 * rnd.uniform(0.5, 2.0)) + 10

    handle = f"@{rnd.choice(FIRST).lower().replace(' ', '_')}_{i}"
    if rnd.random() < 0.5:
        handle = handle[1:]
    r = rnd.random()
    if r < 0.6:
        price_cell = str(price)
    elif r < 0.75:
        price_cell = f'"${price:,}"' if price >= 1000 else f"${price}"
    elif r < 0.85:
        price_cell = suffixed(price, rnd)
    else:
        price_cell = ""
    return ",".join((
        handle,
        name_cell(rnd),
        platform,
        number_cell(followers, rnd, 0.005),
        number_cell(likes, rnd, 0.02),
        number_cell(comments, rnd, 0.03),
        number_cell(shares, rnd, 0.15),
        number_cell(saves, rnd, 0.25),
        number_cell(views, rnd, 0.10),
        price_cell,
    )) + "\n"


def generator_hash():
    with open(__file__, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_480_000, help="data rows (default 1,480,000 ≈ 100 MB)")
    ap.add_argument("--seed", type=int, default=20240607)
    ap.add_argument("--out", default="target/bench/roster.csv", help="output path, or - for stdout")
    ap.add_argument("--force", action="store_true", help="write even if OUT.json says it is up to date")
    args = ap.parse_args()

    meta = {"rows": args.rows, "seed": args.seed, "generator": generator_hash()}
    meta_path = args.out + ".json"
    if args.out != "-" and not args.force and os.path.exists(args.out) and os.path.exists(meta_path):
        try:
            with open(meta_path, encoding="utf-8") as f:
                old = json.load(f)
            if {k: old.get(k) for k in meta} == meta and old.get("bytes") == os.path.getsize(args.out):
                print(f"gen_roster: {args.out} up to date ({old['rows']} rows, {old['bytes']} bytes)", file=sys.stderr)
                return
        except (OSError, ValueError):
            pass

    rnd = random.Random(args.seed)
    if args.out == "-":
        out = sys.stdout.buffer
    else:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        out = open(args.out + ".tmp", "wb")
    size = 0
    chunk = [HEADER]
    for i in range(1, args.rows + 1):
        chunk.append(row(i, rnd))
        if len(chunk) >= 10_000:
            data = "".join(chunk).encode("utf-8")
            out.write(data)
            size += len(data)
            chunk = []
    data = "".join(chunk).encode("utf-8")
    out.write(data)
    size += len(data)
    if args.out == "-":
        out.flush()
        return
    out.close()
    os.replace(args.out + ".tmp", args.out)
    meta["bytes"] = size
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    print(f"gen_roster: wrote {args.out}: {args.rows} rows, {size} bytes ({size / 2**20:.1f} MiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
