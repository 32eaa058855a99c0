"""The bookmarklet and the small Ponder page it opens: clip a page from any browser, no extension.

How the page authenticates: the bookmarklet opens
`http://127.0.0.1:<port>/clip?k=…&url=…&title=…&selection=…` in a new window (`noopener`).
`k` is a key made from the API token, which only the window holds (keyring): it is in the
bookmark the person dragged from Ponder's settings, so another local program (or user) that
lacks the token cannot get a form at all. The server keeps what was sent and serves a form
carrying a random one-time form token. Only that page can read the token (same-origin policy,
no CORS for it, `frame-ancestors 'none'` against framing, COOP against its opener). The form
posts back to `/clip`; the server accepts the post only when its Origin is the page's own
origin *and* the token is one it issued and has not seen used, then hands the clip to the
ClipSink. The page being clipped could read `k` from the bookmarklet's call, but a web page
can neither read the form (no CORS) nor send the page's own Origin.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

from ponder.core.capture.clip_auth import AuthGate
from ponder.core.capture.clip_http import MAX_OPEN_BODY_BYTES, ClipError, ClipRequest, ClipResponse
from ponder.core.capture.clip_notes import MAX_TITLE, web_url
from ponder.core.model import NotePath

FORM_TTL_SECONDS = 30 * 60.0
MAX_FORMS = 64
MAX_SELECTION = 20_000
MAX_REFLECTION = 20_000
_BOOKMARKLET_SELECTION = 4000  # keeps the request line under http.server's 64 KiB limit


class ClipSink(Protocol):
    """Saves a clip at once (fetching the page later) and returns the new note's path."""

    def __call__(
        self, url: str, title: str, selection: str, reflection: str, tags: Sequence[str]
    ) -> NotePath: ...


@dataclass(frozen=True, slots=True)
class PendingClip:
    url: str
    title: str
    selection: str


class FormTokens:
    """One-time tokens for served forms, each bound to the clip it was served for."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._forms: OrderedDict[str, tuple[PendingClip, float]] = OrderedDict()

    def issue(self, clip: PendingClip) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._forms[token] = (clip, self._clock())
            while len(self._forms) > MAX_FORMS:
                self._forms.popitem(last=False)
        return token

    def redeem(self, token: str) -> PendingClip | None:
        with self._lock:
            entry = self._forms.pop(token, None)
        if entry is None or self._clock() - entry[1] > FORM_TTL_SECONDS:
            return None
        return entry[0]


class BookmarkletPage:
    """GET /clip (with the bookmarklet key) serves the form; POST /clip (own origin, valid
    form token) saves the clip."""

    def __init__(self, sink: ClipSink, gate: AuthGate) -> None:
        self._sink = sink
        self._gate = gate
        self._forms = FormTokens()

    def admit(self, request: ClipRequest) -> int:
        """The key (GET) or the page's own Origin (POST), from the head: before any body."""
        if request.parts != ("clip",):
            raise ClipError(404, "Not found.")
        if request.method == "GET":
            key, token = request.query.get("k", ""), self._gate.token
            if not (token and hmac.compare_digest(key, bookmarklet_key(token))):
                raise ClipError(
                    403,
                    "This bookmarklet is not Ponder's current one; drag it again from "
                    "Ponder's browser clipping settings.",
                )
            return 0
        if request.method == "POST":
            if not request.own_origin:
                raise ClipError(403, "Only Ponder's own clip page may save clips here.")
            return MAX_OPEN_BODY_BYTES
        raise ClipError(405, "Method not allowed.")

    def dispatch(self, request: ClipRequest) -> ClipResponse:
        if request.parts != ("clip",):
            raise ClipError(404, "Not found.")
        if request.method == "GET":
            return self._form(request)
        if request.method == "POST":
            return self._save(request)
        raise ClipError(405, "Method not allowed.")

    def _form(self, request: ClipRequest) -> ClipResponse:
        url = web_url(request.query.get("url"))
        if url is None:
            raise ClipError(400, "Ponder clips http and https pages only.")
        title = " ".join(request.query.get("title", "").split())[:MAX_TITLE]
        clip = PendingClip(url, title, request.query.get("selection", "")[:MAX_SELECTION])
        return _page(_form_body(clip, self._forms.issue(clip)))

    def _save(self, request: ClipRequest) -> ClipResponse:
        if not request.own_origin:
            raise ClipError(403, "Only Ponder's own clip page may save clips here.")
        form = request.form()
        clip = self._forms.redeem(form.get("form_token", ""))
        if clip is None:
            raise ClipError(
                403, "This clip form has expired or was used; use the bookmarklet again."
            )
        title = " ".join(form.get("title", "").split())[:MAX_TITLE] or clip.title or clip.url
        tags = [t.strip().lstrip("#") for t in form.get("tags", "").split(",")]
        path = self._sink(
            clip.url,
            title,
            clip.selection,
            form.get("reflection", "")[:MAX_REFLECTION].strip(),
            [t for t in tags if t],
        )
        return _page(
            f"<h1>Saved</h1><p>Ponder saved the clip as <code>{_e(path)}</code>.</p>"
            "<p>You can close this window.</p>"
        )


