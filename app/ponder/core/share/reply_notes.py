"""Replies saved as notes (for posts that opted in): each reply quoted once, in `notes/`,
linked from the draft's `responses:` entry and from its source notes' `replies:`, and
linking back to both — so a reply can answer a question note."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import PurePosixPath

from ponder.core.library import Library
from ponder.core.messages import said
from ponder.core.model import Changes, Kind, NotePath, Problem
from ponder.core.notes import KIND_FOLDERS, new_note_text
from ponder.core.share.channels.read_back import Comment
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.drafts import DraftError, edit_front
from ponder.core.share.responses import SharedPost
from ponder.core.vault import NoteReadError, VaultError

_TITLE_CHARS = 80


def save(
    library: Library,
    post: SharedPost,
    comments: Sequence[Comment],
    now: datetime,
    secrets: Sequence[str] = (),
) -> Changes:
    """Write a note for each reply not saved before; the draft and sources link to them."""
    saved = _saved_ids(post.response)
    fresh = [c for c in comments if c.id and c.id not in saved]
    if not fresh:
        return Changes()
    draft = library.read(post.draft)
    sources = _sources(library, draft.front.get("sources"))
    network = KINDS[post.channel].label if post.channel in KINDS else post.channel
    texts = []
    for comment in fresh:
        title = _title(comment, draft.title, secrets)
        body = _body(comment, network, post.draft, sources, secrets)
        text = new_note_text(title, Kind.NOTE, now, tags=("reply",), body=body)
        texts.append((KIND_FOLDERS[Kind.NOTE], title, text))
    results, changes = library.create_notes(texts)
    made = [(c.id, r) for c, r in zip(fresh, results, strict=True) if not isinstance(r, VaultError)]
    problems = [Problem(post.draft, said(r)) for r in results if isinstance(r, VaultError)]
    changes = changes.merge(Changes(problems=tuple(problems)))
    if made:
        changes = changes.merge(_link_from_draft(library, post, made))
        for source in sources:
            changes = changes.merge(_link_from_source(library, source, [p for _, p in made]))
    return changes


def _saved_ids(response: Mapping[str, object]) -> set[str]:
    saved = response.get("saved_replies")
    items = saved if isinstance(saved, list) else []
    return {str(item.get("id")) for item in items if isinstance(item, dict)}


def _sources(library: Library, refs: object) -> list[NotePath]:
    found = [library.resolve(str(ref)) for ref in refs] if isinstance(refs, list) else []
    return [path for path in found if path is not None]


def _link(path: NotePath) -> str:
    return f"[[{PurePosixPath(path).with_suffix('')}]]"


def _clean(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "…")
    return text


def _title(comment: Comment, draft_title: str, secrets: Sequence[str]) -> str:
    title = f"Reply from {comment.author or 'someone'} on {draft_title}"
    title = _clean(" ".join(title.split()), secrets)
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1] + "…"


def _body(
    comment: Comment,
    network: str,
    draft: NotePath,
    sources: Sequence[NotePath],
    secrets: Sequence[str],
) -> str:
    quoted = "\n".join(f"> {line}".rstrip() for line in comment.text.split("\n"))
    where = ", ".join(part for part in (comment.author, network, comment.at or "") if part)
    link = f" ([link]({comment.url}))" if comment.url else ""
    about = ", ".join(_link(s) for s in sources)
    tail = f"In reply to {_link(draft)}" + (f", about {about}" if about else "") + "."
    return _clean(f"{quoted}\n>\n> — {where}{link}\n\n{tail}\n", secrets)


def _link_from_draft(
    library: Library, post: SharedPost, made: list[tuple[str, NotePath]]
) -> Changes:
    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        entries = front.get("responses")
        if not isinstance(entries, list):
            raise DraftError("`responses:` is not a list; Ponder leaves it to you.")
        new = [{"id": cid, "note": _link(path)} for cid, path in made]
        updated = []
        for entry in entries:
            if isinstance(entry, dict) and (entry.get("account"), entry.get("url")) == post.key:
                old = entry.get("saved_replies")
                entry = {**entry, "saved_replies": [*(old if isinstance(old, list) else []), *new]}
            updated.append(entry)
        return {"responses": updated}

    return edit_front(library, post.draft, edit)


def _link_from_source(library: Library, source: NotePath, paths: list[NotePath]) -> Changes:
    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        old = front.get("replies")
        listed = old if isinstance(old, list) else []
        return {"replies": [*listed, *(_link(p) for p in paths if _link(p) not in listed)]}

    try:
        return edit_front(library, source, edit)
    except (DraftError, NoteReadError, ValueError) as exc:
        return Changes(problems=(Problem(source, said(exc)),))
