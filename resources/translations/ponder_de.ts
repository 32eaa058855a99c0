<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Share accounts</source>
        <translation>Konten zum Teilen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account and its secret</source>
        <translation>Das ausgewählte Konto und sein Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. team-slack</source>
        <translation>z. B. team-slack</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Art des Kontos</translation>
    </message>
    <message>
        <source>Where the account posts</source>
        <translation>Wohin das Konto veröffentlicht</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Check the fields, then save the account</source>
        <translation>Felder prüfen, dann das Konto speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>How do I get this? {how}</source>
        <translation>Woher bekomme ich das? {how}</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in a file</source>
        <translation>Im Schlüsselbund aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Remove the account “{name}” and forget its secret?</source>
        <translation>Das Konto „{name}“ entfernen und sein Geheimnis vergessen?</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>No secure keyring is open on this computer, so secrets are kept only until Ponder quits and asked for again next time.</source>
        <translation>Auf diesem Rechner ist kein sicherer Schlüsselbund geöffnet; Geheimnisse werden deshalb nur bis zum Beenden von Ponder behalten und beim nächsten Mal erneut erfragt.</translation>
    </message>
</context>
<context>
    <name>BacklinksPanel</name>
    <message>
        <source>Backlinks</source>
        <translation>Rückverweise</translation>
    </message>
    <message>
        <source>Linked mentions</source>
        <translation>Verlinkte Erwähnungen</translation>
    </message>
    <message>
        <source>Unlinked mentions</source>
        <translation>Unverlinkte Erwähnungen</translation>
    </message>
    <message>
        <source>LINKED MENTIONS  {0}</source>
        <translation>VERLINKTE ERWÄHNUNGEN  {0}</translation>
    </message>
    <message>
        <source>UNLINKED MENTIONS  {0}</source>
        <translation>UNVERLINKTE ERWÄHNUNGEN  {0}</translation>
    </message>
    <message>
        <source>Open a note to see what links to it.</source>
        <translation>Öffnen Sie eine Notiz, um zu sehen, was auf sie verweist.</translation>
    </message>
    <message>
        <source>No other note links to or mentions this one yet.</source>
        <translation>Noch keine andere Notiz verweist auf diese oder erwähnt sie.</translation>
    </message>
    <message numerus="yes">
        <source>Updated links in %n note(s).</source>
        <translation>
            <numerusform>Links in %n Notiz aktualisiert.</numerusform>
            <numerusform>Links in %n Notizen aktualisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserClippingDialog</name>
    <message>
        <source>Browser clipping</source>
        <translation>Ausschnitte aus dem Browser</translation>
    </message>
    <message>
        <source>Clip from your browser</source>
        <translation>Aus dem Browser speichern</translation>
    </message>
    <message>
        <source>Let browsers clip into Ponder</source>
        <translation>Browser dürfen Ausschnitte in Ponder speichern</translation>
    </message>
    <message>
        <source>A server on 127.0.0.1 only, ports 41184–41194</source>
        <translation>Ein Server nur auf 127.0.0.1, Ports 41184–41194</translation>
    </message>
    <message>
        <source>Bookmarklet</source>
        <translation>Bookmarklet</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Copy bookmarklet</source>
        <translation>Bookmarklet kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Bookmarklet:</source>
        <translation>Bookmarklet:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bookmarklet:&lt;/b&gt; copy it and make a new bookmark with it as the address (URL). On any page, click the bookmark: Ponder opens a small page where you add why it matters and tags; the page is fetched and saved as a clip.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Joplin Web Clipper:&lt;/b&gt; install the extension; it finds Ponder by itself. The first time, Ponder asks you to allow it. Clips go to the notebook you pick (Ponder&apos;s folders), with their tags and screenshots.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bookmarklet:&lt;/b&gt; Kopieren Sie es und legen Sie damit ein neues Lesezeichen an, mit dem Bookmarklet als Adresse (URL). Klicken Sie auf einer beliebigen Seite auf das Lesezeichen: Ponder öffnet eine kleine Seite, auf der Sie ergänzen, warum es wichtig ist, und Schlagwörter vergeben; die Seite wird abgerufen und als Ausschnitt gespeichert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Joplin Web Clipper:&lt;/b&gt; Installieren Sie die Erweiterung; sie findet Ponder von selbst. Beim ersten Mal fragt Ponder, ob Sie sie zulassen. Ausschnitte landen im gewählten Notizbuch (den Ordnern von Ponder), mit ihren Schlagwörtern und Bildschirmfotos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>On: listening on 127.0.0.1:{port}.</source>
        <translation>An: wartet auf 127.0.0.1:{port}.</translation>
    </message>
    <message>
        <source>Off. Turn it on to clip from a browser.</source>
        <translation>Aus. Schalten Sie es ein, um aus dem Browser zu speichern.</translation>
    </message>
</context>
<context>
    <name>ClipFlow</name>
    <message>
        <source>Nothing to capture: the text is empty.</source>
        <translation>Nichts zu erfassen: Der Text ist leer.</translation>
    </message>
    <message>
        <source>Fetching the page for {path}…</source>
        <translation>Seite für {path} wird abgerufen …</translation>
    </message>
    <message>
        <source>Extracting {path} again…</source>
        <translation>{path} wird erneut extrahiert …</translation>
    </message>
    <message>
        <source>Captured to {path}</source>
        <translation>Erfasst in {path}</translation>
    </message>
    <message>
        <source>Clipped {words} words into {path}.</source>
        <translation>{words} Wörter in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Little text on this page ({words} words): it may be behind a paywall or need JavaScript. The link is kept in {path}.</source>
        <translation>Wenig Text auf dieser Seite ({words} Wörter): Sie liegt vielleicht hinter einer Bezahlschranke oder braucht JavaScript. Der Link bleibt in {path} erhalten.</translation>
    </message>
    <message>
        <source>The address is a PDF: it is kept in attachments/ and linked from {path}.</source>
        <translation>Die Adresse ist ein PDF: Es liegt in attachments/ und ist in {path} verlinkt.</translation>
    </message>
    <message>
        <source>Could not fetch the page for {path}: {reason}</source>
        <translation>Die Seite für {path} konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Could not clip: {error}</source>
        <translation>Ausschnitt konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>ClipHeader</name>
    <message>
        <source>Clip source</source>
        <translation>Quelle des Clips</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Erneut abrufen</translation>
    </message>
    <message>
        <source>Download the page again and extract its article</source>
        <translation>Die Seite erneut herunterladen und ihren Artikel extrahieren</translation>
    </message>
    <message>
        <source>Extract again</source>
        <translation>Erneut extrahieren</translation>
    </message>
    <message>
        <source>Extract the article again from the page Ponder kept (fetching it if none is kept). Your lines above the article, your highlights and your reflections are kept; other edits to the article are kept under their own heading.</source>
        <translation>Den Artikel erneut aus der von Ponder aufbewahrten Seite extrahieren (oder sie abrufen, wenn keine aufbewahrt ist). Ihre Zeilen über dem Artikel, Ihre Markierungen und Ihre Reflexionen bleiben erhalten; andere Änderungen am Artikel bleiben unter einer eigenen Überschrift erhalten.</translation>
    </message>
    <message>
        <source>Clip again as a new version</source>
        <translation>Als neue Version erneut clippen</translation>
    </message>
    <message>
        <source>Make a new clip of this page that links to this one; this one stays</source>
        <translation>Einen neuen Clip dieser Seite anlegen, der auf diesen verweist; dieser bleibt erhalten</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>veröffentlicht am {date}</translation>
    </message>
    <message>
        <source>Fetch the page</source>
        <translation>Seite abrufen</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund genannt</translation>
    </message>
    <message>
        <source>Could not fetch this page: {reason}</source>
        <translation>Diese Seite konnte nicht abgerufen werden: {reason}</translation>
    </message>
    <message>
        <source>Little text was found on this page; it may need JavaScript or a login.</source>
        <translation>Auf dieser Seite wurde wenig Text gefunden; sie braucht vielleicht JavaScript oder eine Anmeldung.</translation>
    </message>
    <message>
        <source>The page has not been fetched yet.</source>
        <translation>Die Seite wurde noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>You clipped this page before; this is that clip.</source>
        <translation>Sie haben diese Seite schon einmal geclippt; das ist dieser Clip.</translation>
    </message>
