<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="240"/>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="242"/>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="263"/>
        <source>Edit one press release in Chinese, English and Russian side by side, with an official-names glossary and offline machine translation.</source>
        <translation>Edit one press release in Chinese, English and Russian side by side, with an official-names glossary and offline machine translation.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="282"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="284"/>
        <source>Open &amp;Data Folder</source>
        <translation>Open &amp;Data Folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="302"/>
        <source>Language pack %1</source>
        <translation>Language pack %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>Language packs</source>
        <translation>Language packs</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>none installed (not needed for editing)</source>
        <translation>none installed (not needed for editing)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="305"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="306"/>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="483"/>
        <source>Paste Paragraphs</source>
        <translation>Paste Paragraphs</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/cell_delegate.py" line="484"/>
        <source>The clipboard holds %n paragraph(s). Put each into a row of its own, from this row down?

No pastes them all into this one cell.</source>
        <translation>
            <numerusform>The clipboard holds %n paragraph. Put each into a row of its own, from this row down?

No pastes them all into this one cell.</numerusform>
            <numerusform>The clipboard holds %n paragraphs. Put each into a row of its own, from this row down?

No pastes them all into this one cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="285"/>
        <source>Text too long for one cell</source>
        <translation>Text too long for one cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="286"/>
        <source>The clipboard holds %1 characters; one cell takes at most %2. To bring in a whole document, use File ▸ Import Document, which splits it into paragraphs.</source>
        <translation>The clipboard holds %1 characters; one cell takes at most %2. To bring in a whole document, use File ▸ Import Document, which splits it into paragraphs.</translation>
    </message>
