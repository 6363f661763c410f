"""Finding mediation cases: filters, name/ID/phone/number tokens and free text; newest first
(received_on, seq descending), one page at a time.

How a search runs. Each condition that can lead is a *path*: ordered paths yield cases newest
first — a token's range of ``ix_mediation_search_token``, one value's range of a ``mediation_case``
index (status, category, mediator, one grid), the (date) range of ``ix_mediation_case_received`` —
and unordered ones yield a set: a free-text term (FTS5 matches and name bigrams), a community's
grids. Each path is sized by a count that stops at ESTIMATE_CAP. The page is read from the smallest
ordered path, every other condition checked per candidate; an unordered set of at most SORT_LIMIT
cases is read whole and sorted instead. The total is a plain count when one path carries every
condition; otherwise the first COUNT_BUDGET candidates of the smallest path are checked, and when
there are more the total is a floor (``exact`` False, shown as "2,400+").

A *broad* text term (ESTIMATE_CAP matches or more, e.g. a community's name, on half the cases) is never
read whole: that costs about 0.15 µs a match (80 ms at 500,000). If the term has no letter case (CJK,
digits), a trigram phrase match is exactly a substring test, so each candidate is checked on its own
``mediation_text`` row: a rowid lookup and ``instr``, about 1 µs (an FTS5 rowid-constrained MATCH costs
about 150 µs). The page walks the ordered path newest first, checking at most WALK_LIMIT candidates (a
page not filled by then, e.g. deep or sparse, reads the match set as before); the count walks at most
WALK_LIMIT candidates of the smallest other path, and the term alone is counted as the floor
ESTIMATE_CAP. A term with letters (case-folded by FTS5) keeps the match set.

Checks avoid reading rows: (received_on, seq) identifies a case (seq is unique per year, the year is
received_on's and neither changes), and the token index and the case indexes all end in it, so a
token or a category is checked with one covering index lookup. ``mediation_text`` rows share their
case's rowid (registration, the demo generator, and migration 0005, whose backfill followed the
rebuilt ``mediation_case`` in rowid order): a free-text check is a rowid set test, or, for a handful
of candidates, an FTS5 rowid lookup. Whoever rewrites a text row must keep its rowid.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text

from desk.db import Database
from desk.models.accounts import Role, User, UserRole
from desk.models.center import DictionaryEntry, GridNode
from desk.services.mediation_search import ParsedQuery, TextTerm, parse_query
from desk.services.permissions import Actor, Perm
from desk.validation import mask_name

ESTIMATE_CAP = 20_000  # sizing one path costs at most this many index steps
COUNT_BUDGET = ESTIMATE_CAP  # a count checking candidates one by one checks at most this many: exact when
# the smallest path is smaller, a floor otherwise
SORT_LIMIT = 5_000  # an unordered set this small is read whole and sorted
PROBE_RATIO = 1_000  # free text is looked up per candidate when candidates are this much fewer than matches
WALK_LIMIT = 10_000  # a page or count checking a broad text term per candidate walks at most this many (a page
# not filled by then reads the term's whole match set)

ORDER_CASE = "c.received_on DESC, c.seq DESC"
ORDER_TOKEN = "d.received_on DESC, d.seq DESC"
JOIN_CASE = (" CROSS JOIN mediation_case c INDEXED BY ix_mediation_case_received"
             " ON c.received_on = d.received_on AND c.seq = d.seq")
CASE_INDEXES = {"status": "ix_mediation_case_status", "category_code": "ix_mediation_case_category",
                "mediator_id": "ix_mediation_case_mediator", "grid_id": "ix_mediation_case_grid",
                "source": "ix_mediation_case_source", "outcome": "ix_mediation_case_outcome"}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list narrows by; None (or "") leaves a field out."""

    status: str | None = None
    category: str | None = None  # dispute_category dictionary code
    source: str | None = None
    mediator_id: int | None = None
    received_from: date | None = None  # inclusive
    received_to: date | None = None  # inclusive
    grid_id: int | None = None  # the node or any node below it
    outcome: str | None = None  # written / oral / terminated; "" = still open (no outcome); None = any


@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str
    received_on: date
    category: str
    parties: str  # masked names
    status: str
    mass_dispute: bool
    escalation_risk: bool


@dataclass(frozen=True)
class CaseResults:
    """``total, rows = search(...)``; ``exact`` is False when ``total`` is a floor (see COUNT_BUDGET)."""

    total: int
    rows: list[CaseRow]
    exact: bool = True

    def __iter__(self):
        return iter((self.total, self.rows))

    def __getitem__(self, i: int):
        return (self.total, self.rows)[i]

    def __len__(self) -> int:
        return 2


