"""Runs one cell that prints $PRINT_MB megabytes in the celonis-nb kernel as a front end that falls behind would:
it sleeps $DELAY_SECONDS after every stream message it reads. Prints as JSON how much of the cell's output arrived
before its idle status, and how much after it."""
import json
import os
import queue
import sys
import time

from jupyter_client.manager import start_new_kernel

megabytes = int(os.environ.get("PRINT_MB", "200"))
delay = float(os.environ.get("DELAY_SECONDS", "0.002"))
line = "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   Finance / Controlling"
lines = megabytes * 1024 * 1024 // (len(line) + 1)
cell = 'String line = "%s";\nfor (int i = 0; i < %d; i++) { System.out.println(line); }' % (line, lines)
km, kc = start_new_kernel(kernel_name="celonis-nb", startup_timeout=60)
result = {"expected": lines * (len(line) + 1), "received": 0, "messages": 0, "after_idle": 0, "status": None}
try:
    kc.execute_interactive("1", timeout=60, output_hook=lambda msg: None)
    msg_id = kc.execute(cell)
    idle = False
    deadline = time.time() + 120
    while not idle and time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            result["received"] += len(msg["content"]["text"])
            result["messages"] += 1
            time.sleep(delay)
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
    # Anything of the cell's output that comes after its idle status is output a front end has stopped waiting for.
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=2)
        except queue.Empty:
            break
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
            result["after_idle"] += len(msg["content"]["text"])
    result["status"] = kc.get_shell_msg(timeout=10)["content"]["status"]
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(json.dumps(result))
