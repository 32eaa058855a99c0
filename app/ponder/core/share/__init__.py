"""Share: turn notes into drafts and drafts into posts for the networks people work in.

The public API, by module (import from the module; this package re-exports nothing):

- `drafts`: `new_draft(library, sources, *, template="insight", title=None, selections=None,
  day=None, now=None) -> (NotePath, Changes)`; `set_status(library, draft, status, *, now=None)
  -> Changes`; `record_shared(library, draft, *, channel, account, url_or_id, at) -> Changes`;
  `public_links(library) -> Links` (wikilink target -> public URL, for `formats.render`);
  `STATUSES`, `DraftError`.
- `history`: `list_drafts(library) -> list[DraftInfo]`;
  `shared_history(library) -> list[SharedEntry]`.
- `formats`: `render(markdown, target, *, links=no_links, title=None) -> Rendered`; `Target`
  (a dialect: several channels may share one).
- `limits`: what every channel's counting rule is built from: counters `graphemes`,
  `code_points`, `utf8_bytes`; `Limits` (run-time limits by name, each channel module holding
  its defaults and its measure: `mastodon.mastodon_status`, `slack.slack_sections`, …);
  `LengthCheck`, `within`, `unlimited`; `split_thread(text, limit, counter=graphemes) ->
  list[str]`; `ThreadError`.
- `privacy`: `check_privacy(draft_markdown, *, library, private_terms, audience) ->
  list[Finding]`.
- `sending`: `prepare(library, draft, account, *, private_terms, limits=None) -> Prepared`
  (pure: rendering, per-part `LengthCheck`s, numbered thread `parts`, privacy `findings`,
  the `Outgoing`, and `problem` when it cannot go as it is); `instance_limits(channel,
  base=None) -> Limits` (asks a Mastodon server its limit; blocking);
  `send(library, prepared, channel, *, accept_findings=False, now=None) -> SendResult`
  (posts, then `record_shared`; channel errors propagate typed); `TARGETS` and `AUDIENCES`
  (channel kind -> rendering, -> "public" or "internal", read from the declarations);
  `SendError`.
- `channels.spec`: `ChannelSpec`, what each channel module declares as `SPEC` (fields and
  secret, builder, dialect, audience, measure, thread rule, idempotency, `ReadBack`);
  `channels.registry.KINDS` gathers them. `channels.read_back`: `PostRef`, `Responses`,
  `Comment`, `ResponseReader` (channels that can read the response to a post).
- `attribution`: `for_readers(library, text)` (credits to the person's own notes left out),
  `private_sources(library, text)`.
- `templates`: `TEMPLATES`, `load(name)`, `fill(template, values)`; the templates themselves
  live in resources/templates/share/ (placeholders documented in its README.md).
"""
