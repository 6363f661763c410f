"""Finding cases: each filter (status, category, source, mediator, area with its descendants, dates),
free text in addresses and summaries (FTS5), combinations, counts, and the list page that jumps to any
row fetching only that row's page."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desk.services import mediation_query
from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_query import CaseFilter, CaseRow
from desk.services.mediation_search import parse_query


@pytest.fixture
def sunli(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def zhougang(demo):
    return demo.auth.login("zhougang", DEMO_PASSWORD)


@pytest.fixture
def areas(demo):
    """{name: id}: the street, two communities, and a grid in each."""
    tree = demo.grid.tree()
    street = next(g for g in tree if g.level == 1)
    c1, c2 = [g for g in tree if g.level == 2][:2]
    g1a, g1b = [g for g in tree if g.parent_id == c1.id][:2]
    g2a = next(g for g in tree if g.parent_id == c2.id)
    return {"street": street.id, "c1": c1.id, "c2": c2.id, "g1a": g1a.id, "g1b": g1b.id, "g2a": g2a.id}


def register(demo, actor, name: str, received: date, category="02", source="application", grid=None,
             summary="双方因琐事发生争执，多次协商未果。", address="", place="", respondent="李四") -> str:
    return demo.cases.register(actor, IntakeInput(
        source=source, category_code=category, summary=summary, place=place, grid_id=grid, received_on=received,
        parties=[PartyInput(role="applicant", name=name, address=address),
                 PartyInput(role="respondent", name=respondent)])).id


@pytest.fixture
def cases(demo, sunli, zhougang, areas):
    """Five cases, named by letter."""
    ids = {
        "A": register(demo, sunli, "张三明", date(2026, 1, 10), "02", "application", areas["g1a"],
                      address="郑州市金水区金水路88号院2号楼"),
        "B": register(demo, zhougang, "王芳", date(2026, 2, 1), "04", "police", areas["g1b"],
                      summary="邻里之间因漏水问题发生纠纷，双方多次争吵。"),
        "C": register(demo, sunli, "赵六", date(2026, 3, 15), "02", "court", areas["g2a"], place="经八路社区广场"),
        "D": register(demo, zhougang, "钱七", date(2026, 3, 16), "13", "application", None),
        "E": register(demo, sunli, "王小明", date(2025, 12, 31), "02", "police", areas["c1"],
                      summary="楼上漏水问题导致天花板受损。"),
    }
    with demo.db.writer() as s, s.begin():
        s.execute(text("UPDATE mediation_case SET status = 'archived' WHERE id = :id"), {"id": ids["D"]})
    return ids


def found(demo, actor, cases, query="", **filters) -> list[str]:
    """Letters of the matching cases, newest first; the total must agree."""
    total, rows = demo.cases.search(actor, query, CaseFilter(**filters))
    letters = {v: k for k, v in cases.items()}
    out = [letters[r.id] for r in rows]
    assert total == len(out)
    return out


def test_newest_first_without_filters(demo, sunli, cases):
    assert found(demo, sunli, cases) == ["D", "C", "B", "A", "E"]


def test_each_filter_narrows(demo, sunli, zhougang, cases, areas):
    assert set(found(demo, sunli, cases, status="archived")) == {"D"}
    assert set(found(demo, sunli, cases, status="registered")) == {"A", "B", "C", "E"}
    assert set(found(demo, sunli, cases, category="02")) == {"A", "C", "E"}
    assert set(found(demo, sunli, cases, category="16")) == set()
    assert set(found(demo, sunli, cases, source="police")) == {"B", "E"}
    assert set(found(demo, sunli, cases, mediator_id=sunli.user_id)) == {"A", "C", "E"}
    assert set(found(demo, sunli, cases, mediator_id=zhougang.user_id)) == {"B", "D"}


def test_grid_filter_includes_descendants(demo, sunli, cases, areas):
    assert set(found(demo, sunli, cases, grid_id=areas["g1a"])) == {"A"}
    assert set(found(demo, sunli, cases, grid_id=areas["c1"])) == {"A", "B", "E"}  # its grids and itself
    assert set(found(demo, sunli, cases, grid_id=areas["c2"])) == {"C"}
    assert set(found(demo, sunli, cases, grid_id=areas["street"])) == {"A", "B", "C", "E"}  # D has no area
    assert found(demo, sunli, cases, grid_id=99999) == []


def test_date_range_is_inclusive(demo, sunli, cases):
    assert found(demo, sunli, cases, received_from=date(2026, 1, 10), received_to=date(2026, 3, 15)) == ["C", "B", "A"]
    assert found(demo, sunli, cases, received_from=date(2026, 3, 16)) == ["D"]
    assert found(demo, sunli, cases, received_to=date(2025, 12, 31)) == ["E"]
    assert found(demo, sunli, cases, received_from=date(2026, 2, 1), received_to=date(2026, 2, 1)) == ["B"]


def test_filters_combine(demo, sunli, cases, areas):
    assert found(demo, sunli, cases, category="02", source="police") == ["E"]
    assert found(demo, sunli, cases, category="02", grid_id=areas["c1"], received_from=date(2026, 1, 1)) == ["A"]
    assert found(demo, sunli, cases, mediator_id=sunli.user_id, status="registered", source="court") == ["C"]
    assert found(demo, sunli, cases, "王", category="02") == ["E"]
    assert found(demo, sunli, cases, "王", grid_id=areas["c1"], received_from=date(2026, 1, 1)) == ["B"]


def test_free_text_finds_addresses_and_summaries(demo, sunli, cases):
    assert found(demo, sunli, cases, "金水路") == ["A"]  # in the applicant's address
    assert found(demo, sunli, cases, "金水路88号院") == ["A"]
    assert found(demo, sunli, cases, "经八路社区") == ["C"]  # the place
    assert found(demo, sunli, cases, "漏水问题") == ["B", "E"]  # the summary
    assert found(demo, sunli, cases, "漏水问题 王小明") == ["E"]  # with a name
    assert found(demo, sunli, cases, "王 漏水问题") == ["B", "E"]
    assert found(demo, sunli, cases, "漏水问题", category="04") == ["B"]
    assert found(demo, sunli, cases, "张三明") == ["A"]  # a 3-character name still matches the name
    assert found(demo, sunli, cases, "金水") == []  # 2 characters: names only (trigrams cannot match)
    assert found(demo, sunli, cases, '金水"路') == []  # quotes are escaped, not FTS syntax
    assert found(demo, sunli, cases, "88号院") == ["A"]


def test_a_few_candidates_look_the_free_text_up(demo, sunli, cases, monkeypatch):
    """A phone leads (one candidate); the name term is then checked on that case alone, by its bigrams or
    an FTS5 rowid lookup, instead of reading every text match."""
    monkeypatch.setattr(mediation_query, "PROBE_RATIO", 1)
    for i in range(3):
        register(demo, sunli, f"测试{i}", date(2026, 4, 1), summary=f"王小明的邻居第{i}次反映噪音问题。")
    f = demo.cases.register(sunli, IntakeInput(
        category_code="02", summary="楼道堆放杂物引发争执。", received_on=date(2026, 4, 2), parties=[
            PartyInput(role="applicant", name="王小明", phone="13700001111", address="纬五路3号院"),
            PartyInput(role="respondent", name="周五")])).id
    assert [r.id for r in demo.cases.search(sunli, "13700001111 王小明").rows] == [f]  # by the name
    assert [r.id for r in demo.cases.search(sunli, "13700001111 纬五路3号").rows] == [f]  # by the text
    assert demo.cases.search(sunli, "13700001111 金水路").total == 0


def test_query_terms_are_sorted_out():
    parsed = parse_query("王 金水路 13812345678 zsm 漏")
    assert parsed.tokens == ["c:王", "t:13812345678", "p:zsm", "c:漏"]
    assert [t.phrase for t in parsed.texts] == ['"金水路"']
    assert parsed.texts[0].name_tokens == ("b:金水", "b:水路")
    assert parse_query('a"b').texts[0].phrase == '"a""b"'


def test_free_text_row_written_at_registration(demo, sunli, cases):
    with demo.db.reader() as s:
        row = s.execute(text("SELECT t.case_id, t.body FROM mediation_text t JOIN mediation_case c ON c.rowid = t.rowid "
                             "WHERE c.id = :id"), {"id": cases["A"]}).one()
        assert s.scalar(text("SELECT count(*) FROM mediation_text")) == 5
    assert row.case_id == cases["A"]
    assert "金水路88号院2号楼" in row.body and "双方因琐事发生争执" in row.body


def test_pages_and_counts(demo, sunli, cases):
    total, rows = demo.cases.search(sunli, "", None, offset=1, limit=2)
    assert total == 5 and [r.id for r in rows] == [cases["C"], cases["B"]]
    assert isinstance(rows[0], CaseRow) and rows[0].parties == "赵*、李*"
    later = demo.cases.search(sunli, "", None, offset=4, limit=2, count=False)
    assert [r.id for r in later.rows] == [cases["E"]]


def test_a_count_that_checks_many_candidates_is_a_floor(demo, sunli, cases, monkeypatch):
    monkeypatch.setattr(mediation_query, "COUNT_BUDGET", 2)
    results = demo.cases.search(sunli, "", CaseFilter(source="application", category="02"))
    assert [r.id for r in results.rows] == [cases["A"]]
    assert not results.exact and results.total >= 1
    exact = demo.cases.search(sunli, "", CaseFilter(category="02"))  # one index range: always exact
    assert exact.exact and exact.total == 3


def _naive(s, query: str, f: CaseFilter, grids: dict[int, int | None]) -> list[str]:
    """The same search written plainly (no plans), to compare against."""
    parsed = parse_query(query)
    where, params = [], {}
    for i, token in enumerate(parsed.tokens):
        where.append(f"EXISTS (SELECT 1 FROM mediation_search x WHERE x.case_id = c.id AND x.token = :t{i})")
        params[f"t{i}"] = token
    for i, term in enumerate(parsed.texts):
        params[f"f{i}"] = term.phrase
        names = []
        for j, token in enumerate(term.name_tokens):
            names.append(f"EXISTS (SELECT 1 FROM mediation_search x WHERE x.case_id = c.id AND x.token = :n{i}_{j})")
            params[f"n{i}_{j}"] = token
        fts = f"c.id IN (SELECT case_id FROM mediation_text WHERE mediation_text MATCH :f{i})"
        where.append(f"({fts} OR ({' AND '.join(names)}))" if names else fts)
    for column, value in (("status", f.status), ("category_code", f.category), ("source", f.source),
                          ("mediator_id", f.mediator_id)):
        if value is not None:
            where.append(f"c.{column} = :{column}")
            params[column] = value
    if f.received_from:
        where.append("c.received_on >= :a")
        params["a"] = f.received_from.isoformat()
    if f.received_to:
        where.append("c.received_on <= :b")
        params["b"] = f.received_to.isoformat()
    if f.grid_id is not None:
        inside = {f.grid_id}
        while True:
            more = {g for g, parent in grids.items() if parent in inside} - inside
            if not more:
                break
            inside |= more
        where.append(f"c.grid_id IN ({', '.join(map(str, inside))})")
    sql = ("SELECT c.id FROM mediation_case c" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY c.received_on DESC, c.seq DESC")
    return list(s.scalars(text(sql), params))


@pytest.mark.parametrize("estimate_cap, sort_limit, budget, probe_ratio", [
    (20_000, 5_000, 20_000, 1_000), (40, 15, 60, 1), (5, 3, 8, 1_000), (400, 0, 400, 1)])
def test_every_plan_agrees_with_a_plain_query(demo, sunli, monkeypatch, estimate_cap, sort_limit, budget,
                                              probe_ratio):
    """Small limits force every plan (sorted sets, checks per candidate, free-text lookups, floors) on a few
    hundred cases."""
    from desk.services.demo_mediation import add_cases

    add_cases(demo, 400, random.Random(7))
    monkeypatch.setattr(mediation_query, "ESTIMATE_CAP", estimate_cap)
    monkeypatch.setattr(mediation_query, "SORT_LIMIT", sort_limit)
    monkeypatch.setattr(mediation_query, "COUNT_BUDGET", budget)
    monkeypatch.setattr(mediation_query, "PROBE_RATIO", probe_ratio)
    with demo.db.reader() as s:
        names = list(s.scalars(text("SELECT name FROM mediation_party WHERE kind = 'person' ORDER BY id LIMIT 12")))
        grids = dict(s.execute(text("SELECT id, parent_id FROM grid_node")).all())
        mediators = sorted({m for m in s.scalars(text("SELECT mediator_id FROM mediation_case")) if m})
    terms = ["", "王", "张", "金水路", "房屋漏水", "纬五路", "第一网格", "12号院", "漏水", *names[:6],
             *(n[0] for n in names[6:9]), *(n[-2:] for n in names[9:])]
    rng = random.Random(11)
    for _ in range(60):
        query = " ".join(rng.sample(terms, rng.choice((0, 1, 1, 2))))
        kw = {}
        if rng.random() < .3:
            kw["status"] = rng.choice(("registered", "archived", "agreed"))
        if rng.random() < .3:
            kw["category"] = rng.choice(("01", "02", "13"))
        if rng.random() < .25:
            kw["source"] = rng.choice(("court", "application"))
        if rng.random() < .25:
            kw["mediator_id"] = rng.choice(mediators)
        if rng.random() < .3:
            kw["grid_id"] = rng.choice(list(grids))
        if rng.random() < .3:
            kw["received_from"] = date.fromordinal(date.today().toordinal() - rng.randint(0, 1100))
            if rng.random() < .7:
                kw["received_to"] = date.fromordinal(kw["received_from"].toordinal() + rng.randint(0, 300))
        f = CaseFilter(**kw)
        with demo.db.reader() as s:
            want = _naive(s, query, f, grids)
        results = demo.cases.search(sunli, query, f, 0, 20)
        assert [r.id for r in results.rows] == want[:20], (query, kw)
        assert results.total == len(want) if results.exact else min(20, len(want)) <= results.total <= len(want)
        tail = max(0, len(want) - 7)
        assert [r.id for r in demo.cases.search(sunli, query, f, tail, 20, count=False).rows] == want[tail:]



@pytest.mark.parametrize("walk_limit", [10_000, 30])
def test_broad_text_walks_newest_first_with_the_same_rows(demo, sunli, monkeypatch, walk_limit):
    """A text term with many matches is checked per candidate along an ordered path (and, past WALK_LIMIT
    candidates, against its match set): the rows are those of the normal path, the total a floor."""
    from desk.services.demo_mediation import add_cases

    add_cases(demo, 400, random.Random(7))
    queries = [("纬五路", CaseFilter()), ("第一网格", CaseFilter()), ("王 纬五路", CaseFilter()),
               ("12号院", CaseFilter(category="02")), ("金水路 第一网格", CaseFilter(status="registered")),
               ("纬五路", CaseFilter(received_from=date.fromordinal(date.today().toordinal() - 400)))]
    pages = [(0, 20), (5, 7), (60, 20)]
    normal = {(q, f, o, n): demo.cases.search(sunli, q, f, o, n) for q, f in queries for o, n in pages}
    monkeypatch.setattr(mediation_query, "ESTIMATE_CAP", 3)
    monkeypatch.setattr(mediation_query, "WALK_LIMIT", walk_limit)
    demo.cases.query._plans.clear()
    for (q, f, offset, limit), want in normal.items():
        with demo.db.reader() as s:
            plan = demo.cases.query._plan(s, parse_query(q), f)
        assert plan is None or any(c.broad for c in plan.conds), q
        got = demo.cases.search(sunli, q, f, offset, limit)
        assert [r.id for r in got.rows] == [r.id for r in want.rows], (q, f, offset)
        shown = offset + len(got.rows) if got.rows else 0  # a floor is at least what the page shows
        assert got.total == want.total if got.exact else shown <= got.total <= want.total, (q, f, offset)
        later = demo.cases.search(sunli, q, f, offset, limit, count=False)
        assert [r.id for r in later.rows] == [r.id for r in want.rows]


# --- the list model and page ------------------------------------------------------------------------

def _fake_rows(offset: int, limit: int, total: int) -> list[CaseRow]:
    return [CaseRow(str(i), f"N{i}", date(2026, 1, 1), "邻里", "张*", "registered", False, False)
            for i in range(offset, min(offset + limit, total))]


def test_jump_fetches_only_the_page_of_that_row(gui):
    from desk.views.case_list_model import CaseListModel

    calls = []

    def fetch(offset, limit):
        calls.append(offset)
        return _fake_rows(offset, limit, 1_000_000)

    model = CaseListModel()
    model.reset(fetch, 1_000_000, _fake_rows(0, CaseListModel.PAGE, 1_000_000))
    assert model.rowCount() == CaseListModel.PAGE and calls == []
    assert model.jump_to(499_999)
    assert calls == [499_800]  # the page holding row 500,000, nothing in between
    assert model.rowCount() == 500_000
    assert model.data(model.index(499_999, 0)) == "N499999"
    assert model.data(model.index(250_000, 0)) == "N250000"  # a skipped row is fetched when drawn
    assert calls == [499_800, 250_000]
    assert not model.jump_to(1_000_000) and model.jump_to(999_999) and model.rowCount() == 1_000_000
    assert not model.canFetchMore()


def test_a_floor_total_grows_until_the_end_is_found(gui):
    from desk.views.case_list_model import CaseListModel

    model = CaseListModel()
    model.reset(lambda offset, limit: _fake_rows(offset, limit, 450), 250, _fake_rows(0, 200, 450), exact=False)
    changed = []
    model.totalChanged.connect(lambda: changed.append(model.total))
    model.fetchMore()
    assert model.rowCount() == 400 and not model.exact and model.total == 400
    model.fetchMore()
    assert model.rowCount() == 450 and model.exact and model.total == 450 and not model.canFetchMore()
    assert changed == [400, 450]


@pytest.fixture
def page(gui, demo, sunli, cases):
    from desk.views.case_list import CaseListPage

    page = CaseListPage(demo, sunli)
    gui.addWidget(page)
    page.resize(1080, 700)
    return page


def test_floor_counts_are_shown_rounded():
    from desk.views.case_list import floor_text

    assert [floor_text(n) for n in (7, 99, 2447, 14957, 20000)] == ["7", "99", "2,400", "14,000", "20,000"]


def test_page_shows_filters_and_narrows(page, demo, sunli, zhougang, cases, areas):
    assert page.model.rowCount() == 5 and "5" in page.count.text()
    assert page.category.findData("02") > 0 and page.source.findData("court") > 0
    assert page.mediator.findData(sunli.user_id) > 0 and page.mediator.findData(zhougang.user_id) > 0
    assert page.grid.itemText(page.grid.findData(areas["g1a"])).startswith("\u3000\u3000")  # grids under communities
    page.category.setCurrentIndex(page.category.findData("02"))
    assert page.model.rowCount() == 3
    page.grid.setCurrentIndex(page.grid.findData(areas["c1"]))
    assert {page.model.case(r).id for r in range(page.model.rowCount())} == {cases["A"], cases["E"]}
    page.received_from.set_value(date(2026, 1, 1))
    page.search()
    assert [page.model.case(r).id for r in range(page.model.rowCount())] == [cases["A"]]
    page.search_box.setText("金水路")  # keyClicks cannot type Chinese
    page.search()
    assert page.model.rowCount() == 1
    page.search_box.setText("漏水问题")
    page.search()
    assert page.model.rowCount() == 0 and "0" in page.count.text()
    page.clear_filters()
    assert page.received_from.value() is None and page.category.currentData() is None
    assert [page.model.case(r).id for r in range(page.model.rowCount())] == [cases["B"], cases["E"]]
    assert page.search_box.placeholderText() and "3" in page.search_box.toolTip()


def test_page_goes_to_a_row_and_opens_it(page, cases, gui):
    opened = []

    class FakeDialog:
        def __init__(self, services, actor, case_id, parent):
            opened.append(case_id)

        def exec(self):
            return 0

    page.detail_dialog = FakeDialog
    assert page.go_to_row(3)
    assert page.table.currentIndex().row() == 2
    assert page.table.selectionModel().isRowSelected(2)
    gui.keyClick(page.table, Qt.Key_Return)
    assert opened == [cases["B"]]
    assert not page.go_to_row(99)
    page.open_case(0)
    assert opened[-1] == cases["D"]
