"""redac's cache folder: derived data kept across processes, deleting it costs one slow start and nothing else.

- The lemma trie (french/lemmas.py).
- The compiled regular expressions. Compiling the patterns redac's modules build at import (word lists turned into
  alternations, the date, number and clause patterns) is a fifth of a fresh `redac rewrite`: `re` parses and compiles
  each in Python, in every process. The programs of a process's patterns are saved at its exit when one of redac's
  module-level patterns was compiled there (the first run, or a command that loads other modules), and handed to
  `re`'s own cache by the next process before its modules ask for them: their `re.compile` finds them there. The
  programs are CPython's own (`re._parser` and `re._compiler` make them, `_sre` builds the pattern), saved only when
  the rebuilt pattern equals the compiled one (same program), and read only by the Python and regex engine versions
  that wrote them. Any failure means patterns compiled as usual.
- Code written at run time. Each `@dataclass` builds its `__init__`, `__repr__`, `__eq__`… as source text and
  compiles it (65 classes, a tenth of a fresh `redac rewrite`'s instructions), and the line model its trees' function. The code
  objects are saved by source text (`compiled`), and `dataclasses` is handed an `exec` that takes a saved one instead
  of compiling the same text again: the same text, compiled the same way (no inherited flags, `<string>`), makes the
  same functions. Read only by the Python that wrote them (its bytecode magic number); saved at exit when a text was
  compiled here.
- Data files parsed in every process (the noise rules' TOML): the parsed value, with the text it came from
  (`parsed`); another text is parsed anew.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import marshal
import os
import re
import sys
import tempfile
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """`REDAC_CACHE_DIR`, else `$XDG_CACHE_HOME/redac`, else `~/.cache/redac`."""
    if configured := os.environ.get("REDAC_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "redac"


MAX_PRIMED = 450  # re keeps 512 patterns: room is left for the ones compiled at run time
_loaded: set[tuple[str, int]] = set()
_primed: dict[int, re.Pattern] = {}  # id -> the pattern handed to re (kept alive, so its id stays its own)


def prime_regexes() -> None:
    """Hand the saved programs to `re`'s cache; at exit, save the module-level patterns that were missing."""
    try:
        import _sre

        cache = getattr(re, "_cache")  # noqa: B009  # re's own cache of compiled patterns, keyed (type, pattern, flags)
        for (pattern, flags), program in list(_read().items())[:MAX_PRIMED]:
            if program is not None:  # None: a pattern whose program could not be rebuilt, compiled as usual
                compiled = cache[str, pattern, flags] = _sre.compile(pattern, *program)
                _primed[id(compiled)] = compiled
            _loaded.add((pattern, flags))
    except Exception:  # a damaged file, another Python: compile as usual
        _loaded.clear()
        _primed.clear()
    atexit.register(_save)


def _path() -> Path:
    import _sre

    return cache_dir() / "regex" / f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}.marshal"


def _read() -> dict:
    path = _path()
    return marshal.loads(path.read_bytes()) if path.is_file() else {}


def _save() -> None:
    """Save the programs of this process's patterns when one of redac's module-level patterns was compiled here:
    redac's first, then those saved before, then the others `re` still holds (compiled at run time, other packages')."""
    modules = [module for name, module in list(sys.modules.items()) if name.startswith("redac.") and module is not None]
    compiled_here = [value for module in modules for value in _patterns_of(module) if id(value) not in _primed]
    ours = {(value.pattern, _argument_flags(value)): value for value in compiled_here}
    if all(key in _loaded for key in ours):
        return  # every one came from the file, or is known not to (most processes): nothing more is parsed at exit
    try:
        saved = _read()
    except Exception:  # a damaged file: written anew
        saved = {}
    try:
        programs = {key: saved[key] if key in saved else _program(*key, value) for key, value in ours.items()}
        programs.update((key, program) for key, program in saved.items() if key not in programs)
        held = ((pattern, flags, value) for (kind, pattern, flags), value in list(getattr(re, "_cache").items()) if kind is str)  # noqa: B009
        for pattern, flags, value in held:
            if len(programs) >= MAX_PRIMED:
                break
            if (pattern, flags) not in programs:
                programs[pattern, flags] = _program(pattern, flags, value)
        _write(dict(list(programs.items())[:MAX_PRIMED]))
    except Exception:  # a read-only home, a full disk: the next process compiles as usual
        pass