@dataclass(frozen=True)
class Mediator:
    id: int
    name: str
    active: bool


class _Sql:
    """Bound parameters with generated names."""

    def __init__(self) -> None:
        self.params: dict[str, object] = {}

    def bind(self, value: object) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"


@dataclass
class _Path:
    """Candidates: FROM ``source`` WHERE ``where``. A token path reads the token index as ``d`` (the
    case ``c`` is joined when a check needs it); the others read ``c``."""

    key: str
    source: str
    where: list[str]
    token: bool = False
    ordered: bool = True
    dated: bool = True  # the date range is part of ``where``
    estimate: int = 0
    exact: bool = False  # ``estimate`` is the exact size (below ESTIMATE_CAP)
    count_all: str = ""  # counts this path alone, when not SELECT count(*) over source and where
    broad: bool = False  # a text term's matches, at least ESTIMATE_CAP: never read whole, counted as a floor

    @property
    def keys(self) -> tuple[str, str]:
        return ("d.received_on", "d.seq") if self.token else ("c.received_on", "c.seq")

    @property
    def order(self) -> str:
        return ORDER_TOKEN if self.token else ORDER_CASE

    @property
    def case_id(self) -> str:
        return "d.case_id" if self.token else "c.id"

    def body(self) -> str:
        return self.source + (" WHERE " + " AND ".join(self.where) if self.where else "")


def _token_probe(bound: str, keys: tuple[str, str]) -> str:
    """The case at ``keys`` (received_on, seq) carries the token: one covering index lookup."""
    return (f"EXISTS (SELECT 1 FROM mediation_search x INDEXED BY ix_mediation_search_token WHERE "
            f"x.token = {bound} AND x.received_on = {keys[0]} AND x.seq = {keys[1]})")


class _Cond:
    """One condition: ``check`` tests a candidate of ``path`` (SQL, and whether it needs ``c``); ``per_row``
    False: a broad text term is tested against its whole match set instead."""

    path: _Path | None = None
    is_date = False
    broad = False

    def check(self, path: _Path, per_row: bool = True) -> tuple[str, bool]:
        raise NotImplementedError


class _TokenCond(_Cond):
    def __init__(self, bound: str, path: _Path) -> None:
        self.bound, self.path = bound, path

    def check(self, path: _Path, per_row: bool = True) -> tuple[str, bool]:
        return _token_probe(self.bound, path.keys), False


class _CaseCond(_Cond):
    """A column of the case: read from the row, or, on a token path, looked up in its index."""

    def __init__(self, column: str, values: list[str], path: _Path | None) -> None:
        self.column, self.values, self.path = column, values, path

    def match(self, alias: str) -> str:
        if len(self.values) == 1:
            return f"{alias}.{self.column} = {self.values[0]}"
        return f"{alias}.{self.column} IN ({', '.join(self.values)})"

    def check(self, path: _Path, per_row: bool = True) -> tuple[str, bool]:
        index = CASE_INDEXES.get(self.column)
        # one covering index lookup; the status index has no seq, and several values are several lookups
        if path.token and index and self.column != "status" and len(self.values) == 1:
            return (f"EXISTS (SELECT 1 FROM mediation_case x INDEXED BY {index} WHERE {self.match('x')} "
                    f"AND x.received_on = {path.keys[0]} AND x.seq = {path.keys[1]})"), False
        return self.match("c"), True


class _DateCond(_Cond):
    is_date = True

    def __init__(self, bounds: list[str]) -> None:
        self.bounds = bounds  # "{col} >= :p0" ...

    def check(self, path: _Path, per_row: bool = True) -> tuple[str, bool]:
        return " AND ".join(b.replace("{col}", path.keys[0]) for b in self.bounds), False


