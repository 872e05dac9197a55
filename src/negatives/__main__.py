"""``python -m negatives``: the command line (see `negatives.cli`)."""

from negatives.cli import _entry

if __name__ == "__main__":
    _entry()