def _patterns_of(module) -> list[re.Pattern]:
    """A module's compiled str patterns: its globals, and those its global tuples, lists and dicts hold, or the tuples
    these hold (« RULES = [(re.compile(...), "...")] »)."""
    found = []
    for value in list(vars(module).values()):
        for item in value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else (value,):
            found += [part for part in (item if isinstance(item, tuple) else (item,)) if isinstance(part, re.Pattern) and isinstance(part.pattern, str)]
    return found


def _argument_flags(compiled: re.Pattern) -> int:
    """The flags `re.compile` was most likely called with: the pattern's own, less the ones it sets inline and the
    Unicode flag every str pattern gets (a wrong guess only misses: the program is checked against the pattern)."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        inline = _parser.parse(compiled.pattern, 0).state.flags
    except Exception:
        inline = 0
    return int(compiled.flags & ~re.UNICODE & ~inline)


def _program(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What `re._compiler.compile(pattern, flags)` hands `_sre.compile`, if that makes the same program as `compiled`."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes are named ints: plain ones marshal
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return program if _sre.compile(pattern, *program) == compiled else None
    except Exception:
        return None


def _write(saved: Any, path: Path | None = None) -> None:
    path = path or _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = marshal.dumps(saved)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
        handle.write(data)
    os.replace(handle.name, path)  # atomic: a parallel process reads the old file or the whole new one


MAX_CODES = 1000  # source texts kept: redac's make about 320, a program's own dataclasses add theirs
_codes: dict[str, types.CodeType] = {}  # source text -> its compiled code, those read and those compiled here
_compiled_here: set[str] = set()


def prime_code() -> None:
    """Read the saved code objects, and hand `dataclasses` the `exec` that uses them (not when something else
    already replaced its `exec`)."""
    try:
        path = _codes_path()
        if path.is_file():
            _codes.update(marshal.loads(path.read_bytes()))
    except Exception:  # a damaged file: compiled as usual, then saved anew
        _codes.clear()
    atexit.register(_save_codes)
    if "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def compiled(source: str) -> types.CodeType:
    """The code of `source`, compiled as `exec` compiles a string (`<string>`, no inherited flags), once across processes."""
    code = _codes.get(source)
    if code is None:
        code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _compiled_here.add(source)
    return code


def _exec(source, globals=None, locals=None) -> None:  # exec's own parameter names
    """`exec` for the methods `dataclasses` writes."""
    exec(compiled(source) if isinstance(source, str) else source, globals, locals)


def _codes_path() -> Path:
    from importlib.util import MAGIC_NUMBER

    return cache_dir() / "code" / f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{MAGIC_NUMBER.hex()}.marshal"


def _save_codes() -> None:
    if not _compiled_here:
        return  # every text came from the file (most processes): nothing is written
    try:
        fresh = {source: _codes[source] for source in _compiled_here}  # first: the file keeps what is in use
        _write(dict(list({**fresh, **_codes}.items())[:MAX_CODES]), _codes_path())
    except Exception:  # a read-only home, a full disk: the next process compiles as usual
        pass


def parsed(name: str, text: str, parse: Callable[[str], Any]) -> Any:
    """`parse(text)` for a data file every process parses (`name`: which), read back from the cache folder when the
    text is the one parsed there last. Only values `marshal` writes are saved (dicts, lists, strings, numbers)."""
    path = cache_dir() / "parsed" / f"{name}-{sys.implementation.cache_tag}.marshal"
    try:
        saved_text, value = marshal.loads(path.read_bytes())
        if saved_text == text:
            return value
    except Exception:  # none saved, another text, a damaged file: parsed here, saved for the next process
        pass
    value = parse(text)
    with contextlib.suppress(Exception):  # a read-only home, a value marshal cannot write: parsed again next time
        _write((text, value), path)
    return value
