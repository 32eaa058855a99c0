"""Fetch a user-supplied URL safely: http(s) only, public addresses only (checked after DNS
and after every redirect, then connected to directly), size and time limits, gzip/deflate.

Every failure is a FetchError whose message a person can act on.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from email.message import Message as MimeHeaders
from urllib.parse import SplitResult, urljoin, urlsplit

from ponder import __version__
from ponder.core.capture.address_policy import (
    AddressPolicy,
    AddressRefusedError,
    IPAddress,
    ResolveError,
)
from ponder.core.capture.charset import decode_html
from ponder.core.messages import Message, said

USER_AGENT = f"Mozilla/5.0 (compatible; Ponder/{__version__}; personal clipping)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPE = "application/pdf"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How far one fetch may go; times in seconds."""

    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class Page:
    """A successful answer: the final URL after redirects and the decompressed body."""

    url: str
    requested_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.content_type == PDF_TYPE

    def text(self) -> str:
        """The body decoded (BOM, header charset, <meta>, then detection)."""
        return decode_html(self.body, self.charset)


class FetchError(Exception):
    """A fetch that did not give a usable page; `str(error)` says why in plain words."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason


class InvalidUrlError(FetchError):
    """Not an http(s) URL Ponder can fetch."""


class RefusedAddressError(FetchError):
    """The host is on this computer or a private network and local addresses are not allowed."""


class NetworkError(FetchError):
    """DNS failure, connection refused or reset, or a broken HTTP answer."""


class FetchTimeoutError(FetchError):
    """The site did not answer in time."""


class TlsError(FetchError):
    """The secure connection failed (certificate or handshake)."""


class HttpStatusError(FetchError):
    """The site answered with an error status (404, 403, 500...)."""

    def __init__(self, url: str, reason: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(url, reason)
        self.status = status
        self.retry_after = retry_after  # the Retry-After header as sent (429, 503), if any


class TooLargeError(FetchError):
    """The answer is bigger than the limit (nothing is kept of it)."""


class TooManyRedirectsError(FetchError):
    """The site redirected too often (or in a loop)."""


class UnsupportedContentError(FetchError):
    """The answer is not a kind of document the caller accepts."""

    def __init__(self, url: str, reason: str, content_type: str) -> None:
        super().__init__(url, reason)
        self.content_type = content_type


def fetch(
    url: str,
    *,
    policy: AddressPolicy | None = None,
    limits: FetchLimits | None = None,
    accept: Collection[str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    headers: Mapping[str, str] | None = None,
) -> Page:
    """GET `url`, following redirects; `accept` limits the content types (checked before the
    body is read); `headers` are sent with every request (feeds: conditional GET). Raises a
    FetchError subclass on any failure, HttpStatusError with status 304 for "not modified"."""
    policy = policy or AddressPolicy()
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.total_timeout
    sent = dict(headers or {})
    current = url.strip()
    for _hop in range(limits.max_redirects + 1):
        response = _Exchange(current, policy, limits, deadline, ssl_context, sent)
        try:
            status, answer = response.open()
            location = answer.get("location")
            if status in _REDIRECTS and location:
                current = _redirect_target(current, location)
                continue
            _check_status(current, status, answer.get("retry-after"))
            content_type, charset = _content_type(answer)
            if accept is not None and content_type not in accept:
                raise UnsupportedContentError(current, _not_accepted(content_type), content_type)
            body = response.read_body(answer)
            return Page(current, url, status, content_type, charset, body, dict(answer.items()))
        finally:
            response.close()
    raise TooManyRedirectsError(
        url,
        Message(
            "The site redirected more than {limit} times; giving up.", limit=limits.max_redirects
        ),
    )


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address chosen in advance; the Host header still names the site."""

    def __init__(self, host: str, port: int, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self.address), self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """As above, then TLS with SNI and certificate checks against the site's name."""

    def __init__(
        self, host: str, port: int, address: IPAddress, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, address, timeout)
        self.context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self.context.wrap_socket(self.sock, server_hostname=self.host)


