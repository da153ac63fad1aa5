#!/usr/bin/env bash
# Spiegel's benchmarks at research scale. See Benchmarks/README.md.
#
#   Benchmarks/run.sh [--large] [--floor-only] [--work DIR] [--scratch-path DIR]
#
# Builds the release products (spiegel, spiegel-corpus, spiegel-bench, spiegel-floor), generates the
# deterministic corpora (1,000 and 10,000 sessions; 100,000 with --large) into the work folder
# (default /tmp/spiegel-bench, reused when present), times the commands with `hyperfine -N`,
# compares the agreement statistics with the Python packages, and prints a summary. Raw
# hyperfine JSON goes to WORK/results/. --floor-only times only the typed commands against the
# floor (spiegel-floor: GRDB opening the store and running one query), side by side.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
work=/tmp/spiegel-bench
sizes=(1000 10000)
scratch=()
import_files=10000
instrument=school2care-reflectie
floor_only=0

while [[ $# -gt 0 ]]; do
    case "$1" in
        --large) sizes+=(100000) ;;
        --floor-only) floor_only=1; sizes=(10000) ;;
        --work) work="$2"; shift ;;
        --scratch-path) scratch=(--scratch-path "$2"); shift ;;
        -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$work/results"
results="$work/results"

# ---- Tools ---------------------------------------------------------------------------------

apt_install() {
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "$@" > /dev/null
}
command -v hyperfine > /dev/null || apt_install hyperfine
command -v xmllint > /dev/null || apt_install libxml2-utils
command -v sqlite3 > /dev/null || apt_install sqlite3
python_ok=1
if ! python3 -c 'import krippendorff, sklearn, pingouin, pandas, numpy' 2> /dev/null; then
    python3 -m pip install --quiet krippendorff scikit-learn pingouin pandas numpy || python_ok=0
fi

# ---- Build ---------------------------------------------------------------------------------

echo "== building release products"
# --static-swift-stdlib: the Swift runtime and Foundation linked into each executable (the floor
# and spiegel alike), as an install should build them: it halves the start-up (see README.md).
for product in spiegel spiegel-corpus spiegel-bench spiegel-floor; do
    (cd "$root" && swift build -c release --static-swift-stdlib "${scratch[@]}" --product "$product" 2>&1 | tail -1)
done
bin="$(cd "$root" && swift build -c release --static-swift-stdlib "${scratch[@]}" --show-bin-path)"
spiegel="$bin/spiegel"

# ---- Machine -------------------------------------------------------------------------------

{
    echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "uname:    $(uname -a)"
    echo "cores:    $(nproc)"
    echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory:   $(free -h | awk '/^Mem:/ {print $2}')"
    echo "swift:    $(swift --version 2>&1 | head -1)"
    echo "hyperfine: $(hyperfine --version)"
    echo "xmllint:  $(xmllint --version 2>&1 | head -1)"
    echo "python:   $(python3 --version 2>&1)"
    echo "commit:   $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; other processes make the timings noisy)"
} | tee "$work/machine.txt"

# ---- Corpora -------------------------------------------------------------------------------

# generate STAMP COMMAND...: runs the command, then writes its wall time (ms) into STAMP, so
# that an interrupted generation is redone on the next run.
generate() {
    local stamp="$1"; shift
    local start
    start=$(date +%s%N)
    "$@"
    echo $(( ($(date +%s%N) - start) / 1000000 )) > "$stamp"
}

for n in "${sizes[@]}"; do
    store="$work/corpus-$n.sqlite"
    if [[ ! -f "$work/corpus-$n.done" ]]; then
        echo "== generating the $n-session store"
        rm -f "$store" "$store-wal" "$store-shm"
        generate "$work/corpus-$n.done" "$bin/spiegel-corpus" "$n" "$store"
    fi
done
files="$work/files-10000"
if [[ $floor_only -eq 0 && ! -f "$work/files-10000.done" ]]; then
    echo "== generating the 10000-session rating files"
    rm -rf "$files"
    generate "$work/files-10000.done" "$bin/spiegel-corpus" 10000 --files "$files"
