"""Word and character counting that ignores Markdown markup (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ponder.ui.editor.wordcount import count, plain_text


def test_front_matter_and_markup_do_not_count() -> None:
    text = "---\ntitle: Many words in the title\ntags: [a, b]\n---\n# Two words\n"
    assert count(text) == (2, len("Two words"))


def test_lists_tasks_quotes_and_emphasis_count_only_the_words() -> None:
    text = "- [ ] buy **fresh** milk\n1. call _mum_\n> quoted ~~old~~ text\n"
    assert plain_text(text) == "buy fresh milk\ncall mum\nquoted old text\n"
    assert count(text)[0] == 8


def test_links_count_their_visible_text() -> None:
    text = "See [the docs](https://example.com/a_b) and [[Deep work|this note]] and [[Flow#Ideas]]"
    assert plain_text(text) == "See the docs and this note and Flow"
    assert count(text)[0] == 8


def test_cjk_characters_count_one_word_each() -> None:
    assert count("日本語のテキスト")[0] == 8
    assert count("中文 and English")[0] == 4


def test_punctuation_alone_is_not_a_word() -> None:
    assert count("one — two - three !")[0] == 3


@given(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=30))
def test_plain_words_separated_by_spaces_are_counted_exactly(words: list[str]) -> None:
    assert count(" ".join(words))[0] == len(words)
