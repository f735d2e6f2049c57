"""``python -m shos_speech``: the same command line as ``shos-speech``."""
import sys

from .cli import main

sys.exit(main())
