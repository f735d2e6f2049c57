"""Compiled lexicons on disk: a fresh process loads what an earlier one built.

Building the bundled lexicons analyses thousands of phrases with pymorphy, which is most of
an Extractor's start beyond natasha's own. The first process that builds one stores it in
the user's cache directory; later processes load it in milliseconds. The key is a digest of
the package's code and data files, so an upgrade or an edited data file builds afresh.

``SHOS_SPEECH_CACHE`` names another directory, or ``off`` (also ``0``, ``no``) turns the cache
off. Nothing here ever fails its caller: an unreadable, corrupt or unwritable cache means
the lexicon is built, as without a cache. Users' own files (``Extractor(registries=...)``)
are never cached: only what the package ships.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parents[1]
_OFF = frozenset({"off", "0", "no"})


def cache_dir() -> Path | None:
    """Where compiled lexicons live, or None when the cache is off."""
    env = os.environ.get("SHOS_SPEECH_CACHE")
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "shos_speech"


@cache
def package_digest() -> str:
    """A digest of every code and data file of the package: any change gives a new key."""
    h = hashlib.sha1()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
            h.update(str(path.relative_to(PACKAGE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:20]


def compiled(name: str, build: Callable[[], T]) -> T:
    """``build()``, or what an earlier process stored of it under ``name`` for this package."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{package_digest()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001  (absent, corrupt or from another Python: build it)
        pass
    value = build()
    _store(folder, path, name, value)
    return value


def _store(folder: Path, path: Path, name: str, value: object) -> None:
    """Write atomically (two processes may start at once); drop this name's stale versions."""
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001  (a read-only home, a full disk: the built value serves)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
