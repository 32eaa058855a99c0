"""The local channels: file export and the clipboard (an injected writer; no Qt in the core)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ponder.core.share.channels import ChannelError, Outgoing
from ponder.core.share.channels.clipboard import ClipboardChannel, CommandClipboard
from ponder.core.share.channels.file_export import FileExport


def test_markdown_export_never_overwrites(tmp_path: Path) -> None:
    channel = FileExport(tmp_path / "out", "md")
    outgoing = Outgoing("plain", markdown="**md**", title="My post: v2?", thread=("more",))
    first = channel.post(outgoing)
    second = channel.post(outgoing)
    assert Path(first.url_or_id or "").name == "My-post-v2.md"
    assert Path(second.url_or_id or "").name == "My-post-v2-2.md"
    assert Path(first.url_or_id or "").read_text("utf-8") == "# My post: v2?\n\n**md**\n\nmore\n"


def test_html_export_is_a_whole_escaped_page(tmp_path: Path) -> None:
    result = FileExport(tmp_path, "html").post(Outgoing("x", html="<p>body</p>", title="<T&>"))
    page = Path(result.url_or_id or "").read_text("utf-8")
    assert "<title>&lt;T&amp;&gt;</title>" in page and "<p>body</p>" in page
    assert page.startswith("<!DOCTYPE html>")


def test_an_unwritable_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ChannelError, match="could not write to"):
        FileExport(blocker / "sub").post(Outgoing("x"))


class FakeWriter:
    def __init__(self) -> None:
        self.written: list[tuple[str, str | None]] = []

    def write(self, text: str, html: str | None) -> None:
        self.written.append((text, html))


def test_the_clipboard_gets_text_and_html() -> None:
    writer = FakeWriter()
    result = ClipboardChannel(writer).post(Outgoing("a", html="<p>a</p>", thread=("b",)))
    assert writer.written == [("a\n\nb", "<p>a</p>")]
    assert result.delivered is None


def test_the_command_clipboard_pipes_the_text(tmp_path: Path) -> None:
    target = tmp_path / "clip.txt"
    script = f"import sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())"
    CommandClipboard([sys.executable, "-c", script]).write("héllo", None)
    assert target.read_text("utf-8") == "héllo"


def test_no_clipboard_tool_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(ChannelError, match=r"install wl-clipboard .* or xclip"):
        CommandClipboard.detect()
    with pytest.raises(ChannelError, match="Copying with false failed"):
        CommandClipboard(["false"]).write("x", None)
