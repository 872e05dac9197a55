r"""Physical lines of an export: any line ending, UTF-8 checked line by line, sizes bounded.

Lines end at ``\r\n``, ``\n`` or a bare ``\r`` (old Excel "CSV (Macintosh)" files), and keep
their ending so that the CSV reader can tell a line break inside a quoted note from the end of
a row. The source is read in chunks; a byte that is not UTF-8 is reported with its line and
column, a line longer than `MAX_LINE` or a file larger than ``max_bytes`` stops the import with
a `ParseError` before it fills memory.
"""

from __future__ import annotations

import codecs
import re
from typing import IO, Any

from ..errors import ParseError

__all__ = ["CHUNK", "MAX_LINE", "Lines"]

#: Longest physical line accepted, in characters: no export has lines anywhere near this long,
#: so a longer one means the file is not an export (and reading it whole would waste memory).
MAX_LINE = 1_000_000

#: Characters (or bytes) read from the source at a time.
CHUNK = 1 << 16

_EOL = re.compile(r"\r\n?|\n")
_UNDECODED = re.compile("[\udc80-\udcff]")


class Lines:
    """Physical lines of a stream, counted, with the size limits enforced.

    Attributes:
        line_no: lines handed out so far (the number of the last one).
        chars: bytes (binary sources) or characters (text sources) read from the source so far.
    """

    def __init__(
        self, handle: IO[Any], name: str, max_bytes: int | None, *, binary: bool | None = None
    ) -> None:
        self._handle = handle
        self._name = name
        self._max = max_bytes
        self._binary = binary
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self._started = False
        self.line_no = 0
        self.chars = 0

    def _fill(self) -> None:
        chunk = self._handle.read(CHUNK)
        if not self._started:
            self._started = True
            if self._binary is None:
                self._binary = isinstance(chunk, (bytes, bytearray))
            if self._binary and chunk[:2] in (b"\xff\xfe", b"\xfe\xff"):
                raise ParseError(
                    f"{self._name}: the file is UTF-16 text (Excel's 'Unicode text'); save or "
                    "export it as UTF-8 (CSV UTF-8)"
                )
        if not chunk:
            self._eof = True
            text = self._decoder.decode(b"", final=True) if self._binary else ""
        else:
            self.chars += len(chunk)
            if self._max is not None and self.chars > self._max:
                raise ParseError(
                    f"{self._name}: larger than max_bytes={self._max:,}; pass a larger max_bytes "
                    "(or None) if this really is one export"
                )
            if self._binary:
                text = self._decoder.decode(bytes(chunk))
            elif isinstance(chunk, str):
                text = chunk
            else:
                raise ParseError(f"{self._name}: the stream gave {type(chunk).__name__}, not text")
        self._buffer = self._buffer[self._pos :] + text
        self._pos = 0

    def __next__(self) -> str:
        while True:
            buffer, pos = self._buffer, self._pos
            match = _EOL.search(buffer, pos)
            if match is not None and (match.end() < len(buffer) or self._eof or buffer[-1] != "\r"):
                end = match.end()
                break
            if match is None and len(buffer) - pos > MAX_LINE:
                self._too_long()
            if self._eof:
                if pos >= len(buffer):
                    raise StopIteration
                end = len(buffer)
                break
            self._fill()
        line = buffer[pos:end]
        self._pos = end
        self.line_no += 1
        if len(line) > MAX_LINE and len(line.rstrip("\r\n")) > MAX_LINE:
            self.line_no -= 1
            self._too_long()
        if self._binary:
            bad = _UNDECODED.search(line)
            if bad is not None:
                byte = ord(bad.group()) - 0xDC00
                raise ParseError(
                    f"{self._name}, line {self.line_no}, column {bad.start() + 1}: not UTF-8 "
                    f"text (byte 0x{byte:02x}); export the file again as UTF-8, or pass an open "
                    "file with its encoding"
                )
        if self.line_no == 1:
            line = line.removeprefix("\ufeff")
        return line

    def _too_long(self) -> None:
        raise ParseError(
            f"{self._name}, line {self.line_no + 1}: longer than {MAX_LINE:,} characters; "
            "this is not an app export"
        )
