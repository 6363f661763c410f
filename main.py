"""Entry point: ``python main.py`` starts the desk; ``python main.py --help`` lists the commands."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
