"""Runs one cell in the celonis-nb kernel as a front end that allows input would, answering every
input request with $PROMPT_ANSWER, and prints what happened as JSON: the prompts (text and whether
they were password prompts), the cell's stdout and stderr, the reply's status and any error."""
import json
import os
import queue
import sys
import time

from jupyter_client.manager import start_new_kernel

code = sys.argv[1]
answer = os.environ.get("PROMPT_ANSWER", "")
km, kc = start_new_kernel(kernel_name="celonis-nb", startup_timeout=60)
result = {"prompts": [], "stdout": "", "stderr": "", "status": None, "error": None}
try:
    msg_id = kc.execute(code, allow_stdin=True)
    deadline = time.time() + 60
    while result["status"] is None and time.time() < deadline:
        try:
            msg = kc.get_stdin_msg(timeout=0.1)
            if msg["msg_type"] == "input_request":
                result["prompts"].append({"prompt": msg["content"]["prompt"],
                                          "password": msg["content"]["password"]})
                kc.input(answer)
        except queue.Empty:
            pass
        try:
            reply = kc.get_shell_msg(timeout=0.1)
            if reply["parent_header"].get("msg_id") == msg_id:
                result["status"] = reply["content"]["status"]
        except queue.Empty:
            pass
    while time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=5)
        except queue.Empty:
            break
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "stream":
            result[msg["content"]["name"]] += msg["content"]["text"]
        elif kind == "error":
            result["error"] = {"ename": msg["content"]["ename"], "evalue": msg["content"]["evalue"]}
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            break
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(json.dumps(result))
