#!/usr/bin/env python3
"""Checks spiegel-bench's agreement values against the Python packages and compares the timings.

Usage:
    spiegel export --store STORE --instrument school2care-reflectie -o scores.csv
    spiegel-bench agreement STORE --values swift.json
    python3 Benchmarks/python/reference_tools.py scores.csv swift.json [--runs 7] [--json FILE] \
        [--cli PAIR.json ALL.json]

With --cli, the values that `spiegel agreement --roles self,supervisor --format json` (PAIR)
and `spiegel agreement --all-raters --format json` (ALL) printed are checked as well.

Needs: pip install krippendorff scikit-learn pingouin pandas numpy

From the research export (one row per session, rater, role and item; `numeric` empty for
n.v.t.) it builds the data behind the overall rows of the Swift agreement report, grouped the
way Tests/Fixtures/statistics/agreement_references.py groups them:

- units are (session, item) pairs over the rating items; n.v.t. and unscored items are missing;
- ratings are ordered by role (the instrument's role order: self, peer, supervisor, then other
  roles by name) and, within a role, by rater code; a role slot is the k-th rater of a role;
- kappa: the first self rating against the first supervisor rating,
  sklearn.metrics.cohen_kappa_score(a, b, labels=categories, weights=None|"linear"|"quadratic")
  on the units both scored;
- alpha: one column per role slot that occurs in any session (self, peer 1, peer 2, supervisor),
  krippendorff.alpha(reliability_data=raters x units, level_of_measurement=...);
- ICC: each session's self and supervisor mean over the items they scored,
  pingouin.intraclass_corr(..., nan_policy="omit") (sessions lacking either are dropped).

Each package call is timed on the prebuilt inputs (time.perf_counter, one warm-up, median of
--runs) and set beside the Swift time of the same statistic on the same data. Values must agree
within 1e-9 (and the sample sizes exactly); the exit status is 1 when any does not.
"""
import argparse
import json
import math
import statistics
import sys
import time
import warnings
from importlib.metadata import version

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import sklearn
from sklearn.metrics import cohen_kappa_score

warnings.filterwarnings("ignore")

ROLE_ORDER = ["self", "peer", "supervisor"]  # the built-in roles, as Instrument.roleIDs lists them
TOLERANCE = 1e-9
KAPPA = [("kappa_unweighted", None), ("kappa_linear", "linear"), ("kappa_quadratic", "quadratic")]
ALPHA = [("alpha_nominal", "nominal"), ("alpha_ordinal", "ordinal"), ("alpha_interval", "interval")]
ICC = [("icc1_1", "ICC(1,1)"), ("icc2_1", "ICC(2,1)"), ("icc3_1", "ICC(3,1)")]
# pingouin names the forms after Shrout & Fleiss (ICC1, ICC2, ICC3) in most versions.
PINGOUIN_TYPES = {"ICC(1,1)": ("ICC1", "ICC(1,1)"), "ICC(2,1)": ("ICC2", "ICC(A,1)"), "ICC(3,1)": ("ICC3", "ICC(C,1)")}


def timed(runs, function):
    """Median milliseconds of `runs` calls after one warm-up, and the last result."""
    result = function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def load(csv_path, instrument_hash):
    """The score rows of the compared instrument version's rating items, with slot columns."""
    scores = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    scores = scores[(scores["instrument_hash"] == instrument_hash) & (scores["kind"] == "rating")].copy()
    scores["x"] = pd.to_numeric(scores["numeric"], errors="coerce")  # n.v.t. is empty: missing
    raters = scores[["session", "role", "rater"]].drop_duplicates().copy()
    raters["role_rank"] = raters["role"].map(lambda role: ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER))
    raters["session_number"] = raters["session"].astype(int)
    raters = raters.sort_values(["session_number", "role_rank", "role", "rater"])
    raters["rank"] = raters.groupby(["session", "role"]).cumcount()
    raters["slot"] = list(zip(raters["role_rank"], raters["role"], raters["rank"]))
    return scores.merge(raters[["session", "role", "rater", "slot"]], on=["session", "role", "rater"])


def build(scores):
    """The inputs of the three package calls: kappa pairs, alpha's raters x units array, ICC's long table."""
    units = scores.pivot(index=["session", "item"], columns="slot", values="x")
    slots = sorted(units.columns)
    first, second = (0, "self", 0), (2, "supervisor", 0)
    both = units[[first, second]].dropna()
    pair = (both[first].to_numpy(), both[second].to_numpy())
    reliability = units[slots].to_numpy(dtype=float).T
    means = scores.groupby(["session", "slot"])["x"].mean().unstack()  # NaN when all n.v.t.
    means = means.reindex(columns=[first, second])
    long = means.reset_index().melt(id_vars="session", var_name="judge", value_name="rating")
    long["judge"] = long["judge"].map(lambda slot: slot[1])
    names = [slot_name(slot, slots) for slot in slots]
    return pair, reliability, long, names


def slot_name(slot, slots):
    """`peer 2` when a role has several slots, else the role."""
    shared = any(other[1] == slot[1] and other[2] > 0 for other in slots)
    return f"{slot[1]} {slot[2] + 1}" if shared else slot[1]


def pairable(reliability):
    """Krippendorff's n: the values in units with at least 2 values."""
    counts = (~np.isnan(reliability)).sum(axis=0)
    return int(counts[counts >= 2].sum())


