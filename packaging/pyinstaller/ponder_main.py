"""The bundle's entry point: the `ponder` command, as the wheel's script starts it."""

import multiprocessing
import sys

from ponder.cli import main
from ponder.core.chores import FROZEN_FLAG as CHORE_FLAG
from ponder.core.chores import main as chore
from ponder.core.index_writer import FROZEN_FLAG
from ponder.core.index_writer import main as index_writer

multiprocessing.freeze_support()  # the index writer's helper for parallel builds
if len(sys.argv) > 1 and sys.argv[1] == FROZEN_FLAG:  # the library's index writer process
    index_writer(sys.argv[2:])
    sys.exit(0)
if len(sys.argv) > 1 and sys.argv[1] == CHORE_FLAG:  # a whole-vault read for the window
    chore()
    sys.exit(0)
sys.exit(main())
