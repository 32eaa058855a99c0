"""fetch(): real requests to local servers — limits, redirects, charsets and refused addresses."""

from __future__ import annotations

import codecs
import gzip
import ipaddress
import time
import zlib

import pytest
from article_server import ArticleServer, gzip_bomb

from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.charset import sniff_charset
from ponder.core.capture.fetch import (
    HTML_TYPES,
    FetchLimits,
    FetchTimeoutError,
    HttpStatusError,
    InvalidUrlError,
    NetworkError,
    RefusedAddressError,
    TlsError,
    TooLargeError,
    TooManyRedirectsError,
    UnsupportedContentError,
    fetch,
)

LOCAL = AddressPolicy(allow_local=True)
LOOPBACK_ONLY = AddressPolicy(allowed=(ipaddress.ip_network("127.0.0.1/32"),))
"""Lets the first server through (it stands for a public site) and nothing else local."""
PAGE = "<html><head><title>T</title></head><body><p>Hello</p></body></html>"


def test_fetches_an_article_gzip_encoded(server: ArticleServer) -> None:
    page_id = next(server.html_dir.glob("*.html.gz")).name.split(".")[0]  # type: ignore[union-attr]
    page = fetch(server.url(f"/article/{page_id}"), policy=LOCAL)
    assert page.status == 200 and page.is_html
    assert page.body.lstrip().lower().startswith((b"<!doctype", b"<html", b"<!--", b"\xef\xbb\xbf"))
    assert "<" in page.text()


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.1", "0x7f000001", "2130706433", "0177.0.0.1", "[::ffff:127.0.0.1]"]
)
def test_loopback_in_every_spelling_is_refused_before_any_request(
    server: ArticleServer, host: str
) -> None:
    url = f"http://{host}:{server.port}/secret"
    with pytest.raises(RefusedAddressError) as caught:
        fetch(url)
    assert "--allow-local" in str(caught.value)
    assert server.requests == []
    # The same spelling does reach the server when local addresses are allowed.
    if not host.startswith("["):
        with pytest.raises(HttpStatusError):
            fetch(url, policy=LOCAL)
        assert server.requests == ["/secret"]


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://10.1.2.3/",
        "http://100.64.0.1/",
        "http://192.168.1.1/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
    ],
)
def test_private_and_metadata_addresses_are_refused(url: str) -> None:
    with pytest.raises(RefusedAddressError):
        fetch(url, limits=FetchLimits(connect_timeout=0.5, total_timeout=1))


def test_redirect_to_a_private_address_is_refused_and_never_arrives(
    server: ArticleServer, private_server: ArticleServer
) -> None:
    for target in (
        private_server.url("/secret"),
        f"http://2130706434:{private_server.port}/secret",  # 127.0.0.2 as one number
        f"http://0x7f.0.0.2:{private_server.port}/secret",
    ):
        start = server.url(f"/redirect?to={target}")
        with pytest.raises(RefusedAddressError):
            fetch(start, policy=LOOPBACK_ONLY)
    assert private_server.requests == []
    assert len(server.requests) == 3
    # With local addresses allowed, the same redirect arrives: the test would notice a leak.
    page = fetch(server.url(f"/redirect?to={private_server.url('/secret')}"), policy=LOCAL)
    assert page.body == b"<p>secret</p>" and private_server.requests == ["/secret"]


def test_redirects_are_followed_and_limited(server: ArticleServer) -> None:
    final = server.add("/final", PAGE)
    page = fetch(server.url("/redirect?to=/final"), policy=LOOPBACK_ONLY)
    assert page.url == final and page.requested_url.endswith("/redirect?to=/final")
    with pytest.raises(TooManyRedirectsError):
        fetch(server.url("/loop"), policy=LOCAL, limits=FetchLimits(max_redirects=3))
    assert server.requests.count("/loop") == 4


def test_only_http_and_https(server: ArticleServer) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "example.org"):
        with pytest.raises(InvalidUrlError):
            fetch(url)
    with pytest.raises(InvalidUrlError):
        fetch(server.url("/redirect?to=file:///etc/passwd"), policy=LOCAL)


def test_error_statuses_have_readable_reasons(server: ArticleServer) -> None:
    with pytest.raises(HttpStatusError) as caught:
        fetch(server.url("/nothing-here"), policy=LOCAL)
    assert caught.value.status == 404 and "not found" in str(caught.value)
    server.add("/broken", "oops", status=503)
    with pytest.raises(HttpStatusError, match="try again later"):
        fetch(server.url("/broken"), policy=LOCAL)


