"""The Joplin Web Clipper API as Ponder answers it: ping, auth, folders, tags, notes."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping

from ponder.core.capture.clip_auth import AuthGate
from ponder.core.capture.clip_folders import folder_tree, tag_id
from ponder.core.capture.clip_http import (
    MAX_BODY_BYTES,
    MAX_OPEN_BODY_BYTES,
    ClipError,
    ClipRequest,
    ClipResponse,
    json_response,
    text_response,
)
from ponder.core.capture.clip_notes import OnChanges, create_clip, note_json, parse_payload
from ponder.core.library import Library
from ponder.core.vault import NoteReadError

PING_ANSWER = "JoplinClipperServer"
_OPEN_ROUTES = frozenset({("GET", "ping"), ("POST", "auth"), ("GET", "auth/check")})
_MAX_PAGE_SIZE = 100
REPEAT_WINDOW_SECONDS = 10.0
"""A POST /notes without a nonce is refused when the very same body arrived this recently."""
_REMEMBERED = 1000


class ReplayGuard:
    """Joplin's duplicate-request check: a nonce seen with the same request before is refused.

    The extension sends `?nounce=` (sic) with each note; a browser bug can send a request
    twice, and the second must not make a second note. Requests without a nonce (the
    screenshot path) are refused when an identical body arrived within a few seconds.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def repeated(self, request: ClipRequest) -> bool:
        nonce = request.query.get("nounce")
        items = sorted((k, v) for k, v in request.query.items() if k != "token")
        digest = hashlib.blake2b(
            repr((request.method, request.route, items)).encode() + request.body, digest_size=16
        ).hexdigest()
        key = f"nonce:{nonce}" if nonce else f"body:{digest}"
        now = self._clock()
        with self._lock:
            previous = self._seen.get(key)
            self._seen[key] = (digest, now)
            self._seen.move_to_end(key)
            while len(self._seen) > _REMEMBERED:
                self._seen.popitem(last=False)
        if previous is None or previous[0] != digest:
            return False
        return bool(nonce) or now - previous[1] < REPEAT_WINDOW_SECONDS


class JoplinApi:
    """Routes one checked request; every route but ping and auth needs the API token."""

    def __init__(self, library: Library, gate: AuthGate, on_changes: OnChanges) -> None:
        self._library = library
        self._gate = gate
        self._on_changes = on_changes
        self._replay = ReplayGuard()
        self._routes: Mapping[tuple[str, str], Callable[[ClipRequest], ClipResponse]] = {
            ("GET", "ping"): self._ping,
            ("POST", "auth"): self._auth,
            ("GET", "auth/check"): self._auth_check,
            ("GET", "folders"): self._folders,
            ("GET", "tags"): self._tags,
            ("POST", "notes"): self._create_note,
            ("GET", "notes"): self._get_note,
        }

    def admit(self, request: ClipRequest) -> int:
        """Route and token, from the request's head: refused before any body is read."""
        resource = self._resource(request)
        if (request.method, resource) in _OPEN_ROUTES:
            return MAX_OPEN_BODY_BYTES
        token = request.bearer or request.query.get("token")
        if not token:
            raise ClipError(403, 'Missing "token" parameter')
        if not self._gate.valid(token):
            raise ClipError(403, 'Invalid "token" parameter')
        return MAX_BODY_BYTES

    def dispatch(self, request: ClipRequest) -> ClipResponse:
        resource = self._resource(request)
        return self._routes[(request.method, resource)](request)

    def _resource(self, request: ClipRequest) -> str:
        # `auth/check` is a route of its own; elsewhere the second part is an id.
        depth = 2 if request.parts[:1] == ("auth",) else 1
        resource = "/".join(request.parts[:depth])
        if (request.method, resource) not in self._routes:
            known = any(route == resource for _method, route in self._routes)
            raise ClipError(405, "Method not allowed.") if known else ClipError(404, "Not found.")
        return resource

    def _ping(self, _request: ClipRequest) -> ClipResponse:
        return text_response(PING_ANSWER)

    def _auth(self, request: ClipRequest) -> ClipResponse:
        auth_token = self._gate.ask(request.origin, request.user_agent)
        if auth_token is None:
            raise ClipError(429, "Other requests are waiting for an answer in Ponder.")
        return json_response({"auth_token": auth_token})

    def _auth_check(self, request: ClipRequest) -> ClipResponse:
        if "auth_token" in request.query:
            state = self._gate.check(request.query["auth_token"])
            if state is None:
                raise ClipError(400, "Unknown or expired auth_token; ask again.")
            return json_response(state)
        if "token" in request.query:
            return json_response({"valid": self._gate.valid(request.query["token"])})
        raise ClipError(400, "Give auth_token or token.")

    def _folders(self, request: ClipRequest) -> ClipResponse:
        tree = [f.as_joplin() for f in folder_tree(self._library.root)]
        if request.query.get("as_tree"):
            return json_response(tree)
        flat: list[dict[str, object]] = []
        pending = list(tree)
        while pending:
            item = pending.pop(0)
            children = item.pop("children", [])
            flat.append(item)
            pending.extend(children if isinstance(children, list) else [])
        return json_response(_page(flat, request))

    def _tags(self, request: ClipRequest) -> ClipResponse:
        names = sorted(self._library.tag_counts(), key=str.casefold)
        if request.query.get("order_dir", "ASC").upper() == "DESC":
            names.reverse()
        tags: list[dict[str, object]] = [
            {"id": tag_id(name), "title": name, "parent_id": ""} for name in names
        ]
        return json_response(_page(tags, request))

    def _create_note(self, request: ClipRequest) -> ClipResponse:
        data = request.json_object()
        if self._replay.repeated(request):
            raise ClipError(400, "Duplicate Nounce")
        payload = parse_payload(data, self._library)
        note = create_clip(self._library, payload, self._on_changes)
        return json_response(note_json(note))

    def _get_note(self, request: ClipRequest) -> ClipResponse:
        if len(request.parts) != 2:
            raise ClipError(404, "Not found.")
        path = self._library.path_for_id(request.parts[1])
        if path is None:
            raise ClipError(404, "Not found.")
        try:
            return json_response(note_json(self._library.read(path)))
        except NoteReadError:
            raise ClipError(404, "Not found.") from None


def _page(items: list[dict[str, object]], request: ClipRequest) -> dict[str, object]:
    """Joplin's paging: `page` from 1, `limit` up to 100, `fields` to pick keys, `has_more`."""
    try:
        page = int(request.query.get("page") or 1)
        limit = int(request.query.get("limit") or _MAX_PAGE_SIZE)
    except ValueError:
        raise ClipError(400, "page and limit must be numbers.") from None
    if page < 1 or not 0 < limit <= _MAX_PAGE_SIZE:
        raise ClipError(400, f"page starts at 1; limit is between 1 and {_MAX_PAGE_SIZE}.")
    wanted = [f.strip() for f in request.query.get("fields", "").split(",") if f.strip()]
    start = (page - 1) * limit
    chunk = items[start : start + limit]
    if wanted:
        chunk = [{k: item[k] for k in wanted if k in item} for item in chunk]
    return {"items": chunk, "has_more": start + limit < len(items)}
