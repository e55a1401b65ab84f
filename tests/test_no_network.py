"""moodlog opens no network connection, ever: the main flows run with sockets forbidden."""

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.app import run_window
from tests.conftest import Result


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    attempts: list[tuple] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = socket.AF_INET, *args: object, **kw: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append((family, args))
                raise OSError("network access is forbidden in moodlog's tests")
            super().__init__(family, *args, **kw)

    def refuse(*args: object, **kw: object) -> None:
        attempts.append(("create_connection", args))
        raise OSError("network access is forbidden in moodlog's tests")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_main_flows_never_touch_the_network(no_network: list[tuple],
                                            run: Callable[..., Result], tmp_path: Path,
                                            data_dir: Path, qapp: object) -> None:
    assert run("demo", "--days", "90").code == 0
    assert run("checkin", "--mood", "4", "--symptom", "sadness=1").code == 0
    assert run("treatment", "add", "--kind", "tms", "--at", "2026-01-01 09:00").code == 0
    assert run("export", "json", str(tmp_path / "a.json")).code == 0
    assert run("export", "csv", str(tmp_path / "a.csv")).code == 0
    assert run("export", "pdf", str(tmp_path / "a.pdf")).code == 0
    assert run("import", str(tmp_path / "a.json"), data=tmp_path / "other").code == 0
    assert run_window(str(data_dir), smoke_test=True) == 0
    assert no_network == []
