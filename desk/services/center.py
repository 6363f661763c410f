"""The center profile and the first-run setup that creates it with the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desk.db import Database
from desk.errors import ConflictError, SetupRequired, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import Role, User, UserRole
from desk.models.center import LEVEL_COMMUNITY, LEVEL_STREET, CenterProfile, DictionaryEntry, GridNode
from desk.models.notary import NotaryMaterial, NotaryMatter
from desk.services.accounts import clean_person_fields, clean_username
from desk.services.auth import actor_for, check_password_policy
from desk.services.builtin_lists import NOTARY_MATTERS, builtin_entries
from desk.services.grid import check_grid_code
from desk.services.passwords import hash_password
from desk.services.permissions import SYSTEM, Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.validation import normalize_text


@dataclass(frozen=True)
class ProfileData:
    name: str
    committee_name: str
    address: str
    phone: str = ""


@dataclass(frozen=True)
class AreaData:
    street_code: str
    street_name: str
    communities: tuple[tuple[str, str], ...] = ()  # (code, name)


@dataclass(frozen=True)
class AdminData:
    username: str
    full_name: str
    password: str


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    committee_name: str
    address: str
    phone: str
    area_code: str


def clean_profile(data: ProfileData) -> ProfileData:
    name = normalize_text(data.name, 100, "name")
    committee = normalize_text(data.committee_name, 100, "committee_name")
    address = normalize_text(data.address, 200, "address")
    phone = normalize_text(data.phone, 30, "phone")
    for field, value in (("name", name), ("committee_name", committee), ("address", address)):
        if not value:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "This field is required."))
    return ProfileData(name, committee, address, phone)


class CenterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def is_set_up(self) -> bool:
        with self.db.reader() as s:
            has_profile = s.get(CenterProfile, 1) is not None
            has_admin = s.scalar(
                select(User.id).join(UserRole).where(UserRole.role == Role.ADMIN.value, User.active.is_(True))
            ) is not None
        return has_profile and has_admin

    def profile(self) -> ProfileInfo:
        with self.db.reader() as s:
            p = s.get(CenterProfile, 1)
            if p is None:
                raise SetupRequired(QT_TRANSLATE_NOOP("Errors", "The center has not been set up yet."))
            return ProfileInfo(p.name, p.committee_name, p.address, p.phone, p.area_code)

    def setup(self, profile: ProfileData, area: AreaData, admin: AdminData) -> Actor:
        """First run: profile, grid tree root and communities, built-in lists, first administrator."""
        profile = clean_profile(profile)
        street_name = normalize_text(area.street_name, 100, "street_name")
        if not street_name:
            raise ValidationError("street_name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        street_code = check_grid_code(LEVEL_STREET, area.street_code, None, "street_code")
        communities = []
        for code, cname in area.communities:
            communities.append((
                check_grid_code(LEVEL_COMMUNITY, code, street_code, "communities"),
                normalize_text(cname, 100, "communities"),
            ))
        if len({c for c, _ in communities}) != len(communities):
            raise ValidationError("communities", QT_TRANSLATE_NOOP("Errors", "Two communities have the same code."))
        username = clean_username(admin.username)
        full_name, _ = clean_person_fields(admin.full_name, "")
        check_password_policy(admin.password, username)
        with UnitOfWork(self.db, SYSTEM) as uow:
            s = uow.session
            if s.get(CenterProfile, 1) is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This center is already set up."))
            s.add(CenterProfile(id=1, name=profile.name, committee_name=profile.committee_name,
                                address=profile.address, phone=profile.phone, area_code=street_code))
            street = GridNode(code=street_code, name=street_name, level=LEVEL_STREET)
            s.add(street)
            s.flush()
            for order, (code, cname) in enumerate(communities):
                s.add(GridNode(code=code, name=cname, level=LEVEL_COMMUNITY, parent_id=street.id, sort_order=order))
            for kind, entries in builtin_entries().items():
                for order, (code, label) in enumerate(entries):
                    s.add(DictionaryEntry(kind=kind, code=code, label=label, sort_order=order))
            for order, (code, name, abroad, days, materials) in enumerate(NOTARY_MATTERS):
                s.add(NotaryMatter(code=code, name=name, use_abroad=abroad, days_expected=days, sort_order=order,
                                   materials=[NotaryMaterial(position=i, name=m, required=r)
                                              for i, (m, r) in enumerate(materials)]))
            uow.audit("center.setup", "center", 1, summary=profile.name)
            user = User(username=username, full_name=full_name, password_hash=hash_password(admin.password),
                        roles=[UserRole(role=Role.ADMIN.value), UserRole(role=Role.HEAD.value)])
            s.add(user)
            s.flush()
            uow.audit("user.create", "user", user.id, summary=username,
                      changes={"username": (None, username), "roles": (None, "admin,head")})
            return actor_for(user)

    def update_profile(self, actor: Actor, data: ProfileData) -> ProfileInfo:
        actor.require(Perm.CENTER_EDIT)
        data = clean_profile(data)
        with UnitOfWork(self.db, actor) as uow:
            p = uow.session.get(CenterProfile, 1)
            if p is None:
                raise SetupRequired(QT_TRANSLATE_NOOP("Errors", "The center has not been set up yet."))
            changes = apply_changes(p, {"name": data.name, "committee_name": data.committee_name,
                                        "address": data.address, "phone": data.phone})
            if changes:
                uow.audit("center.update", "center", 1, summary=data.name, changes=changes)
            return ProfileInfo(p.name, p.committee_name, p.address, p.phone, p.area_code)
