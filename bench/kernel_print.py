#!/usr/bin/python3
"""Times a cell that prints MB megabytes in two kernels by turns, run for run: KERNEL and BASELINE (run by
bench/run-print-overhead, which sets JUPYTER_PATH and installs both). Both kernels stay up; each first runs WARM
untimed cells (the first cells of a kernel share the processors with JShell's start-up work and the JIT), then
RUNS pairs of timed cells. The order within a pair alternates (KERNEL first, then BASELINE first), and each cell
starts after a pause of SETTLE seconds, so that neither kernel's run always follows the other's tail work (its
last messages, a collection, the JIT) and a slower minute of a shared machine falls on both. Prints each kernel's
fastest and median wall time and its CPU time per run, and the overhead: fastest against fastest, and the median
of the run-for-run ratios. With RATIOS=<file>, appends the round's pair ratios to that file as one line, for the
summary over all rounds."""
import os
import time

from jupyter_client.manager import start_new_kernel

MB = int(os.environ.get("MB", "100"))
RUNS = int(os.environ.get("RUNS", "7"))
WARM = int(os.environ.get("WARM", "3"))
SETTLE = float(os.environ.get("SETTLE", "0.3"))
KERNEL = os.environ.get("KERNEL", "celonis-nb")
BASELINE = os.environ.get("BASELINE", "celonis-nb-unredacted")
# The printed line: table rows by default; LINE=... measures another kind of output (JSON logs, say).
LINE = os.environ.get("LINE", "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   "
                      "Finance / Controlling")
JAVA_LITERAL = LINE.replace("\\", "\\\\").replace('"', '\\"')
CELL = ("String line = \"%s\";\nfor (int i = 0; i < %d; i++) { System.out.println(line); }"
        % (JAVA_LITERAL, MB * 1024 * 1024 // (len(LINE) + 1)))


def process_cpu(pid):
    """User and system CPU seconds of a process, from /proc."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(kernel):
    km, kc = kernel
    received = [0]

    def hook(msg):
        if msg["msg_type"] == "stream":
            received[0] += len(msg["content"]["text"])

    pid = km.provisioner.process.pid
    cpu_before = process_cpu(pid)
    start = time.perf_counter()
    reply = kc.execute_interactive(CELL, timeout=900, output_hook=hook)
    assert reply["content"]["status"] == "ok", reply["content"]
    wall = time.perf_counter() - start
    assert received[0] == len(LINE + "\n") * (MB * 1024 * 1024 // (len(LINE) + 1)), "the cell's output arrived whole"
    return wall, process_cpu(pid) - cpu_before


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


kernels = {}
try:
    for name in (KERNEL, BASELINE):
        kernels[name] = start_new_kernel(kernel_name=name, startup_timeout=60)
        kernels[name][1].execute_interactive("1", timeout=60, output_hook=lambda m: None)
    for _ in range(WARM):
        for name in (KERNEL, BASELINE):
            run(kernels[name])
    results = {KERNEL: [], BASELINE: []}
    for pair in range(RUNS):
        for name in (KERNEL, BASELINE) if pair % 2 == 0 else (BASELINE, KERNEL):
            time.sleep(SETTLE)
            results[name].append(run(kernels[name]))
    mb = len(LINE + "\n") * (MB * 1024 * 1024 // (len(LINE) + 1)) / 1048576
    for name in (KERNEL, BASELINE):
        walls = [r[0] for r in results[name]]
        print("%-22s %.0f MB: fastest of %d runs %.2f s (%.0f MB/s), median %.2f s; kernel CPU per run %.2f s"
              % (name, mb, RUNS, min(walls), mb / min(walls), median(walls), median(r[1] for r in results[name])))
    fastest = min(r[0] for r in results[KERNEL]) / min(r[0] for r in results[BASELINE]) - 1
    paired = median(k[0] / b[0] - 1 for k, b in zip(results[KERNEL], results[BASELINE]))
    print("overhead of %s over %s: %+.0f %% fastest against fastest, %+.0f %% median of the %d run-for-run ratios"
          % (KERNEL, BASELINE, fastest * 100, paired * 100, RUNS))
    if os.environ.get("RATIOS"):
        with open(os.environ["RATIOS"], "a") as out:
            out.write(" ".join("%.6f" % (k[0] / b[0] - 1) for k, b in zip(results[KERNEL], results[BASELINE])) + "\n")
finally:
    for km, kc in kernels.values():
        kc.stop_channels()
        km.shutdown_kernel(now=True)