def test_timeouts(server: ArticleServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="did not answer in time"):
        fetch(server.url("/hang"), policy=LOCAL, limits=FetchLimits(read_timeout=0.5))
    with pytest.raises(FetchTimeoutError):
        fetch(server.url("/drip"), policy=LOCAL, limits=FetchLimits(total_timeout=1.5))
    assert time.monotonic() - started < 5


def test_size_limits_give_an_error_not_a_truncated_page(server: ArticleServer) -> None:
    small = FetchLimits(max_bytes=100_000)
    for path in ("/huge", "/endless"):
        with pytest.raises(TooLargeError, match="larger than"):
            fetch(server.url(path), policy=LOCAL, limits=small)
    server.add("/bomb", gzip_bomb(5_000_000), headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLargeError):
        fetch(server.url("/bomb"), policy=LOCAL, limits=small)


def test_deflate_with_and_without_zlib_header(server: ArticleServer) -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    bodies = {
        "/z": zlib.compress(PAGE.encode()),
        "/raw": raw.compress(PAGE.encode()) + raw.flush(),
        "/gz": gzip.compress(PAGE.encode()),
    }
    for path, body in bodies.items():
        encoding = "gzip" if path == "/gz" else "deflate"
        server.add(path, body, headers={"Content-Encoding": encoding})
        assert fetch(server.url(path), policy=LOCAL).text() == PAGE


def test_non_html_is_refused_before_the_body_when_asked(server: ArticleServer) -> None:
    server.add("/pic.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, content_type="image/png")
    with pytest.raises(UnsupportedContentError) as caught:
        fetch(server.url("/pic.png"), policy=LOCAL, accept=HTML_TYPES)
    assert caught.value.content_type == "image/png" and "image/png" in str(caught.value)
    pdf = fetch(server.url("/pic.png"), policy=LOCAL)
    assert not pdf.is_html and pdf.content_type == "image/png"


def test_charsets_header_meta_bom_and_detection(server: ArticleServer) -> None:
    text = "Crème brûlée, naïve café — “quoted”"
    server.add(
        "/hdr", f"<p>{text}</p>".encode("cp1252"), content_type="text/html; charset=windows-1252"
    )
    server.add(
        "/latin",
        f"<p>{text[:20]}</p>".encode("latin-1"),
        content_type="text/html; charset=ISO-8859-1",
    )
    meta = (
        '<html><head><meta charset="shift_jis"></head><body><p>日本語のテキスト</p></body></html>'
    )
    server.add("/meta", meta.encode("shift_jis"), content_type="text/html")
    server.add(
        "/bom",
        codecs.BOM_UTF16_LE + "<p>ünïcödé</p>".encode("utf-16-le"),
        content_type="text/html; charset=iso-8859-1",
    )
    russian = "<p>" + "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 20 + "</p>"
    server.add("/guess", russian.encode("cp1251"), content_type="text/html")
    assert text in fetch(server.url("/hdr"), policy=LOCAL).text()
    assert text[:20] in fetch(server.url("/latin"), policy=LOCAL).text()
    assert "日本語のテキスト" in fetch(server.url("/meta"), policy=LOCAL).text()
    assert "ünïcödé" in fetch(server.url("/bom"), policy=LOCAL).text()
    assert "французских булок" in fetch(server.url("/guess"), policy=LOCAL).text()
    assert sniff_charset(b"<p>plain</p>", "no-such-charset")[1] != "header"


def test_tls_failure_is_reported(server: ArticleServer) -> None:
    with pytest.raises(TlsError, match="secure connection"):
        fetch(f"https://127.0.0.1:{server.port}/", policy=LOCAL)


def test_connection_refused_is_a_network_error() -> None:
    with ArticleServer() as gone:
        port = gone.port
    with pytest.raises(NetworkError, match="refused"):
        fetch(f"http://127.0.0.1:{port}/", policy=LOCAL)


def test_allowed_networks_only_open_what_they_name() -> None:
    policy = AddressPolicy(allowed=(ipaddress.ip_network("127.0.0.1/32"),))
    assert policy.permits(ipaddress.ip_address("127.0.0.1"))
    assert not policy.permits(ipaddress.ip_address("127.0.0.2"))
    assert not policy.permits(ipaddress.ip_address("::ffff:10.0.0.1"))
    assert not policy.permits(ipaddress.ip_address("64:ff9b::a00:1"))
    assert not policy.permits(ipaddress.ip_address("2002:7f00:1::"))
    assert AddressPolicy().permits(ipaddress.ip_address("93.184.215.14"))
