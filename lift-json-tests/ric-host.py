"""Cold starts under Lambda's own Java runtime interface client, for coldstart.sh (HOST=ric).

Lambda's Java runtime starts a JVM running the runtime interface client (RIC,
com.amazonaws.services.lambda.runtime.api.client.AWSLambda). The client loads the handler with its
own class loader (the task root, then the jars in its lib directory in lexical order), creates it,
asks the Runtime API for the first event, runs the handler and posts the response. This script
plays the Runtime API on a local port (the two calls the client makes: the next invocation and its
response or error) and times each fresh JVM from its launch to the moment its response arrives,
which is where a cold start on Lambda ends. The JVM is then killed: Lambda would freeze it.

The client writes its JNI library to /tmp/.libaws-lambda-jni.so on every start, as it does in a
container image on Lambda; that is part of every variant's time, and two of these probes must not
run at once on one machine.

Usage: python3 ric-host.py run ROUNDS OUT EVENT RIC_CLASSPATH ROUND_PREFIX JVM_FLAG... -- COMBINATION...
         each COMBINATION is layout|variant|task root|handler; rows are appended to OUT as
         "variant launch-to-answer-µs peak-RSS-KiB round layout", whole rounds only
       python3 ric-host.py summary FILE TITLE
"""
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ARN = "arn:aws:lambda:us-east-1:123456789012:function:coldstart-probe"
TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"


class Invocation:
    """One JVM's first (and only) invocation."""

    def __init__(self, request_id, event):
        self.request_id = request_id
        self.event = event
        self.handed_out = False
        self.answer = None  # (epoch ns, path, body) of the first POST
        self.answered = threading.Event()
        self.finished = threading.Event()


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    """The part of Lambda's Runtime API (2018-06-01) the client uses for one invocation."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        invocation = self.server.invocation
        if not self.path.endswith("/runtime/invocation/next"):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if invocation.handed_out:
            # The client asks for the next event once it has answered; Lambda would freeze the
            # environment here. Held until the JVM is killed.
            invocation.finished.wait(120)
            self.close_connection = True
            return
        invocation.handed_out = True
        self.send_response(200)
        headers = {
            "Lambda-Runtime-Aws-Request-Id": invocation.request_id,
            "Lambda-Runtime-Deadline-Ms": str(int(time.time() * 1000) + 30_000),
            "Lambda-Runtime-Invoked-Function-Arn": ARN,
            "Lambda-Runtime-Trace-Id": TRACE,
            "Content-Type": "application/json",
            "Content-Length": str(len(invocation.event)),
        }
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(invocation.event)

    def do_POST(self):
        arrived = time.monotonic_ns()
        invocation = self.server.invocation
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()
        # The invocation's response or error (/runtime/invocation/ID/...), or an init error.
        if invocation.answer is None and (f"/{invocation.request_id}/" in self.path or "/init/" in self.path):
            invocation.answer = (arrived, self.path, body)
            invocation.answered.set()


class Server(http.server.ThreadingHTTPServer):
    """The Runtime API of one JVM: a server of its own on a fresh port, so that nothing a JVM sent
    before it was killed can reach the next one."""

    daemon_threads = True

    def __init__(self, invocation):
        super().__init__(("127.0.0.1", 0), RuntimeApi)
        self.invocation = invocation

    def handle_error(self, request, client_address):
        # A JVM killed with its connection open; anything else is reported.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def peak_rss_kib(pid):
    """The JVM's peak resident set so far (VmHWM), in KiB."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def run(rounds, out, event_file, ric_classpath, round_prefix, flags, combinations):
    event = open(event_file, "rb").read()
    combinations = [c.split("|") for c in combinations]
    for r in range(rounds):
        rows = []
        for k in range(len(combinations)):
            # The variants take turns, so that the machine's drift spreads over all of them.
            layout, variant, task_root, handler = combinations[(r + k) % len(combinations)]
            invocation = Invocation(f"{round_prefix}-{r}-{layout}-{variant}", event)
            server = Server(invocation)
            # Polls every 50 ms (not the default 500), so that shutdown() after each JVM returns soon.
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
            environment = dict(os.environ,
                               AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{server.server_address[1]}",
                               # Set as Lambda sets it; the client itself reads the working directory.
                               LAMBDA_TASK_ROOT=task_root,
                               _HANDLER=handler,
                               AWS_LAMBDA_INITIALIZATION_TYPE="on-demand",
                               AWS_REGION="us-east-1",
                               AWS_LAMBDA_FUNCTION_NAME="coldstart-probe",
                               AWS_LAMBDA_FUNCTION_VERSION="$LATEST",
                               AWS_LAMBDA_FUNCTION_MEMORY_SIZE="1024")
            with tempfile.TemporaryFile() as errors:
                launched = time.monotonic_ns()
                # Lambda's runtime starts the client with the task root as its working directory,
                # which is where the client's class loader looks for the function.
                jvm = subprocess.Popen(["java", *flags, "-cp", ric_classpath,
                                        "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", handler],
                                       cwd=task_root, env=environment,
                                       stdout=subprocess.DEVNULL, stderr=errors)
                # The arrival is stamped by the server, so waiting in steps costs the figure
                # nothing; a JVM that exits without answering (a bad class path, a crash) ends the
                # wait at once.
                deadline = time.monotonic() + 60
                answered = False
                while not answered and jvm.poll() is None and time.monotonic() < deadline:
                    answered = invocation.answered.wait(0.05)
                answered = answered or invocation.answered.is_set()
                rss = peak_rss_kib(jvm.pid) if answered and jvm.poll() is None else None
                jvm.kill()
                jvm.wait()
                invocation.finished.set()
                server.shutdown()
                server.server_close()
                errors.seek(0)
                stderr = errors.read().decode(errors="replace")[-4000:]
            if not answered:
                sys.exit(f"{variant} ({layout}) did not answer (exit status {jvm.returncode}):\n{stderr}")
            arrived, path, body = invocation.answer
            if not path.endswith("/response") or b'"statusCode":200' not in body:
                sys.exit(f"{variant} ({layout}) did not answer 200 ({path}): {body[:500]!r}\n{stderr}")
            if not rss:
                sys.exit(f"{variant} ({layout}) exited before its peak RSS was read:\n{stderr}")
            rows.append(f"{variant} {(arrived - launched) // 1000} {rss} {round_prefix}-{r} {layout}\n")
        # Whole rounds only, so that an interrupted run leaves no half round to pair.
        with open(out, "a") as file:
            file.writelines(rows)


