"""A draft's per-target outcomes and the status that follows from them."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from ponder.core.share.delivery import Delivery, not_sent, outcomes, with_outcome

AT = datetime(2026, 12, 4, 22, 0, tzinfo=UTC)


def test_status_follows_every_target() -> None:
    front: dict[str, object] = {"status": "ready"}
    front |= with_outcome(front, "fedi", Delivery.FAILED, AT, "The server said 503.\nTry later.")
    assert front["status"] == "ready"  # nothing arrived anywhere: not posted, not partial
    assert outcomes(front)["fedi"].reason == "The server said 503. Try later."
    front |= with_outcome(front, "team", Delivery.SENT, AT)
    assert front["status"] == "partial" and not_sent(front) == ["fedi"]
    front |= with_outcome(front, "mail", Delivery.UNKNOWN, AT, "No answer in 30 s.")
    assert front["status"] == "partial" and not_sent(front) == ["fedi", "mail"]
    front |= with_outcome(front, "fedi", Delivery.SENT, AT)
    front |= with_outcome(front, "mail", Delivery.SENT, AT)
    assert front["status"] == "posted" and not_sent(front) == []


def test_a_draft_posted_before_outcomes_were_kept_counts_its_shared_accounts() -> None:
    front: dict[str, object] = {
        "status": "posted",
        "shared": [{"channel": "slack", "account": "team", "url": "", "at": AT}],
    }
    front |= with_outcome(front, "fedi", Delivery.FAILED, AT, "refused")
    assert front["status"] == "partial" and set(outcomes(front)) == {"team", "fedi"}


def test_unreadable_entries_are_left_out() -> None:
    front = {"delivery": {"a": "sent", "b": {"state": "maybe"}, "c": {"state": "sent"}}}
    assert list(outcomes(front)) == ["c"]


states = st.sampled_from(list(Delivery))


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), states), min_size=1))
def test_status_is_posted_only_when_all_last_outcomes_are_sent(
    steps: list[tuple[str, Delivery]],
) -> None:
    """Posted when every target's last post arrived, partial when some did; when none did
    the status is left as it was (a failed re-send does not unsay an earlier post)."""
    front: dict[str, object] = {"status": "draft"}
    last: dict[str, Delivery] = {}
    expected = "draft"
    for account, state in steps:
        front |= with_outcome(front, account, state, AT, "why")
        last[account] = state
        sent = [s is Delivery.SENT for s in last.values()]
        expected = "posted" if all(sent) else "partial" if any(sent) else expected
        assert front["status"] == expected
