#!/usr/bin/python3
"""Times a cell that prints MB megabytes through the kernel named by KERNEL (run by bench/run-print-overhead,
which sets JUPYTER_PATH and installs both kernels). WARM cells run first and are not timed: the first cells of a
kernel share the processor with JShell's start-up work and the JIT, in both kernels alike. Prints one line with the
fastest and median wall time, and the kernel's and this client's CPU time per timed run."""
import os
import time

from jupyter_client.manager import start_new_kernel

MB = int(os.environ.get("MB", "100"))
RUNS = int(os.environ.get("RUNS", "5"))
WARM = int(os.environ.get("WARM", "3"))
KERNEL = os.environ.get("KERNEL", "celonis-nb")
LINE = "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   Finance / Controlling"
CELL = ("String line = \"%s\";\nfor (int i = 0; i < %d; i++) { System.out.println(line); }" % (LINE, MB * 1024 * 1024 // (len(LINE) + 1)))


def process_cpu(pid):
    """User and system CPU seconds of a process, from /proc."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(kc, pid):
    received = [0]

    def hook(msg):
        if msg["msg_type"] == "stream":
            received[0] += len(msg["content"]["text"])

    kernel_before, client_before = process_cpu(pid), time.process_time()
    start = time.perf_counter()
    reply = kc.execute_interactive(CELL, timeout=900, output_hook=hook)
    assert reply["content"]["status"] == "ok", reply["content"]
    wall = time.perf_counter() - start
    return wall, received[0], process_cpu(pid) - kernel_before, time.process_time() - client_before


km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
try:
    kc.execute_interactive("1", timeout=60, output_hook=lambda m: None)
    for _ in range(WARM):
        run(kc, km.provisioner.process.pid)
    runs = sorted(run(kc, km.provisioner.process.pid) for _ in range(RUNS))
    walls = [r[0] for r in runs]
    printed = runs[0][1]
    kernel_cpu = sorted(r[2] for r in runs)[RUNS // 2]
    client_cpu = sorted(r[3] for r in runs)[RUNS // 2]
    print("%-22s printed %.0f MB: fastest of %d runs %.2f s (%.0f MB/s), median %.2f s; CPU per run: kernel %.2f s, "
          "client %.2f s" % (KERNEL, printed / 1048576, RUNS, walls[0], printed / 1048576 / walls[0],
                             walls[RUNS // 2], kernel_cpu, client_cpu))
    if os.environ.get("RESULTS"):
        with open(os.environ["RESULTS"], "a") as results:
            results.write("%s %.4f %.4f\n" % (KERNEL, walls[0], walls[RUNS // 2]))
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