class _TextCond(_Cond):
    """Names (every bigram) or the free text (FTS5 trigram phrase). ``literal`` (the term, bound) is set when
    the term has no letter case: then a trigram phrase match is exactly a substring test, ``instr``."""

    def __init__(self, phrase: str, literal: str | None, fts_count: int, names_lead: str | None,
                 names_rest: list[str]) -> None:
        self.phrase, self.literal, self.fts_count = phrase, literal, fts_count
        self.names_lead, self.names_rest = names_lead, names_rest
        self.fts = f"SELECT rowid AS r FROM mediation_text WHERE mediation_text MATCH {phrase}"
        self.broad = literal is not None and fts_count >= ESTIMATE_CAP

    def names(self, keys: tuple[str, str]) -> str:
        probes = [_token_probe(b, keys) for b in [self.names_lead, *self.names_rest]]
        return " AND ".join(probes)

    def name_rowids(self) -> str:
        """Rowids of the cases whose names carry every bigram."""
        keys = ("n.received_on", "n.seq")
        rest = "".join(f" AND {_token_probe(b, keys)}" for b in self.names_rest)
        return (f"SELECT cn.rowid FROM mediation_search n INDEXED BY ix_mediation_search_token "
                f"CROSS JOIN mediation_case cn INDEXED BY ix_mediation_case_received "
                f"ON cn.received_on = n.received_on AND cn.seq = n.seq WHERE n.token = {self.names_lead}{rest}")

    def matches(self, distinct: bool) -> str:
        """Rowids of the matching cases (``distinct``: each once)."""
        if not self.names_lead:
            return self.fts
        names = self.name_rowids() + (f" AND cn.rowid NOT IN ({self.fts})" if distinct else "")
        return f"{self.fts} UNION ALL {names}"

    def check(self, path: _Path, per_row: bool = True) -> tuple[str, bool]:
        # broad, or a few candidates and many matches: look each candidate up (its text row by rowid, then
        # instr, about 1 µs; else an FTS5 rowid-constrained match, about 150 µs at 1M cases)
        if self.broad and per_row or path.estimate * PROBE_RATIO < self.fts_count:
            test = f"instr(t.body, {self.literal}) > 0" if self.literal else f"t.body MATCH {self.phrase}"
            fts = f"EXISTS (SELECT 1 FROM mediation_text t WHERE t.rowid = c.rowid AND {test})"
            return (f"({fts} OR ({self.names(path.keys)}))" if self.names_lead else fts), True
        return f"+c.rowid IN ({self.matches(False)})", True  # +: a test, not a lookup key


@dataclass
class _Plan:
    conds: list[_Cond]
    page: _Path  # the page is read from this path
    count: _Path  # and counted from this one (the smallest)
    sql: _Sql


