<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BacklinksPanel</name>
    <message numerus="yes">
        <source>Updated links in %n note(s).</source>
        <translation>
            <numerusform>Updated links in %n note.</numerusform>
            <numerusform>Updated links in %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <source>%n new item(s) in the inbox. Feeds not refreshed: {n}.</source>
        <translation>
            <numerusform>%n new item in the inbox. Feeds not refreshed: {n}.</numerusform>
            <numerusform>%n new items in the inbox. Feeds not refreshed: {n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in the inbox.</source>
        <translation>
            <numerusform>%n new item in the inbox.</numerusform>
            <numerusform>%n new items in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message numerus="yes">
        <source>{variant} → {network}: %n response(s)</source>
        <translation>
            <numerusform>{variant} → {network}: %n response</numerusform>
            <numerusform>{variant} → {network}: %n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPanel</name>
    <message numerus="yes">
        <source>{n} note(s)</source>
        <translation>
            <numerusform>{n} note</numerusform>
            <numerusform>{n} notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostFlow</name>
    <message numerus="yes">
        <source>The draft has %n privacy finding(s):
{lines}

Post anyway?</source>
        <translation>
            <numerusform>The draft has %n privacy finding:
{lines}

Post anyway?</numerusform>
            <numerusform>The draft has %n privacy findings:
{lines}

Post anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeekController</name>
    <message numerus="yes">
        <source>Imported %n note(s).</source>
        <translation>
            <numerusform>Imported %n note.</numerusform>
            <numerusform>Imported %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from {source}.</source>
        <translation>
            <numerusform>Imported %n note from {source}.</numerusform>
            <numerusform>Imported %n notes from {source}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) copied into attachments/.</source>
        <translation>
            <numerusform>%n attachment copied into attachments/.</numerusform>
            <numerusform>%n attachments copied into attachments/.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDialog</name>
    <message numerus="yes">
        <source>%n post(s), newest first.</source>
        <translation>
            <numerusform>%n post, newest first.</numerusform>
            <numerusform>%n posts, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message numerus="yes">
        <source>Updated links in %n note(s).</source>
        <translation>
            <numerusform>Updated links in %n note.</numerusform>
            <numerusform>Updated links in %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} note(s)</source>
        <translation>
            <numerusform>{n} note</numerusform>
            <numerusform>{n} notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} word(s)</source>
        <translation>
            <numerusform>{n} word</numerusform>
            <numerusform>{n} words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>%n note(s) disappeared at once; Ponder keeps them in its index and deletes nothing. If you removed them on purpose, run `ponder reindex`.</source>
        <translation>
            <numerusform>%n note disappeared at once; Ponder keeps them in its index and deletes nothing. If you removed them on purpose, run `ponder reindex`.</numerusform>
            <numerusform>%n notes disappeared at once; Ponder keeps them in its index and deletes nothing. If you removed them on purpose, run `ponder reindex`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) read this month drew {total} responses in all.</source>
        <translation>
            <numerusform>%n post read this month drew {total} responses in all.</numerusform>
            <numerusform>%n posts read this month drew {total} responses in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{network} is limiting how often Ponder may post; try again in %n second(s).</source>
        <translation>
            <numerusform>{network} is limiting how often Ponder may post; try again in %n second.</numerusform>
            <numerusform>{network} is limiting how often Ponder may post; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
