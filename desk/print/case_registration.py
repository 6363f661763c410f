"""人民调解受理登记表: the registration form of a mediation case, kept in the case file (卷宗)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

TITLE = "人民调解受理登记表"
KIND = "case-registration"
PARTY_HEADERS = ["身份", "姓名/名称", "性别", "民族", "出生日期", "身份证号码/统一社会信用代码", "联系电话", "住址"]
PARTY_WIDTHS = [1.1, 1.5, 0.8, 0.8, 1.7, 3.0, 2.0, 2.4]


@dataclass(frozen=True)
class RegistrationParty:
    role: str
    name: str
    sex: str
    ethnicity: str
    birth: str
    id_number: str
    phone: str
    address: str


@dataclass(frozen=True)
class CaseRegistrationData:
    committee_name: str
    number: str
    received_on: date
    source: str
    category: str
    place: str
    amount: str
    people_count: int
    risk: str
    summary: str
    mediator: str
    parties: list[RegistrationParty] = field(default_factory=list)


def registration_content(data: CaseRegistrationData) -> dict:
    """What the verification code covers."""
    return {"kind": KIND, "version": 1, **asdict(data)}


def render_case_registration(data: CaseRegistrationData, meta) -> bytes:
    from desk.print import layout as L

    facts = [
        ("案号", data.number),
        ("受理日期", f"{data.received_on.year}年{data.received_on.month}月{data.received_on.day}日"),
        ("案件来源", data.source),
        ("纠纷类型", data.category),
        ("发生地点", data.place or "—"),
        ("涉及金额", data.amount),
        ("涉及人数", f"{data.people_count} 人"),
        ("风险提示", data.risk or "无"),
    ]
    rows = [[p.role, p.name, p.sex, p.ethnicity, p.birth, p.id_number, p.phone, p.address] for p in data.parties]
    story = [
        L.title(TITLE),
        L.key_value_table(facts),
        L.heading("一、当事人基本情况"),
        L.data_table(PARTY_HEADERS, rows, PARTY_WIDTHS),
        L.heading("二、纠纷简要情况"),
        L.paragraph(data.summary),
        L.keep_together([
            L.heading("三、受理意见"),
            L.paragraph(f"经审查，该纠纷属于人民调解的受理范围，当事人自愿申请（或同意）调解，本委员会决定予以受理。"
                        f"承办人民调解员：{data.mediator or '（待指定）'}。"),
            L.signature_block(["登记人（人民调解员）"], f"（{data.committee_name}印章）", True, mark="签名"),
        ]),
    ]
    return L.build_pdf(meta, story)