def summary(file, title):
    rows = [line.split() for line in open(file) if line.strip()]
    if any(len(r) != 5 or r[4] not in ("unpacked", "lib") for r in rows):
        sys.exit(f"{file} holds rows that are not this script's (variant, µs, KiB, round, layout):"
                 " rows of coldstart.sh without COLDSTART_HOST=ric are summarised by coldstart.sh itself")
    print(f"{title}: launch to answer under Lambda's runtime interface client, fresh JVMs with Lambda's flags")
    for layout in ["unpacked", "lib"]:
        here = [r for r in rows if r[4] == layout]
        if not here:
            continue
        print(f"\nLayout {layout}:")
        print(f"{'variant':<20} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'median RSS MiB':>15} {'max RSS MiB':>12}")
        for variant in ["generated", "databind", "handwritten", "handwritten-records"]:
            ms = [int(r[1]) / 1000 for r in here if r[0] == variant]
            if not ms:
                continue
            rss = [int(r[2]) / 1024 for r in here if r[0] == variant]
            print(f"{variant:<20} {statistics.median(ms):>10.1f} {min(ms):>8.1f} {max(ms):>8.1f}"
                  f" {statistics.median(rss):>15.1f} {max(rss):>12.1f}")
        by_round = {}
        for r in here:
            by_round.setdefault(r[3], {})[r[0]] = (int(r[1]) / 1000, int(r[2]) / 1024)
        for variant, base in [("generated", "handwritten"), ("databind", "handwritten"),
                              ("handwritten-records", "handwritten"), ("generated", "handwritten-records")]:
            both = [v for v in by_round.values() if variant in v and base in v]
            if not both:
                continue
            ratio = [v[variant][0] / v[base][0] for v in both]
            difference = [v[variant][0] - v[base][0] for v in both]
            rss = [v[variant][1] - v[base][1] for v in both]
            print(f"{variant} / {base}, median of the {len(both)} rounds' paired values: {statistics.median(ratio):.3f}x,"
                  f" {statistics.median(difference):+.1f} ms, peak RSS {statistics.median(rss):+.1f} MiB")


if __name__ == "__main__":
    if len(sys.argv) > 7 and sys.argv[1] == "run" and "--" in sys.argv[7:]:
        separator = sys.argv.index("--", 7)
        run(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7:separator],
            sys.argv[separator + 1:])
    elif len(sys.argv) == 4 and sys.argv[1] == "summary":
        summary(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
