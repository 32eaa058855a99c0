"""Every script is searchable: words inside running CJK, Thai, Lao, Khmer, Myanmar and Korean
text, phrases with stop words inside, accents folded, matches highlighted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.library import Library
from ponder.core.whoosh_schema import Words, make_snippet
from ponder.core.whoosh_schema import fold as fold_text

NOTES = {
    "zh.md": "# 账户\n请先注册账号，然后登录系统。\n",
    "ja.md": "# アカウント\nまずアカウントを登録してください。猫が好きです。\n",
    "ko.md": "# 계정\n먼저 계정을 등록하세요. 그 다음 로그인합니다.\n",
    "th.md": "# บัญชี\nกรุณาลงทะเบียนบัญชีของคุณก่อนเข้าสู่ระบบ\n",
    "lo.md": "# ບັນຊີ\nກະລຸນາລົງທະບຽນບັນຊີຂອງທ່ານ\n",
    "km.md": "# គណនី\nសូមចុះឈ្មោះគណនីរបស់អ្នកជាមុនសិន\n",
    "my.md": "# အကောင့်\nကျေးဇူးပြု၍ သင့်အကောင့်ကို မှတ်ပုံတင်ပါ\n",
    "en.md": "# Security\nWe use end-to-end encryption for every message. Café au lait.\n",
    "en2.md": "# Other\nThe end of the encryption story; end to encryption.\n",
    "mixed.md": "# Mixed\nPonder支持中文search和日本語の検索。\n",
    "tr.md": "# Gezi\nYarın İstanbul'a gidiyoruz.\n",
}

# (query, the notes it must find) — every word taken from inside running text
EXPECTED = [
    ("注册", {"zh.md"}),
    ("登录", {"zh.md"}),
    ("注册账号", {"zh.md"}),
    ("账", {"zh.md"}),  # one character: Han characters are indexed alone too
    ("登録", {"ja.md"}),
    ("猫", {"ja.md"}),
    ("アカウント", {"ja.md"}),
    ("등록", {"ko.md"}),
    ("로그인", {"ko.md"}),
    ("계", {"ko.md"}),  # one syllable: the bigrams it starts (`계정`), a particle follows nouns
    ("ลงทะเบียน", {"th.md"}),
    ("ทะเบียน", {"th.md"}),
    ("ระบบ", {"th.md"}),
    ("ລົງທະບຽນ", {"lo.md"}),
    ("ចុះឈ្មោះ", {"km.md"}),
    ("မှတ်ပုံတင်", {"my.md"}),
    ("中文", {"mixed.md"}),
    ("検索", {"mixed.md"}),
    ("search", {"mixed.md"}),
    ('"end-to-end encryption"', {"en.md"}),
    ("end-to-end", {"en.md"}),
    ('"the end of the encryption story"', {"en2.md"}),
    ('"end to encryption"', {"en2.md"}),
    ("cafe", {"en.md"}),
    ("istanbul", {"tr.md"}),  # `İ` folds to `i`, not to `i` and a stray dot
    ("İSTANBUL", {"tr.md"}),
    ("CAFÉ", {"en.md"}),
    ('"注册 账号"', set()),  # a phrase still needs its words next to each other
    ("登録 猫", {"ja.md"}),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("scripts")
    for name, text in NOTES.items():
        (root / name).write_text(text, encoding="utf-8")
    with Library.open(root, root.parent / f"{root.name}-cache") as opened:
        opened.reconcile()
        yield opened


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_words_inside_running_text_are_found(
    library: Library, query: str, expected: set[str]
) -> None:
    assert {hit.path for hit in library.search(query, limit=50).hits} == expected


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("注册账号", "请先<b>注册账号</b>，然后登录系统。"),
        ("账", "<b>账</b>"),
        ("등록", "계정을 <b>등록</b>하세요"),
        ("ทะเบียน", "กรุณาลง<b>ทะเบียน</b>บัญชี"),
        ('"end-to-end encryption"', "<b>end</b>-to-<b>end</b> <b>encryption</b>"),
    ],
)
def test_matches_are_highlighted(library: Library, query: str, marked: str) -> None:
    (hit,) = library.search(query).hits
    assert marked in hit.snippet


def test_the_query_cuts_text_as_the_index_does() -> None:
    words = Words(body=True)
    text = "请先注册账号 end-to-end"
    indexed = [(pos, term) for pos, term in words.terms(text)]
    queried = [(pos, term) for pos, term, _, _ in words.words(text)]
    assert queried == [
        (0, "请先"),
        (1, "先注"),
        (2, "注册"),
        (3, "册账"),
        (4, "账号"),
        (5, "end"),
        (7, "end"),
    ]
    assert set(queried) <= set(indexed)  # the index adds the single characters
    assert (4, "号") in indexed and (0, "请") in indexed


@pytest.mark.parametrize(
    "text",
    [
        "Introduction. " * 12 + "Second sentence names the keyword once.",
        "x" * 30 + " " + "Supercalifragilisticexpialidocious " * 4 + "and then keyword.",
        "Wordy-lead\nFirst words of a line come before the keyword " + "tail " * 60,
    ],
)
def test_snippets_start_and_end_between_words(text: str) -> None:
    analyzer = Words(body=True)
    snippet = make_snippet(text, {"keyword"}, analyzer)
    assert "<b>keyword</b>" in snippet
    shown = snippet.removeprefix("… ").removesuffix(" …").replace("<b>", "").replace("</b>", "")
    start = " ".join(text.split()).find(shown)
    assert start >= 0, shown
    flat = " ".join(text.split())
    assert start == 0 or not flat[start - 1].isalnum()  # never begins mid-word
    end = start + len(shown)
    assert end == len(flat) or not flat[end].isalnum()  # nor ends mid-word


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.sampled_from("aé Z9.-_ 注册账号登録ア등록하세요ภาษาไทยခြန်ຂອງ,。İß\n"), max_size=60),
    st.booleans(),
)
def test_indexing_and_querying_cut_text_alike(text: str, body: bool) -> None:
    words = Words(body=body)
    indexed = set(words.terms(text))
    assert indexed == {(pos, term) for pos, term, _, _ in words.words(text, singles=True)}
    queried = [(pos, term) for pos, term, _, _ in words.words(text)]
    assert set(queried) <= indexed  # what a query asks for is what the index holds
    if not body:  # (stems differ from the text they stand for)
        for _pos, term, start, end in words.words(text, singles=True):
            assert fold_text(text[start:end]) == term  # offsets point at the word
