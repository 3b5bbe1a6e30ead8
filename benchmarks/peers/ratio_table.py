"""Prints the peer ratio table from the JSON lines of sklearn_bench.py and `Segmentation.Benchmarks peer`."""
import json
import statistics
import sys


def read(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


sk, ours = read(sys.argv[1]), read(sys.argv[2])
n, d = next((r["n"], r["d"]) for r in sk if r.get("n"))


def median_by(rows, task, field):
    values = [r[field] for r in rows if r.get("task") == task and r.get(field) is not None]
    return statistics.median(values) if values else None


def line(name, seconds, inertia=None, peak=None):
    text = f"{name:38} {seconds:9.3f} s"
    if inertia is not None:
        text += f" {inertia:22.6f}"
    if peak is not None:
        text += f" {peak:8.1f} MB"
    print(text)


print(f"data: n={n} d={d}; medians over seeds; ratio = scikit-learn seconds / Segmentation seconds")
print()
print(f"{'fit, one k-means++ init':38} {'seconds':>11} {'inertia':>22} {'peak RSS':>11}")
fits = sorted({r["task"] for r in sk if r["task"].startswith("kmeans_")})
for task in fits:
    line("sklearn " + task, median_by(sk, task, "seconds_median"), median_by(sk, task, "inertia"), median_by(sk, task, "peak_rss_mb"))
for task, label in (("kmeans", "Segmentation kmeans (float32 storage)"), ("kmeans_f64", "Segmentation kmeans_f64")):
    if median_by(ours, task, "seconds_median") is not None:
        line(label, median_by(ours, task, "seconds_median"), median_by(ours, task, "inertia"), median_by(ours, task, "peak_rss_mb"))
fastest = min(fits, key=lambda t: median_by(sk, t, "seconds_median"))
ours_fit = median_by(ours, "kmeans", "seconds_median")
print(f"ratio: sklearn fastest ({fastest}) / Segmentation = {median_by(sk, fastest, 'seconds_median') / ours_fit:.2f}x")
sk_inertia = median_by(sk, fastest, "inertia")
our_inertia = median_by(ours, "kmeans", "inertia")
print(f"inertia, median over seeds: Segmentation {our_inertia:.6f} vs sklearn {sk_inertia:.6f} (relative {our_inertia / sk_inertia - 1:+.2e})")
before = median_by(ours, "kmeans", "rss_before_load_mb")
peak = max(r["peak_rss_mb"] for r in ours if r.get("task") == "kmeans")
data_mb = n * d * 4 / 1e6
print(f"peak memory of the float32 fit: {peak - before:.1f} MB above the runtime's {before:.1f} MB = "
      f"{(peak - before) / data_mb:.2f}x the float32 data ({data_mb:.1f} MB); "
      f"{(peak - before - data_mb) * 1e6 / n:.0f} bytes per row besides the data")
print()

print("one iteration (first k rows as centres, tol 0, iterations 5..25)")
# Two reads of all the values, each timed 5-7 times: warm (the data in whatever cache holds them, as between two
# iterations) and from memory (a buffer twice the last-level cache read first). The fastest repeat is the bound; the
# median is printed beside it, to compare like with like with an iteration's median.
bounds = {}
for label, suffix in (("float32", ""), ("float64", "_f64")):
    for kind, task in (("warm", "read_bound"), ("memory", "read_bound_cold")):
        bounds[(label, kind)] = (median_by(ours, task + suffix, "seconds_min"), median_by(ours, task + suffix, "seconds_median"))
for kind, name in (("warm", "read once, warm"), ("memory", "read once from memory")):
    if bounds[("float32", kind)][0] is not None:
        print(f"{name:38} " + ", ".join(
            f"{bounds[(label, kind)][0] * 1e3:.2f} ms {label} (median {bounds[(label, kind)][1] * 1e3:.2f})"
            for label in ("float32", "float64") if bounds[(label, kind)][0] is not None))
for task in ("lloyd_per_iter_f32", "lloyd_per_iter_f64"):
    value = median_by(sk, task, "seconds_median")
    if value is not None:
        print(f"{'sklearn ' + task:38} {value * 1e3:9.2f} ms")
for task, label in (("lloyd_per_iter", "float32"), ("hamerly_per_iter", "float32"), ("lloyd_per_iter_f64", "float64"), ("hamerly_per_iter_f64", "float64")):
    value = median_by(ours, task, "seconds_median")
    warm, warm_median = bounds[(label, "warm")]
    if value is None or warm is None:
        continue
    text = f"{'Segmentation ' + task:38} {value * 1e3:9.2f} ms = {value / warm:.1f}x the warm read ({value / warm_median:.1f}x its median)"
    memory, memory_median = bounds[(label, "memory")]
    if memory is not None:
        text += f", {value / memory:.1f}x the read from memory ({value / memory_median:.1f}x its median)"
    print(text)
print()

sweep_sk = median_by(sk, "ksweep_lloyd_f64", "seconds_median")
if sweep_sk is not None:
    print("k sweep 2..10, one init per k")
    line("sklearn ksweep_lloyd_f64", sweep_sk)
    for task in ("ksweep_f64", "ksweep"):
        value = median_by(ours, task, "seconds_median")
        if value is not None:
            line("Segmentation " + task, value)
            print(f"{'':38} ratio {sweep_sk / value:.2f}x")
    sk_elbow = next(r for r in sk if r["task"] == "ksweep_lloyd_f64" and r.get("elbow_inertia"))["elbow_inertia"]
    our_elbow = next(r for r in ours if r["task"] == "ksweep_f64")["elbow_inertia"]
    print("inertia per k, Segmentation / sklearn - 1: " + ", ".join(
        f"k={k}: {our_elbow[k] / sk_elbow[k] - 1:+.1e}" for k in sorted(sk_elbow, key=int)))
    print()

sil_sk = median_by(sk, "silhouette_exact_20k", "seconds_median")
sil_ours = median_by(ours, "silhouette_exact_20k", "seconds_median")
if sil_sk is not None and sil_ours is not None:
    print("exact silhouette, first 20,000 rows")
    print(f"{'sklearn silhouette_score':38} {sil_sk:9.3f} s {median_by(sk, 'silhouette_exact_20k', 'metric_value'):.12f} "
          f"{median_by(sk, 'silhouette_exact_20k', 'peak_rss_mb'):8.1f} MB")
    print(f"{'Segmentation Silhouette.Score':38} {sil_ours:9.3f} s {median_by(ours, 'silhouette_exact_20k', 'metric_value'):.12f}")
    print(f"{'':38} ratio {sil_sk / sil_ours:.2f}x")
