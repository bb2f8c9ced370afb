"""``python -m frontwatch``: the same as the ``frontwatch`` command."""

from frontwatch.cli import main

if __name__ == "__main__":
    main()