fi
[[ $floor_only -eq 1 ]] || find "$files" -name '*.xml' | sort | sed -n "1,${import_files}p" > "$work/import-files.txt"

# ---- Helpers -------------------------------------------------------------------------------

# bench NAME [hyperfine options] COMMAND...: hyperfine without a shell, JSON into results/.
bench() {
    local name="$1"; shift
    echo "== $name"
    hyperfine -N --style basic --export-json "$results/$name.json" "$@"
}

# Whether the built spiegel has the subcommand: `spiegel help X` prints the root help (exit 0)
# for an unknown X, so look for X's own usage line.
has_command() {
    local help
    help="$("$spiegel" help "$1" 2> /dev/null)" || return 1
    grep -q "^USAGE: spiegel $1" <<< "$help"
}

skip() { echo "== skipped: $1 (not in this build of spiegel yet)"; }

big="$work/corpus-10000.sqlite"
read -r session rater < <(sqlite3 -separator ' ' "$big" \
    "SELECT session_id, rater FROM rating WHERE role = 'supervisor' ORDER BY abs(session_id - 5000) LIMIT 1")

# ---- Benchmarks ----------------------------------------------------------------------------

# The typed commands side by side with the floor, in one hyperfine run, on a copy of the
# 10,000-session store: spiegel-floor opens it with GRDB and runs one query (the session's
# date); the target is at most 1.3 times that for every command a user types.
floor_copy="$work/floor.sqlite"
rm -f "$floor_copy" "$floor_copy-wal" "$floor_copy-shm"
sqlite3 "$big" "VACUUM INTO '$floor_copy'"
floor_slot="--session $session --rater $rater --role supervisor --store $floor_copy"
bench floor-10000 --warmup 5 --runs 60 \
    --prepare true --command-name "floor (GRDB: open, one query)" "$bin/spiegel-floor $floor_copy $session" \
    --prepare true --command-name "spiegel --version" "$spiegel --version" \
    --prepare true --command-name "spiegel note" \
    "$spiegel note 12:34 1d + 'Dus als ik het goed begrijp, wil je eerst je stage afmaken?' $floor_slot" \
    --prepare "$spiegel score 6=1 $floor_slot" --command-name "spiegel score 6=2" "$spiegel score 6=2 $floor_slot" \
    --prepare true --command-name "spiegel compare" "$spiegel compare $session --format text --store $floor_copy" \
    --prepare true --command-name "spiegel report --format html" \
    "$spiegel report $session --format html -o $work/floor-report.html --store $floor_copy"
python3 "$here/python/summary.py" --floor "$results/floor-10000.json" | tee "$results/floor-summary.txt"
if [[ $floor_only -eq 1 ]]; then
    cat "$work/machine.txt"
    echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

