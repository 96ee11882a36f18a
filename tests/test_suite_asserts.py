"""The test suite's own hygiene: every test function checks something (a test without an assert cannot fail)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
_CHECKING_CALLS = ("raises", "warns", "fail", "approx")  # pytest.raises(...) and friends


def _checks(node: ast.AST, helpers: dict[str, ast.FunctionDef], seen: frozenset[str] = frozenset()) -> bool:
    """Whether the code under ``node`` asserts, expects an exception, or calls a module helper that does."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assert):
            return True
        if isinstance(sub, ast.Call):
            name = sub.func.attr if isinstance(sub.func, ast.Attribute) else getattr(sub.func, "id", "")
            if name in _CHECKING_CALLS or name.startswith("assert"):
                return True
            if name in helpers and name not in seen and _checks(helpers[name], helpers, seen | {name}):
                return True
    return False


def assertless_tests(source: str) -> list[str]:
    """Names of the ``test_*`` functions in ``source`` that check nothing."""
    tree = ast.parse(source)
    helpers = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    return [n.name for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and n.name.startswith("test_") and not _checks(n, helpers)]


CASES = [
    ("def test_a():\n    got = 1 + 1\n", ["test_a"]),  # computes and forgets: found
    ("def test_a():\n    assert 1 + 1 == 2\n", []),
    ("import pytest\ndef test_a():\n    with pytest.raises(ValueError):\n        int('x')\n", []),
    ("def _check(x):\n    assert x\ndef test_a():\n    _check(1)\n", []),  # through a helper
    ("def helper():\n    return 1\ndef test_a():\n    helper()\n", ["test_a"]),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_assertless_tests_finder(source, expected):
    assert assertless_tests(source) == expected


@pytest.mark.parametrize("path", sorted(TESTS.glob("test_*.py")), ids=lambda p: p.name)
def test_every_test_checks_something(path):
    assert assertless_tests(path.read_text(encoding="utf-8")) == []
