"""Reference values for Tests/SpiegelCoreTests/Agreement (AgreementReport on a small corpus).

Run:  python3 Tests/Fixtures/statistics/agreement_references.py > Tests/Fixtures/statistics/agreement_references.txt
Needs: pip install krippendorff scikit-learn pingouin pandas numpy

The corpus below is the one AgreementTestCorpus.swift builds (School2Care, 14 rating items on
the scale 1-3; sections I = items 1-7, II = 8-12, III = 13-14). One character per item:
'1'-'3' a level, 'n' n.v.t., '-' not scored; both count as missing. The grouping of the data
(which ratings are compared, which units are pooled, section means) is written here from the
task description, independently of the Swift code; the statistics are those of the packages:

    sklearn.metrics.cohen_kappa_score(a, b, labels=[1, 2, 3], weights=None|"linear"|"quadratic")
    krippendorff.alpha(reliability_data=rows, level_of_measurement="nominal"|"ordinal"|"interval")
    pingouin.intraclass_corr(data=long, targets="target", raters="judge", ratings="rating", nan_policy="omit")

Percent agreement is the share of units both raters scored with a == b resp. |a - b| <= 1.
Every line prints: selection, row scope, statistic, variant, value (repr, 17 digits) or
"undefined", n.
"""
import math
import sys
import warnings
from importlib.metadata import version

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import sklearn
from sklearn.metrics import cohen_kappa_score

warnings.filterwarnings("ignore")
nan = np.nan

# (session id, ratings as (role, rater, answers)); every session uses the current instrument.
CORPUS = [
    (1, [("self", "C1", "2-311312313211"), ("supervisor", "S1", "2211233n322211"), ("peer", "P1", "3131331-3132n3")]),
    (2, [("self", "C1", "-2222221-21333"), ("supervisor", "S2", "n223333n322333"), ("peer", "P1", "3223nn122n3323")]),
    (3, [("self", "C1", "31121231222322"), ("supervisor", "S1", "-1321322113222"),
         ("peer", "P2", "n33111n2222332"), ("peer", "P1", "-3323212322233")]),
    (4, [("self", "C2", "n1333-32111333"), ("supervisor", "S1", "n1333222331211"), ("peer", "P3", "3332-113131313")]),
    (5, [("self", "C1", "1321112-3-2323"), ("peer", "P1", "122n1n33213322")]),
    (6, [("self", "C2", "32n12n32223n2-"), ("supervisor", "S2", "3nn22133323122"),
         ("peer", "P1", "3332313213331n"), ("peer", "P3", "3233nn3222-322")]),
    (7, [("self", "C1", "3112322n-33322"), ("supervisor", "S1", "32112-23-3231-"),
         ("peer", "P1", "321223232nn321"), ("peer", "P2", "3211222133133-")]),
    (8, [("self", "C2", "2313112232n122"), ("supervisor", "S1", "32322112222322"), ("peer", "P2", "22121122232322")]),
]
SECTIONS = [("I", list(range(0, 7))), ("II", list(range(7, 12))), ("III", list(range(12, 14)))]
ALL_ITEMS = list(range(14))
LABELS = [1, 2, 3]


def values(answers):
    return [float(c) if c in "123" else None for c in answers]


def first(ratings, predicate, exclude=None):
    """The first rating (by rater code) that satisfies predicate, skipping `exclude`."""
    matches = sorted((r for r in ratings if predicate(r) and r is not exclude), key=lambda r: r[1])
    return matches[0] if matches else None


def pair_columns(kind, a, b):
    """Per session: [values of column A or None, values of column B or None]."""
    key = 0 if kind == "roles" else 1
    out = []
    for _sid, ratings in CORPUS:
        ra = first(ratings, lambda r: r[key] == a)
        rb = first(ratings, lambda r: r[key] == b, exclude=ra)
        out.append([values(r[2]) if r else None for r in (ra, rb)])
    return out


def all_columns():
    """Per session: self, peer 1, peer 2, supervisor (peers by rater code)."""
    out = []
    for _sid, ratings in CORPUS:
        selfs = sorted((r for r in ratings if r[0] == "self"), key=lambda r: r[1])
        peers = sorted((r for r in ratings if r[0] == "peer"), key=lambda r: r[1])
        sups = sorted((r for r in ratings if r[0] == "supervisor"), key=lambda r: r[1])
        slots = [selfs[:1], peers[0:1], peers[1:2], sups[:1]]
        out.append([values(s[0][2]) if s else None for s in slots])
    return out