def bookmarklet_key(api_token: str) -> str:
    """The key a bookmarklet carries: derived from the API token, which it never reveals."""
    digest = hmac.new(api_token.encode(), b"ponder bookmarklet", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def bookmarklet_source(port: int, api_token: str) -> str:
    """The `javascript:` URL to keep as a bookmark; it opens Ponder's clip page for this tab."""
    key = bookmarklet_key(api_token)
    code = (
        "(function(){var e=encodeURIComponent,"
        f"s=String(window.getSelection?window.getSelection():'').slice(0,{_BOOKMARKLET_SELECTION});"
        f"window.open('http://127.0.0.1:{int(port)}/clip?k={key}&url='+e(location.href)"
        "+'&title='+e(document.title)+'&selection='+e(s),"
        "'_blank','noopener,width=560,height=640')})()"
    )
    return "javascript:" + quote(code, safe="(){}[];,.:='+!/?&_-")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _form_body(clip: PendingClip, token: str) -> str:
    quoted = f"<blockquote>{_e(clip.selection)}</blockquote>" if clip.selection else ""
    return (
        f'<h1>Clip to Ponder</h1><p class="url">{_e(clip.url)}</p>{quoted}'
        '<form method="post" action="/clip">'
        f'<input type="hidden" name="form_token" value="{_e(token)}">'
        '<label for="title">Title</label>'
        f'<input id="title" name="title" maxlength="{MAX_TITLE}" value="{_e(clip.title)}">'
        '<label for="reflection">Why does this matter to me?</label>'
        '<textarea id="reflection" name="reflection" rows="5" autofocus></textarea>'
        '<label for="tags">Tags (separated by commas)</label><input id="tags" name="tags">'
        '<button type="submit">Save clip</button></form>'
    )


_STYLE = (
    "body{font:15px system-ui,sans-serif;margin:1.2em auto;max-width:34em;padding:0 1em}"
    "label{display:block;margin:.9em 0 .2em;font-weight:600}"
    "input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.3em}"
    "blockquote{margin:.6em 0;padding:.3em .8em;border-left:3px solid #999;max-height:10em;"
    "overflow:auto;white-space:pre-wrap}.url{word-break:break-all;opacity:.75}"
    "button{margin-top:1.1em;font:inherit;padding:.4em 1.2em}"
)


def _page(body: str) -> ClipResponse:
    nonce = secrets.token_urlsafe(16)
    document = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"><title>Clip to Ponder</title>'
        f'<style nonce="{nonce}">{_STYLE}</style></head><body>{body}</body></html>'
    )
    policy = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )
    headers = (
        ("Content-Security-Policy", policy),
        ("X-Frame-Options", "DENY"),
        # Not no-referrer: with it browsers send `Origin: null` on the form's own POST.
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    )
    return ClipResponse(200, document.encode("utf-8"), "text/html; charset=utf-8", headers)
