#!/usr/bin/env python3
"""Times `tm lookup` as a whole process on the default store (a release
build), over the queries of issue 2 and a few more, 10 rounds.

    swift build -c release && python3 Benchmarks/lookup-process.py [.build/release/tm]
"""
import statistics
import subprocess
import sys
import time

TM = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tm"
QUERIES = [
    "Nurly Zhol", "Нұрлы жол", "НҰРЛЫ ЖОЛ", "Nūrly jol", "Nurly Jol", "nurly-zhol", "Bright Path", "ШОС", "SCO",
    "Shanghai Organization for Cooperation", "Токаев", "Тоқаев", "Toqaev", "Nurli Zhol", "Kazinfrom",
    "President Tokayev met Xi Jinping in Bishkek", "Тургусун", "qqxzv",
]
subprocess.run([TM, "lookup", "SCO"], capture_output=True)  # build the store if needed
times = []
for _ in range(10):
    for query in QUERIES:
        start = time.perf_counter()
        subprocess.run([TM, "lookup", query], capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"{TM}: {len(times)} runs, median {statistics.median(times):.1f} ms, "
      f"p90 {times[int(len(times) * 0.9)]:.1f} ms, min {times[0]:.1f} ms")
