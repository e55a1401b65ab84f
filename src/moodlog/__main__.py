"""``python -m moodlog``: the same front door as the ``moodlog`` command."""

import sys

from moodlog.cli import main

sys.exit(main())