class CaseQuery:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._plans: OrderedDict[tuple, _Plan] = OrderedDict()  # reused by the pages after the first

    # --- public ----------------------------------------------------------------------------------
    def search(self, actor: Actor, text_: str = "", filters: CaseFilter | None = None, offset: int = 0,
               limit: int = 100, count: bool = True) -> CaseResults:
        """One page of the cases matching every term of ``text_`` and every filter, newest first, and
        their total (``count=False``: no total, for the pages after the first)."""
        actor.require(Perm.MEDIATION_VIEW)
        filters = filters or CaseFilter()
        parsed = parse_query(text_)
        if parsed.unmatched:
            return CaseResults(0, [])
        key = (tuple(parsed.tokens), tuple(parsed.texts), filters)
        with self.db.reader() as s:
            plan = None if count else self._plans.get(key)
            if plan is None:
                plan = self._plan(s, parsed, filters)
                if plan is None:
                    return CaseResults(0, [])
                self._plans[key] = plan
                while len(self._plans) > 16:
                    self._plans.popitem(last=False)
            total, exact = self._count(s, plan) if count else (0, True)
            if count and exact and total <= offset:
                return CaseResults(total, [])
            rows = self._rows(s, self._page(s, plan, offset, limit))
        if not exact and rows:  # a floor: at least what this page shows
            total = max(total, offset + len(rows))
        return CaseResults(total, rows, exact)

    def mediators(self, actor: Actor) -> list[Mediator]:
        """The people who mediate (the filter's choices), active ones first."""
        actor.require(Perm.MEDIATION_VIEW)
        with self.db.reader() as s:
            users = s.execute(select(User.id, User.full_name, User.active).join(UserRole).where(
                UserRole.role == Role.MEDIATOR.value).order_by(User.active.desc(), User.full_name)).all()
        return [Mediator(u.id, u.full_name, u.active) for u in users]

    # --- planning --------------------------------------------------------------------------------
    def _plan(self, s, parsed: ParsedQuery, f: CaseFilter) -> _Plan | None:
        sql = _Sql()
        dates = []
        if f.received_from:
            dates.append("{col} >= " + sql.bind(f.received_from.isoformat()))
        if f.received_to:
            dates.append("{col} <= " + sql.bind(f.received_to.isoformat()))
        conds: list[_Cond] = []
        for token in parsed.tokens:
            bound = sql.bind(token)
            conds.append(_TokenCond(bound, self._sized(s, sql, _Path(
                token, "mediation_search d INDEXED BY ix_mediation_search_token",
                [f"d.token = {bound}"] + [d.replace("{col}", "d.received_on") for d in dates], token=True))))
        for term in parsed.texts:
            conds.append(self._text_cond(s, sql, term))
        for column, value in (("status", f.status), ("category_code", f.category), ("mediator_id", f.mediator_id),
                              ("source", f.source)):
            if value not in (None, ""):
                conds.append(self._case_cond(s, sql, column, [value], dates))
        if f.outcome is not None:  # "" is a value here: the open cases
            conds.append(self._case_cond(s, sql, "outcome", [f.outcome], dates))
        if f.grid_id is not None:
            grids = self._grid_ids(s, f.grid_id)
            if not grids:
                return None
            conds.append(self._case_cond(s, sql, "grid_id", grids, dates))
        if dates:
            conds.append(_DateCond(dates))
        paths = [c.path for c in conds if c.path is not None]
        if any(p.exact and p.estimate == 0 for p in paths):
            return None
        scan = _Path("received", "mediation_case c INDEXED BY ix_mediation_case_received",
                     [d.replace("{col}", "c.received_on") for d in dates], estimate=1 << 62,
                     count_all="" if dates else "SELECT count(*) FROM mediation_case")
        if dates:
            self._sized(s, sql, scan)
        paths.append(scan)
        ordered = min((p for p in paths if p.ordered), key=lambda p: p.estimate)
        smallest = min(paths, key=lambda p: (p.estimate, p.broad, not p.ordered))
        page = smallest if not smallest.ordered and not smallest.broad and smallest.estimate <= SORT_LIMIT else ordered
        return _Plan(conds, page, smallest, sql)

    def _case_cond(self, s, sql: _Sql, column: str, values: list, dates: list[str]) -> _CaseCond:
        cond = _CaseCond(column, [sql.bind(v) for v in values], None)
        cond.path = self._sized(s, sql, _Path(
            column, f"mediation_case c INDEXED BY {CASE_INDEXES[column]}",
            [cond.match("c")] + [d.replace("{col}", "c.received_on") for d in dates], ordered=len(values) == 1))
        return cond

    def _text_cond(self, s, sql: _Sql, term: TextTerm) -> _TextCond:
        phrase = sql.bind(term.phrase)
        fts_count = self._scalar(s, sql, f"SELECT count(*) FROM (SELECT 1 FROM mediation_text WHERE mediation_text "
                                         f"MATCH {phrase} LIMIT {ESTIMATE_CAP})")
        lead, rest = None, []
        if term.name_tokens:
            bound = [sql.bind(t) for t in term.name_tokens]
            sizes = [self._scalar(s, sql, "SELECT count(*) FROM (SELECT 1 FROM mediation_search INDEXED BY "
                                          f"ix_mediation_search_token WHERE token = {b} LIMIT {ESTIMATE_CAP})")
                     for b in bound]
            i = min(range(len(bound)), key=sizes.__getitem__)
            if sizes[i]:
                lead, rest = bound[i], bound[:i] + bound[i + 1:]
        uncased = term.term.lower() == term.term.upper() == term.term  # CJK, digits, punctuation
        cond = _TextCond(phrase, sql.bind(term.term) if uncased else None, fts_count, lead, rest)
        size = fts_count
        if lead:  # the names part's own size (a case matching both is counted twice: an estimate)
            size += self._scalar(s, sql, f"SELECT count(*) FROM ({cond.name_rowids()} LIMIT {ESTIMATE_CAP})")
        cond.path = _Path(term.phrase, f"({cond.matches(True)}) m CROSS JOIN mediation_case c ON c.rowid = m.r", [],
                          ordered=False, dated=False, estimate=min(size, ESTIMATE_CAP),
                          exact=size < ESTIMATE_CAP and size == fts_count, broad=cond.broad,
                          count_all=f"SELECT count(*) FROM ({cond.matches(True)})")
        return cond

    def _sized(self, s, sql: _Sql, path: _Path) -> _Path:
        path.estimate = self._scalar(s, sql, f"SELECT count(*) FROM (SELECT 1 FROM {path.body()} LIMIT {ESTIMATE_CAP})")
        path.exact = path.estimate < ESTIMATE_CAP
        return path

    @staticmethod
    def _grid_ids(s, grid_id: int) -> list[int]:
        nodes = s.execute(select(GridNode.id, GridNode.parent_id)).all()
        if grid_id not in {n.id for n in nodes}:
            return []
        children: dict[int | None, list[int]] = {}
        for n in nodes:
            children.setdefault(n.parent_id, []).append(n.id)
        out, todo = [], [grid_id]
        while todo:
            node = todo.pop()
            out.append(node)
            todo += children.get(node, [])
        return sorted(out)

    # --- running ---------------------------------------------------------------------------------
    @staticmethod
    def _parts(plan: _Plan, path: _Path, per_row: bool = True) -> tuple[str, list[str]]:
        """FROM of ``path``'s candidates and the checks of every other condition."""
        checks = [c.check(path, per_row) for c in plan.conds
                  if c.path is not path and not (c.is_date and path.dated)]
        source = path.source + (JOIN_CASE if path.token and any(needs for _, needs in checks) else "")
        return source, [sql for sql, _ in checks]

    def _query(self, plan: _Plan, path: _Path, columns: str, per_row: bool = True) -> str:
        """SELECT ``columns`` of the candidates of ``path`` that pass every other condition."""
        source, checks = self._parts(plan, path, per_row)
        where = path.where + checks
        return f"SELECT {columns} FROM {source}" + (" WHERE " + " AND ".join(where) if where else "")

    def _count(self, s, plan: _Plan) -> tuple[int, bool]:
        path = plan.count
        source, checks = self._parts(plan, path)
        if not checks:  # one index range (or the free-text matches): count them all
            if path.exact or path.broad:  # broad: a floor
                return path.estimate, path.exact
            return self._scalar(s, plan.sql, path.count_all or self._query(plan, path, "count(*)")), True
        # check the first COUNT_BUDGET candidates; a CASE (not WHERE) so that each one counts as walked
        budget = WALK_LIMIT if any(c.broad and c.path is not path for c in plan.conds) else COUNT_BUDGET
        where = " WHERE " + " AND ".join(path.where) if path.where else ""
        walked, found = s.execute(text(
            f"SELECT count(*), coalesce(sum(ok), 0) FROM (SELECT CASE WHEN {' AND '.join(checks)} THEN 1 ELSE 0 END "
            f"AS ok FROM {source}{where} LIMIT {budget})"), plan.sql.params).one()
        return found, walked < budget

    def _page(self, s, plan: _Plan, offset: int, limit: int) -> list[str]:
        path = plan.page
        order, page = f" ORDER BY {path.order}", f" LIMIT {int(limit)} OFFSET {int(offset)}"
        if any(c.broad for c in plan.conds):
            # walk the first WALK_LIMIT candidates, newest first, checking broad terms on each; enough when
            # the page fills or the path ends within them
            source, checks = self._parts(plan, path)
            where = " WHERE " + " AND ".join(path.where) if path.where else ""
            ids = list(s.scalars(text(
                f"SELECT id FROM (SELECT {path.case_id} AS id, CASE WHEN {' AND '.join(checks)} THEN 1 ELSE 0 END "
                f"AS ok FROM {source}{where}{order} LIMIT {WALK_LIMIT}) WHERE ok{page}"), plan.sql.params))
            if len(ids) == limit or path.exact and path.estimate <= WALK_LIMIT:
                return ids
        # every candidate of the path, broad terms tested against their match sets
        sql = self._query(plan, path, path.case_id, per_row=False) + order + page
        return list(s.scalars(text(sql), plan.sql.params))

    @staticmethod
    def _scalar(s, sql: _Sql, query: str) -> int:
        return s.scalar(text(query), sql.params) or 0

    @staticmethod
    def _rows(s, ids: list[str]) -> list[CaseRow]:
        """The list's rows for ``ids``, in that order (one query: the parties' names ride along)."""
        if not ids:
            return []
        marks = ", ".join(f":i{n}" for n in range(len(ids)))
        found = {r[0]: r for r in s.execute(text(
            "SELECT c.id, c.number, c.received_on, c.category_code, c.status, c.mass_dispute, c.escalation_risk, "
            "(SELECT group_concat(p.kind || ':' || p.name, char(31)) FROM (SELECT kind, name FROM mediation_party p "
            "WHERE p.case_id = c.id AND p.role != 'agent' ORDER BY p.position) p) "
            f"FROM mediation_case c WHERE c.id IN ({marks})"), {f"i{n}": i for n, i in enumerate(ids)})}
        labels = dict(s.execute(select(DictionaryEntry.code, DictionaryEntry.label)
                                .where(DictionaryEntry.kind == "dispute_category")).all())
        rows = []
        for i in ids:
            if (r := found.get(i)) is None:
                continue
            names = []
            for party in (r[7] or "").split("\x1f"):
                kind, _, name = party.partition(":")
                # people's names are masked; an organisation's name is not personal data
                names.append(mask_name(name) if kind == "person" else name)
            rows.append(CaseRow(r[0], r[1], date.fromisoformat(r[2]), labels.get(r[3], r[3]), "、".join(names), r[4],
                                bool(r[5]), bool(r[6])))
        return rows


__all__ = ["COUNT_BUDGET", "CaseFilter", "CaseQuery", "CaseResults", "CaseRow", "Mediator"]
