"""The Sense commands of `ponder`: the inbox, reflections, the daily review, related notes,
questions and the weekly digest."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from ponder.core import settings
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import digest, inbox, onthisday, questions, related, review
from ponder.core.sense.review import Due

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4
ACTIONS = ("keep", "archive", "delete", "question", "draft")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")

Clock = Callable[[], datetime]


class SenseCliError(Exception):
    """A Sense command that cannot go on, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    box = sub.add_parser("inbox", help="list captures that wait for a reflection")
    box.add_argument("--json", action="store_true", help="stable output for scripts")

    process = sub.add_parser("process", help="process an inbox item: " + ", ".join(ACTIONS))
    process.add_argument("note", metavar="NOTE")
    process.add_argument("action", choices=ACTIONS)
    process.add_argument("--text", default="", help="the reflection (keep) or question")

    reflect = sub.add_parser("reflect", help="append a dated reflection to a note")
    reflect.add_argument("note", metavar="NOTE")
    reflect.add_argument("text", nargs="+")

    rev = sub.add_parser(
        "review",
        help="today's review; `review grade UNIT again|hard|good|easy`, `snooze UNIT`, "
        "`retire UNIT`",
    )
    rev.add_argument("action", nargs="?", choices=("grade", "snooze", "retire"))
    rev.add_argument("unit", nargs="?", metavar="UNIT", help="a unit key (first 4+ characters)")
    rev.add_argument("grade", nargs="?", choices=tuple(review.GRADES))
    rev.add_argument("--days", type=int, default=1, help="snooze for this many days")
    rev.add_argument("--json", action="store_true", help="stable output for scripts")

    rel = sub.add_parser("related", help="the notes most related to a note, with the reason")
    rel.add_argument("note", metavar="NOTE")
    rel.add_argument("--limit", type=int, default=related.LIMIT)
    rel.add_argument("--json", action="store_true", help="stable output for scripts")

    ask = sub.add_parser("ask", help="write down an open question")
    ask.add_argument("text", nargs="+")

    qs = sub.add_parser("questions", help="list questions")
    qs.add_argument("--status", choices=questions.STATUSES)
    qs.add_argument("--json", action="store_true", help="stable output for scripts")

    answer = sub.add_parser("answer", help="link a note as the answer to a question")
    answer.add_argument("question", metavar="QUESTION")
    answer.add_argument("note", metavar="NOTE")

    week = sub.add_parser("digest", help="write the weekly digest note (this week by default)")
    week.add_argument("--week", metavar="YYYY-Www|DATE", help="the week, or a day in it")


def _note(library: Library, ref: str) -> NotePath:
    path = library.resolve(ref)
    if path is None:
        raise SenseCliError(f"No note matches {ref!r} (as a path, id or title).", EXIT_NOT_FOUND)
    return path


def _now() -> datetime:
    return datetime.now().astimezone()


def _prefs(loaded: object) -> settings.Settings:
    return loaded.settings if isinstance(loaded, settings.LoadedSettings) else settings.Settings()


