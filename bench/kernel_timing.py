#!/usr/bin/python3
"""Times the celonis-nb kernel through real jupyter_client: start to first result, first cell,
later cells, and %celonis_login against a running emulator (warm, several runs).

Usage: bench/run-kernel-timing (it builds the jar, installs the kernelspec in a temp prefix,
starts an emulator with a key, and calls this script with the right environment).
"""
import json
import os
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel


def timed_execute(client, code, timeout=120):
    outputs = []

    def keep(msg):
        if msg["msg_type"] in ("stream", "execute_result", "error", "display_data"):
            outputs.append(msg["content"])

    start = time.perf_counter()
    reply = client.execute_interactive(code, timeout=timeout, output_hook=keep)
    return (time.perf_counter() - start) * 1000, reply["content"]["status"], outputs


def main():
    runs = int(os.environ.get("RUNS", "5"))
    label = os.environ.get("LABEL", "")
    with_login = not os.environ.get("NO_LOGIN")
    starts, firsts, laters, logins = [], [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        km, kc = start_new_kernel(kernel_name="celonis-nb", startup_timeout=60)
        try:
            ready = (time.perf_counter() - t0) * 1000
            first, status, _ = timed_execute(kc, "1 + 1")
            assert status == "ok", status
            starts.append(ready + first)
            firsts.append(first)
            later, status, _ = timed_execute(kc, "2 + 2")
            laters.append(later)
            if with_login:
                timed_execute(kc, "%celonis_login --app-key")  # cold: class loading, TLS-free HTTP client set-up
                login, status, out = timed_execute(kc, "%celonis_login --app-key")
                assert status == "ok", out
                logins.append(login)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)

    def row(name, values):
        return {"what": name + (" [" + label + "]" if label else ""), "median_ms": round(statistics.median(values)), "min_ms": round(min(values)),
                "max_ms": round(max(values)), "runs": len(values)}

    rows = [row("kernel start to first result (start_new_kernel + `1 + 1`)", starts),
            row("first cell (`1 + 1`; JShell is warmed up while the kernel starts)", firsts),
            row("later cell (`2 + 2`)", laters)]
    if with_login:
        rows.append(row("%celonis_login, warm (second login in the kernel)", logins))
    json.dump(rows, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
