"""The check before a session's first open of a journal: what a crash or a damaged disk left.

It runs under the journal lock and before any connection, because opening a journal read-write
changes the evidence: SQLite replays its ``-wal`` up to the first bad frame, drops the rest and
deletes the file. It notices

- a journal that is missing or empty (0 bytes) while the backups folder holds backups;
- a ``-wal`` with committed transactions after a damaged frame (SQLite would drop them): the
  journal and its ``-wal`` are copied to the backups folder (reason ``damaged``) first;
- an encryption change that was interrupted (some backups may still be in plaintext);

and removes temporary files a killed moodlog left behind.
"""

from __future__ import annotations

import struct
from pathlib import Path

from moodlog import atomic
from moodlog.store import sqlite
from moodlog.store.backup import BackupInfo, copy_aside, list_backups

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from moodlog.named_tuple import NamedTuple

_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_WAL_HEADER = 32
_FRAME_HEADER = 24


# NamedTuples rather than dataclasses: every command runs this check, and importing
# dataclasses costs more than the rest of a fast command (see store/direct.py).
class WalReport(NamedTuple):
    """What a ``-wal`` holds: commits SQLite will replay, and committed ones after damage."""

    replayable: int
    lost: int


class Findings(NamedTuple):
    missing_journal: BackupInfo | None = None  # the newest backup, when the journal is gone
    damaged_wal: WalReport | None = None
    evidence: Path | None = None  # where the journal and its -wal were copied
    interrupted_encryption: bool = False

    @property
    def clean(self) -> bool:
        return (self.missing_journal is None and self.damaged_wal is None
                and not self.interrupted_encryption)


def _checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(wal: Path) -> WalReport | None:
    """Walk the frames of ``wal`` as SQLite's recovery does (salts and running checksums).

    Returns None for a missing, empty or unrecognised file. ``lost`` counts commit frames of
    the same generation (same salts) found after the first invalid frame: SQLite will drop them.
    A torn last transaction (a kill while writing) has none after it, so it is not counted.
    """
    try:
        data = wal.read_bytes()
    except OSError:
        return None
    if len(data) < _WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I",
                                                                           data[:_WAL_HEADER])
    order = _WAL_MAGIC.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1):
        return None
    s0, s1 = _checksum(data[:24], 0, 0, order)
    if (s0, s1) != (c1, c2):
        return WalReport(0, 0)  # SQLite ignores the whole log; nothing can be told about it
    frame = _FRAME_HEADER + page_size
    replayable = lost = 0
    broken = False
    offset = _WAL_HEADER
    while offset + frame <= len(data):
        head = data[offset:offset + _FRAME_HEADER]
        _page, commit, f1, f2, k1, k2 = struct.unpack(">6I", head)
        same_generation = (f1, f2) == (salt1, salt2)
        if not broken:
            t0, t1 = _checksum(head[:8], s0, s1, order)
            t0, t1 = _checksum(data[offset + _FRAME_HEADER:offset + frame], t0, t1, order)
            if same_generation and (t0, t1) == (k1, k2):
                s0, s1 = t0, t1
                replayable += bool(commit)
            else:
                broken = True
        elif same_generation and commit:
            lost += 1
        offset += frame
    return WalReport(replayable, lost)


def keep_evidence(journal: Path, backup_dir: Path) -> Path:
    """Copy the journal and its ``-wal`` into ``backup_dir`` as a ``damaged`` backup (once:
    a copy already kept of the same files is returned instead)."""
    wal = journal.with_name(journal.name + "-wal")
    for info in list_backups(backup_dir, journal.stem):
        kept_wal = info.path.with_name(info.path.name + "-wal")
        if (info.reason == "damaged" and kept_wal.exists()
                and kept_wal.read_bytes() == wal.read_bytes()
                and info.path.read_bytes() == journal.read_bytes()):
            return info.path
    return copy_aside(journal, backup_dir, "damaged")


def _newest_backup(backup_dir: Path, stem: str) -> BackupInfo | None:
    for info in list_backups(backup_dir, stem):
        if info.reason != "damaged" and info.size:
            return info
    return None


def check(journal: Path, backup_dir: Path) -> Findings:
    """Look at the journal's files before anything opens them (the caller holds the lock)."""
    atomic.remove_leftovers(journal.parent)
    atomic.remove_leftovers(backup_dir)
    for stale in journal.parent.glob(f".{journal.name}*.converting"):  # older moodlogs
        stale.unlink(missing_ok=True)
    marker = sqlite.pending_marker(journal)
    interrupted = marker.exists()
    if interrupted and journal.is_file() and not sqlite.is_encrypted(journal) and (
            marker.read_text(encoding="utf-8", errors="replace").strip() == "encrypt"):
        # Killed before the journal was encrypted, so no backup was either: nothing to finish.
        marker.unlink(missing_ok=True)
        interrupted = False
    if not journal.exists() or (journal.is_file() and journal.stat().st_size == 0):
        newest = _newest_backup(backup_dir, journal.stem)
        return Findings(missing_journal=newest, interrupted_encryption=interrupted)
    report = read_wal(journal.with_name(journal.name + "-wal"))
    if report is not None and report.lost:
        return Findings(damaged_wal=report, evidence=keep_evidence(journal, backup_dir),
                        interrupted_encryption=interrupted)
    return Findings(interrupted_encryption=interrupted)


def describe(findings: Findings, journal: Path, backup_dir: Path) -> list[str]:
    """The findings in plain words, one message each (the CLI prints them, the window shows
    them)."""
    said = []
    if findings.missing_journal is not None:
        b = findings.missing_journal
        what = "is missing" if not journal.exists() else "is empty"
        said.append(f"the journal {journal} {what}, but {backup_dir} holds backups (the newest "
                    f"from {b.created:%Y-%m-%d %H:%M}): 'moodlog restore --latest' brings it "
                    "back. To start a new, empty journal instead, move the backups folder "
                    "elsewhere first")
    if findings.damaged_wal is not None:
        said.append(f"the journal's write-ahead log ({journal.name}-wal) is damaged: "
                    f"{findings.damaged_wal.lost} saved changes after the damage cannot be "
                    f"read back. The journal and its log were copied to {findings.evidence}; "
                    "if something is missing, 'moodlog restore --latest' restores the newest "
                    "good backup")
    if findings.interrupted_encryption:
        said.append("removing the encryption of this journal was interrupted, so some backups "
                    "are still encrypted: run 'moodlog decrypt --passphrase-file FILE' again "
                    "(with the passphrase it had) to finish it")
    return said
