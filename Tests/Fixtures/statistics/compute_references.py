"""Reference values for the Spiegel statistics tests.

Run:  python3 reference/compute_references.py
Needs: pip install krippendorff scikit-learn pingouin pandas numpy
Prints every reference number with repr() (17 significant digits) so the
Swift tests can compare at 1e-9.  Exact rationals come from fractions.Fraction
implementations of the textbook formulas written here, independent of the Swift code.
"""
from fractions import Fraction as F
import itertools, math, sys

import numpy as np
import krippendorff, sklearn, pingouin, pandas as pd
from sklearn.metrics import cohen_kappa_score

nan = np.nan
print(f"# python {sys.version.split()[0]}  krippendorff {krippendorff.__version__ if hasattr(krippendorff,'__version__') else '?'}"
      f"  scikit-learn {sklearn.__version__}  pingouin {pingouin.__version__}  pandas {pd.__version__}  numpy {np.__version__}")

# ---------------------------------------------------------------- Krippendorff
def alpha_exact(rows, metric):
    """Krippendorff (2011) coincidence-matrix alpha with exact rationals.
    rows: observers x units, None = missing."""
    units = list(zip(*rows))
    values = sorted({v for u in units for v in u if v is not None})
    o = {(c, k): F(0) for c in values for k in values}
    for u in units:
        vs = [v for v in u if v is not None]
        m = len(vs)
        if m < 2:
            continue
        for i, j in itertools.permutations(range(m), 2):
            o[(vs[i], vs[j])] += F(1, m - 1)
    n_c = {c: sum(o[(c, k)] for k in values) for c in values}
    n = sum(n_c.values())
    def d(c, k):
        if metric == "nominal":
            return F(0) if c == k else F(1)
        if metric == "ordinal":
            lo, hi = min(c, k), max(c, k)
            s = sum(n_c[g] for g in values if lo <= g <= hi)
            return (s - (n_c[c] + n_c[k]) / 2) ** 2
        if metric == "interval":
            return F(c - k) ** 2
        if metric == "ratio":
            return F(0) if c + k == 0 else (F(c - k) / F(c + k)) ** 2
    do = sum(o[(c, k)] * d(c, k) for c in values for k in values)
    de = sum(n_c[c] * n_c[k] * d(c, k) for c in values for k in values)
    return 1 - (n - 1) * do / de, n

def to_nan(rows):
    return np.array([[nan if v is None else v for v in r] for r in rows], dtype=float)

def show_alpha(name, rows, metrics=("nominal", "ordinal", "interval", "ratio")):
    for m in metrics:
        exact, n = alpha_exact(rows, m)
        pkg = krippendorff.alpha(reliability_data=to_nan(rows), level_of_measurement=m)
        print(f"{name} alpha {m:8s} package={float(pkg)!r}  exact={exact} = {float(exact)!r}  n={n}")

_ = None
# Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C, reliability data matrix
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],   # observer A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],   # observer B
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],   # observer C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],   # observer D
]
show_alpha("K2011-C", K2011)
# Krippendorff (2011) section A: binary data, two observers, no missing data
K2011A = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
          [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]