def compute(pair, reliability, long, categories, runs):
    """{key: (value, n, python ms)} for every statistic."""
    out = {}
    a, b = pair
    for key, weights in KAPPA:
        ms, value = timed(runs, lambda: cohen_kappa_score(a, b, labels=categories, weights=weights))
        out[key] = (float(value), len(a), ms)
    n = pairable(reliability)
    for key, level in ALPHA:
        ms, value = timed(runs, lambda: krippendorff.alpha(reliability_data=reliability, level_of_measurement=level))
        out[key] = (float(value), n, ms)
    ms, table = timed(runs, lambda: pingouin.intraclass_corr(
        data=long, targets="session", raters="judge", ratings="rating", nan_policy="omit"))
    complete = int(long.pivot(index="session", columns="judge", values="rating").dropna().shape[0])
    by_type = dict(zip(table["Type"], table["ICC"]))
    for key, form in ICC:
        name = next(t for t in PINGOUIN_TYPES[form] if t in by_type)
        out[key] = (float(by_type[name]), complete, ms)
    return out


def equal(swift, python):
    if swift["value"] is None:
        return False
    return abs(swift["value"] - python[0]) <= TOLERANCE and swift["n"] == python[1]


def swift_ms(timings, key):
    return timings["icc" if key.startswith("icc") else key]["median"]


def cli_values(pair_path, all_path):
    """{key: {"value", "n"}} from the overall and total-score rows of `spiegel agreement --format json`."""
    with open(pair_path) as handle:
        pair = json.load(handle)
    with open(all_path) as handle:
        everyone = json.load(handle)

    def figures(report, rows, scope):
        row = next(r for r in report[rows] if r["scope"] == scope)
        return {f["variant"]: f for f in row["figures"]}

    found = {}
    for keys, report, rows, scope in ((KAPPA, pair, "itemRows", "overall"), (ALPHA, everyone, "itemRows", "overall"),
                                      (ICC, pair, "scoreRows", "total-score")):
        by_variant = figures(report, rows, scope)
        for key, variant in keys:
            variant = {None: "unweighted"}.get(variant, variant)
            found[key] = {"value": by_variant[variant].get("value"), "n": by_variant[variant]["n"]}
    return found


def table(swift, python, cli):
    header = ["statistic", "Swift value", "Python value", "equal?", "CLI equal?", "Swift ms", "Python ms", "ratio"]
    rows = []
    for key, _ in KAPPA + ALPHA + ICC:
        s, p = swift["values"][key], python[key]
        s_ms, p_ms = swift_ms(swift["timings_ms"], key), p[2]
        label = key + (" *" if key.startswith("icc") else "")
        value = "undefined" if s["value"] is None else f"{s['value']:.15f}"
        cli_equal = "-" if cli is None else ("yes" if equal(cli[key], p) else "NO")
        rows.append([label, value, f"{p[0]:.15f}", "yes" if equal(s, p) else "NO", cli_equal,
                     f"{s_ms:.3f}", f"{p_ms:.3f}", f"{p_ms / s_ms:.0f}x"])
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header] + rows]
    return lines, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("csv", help="the research export (spiegel export --instrument ... -o FILE)")
    parser.add_argument("swift", help="the JSON of spiegel-bench agreement --values FILE")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per statistic (default 7)")
    parser.add_argument("--json", help="also write the comparison as JSON to this file")
    parser.add_argument("--cli", nargs=2, metavar=("PAIR", "ALL"),
                        help="spiegel agreement --format json output for --roles self,supervisor and for --all-raters")
    args = parser.parse_args()
    with open(args.swift) as handle:
        swift = json.load(handle)

    start = time.perf_counter()
    scores = load(args.csv, swift["instrument_hash"])
    pair, reliability, long, names = build(scores)
    prepare_ms = (time.perf_counter() - start) * 1000
    python = compute(pair, reliability, long, swift["categories"], args.runs)

    print(f"# python {sys.version.split()[0]}  scikit-learn {sklearn.__version__}  krippendorff {version('krippendorff')}"
          f"  pingouin {pingouin.__version__}  pandas {pd.__version__}  numpy {np.__version__}")
    print(f"# {swift['sessions']} sessions; rater columns: Swift {', '.join(swift['rater_columns'])}; Python {', '.join(names)}")
    cli = cli_values(*args.cli) if args.cli else None
    lines, rows = table(swift, python, cli)
    print("\n".join(lines))
    print("ratio = Python ms / Swift ms (median of runs; package call on prebuilt inputs vs Swift statistic on its matrix)")
    print("* the three ICCs are one call each side (pingouin computes all six forms)")
    t = swift["timings_ms"]
    print(f"data preparation: Python read_csv + pivot {prepare_ms:.0f} ms (once); "
          f"Swift store read {t['store_read']['median']:.1f} ms + matrices {t['matrices_build']['median']:.1f} ms")
    ok = all(row[3] == "yes" and row[4] != "NO" for row in rows) and names == swift["rater_columns"]
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"sessions": swift["sessions"], "prepare_ms": prepare_ms, "equal": ok,
                       "rows": [dict(zip(["statistic", "swift", "python", "equal", "cli_equal", "swift_ms", "python_ms", "ratio"], r))
                                for r in rows]}, handle, indent=2)
    if not ok:
        print("values differ (or rater columns differ)", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
