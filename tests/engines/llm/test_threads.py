"""Threads for the in-process model: every physical core when the machine is idle, fewer when it is busy."""

import pytest

from redac.engines.llm.backends import llamacpp


def test_idle_machine_gets_every_physical_core(monkeypatch):
    monkeypatch.setattr(llamacpp.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert llamacpp.free_cores() == llamacpp.physical_cores() >= 1


@pytest.mark.parametrize("load", [8.0, 500.0])
def test_busy_machine_gets_fewer_threads_never_none(monkeypatch, load):
    monkeypatch.setattr(llamacpp.os, "getloadavg", lambda: (load, load, load))
    assert llamacpp.free_cores() == max(1, llamacpp.physical_cores() - round(load))
