"""Property: after a rename, every link that named a file names the same file (moved or not)."""

from __future__ import annotations

import posixpath
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.model import NotePath
from ponder.core.sense.links import link_spans
from ponder.core.sense.rename import rewrite_links
from ponder.core.sense.resolve import LinkResolver, NoteName

FOLDERS = ["", "A", "B", "A/C", "B/C"]
NAMES = ["Note", "note", "Other", "my note", "C", "Plan 2024"]

paths = st.builds(
    lambda folder, name: posixpath.join(folder, name + ".md"),
    st.sampled_from(FOLDERS),
    st.sampled_from(NAMES),
)


def link_forms(target: str, source: str) -> list[str]:
    """Ways a person may write a link meant for `target` (some name another file, or none)."""
    bare = target.removesuffix(".md")
    name = posixpath.basename(bare)
    relative = posixpath.relpath(target, posixpath.dirname(source) or ".")
    return [
        f"[[{name}]]",
        f"[[{bare}]]",
        f"[[{name}#Part|shown]]",
        f"![[{target}]]",
        f"[[{posixpath.basename(posixpath.dirname(bare))}/{name}]]",
        f"[t]({quote(relative)})",
        f"[t](<{relative}>)",
        f"[t]({quote(posixpath.basename(target))})",
        f"[[Missing|{name}]]",
    ]


def definition_forms(target: str, source: str) -> list[str]:
    """Link reference definitions, which name the file for every `[text][label]`."""
    relative = posixpath.relpath(target, posixpath.dirname(source) or ".")
    return [
        f"[ref]: {quote(relative)}",
        f'[ref]: <{relative}> "A title"',
        f"   [other]: {quote(posixpath.basename(target))}#Part",
    ]


@st.composite
def vaults(draw: st.DrawFn) -> tuple[dict[str, str], str, str]:
    notes = draw(st.lists(paths, min_size=2, max_size=8, unique_by=str.casefold))
    texts: dict[str, str] = {}
    for source in notes:
        lines = []
        for _ in range(draw(st.integers(0, 4))):
            target = draw(st.sampled_from(notes))
            if draw(st.booleans()):
                lines.append("- " + draw(st.sampled_from(link_forms(target, source))))
            else:
                lines.append(draw(st.sampled_from(definition_forms(target, source))))
        texts[source] = "\n".join(lines) + "\n"
    old = draw(st.sampled_from(notes))
    taken = {n.casefold() for n in notes}
    new = draw(paths.filter(lambda p: p.casefold() not in taken))
    return texts, old, new


def resolved(text: str, source: str, resolver: LinkResolver) -> list[tuple[str, NotePath | None]]:
    return [(f.raw, resolver.resolve(f.link, source)) for f in link_spans(text)]


@settings(max_examples=300, deadline=None)
@given(vaults())
def test_rename_then_resolve_keeps_every_link_on_its_file(
    case: tuple[dict[str, str], str, str],
) -> None:
    texts, old, new = case
    before = LinkResolver(NoteName(NotePath(p)) for p in texts)
    after = before.moved(NotePath(old), NotePath(new))
    for source, text in texts.items():
        moved_to = new if source == old else source
        rewritten, changes = rewrite_links(text, (source, moved_to), (before, after), {old: new})
        was = resolved(text, source, before)
        now = resolved(rewritten, moved_to, after)
        assert len(was) == len(now)
        for (raw_was, file_was), (raw_now, file_now) in zip(was, now, strict=True):
            if file_was is None:
                assert raw_now == raw_was  # a dangling link is never touched
            else:
                assert file_now == (new if file_was == old else file_was), (raw_was, raw_now)
                if file_now == file_was and raw_now != raw_was and source != old:
                    # a link to another file is touched only when the new name would capture it
                    assert after.resolve(next(iter(link_spans(raw_was))).link, moved_to) == new
        assert len(changes) == sum(a != b for (a, _), (b, _) in zip(was, now, strict=True))
