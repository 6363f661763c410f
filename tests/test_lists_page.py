"""The "Grid and lists" page: grid tree, area dialog, dictionary table and entry dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desk.db import open_database
from desk.models.center import LEVEL_COMMUNITY, LEVEL_GRID
from desk.services.container import Services
from desk.services.demo import seed_demo
from desk.views.dictionary_table_model import DictionaryTableModel
from desk.views.grid_dialog import GridDialog
from desk.views.lists_page import EntryDialog, ListsPage


@pytest.fixture(autouse=True)
def english_ui(gui, qapp_zh):
    """These tests read English labels; the Chinese ones are covered by test_i18n."""
    from desk.views.qt_setup import install_language

    install_language(qapp_zh, "en")
    yield
    install_language(qapp_zh, "zh_CN")


@pytest.fixture
def services(tmp_path, db_templates):
    db_templates.copy_to(tmp_path / "t.db", "full-demo", seed_demo)
    return Services(open_database(tmp_path / "t.db"))


@pytest.fixture
def admin(services):
    return services.auth.login("admin", "demo1234")


@pytest.fixture
def page(qtbot, services, admin):
    p = ListsPage(services, admin)
    qtbot.addWidget(p)
    return p


def _auto(dialog_class, fill):
    """A dialog whose exec() fills its fields, saves and returns, instead of blocking."""
    class Auto(dialog_class):
        def exec(self):
            fill(self)
            self.save()
            return self.result()
    return Auto


def _item_by_code(tree, code):
    from PySide6.QtWidgets import QTreeWidgetItemIterator
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        if it.value().text(1) == code:
            return it.value()
        it += 1
    return None


def test_tree_shows_street_communities_and_grids(page):
    tree = page.grid_tab.tree
    assert tree.topLevelItemCount() == 1
    street = tree.topLevelItem(0)
    assert (street.text(0), street.text(1), street.text(2)) == ("经八路街道", "410105001000", "Street")
    assert street.childCount() == 4
    assert all(street.child(i).childCount() == 3 for i in range(4))
    assert street.child(0).text(2) == "Community" and street.child(0).child(0).text(2) == "Grid"
    assert street.child(0).isExpanded()
    assert not page.grid_tab.add_button.isEnabled() and not page.grid_tab.edit_button.isEnabled()


def test_buttons_follow_selection(page):
    tab = page.grid_tab
    tab.tree.setCurrentItem(_item_by_code(tab.tree, "41010500100101"))
    assert tab.edit_button.isEnabled() and not tab.add_button.isEnabled()  # a grid holds no areas
    tab.tree.setCurrentItem(_item_by_code(tab.tree, "410105001001"))
    assert tab.edit_button.isEnabled() and tab.add_button.isEnabled()


def test_bad_grid_code_shows_message_under_field_and_keeps_name(qtbot, services, admin):
    community = next(n for n in services.grid.tree() if n.level == LEVEL_COMMUNITY)
    dialog = GridDialog(services, admin, parent_node=community)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == community.code  # pre-filled with the community's part
    dialog.name.setText("第四网格")
    dialog.code.setText("410105009")
    dialog.save()
    error = dialog.errors.error_label("code")
    assert not error.isHidden() and "community's" in error.text()
    assert dialog.name.text() == "第四网格" and dialog.result() != QDialog.Accepted
    # a code already in use is shown under the field too
    dialog.code.setText(community.code + "01")
    dialog.save()
    assert "already used" in error.text() and dialog.result() != QDialog.Accepted
    dialog.code.setText(community.code + "04")
    dialog.save()
    assert dialog.result() == QDialog.Accepted and error.isHidden()
    added = next(n for n in services.grid.tree() if n.code == community.code + "04")
    assert (added.name, added.level, added.parent_id) == ("第四网格", LEVEL_GRID, community.id)


def test_page_adds_and_edits_area_and_reselects(page, services):
    tab = page.grid_tab
    tab.tree.setCurrentItem(_item_by_code(tab.tree, "410105001002"))

    def fill_add(d):
        d.name.setText("第四网格")
        d.code.setText("410105001002104")
    tab.dialog_class = _auto(GridDialog, fill_add)
    tab.add_node()
    item = tab.tree.currentItem()
    assert item.text(1) == "410105001002104" and item.text(0) == "第四网格" and item.parent().text(1) == "410105001002"

    def fill_edit(d):
        assert d.code.isReadOnly()
        d.active.setChecked(False)
    tab.dialog_class = _auto(GridDialog, fill_edit)
    tab.edit_node()
    item = tab.tree.currentItem()
    assert item.text(1) == "410105001002104" and item.text(3) == "Inactive"
    assert not next(n for n in services.grid.tree() if n.code == "410105001002104").active


def test_street_cannot_be_deactivated_in_dialog(qtbot, services, admin):
    street = services.grid.tree()[0]
    dialog = GridDialog(services, admin, node=street)
    qtbot.addWidget(dialog)
    assert dialog.code.isReadOnly() and not dialog.active.isEnabled()


def test_dictionary_model(qtmodeltester, services):
    model = DictionaryTableModel()
    model.set_entries(services.dictionaries.entries("dispute_category"))
    qtmodeltester.check(model)
    assert model.rowCount() == 16 and model.entry(0).label == "婚姻家庭"
    assert model.index(0, 2).data() == "Active" and model.index(0, 3).data() == "Local"
    model.set_entries([])
    qtmodeltester.check(model)


def test_duplicate_entry_shows_error(qtbot, services, admin):
    dialog = EntryDialog(services, admin, "dispute_category")
    qtbot.addWidget(dialog)
    dialog.code.setText("99")
    dialog.label.setText("邻里")  # the name is taken
    dialog.save()
    error = dialog.errors.error_label("code")
    assert not error.isHidden() and "already has" in error.text()
    assert dialog.label.text() == "邻里" and dialog.result() != QDialog.Accepted
    dialog.label.setText("")
    dialog.save()
    assert not dialog.errors.error_label("label").isHidden()


def test_add_then_deactivate_hides_entry_unless_show_inactive(page, services):
    tab = page.lists_tab
    tab.kind.setCurrentIndex(tab.kind.findData("dispute_category"))
    assert not tab.edit_button.isEnabled()

    def fill_add(d):
        d.code.setText("17")
        d.label.setText("网络纠纷")
    tab.dialog_class = _auto(EntryDialog, fill_add)
    tab.add_entry()
    assert tab.selected().label == "网络纠纷" and tab.edit_button.isEnabled()
    count = tab.model.rowCount()

    def fill_edit(d):
        assert d.code.isReadOnly()
        d.active.setChecked(False)
    tab.dialog_class = _auto(EntryDialog, fill_edit)
    tab.edit_entry()
    assert tab.model.rowCount() == count - 1 and tab.model.row_of(_entry_17_id(services)) == -1
    assert not tab.edit_button.isEnabled()
    tab.show_inactive.setChecked(True)
    row = tab.model.row_of(_entry_17_id(services))
    assert row >= 0 and tab.model.index(row, 2).data() == "Inactive"


def _entry_17_id(services):
    return next(e.id for e in services.dictionaries.entries("dispute_category", include_inactive=True)
                if e.code == "17")


def test_switching_kind_reloads(page):
    tab = page.lists_tab
    tab.kind.setCurrentIndex(tab.kind.findData("ethnicity"))
    assert tab.model.rowCount() == 56 and tab.model.entry(0).label == "汉族"
