#!/usr/bin/env bash
# Times pandas.read_csv and DataFrame.LoadCsv on the same CSV file in one run, interleaved: each round loads the file
# once with pandas (without and with parse_dates), once with this library (a warm process fed through a pipe), so
# both sides see the same machine load. Prints the medians and the ratio pandas / Segmentation.
# Peak RSS is each process's high-water mark (the pandas process runs both pandas variants).
# Environment knobs (defaults in brackets):
#   CSV_FILE [../shared/data/online_retail.csv.gz]  ROUNDS [7]  DATE_COLUMN [InvoiceDate]  OUT [a temp dir]
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CSV_FILE=${CSV_FILE:-$REPO/../shared/data/online_retail.csv.gz}
ROUNDS=${ROUNDS:-7}
DATE_COLUMN=${DATE_COLUMN:-InvoiceDate}
PY=/usr/bin/python3
OUT=${OUT:-$(mktemp -d /tmp/csv_peer.XXXXXX)}

echo "load average before: $(cat /proc/loadavg)" >&2
dotnet build "$REPO/benchmarks/Segmentation.Benchmarks" -c Release -v q -nologo >&2
DLL="$REPO/benchmarks/Segmentation.Benchmarks/bin/Release/net10.0/Segmentation.Benchmarks.dll"

"$PY" - "$CSV_FILE" "$ROUNDS" "$DATE_COLUMN" "$DLL" "$OUT" <<'PYTHON'
import json, os, resource, statistics, subprocess, sys, time
import pandas as pd

path, rounds, date_column, dll, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
variants = {
    "pandas read_csv": {},
    f"pandas read_csv parse_dates=['{date_column}']": {"parse_dates": [date_column]},
}

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

def time_pandas(kwargs):
    before_cpu, before = cpu(), time.perf_counter()
    frame = pd.read_csv(path, **kwargs)
    seconds, cpu_seconds = time.perf_counter() - before, cpu() - before_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "rows": len(frame), "peak_rss_mb": round(peak, 1)}

for kwargs in variants.values():  # warm-up: imports, page cache
    time_pandas(kwargs)

dotnet = subprocess.Popen(["dotnet", dll, "peer", "--task", "csv_load", "--data", path],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
ready = json.loads(dotnet.stdout.readline())
print(f"Segmentation loads {ready['rows']} rows as {ready['columns']}", file=sys.stderr)
first_load = ready["first_load_seconds"]

results = {name: [] for name in variants}
results["Segmentation LoadCsv (types and dates inferred)"] = []
with open(os.path.join(out, "csv_peer.jsonl"), "w") as log:
    for round_index in range(rounds):
        for name, kwargs in variants.items():
            record = time_pandas(kwargs)
            results[name].append(record)
            log.write(json.dumps({"peer": name, "round": round_index, **record}) + "\n")
        dotnet.stdin.write("load\n")
        dotnet.stdin.flush()
        record = json.loads(dotnet.stdout.readline())
        results["Segmentation LoadCsv (types and dates inferred)"].append(record)
        log.write(json.dumps({"peer": "segmentation", "round": round_index, **record}) + "\n")
dotnet.stdin.write("quit\n")
dotnet.stdin.flush()
dotnet.wait()

rows = {r["rows"] for records in results.values() for r in records}
print(f"\n{os.path.basename(path)}: {', '.join(map(str, sorted(rows)))} rows, {rounds} interleaved rounds\n")
print(f"| {'peer':<52} | median s | min s | median CPU s | peak RSS MB |")
print(f"|{'-' * 54}|----------|-------|--------------|-------------|")
medians = {}
for name, records in results.items():
    seconds = [r["seconds"] for r in records]
    medians[name] = statistics.median(seconds)
    cpu_median = statistics.median(r["cpu_seconds"] for r in records)
    print(f"| {name:<52} | {medians[name]:8.3f} | {min(seconds):5.3f} | {cpu_median:12.3f} | {max(r['peak_rss_mb'] for r in records):11.0f} |")
ours = medians["Segmentation LoadCsv (types and dates inferred)"]
print(f"\nSegmentation's first load in a fresh process (JIT included, not in the medians): {first_load:.3f} s")
for name in variants:
    print(f"ratio {name} / Segmentation (median): {medians[name] / ours:.2f}x")
PYTHON
echo "load average after: $(cat /proc/loadavg)" >&2
echo "raw JSON lines: $OUT/csv_peer.jsonl" >&2
