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
result = {"prompts": [], "stdout": "", "stderr": "", "status": None, "error": None, "stdout_before_prompt": None}


def read_iopub(msg_id, timeout):
    """Reads the request's output until a message takes longer than timeout; True once the kernel is idle."""
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=timeout)
        except queue.Empty:
            return False
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "stream":
            result[msg["content"]["name"]] += msg["content"]["text"]
        elif kind == "error":
            result["error"] = {"ename": msg["content"]["ename"], "evalue": msg["content"]["evalue"]}
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            return True


try:
    msg_id = kc.execute(code, allow_stdin=True)
    deadline = time.time() + 60
    while result["status"] is None and time.time() < deadline:
        try:
            msg = kc.get_stdin_msg(timeout=0.1)
            if msg["msg_type"] == "input_request":
                if result["stdout_before_prompt"] is None:
                    # The kernel sends the output before the request; what has come by now is what a user sees.
                    read_iopub(msg_id, 0.5)
                    result["stdout_before_prompt"] = result["stdout"]
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
    read_iopub(msg_id, 5)
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(json.dumps(result))
