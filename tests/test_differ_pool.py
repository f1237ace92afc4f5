"""Judging on several processes (`watcher.differ.pool`): the same output, in order, bounded."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_classify_cli import _run

#: Statements of every kind, repeated past several chunks, with bad lines among them.
_TEXTS = [
    "Sweden became the alliance's 32nd member in March 2024.",
    "Moscow says Ukraine will never join NATO.",
    "In 2008 allies promised Ukraine and Georgia eventual membership, with no date.",
    "Apple opened a new store in Paris on Friday.",
    "Mark Rutte took over as NATO secretary general on 1 October 2024.",
    "Allies agreed in Washington that Ukraine's path to membership is irreversible.",
]


def _input(n: int) -> str:
    lines = []
    for i in range(n):
        if i % 97 == 13:
            lines.append("{not json")
        elif i % 89 == 5:
            lines.append(json.dumps({"id": f"s{i}", "text": "   "}))
        else:
            text = f"{_TEXTS[i % len(_TEXTS)]} (item {i})"
            lines.append(json.dumps({"id": f"s{i}", "text": text, "label": "new"}))
    return "\n".join(lines) + "\n"


def _watcher(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return _run(list(args), stdin, ROOT)


def _script(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """A Python script run in a fresh interpreter (no other thread: the pool is really used)."""
    script = tmp_path / "script.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_classify_on_two_processes_writes_what_one_writes_in_the_same_order() -> None:
    stdin = _input(700)  # eleven chunks: the first judged alone, the rest by the workers
    one = _watcher("classify", "-", "--workers", "1", stdin=stdin)
    two = _watcher("classify", "-", "--workers", "2", stdin=stdin)
    assert one.returncode == two.returncode == 1  # the bad lines fail, and say so
    assert two.stdout == one.stdout
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(out) == 700
    assert [o.get("line") for o in out if o["status"] == "error"][:2] == [6, 14]
    judged = [o["id"] for o in out if o["status"] != "error"]
    assert judged == sorted(judged, key=lambda s: int(s[1:]))
    assert {o["status"] for o in out} >= {"changed", "contradicted", "known", "irrelevant"}


def test_eval_scores_the_same_on_two_processes() -> None:
    stdin = _input(300)
    one = _watcher("eval", "-", "--json", "-q", "--workers", "1", stdin=stdin)
    two = _watcher("eval", "-", "--json", "-q", "--workers", "2", stdin=stdin)
    assert one.returncode == two.returncode
    assert json.loads(two.stdout) == json.loads(one.stdout)


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_a_bad_worker_count_is_one_clear_error(value: str) -> None:
    proc = _watcher("classify", "-", "--workers", value, stdin="")
    assert proc.returncode == 2
    assert f"not a number of processes: '{value}'" in proc.stderr
    assert "Traceback" not in proc.stderr


#: Run in a fresh interpreter, where no other thread runs, so the pool is really used.
_BOUNDED = textwrap.dedent(
    """
    import json, multiprocessing, sys
    from watcher.baseline.build import load_baseline
    from watcher.differ.core import Differ
    from watcher.differ import pool

    differ = Differ(load_baseline("baselines/claims.json"))
    read = [0]

    def texts():
        for i in range(100_000):
            read[0] += 1
            yield f"Moscow says Ukraine will never join NATO, item {i}."

    out = pool.judged(differ, texts(), pool_work, workers=2)
    ahead = []
    for i, status in enumerate(out, start=1):
        ahead.append(read[0] - i)
        if i == 2_000:
            break
    children = len(multiprocessing.active_children())
    out.close()
    print(json.dumps({"ahead": max(ahead), "children": children,
                      "after": len(multiprocessing.active_children()), "status": status}))
    """
)


def test_the_pool_reads_a_bounded_way_ahead_and_leaves_no_process_behind(tmp_path: Path) -> None:
    proc = _script(tmp_path, "from tests.test_differ_pool import pool_work\n" + _BOUNDED)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["children"] == 2  # two workers judged ...
    assert found["after"] == 0  # ... and are gone once the reader stops
    assert found["status"] == "contradicted"
    # Never more than the chunks in flight (two workers, each with its chunk and two queued)
    # plus the one being read: not the 100,000 the input holds.
    assert found["ahead"] <= 64 * 2 * 3 + 64


def pool_work(differ: object, text: str) -> str:
    """The work `_BOUNDED` gives the pool (module level, as the pool needs)."""
    from watcher.differ.core import Differ

    assert isinstance(differ, Differ)
    return differ.judge_text(text).status.value


def _fails_on_seven(differ: object, n: int) -> int:
    if n == 700:
        raise ValueError("item 700 is bad")
    return n


def test_a_failure_in_a_worker_reaches_the_caller_after_every_earlier_result(
    tmp_path: Path,
) -> None:
    proc = _script(
        tmp_path,
        textwrap.dedent(
            """
            import json
            from watcher.baseline.build import load_baseline
            from watcher.differ.core import Differ
            from watcher.differ import pool
            from tests.test_differ_pool import _fails_on_seven

            got = []
            try:
                for n in pool.judged(Differ(load_baseline("baselines/claims.json")),
                                     range(2_000), _fails_on_seven, workers=2):
                    got.append(n)
            except ValueError as exc:
                print(json.dumps({"got": len(got), "last": got[-1], "error": str(exc)}))
            """
        ),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"got": 700, "last": 699, "error": "item 700 is bad"}


def _dies_on_five_hundred(differ: object, n: int) -> int:
    """Kills the worker that meets job 500 (never the calling process)."""
    import multiprocessing

    if n == 500 and multiprocessing.parent_process() is not None:
        os._exit(3)
    return n


def test_a_worker_that_dies_leaves_its_chunk_and_the_rest_to_the_caller(tmp_path: Path) -> None:
    proc = _script(
        tmp_path,
        textwrap.dedent(
            """
            import json
            from watcher.baseline.build import load_baseline
            from watcher.differ.core import Differ
            from watcher.differ import pool
            from tests.test_differ_pool import _dies_on_five_hundred

            got = list(pool.judged(Differ(load_baseline("baselines/claims.json")),
                                   range(3_000), _dies_on_five_hundred, workers=2))
            print(json.dumps({"in_order": got == list(range(3_000))}))
            """
        ),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"in_order": True}
    assert "a judging process stopped" in proc.stderr


def _dies_on_five_hundred_and_says_so(differ: object, n: int) -> int:
    """As `_dies_on_five_hundred`, leaving a mark (the file named by WATCHER_TEST_MARK) first."""
    import multiprocessing

    if n == 500 and multiprocessing.parent_process() is not None:
        Path(os.environ["WATCHER_TEST_MARK"]).touch()
        os._exit(3)
    return n


def test_a_worker_dead_before_the_next_chunk_is_handed_out_leaves_it_to_the_caller(
    tmp_path: Path,
) -> None:
    # The reader holds back the chunk after the fatal one until the worker has died, so the pool
    # is already broken when that chunk is handed out.
    proc = _script(
        tmp_path,
        textwrap.dedent(
            f"""
            import json, os, time
            from pathlib import Path
            from watcher.baseline.build import load_baseline
            from watcher.differ.core import Differ
            from watcher.differ import pool
            from tests.test_differ_pool import _dies_on_five_hundred_and_says_so

            os.environ["WATCHER_TEST_MARK"] = {str(tmp_path / "died")!r}

            def jobs():
                for n in range(3_000):
                    if n == 512:  # the first job of the chunk after the one holding 500
                        while not Path(os.environ["WATCHER_TEST_MARK"]).exists():
                            time.sleep(0.01)
                        time.sleep(1)  # the pool notices its dead worker
                    yield n

            got = list(pool.judged(Differ(load_baseline("baselines/claims.json")),
                                   jobs(), _dies_on_five_hundred_and_says_so, workers=2))
            print(json.dumps({{"in_order": got == list(range(3_000))}}))
            """
        ),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"in_order": True}
    assert "a judging process stopped" in proc.stderr


def _identity(differ: object, n: int) -> int:
    return n


@pytest.mark.parametrize(
    ("work", "expected"),
    [
        # Every job read before the reader failed is judged, in order, then its error raised.
        ("_identity", {"got": 1000, "in_order": True, "error": "OSError: the disk went away"}),
        # A job failing before the reader does: the first failure in input order is raised.
        ("_fails_on_seven", {"got": 700, "in_order": True, "error": "ValueError: item 700 is bad"}),
    ],
)
def test_a_reader_failing_midway_fails_after_the_jobs_read_before_it(
    tmp_path: Path, work: str, expected: dict[str, object]
) -> None:
    proc = _script(
        tmp_path,
        textwrap.dedent(
            f"""
            import json
            from watcher.baseline.build import load_baseline
            from watcher.differ.core import Differ
            from watcher.differ import pool
            from tests.test_differ_pool import {work}

            def jobs():
                yield from range(1_000)
                raise OSError("the disk went away")

            got = []
            try:
                for n in pool.judged(Differ(load_baseline("baselines/claims.json")),
                                     jobs(), {work}, workers=2):
                    got.append(n)
            except Exception as exc:
                print(json.dumps({{"got": len(got), "in_order": got == list(range(len(got))),
                                  "error": f"{{type(exc).__name__}}: {{exc}}"}}))
            """
        ),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == expected


def test_with_another_thread_running_everything_is_judged_in_this_process() -> None:
    import threading

    from watcher.baseline.build import load_baseline
    from watcher.differ import pool
    from watcher.differ.core import Differ

    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        seen_children = []
        texts = [f"Moscow says Ukraine will never join NATO, item {i}." for i in range(200)]
        for status in pool.judged(differ, texts, pool_work, workers=2):
            seen_children.append(len(__import__("multiprocessing").active_children()))
            assert status == "contradicted"
    finally:
        stop.set()
        other.join()
    assert len(seen_children) == 200
    assert max(seen_children) == 0


def test_ctrl_c_stops_the_workers_with_the_command(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text(_input(60_000), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "classify", str(source), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stderr is not None
    children: list[int] = []
    deadline = time.monotonic() + 60
    while len(children) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        children = _children(proc.pid)
    assert len(children) == 2  # the workers are judging
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 130
    assert proc.stderr.read().strip() == "watcher: interrupted"
    proc.stderr.close()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in children if _alive(pid)] == []


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
