"""A loopback TCP relay that cuts every connection after a set number of bytes from the client: a hotspot that drops."""

from __future__ import annotations

import socket
import threading

from tests.intake.servers import free_port


class DroppingRelay:
    """Relays 127.0.0.1:``port`` to ``upstream``; each connection is closed once the client has sent ``limit`` bytes."""

    def __init__(self, upstream_port: int, limit: int):
        self.upstream_port, self.limit, self.drops = upstream_port, limit, 0
        self.port = free_port()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._open = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def close(self) -> None:
        self._open = False
        self._listener.close()

    def _accept(self) -> None:
        while self._open:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, counted: bool) -> None:
        sent = 0
        try:
            while data := source.recv(65536):
                if counted and sent + len(data) > self.limit:
                    target.sendall(data[: self.limit - sent])  # part of a chunk gets through, then the line drops
                    self.drops += 1
                    break
                target.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for end in (source, target):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()