def units(columns, items):
    """Rows of (column values) for every (session, item) with item in items."""
    return [[(col[i] if col else None) for col in sess] for sess in columns for i in items]


def fmt(v):
    return "undefined" if v is None or not math.isfinite(v) else repr(float(v))


def pairwise_stats(rows):
    pairs = [(r[0], r[1]) for r in rows if r[0] is not None and r[1] is not None]
    out = []
    if pairs:
        out.append(("percent agreement", "exact", sum(a == b for a, b in pairs) / len(pairs), len(pairs)))
        out.append(("percent agreement", "within-one", sum(abs(a - b) <= 1 for a, b in pairs) / len(pairs), len(pairs)))
    else:
        out += [("percent agreement", v, None, 0) for v in ("exact", "within-one")]
    for w, name in ((None, "unweighted"), ("linear", "linear"), ("quadratic", "quadratic")):
        k = cohen_kappa_score([a for a, _ in pairs], [b for _, b in pairs], labels=LABELS, weights=w) if pairs else None
        out.append(("Cohen's kappa", name, k, len(pairs)))
    return out


def alpha_stats(rows):
    pairable = sum(len(vs) for vs in ([v for v in r if v is not None] for r in rows) if len(vs) >= 2)
    data = np.array([[nan if v is None else v for v in r] for r in rows], dtype=float).T  # raters x units
    out = []
    for metric in ("nominal", "ordinal", "interval"):
        try:
            a = krippendorff.alpha(reliability_data=data, level_of_measurement=metric)
        except ValueError:
            a = None
        out.append(("Krippendorff's alpha", metric, a, pairable))
    return out


def mean_or_none(vs):
    vs = [v for v in vs if v is not None]
    return sum(vs) / len(vs) if vs else None


def icc_stats(columns, items):
    long = []
    for t, sess in enumerate(columns):
        for j, col in enumerate(sess):
            score = mean_or_none([col[i] for i in items]) if col else None
            long.append({"target": t, "judge": j, "rating": nan if score is None else score})
    df = pd.DataFrame(long)
    complete = df.pivot(index="target", columns="judge", values="rating").dropna().shape[0]
    if complete < 2:
        return [("intraclass correlation", f, None, complete) for f in ("ICC(1,1)", "ICC(2,1)", "ICC(3,1)")]
    res = pingouin.intraclass_corr(data=df, targets="target", raters="judge", ratings="rating", nan_policy="omit")
    icc = dict(zip(res["Type"], res["ICC"]))
    return [("intraclass correlation", sf, icc[pg], complete) for sf, pg in (("ICC(1,1)", "ICC(1,1)"), ("ICC(2,1)", "ICC(A,1)"), ("ICC(3,1)", "ICC(C,1)"))]


def report(name, columns, pairwise, scopes):
    for scope, items in scopes:
        rows = units(columns, items)
        stats = (pairwise_stats(rows) if pairwise else []) + alpha_stats(rows)
        for statistic, variant, value, n in stats:
            print(f"{name}|{scope}|{statistic}|{variant}|{fmt(value)}|{n}")
    for scope, items in [("score:" + s, i) for s, i in SECTIONS] + [("total", ALL_ITEMS)]:
        for statistic, variant, value, n in icc_stats(columns, items):
            print(f"{name}|{scope}|{statistic}|{variant}|{fmt(value)}|{n}")


ITEM_SCOPES = [(f"item:{i + 1}", [i]) for i in ALL_ITEMS]
POOLED_SCOPES = [("section:" + s, i) for s, i in SECTIONS] + [("overall", ALL_ITEMS)]

print(f"# python {sys.version.split()[0]}  scikit-learn {sklearn.__version__}  pingouin {pingouin.__version__}"
      f"  pandas {pd.__version__}  numpy {np.__version__}  krippendorff {version('krippendorff')}")
report("self-supervisor", pair_columns("roles", "self", "supervisor"), True, ITEM_SCOPES + POOLED_SCOPES)
report("self-peer", pair_columns("roles", "self", "peer"), True, POOLED_SCOPES)
report("S1-P1", pair_columns("raters", "S1", "P1"), True, POOLED_SCOPES)
report("all", all_columns(), False, ITEM_SCOPES + POOLED_SCOPES)
