"""E-mail: SMTP (STARTTLS or implicit TLS) with text and HTML alternatives, or a mailto: link."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import quote

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
    ChannelError,
    DeliveryUnknown,
    Outgoing,
    PostResult,
    Rejected,
)
from ponder.core.share.channels.spec import (
    CANNOT_READ,
    ChannelSpec,
    FieldSpec,
    ReadBack,
    Tools,
)
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import unlimited

SECURITY = ("starttls", "tls", "none")
_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True, slots=True)
class SmtpServer:
    """Where mail goes out; `port` 0 means the usual port for `security`."""

    host: str
    port: int = 0
    security: str = "starttls"
    username: str = ""


def build_message(sender: str, recipients: Sequence[str], outgoing: Outgoing) -> EmailMessage:
    """A multipart/alternative message: the text part first, the HTML part when there is one."""
    message = EmailMessage()
    message["Subject"] = outgoing.title or outgoing.text.strip().splitlines()[0][:78]
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(outgoing.joined())
    if outgoing.html:
        message.add_alternative(outgoing.html, subtype="html")
    return message


class SmtpMail:
    """Sends through the person's own SMTP server; refuses to send a password unencrypted."""

    kind = "email"

    def __init__(
        self,
        server: SmtpServer,
        sender: str,
        recipients: Sequence[str],
        password: str | None,
        *,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if server.security not in SECURITY:
            raise ChannelError(f"Mail security must be one of {', '.join(SECURITY)}.")
        if server.security == "none" and password:
            raise ChannelError(
                "Ponder will not send your mail password unencrypted; choose STARTTLS or TLS."
            )
        self._server = server
        self._sender = sender
        self._recipients = list(recipients)
        self._password = password
        self._timeout = timeout
        self._ssl = ssl_context or ssl.create_default_context()

    def post(self, outgoing: Outgoing) -> PostResult:
        message = build_message(self._sender, self._recipients, outgoing)
        smtp = self._connect()
        try:
            self._secure(smtp)
            self._deliver(smtp, message)
        finally:
            smtp.close()
        return PostResult(str(message["Message-ID"]), True)

    def _connect(self) -> smtplib.SMTP:
        server = self._server
        port = server.port or _DEFAULT_PORTS[server.security]
        try:
            if server.security == "tls":
                return smtplib.SMTP_SSL(server.host, port, timeout=self._timeout, context=self._ssl)
            return smtplib.SMTP(server.host, port, timeout=self._timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(self._unreachable(exc)) from None

    def _secure(self, smtp: smtplib.SMTP) -> None:
        """STARTTLS when asked, then the login; nothing of the message has left yet."""
        server = self._server
        try:
            if server.security == "starttls":
                smtp.starttls(context=self._ssl)
        except smtplib.SMTPNotSupportedError:
            raise ChannelError(
                f"{server.host} does not offer STARTTLS; Ponder will not send mail unencrypted."
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(self._unreachable(exc)) from None
        if server.username and self._password:
            self._login(smtp)

    def _login(self, smtp: smtplib.SMTP) -> None:
        user = self._server.username
        try:
            smtp.login(user, self._password or "")
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPServerDisconnected):
            # Some servers hang up after a refused login instead of answering 535.
            raise AuthFailed(
                f"The mail server refused the user name or password for {user}."
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(self._unreachable(exc)) from None

    def _unreachable(self, exc: Exception) -> str:
        server = self._server
        port = server.port or _DEFAULT_PORTS[server.security]
        return (
            f"Ponder could not reach the mail server {server.host}:{port} ({_why(exc)}). "
            "Nothing was sent."
        )

    def _deliver(self, smtp: smtplib.SMTP, message: EmailMessage) -> None:
        try:
            smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            refused = ", ".join(exc.recipients)
            raise Rejected(
                f"The mail server refused the recipients {refused}.", "recipients"
            ) from None
        except smtplib.SMTPSenderRefused:
            raise Rejected(
                f"The mail server refused the sender {self._sender}.", "sender"
            ) from None
        except smtplib.SMTPDataError as exc:
            reason = _why(exc)
            raise Rejected(f"The mail server refused the message ({reason}).", reason) from None
        except (OSError, smtplib.SMTPException):
            raise DeliveryUnknown(
                "Ponder could not tell whether the mail server accepted the message; check your "
                "sent mail or ask a recipient before sending again."
            ) from None
        with contextlib.suppress(OSError, smtplib.SMTPException):
            smtp.quit()  # the message was accepted; a rude goodbye changes nothing


def _why(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{exc.smtp_code} {text}".strip()
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "its certificate could not be verified"
    if isinstance(exc, TimeoutError):
        return "it did not answer in time"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def mailto_url(recipients: Sequence[str], outgoing: Outgoing) -> str:
    """A `mailto:` URL (RFC 6068) the mail program opens with the draft filled in."""
    to = ",".join(quote(address, safe="@") for address in recipients)
    subject = quote(outgoing.title or "", safe="")
    body = quote(outgoing.joined().replace("\n", "\r\n"), safe="")
    return f"mailto:{to}?subject={subject}&body={body}"


class MailtoLink:
    """Without an SMTP server: hand the draft to the mail program; sending is the person's."""

    kind = "email"

    def __init__(self, recipients: Sequence[str], opener: Callable[[str], None]) -> None:
        self._recipients = list(recipients)
        self._opener = opener

    def post(self, outgoing: Outgoing) -> PostResult:
        url = mailto_url(self._recipients, outgoing)
        self._opener(url)
        return PostResult(url, None)


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> SmtpMail | MailtoLink:
    recipients = [a.strip() for a in values["to"].split(",") if a.strip()]
    if not values.get("smtp_host"):
        if tools.open_url is None:
            raise ChannelError("This Ponder cannot open a mail program; set an SMTP server.")
        return MailtoLink(recipients, tools.open_url)
    port = values.get("smtp_port") or "0"
    if not port.isdigit():
        raise ChannelError(f"The SMTP port must be a number, not {port!r}.")
    server = SmtpServer(
        values["smtp_host"],
        int(port),
        values.get("security") or "starttls",
        values.get("username", ""),
    )
    sender = values.get("from") or values.get("username") or recipients[0]
    return SmtpMail(server, sender, recipients, secret or None, ssl_context=tools.ssl_context)


SPEC = ChannelSpec(
    "email",
    Message("E-mail"),
    (
        FieldSpec("to", Message("To (comma-separated)")),
        FieldSpec("from", Message("From"), False),
        FieldSpec("smtp_host", Message("SMTP server (empty: use the mail program)"), False),
        FieldSpec("smtp_port", Message("SMTP port"), False),
        FieldSpec("security", Message("Security"), False, default="starttls", choices=SECURITY),
        FieldSpec("username", Message("SMTP user name"), False),
        FieldSpec("password", Message("SMTP password"), False, secret=True),
    ),
    _build,
    dialect=Dialect.EMAIL,
    audience="internal",
    measure=unlimited,
    idempotency="a Message-ID per draft, so a resent mail is recognised as the same",
    how_to=Message("Your mail provider's SMTP settings: server, port and app password."),
    read_back=ReadBack(
        (), f"Replies arrive in your mailbox, which Ponder does not read; {CANNOT_READ}."
    ),
)
