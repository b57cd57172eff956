"""A read-only file whose content is known only as it is read (decrypted chunk by chunk), which can still seek.

Both readers of encrypted files derive from :class:`SeekableReader`: the data key's sealed files
(:class:`app.storage.sealed.OpeningReader`) and age files (:class:`app.sync.age.Reading`); each knows its plain
``size`` from the file's and gives ``readinto`` from ``position`` on. It sits at the top of ``app`` (beside
:mod:`app.atomic`) because the store and the package format, two layers apart, both use it.
"""

from __future__ import annotations

import io


class SeekableReader(io.RawIOBase):
    """Position, ``seek`` and ``tell`` over content of ``size`` bytes; subclasses read from ``_position``."""

    def __init__(self) -> None:
        super().__init__()
        self._position = 0
        self.size = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError(f"negative seek position {base + offset}")
        self._position = base + offset
        return self._position
