#!/usr/bin/env bash
# Runs scikit-learn (../shared/peers/sklearn_bench.py) and this library on the same generated data, in one run,
# and prints a ratio table. Environment knobs (defaults in brackets):
#   PRESET [large]  DATA_DIR [/tmp/peers_data]  THREADS [2]  SEEDS [0,1,2,3,4]  REPEATS [1]
#   SKLEARN_FITS [kmeans_lloyd_f32,kmeans_lloyd_f64,kmeans_elkan_f32,kmeans_elkan_f64]
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PEERS=${PEERS:-$REPO/../shared/peers}
DATA_DIR=${DATA_DIR:-/tmp/peers_data}
PRESET=${PRESET:-large}
THREADS=${THREADS:-2}
SEEDS=${SEEDS:-0,1,2,3,4}
REPEATS=${REPEATS:-1}
SKLEARN_FITS=${SKLEARN_FITS:-kmeans_lloyd_f32,kmeans_lloyd_f64,kmeans_elkan_f32,kmeans_elkan_f64}
PY=/usr/bin/python3
OUT=${OUT:-$(mktemp -d /tmp/peers_run.XXXXXX)}
DATA=$DATA_DIR/$PRESET

echo "load average before: $(cat /proc/loadavg)" >&2
if [ ! -f "$DATA.f32" ]; then
  "$PY" "$PEERS/gen_blobs.py" --preset "$PRESET" --outdir "$DATA_DIR" --no-csv >&2
fi

dotnet build "$REPO/benchmarks/Segmentation.Benchmarks" -c Release -v q -nologo >&2

for seed in ${SEEDS//,/ }; do
  "$PY" "$PEERS/sklearn_bench.py" --data "$DATA" --task "$SKLEARN_FITS" --seed "$seed" \
    --repeats "$REPEATS" --threads "$THREADS" --peer sklearn >> "$OUT/sklearn.jsonl"
done
"$PY" "$PEERS/sklearn_bench.py" --data "$DATA" --task lloyd_per_iter_f32,lloyd_per_iter_f64 \
  --repeats "$REPEATS" --threads "$THREADS" --peer sklearn >> "$OUT/sklearn.jsonl"

dotnet run -c Release --no-build --project "$REPO/benchmarks/Segmentation.Benchmarks" -- \
  peer --data "$DATA" --task kmeans --threads "$THREADS" --seeds "$SEEDS" --repeats "$REPEATS" >> "$OUT/segmentation.jsonl"
dotnet run -c Release --no-build --project "$REPO/benchmarks/Segmentation.Benchmarks" -- \
  peer --data "$DATA" --task lloyd_per_iter,hamerly_per_iter --threads "$THREADS" --repeats "$REPEATS" >> "$OUT/segmentation.jsonl"

echo "load average after: $(cat /proc/loadavg)" >&2
"$PY" "$REPO/benchmarks/peers/ratio_table.py" "$OUT/sklearn.jsonl" "$OUT/segmentation.jsonl"
echo "raw JSON lines: $OUT" >&2
