#!/usr/bin/env python3
"""Summarises a Gatling run (its js/stats.json) for bench/load.sh.

    stats.py RUN_DIR TITLE REQUEST [--ok-count]

Prints a Markdown table row per request (count, ok, ko, p50, p99, max in ms, throughput per second over
the request's own phase) and the ratios of REQUEST to the static baseline; with --ok-count only the number
of accepted REQUEST responses. Phase lengths come from BASELINE_SECONDS and PHASE_SECONDS (load.sh sets them).
"""
import json
import os
import sys


def requests(run_dir):
    with open(os.path.join(run_dir, "js", "stats.json"), encoding="utf-8") as f:
        root = json.load(f)
    found = {}

    def walk(node):
        for child in node.get("contents", {}).values():
            if child.get("type") == "REQUEST":
                found[child["name"]] = child["stats"]
            walk(child)

    walk(root)
    return found


def main():
    run_dir, title, request = sys.argv[1], sys.argv[2], sys.argv[3]
    stats = requests(run_dir)
    if "--ok-count" in sys.argv:
        print(stats[request]["numberOfRequests"]["ok"] if request in stats else 0)
        return
    seconds = {"baseline": float(os.environ.get("BASELINE_SECONDS", "30"))}
    phase = float(os.environ.get("PHASE_SECONDS", "30"))
    print(f"\n### {title}\n")
    print("| request | count | ok | ko | p50 ms | p99 ms | max ms | ok/s |")
    print("|---|---|---|---|---|---|---|---|")
    rates = {}
    for name, s in stats.items():
        n = s["numberOfRequests"]
        rate = n["ok"] / seconds.get(name, phase)
        rates[name] = rate
        print(f"| {name} | {n['total']} | {n['ok']} | {n['ko']} | {s['percentiles1']['ok']} | "
              f"{s['percentiles4']['ok']} | {s['maxResponseTime']['ok']} | {rate:.1f} |")
    if request in stats and "baseline" in stats:
        base, got = stats["baseline"], stats[request]
        print(f"\n{request} / baseline: throughput {rates[request] / rates['baseline']:.2f}, "
              f"p50 {got['percentiles1']['ok'] / max(base['percentiles1']['ok'], 1):.1f}×, "
              f"p99 {got['percentiles4']['ok'] / max(base['percentiles4']['ok'], 1):.1f}×")


if __name__ == "__main__":
    main()