class _Exchange:
    """One request/response on one connection, with the limits applied."""

    def __init__(
        self,
        url: str,
        policy: AddressPolicy,
        limits: FetchLimits,
        deadline: float,
        context: ssl.SSLContext | None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.url = url
        self.headers = {**_request_headers(), **(headers or {})}
        self.policy = policy
        self.limits = limits
        self.deadline = deadline
        self.context = context
        self.conn: _PinnedHTTPConnection | None = None
        self.response: http.client.HTTPResponse | None = None
        self.sock: socket.socket | None = None  # kept: http.client drops it on "close" answers

    def open(self) -> tuple[int, MimeHeaders]:
        parts = _parse(self.url)
        host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self.policy.resolve(host, port)
        except AddressRefusedError as exc:
            raise RefusedAddressError(self.url, said(exc)) from exc
        except ResolveError as exc:
            raise NetworkError(self.url, str(exc)) from exc
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        with self._errors(host):
            self.conn = self._connect(parts.scheme, host, port, addresses)
            self.conn.request("GET", target, headers=self.headers)
            self.response = self.conn.getresponse()
        return self.response.status, self.response.msg

    def _connect(
        self, scheme: str, host: str, port: int, addresses: list[IPAddress]
    ) -> _PinnedHTTPConnection:
        timeout = min(self.limits.connect_timeout, self._remaining())
        last: OSError | None = None
        for address in addresses:
            if scheme == "https":
                context = self.context or ssl.create_default_context()
                conn: _PinnedHTTPConnection = _PinnedHTTPSConnection(
                    host, port, address, timeout, context
                )
            else:
                conn = _PinnedHTTPConnection(host, port, address, timeout)
            try:
                conn.connect()
            except (ssl.SSLError, TimeoutError):
                conn.close()
                raise
            except OSError as exc:
                conn.close()
                last = exc
                continue
            self.sock = conn.sock
            self.sock.settimeout(min(self.limits.read_timeout, self._remaining()))
            return conn
        raise last or ConnectionError("no address to connect to")

    def read_body(self, headers: MimeHeaders) -> bytes:
        assert self.response is not None and self.sock is not None
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limits.max_bytes:
            raise TooLargeError(self.url, _too_big(self.limits.max_bytes))
        decoder = _Decoder(headers.get("content-encoding", ""), self.limits.max_bytes, self.url)
        with self._errors(urlsplit(self.url).hostname or ""):
            while True:
                self.sock.settimeout(max(0.01, min(self.limits.read_timeout, self._remaining())))
                chunk = self.response.read1(_CHUNK)
                if not chunk:
                    break
                decoder.feed(chunk)
                if self._remaining() <= 0:
                    raise TimeoutError
        return decoder.finish()

    def _remaining(self) -> float:
        return self.deadline - time.monotonic()

    def _errors(self, host: str) -> _ErrorMapper:
        return _ErrorMapper(self.url, host, self.limits)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


class _ErrorMapper:
    """Turns socket, TLS and HTTP library exceptions into FetchErrors with plain reasons."""

    def __init__(self, url: str, host: str, limits: FetchLimits) -> None:
        self.url, self.host, self.limits = url, host, limits

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object
    ) -> None:
        if exc is None or isinstance(exc, FetchError):
            return
        if isinstance(exc, TimeoutError):
            raise FetchTimeoutError(
                self.url,
                Message(
                    "{host} did not answer in time "
                    "(limit {read:g} s per read, {total:g} s in all).",
                    host=self.host,
                    read=self.limits.read_timeout,
                    total=self.limits.total_timeout,
                ),
            ) from exc
        if isinstance(exc, ssl.SSLCertVerificationError):
            raise TlsError(
                self.url,
                Message(
                    "The security certificate of {host} could not be verified ({why}). "
                    "The connection was not made.",
                    host=self.host,
                    why=exc.verify_message,
                ),
            ) from exc
        if isinstance(exc, ssl.SSLError):
            raise TlsError(
                self.url,
                Message(
                    "The secure connection to {host} failed ({why}).",
                    host=self.host,
                    why=exc.reason or exc,
                ),
            ) from exc
        if isinstance(exc, ConnectionRefusedError):
            raise NetworkError(
                self.url, Message("{host} refused the connection.", host=self.host)
            ) from exc
        if isinstance(exc, OSError | http.client.HTTPException):
            raise NetworkError(
                self.url,
                Message(
                    "The connection to {host} failed ({kind}: {why}).",
                    host=self.host,
                    kind=exc.__class__.__name__,
                    why=exc,
                ),
            ) from exc


