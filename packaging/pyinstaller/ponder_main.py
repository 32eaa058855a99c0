"""The bundle's entry point: the `ponder` command, as the wheel's script starts it."""

import sys

from ponder.cli import main

sys.exit(main())
