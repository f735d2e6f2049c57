"""Which rules of a grammar can begin at a token: the FIRST sets of an Earley parser.

yargy predicts every production of a rule a state waits for, also those whose first rule can
never begin at the next token; their states never scan, and predicting them predicts their
own first rules in turn, a subtree of dead states on every column. Knowing, per rule, the
predicates that can open it (through rules that may match nothing, too) lets the parser
leave those productions out. Computed once per parser; what one parse learns of a token
stays in that parse.
"""
from __future__ import annotations

from yargy.pipelines import PipelineBNFRule
from yargy.rule.bnf import BNFRule, is_rule


class Starts:
    """The predicates and pipelines (gazetteers) that can open each rule reachable from a root."""

    def __init__(self, root: BNFRule) -> None:
        rules = _reachable(root)
        self.nullable = _nullable(rules)
        self.predicates: dict[int, dict[int, object]] = {k: {} for k in rules}
        self.pipelines: dict[int, dict[int, PipelineBNFRule]] = {k: {} for k in rules}
        changed = True
        while changed:
            changed = False
            for k, r in rules.items():
                if isinstance(r, PipelineBNFRule):
                    continue
                preds, pipes = self.predicates[k], self.pipelines[k]
                size = len(preds) + len(pipes)
                for production in r.productions:
                    self._add_firsts(production.terms, preds, pipes)
                changed |= len(preds) + len(pipes) != size

    def _add_firsts(self, terms, preds: dict, pipes: dict) -> None:
        for term in terms:
            if not is_rule(term):
                preds[id(term)] = term
                return
            if isinstance(term, PipelineBNFRule):
                pipes[id(term)] = term
                return
            preds.update(self.predicates.get(id(term), {}))
            pipes.update(self.pipelines.get(id(term), {}))
            if id(term) not in self.nullable:
                return

    def may_begin(self, run, terms, token) -> bool:
        """Can a production of these terms scan ``token`` first (or match nothing)?"""
        for term in terms:
            if not is_rule(term):
                return run.test(term, token)
            if self.rule_begins(run, term, token):
                return True
            if id(term) not in self.nullable:
                return False
        return True

    def rule_begins(self, run, rule, token) -> bool:
        key = (id(rule), id(token))
        hit = run.begins.get(key)
        if hit is None:
            hit = run.begins[key] = self._begins(run, rule, token)
        return hit

    def _begins(self, run, rule, token) -> bool:
        if isinstance(rule, PipelineBNFRule):
            return any(run.test(p.terms[0], token) for p in rule.predict(token))
        if id(rule) not in self.predicates:
            return True  # a rule this parser did not see (never: the walk covers the grammar)
        return (any(run.test(p, token) for p in self.predicates[id(rule)].values())
                or any(self.rule_begins(run, p, token) for p in self.pipelines[id(rule)].values()))


def _reachable(root: BNFRule) -> dict[int, BNFRule]:
    """Every rule of the grammar (a recursive grammar is a graph with cycles: walked once each)."""
    out: dict[int, BNFRule] = {}
    todo = [root]
    while todo:
        r = todo.pop()
        if id(r) in out:
            continue
        out[id(r)] = r
        if not isinstance(r, PipelineBNFRule):
            todo.extend(t for p in r.productions for t in p.terms if is_rule(t))
    return out


def _nullable(rules: dict[int, BNFRule]) -> set[int]:
    """Rules that can match no token (an optional part, a repeatable with no minimum)."""
    out: set[int] = set()
    changed = True
    while changed:
        changed = False
        for k, r in rules.items():
            if k in out or isinstance(r, PipelineBNFRule):
                continue
            if any(all(is_rule(t) and id(t) in out for t in p.terms) for p in r.productions):
                out.add(k)
                changed = True
    return out
