"""The client's manners with a real HTTP peer on loopback: Retry-After honoured, garbage refused
without touching anything, a platform that never answers times out, TLS always verified (a private CA
through the CA-bundle setting), plain http only to this machine, no keyring means no enrollment."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backends.fail import Keyring as FailKeyring

from desk.models.sync import SyncState
from desk.services.permissions import SYSTEM
from desk.services.uow import UnitOfWork
from desk.sync.client import (
    CertificateRejected,
    InsecureAddress,
    PlatformClient,
    PlatformGarbage,
    PlatformUnavailable,
    RetryPolicy,
    check_address,
)
from desk.sync.credentials import NoKeyring
from desk.sync.engine import SyncEngine


class Peer:
    """A loopback HTTP(S) server answering from a script of (status, headers, body)."""

    def __init__(self, script, tls: ssl.SSLContext | None = None, stall: float = 0) -> None:
        self.script = list(script)
        self.hits = 0
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                peer.hits += 1
                if stall:
                    threading.Event().wait(stall)
                status, headers, body = peer.script.pop(0) if len(peer.script) > 1 else peer.script[0]
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def peer():
    made = []

    def make(*script, **kw):
        p = Peer(script, **kw)
        made.append(p)
        return p

    yield make
    for p in made:
        p.stop()


def test_retry_after_is_honoured_then_the_answer_arrives(peer):
    p = peer((503, {"Retry-After": "2"}, {"title": "busy"}), (200, {}, {"device_id": "d"}))
    waits = []
    client = PlatformClient(p.url, "t", sleep=waits.append)
    assert client.me() == {"device_id": "d"}
    assert waits == [2.0] and p.hits == 2


def test_backoff_grows_with_jitter_and_gives_up():
    policy = RetryPolicy(attempts=5, base_delay=1.0, max_delay=30.0)
    for attempt in range(5):
        assert 0 <= policy.delay(attempt, None) <= min(30.0, 2 ** attempt)
    assert policy.delay(0, 120.0) == 30.0  # a Retry-After beyond the cap waits the cap


def test_garbage_is_refused_and_nothing_local_changes(peer, demo):
    p = peer((200, {"Content-Type": "text/html"}, "<html>portal login</html>"))
    engine = SyncEngine(demo, client_factory=lambda url, token=None, ca_bundle=None: PlatformClient(
        url, token, retry=RetryPolicy(attempts=1)))
    with UnitOfWork(demo.db, SYSTEM) as uow:
        for key, value in (("url", p.url), ("device_id", "dev"), ("cursor", "e.5")):
            uow.session.add(SyncState(key=key, value=value))
    keyring.set_password("desk.platform", "dev", "token")
    with pytest.raises(PlatformGarbage):
        engine.sync_once()
    assert engine.state("cursor") == "e.5" and "PlatformGarbage" in engine.status().last_error


def test_a_platform_that_never_answers_times_out(peer):
    p = peer((200, {}, {}), stall=3)
    client = PlatformClient(p.url, "t", retry=RetryPolicy(attempts=1), read_timeout=0.3)
    with pytest.raises(PlatformUnavailable):
        client.me()


def test_plain_http_only_to_this_machine():
    assert check_address("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_address("http://localhost:8765") == "http://localhost:8765"
    for bad in ("http://10.0.0.5:8765", "http://platform.example.cn", "ftp://127.0.0.1", "platform.example.cn"):
        with pytest.raises(InsecureAddress):
            check_address(bad)


def _private_ca(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "综治平台测试 CA")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "ca.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    return ctx, str(cert_file)


def test_tls_is_verified_and_a_private_ca_is_trusted_through_the_setting(peer, tmp_path, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")  # as on many machines
    ctx, ca_file = _private_ca(tmp_path)
    p = peer((200, {}, {"device_id": "d"}), tls=ctx)
    with pytest.raises(CertificateRejected):
        PlatformClient(p.url, "t").me()
    assert PlatformClient(p.url, "t", ca_bundle=ca_file).me() == {"device_id": "d"}


def test_without_a_keyring_the_desk_does_not_enroll_or_keep_a_secret(peer, demo):
    p = peer((201, {}, {"device_id": "dev-1", "token": "secret-token", "center": {"code": "C", "name": "中心"},
                        "roles": ["reception"]}))
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(NoKeyring):
            SyncEngine(demo).enroll(SYSTEM, p.url, "ABCD-EFGH-JKLM", "desk-1")
    finally:
        keyring.set_keyring(previous)
    assert SyncEngine(demo).state("device_id") == ""
    raw = demo.db.path.read_bytes()
    assert b"secret-token" not in raw