def cmd_inbox(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    found = inbox.items(library)
    if args.json:
        out.json(
            [
                {
                    "path": i.path,
                    "title": i.title,
                    "kind": i.kind.value,
                    "captured": i.captured.isoformat() if i.captured else None,
                    "site": i.site,
                    "url": i.url,
                }
                for i in found
            ]
        )
        return EXIT_OK
    for item in found:
        day = item.captured.date().isoformat() if item.captured else " " * 10
        out.line(f"{day}  {item.path}  {item.title}")
    out.line(f"{len(found)} in the inbox.")
    return EXIT_OK


def cmd_process(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    path = _note(library, args.note)
    now = _now()
    if args.action == "keep":
        inbox.keep(library, path, now, args.text)
    elif args.action == "archive":
        inbox.archive(library, path, now)
    elif args.action == "delete":
        inbox.delete(library, path)
        out.line(f"Moved {path} to .trash/.")
        return EXIT_OK
    elif args.action == "question":
        made, _changes = inbox.to_question(library, path, args.text, now)
        out.line(str(library.root / made))
        return EXIT_OK
    else:
        made, _changes = inbox.to_draft(library, path, now)
        out.line(str(library.root / made))
        return EXIT_OK
    out.line(str(library.root / path))
    return EXIT_OK


def cmd_reflect(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    path = _note(library, args.note)
    text = " ".join(args.text)
    if not text.strip():
        raise SenseCliError("Nothing to write: the reflection is empty.", EXIT_USAGE)
    inbox.reflect(library, path, text, _now())
    out.line(str(library.root / path))
    return EXIT_OK


def _due_json(due: Due) -> dict[str, object]:
    unit, schedule = due.unit, due.schedule
    source = unit.source
    return {
        "key": unit.key,
        "kind": unit.kind,
        "text": unit.text,
        "comment": unit.comment,
        "path": unit.path,
        "title": unit.title,
        "source": None
        if source is None
        else {"url": source.url, "site": source.site, "author": source.author},
        "due": schedule.due.isoformat() if schedule else None,
        "reps": schedule.reps if schedule else 0,
    }


def cmd_review(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    library.reconcile()
    now = _now()
    if args.action is not None:
        return _review_action(library, args, out, now)
    prefs = _prefs(loaded)
    digest.write_if_due(library, now, prefs.digest_weekday)
    due = review.today(library, now, prefs.review_per_day)
    memories = onthisday.memories(library, now.date())
    if args.json:
        out.json(
            {
                "due": [_due_json(d) for d in due],
                "on_this_day": [
                    {
                        "day": m.day.isoformat(),
                        "path": m.path,
                        "title": m.title,
                        "kind": m.kind.value,
                    }
                    for m in memories
                ],
            }
        )
        return EXIT_OK
    for item in due:
        unit = item.unit
        out.line(f"{unit.key}  {unit.kind:<10}  {unit.title}")
        out.line(f"    {unit.text}" + (f"  ({unit.comment})" if unit.comment else ""))
    out.line(f"{len(due)} to review today. Grade with `ponder review grade KEY good`.")
    if memories:
        out.line("On this day:")
        for memory in memories:
            out.line(f"  {memory.day.isoformat()}  {memory.path}  {memory.title}")
    return EXIT_OK


def _review_action(library: Library, args: argparse.Namespace, out: Output, now: datetime) -> int:
    if args.unit is None:
        raise SenseCliError(f"Name the unit to {args.action} (its key).", EXIT_USAGE)
    try:
        unit = review.find(library, args.unit)
        if args.action == "grade":
            if args.grade is None:
                raise SenseCliError("Grade with again, hard, good or easy.", EXIT_USAGE)
            schedule, _changes = review.grade(library, unit, args.grade, now)
        elif args.action == "snooze":
            schedule, _changes = review.snooze(library, unit, now, max(args.days, 1))
        else:
            schedule, _changes = review.retire(library, unit, now)
    except review.ReviewError as exc:
        raise SenseCliError(str(exc), EXIT_NOT_FOUND) from exc
    if schedule.retired:
        out.line(f"{unit.key} retired.")
    else:
        out.line(f"{unit.key} next due {schedule.due.astimezone(now.tzinfo).date().isoformat()}.")
    return EXIT_OK


def cmd_related(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    path = _note(library, args.note)
    found = related.related(library, path, max(args.limit, 1))
    if args.json:
        out.json(
            [
                {
                    "path": r.path,
                    "title": r.title,
                    "score": round(r.score, 4),
                    "reason": r.reason,
                    "terms": list(r.terms),
                    "tags": list(r.tags),
                }
                for r in found
            ]
        )
        return EXIT_OK
    for item in found:
        out.line(f"{item.path}  {item.title}")
        if item.reason:
            out.line(f"    {item.reason}")
    return EXIT_OK


def cmd_ask(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    try:
        path, _changes = questions.ask(library, " ".join(args.text), _now())
    except questions.QuestionError as exc:
        raise SenseCliError(str(exc), EXIT_USAGE) from exc
    out.line(str(library.root / path))
    return EXIT_OK


def cmd_questions(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    questions.sync_asked(library)
    found = questions.listing(library, args.status)
    if args.json:
        out.json(
            [
                {
                    "path": q.path,
                    "title": q.title,
                    "status": q.status,
                    "created": q.created.isoformat() if q.created else None,
                    "asked": [{k: str(v) for k, v in a.items()} for a in q.asked],
                    "answers": list(q.answers),
                }
                for q in found
            ]
        )
        return EXIT_OK
    for q in found:
        day = q.created.date().isoformat() if q.created else " " * 10
        out.line(f"{day}  {q.status:<8}  {q.title}  ({q.path})")
    return EXIT_OK


def cmd_answer(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    question, note = _note(library, args.question), _note(library, args.note)
    try:
        questions.answer(library, question, note)
    except questions.QuestionError as exc:
        raise SenseCliError(str(exc), EXIT_USAGE) from exc
    out.line(str(library.root / question))
    return EXIT_OK


def _week_day(text: str | None, today: date) -> date:
    if not text:
        return today
    match = _WEEK.fullmatch(text.strip())
    try:
        if match:
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise SenseCliError(f"{text!r} is not a week (2026-W49) or a day (2026-12-04).", 2) from exc


def cmd_digest(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    now = _now()
    path, _changes = digest.write(library, _week_day(args.week, now.date()), now)
    out.line(str(library.root / path))
    return EXIT_OK


COMMANDS = {
    "inbox": cmd_inbox,
    "process": cmd_process,
    "reflect": cmd_reflect,
    "review": cmd_review,
    "related": cmd_related,
    "ask": cmd_ask,
    "questions": cmd_questions,
    "answer": cmd_answer,
    "digest": cmd_digest,
}
