"""Runs "In code" snippets as a reader would paste them: each in a fresh namespace, its output
captured. Reads a JSON list of snippets on stdin; writes a JSON list of {stdout, error}."""
import contextlib
import io
import json
import sys
import traceback

results = []
for source in json.load(sys.stdin):
    out = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, "<snippet>", "exec"), {"__name__": "__main__"})
    except Exception:  # noqa: BLE001 - any failure is the snippet's, reported to the test
        error = traceback.format_exc(limit=2)
    results.append({"stdout": out.getvalue(), "error": error})
json.dump(results, sys.stdout)
