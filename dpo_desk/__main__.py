"""`python -m dpo_desk` runs the same entry point as the `dpo-desk` command."""

import sys

from dpo_desk.cli import main

sys.exit(main())
