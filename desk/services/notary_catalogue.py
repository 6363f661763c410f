"""The notary matters the point takes in and the materials each needs (configurable by the
administrator or the center head; an intake copies the checklist, so later edits do not change it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.notary import NotaryMaterial, NotaryMatter
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.validation import normalize_text


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    required: bool = True


@dataclass
class MatterInput:
    code: str = ""
    name: str = ""
    use_abroad: bool = False
    days_expected: int = 10
    active: bool = True
    materials: list[MaterialSpec] = field(default_factory=list)


@dataclass(frozen=True)
class MatterInfo:
    id: int
    code: str
    name: str
    use_abroad: bool
    days_expected: int
    active: bool
    materials: tuple[MaterialSpec, ...]


def _info(m: NotaryMatter) -> MatterInfo:
    return MatterInfo(m.id, m.code, m.name, m.use_abroad, m.days_expected, m.active,
                      tuple(MaterialSpec(x.name, x.required) for x in m.materials))


class NotaryCatalogueService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def matters(self, active_only: bool = True) -> list[MatterInfo]:
        with self.db.reader() as s:
            q = select(NotaryMatter).order_by(NotaryMatter.sort_order, NotaryMatter.id)
            if active_only:
                q = q.where(NotaryMatter.active.is_(True))
            return [_info(m) for m in s.scalars(q)]

    def matter(self, matter_id: int) -> MatterInfo:
        with self.db.reader() as s:
            m = s.get(NotaryMatter, matter_id)
            if m is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This notary matter no longer exists."))
            return _info(m)

    @staticmethod
    def _clean(data: MatterInput) -> MatterInput:
        code = normalize_text(data.code, 20, "code").upper()
        if not code or not code.replace("-", "").isalnum():
            raise ValidationError("code", QT_TRANSLATE_NOOP(
                "Errors", "Enter a short code of letters and digits for the matter, e.g. QS."))
        name = normalize_text(data.name, 50, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "Enter the name of the notary matter."))
        days = int(data.days_expected)
        if not 1 <= days <= 120:
            raise ValidationError("days_expected", QT_TRANSLATE_NOOP(
                "Errors", "The working days until the certificate is back must be between 1 and 120."))
        materials, seen = [], set()
        for i, m in enumerate(data.materials):
            mname = normalize_text(m.name, 100, f"materials.{i}")
            if not mname:
                continue
            if mname in seen:
                raise ValidationError(f"materials.{i}", QT_TRANSLATE_NOOP(
                    "Errors", "The material \"{name}\" is listed twice."), name=mname)
            seen.add(mname)
            materials.append(MaterialSpec(mname, bool(m.required)))
        if not any(m.required for m in materials):
            raise ValidationError("materials", QT_TRANSLATE_NOOP(
                "Errors", "List at least one required material (usually the applicant's ID card)."))
        return MatterInput(code, name, bool(data.use_abroad), days, bool(data.active), materials)

    def save(self, actor: Actor, data: MatterInput, matter_id: int | None = None) -> int:
        """Add a matter (``matter_id`` None) or change one; returns its id."""
        actor.require(Perm.NOTARY_CONFIGURE)
        clean = self._clean(data)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            same = s.scalar(select(NotaryMatter.id).where(NotaryMatter.code == clean.code))
            if same is not None and same != matter_id:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Another notary matter already has the code {code}."),
                                    code=clean.code)
            if matter_id is None:
                order = (s.scalar(select(func.max(NotaryMatter.sort_order))) or 0) + 1
                m = NotaryMatter(code=clean.code, name=clean.name, use_abroad=clean.use_abroad,
                                 days_expected=clean.days_expected, active=clean.active, sort_order=order)
                s.add(m)
                changes = {"name": (None, clean.name)}
            else:
                m = s.get(NotaryMatter, matter_id)
                if m is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This notary matter no longer exists."))
                changes = apply_changes(m, {"code": clean.code, "name": clean.name, "use_abroad": clean.use_abroad,
                                            "days_expected": clean.days_expected, "active": clean.active})
            before = [(x.name, x.required) for x in m.materials]
            after = [(x.name, x.required) for x in clean.materials]
            if before != after:
                m.materials.clear()
                s.flush()
                m.materials.extend(NotaryMaterial(position=i, name=n, required=r) for i, (n, r) in enumerate(after))
                changes["materials"] = ("; ".join(n for n, _ in before), "; ".join(n for n, _ in after))
            s.flush()
            uow.audit("notary.matter.save", "notary_matter", m.id, summary=f"{clean.code} {clean.name}",
                      changes=changes)
            return m.id