show_alpha("K2011-A", K2011A, ("nominal",))
# Krippendorff (2011) section B: nominal data, two observers, no missing data (a..e -> 1..5)
K2011B = [[1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
          [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4]]
show_alpha("K2011-B", K2011B, ("nominal",))
# krippendorff package docstring / Wikipedia example: 3 coders x 15 units
WIKI = [[_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
        [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
        [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4]]
show_alpha("WIKI", WIKI)
# two units only (edge case)
TWO = [[1, 3], [2, 3], [1, _]]
show_alpha("TWO-UNITS", TWO)

# Large deterministic data set: same generator as the Swift test (PCG-style LCG).
def lcg_data(units=10_000 * 14, raters=3, seed=20240611):
    M = (1 << 64) - 1
    s = seed
    def nxt():
        nonlocal s
        s = (s * 6364136223846793005 + 1442695040888963407) & M
        return s >> 33
    rows = [[] for _ in range(raters)]
    for _u in range(units):
        true = nxt() % 3 + 1
        for r in range(raters):
            roll = nxt() % 10
            if roll == 0:
                rows[r].append(nan)           # n.v.t. / missing
            elif roll <= 6:
                rows[r].append(float(true))
            else:
                rows[r].append(float(nxt() % 3 + 1))
    return np.array(rows)
big = lcg_data()
print("LCG first unit:", big[:, 0], "second:", big[:, 1], "missing:", int(np.isnan(big).sum()))
for m in ("nominal", "ordinal", "interval", "ratio"):
    print(f"LCG alpha {m:8s} package={float(krippendorff.alpha(reliability_data=big, level_of_measurement=m))!r}")

# ---------------------------------------------------------------- Cohen's kappa
def show_kappa(name, a, b, labels):
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    xa, xb = [p[0] for p in pairs], [p[1] for p in pairs]
    for w in (None, "linear", "quadratic"):
        k = cohen_kappa_score(xa, xb, labels=labels, weights=w)
        print(f"{name} kappa {str(w):9s} labels={labels} sklearn={float(k)!r}  n={len(pairs)}")
    exact_pa = F(sum(x == y for x, y in pairs), len(pairs))
    within = F(sum(abs(x - y) <= 1 for x, y in pairs), len(pairs))
    print(f"{name} percent exact={exact_pa} = {float(exact_pa)!r}  within-one={within} = {float(within)!r}")

KA_A = [1, 2, 3, 3, 2, 1, None, 2, 3, 1, 2, 2, 3, 1, 3, 2, None, 1, 2, 3]
KA_B = [1, 2, 2, 3, 2, 2, 3, 1, 3, 1, 3, 2, 3, 2, 3, 1, 2, None, 2, 1]
show_kappa("KAPPA-1", KA_A, KA_B, [1, 2, 3])
# Unused MIDDLE category 3 on a 1..5 scale, and unused top category 5 in the last one.
KB_A = [1, 2, 4, 5, 2, 1, 4, 4, 2, 1, 5, 2]
KB_B = [1, 2, 5, 4, 1, 1, 4, 2, 2, 2, 5, 4]
show_kappa("KAPPA-2", KB_A, KB_B, [1, 2, 3, 4, 5])
show_kappa("KAPPA-2-nolabels", KB_A, KB_B, None)
KC_A = [1, 2, 2, 1, 3, 2, 1, 2]
KC_B = [1, 2, 3, 1, 3, 3, 2, 2]
show_kappa("KAPPA-3", KC_A, KC_B, [1, 2, 3, 4])
show_kappa("KAPPA-3-123", KC_A, KC_B, [1, 2, 3])
# Wikipedia "Cohen's kappa", simple example: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (1 = yes, 0 = no)
WA = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
WB = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
show_kappa("KAPPA-WIKI", WA, WB, [0, 1])
show_kappa("KAPPA-TWO", [1, 2], [1, 3], [1, 2, 3])

# ---------------------------------------------------------------- ICC
def icc_exact(rows):
    n, k = len(rows), len(rows[0])
    X = [[F(v) for v in r] for r in rows]
    g = sum(map(sum, X)) / (n * k)
    rm = [sum(r) / k for r in X]
    cm = [sum(X[i][j] for i in range(n)) / n for j in range(k)]
    ssb = k * sum((m - g) ** 2 for m in rm)
    ssj = n * sum((m - g) ** 2 for m in cm)
    ssw = sum((X[i][j] - rm[i]) ** 2 for i in range(n) for j in range(k))
    sse = ssw - ssj
    bms, wms, jms, ems = ssb / (n - 1), ssw / (n * (k - 1)), ssj / (k - 1), sse / ((n - 1) * (k - 1))
    out = {
        "ICC(1,1)": (bms - wms) / (bms + (k - 1) * wms),
        "ICC(2,1)": (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
        "ICC(3,1)": (bms - ems) / (bms + (k - 1) * ems),
        "ICC(1,k)": (bms - wms) / bms,
        "ICC(2,k)": (bms - ems) / (bms + (jms - ems) / n),
        "ICC(3,k)": (bms - ems) / bms,
    }
    return out, dict(BMS=bms, WMS=wms, JMS=jms, EMS=ems)

def show_icc(name, rows):
    complete = [r for r in rows if None not in r]
    exact, ms = icc_exact(complete)
    long = pd.DataFrame([(i, j, (nan if v is None else v)) for i, r in enumerate(rows) for j, v in enumerate(r)],
                        columns=["target", "judge", "rating"])
    res = pingouin.intraclass_corr(data=long, targets="target", raters="judge", ratings="rating", nan_policy="omit")
    print(f"{name} mean squares exact: " + ", ".join(f"{k}={v} = {float(v)!r}" for k, v in ms.items()))
    for (form, ex), (_, row) in zip(exact.items(), res.iterrows()):
        print(f"{name} {form} exact={ex} = {float(ex)!r}  pingouin[{row['Type']}]={float(row['ICC'])!r}  n={len(complete)}")

SF = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
show_icc("SF1979", SF)
ICC_MISSING = [[1, 2, 2], [2, 2, 3], [3, 3, 3], [None, 1, 2], [2, 3, 3], [1, 1, 2], [3, 2, None]]
show_icc("ICC-MISSING", ICC_MISSING)
show_icc("ICC-TWO", [[1, 2, 2], [3, 3, 2]])

# ---------------------------------------------------------------- extra facts used by the tests
print("LCG pairable values n =", int(sum(c for c in (~np.isnan(big)).sum(axis=0) if c >= 2)))
# Judges differ, targets do not: BMS = EMS = 0, JMS > 0 (pingouin divides by zero for ICC(3,*), ICC(1,k)).
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    long = pd.DataFrame([(i, j, v) for i, r in enumerate([[1, 2], [1, 2], [1, 2]]) for j, v in enumerate(r)],
                        columns=["target", "judge", "rating"])
    res = pingouin.intraclass_corr(data=long, targets="target", raters="judge", ratings="rating")
    print("JUDGES-ONLY pingouin:", [(t, float(v)) for t, v in zip(res["Type"], res["ICC"])])

# Second generator run: 6 raters x 2,000 units (seed 7), so units have 2..6 ratings (weights 1/(m-1)).
six = lcg_data(units=2_000, raters=6, seed=7)
print("LCG6 first unit:", six[:, 0], "missing:", int(np.isnan(six).sum()),
      "pairable n =", int(sum(c for c in (~np.isnan(six)).sum(axis=0) if c >= 2)))
for m in ("nominal", "ordinal", "interval", "ratio"):
    print(f"LCG6 alpha {m:8s} package={float(krippendorff.alpha(reliability_data=six, level_of_measurement=m))!r}")
both = ~np.isnan(six[0]) & ~np.isnan(six[1])
for w in (None, "linear", "quadratic"):
    k = cohen_kappa_score(six[0][both], six[1][both], labels=[1.0, 2.0, 3.0], weights=w)
    print(f"LCG6 kappa raters 0,1 {str(w):9s} sklearn={float(k)!r} n={int(both.sum())}")
long6 = pd.DataFrame([(u, r, six[r, u]) for u in range(six.shape[1]) for r in range(six.shape[0])],
                     columns=["target", "judge", "rating"])
res6 = pingouin.intraclass_corr(data=long6, targets="target", raters="judge", ratings="rating", nan_policy="omit")
complete6 = int((~np.isnan(six)).all(axis=0).sum())
for _, row in res6.iterrows():
    print(f"LCG6 {row['Type']} pingouin={float(row['ICC'])!r} n={complete6}")
