"""Judging many independent texts on every CPU this process may use, in input order.

`watcher classify` and `watcher eval` judge each statement on its own, so the work splits into
chunks that worker processes judge while the input is still being read. The workers are forked
after this process has judged the first chunk itself: they start with the differ, its derived
state and its compiled patterns, not with a rebuild of each. The chunks in flight are capped,
so memory stays bounded however long the input, and results come back in input order. Where a
fork is not safe (another thread is running, or the platform has none) or one CPU is all there
is, everything is judged in this process, with the same results; a worker that dies leaves its
chunk and the rest to this process, and a reader that fails midway fails after every job read
before it was judged.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from typing import Any, TypeVar

from watcher.differ.core import Differ

J = TypeVar("J")
R = TypeVar("R")

#: Texts per task: enough that sending them to a worker costs little beside judging them.
CHUNK = 64
#: Chunks queued per worker beyond the one it is judging, so no worker waits for the reader.
AHEAD = 2

_log = logging.getLogger(__name__)

#: In a forked worker: the differ and what to do with each job (inherited from the parent).
_WORK: tuple[Differ, Callable[[Differ, Any], Any]] | None = None


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity), not all the machine has."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - platforms without affinity
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """A fork copies only the calling thread: with another thread running, a lock it holds
    would stay held in the child forever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _worker_started() -> None:
    # The parent handles Ctrl-C and stops the pool; the workers finish their chunk and go.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Whatever the parent had buffered for stdout is its own to write, not a worker's.
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _judge_chunk(chunk: list[Any]) -> tuple[list[Any], BaseException | None]:
    """The chunk's results up to the first failure, and that failure (with where it was
    raised, as a note), so the caller still gets every result before it."""
    if _WORK is None:  # pragma: no cover - only a worker forked by `judged` runs this
        raise RuntimeError("no differ in this worker")
    differ, work = _WORK
    done = []
    for job in chunk:
        try:
            done.append(work(differ, job))
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who raises it
            exc.add_note("in a judging process:\n" + traceback.format_exc())
            return done, exc
    return done, None


def _take(it: Iterator[J]) -> tuple[list[J], BaseException | None]:
    """The next chunk of jobs, and the reader's failure if it failed while reading it (the jobs
    read before the failure are kept)."""
    chunk: list[J] = []
    try:
        for job in itertools.islice(it, CHUNK):
            chunk.append(job)
    except Exception as exc:  # noqa: BLE001 - raised by `judged` after the jobs before it
        return chunk, exc
    return chunk, None


def judged(
    differ: Differ, jobs: Iterable[J], work: Callable[[Differ, J], R], workers: int = 1
) -> Iterator[R]:
    """`work(differ, job)` for every job, in order. `workers`: how many processes judge (0: one
    per usable CPU; 1: this process alone). `work` must be a module-level function."""
    global _WORK
    wanted = workers if workers > 0 else usable_cpus()
    it = iter(jobs)
    first = 0
    for job in itertools.islice(it, CHUNK):
        yield work(differ, job)
        first += 1
    if first < CHUNK or wanted < 2 or not _can_fork():
        for job in it:
            yield work(differ, job)
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()  # nothing half-written for a child to inherit
    _WORK = (differ, work)
    pool = ProcessPoolExecutor(
        max_workers=wanted,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_worker_started,
    )
    pending: deque[tuple[list[Any], Future[tuple[list[Any], BaseException | None]]]] = deque()
    unread: BaseException | None = None  # the reader's failure, raised once all before it
    try:
        while True:
            while unread is None and len(pending) < wanted * (1 + AHEAD):
                chunk, unread = _take(it)
                if not chunk:
                    break
                try:
                    future = pool.submit(_judge_chunk, chunk)
                except BrokenExecutor as exc:
                    # A worker died before this chunk could be handed out: it is judged
                    # here, in its turn, as the chunks handed out before it are.
                    future = Future()
                    future.set_exception(exc)
                pending.append((chunk, future))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                done, failure = future.result()
            except BrokenExecutor as exc:
                # A worker died (killed, out of memory): this chunk and every one after it
                # are judged here instead, so nothing read is lost.
                _log.warning("a judging process stopped (%s); judging the rest in this one", exc)
                for job in chunk:
                    yield work(differ, job)
                for chunk, _ in pending:
                    for job in chunk:
                        yield work(differ, job)
                pending.clear()
                if unread is None:
                    for job in it:
                        yield work(differ, job)
                break
            yield from done
            if failure is not None:
                raise failure
    finally:
        _WORK = None
        pool.shutdown(wait=True, cancel_futures=True)
    if unread is not None:
        raise unread
