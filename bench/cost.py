#!/usr/bin/env python3
"""Single-client cost of the pages the load test hits: wall time and the CPU the server spent per request.

Run by bench/cost.sh against a server it started on a copy of the demo data. One client, one request at a
time, so the numbers are the cost of a request, not of queueing: CPU is read from /proc for the app's JVM and
for the embedded PostgreSQL (the postmaster and its backends) before and after each batch of requests.

    cost.py BASE APP_PID PG_DATA_DIR PASSWORD REPORTERS_CSV PLAN [ROUNDS]
"""
import csv
import os
import re
import statistics
import sys
import time

import requests

TICK = os.sysconf("SC_CLK_TCK")
WARM_UP = int(os.environ.get("WARM_UP", "10"))


def cpu_of(pid):
    """user + system seconds of the process and its reaped children"""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / TICK


def postgres_pids(data_dir):
    with open(os.path.join(data_dir, "postmaster.pid")) as f:
        master = int(f.readline())
    pids = [master]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                if ppid == master:
                    pids.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                pass
    return pids


def jit_cpu(app_pid):
    """user + system seconds of the JVM's JIT compiler threads (warming up, not the requests' own cost)"""
    total = 0
    for tid in os.listdir(f"/proc/{app_pid}/task"):
        try:
            with open(f"/proc/{app_pid}/task/{tid}/stat") as f:
                text = f.read()
        except FileNotFoundError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        if "CompilerThre" in name:
            fields = text.rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def cpu_total(app_pid, data_dir):
    app = cpu_of(app_pid)
    db = 0.0
    for pid in postgres_pids(data_dir):
        try:
            db += cpu_of(pid)
        except FileNotFoundError:
            pass
    return app, db


def sign_in(base, username, password):
    s = requests.Session()
    page = s.get(base + "/login").text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    r = s.post(base + "/login", data={"username": username, "password": password, "_csrf": token})
    r.raise_for_status()
    if "/login" in r.url:
        raise SystemExit(f"sign-in of {username} failed")
    return s


def measure(name, app_pid, data_dir, calls):
    """calls: list of zero-argument functions, each one request; prints wall and CPU per request"""
    walls = []
    app0, db0 = cpu_total(app_pid, data_dir)
    jit0 = jit_cpu(app_pid)
    for call in calls:
        t = time.perf_counter()
        call()
        walls.append(time.perf_counter() - t)
    app1, db1 = cpu_total(app_pid, data_dir)
    jit1 = jit_cpu(app_pid)
    n = len(calls)
    walls.sort()
    print(
        f"| {name} | {n} | {statistics.median(walls) * 1000:.1f} | {walls[-1] * 1000:.1f} "
        f"| {(app1 - app0) / n * 1000:.1f} | {(app1 - app0 - (jit1 - jit0)) / n * 1000:.1f} | {(db1 - db0) / n * 1000:.1f} |",
        flush=True,
    )


def get(session, base, path, check=None):
    def call():
        r = session.get(base + path)
        r.raise_for_status()
        if check and check not in r.text:
            raise SystemExit(f"{path}: answer lacks {check!r}")

    return call


def submit_once(s, base, path):
    """reads the report form and submits it as the load test does; stops on a refusal"""
    page = s.get(base + path).text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    version = re.search(r'name="rowVersion" value="([^"]+)"', page).group(1)
    r = s.post(
        base + path + "/submission",
        data={
            "_csrf": token,
            "rowVersion": version,
            "progress": "本月按计划推进，已完成阶段性工作。",
            "problems": "部分项目资金尚未到位。",
            "nextSteps": "下一步继续加强调度。",
            "completion": "60",
        },
    )
    r.raise_for_status()
    if "gp-notice" not in r.text:
        raise SystemExit(f"{path}: submission refused")


def main():
    base, app_pid, data_dir, password, reporters_csv, plan = sys.argv[1:7]
    rounds = int(sys.argv[7]) if len(sys.argv) > 7 else 20
    app_pid = int(app_pid)
    keys = {}
    with open(reporters_csv) as f:
        for row in csv.DictReader(f):
            keys.setdefault(row["username"], []).append((row["period_id"], row["task_id"]))
    reporter = "demo-c01-u12-r"
    leader = sign_in(base, "demo-leader", password)
    unit = sign_in(base, reporter, password)
    dash = f"/leader/dashboard/data?plan={plan}"
    pages = [
        ("dashboard data `" + dash + "`", get(leader, base, dash, '"statuses"')),
        (f"dashboard page `/leader/dashboard?plan={plan}`", get(leader, base, f"/leader/dashboard?plan={plan}")),
        (
            f"dashboard list `/leader/dashboard/tasks?plan={plan}&status=RED`",
            get(leader, base, f"/leader/dashboard/tasks?plan={plan}&status=RED"),
        ),
        ("unit workspace `/my`", get(unit, base, "/my")),
    ]
    period, task = keys[reporter][0]
    form = f"/my/reports/periods/{period}/tasks/{task}"
    pages.append(("report form `" + form + "`", get(unit, base, form, "rowVersion")))
    only = os.environ.get("ONLY")  # a part of the page names to measure, e.g. "workspace" (skips the submissions)
    for name, call in pages:
        if only and only not in name:
            continue
        for _ in range(WARM_UP):  # JIT, first computations of stored results
            call()
        measure(name, app_pid, data_dir, [call] * rounds)
    if only:
        return
    submits = []
    for username in sorted(keys)[1 : 1 + max(1, rounds // 4)]:
        s = sign_in(base, username, password)
        for period, task in keys[username][:4]:
            submits.append((s, f"/my/reports/periods/{period}/tasks/{task}"))

    def submit(s, path):
        return lambda: submit_once(s, base, path)

    measure("report form + submit (one report each)", app_pid, data_dir, [submit(s, p) for s, p in submits])


if __name__ == "__main__":
    main()
