"""Questions: asking, listing by status, answering, asking the network, `asked:` from shares."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sense_fixtures import NOW

from ponder.core.library import Library
from ponder.core.model import Kind
from ponder.core.sense import questions
from ponder.core.share import drafts


def test_ask_list_and_answer(library: Library) -> None:
    first, _ = questions.ask(library, "How  do teams\nlearn?", NOW)
    second, _ = questions.ask(library, "Why write?", NOW + timedelta(hours=1))
    note = library.read(first)
    assert note.kind is Kind.QUESTION and note.title == "How do teams learn?"
    assert [q.path for q in questions.listing(library, "open")] == [first, second]
    answer, _ = library.create_note("Teams learn by retros", body="x\n")
    questions.answer(library, first, answer)
    questions.answer(library, first, answer)  # twice changes nothing
    done = questions.as_question(library.read(first))
    assert done.status == "answered" and done.answers == ("[[notes/Teams learn by retros]]",)
    assert [q.path for q in questions.listing(library, "open")] == [second]
    with pytest.raises(questions.QuestionError):
        questions.ask(library, "  ", NOW)
    with pytest.raises(questions.QuestionError, match="not a question"):
        questions.answer(library, answer, first)
    with pytest.raises(questions.QuestionError, match="status"):
        questions.listing(library, "pending")


def test_asking_the_network_then_sharing_marks_it_asked(library: Library) -> None:
    question, _ = questions.ask(library, "Who measures focus?", NOW)
    draft, _ = questions.ask_network(library, question, NOW)
    assert library.read(draft).kind is Kind.DRAFT
    assert "Who measures focus?" in library.read(draft).body
    assert questions.sync_asked(library).updated == frozenset()  # not shared yet
    drafts.record_shared(
        library, draft, channel="mastodon", account="me", url_or_id="https://m.example/1", at=NOW
    )
    questions.sync_asked(library)
    (asked,) = questions.listing(library, "asked")
    assert asked.asked[0]["channel"] == "mastodon"
    assert asked.asked[0]["url"] == "https://m.example/1"
