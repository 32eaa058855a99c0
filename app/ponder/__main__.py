"""`python -m ponder` runs the command line."""

import sys

from ponder.cli import main

sys.exit(main())
