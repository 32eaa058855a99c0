"""Following feeds on a real Library and a real server on 127.0.0.1: every format, the one-page
rule across feeds and clips, conditional GET, schedule, backoff, cap, refused addresses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from feed_server import Answer, Clock, FeedServer, feed_file

from ponder.core import frontmatter
from ponder.core.capture.clip import save_clip
from ponder.core.capture.feeds.service import FeedError, FeedService
from ponder.core.capture.fetch import FetchLimits
from ponder.core.library import Library
from ponder.core.model import NotePath

Make = Callable[..., FeedService]


def front(library: Library, path: NotePath) -> dict[str, object]:
    return frontmatter.read(library.vault.read(path)[0])[0]


def inbox(library: Library) -> list[str]:
    return sorted(str(p) for p in (library.vault.root / "inbox").glob("*.md"))


def test_a_feed_lands_in_the_inbox_as_light_items(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    url = server.put("/rss20.xml", Answer(feed_file("own/rss20.xml")))
    service = make_service()
    sub, new = service.subscribe(url)
    assert new and sub.title == "Field Reports" and sub.site == "https://reports.example/"
    assert "url: " + url in (library.vault.root / "feeds.yaml").read_text("utf-8")
    assert inbox(library) == []  # subscribing adds nothing before the first refresh
    [result] = service.refresh()
    assert result.outcome == "new" and len(result.added) == 3
    newest = front(library, result.added[0])
    assert newest["title"] == "Retrospectives that change something"
    assert newest["kind"] == "clip" and newest["status"] == "unprocessed"
    assert newest["feed"] == {"url": url, "title": "Field Reports", "entry": "reports-0003"}
    source = newest["source"]
    assert isinstance(source, dict)
    assert source["url"] == "https://reports.example/2026/retros?utm_source=rss"
    assert source["author"] == "Ada Field" and source["published"] == "2026-12-01T09:00:00+00:00"
    body = library.read(result.added[0]).body
    # The summary's relative link is made absolute against the feed's address (no xml:base).
    assert f"[Lists]({server.url('/2026/lists')})" in body
    assert library.read(result.added[0]).path.startswith("inbox/")


def test_refreshing_twice_adds_nothing_with_or_without_validators(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    with_etag = server.put("/etag.xml", Answer(feed_file("own/rss20.xml"), etag='"v1"'))
    plain = server.put("/plain.xml", Answer(feed_file("own/rss091.xml")))
    service = make_service()
    service.subscribe(with_etag)
    service.subscribe(plain)
    first = service.refresh(force=True)
    assert [len(r.added) for r in first] == [3, 2]
    second = service.refresh(force=True)
    assert [r.outcome for r in second] == ["unchanged", "unchanged"]
    assert all(not r.added for r in second) and len(inbox(library)) == 5
    # The server was asked conditionally and answered 304.
    assert server.hits("/etag.xml")[-1].headers["if-none-match"] == '"v1"'
    assert second[0].message.startswith("Not modified")


@pytest.mark.parametrize(
    ("name", "content_type", "titles"),
    [
        ("own/rss091.xml", "text/xml", {"Sowing beans in cold soil", "Why the café compost works"}),
        ("feedparser/rss10.rdf", "application/rdf+xml", {"First of all"}),
        ("own/atom10.xml", "application/atom+xml", {"Notes on a note-taking habit"}),
        ("feedparser/example.json", "application/feed+json", {"post 2"}),
        ("feedparser/rss_version_092.xml", "application/rss+xml", set()),
    ],
)
def test_every_format_is_read(
    library: Library,
    server: FeedServer,
    make_service: Make,
    name: str,
    content_type: str,
    titles: set[str],
) -> None:
    url = server.put("/feed", Answer(feed_file(name), content_type))
    service = make_service()
    service.subscribe(url)
    [result] = service.refresh()
    assert result.outcome in ("new", "unchanged")
    got = {str(front(library, p)["title"]) for p in result.added}
    assert titles <= got


def test_json_feed_html_is_sanitized_and_text_kept(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    url = server.put("/feed.json", Answer(feed_file("feedparser/example.json"), "application/json"))
    service = make_service()
    service.subscribe(url)
    [result] = service.refresh()
    bodies = {library.read(p).title: library.read(p).body for p in result.added}
    assert "This is a second item." in bodies["post 2"]
    untitled = bodies["https://example.org/initial-post"]
    assert "Hello, world!" in untitled and "alert" not in untitled and "<script" not in untitled


def test_relative_links_become_absolute(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    docuri = server.put(
        "/a/feed.xml", Answer(feed_file("feedparser/http_entry_link_base_docuri.xml"))
    )
    base = server.put("/b/feed.xml", Answer(feed_file("own/atom10.xml")))
    service = make_service()
    service.subscribe(docuri)
    service.subscribe(base)
    results = service.refresh()
    urls = {
        str(source["url"])
        for r in results
        for p in r.added
        if isinstance(source := front(library, p)["source"], dict)
    }
    assert server.url("/relative/link") in urls
    assert "https://mirror.example/blog/posts/habit.html" in urls
    habit = next(p for r in results for p in r.added if "habit" in str(p).lower())
    assert "(https://mirror.example/blog/posts/small.html)" in library.read(habit).body


def test_broken_xml_is_read_leniently_and_said(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    url = server.put(
        "/broken.xml", Answer(feed_file("feedparser/rss_item_link_corrupted_ampersands.xml"))
    )
    service = make_service()
    service.subscribe(url)
    [result] = service.refresh()
    assert len(result.added) == 1 and "damaged" in result.message
    source = front(library, result.added[0])["source"]
    assert isinstance(source, dict) and source["url"] == "http://link/get?a=1&b=2"


def test_not_a_feed_is_refused_with_a_reason(server: FeedServer, make_service: Make) -> None:
    url = server.put("/page", Answer(b"<html><body>No feed here</body></html>", "text/html"))
    with pytest.raises(FeedError, match="announces no feed"):
        make_service().subscribe(url)
    garbage = server.put("/bin", Answer(b"\x00\x01\x02 not xml", "application/octet-stream"))
    with pytest.raises(FeedError, match="not an RSS, Atom or JSON feed"):
        make_service().subscribe(garbage)


@pytest.mark.parametrize(
    ("declared", "encoding", "header"),
    [
        ("utf-8", "cp1252", "application/rss+xml; charset=utf-8"),  # says UTF-8, is Windows-1252
        ("iso-8859-1", "utf-8", "text/xml"),  # says Latin-1, is UTF-8
        (None, "utf-16", "application/xml"),  # no declaration, UTF-16 with a BOM
    ],
)
def test_wrong_encodings_are_read(
    library: Library,
    server: FeedServer,
    make_service: Make,
    declared: str | None,
    encoding: str,
    header: str,
) -> None:
    text = (
        feed_file("own/rss20.xml").decode("utf-8").replace("Writing in public", "Écrire en public")
    )
    text = text.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    if declared:
        text = f'<?xml version="1.0" encoding="{declared}"?>' + text
    url = server.put("/enc.xml", Answer(text.encode(encoding), header))
    service = make_service()
    service.subscribe(url)
    [result] = service.refresh()
    titles = {str(front(library, p)["title"]) for p in result.added}
    assert len(titles) == 3
    assert any(t.endswith("en public at work") for t in titles)


def test_page_address_finds_the_announced_feed(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    server.put("/feeds/rss20.xml", Answer(feed_file("own/rss20.xml")))
    page = server.put("/reports/index.html", Answer(feed_file("own/page.html"), "text/html"))
    sub, _ = make_service().subscribe(page)
    assert sub.url == server.url("/feeds/rss20.xml")


def test_one_page_rule_across_feeds_and_clips(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    save_clip(library, "https://reports.example/2026/public")  # clipped before by hand
    rss = server.put("/rss.xml", Answer(feed_file("own/rss20.xml")))
    atom = server.put("/atom.xml", Answer(feed_file("own/atom10.xml")))
    service = make_service()
    service.subscribe(rss)
    service.subscribe(atom)
    rss_result, atom_result = service.refresh()
    rss_titles = {str(front(library, p)["title"]) for p in rss_result.added}
    assert rss_titles == {"Retrospectives that change something", "The first report"}
    atom_titles = {str(front(library, p)["title"]) for p in atom_result.added}
    assert atom_titles == {"Notes on a note-taking habit"}  # the shared page came already


def test_a_huge_feed_adds_at_most_the_cap_once(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    items = "".join(
        f"<item><title>Entry {n}</title><link>https://big.example/{n}</link>"
        f"<guid>big-{n}</guid><description>{'word ' * 200}</description></item>"
        for n in range(1000)
    )
    body = f'<rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()
    url = server.put("/big.xml", Answer(body))
    service = make_service(max_new=25)
    service.subscribe(url)
    [result] = service.refresh()
    assert len(result.added) == 25 and result.passed_over == 975
    assert {str(front(library, p)["title"]) for p in result.added} == {
        f"Entry {n}" for n in range(25)
    }
    [again] = service.refresh(force=True)
    assert again.added == () and len(inbox(library)) == 25


def test_a_feed_over_the_size_limit_fails_on_the_feed(
    server: FeedServer, make_service: Make
) -> None:
    url = server.put("/rss.xml", Answer(feed_file("own/rss20.xml")))
    make_service().subscribe(url)
    service = make_service(limits=FetchLimits(max_bytes=1000))
    [result] = service.refresh()
    assert result.outcome == "failed" and "larger than" in result.message
    [status] = service.statuses()
    assert status.state.error == result.message and status.state.failures == 1


def test_errors_back_off_exponentially_and_honour_retry_after(
    library: Library, server: FeedServer, make_service: Make, clock: Clock
) -> None:
    good = Answer(feed_file("own/rss20.xml"))
    url = server.put("/rss.xml", good)
    service = make_service()
    service.subscribe(url)
    server.put(
        "/rss.xml",
        Answer(b"busy", "text/plain", 503),
        Answer(b"busy", "text/plain", 503),
        Answer(b"slow down", "text/plain", 429, headers={"Retry-After": "36000"}),
        good,
    )
    delays = []
    for _ in range(3):
        before = len(server.hits("/rss.xml"))
        [result] = service.refresh()
        assert result.outcome == "failed" and len(server.hits("/rss.xml")) == before + 1
        state = service.statuses()[0].state
        assert state.retry_at is not None
        retry = clock.now.fromisoformat(state.retry_at)
        delays.append((retry - clock.now).total_seconds() / 60)
        [waiting] = service.refresh()  # not due yet: nothing is asked
        assert waiting.outcome == "not-due" and len(server.hits("/rss.xml")) == before + 1
        clock.now = retry
    assert delays == [60, 120, 600]  # 1 h, 2 h, then the site's 10 h Retry-After
    assert "limiting requests" in (service.statuses()[0].state.error or "")
    [result] = service.refresh()
    assert result.outcome == "new" and service.statuses()[0].state.error is None


def test_interval_mute_and_offline_decide_what_is_fetched(
    server: FeedServer, make_service: Make, clock: Clock
) -> None:
    url = server.put("/rss.xml", Answer(feed_file("own/rss20.xml")))
    service = make_service()
    sub, _ = service.subscribe(url)
    service.refresh()
    asked = len(server.hits("/rss.xml"))
    clock.advance(minutes=30)
    assert [r.outcome for r in service.refresh()] == ["not-due"]
    clock.advance(minutes=31)
    assert [r.outcome for r in service.refresh(online=False)] == ["offline"]
    assert len(server.hits("/rss.xml")) == asked  # offline: nothing was fetched
    muted = service.set_muted(sub, True)
    assert muted is not None and [r.outcome for r in service.refresh()] == ["muted"]
    assert [r.outcome for r in service.refresh([muted], force=True)] == ["unchanged"]
    assert len(server.hits("/rss.xml")) == asked + 1


def test_a_redirect_to_a_refused_address_is_not_followed(
    server: FeedServer, private_server: FeedServer, make_service: Make
) -> None:
    private_server.put("/feed.xml", Answer(feed_file("own/rss20.xml")))
    url = server.put("/rss.xml", Answer(feed_file("own/rss20.xml")))
    service = make_service()
    service.subscribe(url)
    server.put(
        "/rss.xml", Answer(status=302, headers={"Location": private_server.url("/feed.xml")})
    )
    [result] = service.refresh()
    assert result.outcome == "failed" and "private network" in result.message
    assert private_server.requests == []
    with pytest.raises(FeedError, match="private network"):
        service.subscribe(private_server.url("/feed.xml"))


def test_unread_counts_mark_all_read_and_unsubscribe(
    library: Library, server: FeedServer, make_service: Make
) -> None:
    url = server.put("/rss.xml", Answer(feed_file("own/rss20.xml")))
    service = make_service()
    sub, _ = service.subscribe(url)
    service.refresh()
    [status] = service.statuses()
    assert (status.unread, status.items) == (3, 3) and status.state.ok is not None
    changes = service.mark_all_read(sub)
    assert len(changes.updated) == 3
    assert [(s.unread, s.items) for s in service.statuses()] == [(0, 3)]
    assert all(front(library, NotePath(p))["status"] == "read" for p in changes.updated)
    assert service.unsubscribe(sub) and service.statuses() == []
    assert len(inbox(library)) == 3  # the items stay


def test_a_clip_of_a_feed_item_runs_the_normal_clip_path(
    library: Library, server: FeedServer, make_service: Make, tmp_path: Path
) -> None:
    from ponder.core.capture.address_policy import AddressPolicy
    from ponder.core.capture.clip import ClipOptions, fill_clip
    from ponder.core.capture.page_cache import PageCache

    article = (
        "<html><head><title>T</title></head><body><article><h1>Habit</h1>"
        + ("<p>A habit is a small thing done often, and often enough it is who you are.</p>" * 12)
        + "</article></body></html>"
    )
    page = server.put("/posts/habit.html", Answer(article.encode(), "text/html"))
    feed = f"""<rss version="2.0"><channel><title>F</title><item><title>Habit</title>
        <link>{page}</link><description>Short.</description></item></channel></rss>"""
    url = server.put("/rss.xml", Answer(feed.encode()))
    service = make_service()
    service.subscribe(url)
    [result] = service.refresh()
    [path] = result.added
    clipped = fill_clip(
        library,
        path,
        PageCache(tmp_path / "pages"),
        ClipOptions(policy=AddressPolicy(allow_local=True)),
    )
    assert clipped.outcome == "ok"
    note = library.read(clipped.path)
    assert "who you are" in note.body and "Short." in note.body
    assert isinstance(note.front.get("feed"), dict)


def test_a_hostile_feed_reads_no_local_file_and_ends_fast(
    library: Library, server: FeedServer, make_service: Make, tmp_path: Path
) -> None:
    import time

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", "utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>&xxe;</title>'
        "<link>https://x.example/1</link></item></channel></rss>"
    )
    lols = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lols}]>'
        '<rss version="2.0"><channel><title>B</title><item><title>&l9;</title>'
        "<link>https://x.example/2</link></item></channel></rss>"
    )
    service = make_service()
    for path, body in (("/xxe.xml", xxe), ("/bomb.xml", bomb)):
        url = server.put(path, Answer(body.encode()))
        started = time.perf_counter()
        try:
            service.subscribe(url)
            service.refresh(force=True)
        except FeedError:
            pass
        assert time.perf_counter() - started < 10
    for note in (library.vault.root / "inbox").glob("*.md"):
        text = note.read_text("utf-8")
        assert "TOP-SECRET" not in text and "lollollol" not in text
