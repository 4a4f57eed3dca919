#!/usr/bin/python3
"""Times a cell that prints MB megabytes through the kernel named by KERNEL (run by bench/run-print-overhead,
which sets JUPYTER_PATH and installs both kernels)."""
import os
import time

from jupyter_client.manager import start_new_kernel

MB = int(os.environ.get("MB", "100"))
RUNS = int(os.environ.get("RUNS", "5"))
KERNEL = os.environ.get("KERNEL", "celonis-nb")
LINE = "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   Finance / Controlling"
CELL = ("String line = \"%s\";\nfor (int i = 0; i < %d; i++) { System.out.println(line); }" % (LINE, MB * 1024 * 1024 // (len(LINE) + 1)))


def run(kc):
    received = [0]

    def hook(msg):
        if msg["msg_type"] == "stream":
            received[0] += len(msg["content"]["text"])

    start = time.perf_counter()
    reply = kc.execute_interactive(CELL, timeout=900, output_hook=hook)
    assert reply["content"]["status"] == "ok", reply["content"]
    return time.perf_counter() - start, received[0]


km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
try:
    kc.execute_interactive("1", timeout=60, output_hook=lambda m: None)
    run(kc)  # warm-up
    times = []
    for _ in range(RUNS):
        t, n = run(kc)
        times.append(t)
    times.sort()
    print("%-22s printed %.0f MB from a cell through jupyter_client: fastest of %d runs %.2f s (%.1f MB/s), median %.2f s"
          % (KERNEL, n / 1048576, RUNS, times[0], n / 1048576 / times[0], times[len(times) // 2]))
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
