<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>SeekController</name>
    <message numerus="yes">
        <source>Imported %n note(s).</source>
        <translation>
            <numerusform>Imported %n note.</numerusform>
            <numerusform>Imported %n notes.</numerusform>
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
</context>
</TS>
