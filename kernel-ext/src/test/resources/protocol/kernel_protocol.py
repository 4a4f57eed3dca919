#!/usr/bin/python3
"""Talks to the celonis-nb kernel over the Jupyter protocol with Debian's jupyter_client and prints
what it saw as one JSON object; KernelProtocolIT asserts on it.

Usage: kernel_protocol.py session   complete, inspect, is_complete, interrupt, input, shutdown
       kernel_protocol.py crash     starts a kernel, prints {"kernel_pid": N}, then dies without a word
"""
import json
import os
import signal
import sys
import time

from jupyter_client.manager import start_new_kernel

KERNEL = "celonis-nb"


def run(kc, code, stdin_hook=None, allow_stdin=False, timeout=60):
    """Executes code; returns the reply content and the iopub outputs of the request."""
    outputs = []

    def keep(msg):
        kind = msg["msg_type"]
        if kind in ("stream", "execute_result", "display_data", "error"):
            outputs.append({"type": kind, "content": msg["content"]})

    kwargs = {"output_hook": keep, "timeout": timeout, "allow_stdin": allow_stdin}
    if stdin_hook is not None:
        kwargs["stdin_hook"] = stdin_hook
    reply = kc.execute_interactive(code, **kwargs)
    return reply["content"], outputs


def shell_reply(kc, msg_id, timeout=30):
    """The shell reply to one request, skipping replies to others."""
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply


def result_text(outputs):
    for o in outputs:
        if o["type"] == "execute_result":
            return o["content"]["data"].get("text/plain")
    return None


def session():
    seen = {}
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    try:
        info = kc.kernel_info(reply=True, timeout=30)["content"]
        seen["language"] = info["language_info"]["name"]

        code = "System.out.pr"
        reply = kc.complete(code, len(code), reply=True, timeout=30)["content"]
        seen["complete"] = {"status": reply["status"], "matches": sorted(set(reply["matches"])),
                            "cursor_start": reply["cursor_start"], "cursor_end": reply["cursor_end"]}

        code = "\"abc\".length()"
        reply = kc.inspect(code, code.index("length") + 3, reply=True, timeout=30)["content"]
        seen["inspect"] = {"status": reply["status"], "found": reply["found"],
                           "text": reply.get("data", {}).get("text/plain", "")}

        seen["is_complete"] = {}
        for code in ["int x = 1;", "for (int i = 0; i < 3; i++) {", "if (true) {\n  while (x < 3) {", "int y = );",
                     "%lsmagic"]:
            reply = shell_reply(kc, kc.is_complete(code))["content"]
            seen["is_complete"][code] = {"status": reply["status"], "indent": reply.get("indent", "")}

        run(kc, "long[] turns = {0};")
        msg_id = kc.execute("while (true) { turns[0]++; }")
        time.sleep(1.0)
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        seen["interrupt"] = {"status": reply["content"]["status"], "ename": reply["content"].get("ename")}
        _, first = run(kc, "turns[0]")
        time.sleep(0.3)
        _, second = run(kc, "turns[0]")
        seen["interrupt"]["loop_ran"] = int(result_text(first)) > 0
        seen["interrupt"]["loop_stopped"] = result_text(first) == result_text(second)
        _, after = run(kc, "21 * 2")
        seen["interrupt"]["next_cell"] = result_text(after)

        requests = []

        def answer(msg):
            requests.append({"prompt": msg["content"]["prompt"], "password": msg["content"]["password"]})
            kc.input("typed on the keyboard")

        reply, outputs = run(kc, "new java.util.Scanner(System.in).nextLine()", stdin_hook=answer, allow_stdin=True)
        seen["input"] = {"status": reply["status"], "requests": requests, "result": result_text(outputs)}

        reply, outputs = run(kc, "new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine()",
                             allow_stdin=False)
        seen["input_without_stdin"] = {"status": reply["status"], "result": result_text(outputs)}

        pid = km.provisioner.process.pid if getattr(km, "provisioner", None) else km.kernel.pid
        seen["kernel_pid"] = pid
        start = time.perf_counter()
        km.shutdown_kernel(now=False)
        seen["shutdown"] = {"alive_after": km.is_alive(), "seconds": round(time.perf_counter() - start, 2)}
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    return seen


def crash():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    run(kc, "1 + 1")
    pid = km.provisioner.process.pid if getattr(km, "provisioner", None) else km.kernel.pid
    print(json.dumps({"kernel_pid": pid}), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    if sys.argv[1:] == ["crash"]:
        crash()
    else:
        print(json.dumps(session(), indent=2))