</context>
<context>
    <name>ClipService</name>
    <message>
        <source>Browser clipping is on (127.0.0.1:{port}).</source>
        <translation>Ausschnitte aus dem Browser sind eingeschaltet (127.0.0.1:{port}).</translation>
    </message>
    <message>
        <source>Browser clipping could not start: {0}</source>
        <translation>Ausschnitte aus dem Browser konnten nicht starten: {0}</translation>
    </message>
    <message>
        <source>Browser clipping is off.</source>
        <translation>Ausschnitte aus dem Browser sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>a browser extension</source>
        <translation>Eine Browsererweiterung</translation>
    </message>
    <message>
        <source>{who} asks to clip web pages into Ponder (as the Joplin Web Clipper does). Allow it? Only allow a request you just made yourself.</source>
        <translation>{who} möchte Webseiten in Ponder speichern (wie der Joplin Web Clipper). Zulassen? Lassen Sie nur eine Anfrage zu, die Sie gerade selbst gestellt haben.</translation>
    </message>
    <message>
        <source>Browser clipping</source>
        <translation>Ausschnitte aus dem Browser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Run a command…</source>
        <translation>Befehl ausführen …</translation>
    </message>
    <message>
        <source>↑↓ move  ·  Enter run  ·  Esc close</source>
        <translation>↑↓ bewegen  ·  Eingabe ausführen  ·  Esc schließen</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a few letters of a command&apos;s name</source>
        <translation>Tippen Sie ein paar Buchstaben eines Befehlsnamens</translation>
    </message>
    <message>
        <source>No matching command — try fewer letters</source>
        <translation>Kein passender Befehl – versuchen Sie weniger Buchstaben</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>The two versions are the same.</source>
        <translation>Die beiden Fassungen sind gleich.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Fassungen vergleichen</translation>
    </message>
    <message>
        <source>Lines in red are only on disk; lines in green are only in your version.</source>
        <translation>Rote Zeilen gibt es nur auf der Festplatte, grüne nur in Ihrer Fassung.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Save your version over the one on disk</source>
        <translation>Ihre Fassung über die auf der Festplatte speichern</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Load the version on disk; your edits are dropped</source>
        <translation>Die Fassung von der Festplatte laden; Ihre Änderungen werden verworfen</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Enter or Tab inserts the suggestion, Esc closes the list</source>
        <translation>Eingabe oder Tab fügt den Vorschlag ein, Esc schließt die Liste</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Compose — {name}</source>
        <translation>Verfassen – {name}</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Text des Entwurfs</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten …</translation>
    </message>
    <message>
        <source>Add or remove the accounts you post to</source>
        <translation>Konten hinzufügen oder entfernen, in denen Sie veröffentlichen</translation>
    </message>
    <message>
        <source>Each post as it will be sent</source>
        <translation>Jeder Beitrag so, wie er gesendet wird</translation>
    </message>
    <message>
        <source>Tick an account above to see the post as it will be sent.</source>
        <translation>Haken Sie oben ein Konto an, um den Beitrag so zu sehen, wie er gesendet wird.</translation>
    </message>
    <message>
        <source>Where the posts went</source>
        <translation>Wohin die Beiträge gingen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Post to every ticked account (Ctrl+Return)</source>
        <translation>In allen angehakten Konten veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Post later…</source>
        <translation>Später veröffentlichen …</translation>
    </message>
    <message>
        <source>Post to every ticked account at a time you choose</source>
        <translation>Zu einer gewählten Zeit in allen angehakten Konten veröffentlichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the composer (Esc)</source>
        <translation>Editor schließen (Esc)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>Send again to the accounts that did not take it</source>
        <translation>Erneut an die Konten senden, die ihn nicht angenommen haben</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <source>no reason was kept</source>
        <translation>es wurde kein Grund aufbewahrt</translation>
    </message>
    <message>
        <source>Partly posted.</source>
        <translation>Teilweise veröffentlicht.</translation>
    </message>
    <message>
        <source>The draft changed on disk after you opened it; nothing was overwritten.</source>
        <translation>Der Entwurf wurde auf der Festplatte geändert, nachdem Sie ihn geöffnet haben; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Take the version on disk</source>
        <translation>Die Fassung von der Festplatte übernehmen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Save this text over it</source>
        <translation>Diesen Text darüber speichern</translation>
    </message>
    <message>
        <source>The draft was deleted on disk.</source>
        <translation>Der Entwurf wurde auf der Festplatte gelöscht.</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>Write this text back</source>
        <translation>Diesen Text zurückschreiben</translation>
    </message>
    <message>
        <source>No secure keyring is open on this computer, so secrets are kept only until Ponder quits and asked for again next time.</source>
        <translation>Auf diesem Rechner ist kein sicherer Schlüsselbund geöffnet; Geheimnisse werden deshalb nur bis zum Beenden von Ponder behalten und beim nächsten Mal erneut erfragt.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with Accounts…</source>
        <translation>Noch keine Konten: Fügen Sie eines über „Konten …“ hinzu</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <source>Tick an account to post to (add one with Accounts…)</source>
        <translation>Haken Sie ein Konto an, in dem veröffentlicht werden soll (neue über „Konten …“)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: changed on disk</source>
        <translation>Nicht gespeichert: auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Your unsaved text was kept in {0}</source>
        <translation>Ihr ungespeicherter Text wurde in {0} aufbewahrt</translation>
    </message>
    <message>
        <source>Not saved: deleted on disk</source>
        <translation>Nicht gespeichert: auf der Festplatte gelöscht</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No note open</source>
        <translation>Keine Notiz offen</translation>
    </message>
    <message>
        <source>No note is open</source>
        <translation>Keine Notiz ist offen</translation>
    </message>
    <message>
        <source>Start a new note, write in today&apos;s journal, or open one you have: pick it in the list, or type a few letters of its title in the quick switcher.</source>
        <translation>Beginnen Sie eine neue Notiz, schreiben Sie ins Tagebuch von heute oder öffnen Sie eine vorhandene: in der Liste, oder mit ein paar Buchstaben ihres Titels in der Schnellauswahl.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Looking for a feed at {url}…</source>
        <translation>Suche einen Feed unter {url} …</translation>
    </message>
    <message>
        <source>Following {name}.</source>
        <translation>{name} wird jetzt verfolgt.</translation>
    </message>
    <message>
        <source>Already following {name}.</source>
        <translation>{name} wird bereits verfolgt.</translation>
    </message>
    <message>
        <source>The computer is offline; feeds were not refreshed.</source>
        <translation>Der Computer ist offline; die Feeds wurden nicht aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in the inbox. Feeds not refreshed: {n}.</source>
        <translation>
            <numerusform>%n neuer Eintrag im Eingang. Nicht aktualisierte Feeds: {n}.</numerusform>
            <numerusform>%n neue Einträge im Eingang. Nicht aktualisierte Feeds: {n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in the inbox.</source>
        <translation>
            <numerusform>%n neuer Eintrag im Eingang.</numerusform>
            <numerusform>%n neue Einträge im Eingang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsModel</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source> (muted)</source>
        <translation> (stumm)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Error: {error} Next try {when}.</source>
        <translation>Fehler: {error} Nächster Versuch {when}.</translation>
    </message>
    <message>
        <source>{n} new last time</source>
        <translation>{n} neu beim letzten Mal</translation>
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <source>Address of a feed or of a page that has one</source>
        <translation>Adresse eines Feeds oder einer Seite, die einen hat</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Feeds followed</source>
        <translation>Verfolgte Feeds</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Ab&amp;bestellen</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Stumm &amp;aufheben</translation>
    </message>
</context>
<context>
    <name>FeedsWindow</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Text to find; Enter finds the next match</source>
        <translation>Gesuchter Text; Eingabe findet den nächsten Treffer</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement; Enter replaces this match</source>
        <translation>Ersatz; Eingabe ersetzt diesen Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Current match and number of matches</source>
        <translation>Aktueller Treffer und Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Only find text with the same upper and lower case</source>
        <translation>Nur Text mit gleicher Groß- und Kleinschreibung finden</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rückwärts suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Find next (F3 or Enter)</source>
        <translation>Weitersuchen (F3 oder Eingabe)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Link to a note</source>
        <translation>Verweis auf eine Notiz</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Defekter Verweis</translation>
    </message>
    <message>
        <source>Local link</source>
        <translation>Lokaler Verweis</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>Private Adresse</translation>
    </message>
    <message>
        <source>Private term</source>
        <translation>Privater Begriff</translation>
    </message>
    <message>
        <source>Marked internal</source>
        <translation>Als intern markiert</translation>
    </message>
    <message>
        <source>Unfilled template line</source>
        <translation>Nicht ausgefüllte Vorlagenzeile</translation>
    </message>
    <message>
        <source>Privacy findings</source>
        <translation>Datenschutzhinweise</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>⚠ 1 thing to check before posting: it may not be yours to share.</source>
        <translation>⚠ 1 Stelle vor dem Veröffentlichen prüfen: Sie dürfen sie vielleicht nicht teilen.</translation>
    </message>
    <message>
        <source>⚠ {n} things to check before posting: they may not be yours to share.</source>
        <translation>⚠ {n} Stellen vor dem Veröffentlichen prüfen: Sie dürfen sie vielleicht nicht teilen.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Ponder</source>
        <translation>Willkommen bei Ponder</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Ordner für die neue Ablage</translation>
    </message>
    <message>
        <source>Existing notes folder</source>
        <translation>Vorhandener Notizordner</translation>
    </message>
    <message>
        <source>A folder of Markdown notes</source>
        <translation>Ein Ordner mit Markdown-Notizen</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Neue Ablage anlegen</translation>
    </message>
    <message>
        <source>Open an existing folder</source>
        <translation>Vorhandenen Ordner öffnen</translation>
    </message>
    <message>
        <source>Start with an empty vault in a new folder</source>
        <translation>Mit einer leeren Ablage in einem neuen Ordner beginnen</translation>
    </message>
    <message>
        <source>Use notes you already have, where they are</source>
        <translation>Vorhandene Notizen nutzen, wo sie liegen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Open the vault and begin</source>
        <translation>Die Ablage öffnen und beginnen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Pick the folder in a file dialog</source>
        <translation>Den Ordner in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Choose the new vault&apos;s folder</source>
        <translation>Ordner für die neue Ablage auswählen</translation>
    </message>
    <message>
        <source>Choose an existing folder</source>
        <translation>Einen vorhandenen Ordner auswählen</translation>
    </message>
    <message>
        <source>Ponder follows one practice: &lt;b&gt;Seek&lt;/b&gt; what is worth keeping, &lt;b&gt;Sense&lt;/b&gt; it by reflecting, linking and journaling, and &lt;b&gt;Share&lt;/b&gt; what you made of it. Your notes stay plain Markdown files in a folder you choose.</source>
        <translation>Ponder folgt einer Praxis: &lt;b&gt;Seek&lt;/b&gt; – finden, was es wert ist, behalten zu werden; &lt;b&gt;Sense&lt;/b&gt; – es durch Nachdenken, Verknüpfen und Tagebuchschreiben verstehen; &lt;b&gt;Share&lt;/b&gt; – teilen, was Sie daraus gemacht haben. Ihre Notizen bleiben einfache Markdown-Dateien in einem Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Obsidian, Logseq and Foam folders work as they are.</source>
        <translation>Ordner von Obsidian, Logseq und Foam funktionieren unverändert.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>That is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>There is no folder there.</source>
        <translation>Dort gibt es keinen Ordner.</translation>
    </message>
    <message>
        <source>Notes folder</source>
        <translation>Notizordner</translation>
    </message>
</context>
<context>
    <name>FuzzyPopup</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Ponder imports these exports and folders. Each becomes notes in your vault; what is already there is skipped, never duplicated.</source>
        <translation>Ponder importiert diese Exporte und Ordner. Daraus werden Notizen in Ihrem Tresor; was schon da ist, wird übersprungen, nie verdoppelt.</translation>
    </message>
    <message>
        <source>Formats Ponder imports</source>
        <translation>Formate, die Ponder importiert</translation>
    </message>
    <message>
        <source>Tell from the file (any format below)</source>
        <translation>Aus der Datei erkennen (jedes Format unten)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
        <source>&amp;Show imported notes</source>
        <translation>Importierte Notizen &amp;zeigen</translation>
    </message>
    <message>
        <source>Each link becomes a clip in clips/ with its title, tags and date; a link already in the vault is skipped.</source>
        <translation>Jeder Link wird ein Clip in clips/ mit Titel, Schlagwörtern und Datum; ein Link, der schon im Tresor ist, wird übersprungen.</translation>
    </message>
    <message>
        <source>Each note becomes a note, with its tags, tasks and attachments.</source>
        <translation>Jede Notiz wird eine Notiz, mit ihren Schlagwörtern, Aufgaben und Anhängen.</translation>
    </message>
    <message>
        <source>One note lists the feeds; follow them from the Feeds view.</source>
        <translation>Eine Notiz listet die Feeds; folgen Sie ihnen in der Feed-Ansicht.</translation>
    </message>
    <message>
        <source>Every Markdown file is copied in with its folders, front matter and attachments.</source>
        <translation>Jede Markdown-Datei wird mit ihren Ordnern, ihrem Front Matter und ihren Anhängen übernommen.</translation>
    </message>
    <message>
        <source>&amp;What to import</source>
        <translation>&amp;Was importiert wird</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Import into Ponder</source>
        <translation>In Ponder importieren</translation>
    </message>
    <message>
        <source>Import a folder of Markdown (Obsidian, Logseq, Dendron, Foam)</source>
        <translation>Einen Ordner mit Markdown importieren (Obsidian, Logseq, Dendron, Foam)</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Note status</source>
        <translation>Notizstatus</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Over time (by week)</source>
        <translation>Im Zeitverlauf (nach Woche)</translation>
    </message>
    <message>
        <source>By network</source>
        <translation>Nach Netzwerk</translation>
    </message>
    <message>
        <source>By template</source>
        <translation>Nach Vorlage</translation>
    </message>
    <message>
        <source>By length</source>
        <translation>Nach Länge</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Nach Variante</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation>Boosts</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Was ankommt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Chart by</source>
        <translation>Diagramm nach</translation>
    </message>
    <message>
        <source>Read responses now</source>
        <translation>Reaktionen jetzt abrufen</translation>
    </message>
    <message>
        <source>Ask the networks that can tell (each post at most every 15 minutes)</source>
        <translation>Die Netzwerke fragen, die Auskunft geben (jeden Beitrag höchstens alle 15 Minuten)</translation>
    </message>
    <message>
        <source>Record by hand…</source>
        <translation>Von Hand festhalten …</translation>
    </message>
    <message>
        <source>A response Ponder cannot read, e.g. in a meeting</source>
        <translation>Eine Reaktion, die Ponder nicht abrufen kann, z. B. in einer Besprechung</translation>
    </message>
    <message>
        <source>Keep replies as notes</source>
        <translation>Antworten als Notizen behalten</translation>
    </message>
    <message>
        <source>Save this post&apos;s replies as quoted notes, linked from the draft and its sources</source>
        <translation>Die Antworten auf diesen Beitrag als zitierte Notizen speichern, verlinkt vom Entwurf und seinen Quellen</translation>
    </message>
    <message>
        <source>Shared posts and their responses</source>
        <translation>Geteilte Beiträge und ihre Reaktionen</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>No responses yet: read them now, or record one by hand.</source>
        <translation>Noch keine Reaktionen: Rufen Sie sie jetzt ab oder halten Sie eine von Hand fest.</translation>
    </message>
    <message numerus="yes">
        <source>{variant} → {network}: %n response(s)</source>
        <translation>
            <numerusform>{variant} → {network}: %n Reaktion</numerusform>
            <numerusform>{variant} → {network}: %n Reaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Variants side by side:</source>
        <translation>Varianten nebeneinander:</translation>
    </message>
    <message>
        <source>Record by hand</source>
        <translation>Von Hand festhalten</translation>
    </message>
    <message>
        <source>Choose a post first.</source>
        <translation>Wählen Sie zuerst einen Beitrag.</translation>
    </message>
    <message>
        <source>What came back? (e.g. “3 replies in the team meeting”)</source>
        <translation>Was kam zurück? (z. B. „3 replies in the team meeting“)</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s journal (Ctrl+J)</source>
        <translation>Tagebuch von heute (Strg+J)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Journal calendar</source>
        <translation>Tagebuchkalender</translation>
    </message>
    <message>
        <source>Days in bold have a journal note; click one to open it</source>
        <translation>Fett gedruckte Tage haben einen Tagebucheintrag; zum Öffnen anklicken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Anzahl der Notizen</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Ponder — {vault}</source>
        <translation>Ponder – {vault}</translation>
    </message>
    <message>
        <source>Ponder</source>
        <translation>Ponder</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rückverweise</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Notizeditor</translation>
    </message>
    <message>
        <source>Markdown text of the note</source>
        <translation>Markdown-Text der Notiz</translation>
    </message>
    <message>
        <source>Write in Markdown…  [[ links a note, # adds a tag</source>
        <translation>In Markdown schreiben …  [[ verweist auf eine Notiz, # fügt ein Schlagwort hinzu</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Notes it draws from</source>
        <translation>Notizen, aus denen er schöpft</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <source>The draft as it will be written</source>
        <translation>Der Entwurf, wie er geschrieben wird</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Notes it draws from ({n})</source>
        <translation>&amp;Notizen, aus denen er schöpft ({n})</translation>
    </message>
    <message>
        <source>&amp;Post to</source>
        <translation>Ver&amp;öffentlichen in</translation>
    </message>
    <message>
        <source>No accounts yet: add one in the composer.</source>
        <translation>Noch keine Konten: Legen Sie eines im Editor an.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <source>Tick a note to draw from, or choose the weekly template.</source>
        <translation>Haken Sie eine Notiz an, aus der er schöpfen soll, oder wählen Sie die Wochenvorlage.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Keine Vorschau: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteListPanel</name>
    <message>
        <source>Search notes — try tag:work, &quot;a phrase&quot;, cach*</source>
        <translation>Notizen durchsuchen – z. B. tag:arbeit, &quot;eine Wendung&quot;, such*</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, tag:, kind:, title:, path:, -exclude</source>
        <translation>Wörter, &quot;Wendungen&quot;, Anfang*, tag:, kind:, title:, path:, -ausschließen</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ergebnisse sortieren</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>The search could not run: {error}</source>
        <translation>Die Suche konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{n} note(s)</source>
        <translation>
            <numerusform>{n} Notiz</numerusform>
            <numerusform>{n} Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} (still indexing: results are partial)</source>
        <translation>{count} (Indizierung läuft: Ergebnisse unvollständig)</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.
Try fewer words, or a prefix like cach*.</source>
        <translation>Nichts passt zu „{query}“.
Versuchen Sie weniger Wörter oder einen Wortanfang wie such*.</translation>
    </message>
    <message>
        <source>Nothing matches “{query}” yet.
Ponder is still indexing your notes; the results grow as it goes.</source>
        <translation>Noch passt nichts zu „{query}“.
Ponder indiziert Ihre Notizen noch; die Ergebnisse wachsen dabei.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Not changed: {0}</source>
        <translation>Nicht geändert: {0}</translation>
    </message>
    <message>
        <source>Could not open the note: {0}</source>
        <translation>Die Notiz konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Take the version on disk</source>
        <translation>Die Fassung von der Festplatte übernehmen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Save your version over it</source>
        <translation>Ihre Fassung darüber speichern</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>See what differs, then choose</source>
        <translation>Unterschiede ansehen, dann entscheiden</translation>
    </message>
    <message>
        <source>Another program changed this note while you were editing it.</source>
        <translation>Ein anderes Programm hat diese Notiz geändert, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>Not saved: the file on disk changed since Ponder read it.</source>
        <translation>Nicht gespeichert: Die Datei auf der Festplatte hat sich geändert, seit Ponder sie gelesen hat.</translation>
    </message>
    <message>
        <source>This note was deleted outside Ponder. Your text is still here.</source>
        <translation>Diese Notiz wurde außerhalb von Ponder gelöscht. Ihr Text ist noch da.</translation>
    </message>
    <message>
        <source>Write the note to its file again</source>
        <translation>Die Notiz erneut in ihre Datei schreiben</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Save the note again now</source>
        <translation>Die Notiz jetzt erneut speichern</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Could not add the files: {0}</source>
        <translation>Die Dateien konnten nicht hinzugefügt werden: {0}</translation>
    </message>
</context>
<context>
    <name>NotePicker</name>
    <message>
        <source>↑↓ move  ·  Enter choose  ·  Esc close</source>
        <translation>↑↓ bewegen  ·  Eingabe wählen  ·  Esc schließen</translation>
    </message>
</context>
<context>
    <name>PostFlow</name>
    <message>
        <source>Not posted</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>The draft has %n privacy finding(s):
{lines}

Post anyway?</source>
        <translation>
            <numerusform>Der Entwurf hat %n Datenschutz-Hinweis:
{lines}

Trotzdem posten?</numerusform>
            <numerusform>Der Entwurf hat %n Datenschutz-Hinweise:
{lines}

Trotzdem posten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Post anyway?</source>
        <translation>Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Post anyway</source>
        <translation>Trotzdem veröffentlichen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>{message}

Send to {account} again?</source>
        <translation>{message}

Erneut an {account} senden?</translation>
    </message>
    <message>
        <source>Did it arrive?</source>
        <translation>Ist es angekommen?</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Not noted in the draft</source>
        <translation>Nicht im Entwurf vermerkt</translation>
    </message>
</context>
<context>
    <name>PostLater</name>
    <message>
        <source>Tick the accounts to post to first.</source>
        <translation>Haken Sie zuerst die Konten an, in denen veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Post later</source>
        <translation>Später veröffentlichen</translation>
    </message>
    <message>
        <source>Post to {targets} at (YYYY-MM-DD HH:MM, your local time):</source>
        <translation>In {targets} veröffentlichen am (JJJJ-MM-TT HH:MM, Ihre Ortszeit):</translation>
    </message>
    <message>
        <source>The draft has privacy findings. Post it anyway when the time comes?</source>
        <translation>Der Entwurf hat Datenschutzhinweise. Trotzdem veröffentlichen, wenn es so weit ist?</translation>
    </message>
    <message>
        <source>Scheduled for {time}; see Share ▸ Scheduled posts.</source>
        <translation>Geplant für {time}; siehe Teilen ▸ Geplante Beiträge.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The note as it reads, with working links</source>
        <translation>Die Notiz als Lesefassung, mit funktionierenden Verweisen</translation>
    </message>
    <message>
        <source>Ponder does not open links like {0}</source>
        <translation>Ponder öffnet keine Verweise wie {0}</translation>
    </message>
</context>
<context>
    <name>ProcessInboxDialog</name>
    <message>
        <source>Process inbox</source>
        <translation>Eingang bearbeiten</translation>
    </message>
    <message>
        <source>What does this mean for me and my work?</source>
        <translation>Was bedeutet das für mich und meine Arbeit?</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Related notes</source>
        <translation>Verwandte Notizen</translation>
    </message>
    <message>
        <source>&amp;Keep as insight</source>
        <translation>Als Erkenntnis &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Turn into a &amp;question</source>
        <translation>Zur &amp;Frage machen</translation>
    </message>
    <message>
        <source>Sta&amp;rt a draft</source>
        <translation>&amp;Entwurf beginnen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Related (Enter links it in the reflection)</source>
        <translation>Verwandt (Eingabe verlinkt es in der Reflexion)</translation>
    </message>
    <message>
        <source>The inbox is empty. Well done.</source>
        <translation>Der Eingang ist leer. Gut gemacht.</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Show or hide the note&apos;s properties</source>
        <translation>Die Eigenschaften der Notiz ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Edit the properties as YAML in the editor</source>
        <translation>Die Eigenschaften als YAML im Editor bearbeiten</translation>
    </message>
    <message>
        <source>The properties cannot be read ({error}); fix them in the source.</source>
        <translation>Die Eigenschaften können nicht gelesen werden ({error}); korrigieren Sie sie im Quelltext.</translation>
    </message>
    <message>
        <source>(nested — edit in the source)</source>
        <translation>(verschachtelt – im Quelltext bearbeiten)</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <source>Search query language</source>
        <translation>Suchsprache</translation>
    </message>
    <message>
        <source>notes with both words (any form: cache, caching, cached)</source>
        <translation>Notizen mit beiden Wörtern (in jeder Form: Garten, Gärten, Gartens)</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <source>words starting with “cach”</source>
        <translation>Wörter, die mit „cach“ beginnen</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>eines der Wörter</translation>
    </message>
    <message>
        <source>leave out notes with a word</source>
        <translation>Notizen mit einem Wort auslassen</translation>
    </message>
    <message>
        <source>group with parentheses</source>
        <translation>mit Klammern gruppieren</translation>
    </message>
    <message>
        <source>a tag (#rust/async counts as #rust too)</source>
        <translation>ein Schlagwort (#rust/async zählt auch als #rust)</translation>
    </message>
    <message>
        <source>one kind of note</source>
        <translation>eine Art von Notiz</translation>
    </message>
    <message>
        <source>a word in the title, a folder</source>
        <translation>ein Wort im Titel, ein Ordner</translation>
    </message>
    <message>
        <source>clips from one web site</source>
        <translation>Ausschnitte von einer Website</translation>
    </message>
    <message>
        <source>created in a range of days or months</source>
        <translation>angelegt in einem Zeitraum von Tagen oder Monaten</translation>
    </message>
    <message>
        <source>changed after a day</source>
        <translation>geändert nach einem Tag</translation>
    </message>
    <message>
        <source>the order (default: best match first)</source>
        <translation>die Reihenfolge (sonst: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>Type into the search field above the note list (Ctrl+K). Results update as you type; an empty search lists the newest notes first.</source>
        <translation>Tippen Sie in das Suchfeld über der Notizliste (Strg+K). Die Ergebnisse folgen beim Tippen; eine leere Suche zeigt die neuesten Notizen zuerst.</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>A new question (Enter asks it)</source>
        <translation>Eine neue Frage (Eingabe stellt sie)</translation>
    </message>
    <message>
        <source>Ask the &amp;network</source>
        <translation>Das &amp;Netzwerk fragen</translation>
    </message>
    <message>
        <source>&amp;Link an answer…</source>
        <translation>Antwort &amp;verlinken…</translation>
    </message>
    <message>
        <source>Choose the note that answers this question (Alt+L)</source>
        <translation>Die Notiz wählen, die diese Frage beantwortet (Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Older than a week</source>
        <translation>Älter als eine Woche</translation>
    </message>
    <message>
        <source>Older than a month</source>
        <translation>Älter als ein Monat</translation>
    </message>
    <message>
        <source>Older than three months</source>
        <translation>Älter als drei Monate</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gestellt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>{title}   — {status}, {days} d</source>
        <translation>{title}   — {status}, {days} T</translation>
    </message>
    <message>
        <source>Link the note that answers it…</source>
        <translation>Die Notiz verlinken, die sie beantwortet…</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>Schnell erfassen</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Left empty, the first line or the link names it</source>
        <translation>Leer gelassen, gibt die erste Zeile oder der Link den Namen</translation>
    </message>
    <message>
        <source>A thought, a quote, or a link…</source>
        <translation>Ein Gedanke, ein Zitat oder ein Link …</translation>
    </message>
    <message>
        <source>Text or link</source>
        <translation>Text oder Link</translation>
    </message>
    <message>
        <source>A single http(s) link is kept as the note&apos;s source</source>
        <translation>Ein einzelner http(s)-Link wird als Quelle der Notiz aufbewahrt</translation>
    </message>
    <message>
        <source>Why does this matter to me?</source>
        <translation>Warum ist mir das wichtig?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>One line of reflection; clips without one wait in the Inbox</source>
        <translation>Eine Zeile zum Nachdenken; Ausschnitte ohne sie warten im Eingang</translation>
    </message>
    <message>
        <source>reading, ideas</source>
        <translation>lesen, ideen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated; known tags are suggested</source>
        <translation>Durch Kommas getrennt; bekannte Schlagwörter werden vorgeschlagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What the note is for</source>
        <translation>Wofür die Notiz da ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Ask it as an open &amp;question</source>
        <translation>Als offene &amp;Frage stellen</translation>
    </message>
    <message>
        <source>Save an open question in notes/, as `ponder ask` does (Alt+Q)</source>
        <translation>Eine offene Frage in notes/ speichern, wie `ponder ask` es tut (Alt+F)</translation>
    </message>
    <message>
        <source>Capture to the Inbox</source>
        <translation>In den Eingang erfassen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Save to Inbox</source>
        <translation>Im Eingang speichern</translation>
    </message>
    <message>
        <source>Save the note in the Inbox (Ctrl+Enter)</source>
        <translation>Die Notiz im Eingang speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Frage speichern</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>Ausschnitt speichern</translation>
    </message>
    <message>
        <source>A link: Ponder saves it now and fetches the page.</source>
        <translation>Ein Link: Ponder speichert ihn sofort und ruft die Seite ab.</translation>
    </message>
    <message>
        <source>An open question · Ctrl+Enter saves</source>
        <translation>Eine offene Frage · Strg+Eingabe speichert</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Strg+Eingabe speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Discard this capture?</source>
        <translation>Diese Erfassung verwerfen?</translation>
    </message>
    <message>
        <source>What you typed will be lost.</source>
        <translation>Was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a note by title or alias…</source>
        <translation>Zu einer Notiz nach Titel oder Alias …</translation>
    </message>
    <message>
        <source>↑↓ move  ·  Enter open  ·  Shift+Enter create  ·  Esc close</source>
        <translation>↑↓ bewegen  ·  Eingabe öffnen  ·  Umschalt+Eingabe anlegen  ·  Esc schließen</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellauswahl</translation>
    </message>
    <message>
        <source>Type a few letters of a note&apos;s title or alias</source>
        <translation>Tippen Sie ein paar Buchstaben des Titels oder Alias einer Notiz</translation>
    </message>
    <message>
        <source>alias of {title} · {path}</source>
        <translation>Alias von {title} · {path}</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>„{title}“ anlegen</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <source>Link it</source>
        <translation>Verlinken</translation>
    </message>
    <message>
        <source>Turn this mention into a [[link]] to the open note (Ctrl+Return)</source>
        <translation>Diese Erwähnung in einen [[Verweis]] auf die offene Notiz umwandeln (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Link this mention</source>
        <translation>Diese Erwähnung verlinken</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related notes</source>
        <translation>Verwandte Notizen</translation>
    </message>
    <message>
        <source>No related notes yet.</source>
        <translation>Noch keine verwandten Notizen.</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <source>Responses per post</source>
        <translation>Reaktionen pro Beitrag</translation>
    </message>
    <message>
        <source>posts: {n}</source>
        <translation>Beiträge: {n}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Daily review</source>
        <translation>Tägliche Wiederholung</translation>
    </message>
    <message>
        <source>Related notes</source>
        <translation>Verwandte Notizen</translation>
    </message>
    <message>
        <source>Add a reflection (Ctrl+Return); Esc leaves the box</source>
        <translation>Eine Reflexion hinzufügen (Strg+Eingabe); Esc verlässt das Feld</translation>
    </message>
    <message>
        <source>Again (1)</source>
        <translation>Nochmal (1)</translation>
    </message>
    <message>
        <source>Good (2)</source>
        <translation>Gut (2)</translation>
    </message>
    <message>
        <source>Easy (3)</source>
        <translation>Leicht (3)</translation>
    </message>
    <message>
        <source>Snooze (S)</source>
        <translation>Später (S)</translation>
    </message>
    <message>
        <source>Retire (R)</source>
        <translation>Ruhen lassen (R)</translation>
    </message>
    <message>
        <source>Draft a post (D)</source>
        <translation>Beitrag entwerfen (D)</translation>
    </message>
    <message>
        <source>Link… (L)</source>
        <translation>Verlinken… (L)</translation>
    </message>
    <message>
        <source>Open note (O)</source>
        <translation>Notiz öffnen (O)</translation>
    </message>
    <message>
        <source>Related (Ctrl+1–3 links one)</source>
        <translation>Verwandt (Strg+1–3 verlinkt eine)</translation>
    </message>
    <message>
        <source>Link this note to…</source>
        <translation>Diese Notiz verlinken mit…</translation>
    </message>
    <message>
        <source>Linked to {name}.</source>
        <translation>Mit {name} verlinkt.</translation>
    </message>
    <message>
        <source>Nothing more to review today.</source>
        <translation>Heute gibt es nichts mehr zu wiederholen.</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Offene Frage</translation>
    </message>
    <message>
        <source>Your reflections:
{lines}</source>
        <translation>Deine Reflexionen:
{lines}</translation>
    </message>
</context>
<context>
    <name>ScheduleRunner</name>
    <message>
        <source>“{title}” was to be posted to {account} at {time}, while Ponder was closed. Post it now?</source>
        <translation>„{title}“ sollte um {time} in {account} veröffentlicht werden, während Ponder geschlossen war. Jetzt veröffentlichen?</translation>
    </message>
    <message>
        <source>Scheduled post</source>
        <translation>Geplanter Beitrag</translation>
    </message>
</context>
<context>
    <name>ScheduledDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Beitrag absagen</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Due — waiting for you to say yes</source>
        <translation>Fällig – wartet auf Ihre Zustimmung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Scheduled: {n}. Each goes out when Ponder runs at or after its time.</source>
        <translation>Geplant: {n}. Jeder Beitrag geht hinaus, sobald Ponder zu oder nach seiner Zeit läuft.</translation>
    </message>
    <message>
        <source>Nothing is scheduled. In the composer, choose Post later…</source>
        <translation>Nichts ist geplant. Wählen Sie im Editor „Später veröffentlichen …“</translation>
    </message>
</context>
<context>
    <name>SeekController</name>
    <message>
        <source>Exports and bookmarks ({patterns})</source>
        <translation>Exporte und Lesezeichen ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a feed item or a clip first.</source>
        <translation>Öffnen Sie zuerst einen Feed-Eintrag oder einen Clip.</translation>
    </message>
    <message>
        <source>{path} has no web address to clip.</source>
        <translation>{path} hat keine Webadresse zum Clippen.</translation>
    </message>
    <message>
        <source>You clipped this page before: {path} is open.</source>
        <translation>Sie haben diese Seite schon einmal geclippt: {path} ist geöffnet.</translation>
    </message>
    <message>
        <source>Captured to {path}</source>
        <translation>Erfasst in {path}</translation>
    </message>
    <message>
        <source>Import “{name}” as {what}?</source>
        <translation>„{name}“ als {what} importieren?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Could not capture {name}</source>
        <translation>{name} konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>Ponder cannot tell what kind of export “{name}” is. It reads:
{known}</source>
        <translation>Ponder kann nicht erkennen, welche Art von Export „{name}“ ist. Ponder liest:
{known}</translation>
    </message>
    <message>
        <source>An import is already running; it will tell you when done.</source>
        <translation>Es läuft bereits ein Import; er meldet sich, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s).</source>
        <translation>
            <numerusform>%n Notiz importiert.</numerusform>
            <numerusform>%n Notizen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from {source}.</source>
        <translation>
            <numerusform>%n Notiz aus {source} importiert.</numerusform>
            <numerusform>%n Notizen aus {source} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) copied into attachments/.</source>
        <translation>
            <numerusform>%n Anhang nach attachments/ kopiert.</numerusform>
            <numerusform>%n Anhänge nach attachments/ kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} skipped: already in the vault, or not something to import.</source>
        <translation>{n} übersprungen: schon in der Ablage oder nichts zum Importieren.</translation>
    </message>
    <message>
        <source>{n} could not be imported.</source>
        <translation>{n} konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>The import was stopped before the end.</source>
        <translation>Der Import wurde vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>Import failed: {reason}</source>
        <translation>Import fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SenseController</name>
    <message>
        <source>Open a question note first.</source>
        <translation>Öffnen Sie zuerst eine Frage.</translation>
    </message>
    <message>
        <source>This note is not a question: only a question takes an answer.</source>
        <translation>Diese Notiz ist keine Frage: Nur eine Frage bekommt eine Antwort.</translation>
    </message>
    <message>
        <source>Answer linked; the question is answered.</source>
        <translation>Antwort verlinkt; die Frage ist beantwortet.</translation>
    </message>
    <message>
        <source>Select the text to highlight first.</source>
        <translation>Markiere zuerst den Text, der hervorgehoben werden soll.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>A comment on this highlight (optional):</source>
        <translation>Ein Kommentar zu dieser Hervorhebung (freiwillig):</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The notes could not be changed</source>
        <translation>Die Notizen konnten nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ShareController</name>
    <message>
        <source>Insight — one idea, quoted and reflected on</source>
        <translation>Einsicht – ein Gedanke, zitiert und durchdacht</translation>
    </message>
    <message>
        <source>Question — ask your network</source>
        <translation>Frage – an Ihr Netzwerk</translation>
    </message>
    <message>
        <source>Roundup — several notes, one post</source>
        <translation>Zusammenfassung – mehrere Notizen, ein Beitrag</translation>
    </message>
    <message>
        <source>Weekly — what you learned this week (from the journal)</source>
        <translation>Wochenrückblick – was Sie diese Woche gelernt haben (aus dem Tagebuch)</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>New draft: {path}</source>
        <translation>Neuer Entwurf: {path}</translation>
    </message>
    <message>
        <source>Open a draft to compose it, or make one from notes.</source>
        <translation>Öffnen Sie einen Entwurf, um ihn zu verfassen, oder legen Sie einen aus Notizen an.</translation>
    </message>
    <message>
        <source>Open a draft to make a variant of it.</source>
        <translation>Öffnen Sie einen Entwurf, um eine Variante davon zu machen.</translation>
    </message>
    <message>
        <source>Open a draft to compare its variants.</source>
        <translation>Öffnen Sie einen Entwurf, um seine Varianten zu vergleichen.</translation>
    </message>
    <message>
        <source>Scheduled post “{title}” to {account} was not sent: {error}</source>
        <translation>Der geplante Beitrag „{title}“ in {account} wurde nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>Posted “{title}” to {account} as scheduled.</source>
        <translation>„{title}“ wie geplant in {account} veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Share accounts could not load: {0}</source>
        <translation>Die Konten zum Teilen konnten nicht geladen werden: {0}</translation>
    </message>
</context>
<context>
    <name>SharedDialog</name>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Shared posts</source>
        <translation>Geteilte Beiträge</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open the post in your browser</source>
        <translation>Den Beitrag im Browser öffnen</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Open the draft in the composer</source>
        <translation>Den Entwurf im Editor öffnen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), newest first.</source>
        <translation>
            <numerusform>%n Beitrag, neueste zuerst.</numerusform>
            <numerusform>%n Beiträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet. Post a draft from the composer.</source>
        <translation>Noch nichts geteilt. Veröffentlichen Sie einen Entwurf aus dem Editor.</translation>
    </message>
    <message>
        <source>? Delivery unknown: {reason}</source>
        <translation>? Zustellung unbekannt: {reason}</translation>
    </message>
    <message>
        <source>✗ Not posted: {reason}</source>
        <translation>✗ Nicht veröffentlicht: {reason}</translation>
    </message>
    <message>
        <source>no reason was kept</source>
        <translation>es wurde kein Grund aufbewahrt</translation>
    </message>
    <message>
        <source>Open the draft and choose Retry failed to send it again</source>
        <translation>Öffnen Sie den Entwurf und wählen Sie „Fehlgeschlagene erneut senden“, um ihn erneut zu senden</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands and keys…</source>
        <translation>Befehle und Tasten suchen…</translation>
    </message>
    <message>
        <source>Search commands and keys</source>
        <translation>Befehle und Tasten suchen</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>No command matches.</source>
        <translation>Kein Befehl passt.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due reviews, the inbox, open questions, today&apos;s journal</source>
        <translation>Fällige Wiederholungen, der Eingang, offene Fragen, das heutige Tagebuch</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Ausschnitte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Sidebar: sections, tags and saved searches</source>
        <translation>Seitenleiste: Bereiche, Schlagwörter und gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Could not count notes: {error}</source>
        <translation>Notizen konnten nicht gezählt werden: {error}</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Gespeicherte Suche entfernen</translation>
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>Ablage</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>Post to these accounts</source>
        <translation>In diesen Konten veröffentlichen</translation>
    </message>
    <message>
        <source>Tick the accounts to post to (Space ticks the current one)</source>
        <translation>Haken Sie die Konten an, in denen veröffentlicht werden soll (Leertaste hakt das aktuelle an)</translation>
    </message>
</context>
<context>
    <name>TargetPreview</name>
    <message>
        <source>Post to {0}, as sent</source>
        <translation>Beitrag in {0}, wie gesendet</translation>
    </message>
    <message>
        <source>Post to {0}, as HTML</source>
        <translation>Beitrag in {0}, als HTML</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Part {n}/{total}</source>
        <translation>Teil {n}/{total}</translation>
    </message>
    <message>
        <source>Length of {0}</source>
        <translation>Länge von {0}</translation>
    </message>
    <message>
        <source>{text} (at least {n})</source>
        <translation>{text} (mindestens {n})</translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>The note&apos;s name; change it and press Enter to rename the note</source>
        <translation>Der Name der Notiz; ändern Sie ihn und drücken Sie die Eingabetaste, um die Notiz umzubenennen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Write today&apos;s journal</source>
        <translation>Den heutigen Tagebucheintrag schreiben</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Fällig zur Wiederholung</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>Today&apos;s journal</source>
        <translation>Heutiges Tagebuch</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <source>Start review (…)</source>
        <translation>Wiederholung beginnen (…)</translation>
    </message>
    <message>
        <source>Process inbox (…)</source>
        <translation>Eingang bearbeiten (…)</translation>
    </message>
    <message>
        <source>Questions (…)</source>
        <translation>Fragen (…)</translation>
    </message>
    <message>
        <source>Start review ({count})</source>
        <translation>Wiederholung beginnen ({count})</translation>
    </message>
    <message>
        <source>Process inbox ({count})</source>
        <translation>Eingang bearbeiten ({count})</translation>
    </message>
    <message>
        <source>Questions ({count} open)</source>
        <translation>Fragen ({count} offen)</translation>
    </message>
    <message>
        <source>  ({days} d)</source>
        <translation>  ({days} T)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Ponder</source>
        <translation>Ponder</translation>
    </message>
    <message>
        <source>Show or hide Ponder</source>
        <translation>Ponder zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Ponder keeps running here, so capture and the journal stay one click away. Quit from this icon&apos;s menu, or turn this off in Preferences.</source>
        <translation>Ponder läuft hier weiter, damit Erfassen und Tagebuch einen Klick entfernt bleiben. Beenden Sie es über das Menü dieses Symbols oder schalten Sie das in den Einstellungen ab.</translation>
    </message>
    <message>
        <source>Ponder is still running</source>
        <translation>Ponder läuft weiter</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back: {said}</source>
        <translation>Zurücknehmen: {said}</translation>
    </message>
    <message>
        <source>Could not undo: {error}</source>
        <translation>Konnte nicht rückgängig gemacht werden: {error}</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This draft has no variant yet: Share ▸ New variant of this draft.</source>
        <translation>Dieser Entwurf hat noch keine Variante: Teilen ▸ Neue Variante dieses Entwurfs.</translation>
    </message>
    <message>
        <source>{n} framings of the same insight</source>
        <translation>{n} Fassungen derselben Erkenntnis</translation>
    </message>
    <message>
        <source>{letter} · {title}</source>
        <translation>{letter} · {title}</translation>
    </message>
    <message>
        <source>Text of variant {letter}</source>
        <translation>Text der Variante {letter}</translation>
    </message>
    <message>
        <source>Targets of variant {letter}</source>
        <translation>Ziele der Variante {letter}</translation>
    </message>
    <message>
        <source>Not scheduled or sent yet</source>
        <translation>Noch nicht geplant oder gesendet</translation>
    </message>
    <message>
        <source>Open {letter}</source>
        <translation>{letter} öffnen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>{account} · scheduled {when}</source>
        <translation>{account} · geplant {when}</translation>
    </message>
    <message>
        <source>{account} · sent {when}</source>
        <translation>{account} · gesendet {when}</translation>
    </message>
    <message>
        <source>{account} · sent {when} · {n} responses</source>
        <translation>{account} · gesendet {when} · {n} Reaktionen</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>There is no note called “{target}” yet. Create it?</source>
        <translation>Es gibt noch keine Notiz namens „{target}“. Anlegen?</translation>
    </message>
    <message>
        <source>Create note</source>
        <translation>Notiz anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not create the note</source>
        <translation>Die Notiz konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not rename the note</source>
        <translation>Die Notiz konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Updated links in %n note(s).</source>
        <translation>
            <numerusform>Links in %n Notiz aktualisiert.</numerusform>
            <numerusform>Links in %n Notizen aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{path}” to the vault&apos;s trash? You can restore it from .trash/.</source>
        <translation>„{path}“ in den Papierkorb der Ablage verschieben? Sie können sie aus .trash/ wiederherstellen.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Could not move the note to the trash</source>
        <translation>Die Notiz konnte nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>Moved “{name}” to the trash.</source>
        <translation>„{name}“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Ablage öffnen</translation>
    </message>
    <message>
        <source>Ponder {version}

Seek &gt; Sense &gt; Share.

Vault: {vault}
Index cache: {cache}
Settings: {config}</source>
        <translation>Ponder {version}

Seek &gt; Sense &gt; Share.

Ablage: {vault}
Suchindex: {cache}
Einstellungen: {config}</translation>
    </message>
    <message>
        <source>About Ponder</source>
        <translation>Über Ponder</translation>
    </message>
    <message numerus="yes">
        <source>{n} note(s)</source>
        <translation>
            <numerusform>{n} Notiz</numerusform>
            <numerusform>{n} Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} word(s)</source>
        <translation>
            <numerusform>{n} Wort</numerusform>
            <numerusform>{n} Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing {done} of {total}…</source>
        <translation>Indizierung {done} von {total} …</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Create a note in Notes</source>
        <translation>Eine Notiz unter „Notizen“ anlegen</translation>
    </message>
    <message>
        <source>Quick capture…</source>
        <translation>Schnell erfassen …</translation>
    </message>
    <message>
        <source>Jot a thought or a link into the Inbox</source>
        <translation>Einen Gedanken oder Link im Eingang festhalten</translation>
    </message>
    <message>
        <source>Clip a web page…</source>
        <translation>Webseite als Ausschnitt speichern …</translation>
    </message>
    <message>
        <source>Save a link now (the one on the clipboard) and fetch the article into it</source>
        <translation>Einen Link sofort speichern (den aus der Zwischenablage) und den Artikel hineinladen</translation>
    </message>
    <message>
        <source>Browser clipping…</source>
        <translation>Ausschnitte aus dem Browser …</translation>
    </message>
    <message>
        <source>The bookmarklet and the Joplin Web Clipper: clip from your browser into Ponder</source>
        <translation>Das Bookmarklet und der Joplin Web Clipper: aus dem Browser in Ponder speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the open note now</source>
        <translation>Die offene Notiz jetzt speichern</translation>
    </message>
    <message>
        <source>Rename note…</source>
        <translation>Notiz umbenennen …</translation>
    </message>
    <message>
        <source>Rename the note; links to it follow</source>
        <translation>Die Notiz umbenennen; Verweise auf sie werden angepasst</translation>
    </message>
    <message>
        <source>Move note to trash</source>
        <translation>Notiz in den Papierkorb</translation>
    </message>
    <message>
        <source>Move the note to the vault&apos;s .trash</source>
        <translation>Die Notiz in den Papierkorb (.trash) der Ablage verschieben</translation>
    </message>
    <message>
        <source>Feeds…</source>
        <translation>Feeds …</translation>
    </message>
    <message>
        <source>Follow RSS, Atom and JSON feeds into the Inbox; unread counts and errors</source>
        <translation>RSS-, Atom- und JSON-Feeds in den Eingang verfolgen; ungelesene Einträge und Fehler</translation>
    </message>
    <message>
        <source>Clip the open item</source>
        <translation>Geöffneten Eintrag clippen</translation>
    </message>
    <message>
        <source>Fetch the whole article of the open feed item or clip into the note</source>
        <translation>Den ganzen Artikel des geöffneten Feed-Eintrags oder Clips in die Notiz holen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Evernote, Pocket, Instapaper, Pinboard, bookmarks, OPML feed lists</source>
        <translation>Evernote, Pocket, Instapaper, Pinboard, Lesezeichen, OPML-Feedlisten</translation>
    </message>
    <message>
        <source>Import Markdown folder…</source>
        <translation>Markdown-Ordner importieren …</translation>
    </message>
    <message>
        <source>Copy an Obsidian, Logseq, Dendron or Foam folder into this vault</source>
        <translation>Einen Ordner von Obsidian, Logseq, Dendron oder Foam in diese Ablage kopieren</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Ablage öffnen …</translation>
    </message>
    <message>
        <source>Open or create another vault folder</source>
        <translation>Einen anderen Ablageordner öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Theme, font, autosave, vault</source>
        <translation>Erscheinungsbild, Schrift, automatisches Speichern, Ablage</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Save everything and quit</source>
        <translation>Alles speichern und beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit, or the last change to your notes</source>
        <translation>Die letzte Bearbeitung oder die letzte Änderung an Ihren Notizen zurücknehmen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Wiederherstellen, was Rückgängig zurückgenommen hat</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Den markierten Text in die Zwischenablage verschieben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Den markierten Text kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the clipboard (a link pastes as a link)</source>
        <translation>Die Zwischenablage einfügen (ein Link wird als Link eingefügt)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select all the text where you are typing</source>
        <translation>Den ganzen Text markieren, in dem Sie schreiben</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find in the open note</source>
        <translation>In der offenen Notiz suchen</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Suchen und ersetzen …</translation>
    </message>
    <message>
        <source>Find and replace in the open note</source>
        <translation>In der offenen Notiz suchen und ersetzen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search every note as you type</source>
        <translation>Alle Notizen schon beim Tippen durchsuchen</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Keep the current query in the sidebar</source>
        <translation>Die aktuelle Suche in der Seitenleiste behalten</translation>
    </message>
    <message>
        <source>Today&apos;s journal</source>
        <translation>Tagebuch von heute</translation>
    </message>
    <message>
        <source>Open today&apos;s journal note</source>
        <translation>Den Tagebucheintrag von heute öffnen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>The journal note of the day before</source>
        <translation>Der Tagebucheintrag vom Vortag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>The journal note of the day after</source>
        <translation>Der Tagebucheintrag vom Folgetag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due reviews, the inbox, open questions, today&apos;s journal</source>
        <translation>Fällige Wiederholungen, der Eingang, offene Fragen, das heutige Tagebuch</translation>
    </message>
    <message>
        <source>Process inbox…</source>
        <translation>Eingang bearbeiten…</translation>
    </message>
    <message>
        <source>Reflect on each capture, then keep, archive or share it</source>
        <translation>Über jede Erfassung nachdenken, dann behalten, archivieren oder teilen</translation>
    </message>
    <message>
        <source>Daily review…</source>
        <translation>Tägliche Wiederholung…</translation>
    </message>
    <message>
        <source>Resurface today&apos;s highlights, reflections and questions</source>
        <translation>Die heutigen Hervorhebungen, Reflexionen und Fragen wieder hervorholen</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>Fragen…</translation>
    </message>
    <message>
        <source>Your open, asked and answered questions</source>
        <translation>Deine offenen, gestellten und beantworteten Fragen</translation>
    </message>
    <message>
        <source>Weekly digest</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Write this week&apos;s digest note now, and open it</source>
        <translation>Den Wochenrückblick dieser Woche jetzt schreiben und öffnen</translation>
    </message>
    <message>
        <source>Link an answer…</source>
        <translation>Antwort verlinken…</translation>
    </message>
    <message>
        <source>Link a note as the answer to the open question</source>
        <translation>Eine Notiz als Antwort auf die geöffnete Frage verlinken</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Mark the selection ==like this== for the daily review</source>
        <translation>Die Auswahl ==so== für die tägliche Wiederholung markieren</translation>
    </message>
    <message>
        <source>Quick switcher…</source>
        <translation>Schnellauswahl …</translation>
    </message>
    <message>
        <source>Jump to a note by title or alias</source>
        <translation>Nach Titel oder Alias zu einer Notiz springen</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette …</translation>
    </message>
    <message>
        <source>Run any command by name</source>
        <translation>Jeden Befehl über seinen Namen ausführen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The note you were on before</source>
        <translation>Die Notiz, bei der Sie vorher waren</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Undo Back</source>
        <translation>„Zurück“ rückgängig machen</translation>
    </message>
    <message>
        <source>Toggle preview</source>
        <translation>Vorschau umschalten</translation>
    </message>
    <message>
        <source>Switch between editing and reading</source>
        <translation>Zwischen Bearbeiten und Lesen wechseln</translation>
    </message>
    <message>
        <source>Editor and preview side by side</source>
        <translation>Editor und Vorschau nebeneinander</translation>
    </message>
    <message>
        <source>Show both at once</source>
        <translation>Beides zugleich zeigen</translation>
    </message>
    <message>
        <source>Show sidebar</source>
        <translation>Seitenleiste zeigen</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Seitenleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show backlinks</source>
        <translation>Rückverweise zeigen</translation>
    </message>
    <message>
        <source>Show or hide the backlinks panel</source>
        <translation>Bereich der Rückverweise ein- oder ausblenden</translation>
    </message>
    <message>
        <source>New draft from selection…</source>
        <translation>Neuer Entwurf aus der Auswahl …</translation>
    </message>
    <message>
        <source>A draft from the notes selected in the list, or from the open note</source>
        <translation>Ein Entwurf aus den in der Liste ausgewählten Notizen oder aus der offenen Notiz</translation>
    </message>
    <message>
        <source>New draft from search results…</source>
        <translation>Neuer Entwurf aus den Suchergebnissen …</translation>
    </message>
    <message>
        <source>A draft quoting every note the search found</source>
        <translation>Ein Entwurf, der jede gefundene Notiz zitiert</translation>
    </message>
    <message>
        <source>Compose and post…</source>
        <translation>Verfassen und veröffentlichen …</translation>
    </message>
    <message>
        <source>The open draft with a preview for each network</source>
        <translation>Der offene Entwurf mit einer Vorschau für jedes Netzwerk</translation>
    </message>
    <message>
        <source>Share accounts…</source>
        <translation>Konten zum Teilen …</translation>
    </message>
    <message>
        <source>Add or remove the accounts you post to</source>
        <translation>Konten hinzufügen oder entfernen, in denen Sie veröffentlichen</translation>
    </message>
    <message>
        <source>Shared posts…</source>
        <translation>Geteilte Beiträge …</translation>
    </message>
    <message>
        <source>What you shared, where and when, with links to the posts</source>
        <translation>Was Sie geteilt haben, wo und wann, mit Links zu den Beiträgen</translation>
    </message>
    <message>
        <source>Scheduled posts…</source>
        <translation>Geplante Beiträge …</translation>
    </message>
    <message>
        <source>Posts waiting for their time; post now or cancel</source>
        <translation>Beiträge, die auf ihre Zeit warten; jetzt veröffentlichen oder absagen</translation>
    </message>
    <message>
        <source>Insights…</source>
        <translation>Erkenntnisse …</translation>
    </message>
    <message>
        <source>What came back from your posts, and what works</source>
        <translation>Was von Ihren Beiträgen zurückkam und was ankommt</translation>
    </message>
    <message>
        <source>New variant of this draft</source>
        <translation>Neue Variante dieses Entwurfs</translation>
    </message>
    <message>
        <source>A second framing of the open draft, to compare</source>
        <translation>Eine zweite Fassung des offenen Entwurfs, zum Vergleich</translation>
    </message>
    <message>
        <source>Compare variants…</source>
        <translation>Varianten vergleichen…</translation>
    </message>
    <message>
        <source>The open draft&apos;s framings side by side, with their targets</source>
        <translation>Die Fassungen des geöffneten Entwurfs nebeneinander, mit ihren Zielen</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation>Zwischen hellem und dunklem Design wechseln</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Larger text in the note</source>
        <translation>Größerer Text in der Notiz</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smaller text in the note</source>
        <translation>Kleinerer Text in der Notiz</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>The note&apos;s text at the size set in Preferences</source>
        <translation>Der Text der Notiz in der Größe aus den Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command and its keys, searchable</source>
        <translation>Jeder Befehl mit seinen Tasten, durchsuchbar</translation>
    </message>
    <message>
        <source>Search query language</source>
        <translation>Suchsprache</translation>
    </message>
    <message>
        <source>Words, phrases, tags, fields and dates in a search</source>
        <translation>Wörter, Wortfolgen, Schlagwörter, Felder und Daten in einer Suche</translation>
    </message>
    <message>
        <source>About Ponder</source>
        <translation>Über Ponder</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>Version und wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The folder of Ponder&apos;s log files, to send with a report</source>
        <translation>Der Ordner mit Ponders Protokolldateien, zum Mitsenden bei einer Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> (secrets last one session here)</source>
        <translation> (Geheimnisse gelten hier nur für eine Sitzung)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) disappeared at once; Ponder keeps them in its index and deletes nothing. If you removed them on purpose, run `ponder reindex`.</source>
        <translation>
            <numerusform>%n Notiz ist auf einmal verschwunden; Ponder behält sie im Index und löscht nichts. Wenn Sie sie absichtlich entfernt haben, führen Sie `ponder reindex` aus.</numerusform>
            <numerusform>%n Notizen sind auf einmal verschwunden; Ponder behält sie im Index und löscht nichts. Wenn Sie sie absichtlich entfernt haben, führen Sie `ponder reindex` aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) read this month drew {total} responses in all.</source>
        <translation>
            <numerusform>%n gelesener Beitrag brachte diesen Monat insgesamt {total} Reaktionen.</numerusform>
            <numerusform>%n gelesene Beiträge brachten diesen Monat insgesamt {total} Reaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft&apos;s status is one of {known}, not {status!r}.</source>
        <translation>Der Status eines Entwurfs ist einer von {known}, nicht {status!r}.</translation>
    </message>
    <message>
        <source>A file on your computer: nobody else can open it.</source>
        <translation>Eine Datei auf Ihrem Computer: niemand sonst kann sie öffnen.</translation>
    </message>
    <message>
        <source>A folder of Markdown: Obsidian, Logseq, Dendron, Foam</source>
        <translation>Ein Ordner mit Markdown: Obsidian, Logseq, Dendron, Foam</translation>
    </message>
    <message>
        <source>A highlight is text within one paragraph, without &apos;==&apos;.</source>
        <translation>Eine Hervorhebung ist Text innerhalb eines Absatzes, ohne &apos;==&apos;.</translation>
    </message>
    <message>
        <source>A link into your vault: readers cannot open it; link a public page.</source>
        <translation>Ein Link in Ihre Ablage: Leser können ihn nicht öffnen; verlinken Sie eine öffentliche Seite.</translation>
    </message>
    <message>
        <source>A note cannot be linked to itself.</source>
        <translation>Eine Notiz kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>A phone number: share it only if its owner agreed.</source>
        <translation>Eine Telefonnummer: teilen Sie sie nur, wenn ihr Inhaber zugestimmt hat.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Account {name!r} has a value that is not text; it was skipped.</source>
        <translation>Das Konto {name!r} hat einen Wert, der kein Text ist; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>Account {name!r} has no kind; it was skipped.</source>
        <translation>Das Konto {name!r} hat keine Art; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>Account {name!r} is of a kind Ponder does not know: {kind}.</source>
        <translation>Das Konto {name!r} ist von einer Art, die Ponder nicht kennt: {kind}.</translation>
    </message>
    <message>
        <source>Account {name!r} is of unknown kind {kind!r}; it was skipped.</source>
        <translation>Das Konto {name!r} ist von unbekannter Art {kind!r}; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>Account {name!r}: {error}</source>
        <translation>Konto {name!r}: {error}</translation>
    </message>
    <message>
        <source>An account name needs 1 to {most} printable characters, not {name!r}.</source>
        <translation>Ein Kontoname braucht 1 bis {most} druckbare Zeichen, nicht {name!r}.</translation>
    </message>
    <message>
        <source>An admin makes an API key under Admin ▸ API ▸ New key, for your username.</source>
        <translation>Eine Administratorin legt unter Admin ▸ API ▸ Neuer Schlüssel einen API-Schlüssel für Ihren Benutzernamen an.</translation>
    </message>
    <message>
        <source>An e-mail address: share it only if its owner agreed.</source>
        <translation>Eine E-Mail-Adresse: teilen Sie sie nur, wenn ihr Inhaber zugestimmt hat.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin for an app with the Yammer API permission; the group id is in the group&apos;s web address.</source>
        <translation>Bitten Sie Ihre Microsoft-365-Verwaltung um eine App mit der Yammer-API-Berechtigung; die Gruppen-ID steht in der Webadresse der Gruppe.</translation>
    </message>
    <message>
        <source>Bookmarks HTML (Chrome, Firefox, Shaarli, linkding, Pinboard…)</source>
        <translation>Lesezeichen-HTML (Chrome, Firefox, Shaarli, linkding, Pinboard…)</translation>
    </message>
    <message>
        <source>Category id</source>
        <translation>Kategorie-ID</translation>
    </message>
    <message>
        <source>Channel id (token) or name (webhook)</source>
        <translation>Kanal-ID (Token) oder Name (Webhook)</translation>
    </message>
    <message>
        <source>Chrome&apos;s Bookmarks file (JSON)</source>
        <translation>Lesezeichendatei von Chrome (JSON)</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Clipped {words} words ({how}).</source>
        <translation>{words} Wörter gespeichert ({how}).</translation>
    </message>
    <message>
        <source>Community (group) id</source>
        <translation>Community-(Gruppen-)ID</translation>
    </message>
    <message>
        <source>Discourse</source>
        <translation>Discourse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Evernote export (.enex): notes, tags and attachments</source>
        <translation>Evernote-Export (.enex): Notizen, Schlagwörter und Anhänge</translation>
    </message>
    <message>
        <source>Every port the clip server may use is taken ({listed}); close the program using them (another Ponder or Joplin?) and try again.</source>
        <translation>Jeder Port, den der Ausschnitt-Server nutzen darf, ist belegt ({listed}); schließen Sie das Programm, das sie nutzt (ein anderes Ponder oder Joplin?), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Feed list (OPML): one note listing the feeds you follow</source>
        <translation>Feed-Liste (OPML): eine Notiz mit den Feeds, denen Sie folgen</translation>
    </message>
    <message>
        <source>File (.md or .html)</source>
        <translation>Datei (.md oder .html)</translation>
    </message>
    <message>
        <source>Firefox bookmarks backup (JSON)</source>
        <translation>Lesezeichen-Sicherung von Firefox (JSON)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Front matter line {line}: {problem}.</source>
        <translation>Front Matter, Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>In Element, Settings ▸ Help &amp; About ▸ Access token (keep it secret); the room is its address, like #team:example.org.</source>
        <translation>In Element: Einstellungen ▸ Hilfe &amp; Info ▸ Zugriffstoken (geheim halten); der Raum ist seine Adresse, etwa #team:example.org.</translation>
    </message>
    <message>
        <source>In Mattermost, Integrations ▸ Incoming Webhooks ▸ Add; the secret is the last part of the hook&apos;s URL.</source>
        <translation>In Mattermost: Integrationen ▸ Eingehende Webhooks ▸ Hinzufügen; das Geheimnis ist der letzte Teil der Webhook-URL.</translation>
    </message>
    <message>
        <source>In Slack, add the Incoming Webhooks app to a channel and copy its webhook URL.</source>
        <translation>Fügen Sie in Slack einem Kanal die App „Incoming Webhooks“ hinzu und kopieren Sie deren Webhook-URL.</translation>
    </message>
    <message>
        <source>In Teams, open the channel&apos;s Workflows, choose “Post to a channel when a webhook request is received” and copy the URL it gives.</source>
        <translation>Öffnen Sie in Teams die Workflows des Kanals, wählen Sie „Bei Empfang einer Webhook-Anforderung in einem Kanal posten“ und kopieren Sie die angezeigte URL.</translation>
    </message>
    <message>
        <source>Incoming webhook URL or personal access token</source>
        <translation>URL des eingehenden Webhooks oder persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Instapaper export (CSV)</source>
        <translation>Instapaper-Export (CSV)</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Mattermost</source>
        <translation>Mattermost</translation>
    </message>
    <message>
        <source>Microsoft Teams (Workflows webhook)</source>
        <translation>Microsoft Teams (Workflows-Webhook)</translation>
    </message>
    <message>
        <source>No responses read in the last 30 days yet: refresh, or record one by hand.</source>
        <translation>In den letzten 30 Tagen wurden noch keine Reaktionen gelesen: aktualisieren Sie oder tragen Sie eine von Hand ein.</translation>
    </message>
    <message>
        <source>No share template {name!r}; choose one of {known}.</source>
        <translation>Keine Vorlage zum Teilen namens {name!r}; wählen Sie eine von {known}.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Notes in the folder {folder} would be hidden; choose a visible folder.</source>
        <translation>Notizen im Ordner {folder} wären verborgen; wählen Sie einen sichtbaren Ordner.</translation>
    </message>
    <message>
        <source>On your server, Preferences ▸ Development ▸ New application with the write:statuses scope, then copy “Your access token”.</source>
        <translation>Auf Ihrem Server: Einstellungen ▸ Entwicklung ▸ Neue Anwendung mit dem Bereich write:statuses, dann „Dein Zugriffstoken“ kopieren.</translation>
    </message>
    <message>
        <source>One of your private terms (Preferences ▸ Private terms).</source>
        <translation>Einer Ihrer privaten Begriffe (Einstellungen ▸ Private Begriffe).</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be clipped ({url!r} has {shown}).</source>
        <translation>Nur http://- und https://-Adressen lassen sich als Ausschnitt speichern ({url!r} hat {shown}).</translation>
    </message>
    <message>
        <source>Pinboard export (JSON)</source>
        <translation>Pinboard-Export (JSON)</translation>
    </message>
    <message>
        <source>Pocket export as CSV (title,url,time_added,tags,status)</source>
        <translation>Pocket-Export als CSV (title,url,time_added,tags,status)</translation>
    </message>
    <message>
        <source>Pocket export as HTML (ril_export.html)</source>
        <translation>Pocket-Export als HTML (ril_export.html)</translation>
    </message>
    <message>
        <source>Ponder cannot post to {kind!r}; it knows {known}.</source>
        <translation>Ponder kann nicht an {kind!r} posten; es kennt {known}.</translation>
    </message>
    <message>
        <source>Ponder could not create the vault folder {root}: {exc}.</source>
        <translation>Ponder konnte den Ablageordner {root} nicht anlegen: {exc}.</translation>
    </message>
    <message>
        <source>Ponder could not reach {network} at {host}: {why}. Nothing was sent.</source>
        <translation>Ponder konnte {network} unter {host} nicht erreichen: {why}. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Ponder could not read {path}: {reason}.</source>
        <translation>Ponder konnte {path} nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>Ponder could not tell whether {network} received the post; check {place} before sending again.</source>
        <translation>Ponder konnte nicht feststellen, ob {network} den Beitrag erhalten hat; prüfen Sie {place}, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Ponder could not {what} this note ({kind}: {detail}); it is left out of search and every other note is indexed. Please report it with the note attached.</source>
        <translation>Ponder konnte diese Notiz nicht {what} ({kind}: {detail}); sie fehlt in der Suche, alle anderen Notizen sind indiziert. Bitte melden Sie den Fehler mit der Notiz als Anhang.</translation>
    </message>
    <message>
        <source>Ponder does not fetch from {where}: it is on this computer or a private network. Turn on &apos;Clip local addresses&apos; in the preferences (or pass --allow-local) if you mean it.</source>
        <translation>Ponder lädt nichts von {where}: die Adresse liegt auf diesem Computer oder in einem privaten Netz. Schalten Sie in den Einstellungen „Lokale Adressen speichern“ ein (oder geben Sie --allow-local an), wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Ponder found little text on this page ({words} words); it may be behind a paywall or need JavaScript. The link is kept.</source>
        <translation>Ponder hat auf dieser Seite wenig Text gefunden ({words} Wörter); sie liegt vielleicht hinter einer Bezahlschranke oder braucht JavaScript. Der Link bleibt erhalten.</translation>
    </message>
    <message>
        <source>Ponder is not allowed to read it; check the file&apos;s permissions</source>
        <translation>Ponder darf sie nicht lesen; prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <source>Ponder is not allowed to write there: {path} {outcome}. Check the folder&apos;s permissions.</source>
        <translation>Ponder darf dort nicht schreiben: {path} {outcome}. Prüfen Sie die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
        <source>Ponder left it alone</source>
        <translation>Ponder hat sie nicht angerührt</translation>
    </message>
    <message>
        <source>Ponder may not write to the vault folder {root}; check its permissions and whether the disk is read-only.</source>
        <translation>Ponder darf nicht in den Ablageordner {root} schreiben; prüfen Sie seine Zugriffsrechte und ob der Datenträger schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Ponder refused the path {path!r}: {reason}.</source>
        <translation>Ponder hat den Pfad {path!r} abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Posts on {group}</source>
        <translation>Beiträge auf {group}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Empfänger-URL</translation>
    </message>
    <message>
        <source>Room id or alias</source>
        <translation>Raum-ID oder -Alias</translation>
    </message>
    <message>
        <source>Roundups</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP server (empty: use the mail program)</source>
        <translation>SMTP-Server (leer: das Mailprogramm verwenden)</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Select some text to highlight.</source>
        <translation>Markieren Sie Text, um ihn hervorzuheben.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server (for a token)</source>
        <translation>Server (für ein Token)</translation>
    </message>
    <message>
        <source>Signing secret (whsec_…)</source>
        <translation>Signaturgeheimnis (whsec_…)</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Slack (incoming webhook)</source>
        <translation>Slack (eingehender Webhook)</translation>
    </message>
    <message>
        <source>The JSON feed cannot be read ({error}).</source>
        <translation>Der JSON-Feed kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The address gives JSON, but not a JSON Feed (no jsonfeed.org version).</source>
        <translation>Die Adresse liefert JSON, aber keinen JSON Feed (keine jsonfeed.org-Version).</translation>
    </message>
    <message>
        <source>The address gives a {content_type} file, not a web page Ponder can clip.</source>
        <translation>Die Adresse liefert eine {content_type}-Datei, keine Webseite, die Ponder speichern kann.</translation>
    </message>
    <message>
        <source>The address is a PDF; it is kept in attachments/ and linked here.</source>
        <translation>Die Adresse ist ein PDF; es liegt in attachments/ und ist hier verlinkt.</translation>
    </message>
    <message>
        <source>The answer is larger than {size}, the limit for a clip; nothing of it was kept.</source>
        <translation>Die Antwort ist größer als {size}, die Grenze für einen Ausschnitt; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>The clip server could not start: {error}.</source>
        <translation>Der Ausschnitt-Server konnte nicht starten: {error}.</translation>
    </message>
    <message>
        <source>The clip server is not running.</source>
        <translation>Der Ausschnitt-Server läuft nicht.</translation>
    </message>
    <message>
        <source>The connection to {host} failed ({kind}: {why}).</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen ({kind}: {why}).</translation>
    </message>
    <message>
        <source>The disk is full: {path} {outcome}. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: {path} {outcome}. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is read-only: {path} {outcome}.</source>
        <translation>Der Datenträger ist schreibgeschützt: {path} {outcome}.</translation>
    </message>
    <message>
        <source>The draft has privacy findings ({count}); look at them, then send again accepting them.</source>
        <translation>Der Entwurf hat Datenschutz-Hinweise ({count}); sehen Sie sie an und senden Sie dann erneut, indem Sie sie annehmen.</translation>
    </message>
    <message>
        <source>The front matter starts with &apos;---&apos; but is never closed; it is read as text.</source>
        <translation>Das Front Matter beginnt mit &apos;---&apos;, wird aber nie geschlossen; es wird als Text gelesen.</translation>
    </message>
    <message>
        <source>The note has no source URL to fetch.</source>
        <translation>Die Notiz hat keine Quell-URL zum Abrufen.</translation>
    </message>
    <message>
        <source>The page arrived damaged (bad compression).</source>
        <translation>Die Seite kam beschädigt an (fehlerhafte Kompression).</translation>
    </message>
    <message>
        <source>The page has been removed (HTTP 410).</source>
        <translation>Die Seite wurde entfernt (HTTP 410).</translation>
    </message>
    <message>
        <source>The page has not changed since it was last fetched (HTTP 304).</source>
        <translation>Die Seite hat sich seit dem letzten Abruf nicht geändert (HTTP 304).</translation>
    </message>
    <message>
        <source>The page is a PDF, but it could not be saved in attachments/ ({error}).</source>
        <translation>Die Seite ist ein PDF, konnte aber nicht in attachments/ gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>The page needs a login (HTTP 401).</source>
        <translation>Die Seite verlangt eine Anmeldung (HTTP 401).</translation>
    </message>
    <message>
        <source>The page was not found (HTTP 404); check the address.</source>
        <translation>Die Seite wurde nicht gefunden (HTTP 404); prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The post is {count} {unit}; {account} allows {limit}, and cannot split it into replies. Shorten the draft.</source>
        <translation>Der Beitrag hat {count} {unit}; {account} erlaubt {limit} und kann ihn nicht in Antworten aufteilen. Kürzen Sie den Entwurf.</translation>
    </message>
    <message>
        <source>The post is {count} {unit}; {account} needs at least {minimum}. Write a little more.</source>
        <translation>Der Beitrag hat {count} {unit}; {account} braucht mindestens {minimum}. Schreiben Sie etwas mehr.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>The receiving service shows its URL and signing secret where webhooks are set up.</source>
        <translation>Der empfangende Dienst zeigt URL und Signaturgeheimnis dort, wo Webhooks eingerichtet werden.</translation>
    </message>
    <message>
        <source>The reflection is empty.</source>
        <translation>Die Reflexion ist leer.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed ({why}).</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen ({why}).</translation>
    </message>
    <message>
        <source>The security certificate of {host} could not be verified ({why}). The connection was not made.</source>
        <translation>Das Sicherheitszertifikat von {host} konnte nicht geprüft werden ({why}). Die Verbindung wurde nicht hergestellt.</translation>
    </message>
    <message>
        <source>The site answered with HTTP {status} instead of the page.</source>
        <translation>Die Website antwortete mit HTTP {status} statt mit der Seite.</translation>
    </message>
    <message>
        <source>The site had an error (HTTP {status}); try again later.</source>
        <translation>Die Website hatte einen Fehler (HTTP {status}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site is limiting requests (HTTP 429); try again later.</source>
        <translation>Die Website begrenzt Anfragen (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site redirected more than {limit} times; giving up.</source>
        <translation>Die Website hat mehr als {limit}-mal weitergeleitet; Ponder gibt auf.</translation>
    </message>
    <message>
        <source>The site refused access (HTTP 403); it may need a login or block automated readers.</source>
        <translation>Die Website hat den Zugriff verweigert (HTTP 403); sie verlangt vielleicht eine Anmeldung oder sperrt automatische Leser.</translation>
    </message>
    <message>
        <source>The site sent the page compressed as {encoding!r}, which Ponder cannot read.</source>
        <translation>Die Website hat die Seite als {encoding!r} komprimiert gesendet; das kann Ponder nicht lesen.</translation>
    </message>
    <message>
        <source>The source {ref!r} of this draft was not found; its share was not noted.</source>
        <translation>Die Quelle {ref!r} dieses Entwurfs wurde nicht gefunden; das Teilen wurde dort nicht vermerkt.</translation>
    </message>
    <message>
        <source>The template left this for your own words; write them, or delete the line.</source>
        <translation>Die Vorlage hat hier Platz für Ihre eigenen Worte gelassen; schreiben Sie sie oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The vault folder {root} does not exist; choose another folder.</source>
        <translation>Der Ablageordner {root} existiert nicht; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The {network} address must start with https://.</source>
        <translation>Die Adresse für {network} muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>There is no account called {name!r} (accounts: {known}).</source>
        <translation>Es gibt kein Konto namens {name!r} (Konten: {known}).</translation>
    </message>
    <message>
        <source>This [[link]] names no note; it will be shared as plain text. Fix or remove it.</source>
        <translation>Dieser [[Link]] nennt keine Notiz; er wird als reiner Text geteilt. Korrigieren oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>This address only works on your computer or network.</source>
        <translation>Diese Adresse funktioniert nur auf Ihrem Computer oder in Ihrem Netz.</translation>
    </message>
    <message>
        <source>This cannot be split into posts: {error}.</source>
        <translation>Das lässt sich nicht in Beiträge aufteilen: {error}.</translation>
    </message>
    <message>
        <source>This draft is marked internal and is about to go to a public network.</source>
        <translation>Dieser Entwurf ist als intern markiert und soll in ein öffentliches Netzwerk gehen.</translation>
    </message>
    <message>
        <source>This is not an RSS, Atom or JSON feed{detail}.</source>
        <translation>Das ist kein RSS-, Atom- oder JSON-Feed{detail}.</translation>
    </message>
    <message>
        <source>This links to one of your notes, which readers cannot open; it will be shared as plain text. Link the public page instead, or quote what matters.</source>
        <translation>Das verlinkt eine Ihrer Notizen, die Leser nicht öffnen können; es wird als reiner Text geteilt. Verlinken Sie stattdessen die öffentliche Seite oder zitieren Sie das Wichtige.</translation>
    </message>
    <message>
        <source>To (comma-separated)</source>
        <translation>An (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Viva Engage</source>
        <translation>Viva Engage</translation>
    </message>
    <message>
        <source>Webhook (Standard Webhooks signing)</source>
        <translation>Webhook (Signatur nach Standard Webhooks)</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Weekly notes</source>
        <translation>Wochennotizen</translation>
    </message>
    <message>
        <source>Workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s SMTP settings: server, port and app password.</source>
        <translation>Die SMTP-Einstellungen Ihres Mailanbieters: Server, Port und App-Passwort.</translation>
    </message>
    <message>
        <source>`review:` in {path} is not a mapping; fix it by hand first.</source>
        <translation>`review:` in {path} ist keine Zuordnung; korrigieren Sie es zuerst von Hand.</translation>
    </message>
    <message>
        <source>`shared:` is not a list; Ponder leaves it for you to fix by hand.</source>
        <translation>`shared:` ist keine Liste; Ponder überlässt es Ihnen, das von Hand zu korrigieren.</translation>
    </message>
    <message>
        <source>a different file already has its name in the vault; it was left as it is</source>
        <translation>eine andere Datei in der Ablage hat schon diesen Namen; sie wurde belassen, wie sie ist</translation>
    </message>
    <message>
        <source>already in the vault ({where})</source>
        <translation>schon in der Ablage ({where})</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>schon früher importiert</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indizieren</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>sie kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>it cannot be resolved ({exc})</source>
        <translation>er lässt sich nicht auflösen ({exc})</translation>
    </message>
    <message>
        <source>it could not be imported ({kind}: {detail})</source>
        <translation>es konnte nicht importiert werden ({kind}: {detail})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>it is a folder, not a note</source>
        <translation>das ist ein Ordner, keine Notiz</translation>
    </message>
    <message>
        <source>it is a symbolic link; links are not followed</source>
        <translation>das ist ein symbolischer Link; Links wird nicht gefolgt</translation>
    </message>
    <message>
        <source>it is empty or contains a NUL character</source>
        <translation>er ist leer oder enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>das ist kein UTF-8-Text (ungültiges Byte an Position {offset})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (the first bad byte is at offset {offset}); save it as UTF-8 in another editor to open it here. The file is left as it is</source>
        <translation>das ist kein UTF-8-Text (das erste ungültige Byte steht an Position {offset}); speichern Sie die Datei in einem anderen Editor als UTF-8, um sie hier zu öffnen. Die Datei bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>it is not a web address (only http and https are imported)</source>
        <translation>das ist keine Webadresse (nur http und https werden importiert)</translation>
    </message>
    <message>
        <source>it is not inside that entry of the trash</source>
        <translation>er liegt nicht in diesem Eintrag des Papierkorbs</translation>
    </message>
    <message>
        <source>it is {size:.1f} MB, over {limit} MB</source>
        <translation>sie ist {size:.1f} MB groß, über {limit} MB</translation>
    </message>
    <message>
        <source>it leads outside the vault through a symbolic link</source>
        <translation>er führt über einen symbolischen Link aus der Ablage hinaus</translation>
    </message>
    <message>
        <source>it looks like a binary file, not Markdown text; the file is left as it is</source>
        <translation>sie sieht nach einer Binärdatei aus, nicht nach Markdown-Text; die Datei bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>it may not go up out of the vault with &apos;..&apos;</source>
        <translation>er darf mit &apos;..&apos; nicht aus der Ablage hinausführen</translation>
    </message>
    <message>
        <source>it must be relative to the vault folder</source>
        <translation>er muss relativ zum Ablageordner sein</translation>
    </message>
    <message>
        <source>it names the vault folder itself, not a file</source>
        <translation>er nennt den Ablageordner selbst, keine Datei</translation>
    </message>
    <message>
        <source>it was not copied: {error}</source>
        <translation>sie wurde nicht kopiert: {error}</translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation>sein Zertifikat konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>its name is not UTF-8 text, so it cannot be indexed or linked to; rename the file to open it in Ponder</source>
        <translation>ihr Name ist kein UTF-8-Text, daher kann sie weder indiziert noch verlinkt werden; benennen Sie die Datei um, um sie in Ponder zu öffnen</translation>
    </message>
    <message>
        <source>listed earlier in this file</source>
        <translation>weiter oben in dieser Datei aufgeführt</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>not a note or a kind of attachment Ponder copies</source>
        <translation>keine Notiz und keine Art von Anhang, die Ponder kopiert</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>the file does not exist (it may have been moved or deleted)</source>
        <translation>die Datei existiert nicht (sie wurde vielleicht verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>the folder cannot be read ({error})</source>
        <translation>der Ordner kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the note would be {size:.1f} MB, over {limit} MB</source>
        <translation>die Notiz wäre {size:.1f} MB groß, über {limit} MB</translation>
    </message>
    <message>
        <source>the system reported: {error}</source>
        <translation>das System meldete: {error}</translation>
    </message>
    <message>
        <source>the tag {tag} is not one Ponder reads</source>
        <translation>das Tag {tag} liest Ponder nicht</translation>
    </message>
    <message>
        <source>the tag {tag} is not one Ponder reads; it is ignored</source>
        <translation>das Tag {tag} liest Ponder nicht; es wird ignoriert</translation>
    </message>
    <message>
        <source>there is no such note (it may have been moved or deleted)</source>
        <translation>diese Notiz gibt es nicht (sie wurde vielleicht verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>was not created; nothing was written</source>
        <translation>wurde nicht angelegt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>was not moved to the trash; it is still in place</source>
        <translation>wurde nicht in den Papierkorb verschoben; sie ist noch an ihrem Platz</translation>
    </message>
    <message>
        <source>was not renamed; it is still where it was</source>
        <translation>wurde nicht umbenannt; sie ist noch, wo sie war</translation>
    </message>
    <message>
        <source>was not restored; it is still in the trash</source>
        <translation>wurde nicht wiederhergestellt; sie ist noch im Papierkorb</translation>
    </message>
    <message>
        <source>was not saved; nothing was written</source>
        <translation>wurde nicht gespeichert; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>was not saved; the file on disk is untouched</source>
        <translation>wurde nicht gespeichert; die Datei auf dem Datenträger ist unverändert</translation>
    </message>
    <message>
        <source>was not saved; the previous version is untouched</source>
        <translation>wurde nicht gespeichert; die vorige Fassung ist unverändert</translation>
    </message>
    <message>
        <source>your version was not saved</source>
        <translation>Ihre Fassung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>{best} got {average:.1f} replies per post this month; {worst} got none.</source>
        <translation>{best} bekamen diesen Monat {average:.1f} Antworten pro Beitrag; {worst} bekamen keine.</translation>
    </message>
    <message>
        <source>{best} got {ratio:.1f}× the replies of {worst} this month.</source>
        <translation>{best} bekamen diesen Monat {ratio:.1f}-mal so viele Antworten wie {worst}.</translation>
    </message>
    <message>
        <source>{draft} is not a draft; make a draft first, then a variant of it.</source>
        <translation>{draft} ist kein Entwurf; legen Sie zuerst einen Entwurf an, dann eine Variante davon.</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}.</source>
        <translation>{field} muss eines von {choices} sein.</translation>
    </message>
    <message>
        <source>{field} must start with https://.</source>
        <translation>{field} muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>{heading}
{lines}</source>
        <translation>{heading}
{lines}</translation>
    </message>
    <message>
        <source>{host} did not answer in time (limit {read:g} s per read, {total:g} s in all).</source>
        <translation>{host} hat nicht rechtzeitig geantwortet (Grenze {read:g} s je Lesevorgang, {total:g} s insgesamt).</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>{kind} has no field {name!r}.</source>
        <translation>{kind} hat kein Feld {name!r}.</translation>
    </message>
    <message>
        <source>{kind} needs a value for “{field}”.</source>
        <translation>{kind} braucht einen Wert für „{field}“.</translation>
    </message>
    <message>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
    <message>
        <source>{message}. Compare both versions, then try again.</source>
        <translation>{message}. Vergleichen Sie beide Fassungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>{network} had a problem of its own (HTTP {status}){said}. The post most likely did not arrive; check {place} before sending again.</source>
        <translation>{network} hatte selbst ein Problem (HTTP {status}){said}. Der Beitrag ist wahrscheinlich nicht angekommen; prüfen Sie {place}, bevor Sie erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>{network} is limiting how often Ponder may post; try again in %n second(s).</source>
        <translation>
            <numerusform>{network} begrenzt, wie oft Ponder posten darf; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>{network} begrenzt, wie oft Ponder posten darf; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>{network} is limiting how often Ponder may post; try again in a minute.</source>
        <translation>{network} begrenzt, wie oft Ponder posten darf; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>{network} kept failing (HTTP {status}){said}; the post was not sent twice. Try again later.</source>
        <translation>{network} ist wiederholt gescheitert (HTTP {status}){said}; der Beitrag wurde nicht doppelt gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{new_path} is not a note name; it must end in .md, outside hidden folders.</source>
        <translation>{new_path} ist kein Notizname; er muss auf .md enden und außerhalb verborgener Ordner liegen.</translation>
    </message>
    <message>
        <source>{path} already exists on disk; {kept} so the file there is not overwritten</source>
        <translation>{path} existiert schon auf dem Datenträger; {kept}, damit die Datei dort nicht überschrieben wird</translation>
    </message>
    <message>
        <source>{path} already exists; Ponder never overwrites a note. Choose another name.</source>
        <translation>{path} existiert schon; Ponder überschreibt nie eine Notiz. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); no accounts loaded.</source>
        <translation>{path} konnte nicht gelesen werden ({error}); es wurden keine Konten geladen.</translation>
    </message>
    <message>
        <source>{path} is not a question (its kind is {kind}).</source>
        <translation>{path} ist keine Frage (die Art ist {kind}).</translation>
    </message>
    <message>
        <source>{path} reads back differently from what Ponder wrote; another program may have changed it at the same moment. Check the note before editing it further.</source>
        <translation>{path} liest sich anders zurück, als Ponder es geschrieben hat; vielleicht hat ein anderes Programm die Datei im selben Moment geändert. Prüfen Sie die Notiz, bevor Sie weiter daran arbeiten.</translation>
    </message>
    <message>
        <source>{path} was changed by another program after Ponder read it; {kept}</source>
        <translation>{path} wurde von einem anderen Programm geändert, nachdem Ponder die Datei gelesen hat; {kept}</translation>
    </message>
    <message>
        <source>{path} was deleted or moved by another program; {kept}</source>
        <translation>{path} wurde von einem anderen Programm gelöscht oder verschoben; {kept}</translation>
    </message>
    <message>
        <source>{path} was not saved: the text has a character that cannot be stored as UTF-8 at position {position}; nothing was written.</source>
        <translation>{path} wurde nicht gespeichert: der Text hat an Position {position} ein Zeichen, das sich nicht als UTF-8 speichern lässt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{path} was written but could not be read back ({exc}).</source>
        <translation>{path} wurde geschrieben, ließ sich aber nicht zurücklesen ({exc}).</translation>
    </message>
    <message>
        <source>{path} {outcome} ({error}).</source>
        <translation>{path} {outcome} ({error}).</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder; choose the folder holding your notes.</source>
        <translation>{root} ist eine Datei, kein Ordner; wählen Sie den Ordner mit Ihren Notizen.</translation>
    </message>
    <message>
        <source>{size:.1f} MB is larger than the {limit} MB Ponder reads as a note; the file is left as it is</source>
        <translation>{size:.1f} MB sind mehr als die {limit} MB, die Ponder als Notiz liest; die Datei bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>{url!r} is not a valid web address ({why}).</source>
        <translation>{url!r} ist keine gültige Webadresse ({why}).</translation>
    </message>
    <message>
        <source>{url!r} is not a web address (http:// or https://).</source>
        <translation>{url!r} ist keine Webadresse (http:// oder https://).</translation>
    </message>
    <message>
        <source>{url!r} names no site.</source>
        <translation>{url!r} nennt keine Website.</translation>
    </message>
    <message>
        <source>{url} answered &apos;not modified&apos; to a first request.</source>
        <translation>{url} antwortete auf eine erste Anfrage mit &apos;nicht geändert&apos;.</translation>
    </message>
    <message>
        <source>{url} is a web page that announces no feed.</source>
        <translation>{url} ist eine Webseite, die keinen Feed angibt.</translation>
    </message>
    <message>
        <source>{url}: {error}</source>
        <translation>{url}: {error}</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {tag}</source>
        <translation>{value!r} ist kein gültiges {tag}</translation>
    </message>
    <message>
        <source>{why}; it is read as text</source>
        <translation>{why}; der Wert wird als Text gelesen</translation>
    </message>
    <message>
        <source>“{group}” posts</source>
        <translation>Beiträge mit „{group}“</translation>
    </message>
    <message>
        <source>“{secret}” for {name!r} is not stored{lost}; add the account again.</source>
        <translation>„{secret}“ für {name!r} ist nicht gespeichert{lost}; fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <source>• {item}: {reason}</source>
        <translation>• {item}: {reason}</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… und {more} weitere</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>{setting}: choose a folder</source>
        <translation>{setting}: Ordner auswählen</translation>
    </message>
    <message>
        <source>Pick the folder in a file dialog</source>
        <translation>Den Ordner in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Systemschrift</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Vault folder</source>
        <translation>Ablageordner</translation>
    </message>
    <message>
        <source>The folder that holds your notes.</source>
        <translation>Der Ordner, in dem Ihre Notizen liegen.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Light, dark, or follow the system.</source>
        <translation>Hell, dunkel oder wie das System.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Schrift im Editor</translation>
    </message>
    <message>
        <source>Empty means the system font.</source>
        <translation>Leer bedeutet die Systemschrift.</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße im Editor</translation>
    </message>
    <message>
        <source>In points.</source>
        <translation>In Punkt.</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Speicherverzögerung</translation>
    </message>
    <message>
        <source>Seconds after the last keystroke.</source>
        <translation>Sekunden nach dem letzten Tastendruck.</translation>
    </message>
    <message>
        <source>Clip local addresses</source>
        <translation>Lokale Adressen speichern</translation>
    </message>
    <message>
        <source>Allow clipping pages on this computer or your LAN.</source>
        <translation>Ausschnitte von Seiten auf diesem Rechner oder im lokalen Netz erlauben.</translation>
    </message>
    <message>
        <source>Keep clipped images</source>
        <translation>Bilder von Ausschnitten behalten</translation>
    </message>
    <message>
        <source>Save a clipped article&apos;s images in attachments/.</source>
        <translation>Die Bilder eines gespeicherten Artikels in attachments/ ablegen.</translation>
    </message>
    <message>
        <source>Browser clipping</source>
        <translation>Ausschnitte aus dem Browser</translation>
    </message>
    <message>
        <source>Let the Joplin Web Clipper extension and the bookmarklet clip into Ponder (a server on 127.0.0.1 only, ports 41184–41194).</source>
        <translation>Die Erweiterung Joplin Web Clipper und das Bookmarklet dürfen in Ponder speichern (ein Server nur auf 127.0.0.1, Ports 41184–41194).</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window keeps Ponder in the system tray (where the desktop has one).</source>
        <translation>Beim Schließen des Fensters bleibt Ponder im Infobereich (wo die Arbeitsumgebung einen hat).</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Queries kept in the sidebar, one per line.</source>
        <translation>Suchanfragen in der Seitenleiste, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>Tägliche Wiederholung</translation>
    </message>
    <message>
        <source>Highlights, reflections and questions to review each day.</source>
        <translation>Hervorhebungen, Reflexionen und Fragen, die jeden Tag wiederholt werden.</translation>
    </message>
    <message>
        <source>Weekly digest day</source>
        <translation>Tag des Wochenrückblicks</translation>
    </message>
    <message>
        <source>The day Ponder writes the week&apos;s digest note in the journal.</source>
        <translation>Der Tag, an dem Ponder den Wochenrückblick ins Tagebuch schreibt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Daily-note folder</source>
        <translation>Ordner der Tagesnotizen</translation>
    </message>
    <message>
        <source>Empty: Obsidian&apos;s daily-notes setting, else journal/.</source>
        <translation>Leer: die Tagesnotiz-Einstellung von Obsidian, sonst journal/.</translation>
    </message>
    <message>
        <source>Daily-note file name</source>
        <translation>Dateiname der Tagesnotizen</translation>
    </message>
    <message>
        <source>A date format such as YYYY-MM-DD (Obsidian&apos;s tokens).</source>
        <translation>Ein Datumsformat wie YYYY-MM-DD (die Platzhalter von Obsidian).</translation>
    </message>
    <message>
        <source>Daily-note template</source>
        <translation>Vorlage der Tagesnotizen</translation>
    </message>
    <message>
        <source>A Markdown file in the vault; empty: Ponder&apos;s template.</source>
        <translation>Eine Markdown-Datei in der Ablage; leer: die Vorlage von Ponder.</translation>
    </message>
    <message>
        <source>Private terms</source>
        <translation>Private Begriffe</translation>
    </message>
    <message>
        <source>Words that must never leave Ponder unnoticed.</source>
        <translation>Wörter, die Ponder nie unbemerkt verlassen dürfen.</translation>
    </message>
</context>
</TS>
