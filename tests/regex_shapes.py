"""A small structural linter for regex patterns: finds shapes that backtrack catastrophically.

Flags, for a pattern string:
- nested unbounded quantifiers: an unbounded quantifier (`*`, `+`, `{n,}`) applied to a group
  that itself contains an unbounded quantifier, e.g. `(?:\\w+\\s)*`;
- alternations under an unbounded quantifier whose branches can start with the same literal,
  e.g. `(?:ab|ac)+`.
Possessive quantifiers (`*+`, `++`) and atomic groups (`(?>...)`) are safe and not flagged.
It also counts unbounded quantifiers, so tests can require bounds on broad classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _Frame:
    atomic: bool = False
    has_unbounded: bool = False
    branches_first: list[str] = field(default_factory=list)
    current_first: str | None = None


@dataclass
class Shape:
    nested_unbounded: list[int] = field(default_factory=list)
    ambiguous_alternation: list[int] = field(default_factory=list)
    unbounded: int = 0


def _skip_class(p: str, i: int) -> int:
    """Index just past the character class starting at p[i] == '['."""
    depth = 0
    j = i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
            if j + 1 < len(p) and p[j + 1] == "]" and depth == 1:
                j += 1
            elif j + 1 < len(p) and p[j + 1] == "^" and j + 2 < len(p) and p[j + 2] == "]":
                j += 2
        elif c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def _skip_escape(p: str, i: int) -> int:
    if i + 1 < len(p) and p[i + 1] in "pPNXx" and i + 2 < len(p) and p[i + 2] == "{":
        close = p.find("}", i + 2)
        return close + 1 if close > 0 else len(p)
    return i + 2


def _quantifier(p: str, i: int) -> tuple[int, bool, bool]:
    """(end index, unbounded, possessive) of a quantifier at p[i], or (i, False, False) if none."""
    if i >= len(p):
        return i, False, False
    c = p[i]
    unbounded = False
    if c in "*+":
        unbounded, j = True, i + 1
    elif c == "?":
        j = i + 1
    elif c == "{":
        close = p.find("}", i)
        body = p[i + 1 : close] if close > 0 else ""
        if close < 0 or not body or not all(ch.isdigit() or ch == "," for ch in body):
            return i, False, False
        unbounded = body.endswith(",")
        j = close + 1
    else:
        return i, False, False
    possessive = j < len(p) and p[j] == "+"
    if j < len(p) and p[j] in "?+":
        j += 1
    return j, unbounded, possessive


def analyze(p: str) -> Shape:
    shape = Shape()
    stack = [_Frame()]
    i = 0
    while i < len(p):
        c = p[i]
        atom_unbounded_inside = False
        atom_first: str | None = None
        atomic = False
        if c == "\\":
            j = _skip_escape(p, i)
            atom_first = p[i:j]
        elif c == "[":
            j = _skip_class(p, i)
            atom_first = p[i:j]
        elif c == "(":
            atomic = p.startswith("(?>", i)
            if p.startswith("(?#", i):
                i = p.find(")", i) + 1 or len(p)
                continue
            stack.append(_Frame(atomic=atomic))
            j = i + 1
            if p.startswith("(?", i):
                k = i + 2
                while k < len(p) and p[k] not in ":)=!>" and not (p[k] == "<" and k + 1 < len(p) and p[k + 1] not in "=!"):
                    k += 1
                if k < len(p) and p[k] == "<" :
                    k = p.find(">", k)
                j = k + 1 if k < len(p) and p[k] != ")" else k
            i = j
            continue
        elif c == "|":
            top = stack[-1]
            top.branches_first.append(top.current_first or "")
            top.current_first = None
            i += 1
            continue
        elif c == ")":
            frame = stack.pop() if len(stack) > 1 else _Frame()
            frame.branches_first.append(frame.current_first or "")
            j = i + 1
            atom_unbounded_inside = frame.has_unbounded and not frame.atomic
            q_end, unbounded, possessive = _quantifier(p, j)
            if unbounded:
                shape.unbounded += 1
                if atom_unbounded_inside and not possessive:
                    shape.nested_unbounded.append(i)
                firsts = [f for f in frame.branches_first if f and not f.startswith(("[", "\\"))]
                if len(firsts) != len(set(firsts)) and not possessive:
                    shape.ambiguous_alternation.append(i)
            parent = stack[-1]
            parent.has_unbounded = parent.has_unbounded or frame.has_unbounded or unbounded
            if parent.current_first is None:
                parent.current_first = frame.branches_first[0][:1] if frame.branches_first else ""
            i = q_end
            continue
        elif c in "^$.":
            j = i + 1
            atom_first = c
        else:
            j = i + 1
            atom_first = c
        q_end, unbounded, possessive = _quantifier(p, j)
        top = stack[-1]
        if top.current_first is None:
            top.current_first = (atom_first or "")[:1] if atom_first and not atom_first.startswith(("[", "\\")) else (atom_first or "")
        if unbounded:
            shape.unbounded += 1
            top.has_unbounded = True
        i = q_end
    return shape
