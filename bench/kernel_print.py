#!/usr/bin/python3
"""Times a cell that prints MB megabytes through the celonis-nb kernel, before and after a key is
registered for redaction (run by bench/run-print-overhead, which sets JUPYTER_PATH)."""
import os
import time

from jupyter_client.manager import start_new_kernel

MB = int(os.environ.get("MB", "100"))
LINE = "row 0123456789 abcdefghij klmnopqrst uvwxyz ABCDEFGHIJ value=42.0 status=ok " + "x" * 20
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


km, kc = start_new_kernel(kernel_name="celonis-nb", startup_timeout=60)
try:
    kc.execute_interactive("1", timeout=60)
    t0, n0 = run(kc)
    kc.execute_interactive('%celonis_redact --env BENCH_SECRET --label bench', timeout=60)
    t1, n1 = run(kc)
    print("printed %.0f MB: no known secret %.1f s (%.0f MB/s); with a known secret %.1f s (%.0f MB/s)"
          % (n0 / 1048576, t0, n0 / 1048576 / t0, t1, n1 / 1048576 / t1))
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
