"""The Joplin Web Clipper's own request sequence against a running clip server on a real vault.

The sequence follows laurent22/joplin packages/app-clipper/popup/src/bridge.js
(findClipperServerPort, checkAuth, onReactAppStarts, sendContentToJoplin) and
service_worker.js (the screenshot POST, which has no nonce).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from clip_server_helpers import Reply, Running, serve

from ponder.core import frontmatter
from ponder.core.capture.clip_folders import folder_id

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64))


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with serve(tmp_path) as started:
        yield started


def data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def read_front(running: Running, path: str) -> tuple[dict[str, object], str]:
    return frontmatter.read((running.vault / path).read_text("utf-8"))


def test_the_extension_sequence_from_ping_to_a_clipped_note(running: Running) -> None:
    client = running.client
    ping = client.request("GET", "/ping")
    assert (ping.status, ping.text) == (200, "JoplinClipperServer")
    # checkAuth: the stored token is checked first (none yet: the extension sends "null").
    assert client.api("GET", "auth/check", {"token": None}).json() == {"valid": False}
    auth_token = client.api("POST", "auth").json()["auth_token"]
    assert len(running.authorizer.prompts) == 1
    request, answer = running.authorizer.prompts[0]
    assert request.origin == "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    waiting = client.api("GET", "auth/check", {"auth_token": auth_token})
    assert waiting.json() == {"status": "waiting"}
    answer(True)
    accepted = client.api("GET", "auth/check", {"auth_token": auth_token}).json()
    assert accepted["status"] == "accepted"
    client.token = accepted["token"]
    assert running.store.load() == client.token == running.server.api_token
    assert client.api("GET", "auth/check").json() == {"valid": True}

    folders = client.api("GET", "folders", {"as_tree": 1}).json()
    assert [f["title"] for f in folders][:3] == ["clips", "inbox", "notes"]
    tags = client.api("GET", "tags", {"page": 1, "order_by": "title", "order_dir": "ASC"})
    assert tags.json() == {"items": [], "has_more": False}

    content = {
        "title": "A  page\nabout caching",
        "body_html": "<h2>Why</h2><p>It <b>misses</b>.</p><p><a href='/more'>more</a></p>",
        "base_url": "https://example.com/blog/",
        "source_url": "https://example.com/blog/caching?x=1",
        "parent_id": folders[0]["id"],
        "tags": "engineering, ci,,",
        "image_sizes": {},
        "anchor_names": [],
        "source_command": {"name": "simplifiedPageHtml"},
        "convert_to": "markdown",
        "image_data_url": data_url("image/png", PNG),
    }
    reply = client.api("POST", "notes", {"nounce": 1700000000000}, content)
    assert reply.status == 200, reply.text
    note = reply.json()
    assert note["title"] == "A page about caching"
    assert note["parent_id"] == folder_id("clips")
    assert note["source_url"] == "https://example.com/blog/caching?x=1"
    assert note["created_time"] > 0 and note["is_todo"] == 0

    path = "clips/A page about caching.md"
    front, body = read_front(running, path)
    assert front["kind"] == "clip" and front["id"] == note["id"]
    assert front["tags"] == ["engineering", "ci"]
    source = front["source"]
    assert isinstance(source, dict)
    assert source["url"] == "https://example.com/blog/caching?x=1"
    assert source["captured"] is not None
    assert "## Why" in body and "**misses**" in body
    assert "(https://example.com/more)" in body
    attachments = list((running.vault / "attachments").iterdir())
    assert len(attachments) == 1 and attachments[0].read_bytes() == PNG
    assert f"![Screenshot](attachments/{attachments[0].name})" in body

    # The Chrome double-send: the same nonce again is refused with Joplin's exact text.
    again = client.api("POST", "notes", {"nounce": 1700000000000}, content)
    assert (again.status, again.text) == (400, '{"error":"Duplicate Nounce"}')
    assert len(list((running.vault / "clips").iterdir())) == 1

    fetched = client.api("GET", f"notes/{note['id']}").json()
    assert fetched["id"] == note["id"] and fetched["body"] == body
    assert any(path in c.added for c in running.changes)
    assert running.library.search("tag:ci").hits[0].path == path


def test_a_rejected_request_gives_no_token(running: Running) -> None:
    auth_token = running.client.api("POST", "auth").json()["auth_token"]
    running.authorizer.prompts[0][1](False)
    running.authorizer.prompts[0][1](True)  # only the first answer counts
    reply = running.client.api("GET", "auth/check", {"auth_token": auth_token}).json()
    assert reply == {"status": "rejected"}
    unknown = running.client.api("GET", "auth/check", {"auth_token": "made-up"})
    assert unknown.status == 400 and "error" in unknown.json()


def test_the_stored_token_is_reused(running: Running) -> None:
    token = running.authorize()
    running.server.stop()
    running.server.start()
    assert running.server.api_token == token
    assert running.client.api("GET", "auth/check", {"token": token}).json() == {"valid": True}


def test_tags_page_as_joplin_pages(running: Running) -> None:
    running.authorize()
    for tag in ("delta", "Alpha", "charlie", "bravo", "echo"):
        running.library.create_note(f"note {tag}", tags=[tag])
    first = running.client.api("GET", "tags", {"page": 1, "limit": 2}).json()
    assert [t["title"] for t in first["items"]] == ["alpha", "bravo"]
    assert first["has_more"] is True
    last = running.client.api("GET", "tags", {"page": 3, "limit": 2}).json()
    assert [t["title"] for t in last["items"]] == ["echo"] and last["has_more"] is False
    fields = running.client.api("GET", "tags", {"fields": "title", "order_dir": "DESC"}).json()
    assert fields["items"][0] == {"title": "echo"}
    ids = {t["id"] for t in running.client.api("GET", "tags").json()["items"]}
    assert len(ids) == 5 and all(len(i) == 32 for i in ids)
    bad_pages: list[dict[str, object]] = [{"limit": 101}, {"limit": 0}, {"page": 0}, {"page": "x"}]
    for bad in bad_pages:
        assert running.client.api("GET", "tags", bad).status == 400


def test_folders_are_the_vault_folders_with_stable_ids(running: Running) -> None:
    running.authorize()
    for folder in ("projects/ponder/deep/deeper", "attachments", ".obsidian", "journal"):
        (running.vault / folder).mkdir(parents=True)
    tree = running.client.api("GET", "folders", {"as_tree": 1}).json()
    assert [f["title"] for f in tree] == ["clips", "inbox", "notes", "projects"]
    projects = tree[3]
    ponder = projects["children"][0]
    assert ponder["title"] == "ponder" and ponder["parent_id"] == projects["id"]
    assert ponder["children"][0]["title"] == "deep" and "children" not in ponder["children"][0]
    flat = running.client.api("GET", "folders").json()
    assert flat["has_more"] is False and len(flat["items"]) == 6
    again = running.client.api("GET", "folders", {"as_tree": 1}).json()
    assert again == tree

    reply = running.client.api("POST", "notes", body={"title": "x", "parent_id": ponder["id"]})
    assert reply.json()["parent_id"] == ponder["id"]
    assert (running.vault / "projects/ponder/x.md").is_file()
    lost = running.client.api("POST", "notes", body={"title": "y", "parent_id": "f" * 32})
    assert lost.status == 200 and (running.vault / "clips/y.md").is_file()


def test_a_screenshot_without_nonce_is_saved_once(running: Running) -> None:
    running.authorize()
    content = {
        "title": "Shot",
        "url": "https://example.com/page",
        "source_url": "https://example.com/page",
        "windowInnerWidth": 1280,
        "crop_rect": {"x": 10.5, "y": 20, "width": 300, "height": 200},
        "image_data_url": data_url("image/jpeg", JPEG),
        "parent_id": "",
        "tags": "",
    }
    first = running.client.api("POST", "notes", body=content)
    assert first.status == 200, first.text
    second = running.client.api("POST", "notes", body=content)
    assert second.status == 400
    front, body = read_front(running, "clips/Shot.md")
    assert "tags" not in front
    (shot,) = (running.vault / "attachments").iterdir()
    assert shot.suffix == ".jpg" and shot.read_bytes() == JPEG
    assert body.strip() == f"![Screenshot](attachments/{shot.name})"


def test_markdown_body_and_untitled_notes(running: Running) -> None:
    running.authorize()
    reply = running.client.api(
        "POST", "notes", body={"body": "# Kept\n\n*as written*", "source_url": "https://a.org/x"}
    )
    note = reply.json()
    assert note["title"] == "a.org"
    assert "*as written*" in note["body"]
    bare = running.client.api("POST", "notes", body={"source_url": "javascript:alert(1)"}).json()
    assert bare["title"] == "Clip" and bare["source_url"] == ""
    front, _ = read_front(running, "clips/Clip.md")
    assert front["source"] == {"captured": front["created"]}
    assert "javascript" not in (running.vault / "clips/Clip.md").read_text("utf-8")


def test_the_same_nonce_sent_at_once_from_many_threads_makes_one_note(running: Running) -> None:
    running.authorize()
    content = {"title": "Raced", "body": "once"}

    def send(_: int) -> Reply:
        return running.client.api("POST", "notes", {"nounce": 7}, content)

    with ThreadPoolExecutor(6) as pool:
        replies = list(pool.map(send, range(6)))
    assert sorted(r.status for r in replies) == [200] + [400] * 5
    assert [p.name for p in (running.vault / "clips").iterdir()] == ["Raced.md"]
    assert len(running.changes) == 1 and running.changes[0].added == {"clips/Raced.md"}
