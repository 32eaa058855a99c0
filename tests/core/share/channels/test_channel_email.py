"""E-mail through a real aiosmtpd server: STARTTLS and implicit TLS with a fresh certificate."""

from __future__ import annotations

import datetime
import email
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ponder.core.share.channels import AuthFailed, ChannelError, Outgoing, Rejected
from ponder.core.share.channels.email import MailtoLink, SmtpMail, SmtpServer

HOST = "127.0.0.1"
PASSWORD = "mail-pass-secret"


@dataclass
class Inbox:
    messages: list[Message] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.endswith("@refused.example"):
            return "550 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


def client_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


@pytest.fixture
def starttls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox, hostname=HOST, port=port, tls_context=server_context(certificate),
        require_starttls=True, authenticator=authenticate, auth_require_tls=True,
    )  # fmt: skip
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox, hostname=HOST, port=port, ssl_context=server_context(certificate),
        authenticator=authenticate, auth_require_tls=False,
    )  # fmt: skip
    controller.start()
    yield inbox, port
    controller.stop()


OUTGOING = Outgoing(
    "Plain text ✓ with a long line " + "word " * 30,
    html="<p>HTML <b>✓</b></p>",
    title="A draft from Ponder",
    thread=("and a reply",),
)


def mail(
    port: int, security: str, certificate: tuple[Path, Path], password: str = PASSWORD
) -> SmtpMail:
    server = SmtpServer(HOST, port, security, "ada@example.org")
    recipients = ["bob@example.org", "eve@example.org"]
    return SmtpMail(
        server, "ada@example.org", recipients, password, ssl_context=client_context(certificate)
    )


def check_message(message: Message) -> None:
    assert message["Subject"] == "A draft from Ponder"
    assert message["From"] == "ada@example.org"
    assert message["To"] == "bob@example.org, eve@example.org"
    assert message["Message-ID"].endswith("@example.org>")
    assert message.get_content_type() == "multipart/alternative"
    text, html = message.get_payload()  # type: ignore[misc]
    assert text.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    assert text.get_payload(decode=True).decode().replace("\r\n", "\n") == OUTGOING.joined() + "\n"
    assert html.get_payload(decode=True).decode().strip() == "<p>HTML <b>✓</b></p>"


def test_starttls_login_and_both_parts(
    starttls_server: tuple[Inbox, int], certificate: tuple[Path, Path]
) -> None:
    inbox, port = starttls_server
    result = mail(port, "starttls", certificate).post(OUTGOING)
    [message] = inbox.messages
    check_message(message)
    assert result == (message["Message-ID"], True) or (result.url_or_id, result.delivered) == (
        message["Message-ID"],
        True,
    )
    assert inbox.envelopes == [("ada@example.org", ["bob@example.org", "eve@example.org"])]


def test_implicit_tls(tls_server: tuple[Inbox, int], certificate: tuple[Path, Path]) -> None:
    inbox, port = tls_server
    mail(port, "tls", certificate).post(OUTGOING)
    check_message(inbox.messages[0])


def test_a_wrong_password_is_named(
    starttls_server: tuple[Inbox, int], certificate: tuple[Path, Path]
) -> None:
    _, port = starttls_server
    # After refusing AUTH PLAIN, aiosmtpd never answers smtplib's next try (AUTH LOGIN): the
    # login ends in a hang-up, which Ponder also reads as a refused password.
    server = SmtpServer(HOST, port, "starttls", "ada@example.org")
    channel = SmtpMail(
        server, "ada@example.org", ["b@example.org"], "wrong-secret",
        timeout=2.0, ssl_context=client_context(certificate),
    )  # fmt: skip
    with pytest.raises(AuthFailed, match="refused the user name or password") as caught:
        channel.post(OUTGOING)
    assert "wrong-secret" not in str(caught.value)


def test_an_untrusted_certificate_stops_before_sending(starttls_server: tuple[Inbox, int]) -> None:
    inbox, port = starttls_server
    channel = SmtpMail(
        SmtpServer(HOST, port, "starttls", "ada"), "ada@example.org", ["b@example.org"], PASSWORD
    )
    with pytest.raises(ChannelError, match=r"certificate could not be verified.*Nothing was sent"):
        channel.post(OUTGOING)
    assert inbox.messages == []


def test_a_refused_recipient_is_named(
    starttls_server: tuple[Inbox, int], certificate: tuple[Path, Path]
) -> None:
    _, port = starttls_server
    server = SmtpServer(HOST, port, "starttls", "ada@example.org")
    channel = SmtpMail(
        server,
        "ada@example.org",
        ["x@refused.example"],
        PASSWORD,
        ssl_context=client_context(certificate),
    )
    with pytest.raises(Rejected, match=r"refused the recipients x@refused.example"):
        channel.post(OUTGOING)


def test_no_password_goes_out_unencrypted() -> None:
    with pytest.raises(ChannelError, match="will not send your mail password unencrypted"):
        SmtpMail(
            SmtpServer(HOST, 25, "none", "ada"), "ada@example.org", ["b@example.org"], PASSWORD
        )


def test_mailto_hands_the_draft_to_the_mail_program() -> None:
    opened: list[str] = []
    result = MailtoLink(["bob@example.org", "eve@example.org"], opened.append).post(OUTGOING)
    [url] = opened
    assert result.url_or_id == url and result.delivered is None
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "bob@example.org,eve@example.org")
    query = parse_qs(parts.query)
    assert query["subject"] == ["A draft from Ponder"]
    assert query["body"] == [OUTGOING.joined().replace("\n", "\r\n")]
