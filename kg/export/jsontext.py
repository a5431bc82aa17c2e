"""JSON text in pieces: a value in, the exact text of ``json.dumps`` out, a piece at a time.

The outputs of a large build hold hundreds of megabytes of JSON. ``json.dumps`` with
``indent`` runs in pure Python and keeps every small piece of the text in a list before
joining them (several times the size of the text), and the one-line form the pages use is
one string. :func:`indented_pieces` gives the text of ``json.dumps(value,
ensure_ascii=False, indent=1) + "\\n"`` in pieces of about ``PIECE_CHARS`` characters: a
container that holds no container goes through the C encoder, with the line break and
indentation of its depth as the item separator (a JSON string escapes line breaks, so
those of the separator are the only ones); the containers above walk in Python.
:func:`compact_pieces` gives ``json.dumps(value, ensure_ascii=False, sort_keys=True)``
in pieces, each item of the outer two levels through the C encoder.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from json.encoder import encode_basestring

PIECE_CHARS = 1 << 20  # about the size of each piece given out
STREAM_DEPTH = 2  # containers above this depth give out pieces as they go; deeper ones are built whole
_CONTAINERS = (dict, list, tuple)


def _not_serialisable(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@cache
def _encoder(item_separator: str, sort_keys: bool = False):
    """``json.dumps`` of one value with this item separator (and ``": "``), through the C encoder."""
    make = json.encoder.c_make_encoder
    if make is None:  # a Python without the C accelerator: the standard encoder gives the same text
        return json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": "), sort_keys=sort_keys).encode
    encode = make(None, _not_serialisable, encode_basestring, None, ": ", item_separator, sort_keys, False, True)
    return lambda value: "".join(encode(value, 0))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _scalar_text(value) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    return _encoder(", ")(value)


def _container_text(value, depth: int) -> str | None:
    """The whole text of a scalar, an empty container or a container of scalars at
    ``depth`` (``indent=1``); None for a container that holds anything else."""
    is_dict = isinstance(value, dict)
    if not (is_dict or isinstance(value, _CONTAINERS)):
        return _scalar_text(value)
    if not value:
        return "{}" if is_dict else "[]"
    if is_dict and not all(type(key) is str for key in value):  # numbers or None as keys: as json writes them
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)
    if set(map(type, value.values() if is_dict else value)) <= _SCALARS:
        inner = "\n" + " " * (depth + 1)
        text = _encoder("," + inner)(value)[1:-1]
        return "{" + inner + text + inner[:-1] + "}" if is_dict else "[" + inner + text + inner[:-1] + "]"
    return None


def _build(value, depth: int, out: list[str]) -> None:
    """Append the text of ``value`` at ``depth`` (``indent=1``) to ``out``."""
    text = _container_text(value, depth)
    if text is not None:
        out.append(text)
        return
    inner = "\n" + " " * (depth + 1)
    if isinstance(value, dict):
        separator = "{" + inner
        for key, item in value.items():
            kind = type(item)
            if kind is str or item is None or kind is int:  # most values: written here, without a call
                out.append(separator + encode_basestring(key) + ": " + _scalar_text(item))
            else:
                out.append(separator + encode_basestring(key) + ": ")
                _build(item, depth + 1, out)
            separator = "," + inner
        out.append(inner[:-1] + "}")
        return
    separator = "[" + inner
    for item in value:
        out.append(separator)
        _build(item, depth + 1, out)
        separator = "," + inner
    out.append(inner[:-1] + "]")


def _stream(value, depth: int, out: list[str]) -> Iterator[None]:
    """:func:`_build`, yielding after each item of the containers above STREAM_DEPTH so that
    the caller can take what ``out`` holds."""
    text = _container_text(value, depth)
    if text is not None:
        out.append(text)
        return
    is_dict = isinstance(value, dict)
    inner = "\n" + " " * (depth + 1)
    separator = ("{" if is_dict else "[") + inner
    for item in value:
        if is_dict:
            out.append(separator + encode_basestring(item) + ": ")
            item = value[item]
        else:
            out.append(separator)
        if depth + 1 < STREAM_DEPTH:
            yield from _stream(item, depth + 1, out)
        else:
            _build(item, depth + 1, out)
        yield
        separator = "," + inner
    out.append(inner[:-1] + ("}" if is_dict else "]"))


def _pieces(steps: Iterator[None], out: list[str], last: str = "") -> Iterator[str]:
    """Join ``out`` into a piece whenever it has grown past PIECE_CHARS at a step."""
    size = 0
    taken = 0
    for _ in steps:
        size += sum(map(len, out[taken:]))
        taken = len(out)
        if size >= PIECE_CHARS:
            yield "".join(out)
            out.clear()
            size = taken = 0
    out.append(last)
    yield "".join(out)


def indented_pieces(value) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, indent=1) + "\\n"``, in pieces.

    >>> data = {"a": [1, {"b": None, "c": ["x", 2.5]}], "d": {}, "e": "\\n", "f": [[]]}
    >>> "".join(indented_pieces(data)) == json.dumps(data, ensure_ascii=False, indent=1) + "\\n"
    True
    """
    out: list[str] = []
    return _pieces(_stream(value, 0, out), out, "\n")


def _compact(value, depth: int, out: list[str]) -> Iterator[None]:
    """Append ``json.dumps(value, ensure_ascii=False, sort_keys=True)`` to ``out``, yielding
    after each item of the containers above STREAM_DEPTH."""
    encode = _encoder(", ", sort_keys=True)
    if depth >= STREAM_DEPTH or not isinstance(value, _CONTAINERS) or not value:
        out.append(encode(value))
        return
    if isinstance(value, dict):
        if not all(type(key) is str for key in value):  # keys json converts before sorting: as json writes them
            out.append(encode(value))
            return
        separator = "{"
        for key in sorted(value):
            out.append(separator + encode_basestring(key) + ": ")
            yield from _compact(value[key], depth + 1, out)
            yield
            separator = ", "
        out.append("}")
        return
    separator = "["
    for item in value:
        out.append(separator)
        yield from _compact(item, depth + 1, out)
        yield
        separator = ", "
    out.append("]")


def compact_pieces(value) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)``, in pieces.

    >>> data = {"b": [{"y": 1, "x": [2]}, "z"], "a": {"k": {}}, "c": []}
    >>> "".join(compact_pieces(data)) == json.dumps(data, ensure_ascii=False, sort_keys=True)
    True
    """
    out: list[str] = []
    return _pieces(_compact(value, 0, out), out)
