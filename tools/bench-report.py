#!/usr/bin/env python3
"""Turns recall-lookup-bench's JSON output (--benchmark_out_format=json) into docs/performance.md.

usage: tools/bench-report.py RESULTS.json [RESULTS.json ...] > docs/performance.md

With several result files (runs of the same benchmarks), every figure is the median over the runs, so one
noisy run does not decide the table. Timings are reported, never judged as a test: the "met" column only
compares with the budgets of issue 6.
"""
import json
import statistics
import subprocess
import sys
from collections import defaultdict

SIZES = ["1k", "100k", "1M"]


def machine():
    def run(*cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    lscpu = {}
    for line in run("lscpu").splitlines():
        key, _, value = line.partition(":")
        lscpu[key.strip()] = value.strip()
    mem = run("free", "-m").splitlines()
    total = mem[1].split()[1] if len(mem) > 1 else "?"
    return {
        "cpu": lscpu.get("Model name", "?"),
        "cores": run("nproc"),
        "threads_per_core": lscpu.get("Thread(s) per core", "?"),
        "memory_mib": total,
        "kernel": run("uname", "-sr"),
        "os": next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME=")), "?"),
    }


def base_name(name):
    """'search/keystroke/1k/iterations:3/manual_time' -> 'search/keystroke/1k' (Google Benchmark appends
    the fixed iteration count and the timing mode to the registered name)."""
    return "/".join(part for part in name.split("/")
                    if not part.startswith("iterations:") and part not in ("manual_time", "real_time"))


def load(paths):
    """{name: [benchmark dict per run]}, plus the first run's context."""
    runs = defaultdict(list)
    context = None
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        context = context or data.get("context", {})
        for b in data.get("benchmarks", []):
            if b.get("run_type", "iteration") != "iteration" or b.get("error_occurred"):
                continue
            runs[base_name(b["name"])].append(b)
    return runs, context


def value(runs, name, key):
    values = [b[key] for b in runs.get(name, []) if key in b]
    return statistics.median(values) if values else None


def fmt(v, unit="", digits=None):
    if v is None:
        return "–"
    if digits is None:
        digits = 0 if abs(v) >= 100 else 1 if abs(v) >= 10 else 2 if abs(v) >= 1 else 3
    return f"{v:,.{digits}f}{unit}"


def ms(us):
    return None if us is None else us / 1000.0


def main():
    runs, context = load(sys.argv[1:])
    m = machine()
    out = []
    w = out.append
    w("# Performance")
    w("")
    w("Written by `tools/bench.sh` (see README, \"Performance\") from `recall-lookup-bench`, a Release build, "
      f"{len(sys.argv) - 1} run(s); each figure is the median over the runs. Timings are measurements, "
      "never pass/fail tests: the machine is shared and noisy, so compare medians and ratios, not single runs.")
    w("")
    w("## Machine")
    w("")
    w(f"- CPU: {m['cpu']}, {m['cores']} cores available (`nproc`), {m['threads_per_core']} thread(s) per core")
    w(f"- Memory: {m['memory_mib']} MiB (`free -m`)")
    w(f"- System: {m['os']}, {m['kernel']}")
    if context:
        load_avg = context.get("load_avg") or []
        w(f"- Load average when the run started: {', '.join(f'{x:.1f}' for x in load_avg) or '?'} "
          f"(Google Benchmark {context.get('library_build_type', '?')} library, {context.get('date', '')})")
    w("")
    w("Catalogue sizes: **1k** = 1,000 products and 1M affected serials, **100k** = 100,000 products and 1M "
      "serials, **1M** = 1,000,000 products and 10M serials (synthetic, `benchmarks/synthetic`, seeded).")
    w("")

    def search(size, key):
        return value(runs, f"search/keystroke/{size}", key)

    batch_name = next((n for n in runs if n.startswith("batch/cli/")), "batch/cli/100000_rows/100k")
    batch_prefix = batch_name.rsplit("/", 1)[0]
    gui = "gui/cold_start_to_first_paint"
    budgets = [
        ("Search per keystroke, median", "100k", ms(search("100k", "median_us")), "ms", "≤ 1 ms", lambda v: v <= 1),
        ("Search per keystroke, p99", "100k", ms(search("100k", "p99_us")), "ms", "≤ 5 ms", lambda v: v <= 5),
        ("Search per keystroke, p99", "1M", ms(search("1M", "p99_us")), "ms", "≤ 16 ms", lambda v: v <= 16),
        ("Search vs plain `LIKE '%q%'` scan, median speed-up", "100k",
         value(runs, "search/like_scan/100k", "speedup_median"), "×", "≥ 20×", lambda v: v >= 20),
        ("JAN lookup, median", "1M", value(runs, "lookup/jan/1M", "median_us"), " µs", "≤ 20 µs", lambda v: v <= 20),
        ("Serial lookup (10M serials), median", "1M", value(runs, "lookup/serial/1M", "median_us"), " µs", "≤ 20 µs",
         lambda v: v <= 20),
        ("Batch of 100k CSV rows through the CLI", "100k", value(runs, f"{batch_prefix}/100k", "median_ms"), " ms",
         "≤ 1000 ms", lambda v: v <= 1000),
        ("GUI cold start ÷ empty Qt Widgets window", "shipped", value(runs, gui, "ratio_to_empty"), "×", "≤ 2×",
         lambda v: v <= 2),
        ("GUI idle RSS − empty window RSS", "shipped", value(runs, gui, "rss_over_empty_mib"), " MiB", "≤ 40 MB",
         lambda v: v <= 40 * 1000 * 1000 / 1024 / 1024),
    ]
    w("## Budgets (issue 6)")
    w("")
    w("| Budget | Catalogue | Measured | Budget | Met |")
    w("|---|---|---:|---|---|")
    for label, size, v, unit, budget, ok in budgets:
        met = "–" if v is None else ("yes" if ok(v) else "**no**")
        w(f"| {label} | {size} | {fmt(v, unit)} | {budget} | {met} |")
    w("")

    def row(label, name, key, unit, scale=1.0):
        cells = []
        for size in SIZES:
            v = value(runs, f"{name}/{size}", key)
            cells.append(fmt(None if v is None else v * scale, unit))
        w(f"| {label} | " + " | ".join(cells) + " |")

    w("## All results")
    w("")
    w("| Measurement | 1k | 100k | 1M |")
    w("|---|---:|---:|---:|")
    row("Search per keystroke, median", "search/keystroke", "median_us", " ms", 1e-3)
    row("Search per keystroke, p90", "search/keystroke", "p90_us", " ms", 1e-3)
    row("Search per keystroke, p99", "search/keystroke", "p99_us", " ms", 1e-3)
    row("Search per keystroke, slowest", "search/keystroke", "max_us", " ms", 1e-3)
    row("`LIKE '%q%'` scan per keystroke, median", "search/like_scan", "median_us", " ms", 1e-3)
    row("`LIKE '%q%'` scan per keystroke, p99", "search/like_scan", "p99_us", " ms", 1e-3)
    row("Speed-up over `LIKE`, median (same keystrokes)", "search/like_scan", "speedup_median", "×")
    row("Speed-up over `LIKE`, p99", "search/like_scan", "speedup_p99", "×")
    row("JAN lookup, median", "lookup/jan", "median_us", " µs")
    row("JAN lookup, p99", "lookup/jan", "p99_us", " µs")
    row("Model lookup, median", "lookup/model", "median_us", " µs")
    row("Serial on an affected list, median", "lookup/serial", "median_us", " µs")
    row("Serial on an affected list, p99", "lookup/serial", "p99_us", " µs")
    row("Full eligibility check (model, date, serial), median", "check/eligibility", "median_us", " µs")
    row("Full eligibility check, p99", "check/eligibility", "p99_us", " µs")
    row("Catalogue open (to the first answer), median", "open/catalogue", "median_us", " ms", 1e-3)
    row("Batch of 100k rows, CLI end to end, median", batch_prefix, "median_ms", " ms")
    row("Batch through the CLI, rows per second", batch_prefix, "rows_per_s", "")
    row("Batch through the CLI, peak RSS", batch_prefix, "peak_rss_mib", " MiB")
    row("GUI on this catalogue, idle RSS", "memory/gui_after_batch", "idle_rss_mib", " MiB")
    row("GUI after importing the 100k-row batch, RSS", "memory/gui_after_batch", "after_batch_rss_mib", " MiB")
    row("GUI after importing the 100k-row batch, peak RSS", "memory/gui_after_batch", "after_batch_hwm_mib", " MiB")
    row("GUI import of the 100k-row batch", "memory/gui_after_batch", "import_ms", " ms")
    w("")
    w("GUI start-up (shipped catalogue, offscreen, process start to exit after the first paint; "
      "`recall-lookup --exit-after-first-paint` and `empty-widgets-window` in turns):")
    w("")
    w("| | recall-lookup | empty Qt Widgets window | ratio / difference |")
    w("|---|---:|---:|---:|")
    w(f"| Cold start to first paint, median | {fmt(value(runs, gui, 'median_ms'), ' ms')} | "
      f"{fmt(value(runs, gui, 'empty_median_ms'), ' ms')} | {fmt(value(runs, gui, 'ratio_to_empty'), '×')} |")
    w(f"| Peak RSS (VmHWM) | {fmt(value(runs, gui, 'idle_rss_mib'), ' MiB')} | "
      f"{fmt(value(runs, gui, 'empty_rss_mib'), ' MiB')} | {fmt(value(runs, gui, 'rss_over_empty_mib'), ' MiB')} |")
    w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
