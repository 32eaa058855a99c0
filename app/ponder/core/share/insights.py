"""What works: every shared post with its network, day, template, length and response, grouped
for a chart, with a one-line summary in plain words. Read from the drafts (no cache)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ponder.core.library import Library
from ponder.core.markdown_extract import extract
from ponder.core.messages import Message
from ponder.core.model import NotePath
from ponder.core.share import history
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.responses import shared_posts

LENGTHS = ((280, "short"), (1000, "medium"))
"""Characters of plain text up to which a post is short, medium; longer is long."""
GROUPINGS = ("week", "network", "template", "length", "weekday", "variant")


@dataclass(frozen=True, slots=True)
class PostRow:
    """One shared post. `responses` is the sum of its counts (likes, boosts, replies,
    reactions); None when nothing was read or recorded yet."""

    draft: NotePath
    title: str
    network: str
    account: str
    at: datetime | None
    template: str
    length: int
    counts: dict[str, int]
    variant: str = ""
    variant_of: str = ""
    cannot_read: str = ""
    """Why Ponder cannot read this network's response (empty when it can)."""
    url: str = ""
    keep_replies: bool = False

    @property
    def responses(self) -> int | None:
        return sum(self.counts.values()) if self.counts else None

    @property
    def replies(self) -> int:
        return self.counts.get("replies", 0)

    def group(self, grouping: str) -> str:
        if grouping == "week":
            return f"{self.at:%G-W%V}" if self.at else "?"
        if grouping == "weekday":
            return f"{self.at:%a}" if self.at else "?"
        if grouping == "length":
            return length_class(self.length)
        if grouping == "variant":
            return self.variant or "—"
        return self.network if grouping == "network" else self.template


def length_class(characters: int) -> str:
    return next((name for limit, name in LENGTHS if characters <= limit), "long")


def rows(library: Library) -> list[PostRow]:
    """Every shared post of every draft, newest first."""
    found: list[PostRow] = []
    for info in history.list_drafts(library):
        if not info.shared:
            continue
        note = library.read(info.path)
        length = len(" ".join(extract(note.body).text.split()))
        template = str(note.front.get("template") or "—")
        variant = str(note.front.get("variant") or "")
        parent = str(note.front.get("variant_of") or (note.id if variant else "") or "")
        for post in shared_posts(library, info.path):
            spec = KINDS.get(post.channel)
            network = spec.label.split(" (")[0] if spec else post.channel  # "Slack (…)": Slack
            cannot = (
                "" if spec and spec.read_back.possible else (spec.read_back.how if spec else "")
            )
            keep = post.response.get("keep_replies") is True
            found.append(PostRow(info.path, info.title, network, post.account, post.at, template,
                                 length, post.counts(), variant, parent, cannot, post.ref.url,
                                 keep))  # fmt: skip
    return sorted(found, key=lambda r: r.at.timestamp() if r.at else float("-inf"), reverse=True)


def grouped(items: Iterable[PostRow], grouping: str) -> dict[str, tuple[float, int]]:
    """Per group: (average responses per post that was read, posts read), in display order."""
    sums: dict[str, list[int]] = defaultdict(list)
    for row in items:
        if row.responses is not None:
            sums[row.group(grouping)].append(row.responses)
    keys = sorted(sums, key=_weekday_order) if grouping == "weekday" else sorted(sums)
    return {key: (sum(sums[key]) / len(sums[key]), len(sums[key])) for key in keys}


def _weekday_order(name: str) -> int:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return days.index(name) if name in days else len(days)


def summary(items: Sequence[PostRow], now: datetime, days: int = 30) -> str:
    """One plain sentence: which template (else network) drew the most replies per post in
    the last `days`, against the one that drew the fewest."""
    recent = [r for r in items if r.at and r.at >= now - timedelta(days=days) and r.counts]
    if not recent:
        return Message("No responses read in the last 30 days yet: refresh, or record one by hand.")
    for grouping, noun in (("template", "posts"), ("network", "posts on")):
        replies: dict[str, list[int]] = defaultdict(list)
        for row in recent:
            replies[row.group(grouping)].append(row.replies)
        averages = {k: sum(v) / len(v) for k, v in replies.items()}
        if len(averages) < 2:
            continue
        best = max(averages, key=lambda k: averages[k])
        worst = min(averages, key=lambda k: averages[k])
        if averages[best] == averages[worst]:
            continue
        if averages[worst] == 0:
            return Message(
                "{best} got {average:.1f} replies per post this month; {worst} got none.",
                best=_name(best, noun),
                average=averages[best],
                worst=_name(worst, noun),
            )
        ratio = averages[best] / averages[worst]
        return Message("{best} got {ratio:.1f}× the replies of {worst} this month.",
                       best=_name(best, noun), ratio=ratio, worst=_name(worst, noun))  # fmt: skip
    total = sum(r.responses or 0 for r in recent)
    return Message("%n post(s) read this month drew {total} responses in all.", n=len(recent),
                   total=total)  # fmt: skip


def _name(group: str, noun: str) -> str:
    if noun == "posts on":
        return Message("Posts on {group}", group=group)
    plural = {"question": Message("Questions"), "insight": Message("Insights"),
              "roundup": Message("Roundups"), "weekly": Message("Weekly notes")}  # fmt: skip
    return plural.get(group) or Message("“{group}” posts", group=group)
