#!/usr/bin/env bash
# Runs scikit-learn (../shared/peers/sklearn_bench.py) and this library on the same generated data, in one run,
# and prints a ratio table. Environment knobs (defaults in brackets):
#   PRESET [large]  DATA_DIR [/tmp/peers_data]  THREADS [2]  SEEDS [0,1,2,3,4]  REPEATS [1]
#   ITER_REPEATS [7]: repeats of the one-iteration timings (both sides), whatever REPEATS says.
#   SKLEARN_FITS [kmeans_lloyd_f64,kmeans_lloyd_f32,kmeans_elkan_f32,kmeans_elkan_f64]
#   SKIP_CSV: set to skip the CSV load comparison (csv-peer.sh: ../shared/data/online_retail.csv.gz against pandas).
#   REALTIME [0]: 1 runs both sides under `chrt -f 10` (root only), so that other processes on a shared machine
#                 cannot take the cores in the middle of a timing; both peers get the same treatment.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PEERS=${PEERS:-$REPO/../shared/peers}
DATA_DIR=${DATA_DIR:-/tmp/peers_data}
PRESET=${PRESET:-large}
THREADS=${THREADS:-2}
SEEDS=${SEEDS:-0,1,2,3,4}
REPEATS=${REPEATS:-1}
# One iteration is timed as (t(25) - t(5)) / 20, a difference of two medians: more repeats keep its noise down.
ITER_REPEATS=${ITER_REPEATS:-7}
SKLEARN_FITS=${SKLEARN_FITS:-kmeans_lloyd_f64,kmeans_lloyd_f32,kmeans_elkan_f32,kmeans_elkan_f64}
PY=/usr/bin/python3
OUT=${OUT:-$(mktemp -d /tmp/peers_run.XXXXXX)}
DATA=$DATA_DIR/$PRESET
RUN=()
if [ "${REALTIME:-0}" = 1 ]; then RUN=(chrt -f 10); fi
FIRST_SEED=${SEEDS%%,*}

echo "load average before: $(cat /proc/loadavg)" >&2
if [ ! -f "$DATA.f32" ]; then
  "$PY" "$PEERS/gen_blobs.py" --preset "$PRESET" --outdir "$DATA_DIR" --no-csv >&2
fi

dotnet build "$REPO/benchmarks/Segmentation.Benchmarks" -c Release -v q -nologo >&2
BENCH=("${RUN[@]}" dotnet "$REPO/benchmarks/Segmentation.Benchmarks/bin/Release/net10.0/Segmentation.Benchmarks.dll" peer --data "$DATA" --threads "$THREADS")
SKLEARN=("${RUN[@]}" "$PY" "$PEERS/sklearn_bench.py" --data "$DATA" --threads "$THREADS" --peer sklearn)

# The two sides alternate seed by seed and task by task, so that a change in the machine's load between minutes
# falls on both. kmeans_lloyd_f64 goes first: it writes the labels the silhouette tasks read.
for seed in ${SEEDS//,/ }; do
  "${SKLEARN[@]}" --task "$SKLEARN_FITS" --seed "$seed" --repeats "$REPEATS" >> "$OUT/sklearn.jsonl"
  "${BENCH[@]}" --task kmeans,kmeans_f64 --seeds "$seed" --repeats "$REPEATS" >> "$OUT/segmentation.jsonl"
done
"${SKLEARN[@]}" --task lloyd_per_iter_f32,lloyd_per_iter_f64 --seed "$FIRST_SEED" --repeats "$ITER_REPEATS" >> "$OUT/sklearn.jsonl"
"${BENCH[@]}" --task read_bound,read_bound_f64,read_bound_cold,read_bound_cold_f64,lloyd_per_iter,hamerly_per_iter,lloyd_per_iter_f64,hamerly_per_iter_f64 \
  --seeds "$FIRST_SEED" --repeats "$ITER_REPEATS" >> "$OUT/segmentation.jsonl"
"${SKLEARN[@]}" --task ksweep_lloyd_f64 --seed "$FIRST_SEED" --repeats 1 >> "$OUT/sklearn.jsonl"
"${BENCH[@]}" --task ksweep_f64,ksweep --seeds "$FIRST_SEED" --repeats 1 >> "$OUT/segmentation.jsonl"
"${SKLEARN[@]}" --task silhouette_exact_20k --seed "$FIRST_SEED" --repeats "$REPEATS" >> "$OUT/sklearn.jsonl"
"${BENCH[@]}" --task silhouette_exact_20k --seeds "$FIRST_SEED" --repeats "$REPEATS" >> "$OUT/segmentation.jsonl"

if [ -z "${SKIP_CSV:-}" ]; then
  "${RUN[@]}" bash "$REPO/benchmarks/peers/csv-peer.sh" > "$OUT/csv.txt" || echo "csv-peer.sh failed" >&2
fi

echo "load average after: $(cat /proc/loadavg)" >&2
"$PY" "$REPO/benchmarks/peers/ratio_table.py" "$OUT/sklearn.jsonl" "$OUT/segmentation.jsonl"
if [ -s "$OUT/csv.txt" ]; then
  echo
  echo "CSV load, pandas.read_csv against DataFrame.LoadCsv (benchmarks/peers/csv-peer.sh)"
  cat "$OUT/csv.txt"
fi
echo "raw JSON lines: $OUT" >&2
