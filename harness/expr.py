"""Boolean feature expressions, as in lit's REQUIRES/UNSUPPORTED/XFAIL lines.

Grammar:  expr := or ; or := and ('||' and)* ; and := not ('&&' not)* ;
          not := '!' not | atom ; atom := '(' expr ')' | NAME | 'variant.' AXIS ('=='|'!=') STRING
                                        | 'version.' COMPONENT ('=='|'!='|'<'|'<='|'>'|'>=') STRING
A NAME is true when it is among the features; unknown names are false. A version atom compares the
version of a component the cell really uses (features `version.<component>=<version>`, see
components.py) with a dotted version; where the cell does not use the component it is false,
whatever the operator (so `version.mold < '1.11'` needs no `ld-mold &&`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .components import compare, version_tuple

VERSION_OPS = ("==", "!=", "<", "<=", ">", ">=")

_TOKEN = re.compile(r"""\s*(?:(\|\||&&|==|!=|<=|>=|[<>!()])|'([^']*)'|"([^"]*)"|([A-Za-z0-9_.+-]+))""")


class ExprError(ValueError):
    pass


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExprError(f"bad character at {pos} in {text!r}")
        op, s1, s2, name = m.groups()
        if op:
            tokens.append(("op", op))
        elif s1 is not None or s2 is not None:
            tokens.append(("str", s1 if s1 is not None else s2))
        else:
            tokens.append(("name", name))
        pos = m.end()
    return tokens


@dataclass
class _Parser:
    tokens: list[tuple[str, str]]
    features: frozenset[str]
    variant: Mapping[str, str]
    pos: int = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise ExprError("unexpected end of expression")
        self.pos += 1
        return tok

    def parse_or(self) -> bool:
        value = self.parse_and()
        while self.peek() == ("op", "||"):
            self.take()
            rhs = self.parse_and()
            value = value or rhs
        return value

    def parse_and(self) -> bool:
        value = self.parse_not()
        while self.peek() == ("op", "&&"):
            self.take()
            rhs = self.parse_not()
            value = value and rhs
        return value

    def parse_not(self) -> bool:
        if self.peek() == ("op", "!"):
            self.take()
            return not self.parse_not()
        return self.parse_atom()

    def parse_atom(self) -> bool:
        kind, text = self.take()
        if (kind, text) == ("op", "("):
            value = self.parse_or()
            if self.take() != ("op", ")"):
                raise ExprError("expected ')'")
            return value
        if kind != "name":
            raise ExprError(f"unexpected {text!r}")
        if text.startswith("variant."):
            axis = text[len("variant."):]
            if axis not in self.variant:
                raise ExprError(f"unknown variant axis {axis!r}")
            op = self.take()
            if op not in (("op", "=="), ("op", "!=")):
                raise ExprError(f"expected == or != after {text}")
            skind, value = self.take()
            if skind != "str":
                raise ExprError(f"expected a quoted string after {text} {op[1]}")
            return (self.variant[axis] == value) == (op[1] == "==")
        if text.startswith("version."):
            return self.parse_version(text[len("version."):])
        return text in self.features

    def parse_version(self, component: str) -> bool:
        op = self.take()
        if op[0] != "op" or op[1] not in VERSION_OPS:
            raise ExprError(f"expected one of {' '.join(VERSION_OPS)} after version.{component}")
        kind, value = self.take()
        if kind != "str":
            raise ExprError(f"expected a quoted version after version.{component} {op[1]}")
        try:
            version_tuple(value)
        except ValueError as e:
            raise ExprError(str(e)) from None
        prefix = f"version.{component}="
        have = next((f[len(prefix):] for f in self.features if f.startswith(prefix)), None)
        return have is not None and compare(have, op[1], value)


def evaluate(text: str, features: frozenset[str] | set[str], variant: Mapping[str, str] | None = None) -> bool:
    """Evaluate `text`; raise ExprError when it is malformed."""
    parser = _Parser(_tokenize(text), frozenset(features), variant or {})
    value = parser.parse_or()
    if parser.peek() is not None:
        raise ExprError(f"unexpected {parser.peek()[1]!r} after a complete expression")
    return value


def check_syntax(text: str, axes: Mapping[str, list[str]]) -> None:
    """Raise ExprError for a malformed expression or an unknown variant axis or value."""
    tokens = _tokenize(text)
    for i, (kind, name) in enumerate(tokens):
        if kind == "name" and name.startswith("variant."):
            axis = name[len("variant."):]
            if axis not in axes:
                raise ExprError(f"unknown variant axis {axis!r}")
            if i + 2 < len(tokens) and tokens[i + 2][0] == "str" and tokens[i + 2][1] not in axes[axis]:
                raise ExprError(f"variant.{axis} has no value {tokens[i + 2][1]!r}")
    first = {axis: values[0] for axis, values in axes.items() if values}
    evaluate(text, frozenset(), first)
