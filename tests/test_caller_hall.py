"""The caller panel a clerk uses all day, and the hall display that shows its calls."""


import pytest
from PySide6.QtCore import Qt

from desk.services.permissions import KIOSK
from desk.views.caller_panel import CallerPanel
from desk.views.hall_display import HallDisplay


@pytest.fixture
def open_all_day(demo, admin):
    """Services issue all day, so the tests do not depend on the hour they run at."""
    for s in demo.queue_config.services():
        demo.queue_config.save_service(admin, s.id, s.prefix, s.name, s.daily_cap, "00:00", "23:59")
    admin_clerk = demo.auth.login("liuyang", "demo1234")
    for w in demo.queue_config.windows():
        demo.tickets.set_paused(admin_clerk, w.id, False)
    return demo


@pytest.fixture
def panel(gui, open_all_day, clerk):
    p = CallerPanel(open_all_day, clerk)
    gui.addWidget(p)
    p.window_box.setCurrentIndex(p.window_box.findData(_window(open_all_day, 2)))
    tickets = open_all_day.tickets
    if tickets.current(_window(open_all_day, 2)):
        tickets.finish(clerk, _window(open_all_day, 2))
    p.refresh(force=True)
    p.show()
    p.activateWindow()
    gui.waitUntil(p.isActiveWindow, timeout=2000)
    p.setFocus()
    return p


def _window(services, number):
    return next(w.id for w in services.queue_config.windows() if w.number == number)


def _service(services, prefix):
    return next(s.id for s in services.queue_config.services() if s.prefix == prefix)


def test_f1_calls_next_and_the_card_shows_it(panel, open_all_day, gui):
    demo = open_all_day
    t = demo.tickets.issue(KIOSK, _service(demo, "A"))
    panel.refresh()
    assert any(panel.waiting_model.ticket(r).id == t.id for r in range(panel.waiting_model.rowCount()))
    waiting_before = demo.tickets.waiting([_service(demo, "A")])
    with gui.waitSignal(panel.sig_called) as sig:
        gui.keyClick(panel, Qt.Key_F1)
    assert sig.args[0] == waiting_before[0].number and sig.args[1] == 2
    assert panel.number_label.text() == waiting_before[0].number
    assert not panel.buttons["next"].isEnabled() and panel.buttons["finish"].isEnabled()
    panel.outcome.setText("已调解")
    gui.keyClick(panel, Qt.Key_F4)
    assert panel.number_label.text() == "—"
    done = demo.tickets.ticket(waiting_before[0].id)
    assert done.state == "done" and done.outcome == "已调解"


def test_errors_are_shown_not_raised(panel, open_all_day, monkeypatch):
    shown = []
    monkeypatch.setattr("desk.views.caller_panel.show_error", lambda parent, exc: shown.append(str(exc)))
    panel.call_number("Z999")
    assert shown and "Z999" in shown[0]


def test_pause_stops_calling(panel, open_all_day):
    panel.toggle_pause()
    assert not panel.buttons["next"].isEnabled()
    panel.toggle_pause()
    assert panel.buttons["next"].isEnabled()


def test_waiting_model(qtmodeltester, panel, open_all_day):
    open_all_day.tickets.issue(KIOSK, _service(open_all_day, "A"), "elderly")
    panel.refresh()
    qtmodeltester.check(panel.waiting_model)
    assert "优先" in panel.waiting_model.data(panel.waiting_model.index(0, 0))


class FakeAnnouncer:
    def __init__(self):
        self.said = []

    def announce(self, number, window, times=1):
        self.said.append((number, window))


def test_hall_display_shows_and_announces_a_call(gui, open_all_day, clerk):
    demo = open_all_day
    voice = FakeAnnouncer()
    hall = HallDisplay(demo, voice, poll_ms=50)
    gui.addWidget(hall)
    said_before = list(voice.said)
    t = demo.tickets.issue(KIOSK, _service(demo, "B"))
    window3 = _window(demo, 3)
    if demo.tickets.current(window3):
        demo.tickets.finish(clerk, window3)
    called = demo.tickets.call_next(clerk, window3)
    gui.waitUntil(lambda: (called.number, 3) in voice.said, timeout=2000)
    assert hall.cards[3].number.text() == called.number
    assert hall.cards[3].property("fresh") is True
    assert called.number in hall.recent.text()
    assert voice.said[len(said_before):] == [(called.number, 3)]
    assert t.number  # the issued ticket counted in the waiting line
    assert "法律咨询" in hall.waiting.text()


def test_hall_display_shows_no_personal_data(gui, open_all_day):
    hall = HallDisplay(open_all_day, None)
    gui.addWidget(hall)
    text = " ".join(label.text() for label in hall.findChildren(type(hall.notice)))
    for staff in ("刘洋", "孙丽", "王建国", "liuyang"):  # nor names of anyone else
        assert staff not in text


def test_rating_after_finishing_and_cancelling(panel, open_all_day, monkeypatch):
    demo = open_all_day
    t = demo.tickets.issue(KIOSK, _service(demo, "A"))
    panel.refresh()
    asked = []

    class FakeRatingDialog:
        def __init__(self, services, ticket_id, number, parent):
            asked.append((ticket_id, number))

        def exec(self):
            return 1

    panel.rating_dialog = FakeRatingDialog
    panel.call_next()
    current = panel.current_ticket
    panel.finish()
    assert panel.rate_btn.isEnabled()
    panel.ask_rating()
    assert asked == [(current.id, current.number)] and not panel.rate_btn.isEnabled()
    # cancelling a waiting ticket (the visitor left)
    second = demo.tickets.issue(KIOSK, _service(demo, "A"))
    panel.refresh(force=True)
    row = next(r for r in range(panel.waiting_model.rowCount()) if panel.waiting_model.ticket(r).id == second.id)
    panel.waiting_view.selectRow(row)
    monkeypatch.setattr("desk.views.messages.confirm", lambda *a: True)
    panel.cancel_waiting()
    assert demo.tickets.ticket(second.id).state == "cancelled"
    assert t.number
