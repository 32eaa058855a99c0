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
</context>
<context>
    <name>Application</name>
    <message>
        <source>Ponder</source>
        <translation>Ponder</translation>
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
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the composer (Esc)</source>
        <translation>Editor schließen (Esc)</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Veröffentlichen in</translation>
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
        <source>No accounts yet: add one with Accounts…</source>
        <translation>Noch keine Konten: Fügen Sie eines über „Konten …“ hinzu</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
</context>
<context>
    <name>Document</name>
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
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} Notizen</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.
Try fewer words, or a prefix like cach*.</source>
        <translation>Nichts passt zu „{query}“.
Versuchen Sie weniger Wörter oder einen Wortanfang wie such*.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
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
    <name>PostFlow</name>
    <message>
        <source>Not posted</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The draft has {n} privacy findings:
{lines}

Post anyway?</source>
        <translation>Der Entwurf hat {n} Datenschutzhinweise:
{lines}

Trotzdem veröffentlichen?</translation>
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
        <source>Go back</source>
        <translation>Zurück</translation>
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
        <source>Save clip</source>
        <translation>Ausschnitt speichern</translation>
    </message>
    <message>
        <source>A link: Ponder saves it now and fetches the page.</source>
        <translation>Ein Link: Ponder speichert ihn sofort und ruft die Seite ab.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Strg+Eingabe speichert · Esc bricht ab</translation>
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
        <source>Import into Ponder</source>
        <translation>In Ponder importieren</translation>
    </message>
    <message>
        <source>Import a folder of Markdown (Obsidian, Logseq, Dendron, Foam)</source>
        <translation>Einen Markdown-Ordner importieren (Obsidian, Logseq, Dendron, Foam)</translation>
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
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported 1 note from {source}.</source>
        <translation>1 Notiz aus {source} importiert.</translation>
    </message>
    <message>
        <source>Imported {notes} notes from {source}.</source>
        <translation>{notes} Notizen aus {source} importiert.</translation>
    </message>
    <message>
        <source>{files} attachments were copied into attachments/.</source>
        <translation>{files} Anhänge wurden nach attachments/ kopiert.</translation>
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
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
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
        <source>Make a draft from {n} notes with which template?</source>
        <translation>Mit welcher Vorlage soll aus {n} Notizen ein Entwurf werden?</translation>
    </message>
    <message>
        <source>Make a draft from “{path}” with which template?</source>
        <translation>Mit welcher Vorlage soll aus „{path}“ ein Entwurf werden?</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Select notes in the list, or open one, to make a draft.</source>
        <translation>Wählen Sie Notizen in der Liste aus oder öffnen Sie eine, um einen Entwurf anzulegen.</translation>
    </message>
    <message>
        <source>New draft: {path}</source>
        <translation>Neuer Entwurf: {path}</translation>
    </message>
    <message>
        <source>Open a draft to compose it, or make one from notes.</source>
        <translation>Öffnen Sie einen Entwurf, um ihn zu verfassen, oder legen Sie einen aus Notizen an.</translation>
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
    <message>
        <source>{n} posts, newest first.</source>
        <translation>{n} Beiträge, neueste zuerst.</translation>
    </message>
    <message>
        <source>Nothing shared yet. Post a draft from the composer.</source>
        <translation>Noch nichts geteilt. Veröffentlichen Sie einen Entwurf aus dem Editor.</translation>
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
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename note</source>
        <translation>Notiz umbenennen</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
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
    <message>
        <source>{n} notes</source>
        <translation>{n} Notizen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} Wörter</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
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
        <source>Find and replace…</source>
        <translation>Suchen und ersetzen …</translation>
    </message>
    <message>
        <source>Find in the open note (Ctrl+F)</source>
        <translation>In der offenen Notiz suchen (Strg+F)</translation>
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
        <source>About Ponder</source>
        <translation>Über Ponder</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>Version und wo Ihre Daten liegen</translation>
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
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Queries kept in the sidebar, one per line.</source>
        <translation>Suchanfragen in der Seitenleiste, eine pro Zeile.</translation>
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
