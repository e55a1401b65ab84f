"""Imports point one way: the core, store and exchange layers never pull in Qt or pyqtgraph."""

import subprocess
import sys

CHECK = """
import sys
import moodlog.core.demo, moodlog.core.safety, moodlog.core.questionnaires
import moodlog.store, moodlog.exchange.json_format, moodlog.exchange.csv_export
import moodlog.exchange.daylio
import moodlog.cli, moodlog.commands.journal, moodlog.commands.exchange, moodlog.paths
import moodlog.commands.insights, moodlog.core.analysis, moodlog.core.relief
import moodlog.commands.report, moodlog.report.content, moodlog.report.text
import moodlog.report.tables
moodlog.cli.build_parser()
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))
print(','.join(bad))
"""


def test_headless_layers_do_not_import_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == ""


def test_core_does_not_import_sqlalchemy() -> None:
    code = ("import sys, moodlog.core.models, moodlog.core.demo, moodlog.core.safety;"
            "print(any(m.startswith('sqlalchemy') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_opening_a_new_or_current_journal_does_not_import_alembic(tmp_path: object) -> None:
    code = f"""
import sys
from pathlib import Path
from moodlog.store import JournalStore
p = Path({str(tmp_path)!r}) / 'j.sqlite'
JournalStore.open(p).close()
before = 'alembic' in sys.modules
for m in [m for m in sys.modules if m.startswith('alembic')]:
    del sys.modules[m]
JournalStore.open(p).close()
print(before, 'alembic' in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "False"]  # Alembic is only for real migrations
