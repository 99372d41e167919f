#!/usr/bin/env python3
"""Summarises a Gatling run (the statistics table of its index.html) for bench/load.sh.

    stats.py RUN_DIR TITLE REQUEST [--ok-count]

Prints a Markdown table row per request (count, ok, ko, p50, p99, max in ms, throughput per second over
the request's own phase; the warm-up rows over WARMUP_SECONDS) and the ratios of REQUEST to the static baseline; with --ok-count only the number
of accepted REQUEST responses. Phase lengths come from BASELINE_SECONDS and PHASE_SECONDS (load.sh sets them).
"""
import re
import os
import sys


def requests(run_dir):
    """Request name -> numbers, from the statistics table of Gatling's index.html (3.15 writes no stats.json)."""
    with open(os.path.join(run_dir, "index.html"), encoding="utf-8") as f:
        html = f.read()
    found = {}
    for row in re.findall(r'<tr id="req_.*?</tr>', html, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row).group(1)
        cells = dict(re.findall(r'col-(\d+)">([^<]*)<', row))
        number = lambda col: float(cells[str(col)]) if cells.get(str(col), "-") not in ("-", "") else 0.0
        found[name] = {"total": int(number(2)), "ok": int(number(3)), "ko": int(number(4)),
                       "p50": number(8), "p99": number(11), "max": number(12)}
    return found


def main():
    run_dir, title, request = sys.argv[1], sys.argv[2], sys.argv[3]
    stats = requests(run_dir)
    if "--ok-count" in sys.argv:
        print(stats[request]["ok"] if request in stats else 0)
        return
    warm_up = float(os.environ.get("WARMUP_SECONDS", "20"))
    seconds = {"baseline": float(os.environ.get("BASELINE_SECONDS", "30")),
               "baseline warm-up": warm_up, "page warm-up": warm_up}
    phase = float(os.environ.get("PHASE_SECONDS", "30"))
    print(f"\n### {title}\n")
    print("| request | count | ok | ko | p50 ms | p99 ms | max ms | ok/s |")
    print("|---|---|---|---|---|---|---|---|")
    rates = {}
    for name, s in stats.items():
        rate = s["ok"] / seconds.get(name, phase)
        rates[name] = rate
        print(f"| {name} | {s['total']} | {s['ok']} | {s['ko']} | {s['p50']:.0f} | {s['p99']:.0f} | "
              f"{s['max']:.0f} | {rate:.1f} |")
    if request in stats and "baseline" in stats:
        base, got = stats["baseline"], stats[request]
        print(f"\n{request} / baseline: throughput {rates[request] / rates['baseline']:.2f}, "
              f"p50 {got['p50'] / max(base['p50'], 1):.1f}×, p99 {got['p99'] / max(base['p99'], 1):.1f}×")


if __name__ == "__main__":
    main()
