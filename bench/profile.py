#!/usr/bin/env python3
"""Loops of one request kind for a flight recording (run by bench/profile.sh): one client, one at a time.

    profile.py BASE PASSWORD REPORTERS_CSV PLAN DASHBOARD_REQUESTS REPORTS

DASHBOARD_REQUESTS kept answers of the leader's dashboard data, then REPORTS reports of distinct reporters'
open keys, each its form (GET) and its submission (POST). Prints the wall time of each loop to stderr.
"""
import csv
import sys
import time

import cost


def main():
    base, password, reporters_csv, plan = sys.argv[1:5]
    dashboards, reports = int(sys.argv[5]), int(sys.argv[6])
    keys = {}
    with open(reporters_csv) as f:
        for row in csv.DictReader(f):
            keys.setdefault(row["username"], []).append((row["period_id"], row["task_id"]))
    leader = cost.sign_in(base, "demo-leader", password)
    data = cost.get(leader, base, f"/leader/dashboard/data?plan={plan}", '"statuses"')
    for _ in range(20):
        data()
    t = time.perf_counter()
    for _ in range(dashboards):
        data()
    print(f"dashboard data: {dashboards} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    sessions = []
    for username in sorted(keys):
        if len(sessions) * 4 >= reports:
            break
        s = cost.sign_in(base, username, password)
        sessions += [(s, f"/my/reports/periods/{p}/tasks/{k}") for p, k in keys[username][:4]]
    t = time.perf_counter()
    for s, path in sessions[:reports]:
        cost.submit_once(s, base, path)
    print(f"form + submit: {reports} in {time.perf_counter() - t:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
