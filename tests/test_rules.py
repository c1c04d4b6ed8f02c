"""Every rule in the package: its examples must match and its rejects must not."""

from __future__ import annotations

import pytest

from pressparse.rules import Rule, all_rules

RULES = all_rules()


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_has_examples_and_rejects(rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no examples"
    assert rule.rejects, f"{rule.name} has no rejects"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_examples_match(rule: Rule) -> None:
    for text in rule.examples:
        assert rule.search(text) is not None, f"{rule.name} should match {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_rejects_do_not_match(rule: Rule) -> None:
    for text in rule.rejects:
        m = rule.search(text)
        assert m is None, f"{rule.name} should not match {text!r} (matched {m.group(0)!r})"
