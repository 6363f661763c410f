"""The platform's REST API as seen from a desk (docs/SYNC.md): timeouts on every request, retries
with exponential backoff and jitter on network errors, 5xx and 429 (honouring Retry-After), and
typed errors a person can be shown. TLS is always verified; plain http only to this machine."""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from desk import __version__
from desk.i18n import QT_TRANSLATE_NOOP

PROTOCOL = 1
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0


class SyncError(Exception):
    """A sync failure with a message fit for a clerk (a translatable source string)."""

    message = QT_TRANSLATE_NOOP("Sync", "Sync failed.")
    retryable = False

    def __init__(self, detail: str = "", status: int | None = None) -> None:
        super().__init__(detail or self.message)
        self.detail = detail
        self.status = status


class PlatformUnavailable(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform cannot be reached; changes wait in the outbox and go when it is back.")
    retryable = True


class PlatformGarbage(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform sent an answer this desk does not understand; nothing was changed.")
    retryable = True


class NotEnrolled(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "This desk is not enrolled with the platform (or its token was revoked).")


class Forbidden(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform refused: this desk's roles do not allow it.")


class ClientTooOld(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform needs a newer version of this program. Nothing is lost: "
                                        "changes wait in the outbox until the upgrade.")


class CursorExpired(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform asked for a full resync.")


class CertificateRejected(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform's certificate is not trusted. If it uses a private CA, "
                                        "set the CA certificate file in the sync settings.")


class AuditRewritten(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "The platform found that this desk's audit trail was changed after it "
                                        "was anchored. Tell the center head; the platform has recorded it.")


class InsecureAddress(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "Use an https:// address for the platform (plain http only to this computer).")


def check_address(url: str) -> str:
    """The platform address, normalised; plain http is accepted only to loopback."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureAddress(url)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureAddress(url)
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        # "full jitter": a random wait up to the exponential bound spreads desks that failed together
        return random.uniform(0, min(self.max_delay, self.base_delay * 2 ** attempt))


class PlatformClient:
    def __init__(self, url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 retry: RetryPolicy | None = None, sleep: Callable[[float], None] = time.sleep,
                 read_timeout: float = READ_TIMEOUT) -> None:
        self.read_timeout = read_timeout
        self.url = check_address(url)
        self.token = token
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.http = requests.Session()
        # Given with every request: a session-level setting would lose to REQUESTS_CA_BUNDLE in the
        # environment, and a center's private CA must win. Never False.
        self.verify: str | bool = ca_bundle or True
        self.http.headers.update({"Desk-Protocol": str(PROTOCOL), "User-Agent": f"desk/{__version__}"})

    def close(self) -> None:
        self.http.close()

    # --- endpoints ----------------------------------------------------------------------------
    def enroll(self, code: str, device_name: str) -> dict:
        return self._json("POST", "/enroll", json={"code": code.strip().upper(), "device_name": device_name,
                                                   "client_version": __version__}, auth=False)

    def me(self) -> dict:
        return self._json("GET", "/me")

    def push(self, ops: list[dict]) -> list[dict]:
        body = self._json("POST", "/push", json={"ops": ops})
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or len(results) != len(ops):
            raise PlatformGarbage("push: results do not match the operations sent")
        return results

    def pull(self, cursor: str | None, limit: int = 500, wait: float = 0) -> dict:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if wait:
            params["wait"] = wait
        body = self._json("GET", "/pull", params=params, read_timeout=self.read_timeout + wait)
        if not isinstance(body, dict) or not isinstance(body.get("records"), list) or "cursor" not in body:
            raise PlatformGarbage("pull: no records or cursor")
        return body

    def numbers(self, service: str, day, count: int = 1, timeout: float = READ_TIMEOUT) -> tuple[int, int]:
        """``(first, last)``: queue numbers of ``service`` on ``day`` reserved for this desk."""
        body = self._json("POST", "/queue/numbers", json={"service": service, "day": day.isoformat(), "count": count},
                          read_timeout=timeout, connect_timeout=timeout)
        try:
            return int(body["first"]), int(body["last"])
        except (KeyError, TypeError, ValueError):
            raise PlatformGarbage("numbers: no first/last") from None

    def audit_anchor(self) -> dict | None:
        """The head of this desk's audit chain as the platform anchored it last (None: never)."""
        try:
            return self._json("GET", "/audit/anchor")
        except PlatformGarbage as exc:
            if exc.status == 404:
                return None
            raise

    def anchor_audit(self, last_id: int, count: int, head_hash: str, previous: dict | None) -> dict:
        return self._json("POST", "/audit/anchor", json={"last_id": last_id, "count": count, "head_hash": head_hash,
                                                         "previous": previous})

    def dictionary(self, name: str, etag: str | None) -> tuple[dict | None, str | None]:
        """``(body, etag)``; ``body`` is None when the platform answers 304 (unchanged)."""
        headers = {"If-None-Match": etag} if etag else {}
        resp = self._request("GET", f"/dictionaries/{name}", headers=headers)
        if resp.status_code == 304:
            return None, etag
        return self._decode(resp), resp.headers.get("ETag")

    # --- plumbing -----------------------------------------------------------------------------
    def _json(self, method: str, path: str, *, auth: bool = True, read_timeout: float | None = None,
              **kwargs) -> Any:
        return self._decode(self._request(method, path, auth=auth, read_timeout=read_timeout, **kwargs))

    def _request(self, method: str, path: str, *, auth: bool = True, read_timeout: float | None = None,
                 connect_timeout: float = CONNECT_TIMEOUT, headers: dict | None = None, **kwargs) -> requests.Response:
        headers = dict(headers or {})
        if auth:
            if not self.token:
                raise NotEnrolled()
            headers["Authorization"] = f"Bearer {self.token}"
        last: SyncError | None = None
        for attempt in range(self.retry.attempts):
            retry_after = None
            try:
                resp = self.http.request(method, f"{self.url}/api/v1{path}", headers=headers, verify=self.verify,
                                         timeout=(connect_timeout, read_timeout or self.read_timeout), **kwargs)
            except requests.exceptions.SSLError as exc:
                raise CertificateRejected(type(exc).__name__) from None  # retrying cannot make it trusted
            except requests.RequestException as exc:
                last = PlatformUnavailable(type(exc).__name__)
            else:
                if resp.status_code < 400 or resp.status_code == 304:
                    return resp
                error = _error_for(resp)
                if not error.retryable:
                    raise error
                last = error
                retry_after = _retry_after(resp)
            if attempt + 1 < self.retry.attempts:
                self.sleep(self.retry.delay(attempt, retry_after))
        assert last is not None
        raise last

    @staticmethod
    def _decode(resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError:
            raise PlatformGarbage(f"{resp.status_code}: not JSON") from None


def _error_for(resp: requests.Response) -> SyncError:
    status = resp.status_code
    code = ""
    try:
        problem = resp.json()
        detail = str(problem.get("detail") or problem.get("title") or "") if isinstance(problem, dict) else ""
        code = str(problem.get("code") or "") if isinstance(problem, dict) else ""
    except ValueError:
        detail = ""
    kind: type[SyncError]
    if status == 409 and code == "audit_rewritten":
        return AuditRewritten(detail, status)
    if status == 401:
        kind = NotEnrolled
    elif status == 403:
        kind = Forbidden
    elif status == 410:
        kind = CursorExpired
    elif status == 426:
        kind = ClientTooOld
    elif status == 429 or status >= 500:
        kind = PlatformUnavailable
    else:
        kind = PlatformGarbage
        return _not_retryable(kind(detail or f"HTTP {status}", status))
    return kind(detail or f"HTTP {status}", status)


def _not_retryable(error: SyncError) -> SyncError:
    error.retryable = False
    return error


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
