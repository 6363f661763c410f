"""人民调解申请书: a party's written application for mediation, addressed to the committee."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desk.print.case_common import PartyInfo, particulars

TITLE = "人民调解申请书"
KIND = "case-application"


@dataclass(frozen=True)
class ApplicationData:
    committee_name: str
    number: str
    category: str  # e.g. "邻里纠纷"
    summary: str  # 事实与理由
    parties: tuple[PartyInfo, ...]  # applicants, respondents, third parties, each followed by its agents


def application_content(data: ApplicationData) -> dict:
    """What the verification code covers."""
    return {"kind": KIND, "version": 1, **asdict(data)}


def render_application(data: ApplicationData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import line, right_line

    applicants = [p for p in data.parties if p.role == "申请人"]
    names = "、".join(p.name for p in data.parties if p.role == "被申请人") or "被申请人"
    story = [L.title(TITLE), right_line(f"案号：{data.number}")]
    story += [L.paragraph(particulars(p)) for p in data.parties]
    story += [
        L.heading("申请事项"),
        L.paragraph(f"请求{data.committee_name}对申请人与{names}之间的{data.category}依法进行调解。"),
        L.heading("事实与理由"),
        L.paragraph(data.summary),
        L.paragraph("申请人自愿申请人民调解，愿意遵守调解纪律，如实陈述纠纷事实，尊重对方当事人和人民调解员。"),
        L.keep_together([
            L.paragraph("此致"),  # indented two characters; the addressee starts at the margin
            line(data.committee_name),
            L.signature_block([f"申请人{p.name}" for p in applicants] or ["申请人"], None, True),
        ]),
    ]
    return L.build_pdf(meta, story)
