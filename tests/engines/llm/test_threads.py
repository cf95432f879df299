"""Threads for the in-process model: one per physical core, whatever the load average says."""

from redac.engines.llm.backends import llamacpp


def test_one_thread_per_physical_core_at_most_the_logical_count():
    import os

    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert 1 <= llamacpp.physical_cores() <= logical


def test_the_load_average_does_not_lower_the_count(monkeypatch):
    """The 1-minute average counts redac's own previous article: it must not halve the next one's threads."""
    idle = llamacpp.physical_cores()
    monkeypatch.setattr(llamacpp.os, "getloadavg", lambda: (8.0, 8.0, 8.0))
    assert llamacpp.physical_cores() == idle