</context>
<context>
    <name>ConcordanceAction</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="218"/>
        <source>Co&amp;ncordance…</source>
        <translation>Co&amp;ncordance…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="219"/>
        <source>How a phrase was translated before, in the memory and in this release</source>
        <translation>How a phrase was translated before, in the memory and in this release</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="109"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="110"/>
        <source>&amp;Search for:</source>
        <translation>&amp;Search for:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="111"/>
        <source>&amp;In the text in:</source>
        <translation>&amp;In the text in:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="115"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="137"/>
        <source>this release, paragraph %1</source>
        <translation>this release, paragraph %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="146"/>
        <source>Searching the translation memory…</source>
        <translation>Searching the translation memory…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="153"/>
        <source>translation memory (%1)</source>
        <translation>translation memory (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="169"/>
        <source>Type a phrase to see how it was translated before.</source>
        <translation>Type a phrase to see how it was translated before.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/concordance.py" line="171"/>
        <source>%n translation(s) found. Double-click one to insert it into the cell.</source>
        <translation>
            <numerusform>%n translation found. Double-click it to insert it into the cell.</numerusform>
            <numerusform>%n translations found. Double-click one to insert it into the cell.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="178"/>
        <source>Open a %1 cell to insert this translation.</source>
        <translation>Open a %1 cell to insert this translation.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../desktop_app/ui/document.py" line="140"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="327"/>
        <source>Restore unsaved work</source>
        <translation>Restore unsaved work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="381"/>
        <source>Edit cell</source>
        <translation>Edit cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="394"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="407"/>
        <location filename="../desktop_app/ui/document.py" line="414"/>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark draft</source>
        <translation>Mark draft</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark machine-made</source>
        <translation>Mark machine-made</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="423"/>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="427"/>
        <source>Insert segment</source>
        <translation>Insert segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="432"/>
        <source>Delete segments</source>
        <translation>Delete segments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="438"/>
        <source>Move segment</source>
        <translation>Move segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="446"/>
        <source>Split segment</source>
        <translation>Split segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="454"/>
        <source>Merge segments</source>
        <translation>Merge segments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="459"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="464"/>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="468"/>
        <source>Change title and date</source>
        <translation>Change title and date</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/document.py" line="475"/>
        <source>Paste %n paragraph(s)</source>
        <translation>
            <numerusform>Paste %n paragraph</numerusform>
            <numerusform>Paste %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="484"/>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="169"/>
        <source>Approved: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="172"/>
        <source>%1: %2 of %3 paragraphs approved</source>
        <translation>%1: %2 of %3 paragraphs approved</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="177"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="178"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="184"/>
        <source>No segment</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="193"/>
        <source>Segment %1 of %2 · %3</source>
        <translation>Segment %1 of %2 · %3</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Edit Glossary Entry</source>
        <translation>Edit Glossary Entry</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Add Glossary Entry</source>
        <translation>Add Glossary Entry</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Approved form</source>
        <translation>Approved form</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Accepted variants (A | B)</source>
        <translation>Accepted variants (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="249"/>
        <source>Forbidden forms (A | B)</source>
        <translation>Forbidden forms (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="250"/>
        <source>Short forms: second references (A | B)</source>
        <translation>Short forms: second references (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="258"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="259"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="260"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="261"/>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="262"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="263"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="264"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="265"/>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="266"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="267"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="268"/>
        <source>the official site the entry&apos;s facts come from</source>
        <translation>the official site the entry&apos;s facts come from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="294"/>
        <source>Give the approved form in at least one language.</source>
        <translation>Give the approved form in at least one language.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="298"/>
        <source>The entry cannot be saved:</source>
        <translation>The entry cannot be saved:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="64"/>
        <source>%1 — unexpected error</source>
        <translation>%1 — unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="74"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="75"/>
        <source>Your work was autosaved and PressDesk is still running. If this happens again, please send the details (or the log file) to whoever supports PressDesk in your office.</source>
        <translation>Your work was autosaved and PressDesk is still running. If this happens again, please send the details (or the log file) to whoever supports PressDesk in your office.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="79"/>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="92"/>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Show &amp;Details</source>
        <translation>Show &amp;Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="96"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copy Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="99"/>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Hide &amp;Details</source>
        <translation>Hide &amp;Details</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="25"/>
        <location filename="../desktop_app/ui/error_messages.py" line="501"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="26"/>
        <source>is not a regular file (a device or a pipe), so it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="28"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="29"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="31"/>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="32"/>
        <source>cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="33"/>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="34"/>
        <source>the file is too large (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="35"/>
        <source>locked: another PressDesk (or another program) is writing to it; try again when it has finished; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="38"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="39"/>
        <source>the file holds no terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="40"/>
        <source>the file holds no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="41"/>
        <source>cannot import this kind of file (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="42"/>
        <source>the package unpacks to more than %1 bytes, more than any document holds; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="44"/>
        <source>the package contains duplicate entries (damaged or tampered); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="46"/>
        <source>the document is password-protected (encrypted) or an old binary .doc; save it as an unprotected .docx first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="49"/>
        <source>not a Word document or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="50"/>
        <source>the document cannot be read: it is damaged, partly encrypted or packed in a way PressDesk cannot unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="53"/>
        <source>the document is incomplete (a part of it is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="54"/>
        <source>not a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="55"/>
        <source>an OpenDocument file with a Word name; open it and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="57"/>
        <source>a Pages document with a Word name; in Pages choose File ▸ Export To ▸ Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="59"/>
        <source>the document holds more than %1 paragraphs, far more than a release; it cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="62"/>
        <source>%1 declares a DTD, which Word documents never hold (its entities could stand for text or fetch files); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="65"/>
        <source>an embedded HTML part (altChunk) nests too deeply to be read in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="67"/>
        <source>Word documents are nested inside each other too deeply (altChunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="69"/>
        <source>part of the text is embedded as %1 (altChunk), which cannot be read; open the document in Word and save it again as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="72"/>
        <source>paragraph %1 holds more than %2 elements, which no paragraph of a release has; it cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="75"/>
        <source>a Rich Text (RTF) file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="78"/>
        <source>a PDF file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="80"/>
        <source>a web page (HTML) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="83"/>
        <source>a Word 2003 XML document with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="86"/>
        <source>a Word XML Document (Flat OPC, one XML file) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="89"/>
        <source>a web archive (MHT) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="92"/>
        <source>this is a binary file, not plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="93"/>
        <source>the text is not UTF-8; save it as UTF-8 and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="94"/>
        <source>damaged %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="95"/>
        <source>the table has no %1 column (its languages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="96"/>
        <source>not a table with one language per column, so it goes into one language column only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="98"/>
        <source>the %1 column holds no text; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="99"/>
        <source>the table&apos;s header names %1 for more than one column, so its languages cannot be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="102"/>
        <source>columns %1 and %2 of the table both look %3, so its languages cannot be told apart; give the table a header row naming them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="105"/>
        <source>the table mixes languages within its columns, so they cannot be told apart; give it one language per column and a header row naming them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="108"/>
        <source>the project already holds %1 segments, more than a release holds (%2); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="111"/>
        <source>the document has %1 paragraphs; a release holds at most %2: split the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="113"/>
        <source>the document has a paragraph of %1 characters; a cell holds at most %2: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="116"/>
        <source>the file holds a text of %1 characters; a cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="118"/>
        <source>holds text that is not valid Unicode (%1, a lone surrogate escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="120"/>
        <source>the package lists more entries than any document, workbook or pack has (a table of contents of %1 bytes; at most %2); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="123"/>
        <source>the part %1 is too large (%2 bytes unpacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="124"/>
        <source>the part %1 unpacks to %2 bytes from %3: a zip bomb, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="126"/>
        <source>the file holds more than %1 XML elements, far more than a glossary; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="129"/>
        <source>entry %1 holds more than %2 XML elements, which no glossary entry has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="131"/>
        <source>the file holds more than %1 rows, far more than a glossary; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="133"/>
        <source>a line holds more than %1 cells (Excel&apos;s last column), which no table of names has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="135"/>
        <source>language pair %1: give two different languages of %2, e.g. zh-en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="137"/>
        <source>language pair %1: give two different languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="138"/>
        <source>that is the project being exported; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="140"/>
        <source>that is the house template of this export; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="142"/>
        <source>is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="143"/>
        <source>exists and is not a regular file; PressDesk will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="145"/>
        <source>exists and is not a ZIP of Word documents; PressDesk will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="147"/>
        <source>exists and is not a Word document; PressDesk will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="149"/>
        <source>the output must be a .docx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="150"/>
        <source>there is no text to export in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="151"/>
        <source>unknown layout %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="152"/>
        <source>the release has no segments to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="153"/>
        <source>the single layout needs a language: one of %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="155"/>
        <source>all three languages make three documents; give a folder or a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="157"/>
        <source>exists and is not a folder; give a folder or a .zip file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="159"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="160"/>
        <source>not a PressDesk release: expected an object with a &quot;segments&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="162"/>
        <source>it has %1 segments; a release holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="164"/>
        <source>&quot;title&quot; and &quot;date&quot; must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="165"/>
        <source>&quot;date&quot; must be an ISO date like 2023-07-20, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="166"/>
        <source>segment %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="167"/>
        <source>segment %1 has an unknown role %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="168"/>
        <source>segment %1: &quot;status&quot; must be an object like {&quot;zh&quot;: &quot;approved&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="170"/>
        <source>segment %1: %2 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="171"/>
        <source>segment %1: unknown status %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="172"/>
        <source>not a readable CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="173"/>
        <source>no column in Chinese, English or Russian was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="175"/>
        <source>the %1 terms are question marks (&quot;%2&quot;): the file was saved in a code page without %1 characters; save it as &quot;CSV UTF-8&quot; (or as .xlsx) and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="178"/>
        <source>two columns look like %1; name the columns zh, en and ru in a header row so PressDesk knows which is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="181"/>
        <source>expected the columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="182"/>
        <source>exists and is not a glossary file; PressDesk will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="184"/>
        <source>cannot export to this format (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="185"/>
        <source>not an Excel workbook or damaged; an old .xls must be saved as .xlsx first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="187"/>
        <source>an old Excel .xls workbook (or a password-protected file); in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="190"/>
        <source>%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="193"/>
        <source>an Excel binary workbook (.xlsb) with an .xlsx name; in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="196"/>
        <source>not an Excel workbook (the package has no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="198"/>
        <source>the worksheet %1 is missing from the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="199"/>
        <source>the workbook has no visible worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="200"/>
        <source>a cell lies beyond Excel&apos;s last column (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="201"/>
        <source>cell %1 names a shared string the workbook does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="203"/>
        <source>cell %1 holds %2 characters, more than Excel&apos;s %3: not a workbook of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="205"/>
        <source>a cell holds %1 characters, more than Excel&apos;s %2: not a workbook of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="207"/>
        <source>a worksheet fills more than %1 columns: not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="209"/>
        <source>an OpenDocument file (%1) with an Excel name; open it and save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="211"/>
        <source>a Numbers spreadsheet with an Excel name; in Numbers choose File ▸ Export To ▸ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="213"/>
        <source>cannot read the workbook: it is damaged or packed in a way PressDesk cannot unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="215"/>
        <source>%1 is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="216"/>
        <source>not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="217"/>
        <source>not a TBX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="218"/>
        <source>XML, but not a TMX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="219"/>
        <source>declares its own XML entities, which TMX files do not use; refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="221"/>
        <source>the file is %1 MB; TMX files over %2 MB are not imported (split it with your CAT tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="223"/>
        <source>the translation unit on line %1 holds more than %2 elements; it is no sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="225"/>
        <source>cannot be read as TMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="226"/>
        <source>names an encoding PressDesk cannot read, so it is no usable TMX file; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="228"/>
        <source>the file contains no XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="229"/>
        <source>declares XML entities of its own, which glossary files do not use (the text they stand for would be lost); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="232"/>
        <source>a TBX file without any termEntry/conceptEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="233"/>
        <source>glossary entry #%1 (%2) holds a character XML cannot carry; edit the entry and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="236"/>
        <source>XML, but neither a MultiTerm export (&lt;mtf&gt;) nor TBX (the root element is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="238"/>
        <source>a MultiTerm export without any conceptGrp entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="239"/>
        <source>no line has a term and its translation separated by a tab (an OmegaT glossary needs tab-separated columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="242"/>
        <source>the file contains no translation units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="243"/>
        <source>the file has no translation pairs between Chinese, English and Russian (languages in the file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="246"/>
        <source>larger than any language pack (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="247"/>
        <source>not a language pack (not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="248"/>
        <source>has no metadata.json; it is not a language pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="249"/>
        <source>has no translation model (model/model.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="250"/>
        <source>has no tokenizer (sentencepiece.model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="251"/>
        <source>the language pack is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="252"/>
        <source>is a folder, not a language pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="253"/>
        <source>the file contains a path outside its folder (%1); it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="255"/>
        <source>the file contains a name with control characters (%1); it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="257"/>
        <source>the file contains a link (%1); it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="258"/>
        <source>must hold exactly one folder (it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="259"/>
        <source>holds %1 twice; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="260"/>
        <source>holds %1 both as a file and as a folder; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="262"/>
        <source>holds both %1 and %2, which are one name on Windows and macOS; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="264"/>
        <source>holds too many files (%1) for a language pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="265"/>
        <source>unpacks to an implausible size (%1; at most %2 and %3 times the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="267"/>
        <source>unpacks to more than it declares; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="268"/>
        <source>metadata.json is implausibly large (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="270"/>
        <source>metadata.json is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="271"/>
        <source>metadata.json does not describe a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="272"/>
        <source>metadata.json field %1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="273"/>
        <source>metadata.json field %1 is %2 characters long (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="275"/>
        <source>metadata.json field %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="276"/>
        <source>metadata.json field &apos;links&apos; must list text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="277"/>
        <source>metadata.json field &apos;links&apos; lists more than %1 links or one longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="279"/>
        <source>is a %1 pack, not a translation pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="280"/>
        <source>metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="282"/>
        <source>translates %1 into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="283"/>
        <source>is version %1 of %2, older than the installed %3; remove that first to go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="285"/>
        <source>could not be moved into the packs folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="286"/>
        <source>could not be removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="287"/>
        <source>the language packs folder cannot be changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="288"/>
        <source>the package index is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="289"/>
        <source>the download is larger than any language pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="290"/>
        <source>the language pack %1 did not translate a sentence within %2 s; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="292"/>
        <source>the language pack %1 could not be tried; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="294"/>
        <source>the language pack %1 does not translate; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="296"/>
        <source>the language pack %1 crashed the translation engine; it was not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="298"/>
        <source>no language pack for %1→%2 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="299"/>
        <source>no language pack for %1→%2: install %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="300"/>
        <source>the language pack %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="301"/>
        <source>the language pack %1 has no tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="302"/>
        <source>the language pack %1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="303"/>
        <source>the language pack %1 cannot split or tokenize text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="305"/>
        <source>the text has %1 characters; at most %2 are translated at once (split it into smaller parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="308"/>
        <source>the text holds half a character at position %1 (bytes that are not UTF-8); nothing was translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="311"/>
        <source>the beam size must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="312"/>
        <source>a translation server address holds no login or password (expected http://host:port; the API key has a field of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="315"/>
        <source>not a translation server address: %1 (expected http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="317"/>
        <source>the address given is not a translation server address (expected http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="319"/>
        <source>cannot reach the translation server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="320"/>
        <source>the translation server at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="322"/>
        <source>the translation server at %1 sent an answer larger than any translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="324"/>
        <source>%1 did not answer like a LibreTranslate server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="326"/>
        <source>the translation server at %1 redirects elsewhere (HTTP %2); set the address of the server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="329"/>
        <source>the translation server at %1 is busy (too many requests); try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="331"/>
        <source>the translation server at %1 refused the API key%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="333"/>
        <source>the translation server at %1 failed (HTTP %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="334"/>
        <source>the translation server at %1 refused the request (HTTP %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="336"/>
        <source>the translation server could not translate %1→%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="338"/>
        <source>%1 answered nothing for %2 of the %3 texts sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="339"/>
        <source>%1 answered with a text far longer than its source: not a translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="341"/>
        <source>not a PressDesk project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="342"/>
        <source>the file is damaged and cannot be read; nothing was changed: open a backup or an earlier export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="345"/>
        <source>written by a newer PressDesk (file format %1; this version reads up to %2); update PressDesk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="348"/>
        <source>the project cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="349"/>
        <source>not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="350"/>
        <source>not a glossary address: %1 (a shared glossary is postgresql://login@host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="352"/>
        <source>not a memory address: %1 (a shared memory is postgresql://login@host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="354"/>
        <source>a shared glossary needs psycopg: install PressDesk with the `team` extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="356"/>
        <source>a shared memory needs psycopg: install PressDesk with the `team` extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="358"/>
        <source>the glossary server refused the login: %1; check the login and password of the shared glossary&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="361"/>
        <source>the glossary server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="362"/>
        <source>the glossary server was not asked: PressDesk is quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="364"/>
        <source>the glossary server cannot be reached and this desk has no copy of the shared glossary yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="367"/>
        <source>the glossary server cannot be reached: imports, undoing them and tenures wait until it is back (single edits are queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="370"/>
        <source>the shared glossary cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="371"/>
        <source>the shared glossary&apos;s format record is missing (its tables are there); ask the office administrator to restore the pressdesk_meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="374"/>
        <source>the shared glossary&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="377"/>
        <source>the shared glossary was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="380"/>
        <source>the shared glossary is not set up yet and this login may not create it; ask the office administrator to open it once with the editors&apos; login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="383"/>
        <source>the shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="386"/>
        <source>the queue %1 holds edits for the shared glossary %2, not %3: they are only sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="388"/>
        <source>%1 is not an edit PressDesk queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="389"/>
        <source>the memory server refused the login: %1; check the login and password of the shared memory&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="392"/>
        <source>the memory server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="393"/>
        <source>the shared memory cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="394"/>
        <source>the shared memory&apos;s format record is missing (its tables are there); ask the office administrator to restore the tm_meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="397"/>
        <source>the shared memory&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="400"/>
        <source>the shared memory was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="403"/>
        <source>the shared glossary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="404"/>
        <source>the shared glossary refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="406"/>
        <source>the shared memory is read-only for this login: it can be searched, but only an editor&apos;s login adds to it; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="409"/>
        <source>the shared memory failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="410"/>
        <source>entry #%1 was deleted by someone else since you opened it (your version %2); nothing was saved.
  yours:  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="413"/>
        <source>entry #%1 was changed by %2 at %3 (version %4) since you opened version %5; nothing was saved.
  yours:  %6
  theirs: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="416"/>
        <source>entry #%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="417"/>
        <source>there is no import to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="418"/>
        <source>import #%1 does not exist or was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="419"/>
        <source>the record of import #%1 is damaged, so it cannot be undone; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="421"/>
        <source>a tenure must link two existing entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="422"/>
        <source>a tenure links a person entry to a title entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="423"/>
        <source>cannot save: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="424"/>
        <source>cannot save a copy: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="425"/>
        <source>cannot read: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="426"/>
        <source>cannot open: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="427"/>
        <source>cannot create the project: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="429"/>
        <source>cannot upgrade to the current file format: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="431"/>
        <source>cannot create the glossary: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="433"/>
        <source>cannot open the translation memory: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="435"/>
        <source>cannot create the translation memory: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="437"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="438"/>
        <source>its folder is read-only or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="440"/>
        <source>the disk refused the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="441"/>
        <source>another program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="442"/>
        <source>its name is too long for SQLite to keep its journal beside it; give it a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="444"/>
        <source>is being opened by another PressDesk at this moment. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="446"/>
        <source>has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited under another name. Open it read-only, or save a copy under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="449"/>
        <source>not a PressDesk glossary or translation memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="450"/>
        <source>the project already holds %1 segments, written by another tool; a release holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="453"/>
        <source>the project holds a segment id of %1 characters, written by another tool; PressDesk writes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="456"/>
        <source>the project holds a text of %1 characters, written by another tool; a text holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="459"/>
        <source>a release holds at most %1 segments; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="461"/>
        <source>the release holds text that is not valid Unicode (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="463"/>
        <source>%1 beside it is not the file SQLite keeps there (it is a link, a folder, a named pipe, a device or a second name of another file); move %1 away and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="466"/>
        <source>cannot create the project: SQLite keeps the journal, log or index of %1 under that name; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="469"/>
        <source>%1 beside it is the log of another database, and reading it would put that database&apos;s pages into this one; move %1 away and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="472"/>
        <source>a template must be a .docx or .dotx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="473"/>
        <source>macro-enabled templates (.dotm, .docm) cannot be used; save it as a .dotx or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="475"/>
        <source>not a usable Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="476"/>
        <source>it unpacks to %1 bytes (at most %2); not a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="477"/>
        <source>a Strict Open XML document, which cannot serve as a template; in Word save it as Word Template (.dotx) or Word Document (.docx), not Strict Open XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="480"/>
        <source>it holds macros or ActiveX controls (%1), which would run in every export; save it as a .dotx or .docx without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="483"/>
        <source>it declares macros or ActiveX controls, which would run in every export; save it as a .dotx or .docx without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="486"/>
        <source>its part %1 declares a DTD, which Word documents never hold (an export would make its readers fetch what it names); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="489"/>
        <source>its part %1 makes Word fetch files from outside the document; save the template without linked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="496"/>
        <source>the file or folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="497"/>
        <location filename="../desktop_app/ui/error_messages.py" line="498"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="439"/>
        <location filename="../desktop_app/ui/error_messages.py" line="499"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="500"/>
        <source>the disk or folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="502"/>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="503"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="540"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="566"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="463"/>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="464"/>
        <source>Show Exported &amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="465"/>
        <source>Open the folder the last export wrote to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="466"/>
        <source>Write the release as Word documents for distribution or review</source>
        <translation>Write the release as Word documents for distribution or review</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="485"/>
        <source>Exported %1 to %2 (File ▸ Show Exported Documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="489"/>
        <source>(%n segment(s) without text left out)</source>
        <translation>
            <numerusform>(%n segment without text left out)</numerusform>
            <numerusform>(%n segments without text left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="491"/>
        <source>(the template&apos;s own body text, %n paragraph(s), is not exported: a letterhead belongs in its header)</source>
        <translation>
            <numerusform>(the template&apos;s own body text, %n paragraph, is not exported: a letterhead belongs in its header)</numerusform>
            <numerusform>(the template&apos;s own body text, %n paragraphs, is not exported: a letterhead belongs in its header)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="188"/>
        <source>Export to Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="190"/>
        <source>Press release in one language</source>
        <translation>Press release in one language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="191"/>
        <source>Press releases in all three languages</source>
        <translation>Press releases in all three languages</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="192"/>
        <source>Side by side (Chinese | English | Russian)</source>
        <translation>Side by side (Chinese | English | Russian)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="193"/>
        <source>Review table for one language pair</source>
        <translation>Review table for one language pair</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="200"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="202"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="204"/>
        <source>Source → &amp;target:</source>
        <translation>Source → &amp;target:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="206"/>
        <source>Pack the three documents into one .&amp;zip file</source>
        <translation>Pack the three documents into one .&amp;zip file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="207"/>
        <source>&amp;House template:</source>
        <translation>&amp;House template:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="209"/>
        <source>Built-in template</source>
        <translation>Built-in template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="210"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="211"/>
        <source>Built-&amp;in</source>
        <translation>Built-&amp;in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="212"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="214"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="215"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="273"/>
        <source>Choose two different languages for the review table.</source>
        <translation>Choose two different languages for the review table.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="275"/>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="279"/>
        <source>There is no %1 text to export yet.</source>
        <translation>There is no %1 text to export yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="280"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="300"/>
        <source>Choose a House Template</source>
        <translation>Choose a House Template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="301"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="308"/>
        <source>Export into Folder</source>
        <translation>Export into Folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <location filename="../desktop_app/ui/export_dialog.py" line="313"/>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="314"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="331"/>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>These files exist already and will be replaced:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="332"/>
        <source>Replace Files?</source>
        <translation>Replace Files?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="337"/>
        <source>Checking the release…</source>
        <translation>Checking the release…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="346"/>
        <source>The quality checks found %1 error(s) in this release (%2). Export it anyway?</source>
        <translation>The quality checks found %1 error(s) in this release (%2). Export it anyway?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="348"/>
        <source>Export with Errors?</source>
        <translation>Export with Errors?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="349"/>
        <source>Export not started: fix the errors in Quality Checks first.</source>
        <translation>Export not started: fix the errors in Quality Checks first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="363"/>
        <source>The quality checks could not run (%1). Export without them?</source>
        <translation>The quality checks could not run (%1). Export without them?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="365"/>
        <source>Export without Checks?</source>
        <translation>Export without Checks?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="380"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="399"/>
        <source>Nothing was exported: the folder %1 cannot be written to (a write-protected USB stick, a CD or a read-only folder). Choose another folder with Browse.</source>
        <translation>Nothing was exported: the folder %1 cannot be written to (a write-protected USB stick, a CD or a read-only folder). Choose another folder with Browse.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="404"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="403"/>
        <source>The release could not be exported:
%1</source>
        <translation>The release could not be exported:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="419"/>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="355"/>
        <source>warnings: %1, style notes: %2</source>
        <translation>warnings: %1, style notes: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="357"/>
        <source>ignored: %1</source>
        <translation>ignored: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="195"/>
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Fin&amp;d:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Replace wi&amp;th:</source>
        <translation>Replace wi&amp;th:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="199"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="202"/>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="203"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Whole words</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="204"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="205"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="206"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="207"/>
        <source>Replace &amp;All</source>
        <translation>Replace &amp;All</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="231"/>
        <source>Type the text to find first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="240"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="242"/>
        <source>(%n match(es) in rows or columns the grid hides)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="248"/>
        <source>Match %1 of %2</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="250"/>
        <source>(%n more in rows or columns the grid hides)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="313"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="329"/>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="331"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Replaced %n time</numerusform>
            <numerusform>Replaced %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="333"/>
        <source>(%n of them in rows or columns the grid hides; Ctrl+Z takes them all back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="31"/>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="45"/>
        <source>&amp;Start Working</source>
        <translation>&amp;Start Working</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="48"/>
        <source>Read the User &amp;Guide</source>
        <translation>Read the User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="60"/>
        <source>One press release, three languages</source>
        <translation>One press release, three languages</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="61"/>
        <source>This is a sample release. Each row is one paragraph; the three columns are its &lt;b&gt;Chinese&lt;/b&gt;, &lt;b&gt;English&lt;/b&gt; and &lt;b&gt;Russian&lt;/b&gt; versions. Any column can be the source. Every cell has a status (draft, reviewed, approved…); a cell whose source changed after it was written is marked stale.</source>
        <translation>This is a sample release. Each row is one paragraph; the three columns are its &lt;b&gt;Chinese&lt;/b&gt;, &lt;b&gt;English&lt;/b&gt; and &lt;b&gt;Russian&lt;/b&gt; versions. Any column can be the source. Every cell has a status (draft, reviewed, approved…); a cell whose source changed after it was written is marked stale.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="65"/>
        <source>Official names and titles</source>
        <translation>Official names and titles</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="66"/>
        <source>The &lt;b&gt;Glossary&lt;/b&gt; panel on the right lists the names and titles found in the current paragraph with their approved forms in all three languages. The quality checks at the bottom flag forbidden or outdated forms before you export.</source>
        <translation>The &lt;b&gt;Glossary&lt;/b&gt; panel on the right lists the names and titles found in the current paragraph with their approved forms in all three languages. The quality checks at the bottom flag forbidden or outdated forms before you export.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="69"/>
        <source>Machine translation is optional</source>
        <translation>Machine translation is optional</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="70"/>
        <source>Suggestions come from offline language packs (&lt;i&gt;.argosmodel&lt;/i&gt; files, e.g. Chinese–English and English–Russian), installed once with Tools ▸ Language Packs or with &lt;code&gt;pressdesk packs install FILE&lt;/code&gt;. &lt;b&gt;None are needed&lt;/b&gt; to edit, import, check the glossary or export Word documents.</source>
        <translation>Suggestions come from offline language packs (&lt;i&gt;.argosmodel&lt;/i&gt; files, e.g. Chinese–English and English–Russian), installed once with Tools ▸ Language Packs or with &lt;code&gt;pressdesk packs install FILE&lt;/code&gt;. &lt;b&gt;None are needed&lt;/b&gt; to edit, import, check the glossary or export Word documents.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="74"/>
        <source>Start your own release with File ▸ New, then File ▸ Import Document for each language. Work is autosaved; Help ▸ User Guide explains the rest.</source>
        <translation>Start your own release with File ▸ New, then File ▸ Import Document for each language. Work is autosaved; Help ▸ User Guide explains the rest.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="42"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="44"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="45"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="46"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="47"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="48"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="49"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="239"/>
        <source>Search in Chinese, English or Russian…</source>
        <translation>Search in Chinese, English or Russian…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="247"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="242"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="250"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="252"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="253"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="254"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="255"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="258"/>
        <source>Import Glossary…</source>
        <translation>Import Glossary…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="259"/>
        <source>Export Glossary…</source>
        <translation>Export Glossary…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="260"/>
        <source>Undo Last Import</source>
        <translation>Undo Last Import</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="264"/>
        <source>Double-click to insert the approved form into the cell being edited (%1)</source>
        <translation>Double-click to insert the approved form into the cell being edited (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Add “%1”</source>
        <translation>Undo Add “%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Edit “%1”</source>
        <translation>Undo Edit “%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="271"/>
        <source>Undo Delete “%1”</source>
        <translation>Undo Delete “%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="592"/>
        <source>Took back the last glossary change (“%1”).</source>
        <translation>Took back the last glossary change (“%1”).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Glossaries (%1);;All files (*)</source>
        <translation>Glossaries (%1);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="402"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="411"/>
        <source>Loading the glossary…</source>
        <translation>Loading the glossary…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="413"/>
        <source>Terms in the current segment</source>
        <translation>Terms in the current segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="556"/>
        <source>Delete Entry</source>
        <translation>Delete Entry</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="557"/>
        <source>Delete “%1” from the glossary?</source>
        <translation>Delete “%1” from the glossary?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="504"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="654"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="679"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="241"/>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="243"/>
        <source>Glossary entries</source>
        <translation>Glossary entries</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="244"/>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="245"/>
        <source>Select an entry to see its forms in all three languages and its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="256"/>
        <source>&amp;Find in Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="257"/>
        <source>Go to the next paragraph that uses the entry&apos;s approved form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="261"/>
        <source>Saving to the glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="273"/>
        <source>Undo Glossary Change</source>
        <translation>Undo Glossary Change</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="372"/>
        <source>The glossary cannot be searched: %1</source>
        <translation>The glossary cannot be searched: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="404"/>
        <source>The glossary cannot be opened, so names are not highlighted, protected in translation or checked.</source>
        <translation>The glossary cannot be opened, so names are not highlighted, protected in translation or checked.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="407"/>
        <source>Restore %1 from a backup, or move it away and start PressDesk again to begin with the built-in names.</source>
        <translation>Restore %1 from a backup, or move it away and start PressDesk again to begin with the built-in names.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="500"/>
        <source>The glossary is not available yet: still connecting to the server</source>
        <translation>The glossary is not available yet: still connecting to the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="505"/>
        <source>The shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor.</source>
        <translation>The shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="578"/>
        <source>Deleted “%1” from the glossary; Ctrl+Z here or More ▸ Undo Delete brings it back.</source>
        <translation>Deleted “%1” from the glossary; Ctrl+Z here or More ▸ Undo Delete brings it back.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <source>The glossary has not been changed.</source>
        <translation>The glossary has not been changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="636"/>
        <source>Another program is writing to the glossary and has not let go of it for five seconds, so your change is not saved yet. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="638"/>
        <source>Retry saves it now; Cancel opens it again as you typed it, to save later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="639"/>
        <source>Retry tries again now; Cancel leaves the glossary as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="641"/>
        <source>Glossary Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="684"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Import Glossary</source>
        <translation>Import Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="697"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="706"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="714"/>
        <source>Glossary import: %1 added, %2 updated, %3 skipped</source>
        <translation>Glossary import: %1 added, %2 updated, %3 skipped</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="720"/>
        <source>Undoing the last import…</source>
        <translation>Undoing the last import…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="727"/>
        <source>Undid the import of %1</source>
        <translation>Undid the import of %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="732"/>
        <source>Export Glossary</source>
        <translation>Export Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="733"/>
        <source>CSV (*.csv);;TBX (*.tbx);;OmegaT glossary, English → Russian (*.txt)</source>
        <translation>CSV (*.csv);;TBX (*.tbx);;OmegaT glossary, English → Russian (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="738"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="745"/>
        <source>Exported %1 entries to %2</source>
        <translation>Exported %1 entries to %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="685"/>
        <source>“%1” was not imported; the glossary has not been changed.</source>
        <translation>“%1” was not imported; the glossary has not been changed.</translation>
    </message>
</context>
<context>
    <name>GlossaryReasons</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="33"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="34"/>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="35"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="36"/>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="37"/>
        <source>sheet %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="38"/>
        <source>no table of terms in two languages; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="41"/>
        <source>%1; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="42"/>
        <source>a title above the header row; not a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="43"/>
        <source>no term in Chinese, English or Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="44"/>
        <source>no approved form in Chinese, English or Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="47"/>
        <source>only forbidden forms in Chinese, English or Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="48"/>
        <source>a term is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="50"/>
        <source>unknown category “%1” (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="52"/>
        <source>already in the glossary as #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="53"/>
        <source>not merged into #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="55"/>
        <source>same term as an earlier entry, not merged into it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="58"/>
        <source>same term as an earlier entry (%1); merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="61"/>
        <source>the approved form is empty in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="63"/>
        <source>%1: %2 forms; at most %3 (approved, variants and forbidden) per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="68"/>
        <source>%1: a form of %2 characters (%3); at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="71"/>
        <source>%1: the form %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="74"/>
        <source>%1: %2 contains “|”, which separates listed forms (CSV, the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="79"/>
        <source>%1: %2 is both allowed and forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="82"/>
        <source>%1: %2 is already the approved form of entry #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="84"/>
        <source>the note has %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="86"/>
        <source>the source has %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="88"/>
        <source>the note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="89"/>
        <source>the source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="90"/>
        <source>is not valid text (it holds bytes that are not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="92"/>
        <source>contains %1, a code point that is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="95"/>
        <source>contains the invisible or control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="98"/>
        <source>mixes alphabets: %1 in “%2” (type “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="100"/>
        <source>mixes alphabets: %1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="103"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="106"/>
        <source>the period from %1 to %2 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryUi</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="117"/>
        <source>Insert Appro&amp;ved Term</source>
        <translation>Insert Appro&amp;ved Term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="118"/>
        <source>Replace the term under the cursor with its approved form, or insert the approved form of the entry selected in the Glossary</source>
        <translation>Replace the term under the cursor with its approved form, or insert the approved form of the entry selected in the Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="184"/>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="211"/>
        <source>Start editing a cell to insert a term</source>
        <translation>Start editing a cell to insert a term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="216"/>
        <source>“%1” has no approved form in %2</source>
        <translation>“%1” has no approved form in %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="354"/>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="355"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="356"/>
        <source>Getting &amp;Started</source>
        <translation>Getting &amp;Started</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="357"/>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="358"/>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="74"/>
        <source>Revision History</source>
        <translation>Revision History</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="75"/>
        <source>Segment %1, %2: saved revisions, newest first</source>
        <translation>Segment %1, %2: saved revisions, newest first</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="78"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restore This Version</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="86"/>
        <source>No saved revisions yet: save the project to start its history.</source>
        <translation>No saved revisions yet: save the project to start its history.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="111"/>
        <source>Restore revision</source>
        <translation>Restore revision</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="199"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="209"/>
        <source>Import Document</source>
        <translation>Import Document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="210"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="211"/>
        <source>Import into:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="214"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="259"/>
        <source>Not imported: %n page number(s) and running head(s) of the printed pages.</source>
        <translation>
            <numerusform>Not imported: %n page number or running head of the printed pages.</numerusform>
            <numerusform>Not imported: %n page numbers and running heads of the printed pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="262"/>
        <source>%n line(s) broken as on a printed page joined to the paragraph they continue.</source>
        <translation>
            <numerusform>%n line broken as on a printed page joined to the paragraph it continues.</numerusform>
            <numerusform>%n lines broken as on a printed page joined to the paragraph they continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="265"/>
        <source>%n Word comment(s) become comments of the paragraphs they are written on.</source>
        <translation>
            <numerusform>%n Word comment becomes the comment of the paragraph it is written on.</numerusform>
            <numerusform>%n Word comments become comments of the paragraphs they are written on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="270"/>
        <source>This document is a table with one language per column: %1. You can import all its language columns at once, row by row, or only the column chosen above.</source>
        <translation>This document is a table with one language per column: %1. You can import all its language columns at once, row by row, or only the column chosen above.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="274"/>
        <source>Not imported: the columns %1.</source>
        <translation>Not imported: the columns %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="276"/>
        <source>Not imported: %n paragraph(s) outside the table.</source>
        <translation>
            <numerusform>Not imported: %n paragraph outside the table.</numerusform>
            <numerusform>Not imported: %n paragraphs outside the table.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="279"/>
        <source>The paragraphs of this document take turns between languages: %1. You can import all its languages at once, row by row, or only the language chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="284"/>
        <source>Import all its languages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="286"/>
        <source>Import all its language columns (%1)</source>
        <translation>Import all its language columns (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="304"/>
        <source>This file cannot be imported; the release has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="305"/>
        <source>Open the file in Word and save it again as a Word document (.docx), or save its text as plain text (.txt), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="307"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="331"/>
        <source>This column cannot be imported: %1</source>
        <translation>This column cannot be imported: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="332"/>
        <source>Nothing has been changed. Choose another language above, or import another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference (%1)</source>
        <translation>Reference (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="351"/>
        <source>Now in %1</source>
        <translation>Now in %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="352"/>
        <source>From the document</source>
        <translation>From the document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="374"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="407"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="449"/>
        <source>Added as a new row</source>
        <translation>Added as a new row</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="378"/>
        <source>Replaced by the document&apos;s paragraph</source>
        <translation>Replaced by the document&apos;s paragraph</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="383"/>
        <source>%n paragraph(s) make a new release, one row each.</source>
        <translation>
            <numerusform>%n paragraph makes a new release, one row.</numerusform>
            <numerusform>%n paragraphs make a new release, one row each.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="387"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="415"/>
        <source>%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.</source>
        <translation>%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="410"/>
        <source>No paragraph of the document pairs with this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="419"/>
        <source>The document has %1 paragraphs but the release has %2 rows: they were paired with the %3 text by length and numbers; check the tinted rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="433"/>
        <source>From the document (%1)</source>
        <translation>From the document (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="454"/>
        <source>Replaces: %1</source>
        <translation>Replaces: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="458"/>
        <source>%1 rows into %2 rows, in %3 columns: %4 cells changed, %5 new rows.</source>
        <translation>%1 rows into %2 rows, in %3 columns: %4 cells changed, %5 new rows.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="478"/>
        <source>another language</source>
        <translation>another language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="479"/>
        <source>The text looks %1, but it is going into the %2 column.</source>
        <translation>The text looks %1, but it is going into the %2 column.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="485"/>
        <source>Paragraphs %1 do not look %2.</source>
        <translation>Paragraphs %1 do not look %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="487"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 paragraphs were added as new rows; check the alignment.</source>
        <translation>The document has %1 paragraphs but the release has %2 rows: the last %3 paragraphs were added as new rows; check the alignment.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="492"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 rows get no %4 text from it.</source>
        <translation>The document has %1 paragraphs but the release has %2 rows: the last %3 rows get no %4 text from it.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="28"/>
        <source>Import Glossary</source>
        <translation>Import Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="31"/>
        <source>%1: %2 new entries, %3 existing entries completed, %4 skipped.</source>
        <translation>%1: %2 new entries, %3 existing entries completed, %4 skipped.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="35"/>
        <source>Ignored (not Chinese, English or Russian): %1.</source>
        <translation>Ignored (not Chinese, English or Russian): %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="46"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>KeyboardFlow</name>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="85"/>
        <source>&amp;Confirm (%1) and Go to Next</source>
        <translation>&amp;Confirm (%1) and Go to Next</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="86"/>
        <source>Next &amp;Unconfirmed Cell</source>
        <translation>Next &amp;Unconfirmed Cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="87"/>
        <source>Next &amp;Empty Cell</source>
        <translation>Next &amp;Empty Cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="88"/>
        <source>Next Quality &amp;Problem</source>
        <translation>Next Quality &amp;Problem</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="89"/>
        <source>Previous Quality P&amp;roblem</source>
        <translation>Previous Quality P&amp;roblem</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="90"/>
        <source>&amp;Go to Segment…</source>
        <translation>&amp;Go to Segment…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="91"/>
        <source>Cop&amp;y Source to Target</source>
        <translation>Cop&amp;y Source to Target</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="93"/>
        <source>Insert Term %1</source>
        <translation>Insert Term %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="94"/>
        <source>&amp;Go To</source>
        <translation>&amp;Go To</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="95"/>
        <source>Insert Glossary &amp;Term</source>
        <translation>Insert Glossary &amp;Term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="132"/>
        <source>No more cells to go to in this column.</source>
        <translation>No more cells to go to in this column.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="159"/>
        <source>Go to Segment</source>
        <translation>Go to Segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="160"/>
        <source>Segment (1–%1):</source>
        <translation>Segment (1–%1):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="180"/>
        <source>No quality problems to go to.</source>
        <translation>No quality problems to go to.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="220"/>
        <source>The other cells of this row are empty: nothing to copy.</source>
        <translation>The other cells of this row are empty: nothing to copy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="224"/>
        <source>Copy source to target</source>
        <translation>Copy source to target</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="249"/>
        <source>The source has no term %1.</source>
        <translation>The source has no term %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="18"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="20"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="74"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="75"/>
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="76"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="77"/>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="78"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="85"/>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="86"/>
        <source>subheadline</source>
        <translation>subheadline</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="87"/>
        <source>dateline</source>
        <translation>dateline</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="88"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="89"/>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="90"/>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="91"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="92"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="93"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="102"/>
        <source>machine translation from %1</source>
        <translation>machine translation from %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="105"/>
        <source>translation memory from %1</source>
        <translation>translation memory from %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="107"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="111"/>
        <source>typed, based on %1</source>
        <translation>typed, based on %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="112"/>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="113"/>
        <source>no text yet</source>
        <translation>no text yet</translation>
    </message>
</context>
<context>
    <name>LegendAction</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="147"/>
        <source>Colour &amp;Legend</source>
        <translation>Colour &amp;Legend</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="98"/>
        <source>Colour Legend</source>
        <translation>Colour Legend</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="99"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="100"/>
        <source>Glossary terms in the text</source>
        <translation>Glossary terms in the text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="102"/>
        <source>nothing written yet</source>
        <translation>nothing written yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="103"/>
        <source>machine translation, not yet checked by a person</source>
        <translation>machine translation, not yet checked by a person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="104"/>
        <source>typed or imported, not yet reviewed</source>
        <translation>typed or imported, not yet reviewed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="105"/>
        <source>reviewed by a translator</source>
        <translation>reviewed by a translator</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="106"/>
        <source>approved for publication</source>
        <translation>approved for publication</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="110"/>
        <source>&lt;b&gt;stale&lt;/b&gt; — the text it was translated from has changed since</source>
        <translation>&lt;b&gt;stale&lt;/b&gt; — the text it was translated from has changed since</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="112"/>
        <source>the approved form of an official name or title</source>
        <translation>the approved form of an official name or title</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="113"/>
        <source>an accepted variant: the approved form is preferred</source>
        <translation>an accepted variant: the approved form is preferred</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="114"/>
        <source>a short second reference (a surname alone, “the conference”)</source>
        <translation>a short second reference (a surname alone, “the conference”)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="115"/>
        <source>a forbidden form: replace it with the approved one</source>
        <translation>a forbidden form: replace it with the approved one</translation>
    </message>
</context>
<context>
    <name>MachineTranslationUi</name>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="50"/>
        <source>&amp;Language Packs…</source>
        <translation>&amp;Language Packs…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="51"/>
        <source>Install, remove or download offline translation packs</source>
        <translation>Install, remove or download offline translation packs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="433"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="434"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="435"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="436"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="438"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="439"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="440"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="441"/>
        <source>C&amp;ell Status</source>
        <translation>C&amp;ell Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="442"/>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Filter Rows</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="443"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="444"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="445"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="446"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="447"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="448"/>
        <source>&amp;Import Document…</source>
        <translation>&amp;Import Document…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="449"/>
        <source>Release &amp;Title and Date…</source>
        <translation>Release &amp;Title and Date…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="450"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="451"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="457"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="458"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Find and Rep&amp;lace…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="459"/>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="460"/>
        <source>Fin&amp;d Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="461"/>
        <source>Insert Segment Abo&amp;ve</source>
        <translation>Insert Segment Abo&amp;ve</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="462"/>
        <source>Insert Segment &amp;Below</source>
        <translation>Insert Segment &amp;Below</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="463"/>
        <source>&amp;Delete Segment</source>
        <translation>&amp;Delete Segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="464"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="465"/>
        <source>Move Dow&amp;n</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="466"/>
        <source>S&amp;plit at Cursor</source>
        <translation>S&amp;plit at Cursor</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="467"/>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Merge with Next</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="468"/>
        <source>&amp;Approve Cell</source>
        <translation>&amp;Approve Cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="469"/>
        <source>Approve Ro&amp;w</source>
        <translation>Approve Ro&amp;w</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="472"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="473"/>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="474"/>
        <source>&amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="475"/>
        <source>&amp;Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="480"/>
        <source>&amp;Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="481"/>
        <source>&amp;Subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="482"/>
        <source>&amp;Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="483"/>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="484"/>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="485"/>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="486"/>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="487"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="488"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="492"/>
        <source>Revision &amp;History…</source>
        <translation>Revision &amp;History…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="493"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="495"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="496"/>
        <source>Only empty</source>
        <translation>Only empty</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="497"/>
        <source>Only stale</source>
        <translation>Only stale</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="498"/>
        <source>Only not approved</source>
        <translation>Only not approved</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="501"/>
        <source>&amp;All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="502"/>
        <source>Only &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="503"/>
        <source>Only &amp;stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="504"/>
        <source>Only &amp;not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="511"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="513"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="514"/>
        <source>Rows shown</source>
        <translation>Rows shown</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="515"/>
        <source>Column the row filter looks at</source>
        <translation>Column the row filter looks at</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="516"/>
        <source>Release: one row per paragraph, one column per language</source>
        <translation>Release: one row per paragraph, one column per language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="519"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="520"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="521"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="522"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="523"/>
        <source>Quality Checks</source>
        <translation>Quality Checks</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="525"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="526"/>
        <source>&amp;Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="527"/>
        <source>&amp;Quality Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="528"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="529"/>
        <source>Official names and titles for the current segment appear here.</source>
        <translation>Official names and titles for the current segment appear here.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="530"/>
        <source>Machine-translation suggestions appear here.</source>
        <translation>Machine-translation suggestions appear here.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="531"/>
        <source>Problems found by the quality checks appear here.</source>
        <translation>Problems found by the quality checks appear here.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="542"/>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="561"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="562"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Save the changes to “%1” before closing it?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="626"/>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>PressDesk projects (*.pressdesk)</source>
        <translation>PressDesk projects (*.pressdesk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="603"/>
        <source>“%1” is in a folder that cannot be written to (a write-protected USB stick, a CD or a read-only network folder).</source>
        <translation>“%1” is in a folder that cannot be written to (a write-protected USB stick, a CD or a read-only network folder).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="605"/>
        <source>Read-only folder</source>
        <translation>Read-only folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="609"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="627"/>
        <source>“%1” is a document, not a PressDesk project. Start a new release with its text?

To add it to the release you have open as one of its languages, use File ▸ Import Document.</source>
        <translation>“%1” is a document, not a PressDesk project. Start a new release with its text?

To add it to the release you have open as one of its languages, use File ▸ Import Document.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="644"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="646"/>
        <source>“%1” is already open in another PressDesk window since %2.</source>
        <translation>“%1” is already open in another PressDesk window since %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="648"/>
        <source>“%1” is already open in another PressDesk (process %3, %4) since %2.</source>
        <translation>“%1” is already open in another PressDesk (process %3, %4) since %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="650"/>
        <source>“%1” is already open in PressDesk on another computer (%4) since %2.</source>
        <translation>“%1” is already open in PressDesk on another computer (%4) since %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="655"/>
        <source>Only one window can edit a project at a time: close it there, or open this one read-only.</source>
        <translation>Only one window can edit a project at a time: close it there, or open this one read-only.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="665"/>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="666"/>
        <source>Open it read-only? You can still save your changes under another name.</source>
        <translation>Open it read-only? You can still save your changes under another name.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="680"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="681"/>
        <source>PressDesk was closed without saving “%1”. Changes autosaved at %2 can be restored. Restore them?</source>
        <translation>PressDesk was closed without saving “%1”. Changes autosaved at %2 can be restored. Restore them?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="756"/>
        <location filename="../desktop_app/ui/main_window.py" line="767"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="927"/>
        <source>A translation memory is being imported; drop %1 again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1074"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="741"/>
        <location filename="../desktop_app/ui/main_window.py" line="762"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="768"/>
        <source>“%1” was not saved. Your changes are still here and kept by autosave: free some space or choose another place with File ▸ Save As.</source>
        <translation>“%1” was not saved. Your changes are still here and kept by autosave: free some space or choose another place with File ▸ Save As.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="798"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="801"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="812"/>
        <source>Project not found</source>
        <translation>Project not found</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="809"/>
        <source>“%1” is no longer in %2: it was moved, renamed or deleted. It is taken off the recent list; open it from its new place with File ▸ Open.</source>
        <translation>“%1” is no longer in %2: it was moved, renamed or deleted. It is taken off the recent list; open it from its new place with File ▸ Open.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="825"/>
        <source>Autosaved</source>
        <translation>Autosaved</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="835"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="843"/>
        <source>Import Document</source>
        <translation>Import Document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="844"/>
        <source>Documents (*.docx *.docm *.dotx *.txt *.json)</source>
        <translation>Documents (*.docx *.docm *.dotx *.txt *.json)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="858"/>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="860"/>
        <source>The release changed while the document was read; import it again</source>
        <translation>The release changed while the document was read; import it again</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="863"/>
        <source>Imported %n paragraph(s)</source>
        <translation>
            <numerusform>Imported %n paragraph</numerusform>
            <numerusform>Imported %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="865"/>
        <source>Imported %n row(s) into %1</source>
        <translation>
            <numerusform>Imported %n row into %1</numerusform>
            <numerusform>Imported %n rows into %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="973"/>
        <source>An empty cell has no status to give: type, paste or translate its text first.</source>
        <translation>An empty cell has no status to give: type, paste or translate its text first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="985"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1010"/>
        <source>Place the cursor in a cell&apos;s text where it should be split.</source>
        <translation>Place the cursor in a cell&apos;s text where it should be split.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1017"/>
        <source>Nothing to split: the cursor is at the start or end of the text.</source>
        <translation>Nothing to split: the cursor is at the start or end of the text.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1023"/>
        <source>The last segment has nothing below it to merge with.</source>
        <translation>The last segment has nothing below it to merge with.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="610"/>
        <source>“%1” was not opened and has not been changed.</source>
        <translation>“%1” was not opened and has not been changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="517"/>
        <source>Next &amp;Panel</source>
        <translation>Next &amp;Panel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="518"/>
        <source>Pre&amp;vious Panel</source>
        <translation>Pre&amp;vious Panel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="455"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="456"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>NameAssistant</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="99"/>
        <source>Name assistant</source>
        <translation>Name assistant</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="100"/>
        <source>Use for English and Russian</source>
        <translation>Use for English and Russian</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="141"/>
        <source>Type the name in Chinese characters to get the English (Pinyin) and Russian (Palladius) forms.</source>
        <translation>Type the name in Chinese characters to get the English (Pinyin) and Russian (Palladius) forms.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="146"/>
        <source>Characters with several readings: choose below.</source>
        <translation>Characters with several readings: choose below.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="203"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="205"/>
        <source>through English (%1)</source>
        <translation>through English (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="208"/>
        <source>missing: install %1</source>
        <translation>missing: install %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="225"/>
        <source>Install Language Pack</source>
        <translation>Install Language Pack</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="226"/>
        <source>Argos language packs (*.argosmodel);;All files (*)</source>
        <translation>Argos language packs (*.argosmodel);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="232"/>
        <source>Installing %1…</source>
        <translation>Installing %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="245"/>
        <source>Remove Language Pack</source>
        <translation>Remove Language Pack</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="246"/>
        <source>Remove the %1 language pack?</source>
        <translation>Remove the %1 language pack?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="249"/>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="254"/>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="260"/>
        <source>Reading the package index…</source>
        <translation>Reading the package index…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="269"/>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="281"/>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="294"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="321"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="318"/>
        <source>Offline: the package index cannot be reached. Install language packs from .argosmodel files instead (Install from File…).</source>
        <translation>Offline: the package index cannot be reached. Install language packs from .argosmodel files instead (Install from File…).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="323"/>
        <source>Not installed: %1. The installed packs are unchanged.</source>
        <translation>Not installed: %1. The installed packs are unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="326"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="330"/>
        <source>Language Packs</source>
        <translation>Language Packs</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="331"/>
        <source>Installed language packs:</source>
        <translation>Installed language packs:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="237"/>
        <source>Installed %1, version %2.</source>
        <translation>Installed %1, version %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="274"/>
        <source>%1 packs for Chinese, English and Russian in the index.</source>
        <translation>%1 packs for Chinese, English and Russian in the index.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="333"/>
        <source>Install from File…</source>
        <translation>Install from File…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="334"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="335"/>
        <source>Directions between Chinese, English and Russian:</source>
        <translation>Directions between Chinese, English and Russian:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="336"/>
        <source>Argos package index (needs a network):</source>
        <translation>Argos package index (needs a network):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="337"/>
        <source>Check the Index</source>
        <translation>Check the Index</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="338"/>
        <source>Download and Install</source>
        <translation>Download and Install</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="339"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="123"/>
        <location filename="../desktop_app/ui/preferences.py" line="175"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Author (for exported documents):</source>
        <translation>&amp;Author (for exported documents):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>&amp;End mark:</source>
        <translation>&amp;End mark:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>Ctrl+Enter &amp;marks a cell:</source>
        <translation>Ctrl+Enter &amp;marks a cell:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Auto&amp;save every:</source>
        <translation>Auto&amp;save every:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Machine &amp;translation:</source>
        <translation>Machine &amp;translation:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="127"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="130"/>
        <source>### (international)</source>
        <translation>### (international)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="131"/>
        <source>Native: 完 in Chinese, *** in Russian</source>
        <translation>Native: 完 in Chinese, *** in Russian</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="134"/>
        <source>Draft (fast)</source>
        <translation>Draft (fast)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="135"/>
        <source>Best (beam search, about 3× slower)</source>
        <translation>Best (beam search, about 3× slower)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="136"/>
        <source>How suggestions and Translate Column decode: draft picks the likeliest word at each step; best compares four candidates.</source>
        <translation>How suggestions and Translate Column decode: draft picks the likeliest word at each step; best compares four candidates.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="138"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="142"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="143"/>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="144"/>
        <source>Unticked languages are hidden from the grid; at least one stays visible.</source>
        <translation>Unticked languages are hidden from the grid; at least one stays visible.</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="24"/>
        <source>no {lang} text (filled in: {others})</source>
        <translation>no {lang} text (filled in: {others})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="25"/>
        <source>identical to the {other} text: not translated</source>
        <translation>identical to the {other} text: not translated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="26"/>
        <source>written in {detected}, not {lang}</source>
        <translation>written in {detected}, not {lang}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="27"/>
        <source>the {source} text has changed since this was translated from it</source>
        <translation>the {source} text has changed since this was translated from it</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="28"/>
        <source>much shorter than the other versions ({ratio}× shorter): text may be missing</source>
        <translation>much shorter than the other versions ({ratio}× shorter): text may be missing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="30"/>
        <source>much longer than the other versions ({ratio}× longer): text may be repeated</source>
        <translation>much longer than the other versions ({ratio}× longer): text may be repeated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="32"/>
        <source>{value} is missing here ({where})</source>
        <translation>{value} is missing here ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="33"/>
        <source>“{text}” ({value}) does not appear in the {langs} text</source>
        <translation>“{text}” ({value}) does not appear in the {langs} text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="34"/>
        <source>“{text}”: the other versions say {said} {value}</source>
        <translation>“{text}”: the other versions say {said} {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="35"/>
        <source>the date {dates} is missing here ({where})</source>
        <translation>the date {dates} is missing here ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="36"/>
        <source>“{text}” here, but {dates} in the other versions ({where})</source>
        <translation>“{text}” here, but {dates} in the other versions ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="38"/>
        <source>“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})</source>
        <translation>“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="40"/>
        <source>“{text}”: {date} is a {weekday}</source>
        <translation>“{text}”: {date} is a {weekday}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="41"/>
        <source>“{text}” is not to be used: use “{approved}”</source>
        <translation>“{text}” is not to be used: use “{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="42"/>
        <source>“{text}” is not to be used</source>
        <translation>“{text}” is not to be used</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="43"/>
        <source>“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})</source>
        <translation>“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="45"/>
        <source>“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant</source>
        <translation>“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="47"/>
        <source>“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short form or a reference to it</source>
        <translation>“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short form or a reference to it</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="50"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”</source>
        <translation>“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="52"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text</source>
        <translation>“{text}” ({lang}) is named nowhere in the {version} text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="53"/>
        <source>“{text}” is not how this person is named: “{approved}”</source>
        <translation>“{text}” is not how this person is named: “{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="55"/>
        <source>“{text}” is a given name alone, read as a surname: “{approved}”</source>
        <translation>“{text}” is a given name alone, read as a surname: “{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="57"/>
        <source>“{text}” appears only here: the {langs} text names no counterpart</source>
        <translation>“{text}” appears only here: the {langs} text names no counterpart</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="59"/>
        <source>“{text}” is a different body from “{other_text}” in the {langs} text</source>
        <translation>“{text}” is a different body from “{other_text}” in the {langs} text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="61"/>
        <source>{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”</source>
        <translation>{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="63"/>
        <source>{name} did not hold “{title}” on {date} (held {period})</source>
        <translation>{name} did not hold “{title}” on {date} (held {period})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="65"/>
        <source>{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”</source>
        <translation>{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="67"/>
        <source>on {date} “{title}” was held by {holders}</source>
        <translation>on {date} “{title}” was held by {holders}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="68"/>
        <source>half-width {name} “{char}” in Chinese text: use “{full}”</source>
        <translation>half-width {name} “{char}” in Chinese text: use “{full}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="70"/>
        <source>straight quotes &quot; in Chinese text: use “ ”</source>
        <translation>straight quotes &quot; in Chinese text: use “ ”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="71"/>
        <source>“{text}”: a full stop parts the halves of the name: use “·”</source>
        <translation>“{text}”: a full stop parts the halves of the name: use “·”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="73"/>
        <source>space between Chinese characters</source>
        <translation>space between Chinese characters</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="74"/>
        <source>Chinese {name} “{char}” in {lang} text</source>
        <translation>Chinese {name} “{char}” in {lang} text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="75"/>
        <source>space before punctuation</source>
        <translation>space before punctuation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="76"/>
        <source>no space after punctuation between words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="78"/>
        <source>Russian text should use quotes «…» (and „…“ inside them)</source>
        <translation>Russian text should use quotes «…» (and „…“ inside them)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="79"/>
        <source>unbalanced brackets {pair}</source>
        <translation>unbalanced brackets {pair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="80"/>
        <source>unbalanced quotes {pair}</source>
        <translation>unbalanced quotes {pair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="81"/>
        <source>doubled space</source>
        <translation>doubled space</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="82"/>
        <source>{count} control or text-direction character(s) ({names})</source>
        <translation>{count} control or text-direction character(s) ({names})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="84"/>
        <source>{count} invisible character(s) ({names})</source>
        <translation>{count} invisible character(s) ({names})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="85"/>
        <source>“{word}” mixes alphabets: {letters} in a Cyrillic word</source>
        <translation>“{word}” mixes alphabets: {letters} in a Cyrillic word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="86"/>
        <source>“{word}” mixes alphabets: {letters} in a Latin-alphabet word</source>
        <translation>“{word}” mixes alphabets: {letters} in a Latin-alphabet word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="88"/>
        <source>“{text}”: “{letter}” ({name}) among words of another alphabet</source>
        <translation>“{text}”: “{letter}” ({name}) among words of another alphabet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="90"/>
        <source>“{word}” is not in the dictionary: a spelling mistake?</source>
        <translation>“{word}” is not in the dictionary: a spelling mistake?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="94"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="95"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="96"/>
        <source>colon</source>
        <translation>colon</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="97"/>
        <source>question mark</source>
        <translation>question mark</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="98"/>
        <source>exclamation mark</source>
        <translation>exclamation mark</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="99"/>
        <source>bracket</source>
        <translation>bracket</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="100"/>
        <source>full stop</source>
        <translation>full stop</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="101"/>
        <source>enumeration comma</source>
        <translation>enumeration comma</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="102"/>
        <source>and</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="71"/>
        <source>Missing text</source>
        <translation>Missing text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="72"/>
        <source>Not translated</source>
        <translation>Not translated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="73"/>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="74"/>
        <source>Numbers and dates</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="75"/>
        <source>Glossary terms</source>
        <translation>Glossary terms</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="76"/>
        <source>Forbidden forms</source>
        <translation>Forbidden forms</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="77"/>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="78"/>
        <source>Punctuation</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="79"/>
        <source>Spacing</source>
        <translation>Spacing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="80"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="81"/>
        <source>Invisible characters</source>
        <translation>Invisible characters</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="82"/>
        <source>Mixed alphabets</source>
        <translation>Mixed alphabets</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="83"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="259"/>
        <source>Check All</source>
        <translation>Check All</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="260"/>
        <source>Run every quality check on the whole release (F7)</source>
        <translation>Run every quality check on the whole release (F7)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="261"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="264"/>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="265"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="266"/>
        <source>Warnings only</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="267"/>
        <source>Style notes only</source>
        <translation>Style notes only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="268"/>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="269"/>
        <source>Language of the findings</source>
        <translation>Language of the findings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="270"/>
        <source>Findings shown</source>
        <translation>Findings shown</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="271"/>
        <source>Group findings</source>
        <translation>Group findings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="272"/>
        <source>Quality findings</source>
        <translation>Quality findings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="273"/>
        <source>By segment</source>
        <translation>By segment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="274"/>
        <source>Show ignored</source>
        <translation>Show ignored</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="275"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="576"/>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="325"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="329"/>
        <source>Checking… %1%</source>
        <translation>Checking… %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="386"/>
        <source>The checks could not run: %1</source>
        <translation>The checks could not run: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="516"/>
        <source>The text has changed since the check: check again.</source>
        <translation>The text has changed since the check: check again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="519"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="575"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="562"/>
        <source>Fix all: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="563"/>
        <source>Fixed %n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="574"/>
        <source>Go to Cell</source>
        <translation>Go to Cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="580"/>
        <source>Fix All %n Like This</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="607"/>
        <source>Could not save the ignored finding: %1</source>
        <translation>Could not save the ignored finding: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="721"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="738"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="758"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="760"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="761"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Errors: %1, warnings: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="763"/>
        <source>(%1 ignored)</source>
        <translation>(%1 ignored)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="765"/>
        <source>(checked without the glossary: %1)</source>
        <translation>(checked without the glossary: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Stop Ignoring</source>
        <translation>Stop Ignoring</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QualityChecksUi</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="829"/>
        <source>QA: errors %1, warnings %2</source>
        <translation>QA: errors %1, warnings %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="832"/>
        <source>QA: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="833"/>
        <source>Show the quality checks</source>
        <translation>Show the quality checks</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="836"/>
        <source>Run &amp;Quality Checks</source>
        <translation>Run &amp;Quality Checks</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="837"/>
        <source>Check numbers, dates, names, titles and punctuation in all three languages</source>
        <translation>Check numbers, dates, names, titles and punctuation in all three languages</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="244"/>
        <source>Stale: the %1 text changed since this was made</source>
        <translation>Stale: the %1 text changed since this was made</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="248"/>
        <source>Last saved revisions:</source>
        <translation>Last saved revisions:</translation>
    </message>
</context>
<context>
    <name>ReleasePropertiesDialog</name>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="38"/>
        <source>Release Properties</source>
        <translation>Release Properties</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="39"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="40"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>SegmentComments</name>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="37"/>
        <source>Comment on Paragraph %1</source>
        <translation>Comment on Paragraph %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="38"/>
        <source>A note for the team (exported in the review layout):</source>
        <translation>A note for the team (exported in the review layout):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="43"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="44"/>
        <source>A note about this paragraph for the team, exported in the review layout</source>
        <translation>A note about this paragraph for the team, exported in the review layout</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="193"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="196"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="220"/>
        <source>Cell editor</source>
        <translation>Cell editor</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="221"/>
        <source>Start editing the cell</source>
        <translation>Start editing the cell</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="222"/>
        <source>Line break</source>
        <translation>Line break</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="223"/>
        <source>Next / previous language</source>
        <translation>Next / previous language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="224"/>
        <source>Undo the editing of this cell</source>
        <translation>Undo the editing of this cell</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="289"/>
        <source>%1 (person&apos;s text)</source>
        <translation>%1 (person&apos;s text)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="345"/>
        <source>Select a cell to see suggestions.</source>
        <translation>Select a cell to see suggestions.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="350"/>
        <source>Translation memory</source>
        <translation>Translation memory</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="77"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="79"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="80"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="324"/>
        <source>Ctrl+%1 or a double-click inserts this suggestion</source>
        <translation>Ctrl+%1 or a double-click inserts this suggestion</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="330"/>
        <source>confidence: %1</source>
        <translation>confidence: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="332"/>
        <source>names and titles kept: %1 of %2</source>
        <translation>names and titles kept: %1 of %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="335"/>
        <source>re-inserted: %1</source>
        <translation>re-inserted: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="348"/>
        <source>Suggestions for the %1 text</source>
        <translation>Suggestions for the %1 text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="353"/>
        <source>%1% match with the %2 text of a translated paragraph</source>
        <translation>%1% match with the %2 text of a translated paragraph</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="357"/>
        <source>Its source: %1</source>
        <translation>Its source: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="363"/>
        <source>Machine translation from %1 (%2)</source>
        <translation>Machine translation from %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="374"/>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="393"/>
        <source>Machine translation failed: %1</source>
        <translation>Machine translation failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="376"/>
        <source>Translating… (the first request loads the translation engine)</source>
        <translation>Translating… (the first request loads the translation engine)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="380"/>
        <source>Nothing to translate from: the other cells of this row are empty.</source>
        <translation>Nothing to translate from: the other cells of this row are empty.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="382"/>
        <source>Ctrl+1…9 or a double-click inserts a suggestion.</source>
        <translation>Ctrl+1…9 or a double-click inserts a suggestion.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="390"/>
        <source>No language pack for %1: install %2.</source>
        <translation>No language pack for %1: install %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="402"/>
        <source>No language pack is installed, so there are no machine translations. Editing, the glossary, checks and export work without one.</source>
        <translation>No language pack is installed, so there are no machine translations. Editing, the glossary, checks and export work without one.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="428"/>
        <source>Install a &amp;Language Pack…</source>
        <translation>Install a &amp;Language Pack…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="430"/>
        <source>Insert Suggestion %1</source>
        <translation>Insert Suggestion %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="424"/>
        <source>Insert suggestion %1</source>
        <translation>Insert suggestion %1</translation>
    </message>
</context>
<context>
    <name>TeamGlossaryLink</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="330"/>
        <source>Shared glossary: connecting…</source>
        <translation>Shared glossary: connecting…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="332"/>
        <source>Shared glossary</source>
        <translation>Shared glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="334"/>
        <source>Shared glossary offline: not reached yet, and this desk has no copy of it</source>
        <translation>Shared glossary offline: not reached yet, and this desk has no copy of it</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="337"/>
        <source>Shared glossary offline: working from the last copy; %n edit(s) queued</source>
        <translation>
            <numerusform>Shared glossary offline: working from the last copy; %n edit queued</numerusform>
            <numerusform>Shared glossary offline: working from the last copy; %n edits queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="343"/>
        <source>%n edit(s) wait for another shared glossary</source>
        <translation>
            <numerusform>%n edit waits for another shared glossary</numerusform>
            <numerusform>%n edits wait for another shared glossary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="344"/>
        <source>%n edit(s) typed offline wait for %1 (sent when this desk uses it again)</source>
        <translation>
            <numerusform>%n edit typed offline waits for %1 (sent when this desk uses it again)</numerusform>
            <numerusform>%n edits typed offline wait for %1 (sent when this desk uses it again)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamGroup</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="229"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared glossary:</source>
        <translation>Shared glossary:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared memory:</source>
        <translation>Shared memory:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>MT server:</source>
        <translation>MT server:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="231"/>
        <source>MT server key:</source>
        <translation>MT server key:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="235"/>
        <source>postgresql://user@server/pressdesk — empty: this desk&apos;s own</source>
        <translation>postgresql://user@server/pressdesk — empty: this desk&apos;s own</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="236"/>
        <source>http://server:5000 — empty: the installed language packs</source>
        <translation>http://server:5000 — empty: the installed language packs</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="237"/>
        <source>The shared glossary and memory are used at once; a new MT server when PressDesk is next started.</source>
        <translation>The shared glossary and memory are used at once; a new MT server when PressDesk is next started.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="250"/>
        <source>A shared glossary or memory is a PostgreSQL URL starting with postgresql://</source>
        <translation>A shared glossary or memory is a PostgreSQL URL starting with postgresql://</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="253"/>
        <source>The MT server is a LibreTranslate URL starting with http:// or https://</source>
        <translation>The MT server is a LibreTranslate URL starting with http:// or https://</translation>
    </message>
</context>
<context>
    <name>TermFromSelection</name>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="36"/>
        <source>Select a name or term in a cell to add it to the glossary.</source>
        <translation>Select a name or term in a cell to add it to the glossary.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="49"/>
        <source>Add Select&amp;ion to Glossary…</source>
        <translation>Add Select&amp;ion to Glossary…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="50"/>
        <source>A new glossary entry from the selected text, prefilled in all three languages</source>
        <translation>A new glossary entry from the selected text, prefilled in all three languages</translation>
    </message>
</context>
<context>
    <name>TermHighlighter</name>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="273"/>
        <source>forbidden form</source>
        <translation>forbidden form</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="274"/>
        <source>short form (a second reference)</source>
        <translation>short form (a second reference)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="275"/>
        <source>accepted variant</source>
        <translation>accepted variant</translation>
    </message>
</context>
<context>
    <name>TranslateAllController</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="120"/>
        <source>&amp;Translate Column…</source>
        <translation>&amp;Translate Column…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="121"/>
        <source>Machine-translate the empty cells of a column in the background</source>
        <translation>Machine-translate the empty cells of a column in the background</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="161"/>
        <location filename="../desktop_app/ui/translate_all.py" line="169"/>
        <location filename="../desktop_app/ui/translate_all.py" line="187"/>
        <location filename="../desktop_app/ui/translate_all.py" line="225"/>
        <source>Translate Column</source>
        <translation>Translate Column</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="162"/>
        <source>Nothing to translate into %1: no selected or empty cell has a source text that an installed language pack can translate (Tools ▸ Language Packs).</source>
        <translation>Nothing to translate into %1: no selected or empty cell has a source text that an installed language pack can translate (Tools ▸ Language Packs).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Loading the translation engine…</source>
        <translation>Loading the translation engine…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="188"/>
        <source>No language pack is installed, so nothing can be machine-translated yet. Language packs are files ending in .argosmodel; install one now?</source>
        <translation>No language pack is installed, so nothing can be machine-translated yet. Language packs are files ending in .argosmodel; install one now?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="201"/>
        <source>Translating… %1% done, about %2 s left</source>
        <translation>Translating… %1% done, about %2 s left</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="204"/>
        <source>Translating… %1% done</source>
        <translation>Translating… %1% done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="226"/>
        <source>Machine translation failed: %1</source>
        <translation>Machine translation failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="245"/>
        <source>Filling in %1 cells…</source>
        <translation>Filling in %1 cells…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="250"/>
        <source>Translate %1 cells into %2</source>
        <translation>Translate %1 cells into %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="257"/>
        <source>Machine translation</source>
        <translation>Machine translation</translation>
    </message>
</context>
<context>
    <name>TranslateColumnDialog</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="67"/>
        <source>Automatic (a filled column with a direct pack first)</source>
        <translation>Automatic (a filled column with a direct pack first)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="70"/>
        <source>Empty and machine-made cells of the column</source>
        <translation>Empty and machine-made cells of the column</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="71"/>
        <source>Selected cells only</source>
        <translation>Selected cells only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="78"/>
        <source>Translate into:</source>
        <translation>Translate into:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="79"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="80"/>
        <source>Cells:</source>
        <translation>Cells:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="88"/>
        <source>Translate Column</source>
        <translation>Translate Column</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryActions</name>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="83"/>
        <source>Import Translation &amp;Memory (TMX)…</source>
        <translation>Import Translation &amp;Memory (TMX)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="85"/>
        <source>Add the Chinese, English and Russian translations of a TMX file to the translation memory</source>
        <translation>Add the Chinese, English and Russian translations of a TMX file to the translation memory</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="99"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="111"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="143"/>
        <source>Import Translation Memory</source>
        <translation>Import Translation Memory</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="100"/>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>TMX files (*.tmx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="127"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="137"/>
        <source>%1: %2 translation pairs added, %3 already in the translation memory.</source>
        <translation>%1: %2 translation pairs added, %3 already in the translation memory.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="141"/>
        <source>%n unit(s) skipped.</source>
        <translation>
            <numerusform>%n unit skipped.</numerusform>
            <numerusform>%n units skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="152"/>
        <source>Cannot import the translation memory</source>
        <translation>Cannot import the translation memory</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="153"/>
        <source>%1

The translation memory is unchanged.</source>
        <translation>%1

The translation memory is unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="184"/>
        <source>%n approved translation(s) added to the translation memory</source>
        <translation>
            <numerusform>%n approved translation added to the translation memory</numerusform>
            <numerusform>%n approved translations added to the translation memory</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="190"/>
        <source>The translation memory could not be updated: %1</source>
        <translation>The translation memory could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="126"/>
        <source>%1 User Guide</source>
        <translation>%1 User Guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="139"/>
        <source>The window</source>
        <translation>The window</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="140"/>
        <source>Each row of the grid is one paragraph of the release; the columns are its Chinese, English and Russian versions. The Glossary and Suggestions panels on the right follow the cell you are in; Quality Checks at the bottom list problems in the whole release. Panels can be moved, closed and reopened from the View menu.</source>
        <translation>Each row of the grid is one paragraph of the release; the columns are its Chinese, English and Russian versions. The Glossary and Suggestions panels on the right follow the cell you are in; Quality Checks at the bottom list problems in the whole release. Panels can be moved, closed and reopened from the View menu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="144"/>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Double-click a cell or press F2 to edit it; Enter inserts a line break and Tab moves to the next language. Every change can be undone. A cell is a draft when typed, reviewed or approved when you mark it so (Edit ▸ Approve Cell), and stale when its source text changed afterwards. Edit ▸ Segment inserts, deletes, moves, splits and merges rows. Text of several paragraphs pasted into an empty cell can go into a row each, from that row down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="150"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="151"/>
        <source>File ▸ Import Document reads a Word (.docx), plain-text or JSON file into one language column, paragraph by paragraph. A preview shows how the paragraphs line up with the existing rows before anything changes; nothing is ever dropped.</source>
        <translation>File ▸ Import Document reads a Word (.docx), plain-text or JSON file into one language column, paragraph by paragraph. A preview shows how the paragraphs line up with the existing rows before anything changes; nothing is ever dropped.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="154"/>
        <source>Files can also be dragged onto the window: a document onto a language column, a project to open it, a glossary onto the Glossary panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="156"/>
        <source>The glossary</source>
        <translation>The glossary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="161"/>
        <source>Machine translation</source>
        <translation>Machine translation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="162"/>
        <source>Suggestions are computed on this computer from offline language packs (.argosmodel). Install packs once with Tools ▸ Language Packs or with “pressdesk packs install FILE”; Chinese–Russian goes through English when there is no direct pack. Glossary terms are kept in their approved form. Packs are optional: everything else works without them.</source>
        <translation>Suggestions are computed on this computer from offline language packs (.argosmodel). Install packs once with Tools ▸ Language Packs or with “pressdesk packs install FILE”; Chinese–Russian goes through English when there is no direct pack. Glossary terms are kept in their approved form. Packs are optional: everything else works without them.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="166"/>
        <source>Checking and exporting</source>
        <translation>Checking and exporting</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="167"/>
        <source>Quality checks compare numbers, dates, punctuation and glossary terms across the three versions. File ▸ Export writes Word documents per language or side by side, with the right fonts and language tags.</source>
        <translation>Quality checks compare numbers, dates, punctuation and glossary terms across the three versions. File ▸ Export writes Word documents per language or side by side, with the right fonts and language tags.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="170"/>
        <source>Saving and recovery</source>
        <translation>Saving and recovery</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="180"/>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="181"/>
        <source>“pressdesk --help” lists the commands for batch work (import, glossary, translation, export) over the same projects.</source>
        <translation>“pressdesk --help” lists the commands for batch work (import, glossary, translation, export) over the same projects.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="176"/>
        <source>Without a mouse</source>
        <translation>Without a mouse</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="157"/>
        <source>The glossary holds the approved form of each official name and title in all three languages, accepted variants and forbidden forms. Russian names are recognised in any case ending. Glossaries can be imported from CSV, TBX and OmegaT files. Ctrl+Z in the Glossary panel takes back the last entry added, edited or deleted there.</source>
        <translation>The glossary holds the approved form of each official name and title in all three languages, accepted variants and forbidden forms. Russian names are recognised in any case ending. Glossaries can be imported from CSV, TBX and OmegaT files. Ctrl+Z in the Glossary panel takes back the last entry added, edited or deleted there.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="171"/>
        <source>A project (.pressdesk) keeps the release and the history of every cell. Unsaved work is autosaved into the project a moment after you stop typing; after a crash PressDesk offers to restore it. A project open in one window cannot be edited in another at the same time: the second one offers a read-only copy.</source>
        <translation>A project (.pressdesk) keeps the release and the history of every cell. Unsaved work is autosaved into the project a moment after you stop typing; after a crash PressDesk offers to restore it. A project open in one window cannot be edited in another at the same time: the second one offers a read-only copy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="177"/>
        <source>Alt and an underlined letter open a menu and choose in it. F6 and Shift+F6 move between the grid, the panels (glossary, suggestions, quality checks) and the row filter in the toolbar; in each, Tab goes from field to field. Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Alt and an underlined letter open a menu and choose in it. F6 and Shift+F6 move between the grid, the panels (glossary, suggestions, quality checks) and the row filter in the toolbar; in each, Tab goes from field to field. Help ▸ Keyboard Shortcuts lists every key.</translation>
    </message>
</context>
</TS>
