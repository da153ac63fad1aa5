#!/usr/bin/env python3
"""Prints the summary of a Benchmarks/run.sh run from the files it left in its work folder.

Usage: python3 Benchmarks/python/summary.py WORK IMPORT_FILES SIZE...
       python3 Benchmarks/python/summary.py --floor RESULTS/floor-10000.json

Reads WORK/results/*.json (hyperfine's --export-json, spiegel-bench's --values, the reference
tools' --json) and the generation stamps WORK/corpus-N.done and WORK/files-10000.done (ms).
Standard library only.
"""
import json
import os
import sys


def load(path):
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return json.load(handle)


def ms(seconds):
    return seconds * 1000


def hyperfine_rows(results, names):
    """(command, median, mean, sd, min, max, runs) in ms for every command of the named benchmarks."""
    rows = []
    for name in names:
        data = load(os.path.join(results, name + ".json"))
        for r in (data or {}).get("results", []):
            rows.append((r["command"], ms(r["median"]), ms(r["mean"]), ms(r.get("stddev") or 0),
                         ms(r["min"]), ms(r["max"]), len(r["times"])))
    return rows


def print_table(header, rows):
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


def print_floor(path):
    """The typed commands of one hyperfine run against its first command, the floor."""
    rows = hyperfine_rows(os.path.dirname(path), [os.path.basename(path)[:-len(".json")]])
    if not rows:
        return
    floor = rows[0][1]
    print("\nTyped commands against the floor (one hyperfine run; median ms; target: at most 1.3 x)")
    print_table(["command", "median", "mean ± sd", "x floor"],
                [(c, f"{med:.1f}", f"{mean:.1f} ± {sd:.1f}", f"{med / floor:.2f}") for c, med, mean, sd, *_ in rows])


def main():
    if sys.argv[1] == "--floor":
        print_floor(sys.argv[2])
        return
    work, import_files, sizes = sys.argv[1], int(sys.argv[2]), [int(n) for n in sys.argv[3:]]
    results = os.path.join(work, "results")
    names = ["instrument-validate", "note-score-10000", "import-10000-files"]
    for n in sizes:
        names += [f"export-{n}", f"agreement-{n}"]
    names += ["compare-10000", "report-10000"]

    print("\nCommands (hyperfine -N; ms)")
    rows = [(c, f"{med:.1f}", f"{mean:.1f} ± {sd:.1f}", f"{lo:.1f}", f"{hi:.1f}", runs)
            for c, med, mean, sd, lo, hi, runs in hyperfine_rows(results, names)]
    print_table(["command", "median", "mean ± sd", "min", "max", "runs"], rows)

    imports = {c: med for c, med, *_ in hyperfine_rows(results, ["import-10000-files"])}
    if imports:
        print(f"\nRating files ({import_files} files, median)")
        for command, median in imports.items():
            print(f"  {command}: {import_files / (median / 1000):,.0f} files/s")

    print("\nIn process (spiegel-bench agreement; median ms)")
    header = ["sessions", "store read", "report self/sup", "report all", "read + both", "kappa (3)", "alpha (3)", "ICC (1 call)"]
    rows = []
    for n in sizes:
        values = load(os.path.join(results, f"values-{n}.json"))
        if not values:
            continue
        t = {k: v["median"] for k, v in values["timings_ms"].items()}
        total = t["store_read"] + t["report_self_supervisor"] + t["report_all_raters"]
        kappa = sum(t[k] for k in ("kappa_unweighted", "kappa_linear", "kappa_quadratic"))
        alpha = sum(t[k] for k in ("alpha_nominal", "alpha_ordinal", "alpha_interval"))
        rows.append([f"{n:,}", f"{t['store_read']:.1f}", f"{t['report_self_supervisor']:.1f}", f"{t['report_all_raters']:.1f}",
                     f"{total:.1f}", f"{kappa:.2f}", f"{alpha:.2f}", f"{t['icc']:.3f}"])
    print_table(header, rows)

    print("\nSwift statistics against the Python packages (same data; ratio = Python ms / Swift ms)")
    for n in sizes:
        python = load(os.path.join(results, f"python-{n}.json"))
        if not python:
            continue
        ratios = ", ".join(f"{r['statistic'].rstrip(' *')} {r['ratio']}" for r in python["rows"])
        print(f"  {n:,} sessions: values equal: {'yes' if python['equal'] else 'NO'}; {ratios}")

    print("\nGeneration (spiegel-corpus, wall time)")
    for n in sizes:
        stamp = os.path.join(work, f"corpus-{n}.done")
        if os.path.exists(stamp):
            print(f"  store, {n:,} sessions: {int(open(stamp).read()) / 1000:.1f} s")
    stamp = os.path.join(work, "files-10000.done")
    if os.path.exists(stamp):
        print(f"  rating files, 10,000 sessions: {int(open(stamp).read()) / 1000:.1f} s")


if __name__ == "__main__":
    main()