class _Decoder:
    """Decompresses gzip/deflate as it arrives, stopping at the size limit (zip bombs too)."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        encoding = encoding.strip().lower()
        self.limit, self.url = limit, url
        self.parts: list[bytes] = []
        self.size = 0
        self.raw_deflate = False
        self.zlib: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.zlib = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise UnsupportedContentError(
                url,
                Message(
                    "The site sent the page compressed as {encoding!r}, which Ponder cannot read.",
                    encoding=encoding,
                ),
                encoding,
            )

    def feed(self, chunk: bytes) -> None:
        if self.zlib is None:
            self._keep(chunk)
            return
        try:
            data = self.zlib.decompress(chunk, self.limit - self.size + 1)
        except zlib.error:
            if self.size or self.raw_deflate or self.zlib.unused_data:
                raise NetworkError(
                    self.url, Message("The page arrived damaged (bad compression).")
                ) from None
            self.raw_deflate = True  # some servers send raw deflate without the zlib header
            self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            data = self.zlib.decompress(chunk, self.limit - self.size + 1)
        if self.zlib.unconsumed_tail:
            raise TooLargeError(self.url, _too_big(self.limit))
        self._keep(data)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLargeError(self.url, _too_big(self.limit))
        self.parts.append(data)

    def finish(self) -> bytes:
        if self.zlib is not None:
            self._keep(self.zlib.flush())
        return b"".join(self.parts)


def _parse(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        raise InvalidUrlError(
            url, Message("{url!r} is not a valid web address ({why}).", url=url, why=exc)
        ) from exc
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"'{parts.scheme}:'" if parts.scheme else Message("no scheme")
        raise InvalidUrlError(
            url,
            Message(
                "Only http:// and https:// addresses can be clipped ({url!r} has {shown}).",
                url=url,
                shown=shown,
            ),
        )
    if not parts.hostname:
        raise InvalidUrlError(url, Message("{url!r} names no site.", url=url))
    return parts


def _redirect_target(current: str, location: str) -> str:
    return urljoin(current, location.strip())


def _request_headers() -> dict[str, str]:
    return {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        "Accept-Language": "en;q=0.9, *;q=0.5",
        "Connection": "close",
    }


def _check_status(url: str, status: int, retry_after: str | None = None) -> None:
    if 200 <= status < 300:
        return
    reasons = {
        401: Message("The page needs a login (HTTP 401)."),
        403: Message(
            "The site refused access (HTTP 403); it may need a login or block automated readers."
        ),
        404: Message("The page was not found (HTTP 404); check the address."),
        410: Message("The page has been removed (HTTP 410)."),
        304: Message("The page has not changed since it was last fetched (HTTP 304)."),
        429: Message("The site is limiting requests (HTTP 429); try again later."),
    }
    if status in reasons:
        reason = reasons[status]
    elif status >= 500:
        reason = Message("The site had an error (HTTP {status}); try again later.", status=status)
    else:
        reason = Message("The site answered with HTTP {status} instead of the page.", status=status)
    raise HttpStatusError(url, reason, status, retry_after)


def _content_type(headers: MimeHeaders) -> tuple[str, str | None]:
    raw = headers.get("content-type")
    if not raw:
        return "text/html", None  # an unlabelled answer is almost always a page
    message = MimeHeaders()
    message["content-type"] = raw
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _not_accepted(content_type: str) -> str:
    return Message(
        "The address gives a {content_type} file, not a web page Ponder can clip.",
        content_type=content_type,
    )


def _too_big(limit: int) -> str:
    size = f"{limit / 2**20:g} MiB" if limit >= 2**20 else f"{limit / 1024:g} KiB"
    return Message(
        "The answer is larger than {size}, the limit for a clip; nothing of it was kept.", size=size
    )
