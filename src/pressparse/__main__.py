"""`python -m pressparse`: the same command line as the `pressparse` script."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":  # worker processes import this module too: they must not run main()
    raise SystemExit(main())
