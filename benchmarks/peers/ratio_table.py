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
    values = [r[field] for r in rows if r["task"] == task and r.get(field) is not None]
    return statistics.median(values) if values else None


print(f"data: n={n} d={d}; medians over seeds; ratio = scikit-learn seconds / Segmentation seconds")
print(f"{'task':34} {'seconds':>9} {'inertia':>22} {'peak MB':>8}")
fits = sorted({r["task"] for r in sk if r["task"].startswith("kmeans_")})
for task in fits:
    print(f"{'sklearn ' + task:34} {median_by(sk, task, 'seconds_median'):9.3f} "
          f"{median_by(sk, task, 'inertia'):22.6f} {median_by(sk, task, 'peak_rss_mb'):8.1f}")
fastest = min(fits, key=lambda t: median_by(sk, t, "seconds_median"))
ours_fit = median_by(ours, "kmeans", "seconds_median")
print(f"{'Segmentation kmeans (Auto, f64)':34} {ours_fit:9.3f} {median_by(ours, 'kmeans', 'inertia'):22.6f} "
      f"{median_by(ours, 'kmeans', 'peak_rss_mb'):8.1f}")
print()
print(f"fit, one k-means++ init: sklearn fastest ({fastest}) / Segmentation = "
      f"{median_by(sk, fastest, 'seconds_median') / ours_fit:.2f}x")
sk_inertia = median_by(sk, fastest, "inertia")
print(f"inertia, median over seeds: Segmentation {median_by(ours, 'kmeans', 'inertia'):.6f} vs sklearn {sk_inertia:.6f} "
      f"(relative {median_by(ours, 'kmeans', 'inertia') / sk_inertia - 1:+.2e})")
print()
bound_f64 = n * d * 8 / 30e9
bound_f32 = n * d * 4 / 30e9
for task in ("lloyd_per_iter_f32", "lloyd_per_iter_f64"):
    print(f"{'sklearn ' + task:34} {median_by(sk, task, 'seconds_median') * 1e3:9.2f} ms")
for task in ("lloyd_per_iter", "hamerly_per_iter"):
    value = median_by(ours, task, "seconds_median")
    print(f"{'Segmentation ' + task + ' (f64)':34} {value * 1e3:9.2f} ms   "
          f"{value / bound_f64:.1f}x the f64 read bound ({bound_f64 * 1e3:.1f} ms at 30 GB/s; f32 {bound_f32 * 1e3:.1f} ms)")
