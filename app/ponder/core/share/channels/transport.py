"""The one small HTTP client every channel uses: timeouts, JSON, careful retries, plain words."""

from __future__ import annotations

import http.client
import json
import logging
import math
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from ponder import __version__
from ponder.core.messages import Message
from ponder.core.share.channels import ChannelError, DeliveryUnknown, RateLimited
from ponder.core.share.channels.replies import Reply, Target, retry_after, scrub

log = logging.getLogger(__name__)

MAX_REPLY_BYTES = 1 << 20
USER_AGENT = f"Ponder/{__version__}"


class _NotSent(Exception):
    """The connection failed before a byte of the request left: safe to report plainly."""


class _NoAnswer(Exception):
    """The request may have arrived, but no readable answer came back."""


@dataclass(frozen=True, slots=True)
class Call:
    """One request: the method, the URL, a body (JSON-able, or bytes sent as-is), headers."""

    method: str
    url: str
    body: object = None
    headers: Mapping[str, str] | None = None


Explain = Callable[[Reply], ChannelError]


class Http:
    """Sends JSON requests with a time limit; retries only what the caller says is safe."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_wait: float = 60.0,
        attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_wait = max_wait
        self.attempts = attempts
        self._sleep = sleep
        self._ssl = ssl_context or ssl.create_default_context()

    def send(self, call: Call, target: Target, explain: Explain, *, retry_safe: bool) -> Reply:
        """The reply to `call`, or a ChannelError saying what went wrong and what to do.

        Answers 429 by waiting (within `max_wait` in all) and trying again, since the network
        did not take the post. A lost answer or a 5xx is retried only when `retry_safe`: the
        network then recognises the repeat (a Matrix txnId, a Mastodon Idempotency-Key).
        """
        waited = 0.0
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                reply = self._once(call, target)
            except _NoAnswer:
                if retry_safe and not last:
                    self._sleep(float(attempt))
                    continue
                raise DeliveryUnknown(target.unknown_message()) from None
            if reply.status == 429:
                wait = retry_after(reply)
                if wait is not None and waited + wait <= self.max_wait and not last:
                    waited += wait
                    self._sleep(wait)
                    continue
                raise _rate_limited(target, wait)
            if reply.status >= 500:
                if retry_safe and not last:
                    self._sleep(float(attempt))
                    continue
                raise _server_error(reply, target, retry_safe)
            if reply.status >= 400:
                raise explain(reply)
            return reply
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def _once(self, call: Call, target: Target) -> Reply:
        parts = urlsplit(call.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ChannelError(
                Message("The {network} address must start with https://.", network=target.network)
            )
        conn = self._connection(parts.scheme, parts.hostname, parts.port)
        host = parts.hostname
        try:
            try:
                conn.connect()
            except OSError as exc:
                raise ChannelError(_unreachable(target, host, exc)) from None
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            data = _encode(call.body)
            headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
            if data is not None:
                headers["Content-Type"] = "application/json"
            headers.update(call.headers or {})
            try:
                conn.request(call.method, path, body=data, headers=headers)
                response = conn.getresponse()
                body = response.read(MAX_REPLY_BYTES)
            except (OSError, http.client.HTTPException) as exc:
                log.warning("%s: no answer from %s (%s)", target.network, host, type(exc).__name__)
                raise _NoAnswer from None
            lowered = {k.lower(): v for k, v in response.getheaders()}
            log.info("%s: %s %s answered %d", target.network, call.method, host, response.status)
            return Reply(response.status, lowered, body, target.secrets)
        finally:
            conn.close()

    def _connection(self, scheme: str, host: str, port: int | None) -> http.client.HTTPConnection:
        if scheme == "https":
            return http.client.HTTPSConnection(host, port, timeout=self.timeout, context=self._ssl)
        return http.client.HTTPConnection(host, port, timeout=self.timeout)


def _encode(body: object) -> bytes | None:
    """Bytes go out as they are (a signed body must not change); anything else as JSON."""
    if body is None or isinstance(body, bytes):
        return body
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _unreachable(target: Target, host: str, exc: OSError) -> str:
    why: str
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = Message("its certificate could not be verified")
    elif isinstance(exc, TimeoutError):
        why = Message("it did not answer in time")
    else:
        why = exc.strerror or type(exc).__name__
    return Message(
        "Ponder could not reach {network} at {host}: {why}. Nothing was sent.",
        network=target.network,
        host=host,
        why=why,
    )


def _rate_limited(target: Target, wait: float | None) -> RateLimited:
    if wait is None:
        return RateLimited(
            Message(
                "{network} is limiting how often Ponder may post; try again in a minute.",
                network=target.network,
            ),
            60.0,
        )
    return RateLimited(
        Message(
            "{network} is limiting how often Ponder may post; try again in %n second(s).",
            n=math.ceil(wait),
            network=target.network,
        ),
        wait,
    )


def _server_error(reply: Reply, target: Target, retry_safe: bool) -> ChannelError:
    detail = reply.reason()
    said = f" ({detail})" if detail else ""
    if retry_safe:
        return ChannelError(
            Message(
                "{network} kept failing (HTTP {status}){said}; the post was not sent "
                "twice. Try again later.",
                network=target.network,
                status=reply.status,
                said=said,
            )
        )
    if reply.status in (502, 504):
        return DeliveryUnknown(target.unknown_message())
    return ChannelError(
        Message(
            "{network} had a problem of its own (HTTP {status}){said}. The post most "
            "likely did not arrive; check {place} before sending again.",
            network=target.network,
            status=reply.status,
            said=said,
            place=target.place,
        )
    )


__all__ = ["Call", "Http", "Reply", "Target", "scrub"]
