#!/usr/bin/env python3
# startup.py - start-up time and memory of syllabus against a bare window
#
# Copyright 2026 The Syllabus developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: startup.py BUILD_DIR DATA_DIR RUNS OUTPUT.json
#
# Run by build-aux/bench with DISPLAY set to a private Xvfb and inside
# dbus-run-session. Launches `syllabus --data-dir DATA_DIR` (the shipped
# pack, the progress database in DATA_DIR) and bench/baseline-window in
# turn, RUNS times each after two warm-up rounds that are not counted (the
# first one starts the portals and dconf on the fresh session bus and fills
# the caches), each through bench/launch-probe, which times launch to first
# mapped window from outside and reports the peak RSS. Writes one JSON
# object to OUTPUT.json (stdout is shared with the services the session
# bus starts): the medians, their ratio, and every run.

import json
import os
import statistics
import subprocess
import sys


def probe(build, argv):
    out = subprocess.run([os.path.join(build, "bench", "launch-probe")] + argv,
                         stdout=subprocess.PIPE, check=True, text=True).stdout
    return json.loads(out)


def main():
    build, data_dir, runs, output = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    programs = {
        "app": [os.path.join(build, "src", "syllabus"), "--data-dir", data_dir],
        "baseline": [os.path.join(build, "bench", "baseline-window")],
    }
    results = {"app": [], "baseline": []}

    for i in range(runs + 2):
        for name, argv in programs.items():
            r = probe(build, argv)
            if i >= 2:
                results[name].append(r)

    def med(name, key):
        return statistics.median(r[key] for r in results[name])

    report = {
        "startup_runs": runs,
        "startup_ms": round(med("app", "map_ms"), 1),
        "baseline_ms": round(med("baseline", "map_ms"), 1),
        "startup_ratio": round(med("app", "map_ms") / med("baseline", "map_ms"), 3),
        "rss_kb": int(med("app", "rss_kb")),
        "baseline_rss_kb": int(med("baseline", "rss_kb")),
        "startup_all_ms": [round(r["map_ms"], 1) for r in results["app"]],
        "baseline_all_ms": [round(r["map_ms"], 1) for r in results["baseline"]],
    }
    with open(output, "w", encoding="utf-8") as f:
        f.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
