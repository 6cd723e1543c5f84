"""Shared by the tracking tests."""

from __future__ import annotations

import socket

# A user's input file whose name is itself an identifier: it must never reach the MLflow store.
PLANTED_FILE = "Zebulon_Quistgaard_sessions.csv"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