# Instruments: validating each bundled instrument (parse, schema, semantic checks).
validate=()
for file in "$root"/Instruments/*.xml; do
    validate+=(--command-name "spiegel instrument validate $(basename "$file")" "$spiegel instrument validate $file")
done
bench instrument-validate --warmup 3 --min-runs 20 "${validate[@]}"

# Recording on the 10,000-session store (a copy: every run adds evidence or a score revision).
copy="$work/note-score.sqlite"
rm -f "$copy" "$copy-wal" "$copy-shm"
sqlite3 "$big" "VACUUM INTO '$copy'"
slot="--session $session --rater $rater --role supervisor --store $copy"
bench note-score-10000 --warmup 3 --runs 40 \
    --prepare true --command-name "spiegel --version (start-up floor)" "$spiegel --version" \
    --prepare true --command-name "spiegel note (10k store)" \
    "$spiegel note 12:34 1d + 'Dus als ik het goed begrijp, wil je eerst je stage afmaken?' $slot" \
    --prepare "$spiegel score 6=1 $slot" --command-name "spiegel score 6=2 (10k store)" "$spiegel score 6=2 $slot"

# Rating files: importing the first 10,000 files of the 10,000-session corpus into a fresh
# store, beside xmllint validating the same files against the same schema.
# Spiegel reads the list with --files-from (how a user imports thousands of files: the
# argument parser is slow with ten thousand arguments); xmllint takes them as arguments.
cat > "$work/import.sh" << 'EOF'
#!/usr/bin/env bash
# import.sh LIST SPIEGEL STORE: imports every file named in LIST in one spiegel invocation.
set -euo pipefail
exec "$2" rating import --store "$3" --files-from "$1" > /dev/null
EOF
cat > "$work/xmllint.sh" << 'EOF'
#!/usr/bin/env bash
# xmllint.sh LIST SCHEMA: validates every file named in LIST in one xmllint invocation.
set -euo pipefail
mapfile -t files < "$1"
exec xmllint --noout --schema "$2" "${files[@]}" 2> /dev/null
EOF
target="$work/import.sqlite"
bench import-10000-files --runs 3 \
    --prepare "rm -f $target $target-wal $target-shm" \
    --command-name "spiegel rating import ($import_files files)" \
    "bash $work/import.sh $work/import-files.txt $spiegel $target" \
    --command-name "xmllint --noout --schema ($import_files files)" \
    "bash $work/xmllint.sh $work/import-files.txt $root/Instruments/spiegel-rating.xsd"

# Research export and the agreement statistics at every size.
for n in "${sizes[@]}"; do
    store="$work/corpus-$n.sqlite"
    runs=$(( n >= 100000 ? 3 : (n >= 10000 ? 5 : 10) ))
    bench "export-$n" --warmup 1 --runs "$runs" --command-name "spiegel export ($n sessions)" \
        "$spiegel export --store $store --instrument $instrument -o $work/export-$n.csv"
    cli=()
    if has_command agreement; then
        bench "agreement-$n" --warmup 1 --runs "$runs" \
            --command-name "spiegel agreement --roles self,supervisor ($n sessions)" \
            "$spiegel agreement --store $store --instrument $instrument --roles self,supervisor --format json" \
            --command-name "spiegel agreement --all-raters ($n sessions)" \
            "$spiegel agreement --store $store --instrument $instrument --all-raters --format json"
        # Once more with the output kept, so that the Python check covers the command's values too.
        "$spiegel" agreement --store "$store" --instrument "$instrument" --roles self,supervisor --format json \
            -o "$results/agreement-$n-pair.json" 2> /dev/null
        "$spiegel" agreement --store "$store" --instrument "$instrument" --all-raters --format json \
            -o "$results/agreement-$n-all.json" 2> /dev/null
        cli=(--cli "$results/agreement-$n-pair.json" "$results/agreement-$n-all.json")
    else
        skip "spiegel agreement ($n sessions)"
    fi
    echo "== spiegel-bench agreement ($n sessions)"
    "$bin/spiegel-bench" agreement "$store" --runs $(( n >= 100000 ? 5 : 20 )) --values "$results/values-$n.json" \
        | tee "$results/spiegel-bench-$n.txt"
    if [[ $python_ok -eq 1 ]]; then
        echo "== Python reference tools ($n sessions)"
        python3 "$here/python/reference_tools.py" "$work/export-$n.csv" "$results/values-$n.json" \
            --runs $(( n >= 100000 ? 3 : 7 )) --json "$results/python-$n.json" "${cli[@]}" | tee "$results/python-$n.txt"
    else
        skip "Python comparison: the packages krippendorff scikit-learn pingouin pandas numpy are missing"
    fi
done

# Commands on one session of the 10,000-session store.
if has_command compare; then
    bench compare-10000 --warmup 3 --runs 30 --command-name "spiegel compare $session --format text (10k store)" \
        "$spiegel compare $session --format text --store $big"
else
    skip "spiegel compare"
fi
if has_command report; then
    bench report-10000 --warmup 3 --runs 30 --command-name "spiegel report $session --format html (10k store)" \
        "$spiegel report $session --format html -o $work/report-$session.html --store $big"
else
    skip "spiegel report"
fi

# ---- Summary -------------------------------------------------------------------------------

echo
echo "== summary ($work)"
cat "$work/machine.txt"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/machine.txt"
python3 "$here/python/summary.py" "$work" "$import_files" "${sizes[@]}" | tee "$results/summary.txt"
