<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="240"/>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="242"/>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="263"/>
        <source>Edit one press release in Chinese, English and Russian side by side, with an official-names glossary and offline machine translation.</source>
        <translation>Редактирование одного пресс-релиза на китайском, английском и русском языках бок о бок, с глоссарием официальных названий и офлайн-машинным переводом.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="282"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="284"/>
        <source>Open &amp;Data Folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="302"/>
        <source>Language pack %1</source>
        <translation>Языковой пакет %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>Language packs</source>
        <translation>Языковые пакеты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>none installed (not needed for editing)</source>
        <translation>не установлены (для редактирования не нужны)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="305"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="306"/>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="483"/>
        <source>Paste Paragraphs</source>
        <translation>Вставка абзацев</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/cell_delegate.py" line="484"/>
        <source>The clipboard holds %n paragraph(s). Put each into a row of its own, from this row down?

No pastes them all into this one cell.</source>
        <translation>
            <numerusform>В буфере обмена %n абзац. Поместить каждый абзац в отдельную строку, начиная с этой?

«Нет» вставит их все в эту ячейку.</numerusform>
            <numerusform>В буфере обмена %n абзаца. Поместить каждый абзац в отдельную строку, начиная с этой?

«Нет» вставит их все в эту ячейку.</numerusform>
            <numerusform>В буфере обмена %n абзацев. Поместить каждый абзац в отдельную строку, начиная с этой?

«Нет» вставит их все в эту ячейку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="285"/>
        <source>Text too long for one cell</source>
        <translation>Текст слишком длинный для одной ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="286"/>
        <source>The clipboard holds %1 characters; one cell takes at most %2. To bring in a whole document, use File ▸ Import Document, which splits it into paragraphs.</source>
        <translation>В буфере обмена %1 знаков, а ячейка вмещает не больше %2. Чтобы перенести целый документ, используйте «Файл ▸ Импортировать документ» — он разбивает текст на абзацы.</translation>
    </message>
</context>
<context>
    <name>ConcordanceAction</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="218"/>
        <source>Co&amp;ncordance…</source>
        <translation>Конкорд&amp;анс…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="219"/>
        <source>How a phrase was translated before, in the memory and in this release</source>
        <translation>Как фраза переводилась раньше — в памяти переводов и в этом релизе</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="109"/>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="110"/>
        <source>&amp;Search for:</source>
        <translation>&amp;Искать:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="111"/>
        <source>&amp;In the text in:</source>
        <translation>&amp;В тексте на языке:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Found in</source>
        <translation>Найдено в тексте</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="115"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="137"/>
        <source>this release, paragraph %1</source>
        <translation>этот релиз, абзац %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="146"/>
        <source>Searching the translation memory…</source>
        <translation>Поиск в памяти переводов…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="153"/>
        <source>translation memory (%1)</source>
        <translation>память переводов (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="169"/>
        <source>Type a phrase to see how it was translated before.</source>
        <translation>Введите фразу, чтобы увидеть, как её переводили раньше.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/concordance.py" line="171"/>
        <source>%n translation(s) found. Double-click one to insert it into the cell.</source>
        <translation>
            <numerusform>Найден %n перевод. Двойной щелчок вставляет его в ячейку.</numerusform>
            <numerusform>Найдено %n перевода. Двойной щелчок вставляет перевод в ячейку.</numerusform>
            <numerusform>Найдено %n переводов. Двойной щелчок вставляет перевод в ячейку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="178"/>
        <source>Open a %1 cell to insert this translation.</source>
        <translation>Откройте ячейку (%1), чтобы вставить этот перевод.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../desktop_app/ui/document.py" line="140"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="327"/>
        <source>Restore unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="381"/>
        <source>Edit cell</source>
        <translation>Правка ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="394"/>
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="407"/>
        <location filename="../desktop_app/ui/document.py" line="414"/>
        <source>Typing</source>
        <translation>Ввод текста</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Approve</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Mark reviewed</source>
        <translation>Отметка «проверено»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark draft</source>
        <translation>Отметка «черновик»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark machine-made</source>
        <translation>Отметка «машинный перевод»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="423"/>
        <source>Set status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="427"/>
        <source>Insert segment</source>
        <translation>Вставка сегмента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="432"/>
        <source>Delete segments</source>
        <translation>Удаление сегментов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="438"/>
        <source>Move segment</source>
        <translation>Перемещение сегмента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="446"/>
        <source>Split segment</source>
        <translation>Разделение сегмента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="454"/>
        <source>Merge segments</source>
        <translation>Объединение сегментов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="459"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="464"/>
        <source>Edit comment</source>
        <translation>Изменение комментария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="468"/>
        <source>Change title and date</source>
        <translation>Смена заголовка и даты</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/document.py" line="475"/>
        <source>Paste %n paragraph(s)</source>
        <translation>
            <numerusform>Вставка %n абзаца</numerusform>
            <numerusform>Вставка %n абзацев</numerusform>
            <numerusform>Вставка %n абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="484"/>
        <source>Import into %1</source>
        <translation>Импорт в столбец %1</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="169"/>
        <source>Approved: %1</source>
        <translation>Утверждено: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="172"/>
        <source>%1: %2 of %3 paragraphs approved</source>
        <translation>%1: утверждено %2 из %3 абзацев</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="177"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n знак</numerusform>
            <numerusform>%n знака</numerusform>
            <numerusform>%n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="178"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="184"/>
        <source>No segment</source>
        <translation>Нет сегмента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="193"/>
        <source>Segment %1 of %2 · %3</source>
        <translation>Сегмент %1 из %2 · %3</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Edit Glossary Entry</source>
        <translation>Правка статьи глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Add Glossary Entry</source>
        <translation>Новая статья глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Approved form</source>
        <translation>Утверждённая форма</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Accepted variants (A | B)</source>
        <translation>Допустимые варианты (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="249"/>
        <source>Forbidden forms (A | B)</source>
        <translation>Запрещённые формы (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="250"/>
        <source>Short forms: second references (A | B)</source>
        <translation>Краткие формы: повторные упоминания (A | B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="258"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="259"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="260"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="261"/>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="262"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="263"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="264"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="265"/>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="266"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>ГГГГ-ММ-ДД, необязательно</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="267"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="268"/>
        <source>the official site the entry&apos;s facts come from</source>
        <translation>официальный сайт, откуда взяты сведения записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="294"/>
        <source>Give the approved form in at least one language.</source>
        <translation>Укажите утверждённую форму хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="298"/>
        <source>The entry cannot be saved:</source>
        <translation>Запись нельзя сохранить:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="64"/>
        <source>%1 — unexpected error</source>
        <translation>%1 — непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="74"/>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="75"/>
        <source>Your work was autosaved and PressDesk is still running. If this happens again, please send the details (or the log file) to whoever supports PressDesk in your office.</source>
        <translation>Ваша работа автоматически сохранена, PressDesk продолжает работать. Если это повторится, отправьте подробности (или файл журнала) тому, кто поддерживает PressDesk в вашей организации.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="79"/>
        <source>Log file: %1</source>
        <translation>Файл журнала: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="92"/>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Show &amp;Details</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="96"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="99"/>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Hide &amp;Details</source>
        <translation>Скрыть &amp;подробности</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="25"/>
        <location filename="../desktop_app/ui/error_messages.py" line="501"/>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="26"/>
        <source>is not a regular file (a device or a pipe), so it cannot be read</source>
        <translation>это не обычный файл (устройство или канал), его нельзя прочитать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="28"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="29"/>
        <source>cannot be read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="31"/>
        <source>cannot be written (%1)</source>
        <translation>не удаётся записать (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="32"/>
        <source>cannot be opened (%1)</source>
        <translation>не удаётся открыть (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="33"/>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>файл слишком большой (%1 байт; допускается не более %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="34"/>
        <source>the file is too large (more than %1 bytes)</source>
        <translation>файл слишком большой (более %1 байт)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="35"/>
        <source>locked: another PressDesk (or another program) is writing to it; try again when it has finished; nothing was changed</source>
        <translation>файл заблокирован: в него записывает другой экземпляр PressDesk (или другая программа); повторите попытку, когда запись завершится; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="38"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="39"/>
        <source>the file holds no terms</source>
        <translation>в файле нет терминов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="40"/>
        <source>the file holds no text to import</source>
        <translation>в файле нет текста для импорта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="41"/>
        <source>cannot import this kind of file (known: %1)</source>
        <translation>файлы такого типа не импортируются (поддерживаются: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="42"/>
        <source>the package unpacks to more than %1 bytes, more than any document holds; refused</source>
        <translation>архив распаковывается более чем в %1 байт — больше, чем в любом документе; отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="44"/>
        <source>the package contains duplicate entries (damaged or tampered); refused</source>
        <translation>в архиве повторяются элементы (он повреждён или изменён); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="46"/>
        <source>the document is password-protected (encrypted) or an old binary .doc; save it as an unprotected .docx first</source>
        <translation>документ защищён паролем (зашифрован) или это старый двоичный .doc; сначала сохраните его как незащищённый .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="49"/>
        <source>not a Word document or damaged</source>
        <translation>это не документ Word, или он повреждён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="50"/>
        <source>the document cannot be read: it is damaged, partly encrypted or packed in a way PressDesk cannot unpack</source>
        <translation>документ не удаётся прочитать: он повреждён, частично зашифрован или упакован способом, который PressDesk не поддерживает</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="53"/>
        <source>the document is incomplete (a part of it is missing)</source>
        <translation>документ неполный (одной из его частей нет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="54"/>
        <source>not a Word document</source>
        <translation>это не документ Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="55"/>
        <source>an OpenDocument file with a Word name; open it and save it as .docx</source>
        <translation>это файл OpenDocument с именем документа Word; откройте его и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="57"/>
        <source>a Pages document with a Word name; in Pages choose File ▸ Export To ▸ Word</source>
        <translation>это документ Pages с именем документа Word; в Pages выберите «Файл ▸ Экспортировать в ▸ Word»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="59"/>
        <source>the document holds more than %1 paragraphs, far more than a release; it cannot be imported</source>
        <translation>в документе более %1 абзацев — намного больше, чем в релизе; его нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="62"/>
        <source>%1 declares a DTD, which Word documents never hold (its entities could stand for text or fetch files); refused</source>
        <translation>часть %1 объявляет DTD, а в документах Word DTD не бывает (её сущности могут подменить текст или загрузить файлы); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="65"/>
        <source>an embedded HTML part (altChunk) nests too deeply to be read in full</source>
        <translation>встроенная HTML-часть (altChunk) вложена слишком глубоко, её нельзя прочитать целиком</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="67"/>
        <source>Word documents are nested inside each other too deeply (altChunk)</source>
        <translation>документы Word вложены друг в друга слишком глубоко (altChunk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="69"/>
        <source>part of the text is embedded as %1 (altChunk), which cannot be read; open the document in Word and save it again as .docx</source>
        <translation>часть текста встроена в формате %1 (altChunk), её нельзя прочитать; откройте документ в Word и снова сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="72"/>
        <source>paragraph %1 holds more than %2 elements, which no paragraph of a release has; it cannot be imported</source>
        <translation>в абзаце %1 более %2 элементов — таких абзацев в релизах не бывает; документ нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="75"/>
        <source>a Rich Text (RTF) file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это файл RTF (Rich Text) с именем документа Word, а не документ Word; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="78"/>
        <source>a PDF file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это файл PDF с именем документа Word, а не документ Word; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="80"/>
        <source>a web page (HTML) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это веб-страница (HTML) с именем документа Word, а не документ Word; откройте её в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="83"/>
        <source>a Word 2003 XML document with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это документ Word 2003 XML с именем документа Word, а не документ Word; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="86"/>
        <source>a Word XML Document (Flat OPC, one XML file) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это документ Word XML (Flat OPC, один файл XML) с именем документа Word, а не документ Word; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="89"/>
        <source>a web archive (MHT) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>это веб-архив (MHT) с именем документа Word, а не документ Word; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="92"/>
        <source>this is a binary file, not plain text</source>
        <translation>это двоичный файл, а не обычный текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="93"/>
        <source>the text is not UTF-8; save it as UTF-8 and import again</source>
        <translation>текст не в кодировке UTF-8; сохраните его в UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="94"/>
        <source>damaged %1 text</source>
        <translation>повреждённый текст в кодировке %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="95"/>
        <source>the table has no %1 column (its languages: %2)</source>
        <translation>в таблице нет столбца «%1» (языки в ней: %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="96"/>
        <source>not a table with one language per column, so it goes into one language column only</source>
        <translation>это не таблица с одним языком в каждом столбце, поэтому она импортируется только в один языковой столбец</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="98"/>
        <source>the %1 column holds no text; nothing to import</source>
        <translation>в столбце «%1» нет текста; импортировать нечего</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="99"/>
        <source>the table&apos;s header names %1 for more than one column, so its languages cannot be told apart</source>
        <translation>в заголовке таблицы язык «%1» указан для нескольких столбцов, поэтому языки столбцов не различить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="102"/>
        <source>columns %1 and %2 of the table both look %3, so its languages cannot be told apart; give the table a header row naming them</source>
        <translation>в столбцах %1 и %2 таблицы, похоже, один и тот же язык — %3, поэтому языки столбцов не различить; добавьте в таблицу строку заголовка с их названиями</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="105"/>
        <source>the table mixes languages within its columns, so they cannot be told apart; give it one language per column and a header row naming them</source>
        <translation>в столбцах таблицы языки перемешаны, поэтому их не различить; оставьте в каждом столбце один язык и добавьте строку заголовка с их названиями</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="108"/>
        <source>the project already holds %1 segments, more than a release holds (%2); nothing was imported</source>
        <translation>в проекте уже %1 сегментов — больше, чем допускается в релизе (%2); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="111"/>
        <source>the document has %1 paragraphs; a release holds at most %2: split the document</source>
        <translation>в документе %1 абзацев, а в релизе допускается не более %2: разделите документ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="113"/>
        <source>the document has a paragraph of %1 characters; a cell holds at most %2: nothing was imported</source>
        <translation>в документе есть абзац длиной %1 знаков, а ячейка вмещает не больше %2: ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="116"/>
        <source>the file holds a text of %1 characters; a cell holds at most %2</source>
        <translation>в файле текст длиной %1 знаков, а ячейка вмещает не больше %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="118"/>
        <source>holds text that is not valid Unicode (%1, a lone surrogate escape)</source>
        <translation>содержит текст, недопустимый в Юникоде (%1, одиночный суррогатный символ)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="120"/>
        <source>the package lists more entries than any document, workbook or pack has (a table of contents of %1 bytes; at most %2); refused</source>
        <translation>в архиве перечислено больше элементов, чем бывает в любом документе, книге или пакете (оглавление — %1 байт; допускается не более %2); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="123"/>
        <source>the part %1 is too large (%2 bytes unpacked)</source>
        <translation>часть %1 слишком велика (%2 байт в распакованном виде)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="124"/>
        <source>the part %1 unpacks to %2 bytes from %3: a zip bomb, not a document</source>
        <translation>часть %1 распаковывается из %3 в %2 байт: это zip-бомба, а не документ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="126"/>
        <source>the file holds more than %1 XML elements, far more than a glossary; split it into smaller files</source>
        <translation>в файле более %1 элементов XML — намного больше, чем в глоссарии; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="129"/>
        <source>entry %1 holds more than %2 XML elements, which no glossary entry has</source>
        <translation>в статье %1 более %2 элементов XML — таких статей в глоссариях не бывает</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="131"/>
        <source>the file holds more than %1 rows, far more than a glossary; split it into smaller files</source>
        <translation>в файле более %1 строк — намного больше, чем в глоссарии; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="133"/>
        <source>a line holds more than %1 cells (Excel&apos;s last column), which no table of names has</source>
        <translation>в строке более %1 ячеек (последний столбец Excel) — таких таблиц названий не бывает</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="135"/>
        <source>language pair %1: give two different languages of %2, e.g. zh-en</source>
        <translation>языковая пара %1: укажите два разных языка из %2, например zh-en</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="137"/>
        <source>language pair %1: give two different languages</source>
        <translation>языковая пара %1: укажите два разных языка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="138"/>
        <source>that is the project being exported; choose another file name</source>
        <translation>это и есть экспортируемый проект; выберите другое имя файла</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="140"/>
        <source>that is the house template of this export; choose another file name</source>
        <translation>это фирменный шаблон этого экспорта; выберите другое имя файла</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="142"/>
        <source>is a folder; give a file name</source>
        <translation>это папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="143"/>
        <source>exists and is not a regular file; PressDesk will not overwrite it</source>
        <translation>уже существует и не является обычным файлом; PressDesk не будет его перезаписывать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="145"/>
        <source>exists and is not a ZIP of Word documents; PressDesk will not overwrite it</source>
        <translation>уже существует и не является ZIP-архивом документов Word; PressDesk не будет его перезаписывать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="147"/>
        <source>exists and is not a Word document; PressDesk will not overwrite it</source>
        <translation>уже существует и не является документом Word; PressDesk не будет его перезаписывать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="149"/>
        <source>the output must be a .docx file</source>
        <translation>выходной файл должен быть в формате .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="150"/>
        <source>there is no text to export in: %1</source>
        <translation>нет текста для экспорта на языках: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="151"/>
        <source>unknown layout %1 (known: %2)</source>
        <translation>неизвестный макет %1 (поддерживаются: %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="152"/>
        <source>the release has no segments to export</source>
        <translation>в релизе нет сегментов для экспорта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="153"/>
        <source>the single layout needs a language: one of %1 or %2</source>
        <translation>для макета на одном языке нужно указать язык: один из %1 или %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="155"/>
        <source>all three languages make three documents; give a folder or a .zip file</source>
        <translation>три языка — это три документа; укажите папку или файл .zip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="157"/>
        <source>exists and is not a folder; give a folder or a .zip file name</source>
        <translation>уже существует и не является папкой; укажите папку или имя файла .zip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="159"/>
        <source>not valid JSON</source>
        <translation>это не корректный JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="160"/>
        <source>not a PressDesk release: expected an object with a &quot;segments&quot; list</source>
        <translation>это не релиз PressDesk: ожидался объект со списком &quot;segments&quot;</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="162"/>
        <source>it has %1 segments; a release holds at most %2</source>
        <translation>в нём %1 сегментов; в релизе допускается не более %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="164"/>
        <source>&quot;title&quot; and &quot;date&quot; must be strings</source>
        <translation>&quot;title&quot; и &quot;date&quot; должны быть строками</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="165"/>
        <source>&quot;date&quot; must be an ISO date like 2023-07-20, not %1</source>
        <translation>в поле &quot;date&quot; должна быть дата в формате ISO, например 2023-07-20, а не %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="166"/>
        <source>segment %1 is not an object</source>
        <translation>сегмент %1 — не объект</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="167"/>
        <source>segment %1 has an unknown role %2 (known: %3)</source>
        <translation>у сегмента %1 неизвестная роль %2 (допустимые: %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="168"/>
        <source>segment %1: &quot;status&quot; must be an object like {&quot;zh&quot;: &quot;approved&quot;}</source>
        <translation>сегмент %1: &quot;status&quot; должен быть объектом вида {&quot;zh&quot;: &quot;approved&quot;}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="170"/>
        <source>segment %1: %2 must be a string</source>
        <translation>сегмент %1: значение %2 должно быть строкой</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="171"/>
        <source>segment %1: unknown status %2 (known: %3)</source>
        <translation>сегмент %1: неизвестный статус %2 (допустимые: %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="172"/>
        <source>not a readable CSV file</source>
        <translation>это не читаемый файл CSV</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="173"/>
        <source>no column in Chinese, English or Russian was found</source>
        <translation>не найден столбец на китайском, английском или русском языке</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="175"/>
        <source>the %1 terms are question marks (&quot;%2&quot;): the file was saved in a code page without %1 characters; save it as &quot;CSV UTF-8&quot; (or as .xlsx) and import again</source>
        <translation>термины на языке «%1» превратились в вопросительные знаки («%2»): файл сохранён в кодировке, где нет символов языка «%1»; сохраните его как «CSV UTF-8» (или как .xlsx) и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="178"/>
        <source>two columns look like %1; name the columns zh, en and ru in a header row so PressDesk knows which is which</source>
        <translation>в двух столбцах, похоже, один и тот же язык — %1; назовите столбцы zh, en и ru в строке заголовка, чтобы PressDesk понял, где какой</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="181"/>
        <source>expected the columns %1</source>
        <translation>ожидались столбцы %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="182"/>
        <source>exists and is not a glossary file; PressDesk will not overwrite it</source>
        <translation>уже существует и не является файлом глоссария; PressDesk не будет его перезаписывать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="184"/>
        <source>cannot export to this format (expected %1)</source>
        <translation>в этот формат экспортировать нельзя (ожидается %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="185"/>
        <source>not an Excel workbook or damaged; an old .xls must be saved as .xlsx first</source>
        <translation>это не книга Excel, или она повреждена; старый файл .xls нужно сначала сохранить как .xlsx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="187"/>
        <source>an old Excel .xls workbook (or a password-protected file); in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation>это старая книга Excel .xls (или файл, защищённый паролем); сохраните её в Excel как «Книга Excel (.xlsx)» и импортируйте её</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="190"/>
        <source>%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); refused</source>
        <translation>часть %1 объявляет DTD, а в книгах Excel DTD не бывает (её сущности могут подменить текст); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="193"/>
        <source>an Excel binary workbook (.xlsb) with an .xlsx name; in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation>это двоичная книга Excel (.xlsb) с именем файла .xlsx; сохраните её в Excel как «Книга Excel (.xlsx)» и импортируйте её</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="196"/>
        <source>not an Excel workbook (the package has no xl/workbook.xml)</source>
        <translation>это не книга Excel (в архиве нет xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="198"/>
        <source>the worksheet %1 is missing from the workbook</source>
        <translation>в книге нет листа %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="199"/>
        <source>the workbook has no visible worksheet</source>
        <translation>в книге нет видимых листов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="200"/>
        <source>a cell lies beyond Excel&apos;s last column (%1)</source>
        <translation>ячейка находится за последним столбцом Excel (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="201"/>
        <source>cell %1 names a shared string the workbook does not have</source>
        <translation>ячейка %1 ссылается на общую строку, которой в книге нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="203"/>
        <source>cell %1 holds %2 characters, more than Excel&apos;s %3: not a workbook of names</source>
        <translation>в ячейке %1 %2 знаков — больше предела Excel (%3): это не книга с названиями</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="205"/>
        <source>a cell holds %1 characters, more than Excel&apos;s %2: not a workbook of names</source>
        <translation>в одной из ячеек %1 знаков — больше предела Excel (%2): это не книга с названиями</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="207"/>
        <source>a worksheet fills more than %1 columns: not a list of names</source>
        <translation>лист занимает более %1 столбцов: это не список названий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="209"/>
        <source>an OpenDocument file (%1) with an Excel name; open it and save it as .xlsx</source>
        <translation>это файл OpenDocument (%1) с именем файла Excel; откройте его и сохраните как .xlsx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="211"/>
        <source>a Numbers spreadsheet with an Excel name; in Numbers choose File ▸ Export To ▸ Excel</source>
        <translation>это таблица Numbers с именем файла Excel; в Numbers выберите «Файл ▸ Экспортировать в ▸ Excel»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="213"/>
        <source>cannot read the workbook: it is damaged or packed in a way PressDesk cannot unpack</source>
        <translation>книгу не удаётся прочитать: она повреждена или упакована способом, который PressDesk не поддерживает</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="215"/>
        <source>%1 is not well-formed XML</source>
        <translation>%1 — это не правильно построенный XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="216"/>
        <source>not well-formed XML</source>
        <translation>это не правильно построенный XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="217"/>
        <source>not a TBX file</source>
        <translation>это не файл TBX</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="218"/>
        <source>XML, but not a TMX file</source>
        <translation>это XML, но не файл TMX</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="219"/>
        <source>declares its own XML entities, which TMX files do not use; refused for safety</source>
        <translation>объявляет собственные сущности XML, которые в файлах TMX не используются; отклонено из соображений безопасности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="221"/>
        <source>the file is %1 MB; TMX files over %2 MB are not imported (split it with your CAT tool)</source>
        <translation>размер файла — %1 МБ; файлы TMX больше %2 МБ не импортируются (разделите его в своей CAT-программе)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="223"/>
        <source>the translation unit on line %1 holds more than %2 elements; it is no sentence</source>
        <translation>единица перевода в строке %1 содержит более %2 элементов — это не предложение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="225"/>
        <source>cannot be read as TMX</source>
        <translation>не читается как TMX</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="226"/>
        <source>names an encoding PressDesk cannot read, so it is no usable TMX file; save it as UTF-8</source>
        <translation>указывает кодировку, которую PressDesk не умеет читать, поэтому это непригодный файл TMX; сохраните его в UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="228"/>
        <source>the file contains no XML</source>
        <translation>в файле нет XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="229"/>
        <source>declares XML entities of its own, which glossary files do not use (the text they stand for would be lost); refused</source>
        <translation>объявляет собственные сущности XML, которые в файлах глоссариев не используются (текст, который они обозначают, был бы потерян); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="232"/>
        <source>a TBX file without any termEntry/conceptEntry</source>
        <translation>это файл TBX без единого termEntry/conceptEntry</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="233"/>
        <source>glossary entry #%1 (%2) holds a character XML cannot carry; edit the entry and export again</source>
        <translation>статья глоссария #%1 (%2) содержит символ, недопустимый в XML; исправьте статью и экспортируйте снова</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="236"/>
        <source>XML, but neither a MultiTerm export (&lt;mtf&gt;) nor TBX (the root element is &lt;%1&gt;)</source>
        <translation>это XML, но не экспорт MultiTerm (&lt;mtf&gt;) и не TBX (корневой элемент — &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="238"/>
        <source>a MultiTerm export without any conceptGrp entry</source>
        <translation>это экспорт MultiTerm без единой записи conceptGrp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="239"/>
        <source>no line has a term and its translation separated by a tab (an OmegaT glossary needs tab-separated columns)</source>
        <translation>ни в одной строке нет термина и перевода, разделённых табуляцией (в глоссарии OmegaT столбцы разделяются табуляцией)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="242"/>
        <source>the file contains no translation units</source>
        <translation>в файле нет единиц перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="243"/>
        <source>the file has no translation pairs between Chinese, English and Russian (languages in the file: %1)</source>
        <translation>в файле нет пар переводов между китайским, английским и русским языками (языки в файле: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="246"/>
        <source>larger than any language pack (at most %1)</source>
        <translation>больше любого языкового пакета (допускается не более %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="247"/>
        <source>not a language pack (not a zip archive)</source>
        <translation>это не языковой пакет (не zip-архив)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="248"/>
        <source>has no metadata.json; it is not a language pack</source>
        <translation>нет файла metadata.json; это не языковой пакет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="249"/>
        <source>has no translation model (model/model.bin)</source>
        <translation>нет модели перевода (model/model.bin)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="250"/>
        <source>has no tokenizer (sentencepiece.model)</source>
        <translation>нет токенизатора (sentencepiece.model)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="251"/>
        <source>the language pack is damaged</source>
        <translation>языковой пакет повреждён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="252"/>
        <source>is a folder, not a language pack file</source>
        <translation>это папка, а не файл языкового пакета</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="253"/>
        <source>the file contains a path outside its folder (%1); it was not installed</source>
        <translation>в файле есть путь за пределы его папки (%1); пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="255"/>
        <source>the file contains a name with control characters (%1); it was not installed</source>
        <translation>в файле есть имя с управляющими символами (%1); пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="257"/>
        <source>the file contains a link (%1); it was not installed</source>
        <translation>в файле есть ссылка (%1); пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="258"/>
        <source>must hold exactly one folder (it has %1)</source>
        <translation>должен содержать ровно одну папку (папок в нём: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="259"/>
        <source>holds %1 twice; it was not installed</source>
        <translation>%1 встречается в нём дважды; пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="260"/>
        <source>holds %1 both as a file and as a folder; it was not installed</source>
        <translation>%1 в нём — одновременно и файл, и папка; пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="262"/>
        <source>holds both %1 and %2, which are one name on Windows and macOS; it was not installed</source>
        <translation>содержит и %1, и %2, а в Windows и macOS это одно и то же имя; пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="264"/>
        <source>holds too many files (%1) for a language pack</source>
        <translation>в нём слишком много файлов для языкового пакета (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="265"/>
        <source>unpacks to an implausible size (%1; at most %2 and %3 times the file)</source>
        <translation>в распакованном виде имеет неправдоподобный размер (%1; допускается не более %2 и не более размера файла × %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="267"/>
        <source>unpacks to more than it declares; it was not installed</source>
        <translation>распаковывается в больший объём, чем заявлено; пакет не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="268"/>
        <source>metadata.json is implausibly large (%1 bytes; at most %2)</source>
        <translation>файл metadata.json неправдоподобно велик (%1 байт; допускается не более %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="270"/>
        <source>metadata.json is not valid JSON</source>
        <translation>metadata.json — это не корректный JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="271"/>
        <source>metadata.json does not describe a pack</source>
        <translation>metadata.json не описывает пакет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="272"/>
        <source>metadata.json field %1 must be text, not %2</source>
        <translation>поле %1 в metadata.json должно быть текстом, а не %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="273"/>
        <source>metadata.json field %1 is %2 characters long (at most %3)</source>
        <translation>длина поля %1 в metadata.json — %2 знаков (допускается не более %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="275"/>
        <source>metadata.json field %1 must be a list</source>
        <translation>поле %1 в metadata.json должно быть списком</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="276"/>
        <source>metadata.json field &apos;links&apos; must list text</source>
        <translation>поле &apos;links&apos; в metadata.json должно быть списком строк</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="277"/>
        <source>metadata.json field &apos;links&apos; lists more than %1 links or one longer than %2 characters</source>
        <translation>в поле &apos;links&apos; в metadata.json больше %1 ссылок или есть ссылка длиннее %2 знаков</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="279"/>
        <source>is a %1 pack, not a translation pack</source>
        <translation>это пакет типа %1, а не пакет перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="280"/>
        <source>metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2</source>
        <translation>значение %1 в metadata.json должно быть кодом языка из 2 или 3 строчных букв, а не %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="282"/>
        <source>translates %1 into itself</source>
        <translation>переводит с языка %1 на тот же язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="283"/>
        <source>is version %1 of %2, older than the installed %3; remove that first to go back</source>
        <translation>это версия %1 пакета %2, она старше установленной версии %3; чтобы вернуться к ней, сначала удалите установленную</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="285"/>
        <source>could not be moved into the packs folder (%1)</source>
        <translation>не удалось переместить в папку языковых пакетов (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="286"/>
        <source>could not be removed (%1)</source>
        <translation>не удалось удалить (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="287"/>
        <source>the language packs folder cannot be changed (%1)</source>
        <translation>папку языковых пакетов нельзя изменить (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="288"/>
        <source>the package index is not valid JSON</source>
        <translation>индекс пакетов — это не корректный JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="289"/>
        <source>the download is larger than any language pack</source>
        <translation>загружаемый файл больше любого языкового пакета</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="290"/>
        <source>the language pack %1 did not translate a sentence within %2 s; it was not installed</source>
        <translation>языковой пакет %1 не перевёл предложение за %2 с; он не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="292"/>
        <source>the language pack %1 could not be tried; it was not installed</source>
        <translation>языковой пакет %1 не удалось проверить; он не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="294"/>
        <source>the language pack %1 does not translate; it was not installed</source>
        <translation>языковой пакет %1 не переводит; он не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="296"/>
        <source>the language pack %1 crashed the translation engine; it was not installed</source>
        <translation>языковой пакет %1 вызвал сбой движка перевода; он не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="298"/>
        <source>no language pack for %1→%2 is installed</source>
        <translation>языковой пакет %1→%2 не установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="299"/>
        <source>no language pack for %1→%2: install %3</source>
        <translation>нет языкового пакета %1→%2: установите %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="300"/>
        <source>the language pack %1 could not be read</source>
        <translation>языковой пакет %1 не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="301"/>
        <source>the language pack %1 has no tokenizer</source>
        <translation>в языковом пакете %1 нет токенизатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="302"/>
        <source>the language pack %1 could not be loaded</source>
        <translation>языковой пакет %1 не удалось загрузить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="303"/>
        <source>the language pack %1 cannot split or tokenize text</source>
        <translation>языковой пакет %1 не может разбить текст на предложения или токены</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="305"/>
        <source>the text has %1 characters; at most %2 are translated at once (split it into smaller parts)</source>
        <translation>в тексте %1 знаков, а за один раз переводится не больше %2 (разделите его на части поменьше)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="308"/>
        <source>the text holds half a character at position %1 (bytes that are not UTF-8); nothing was translated</source>
        <translation>в тексте на позиции %1 половина символа (байты не в кодировке UTF-8); ничего не переведено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="311"/>
        <source>the beam size must be between 1 and %1, not %2</source>
        <translation>ширина луча должна быть от 1 до %1, а не %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="312"/>
        <source>a translation server address holds no login or password (expected http://host:port; the API key has a field of its own)</source>
        <translation>адрес сервера перевода не должен содержать имя пользователя или пароль (ожидается http://host:port; для ключа API есть отдельное поле)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="315"/>
        <source>not a translation server address: %1 (expected http://host:port)</source>
        <translation>это не адрес сервера перевода: %1 (ожидается http://host:port)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="317"/>
        <source>the address given is not a translation server address (expected http://host:port)</source>
        <translation>указанный адрес не является адресом сервера перевода (ожидается http://host:port)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="319"/>
        <source>cannot reach the translation server at %1: %2</source>
        <translation>не удаётся связаться с сервером перевода %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="320"/>
        <source>the translation server at %1 did not answer within %2 s</source>
        <translation>сервер перевода %1 не ответил за %2 с</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="322"/>
        <source>the translation server at %1 sent an answer larger than any translation</source>
        <translation>сервер перевода %1 прислал ответ больше любого перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="324"/>
        <source>%1 did not answer like a LibreTranslate server</source>
        <translation>%1 отвечает не так, как сервер LibreTranslate</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="326"/>
        <source>the translation server at %1 redirects elsewhere (HTTP %2); set the address of the server itself</source>
        <translation>сервер перевода %1 перенаправляет запросы в другое место (HTTP %2); укажите адрес самого сервера</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="329"/>
        <source>the translation server at %1 is busy (too many requests); try again in a minute</source>
        <translation>сервер перевода %1 занят (слишком много запросов); повторите попытку через минуту</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="331"/>
        <source>the translation server at %1 refused the API key%2</source>
        <translation>сервер перевода %1 отклонил ключ API%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="333"/>
        <source>the translation server at %1 failed (HTTP %2)%3</source>
        <translation>сбой сервера перевода %1 (HTTP %2)%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="334"/>
        <source>the translation server at %1 refused the request (HTTP %2)%3</source>
        <translation>сервер перевода %1 отклонил запрос (HTTP %2)%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="336"/>
        <source>the translation server could not translate %1→%2: %3</source>
        <translation>сервер перевода не смог перевести %1→%2: %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="338"/>
        <source>%1 answered nothing for %2 of the %3 texts sent</source>
        <translation>%1 ничего не вернул для %2 из %3 отправленных текстов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="339"/>
        <source>%1 answered with a text far longer than its source: not a translation</source>
        <translation>%1 вернул текст намного длиннее исходного: это не перевод</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="341"/>
        <source>not a PressDesk project</source>
        <translation>это не проект PressDesk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="342"/>
        <source>the file is damaged and cannot be read; nothing was changed: open a backup or an earlier export</source>
        <translation>файл повреждён и не читается; ничего не изменено: откройте резервную копию или ранее экспортированный файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="345"/>
        <source>written by a newer PressDesk (file format %1; this version reads up to %2); update PressDesk to open it</source>
        <translation>файл записан более новой версией PressDesk (формат файла %1; эта версия читает до %2); обновите PressDesk, чтобы открыть его</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="348"/>
        <source>the project cannot be opened</source>
        <translation>проект не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="349"/>
        <source>not a server address: %1</source>
        <translation>это не адрес сервера: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="350"/>
        <source>not a glossary address: %1 (a shared glossary is postgresql://login@host/database)</source>
        <translation>это не адрес глоссария: %1 (адрес общего глоссария имеет вид postgresql://login@host/database)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="352"/>
        <source>not a memory address: %1 (a shared memory is postgresql://login@host/database)</source>
        <translation>это не адрес памяти переводов: %1 (адрес общей памяти переводов имеет вид postgresql://login@host/database)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="354"/>
        <source>a shared glossary needs psycopg: install PressDesk with the `team` extra</source>
        <translation>для общего глоссария нужен psycopg: установите PressDesk с дополнением `team`</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="356"/>
        <source>a shared memory needs psycopg: install PressDesk with the `team` extra</source>
        <translation>для общей памяти переводов нужен psycopg: установите PressDesk с дополнением `team`</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="358"/>
        <source>the glossary server refused the login: %1; check the login and password of the shared glossary&apos;s address</source>
        <translation>сервер глоссария отклонил вход: %1; проверьте имя пользователя и пароль в адресе общего глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="361"/>
        <source>the glossary server cannot be reached: %1</source>
        <translation>сервер глоссария недоступен: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="362"/>
        <source>the glossary server was not asked: PressDesk is quitting</source>
        <translation>запрос к серверу глоссария не отправлен: PressDesk завершает работу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="364"/>
        <source>the glossary server cannot be reached and this desk has no copy of the shared glossary yet</source>
        <translation>сервер глоссария недоступен, а копии общего глоссария на этом рабочем месте пока нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="367"/>
        <source>the glossary server cannot be reached: imports, undoing them and tenures wait until it is back (single edits are queued)</source>
        <translation>сервер глоссария недоступен: импорт, его отмена и сроки полномочий подождут, пока он снова станет доступен (отдельные правки ставятся в очередь)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="370"/>
        <source>the shared glossary cannot be opened: %1</source>
        <translation>общий глоссарий не удаётся открыть: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="371"/>
        <source>the shared glossary&apos;s format record is missing (its tables are there); ask the office administrator to restore the pressdesk_meta table</source>
        <translation>в общем глоссарии нет записи о формате (таблицы на месте); попросите системного администратора восстановить таблицу pressdesk_meta</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="374"/>
        <source>the shared glossary&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation>запись о формате общего глоссария повреждена (%1); попросите системного администратора восстановить её</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="377"/>
        <source>the shared glossary was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation>общий глоссарий создан более новой версией PressDesk (формат %1; эта версия читает до %2). Обновите PressDesk, чтобы работать с ним.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="380"/>
        <source>the shared glossary is not set up yet and this login may not create it; ask the office administrator to open it once with the editors&apos; login</source>
        <translation>общий глоссарий ещё не создан, а эта учётная запись не вправе его создать; попросите системного администратора один раз открыть его под учётной записью редакторов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="383"/>
        <source>the shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor</source>
        <translation>для этой учётной записи общий глоссарий доступен только для чтения: в нём можно искать и сопоставлять, но изменения вносит редактор</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="386"/>
        <source>the queue %1 holds edits for the shared glossary %2, not %3: they are only sent there</source>
        <translation>в очереди %1 — правки для общего глоссария %2, а не %3: они отправляются только туда</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="388"/>
        <source>%1 is not an edit PressDesk queues</source>
        <translation>%1 — не та правка, которую PressDesk ставит в очередь</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="389"/>
        <source>the memory server refused the login: %1; check the login and password of the shared memory&apos;s address</source>
        <translation>сервер памяти переводов отклонил вход: %1; проверьте имя пользователя и пароль в адресе общей памяти переводов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="392"/>
        <source>the memory server cannot be reached: %1</source>
        <translation>сервер памяти переводов недоступен: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="393"/>
        <source>the shared memory cannot be opened: %1</source>
        <translation>общую память переводов не удаётся открыть: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="394"/>
        <source>the shared memory&apos;s format record is missing (its tables are there); ask the office administrator to restore the tm_meta table</source>
        <translation>в общей памяти переводов нет записи о формате (таблицы на месте); попросите системного администратора восстановить таблицу tm_meta</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="397"/>
        <source>the shared memory&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation>запись о формате общей памяти переводов повреждена (%1); попросите системного администратора восстановить её</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="400"/>
        <source>the shared memory was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation>общая память переводов создана более новой версией PressDesk (формат %1; эта версия читает до %2). Обновите PressDesk, чтобы работать с ней.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="403"/>
        <source>the shared glossary could not be read: %1</source>
        <translation>общий глоссарий не удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="404"/>
        <source>the shared glossary refused the change: %1</source>
        <translation>общий глоссарий отклонил изменение: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="406"/>
        <source>the shared memory is read-only for this login: it can be searched, but only an editor&apos;s login adds to it; nothing was added</source>
        <translation>для этой учётной записи общая память переводов доступна только для чтения: в ней можно искать, но пополнять её может только учётная запись редактора; ничего не добавлено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="409"/>
        <source>the shared memory failed: %1</source>
        <translation>сбой общей памяти переводов: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="410"/>
        <source>entry #%1 was deleted by someone else since you opened it (your version %2); nothing was saved.
  yours:  %3</source>
        <translation>статью #%1 удалил другой пользователь после того, как вы её открыли (ваша версия — %2); ничего не сохранено.
  ваш вариант:  %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="413"/>
        <source>entry #%1 was changed by %2 at %3 (version %4) since you opened version %5; nothing was saved.
  yours:  %6
  theirs: %7</source>
        <translation>после того как вы открыли версию %5, статью #%1 изменил(а) %2 (%3, версия %4); ничего не сохранено.
  ваш вариант:   %6
  их вариант:    %7</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="416"/>
        <source>entry #%1 does not exist</source>
        <translation>статьи #%1 не существует</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="417"/>
        <source>there is no import to undo</source>
        <translation>нет импорта, который можно отменить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="418"/>
        <source>import #%1 does not exist or was already undone</source>
        <translation>импорта #%1 нет или он уже отменён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="419"/>
        <source>the record of import #%1 is damaged, so it cannot be undone; nothing was changed</source>
        <translation>запись об импорте #%1 повреждена, поэтому его нельзя отменить; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="421"/>
        <source>a tenure must link two existing entries</source>
        <translation>срок полномочий должен связывать две существующие статьи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="422"/>
        <source>a tenure links a person entry to a title entry</source>
        <translation>срок полномочий связывает статью о персоне со статьёй о должности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="423"/>
        <source>cannot save: %1; nothing was changed</source>
        <translation>не удаётся сохранить: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="424"/>
        <source>cannot save a copy: %1; nothing was changed</source>
        <translation>не удаётся сохранить копию: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="425"/>
        <source>cannot read: %1; nothing was changed</source>
        <translation>не удаётся прочитать: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="426"/>
        <source>cannot open: %1; nothing was changed</source>
        <translation>не удаётся открыть: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="427"/>
        <source>cannot create the project: %1; nothing was changed</source>
        <translation>не удаётся создать проект: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="429"/>
        <source>cannot upgrade to the current file format: %1; nothing was changed</source>
        <translation>не удаётся перевести файл в текущий формат: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="431"/>
        <source>cannot create the glossary: %1; nothing was changed</source>
        <translation>не удаётся создать глоссарий: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="433"/>
        <source>cannot open the translation memory: %1; nothing was changed</source>
        <translation>не удаётся открыть память переводов: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="435"/>
        <source>cannot create the translation memory: %1; nothing was changed</source>
        <translation>не удаётся создать память переводов: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="437"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="438"/>
        <source>its folder is read-only or unavailable</source>
        <translation>его папка доступна только для чтения или недоступна</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="440"/>
        <source>the disk refused the write</source>
        <translation>диск отказал в записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="441"/>
        <source>another program is writing to it</source>
        <translation>в него записывает другая программа</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="442"/>
        <source>its name is too long for SQLite to keep its journal beside it; give it a shorter name</source>
        <translation>имя файла слишком длинное: SQLite не может создать рядом с ним файл журнала; дайте файлу более короткое имя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="444"/>
        <source>is being opened by another PressDesk at this moment. Try again in a few seconds.</source>
        <translation>этот файл сейчас открывает другой экземпляр PressDesk. Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="446"/>
        <source>has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited under another name. Open it read-only, or save a copy under a new name.</source>
        <translation>у файла несколько имён на диске (жёстких ссылок: %1), поэтому PressDesk не может определить, не редактируется ли он под другим именем. Откройте его только для чтения или сохраните копию под новым именем.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="449"/>
        <source>not a PressDesk glossary or translation memory</source>
        <translation>это не глоссарий и не память переводов PressDesk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="450"/>
        <source>the project already holds %1 segments, written by another tool; a release holds at most %2</source>
        <translation>в проекте уже %1 сегментов, записанных другой программой; в релизе допускается не более %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="453"/>
        <source>the project holds a segment id of %1 characters, written by another tool; PressDesk writes at most %2</source>
        <translation>в проекте есть идентификатор сегмента длиной %1 знаков, записанный другой программой; PressDesk записывает не более %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="456"/>
        <source>the project holds a text of %1 characters, written by another tool; a text holds at most %2</source>
        <translation>в проекте есть текст длиной %1 знаков, записанный другой программой; допускается не более %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="459"/>
        <source>a release holds at most %1 segments; this one has %2</source>
        <translation>в релизе допускается не более %1 сегментов; в этом — %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="461"/>
        <source>the release holds text that is not valid Unicode (%1); nothing was saved</source>
        <translation>в релизе есть текст, недопустимый в Юникоде (%1); ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="463"/>
        <source>%1 beside it is not the file SQLite keeps there (it is a link, a folder, a named pipe, a device or a second name of another file); move %1 away and try again</source>
        <translation>рядом с ним лежит %1, но это не тот файл, который там хранит SQLite (это ссылка, папка, именованный канал, устройство или второе имя другого файла); переместите %1 в другое место и повторите попытку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="466"/>
        <source>cannot create the project: SQLite keeps the journal, log or index of %1 under that name; choose another name</source>
        <translation>не удаётся создать проект: под этим именем SQLite хранит журнал, лог или индекс файла %1; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="469"/>
        <source>%1 beside it is the log of another database, and reading it would put that database&apos;s pages into this one; move %1 away and try again</source>
        <translation>файл %1 рядом с ним — журнал другой базы данных, и его чтение перенесло бы страницы той базы в эту; уберите %1 и повторите попытку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="472"/>
        <source>a template must be a .docx or .dotx file</source>
        <translation>шаблон должен быть файлом .docx или .dotx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="473"/>
        <source>macro-enabled templates (.dotm, .docm) cannot be used; save it as a .dotx or .docx</source>
        <translation>шаблоны с макросами (.dotm, .docm) использовать нельзя; сохраните шаблон как .dotx или .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="475"/>
        <source>not a usable Word document</source>
        <translation>это непригодный документ Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="476"/>
        <source>it unpacks to %1 bytes (at most %2); not a template</source>
        <translation>в распакованном виде занимает %1 байт (допускается не более %2); это не шаблон</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="477"/>
        <source>a Strict Open XML document, which cannot serve as a template; in Word save it as Word Template (.dotx) or Word Document (.docx), not Strict Open XML</source>
        <translation>это документ Strict Open XML, он не может служить шаблоном; сохраните его в Word как «Шаблон Word (.dotx)» или «Документ Word (.docx)», а не как Strict Open XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="480"/>
        <source>it holds macros or ActiveX controls (%1), which would run in every export; save it as a .dotx or .docx without them</source>
        <translation>в нём есть макросы или элементы ActiveX (%1), которые запускались бы при каждом экспорте; сохраните его как .dotx или .docx без них</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="483"/>
        <source>it declares macros or ActiveX controls, which would run in every export; save it as a .dotx or .docx without them</source>
        <translation>в нём объявлены макросы или элементы ActiveX, которые запускались бы при каждом экспорте; сохраните его как .dotx или .docx без них</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="486"/>
        <source>its part %1 declares a DTD, which Word documents never hold (an export would make its readers fetch what it names); refused</source>
        <translation>его часть %1 объявляет DTD, а в документах Word DTD не бывает (экспортированный документ заставил бы программы читателей загружать то, на что она ссылается); отклонено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="489"/>
        <source>its part %1 makes Word fetch files from outside the document; save the template without linked files</source>
        <translation>его часть %1 заставляет Word загружать файлы извне документа; сохраните шаблон без связанных файлов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="496"/>
        <source>the file or folder does not exist</source>
        <translation>файл или папка не существует</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="497"/>
        <location filename="../desktop_app/ui/error_messages.py" line="498"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="439"/>
        <location filename="../desktop_app/ui/error_messages.py" line="499"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="500"/>
        <source>the disk or folder is read-only</source>
        <translation>диск или папка доступны только для чтения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="502"/>
        <source>the file name is too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="503"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>не удалось прочитать или записать данные на диск (ошибка ввода-вывода)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="540"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="566"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="463"/>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Экспорт в Word…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="464"/>
        <source>Show Exported &amp;Documents</source>
        <translation>Показать экспортированные &amp;документы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="465"/>
        <source>Open the folder the last export wrote to</source>
        <translation>Открыть папку, в которую был выполнен последний экспорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="466"/>
        <source>Write the release as Word documents for distribution or review</source>
        <translation>Сохранить релиз как документы Word для рассылки или проверки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="485"/>
        <source>Exported %1 to %2 (File ▸ Show Exported Documents)</source>
        <translation>%1 экспортировано в %2 (Файл ▸ Показать экспортированные документы)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="489"/>
        <source>(%n segment(s) without text left out)</source>
        <translation>
            <numerusform>(%n сегмент без текста пропущен)</numerusform>
            <numerusform>(%n сегмента без текста пропущены)</numerusform>
            <numerusform>(%n сегментов без текста пропущены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="491"/>
        <source>(the template&apos;s own body text, %n paragraph(s), is not exported: a letterhead belongs in its header)</source>
        <translation>
            <numerusform>(собственный текст шаблона, %n абзац, не экспортируется: бланк с реквизитами помещают в его колонтитул)</numerusform>
            <numerusform>(собственный текст шаблона, %n абзаца, не экспортируется: бланк с реквизитами помещают в его колонтитул)</numerusform>
            <numerusform>(собственный текст шаблона, %n абзацев, не экспортируется: бланк с реквизитами помещают в его колонтитул)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="188"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="190"/>
        <source>Press release in one language</source>
        <translation>Пресс-релиз на одном языке</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="191"/>
        <source>Press releases in all three languages</source>
        <translation>Пресс-релизы на всех трёх языках</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="192"/>
        <source>Side by side (Chinese | English | Russian)</source>
        <translation>Параллельно (китайский | английский | русский)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="193"/>
        <source>Review table for one language pair</source>
        <translation>Таблица для проверки одной языковой пары</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="200"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="202"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="204"/>
        <source>Source → &amp;target:</source>
        <translation>Исходный → &amp;целевой:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="206"/>
        <source>Pack the three documents into one .&amp;zip file</source>
        <translation>Упаковать три документа в один файл .&amp;zip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="207"/>
        <source>&amp;House template:</source>
        <translation>&amp;Фирменный шаблон:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="209"/>
        <source>Built-in template</source>
        <translation>Встроенный шаблон</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="210"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="211"/>
        <source>Built-&amp;in</source>
        <translation>Вс&amp;троенный</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="212"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="214"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="215"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="273"/>
        <source>Choose two different languages for the review table.</source>
        <translation>Выберите для таблицы проверки два разных языка.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="275"/>
        <source>Choose where to save the export.</source>
        <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="279"/>
        <source>There is no %1 text to export yet.</source>
        <translation>Пока нет текста для экспорта: %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="280"/>
        <source> or </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="300"/>
        <source>Choose a House Template</source>
        <translation>Выбор фирменного шаблона</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="301"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="308"/>
        <source>Export into Folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <location filename="../desktop_app/ui/export_dialog.py" line="313"/>
        <source>Export as</source>
        <translation>Экспортировать как</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <source>Zip archive (*.zip)</source>
        <translation>Архив zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="314"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="331"/>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Эти файлы уже существуют и будут заменены:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="332"/>
        <source>Replace Files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="337"/>
        <source>Checking the release…</source>
        <translation>Проверка релиза…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="346"/>
        <source>The quality checks found %1 error(s) in this release (%2). Export it anyway?</source>
        <translation>Проверка качества нашла в релизе ошибок: %1 (%2). Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="348"/>
        <source>Export with Errors?</source>
        <translation>Экспортировать с ошибками?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="349"/>
        <source>Export not started: fix the errors in Quality Checks first.</source>
        <translation>Экспорт не начат: сначала исправьте ошибки в «Проверке качества».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="363"/>
        <source>The quality checks could not run (%1). Export without them?</source>
        <translation>Проверку качества выполнить не удалось (%1). Экспортировать без неё?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="365"/>
        <source>Export without Checks?</source>
        <translation>Экспортировать без проверки?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="380"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="399"/>
        <source>Nothing was exported: the folder %1 cannot be written to (a write-protected USB stick, a CD or a read-only folder). Choose another folder with Browse.</source>
        <translation>Ничего не экспортировано: в папку %1 нельзя записывать (защищённая от записи флешка, компакт-диск или папка только для чтения). Выберите другую папку кнопкой «Обзор».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="404"/>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="403"/>
        <source>The release could not be exported:
%1</source>
        <translation>Не удалось экспортировать релиз:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="419"/>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="355"/>
        <source>warnings: %1, style notes: %2</source>
        <translation>предупреждений: %1, замечаний по стилю: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="357"/>
        <source>ignored: %1</source>
        <translation>пропущено: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="195"/>
        <source>Find and Replace</source>
        <translation>Поиск и замена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Replace wi&amp;th:</source>
        <translation>Замен&amp;ить на:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Где искать:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="199"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="202"/>
        <source>Match &amp;case</source>
        <translation>Учитывать &amp;регистр</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="203"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Целые слова</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="204"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="205"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="206"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="207"/>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="231"/>
        <source>Type the text to find first.</source>
        <translation>Сначала введите текст для поиска.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="240"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="242"/>
        <source>(%n match(es) in rows or columns the grid hides)</source>
        <translation>
            <numerusform>(%n совпадение в скрытых строках или столбцах)</numerusform>
            <numerusform>(%n совпадения в скрытых строках или столбцах)</numerusform>
            <numerusform>(%n совпадений в скрытых строках или столбцах)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="248"/>
        <source>Match %1 of %2</source>
        <translation>Совпадение %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="250"/>
        <source>(%n more in rows or columns the grid hides)</source>
        <translation>
            <numerusform>(ещё %n в скрытых строках или столбцах)</numerusform>
            <numerusform>(ещё %n в скрытых строках или столбцах)</numerusform>
            <numerusform>(ещё %n в скрытых строках или столбцах)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="313"/>
        <source>Replace</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="329"/>
        <source>Replace all</source>
        <translation>Замена всех</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="331"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Заменено %n раз</numerusform>
            <numerusform>Заменено %n раза</numerusform>
            <numerusform>Заменено %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="333"/>
        <source>(%n of them in rows or columns the grid hides; Ctrl+Z takes them all back)</source>
        <translation>
            <numerusform>(из них %n в скрытых строках или столбцах; Ctrl+Z отменит все замены)</numerusform>
            <numerusform>(из них %n в скрытых строках или столбцах; Ctrl+Z отменит все замены)</numerusform>
            <numerusform>(из них %n в скрытых строках или столбцах; Ctrl+Z отменит все замены)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="31"/>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="45"/>
        <source>&amp;Start Working</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="48"/>
        <source>Read the User &amp;Guide</source>
        <translation>Прочитать &amp;руководство</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="60"/>
        <source>One press release, three languages</source>
        <translation>Один пресс-релиз, три языка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="61"/>
        <source>This is a sample release. Each row is one paragraph; the three columns are its &lt;b&gt;Chinese&lt;/b&gt;, &lt;b&gt;English&lt;/b&gt; and &lt;b&gt;Russian&lt;/b&gt; versions. Any column can be the source. Every cell has a status (draft, reviewed, approved…); a cell whose source changed after it was written is marked stale.</source>
        <translation>Это пример релиза. Каждая строка — один абзац; три столбца — его &lt;b&gt;китайская&lt;/b&gt;, &lt;b&gt;английская&lt;/b&gt; и &lt;b&gt;русская&lt;/b&gt; версии. Исходным может быть любой столбец. У каждой ячейки есть статус (черновик, проверено, утверждено…); ячейка, чей исходный текст изменился после её написания, отмечается как устаревшая.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="65"/>
        <source>Official names and titles</source>
        <translation>Официальные названия и должности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="66"/>
        <source>The &lt;b&gt;Glossary&lt;/b&gt; panel on the right lists the names and titles found in the current paragraph with their approved forms in all three languages. The quality checks at the bottom flag forbidden or outdated forms before you export.</source>
        <translation>Панель &lt;b&gt;«Глоссарий»&lt;/b&gt; справа показывает названия и должности из текущего абзаца с их утверждёнными формами на всех трёх языках. Проверка качества внизу отмечает запрещённые и устаревшие формы до экспорта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="69"/>
        <source>Machine translation is optional</source>
        <translation>Машинный перевод не обязателен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="70"/>
        <source>Suggestions come from offline language packs (&lt;i&gt;.argosmodel&lt;/i&gt; files, e.g. Chinese–English and English–Russian), installed once with Tools ▸ Language Packs or with &lt;code&gt;pressdesk packs install FILE&lt;/code&gt;. &lt;b&gt;None are needed&lt;/b&gt; to edit, import, check the glossary or export Word documents.</source>
        <translation>Варианты перевода берутся из офлайн-пакетов (файлы &lt;i&gt;.argosmodel&lt;/i&gt;, например китайско-английский и англо-русский), которые устанавливаются один раз через «Инструменты ▸ Языковые пакеты» или командой &lt;code&gt;pressdesk packs install FILE&lt;/code&gt;. Для редактирования, импорта, проверки глоссария и экспорта в Word &lt;b&gt;пакеты не нужны&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="74"/>
        <source>Start your own release with File ▸ New, then File ▸ Import Document for each language. Work is autosaved; Help ▸ User Guide explains the rest.</source>
        <translation>Начните свой релиз с «Файл ▸ Создать», затем для каждого языка выполните «Файл ▸ Импортировать документ». Работа сохраняется автоматически; остальное описано в «Справка ▸ Руководство пользователя».</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="42"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="44"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="45"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="46"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="47"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="48"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="49"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="239"/>
        <source>Search in Chinese, English or Russian…</source>
        <translation>Поиск на китайском, английском или русском…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="247"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="242"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="250"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="252"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="253"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="254"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="255"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="258"/>
        <source>Import Glossary…</source>
        <translation>Импорт глоссария…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="259"/>
        <source>Export Glossary…</source>
        <translation>Экспорт глоссария…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="260"/>
        <source>Undo Last Import</source>
        <translation>Отменить последний импорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="264"/>
        <source>Double-click to insert the approved form into the cell being edited (%1)</source>
        <translation>Дважды щёлкните, чтобы вставить утверждённую форму в редактируемую ячейку (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Add “%1”</source>
        <translation>Отменить добавление «%1»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Edit “%1”</source>
        <translation>Отменить изменение «%1»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="271"/>
        <source>Undo Delete “%1”</source>
        <translation>Отменить удаление «%1»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="592"/>
        <source>Took back the last glossary change (“%1”).</source>
        <translation>Последнее изменение глоссария («%1») отменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Glossaries (%1);;All files (*)</source>
        <translation>Глоссарии (%1);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="402"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдено %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="411"/>
        <source>Loading the glossary…</source>
        <translation>Загрузка глоссария…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="413"/>
        <source>Terms in the current segment</source>
        <translation>Термины текущего сегмента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="556"/>
        <source>Delete Entry</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="557"/>
        <source>Delete “%1” from the glossary?</source>
        <translation>Удалить «%1» из глоссария?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="504"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="654"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="679"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="241"/>
        <source>Search the glossary</source>
        <translation>Поиск в глоссарии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="243"/>
        <source>Glossary entries</source>
        <translation>Статьи глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="244"/>
        <source>Entry details</source>
        <translation>Сведения о статье</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="245"/>
        <source>Select an entry to see its forms in all three languages and its note.</source>
        <translation>Выберите статью, чтобы увидеть её формы на всех трёх языках и примечание.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="256"/>
        <source>&amp;Find in Release</source>
        <translation>&amp;Найти в релизе</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="257"/>
        <source>Go to the next paragraph that uses the entry&apos;s approved form</source>
        <translation>Перейти к следующему абзацу, где используется утверждённая форма записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="261"/>
        <source>Saving to the glossary…</source>
        <translation>Сохранение в глоссарий…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="273"/>
        <source>Undo Glossary Change</source>
        <translation>Отменить изменение глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="372"/>
        <source>The glossary cannot be searched: %1</source>
        <translation>Поиск по глоссарию невозможен: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="404"/>
        <source>The glossary cannot be opened, so names are not highlighted, protected in translation or checked.</source>
        <translation>Глоссарий не открывается, поэтому имена не подсвечиваются, не защищаются при переводе и не проверяются.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="407"/>
        <source>Restore %1 from a backup, or move it away and start PressDesk again to begin with the built-in names.</source>
        <translation>Восстановите %1 из резервной копии или уберите этот файл и снова запустите PressDesk, чтобы начать со встроенного списка имён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="500"/>
        <source>The glossary is not available yet: still connecting to the server</source>
        <translation>Глоссарий пока недоступен: идёт подключение к серверу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="505"/>
        <source>The shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor.</source>
        <translation>Для этой учётной записи общий глоссарий доступен только для чтения: в нём можно искать и сопоставлять, но изменения вносит редактор.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="578"/>
        <source>Deleted “%1” from the glossary; Ctrl+Z here or More ▸ Undo Delete brings it back.</source>
        <translation>Запись «%1» удалена из глоссария; вернуть её можно клавишами Ctrl+Z здесь или командой Ещё ▸ Отменить удаление.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <source>The glossary has not been changed.</source>
        <translation>Глоссарий не изменён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="636"/>
        <source>Another program is writing to the glossary and has not let go of it for five seconds, so your change is not saved yet. Nothing you typed is lost.</source>
        <translation>Другая программа записывает в глоссарий и не освобождает его уже пять секунд, поэтому ваше изменение пока не сохранено. Ничего из введённого не потеряно.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="638"/>
        <source>Retry saves it now; Cancel opens it again as you typed it, to save later.</source>
        <translation>«Повторить» сохранит его сейчас; «Отмена» снова откроет его в том виде, как вы его ввели, чтобы сохранить позже.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="639"/>
        <source>Retry tries again now; Cancel leaves the glossary as it is.</source>
        <translation>«Повторить» попробует ещё раз сейчас; «Отмена» оставит глоссарий как есть.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="641"/>
        <source>Glossary Busy</source>
        <translation>Глоссарий занят</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="684"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Import Glossary</source>
        <translation>Импорт глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="697"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="706"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="714"/>
        <source>Glossary import: %1 added, %2 updated, %3 skipped</source>
        <translation>Импорт глоссария: добавлено %1, обновлено %2, пропущено %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="720"/>
        <source>Undoing the last import…</source>
        <translation>Отмена последнего импорта…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="727"/>
        <source>Undid the import of %1</source>
        <translation>Импорт %1 отменён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="732"/>
        <source>Export Glossary</source>
        <translation>Экспорт глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="733"/>
        <source>CSV (*.csv);;TBX (*.tbx);;OmegaT glossary, English → Russian (*.txt)</source>
        <translation>CSV (*.csv);;TBX (*.tbx);;Глоссарий OmegaT, английский → русский (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="738"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="745"/>
        <source>Exported %1 entries to %2</source>
        <translation>Экспортировано статей: %1, в %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="685"/>
        <source>“%1” was not imported; the glossary has not been changed.</source>
        <translation>Файл «%1» не импортирован; глоссарий не изменён.</translation>
    </message>
</context>
<context>
    <name>GlossaryReasons</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="33"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="34"/>
        <source>entry %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="35"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="36"/>
        <source>sheet %1</source>
        <translation>лист %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="37"/>
        <source>sheet %1, %2</source>
        <translation>лист %1, %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="38"/>
        <source>no table of terms in two languages; not imported</source>
        <translation>нет таблицы терминов на двух языках; не импортирован</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="41"/>
        <source>%1; not imported</source>
        <translation>%1; не импортирован</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="42"/>
        <source>a title above the header row; not a term</source>
        <translation>заголовок над строкой с названиями столбцов; не термин</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="43"/>
        <source>no term in Chinese, English or Russian</source>
        <translation>нет термина ни на китайском, ни на английском, ни на русском</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="44"/>
        <source>no approved form in Chinese, English or Russian</source>
        <translation>нет утверждённой формы ни на китайском, ни на английском, ни на русском</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="47"/>
        <source>only forbidden forms in Chinese, English or Russian</source>
        <translation>только запрещённые формы на китайском, английском или русском</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="48"/>
        <source>a term is longer than %1 characters</source>
        <translation>термин длиннее %1 знаков</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="50"/>
        <source>unknown category “%1” (expected one of %2)</source>
        <translation>неизвестная категория «%1» (ожидается одна из: %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="52"/>
        <source>already in the glossary as #%1 (%2)</source>
        <translation>уже есть в глоссарии как №%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="53"/>
        <source>not merged into #%1: %2</source>
        <translation>не объединено с №%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="55"/>
        <source>same term as an earlier entry, not merged into it: %1</source>
        <translation>тот же термин, что в одной из предыдущих записей, не объединён с ней: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="58"/>
        <source>same term as an earlier entry (%1); merged into it</source>
        <translation>тот же термин, что в одной из предыдущих записей (%1); объединён с ней</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="61"/>
        <source>the approved form is empty in every language</source>
        <translation>утверждённая форма пуста на всех языках</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="63"/>
        <source>%1: %2 forms; at most %3 (approved, variants and forbidden) per language</source>
        <translation>%1: форм — %2; не больше %3 (утверждённая, варианты и запрещённые) на язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="68"/>
        <source>%1: a form of %2 characters (%3); at most %4</source>
        <translation>%1: форма из %2 знаков (%3); не больше %4</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="71"/>
        <source>%1: the form %2 %3</source>
        <translation>%1: форма %2 %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="74"/>
        <source>%1: %2 contains “|”, which separates listed forms (CSV, the command line)</source>
        <translation>%1: %2 содержит «|», которым разделяются перечисленные формы (CSV, командная строка)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="79"/>
        <source>%1: %2 is both allowed and forbidden</source>
        <translation>%1: %2 одновременно допустима и запрещена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="82"/>
        <source>%1: %2 is already the approved form of entry #%3</source>
        <translation>%1: %2 уже является утверждённой формой записи №%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="84"/>
        <source>the note has %1 characters; at most %2</source>
        <translation>в примечании %1 знаков; не больше %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="86"/>
        <source>the source has %1 characters; at most %2</source>
        <translation>в источнике %1 знаков; не больше %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="88"/>
        <source>the note %1</source>
        <translation>примечание %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="89"/>
        <source>the source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="90"/>
        <source>is not valid text (it holds bytes that are not UTF-8)</source>
        <translation>не является допустимым текстом (содержит байты не в UTF-8)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="92"/>
        <source>contains %1, a code point that is not a character</source>
        <translation>содержит %1 — кодовую позицию, не являющуюся символом</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="95"/>
        <source>contains the invisible or control character %1</source>
        <translation>содержит невидимый или управляющий символ %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="98"/>
        <source>mixes alphabets: %1 in “%2” (type “%3”)</source>
        <translation>смешаны алфавиты: %1 в «%2» (наберите «%3»)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="100"/>
        <source>mixes alphabets: %1 in “%2”</source>
        <translation>смешаны алфавиты: %1 в «%2»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="103"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 — не дата (используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="106"/>
        <source>the period from %1 to %2 ends before it starts</source>
        <translation>период с %1 по %2 заканчивается раньше, чем начинается</translation>
    </message>
</context>
<context>
    <name>GlossaryUi</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="117"/>
        <source>Insert Appro&amp;ved Term</source>
        <translation>Вставить утвер&amp;ждённый термин</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="118"/>
        <source>Replace the term under the cursor with its approved form, or insert the approved form of the entry selected in the Glossary</source>
        <translation>Заменить термин под курсором утверждённой формой или вставить утверждённую форму статьи, выбранной в глоссарии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="184"/>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="211"/>
        <source>Start editing a cell to insert a term</source>
        <translation>Чтобы вставить термин, начните редактировать ячейку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="216"/>
        <source>“%1” has no approved form in %2</source>
        <translation>У «%1» нет утверждённой формы на языке «%2»</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="354"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="355"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="356"/>
        <source>Getting &amp;Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="357"/>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="358"/>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="74"/>
        <source>Revision History</source>
        <translation>История правок</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="75"/>
        <source>Segment %1, %2: saved revisions, newest first</source>
        <translation>Сегмент %1, %2: сохранённые версии, сначала новые</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Source</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="78"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="86"/>
        <source>No saved revisions yet: save the project to start its history.</source>
        <translation>Сохранённых версий пока нет: история начнётся после сохранения проекта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="111"/>
        <source>Restore revision</source>
        <translation>Восстановление версии</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="199"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="209"/>
        <source>Import Document</source>
        <translation>Импорт документа</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="210"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="211"/>
        <source>Import into:</source>
        <translation>Импортировать в:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="214"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="259"/>
        <source>Not imported: %n page number(s) and running head(s) of the printed pages.</source>
        <translation>
            <numerusform>Не импортирован %n номер страницы или колонтитул печатных страниц.</numerusform>
            <numerusform>Не импортированы %n номера страниц и колонтитулы печатных страниц.</numerusform>
            <numerusform>Не импортированы %n номеров страниц и колонтитулов печатных страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="262"/>
        <source>%n line(s) broken as on a printed page joined to the paragraph they continue.</source>
        <translation>
            <numerusform>%n строка, разорванная как на печатной странице, присоединена к абзацу, который она продолжает.</numerusform>
            <numerusform>%n строки, разорванные как на печатной странице, присоединены к абзацам, которые они продолжают.</numerusform>
            <numerusform>%n строк, разорванных как на печатной странице, присоединены к абзацам, которые они продолжают.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="265"/>
        <source>%n Word comment(s) become comments of the paragraphs they are written on.</source>
        <translation>
            <numerusform>%n комментарий из Word станет комментарием к своему абзацу.</numerusform>
            <numerusform>%n комментария из Word станут комментариями к своим абзацам.</numerusform>
            <numerusform>%n комментариев из Word станут комментариями к своим абзацам.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="270"/>
        <source>This document is a table with one language per column: %1. You can import all its language columns at once, row by row, or only the column chosen above.</source>
        <translation>Этот документ — таблица, в каждом столбце которой свой язык: %1. Можно импортировать сразу все её языковые столбцы, строка за строкой, или только выбранный выше столбец.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="274"/>
        <source>Not imported: the columns %1.</source>
        <translation>Не импортируются столбцы: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="276"/>
        <source>Not imported: %n paragraph(s) outside the table.</source>
        <translation>
            <numerusform>Не импортируется %n абзац вне таблицы.</numerusform>
            <numerusform>Не импортируются %n абзаца вне таблицы.</numerusform>
            <numerusform>Не импортируются %n абзацев вне таблицы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="279"/>
        <source>The paragraphs of this document take turns between languages: %1. You can import all its languages at once, row by row, or only the language chosen above.</source>
        <translation>Абзацы этого документа чередуются по языкам: %1. Можно импортировать все его языки сразу, построчно, или только язык, выбранный выше.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="284"/>
        <source>Import all its languages (%1)</source>
        <translation>Импортировать все его языки (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="286"/>
        <source>Import all its language columns (%1)</source>
        <translation>Импортировать все языковые столбцы (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="304"/>
        <source>This file cannot be imported; the release has not been changed.</source>
        <translation>Этот файл нельзя импортировать; релиз не изменён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="305"/>
        <source>Open the file in Word and save it again as a Word document (.docx), or save its text as plain text (.txt), then import that file.</source>
        <translation>Откройте файл в Word и сохраните его заново как документ Word (.docx) или сохраните его текст как обычный текст (.txt), затем импортируйте этот файл.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="307"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="331"/>
        <source>This column cannot be imported: %1</source>
        <translation>Этот столбец импортировать нельзя: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="332"/>
        <source>Nothing has been changed. Choose another language above, or import another file.</source>
        <translation>Ничего не изменено. Выберите другой язык выше или импортируйте другой файл.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference (%1)</source>
        <translation>Для сверки (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference</source>
        <translation>Для сверки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="351"/>
        <source>Now in %1</source>
        <translation>Сейчас в столбце %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="352"/>
        <source>From the document</source>
        <translation>Из документа</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="374"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="407"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="449"/>
        <source>Added as a new row</source>
        <translation>Будет добавлено новой строкой</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="378"/>
        <source>Replaced by the document&apos;s paragraph</source>
        <translation>Будет заменено абзацем из документа</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="383"/>
        <source>%n paragraph(s) make a new release, one row each.</source>
        <translation>
            <numerusform>%n абзац — новый релиз, по строке на абзац.</numerusform>
            <numerusform>%n абзаца — новый релиз, по строке на абзац.</numerusform>
            <numerusform>%n абзацев — новый релиз, по строке на абзац.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="387"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="415"/>
        <source>%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.</source>
        <translation>Абзацев: %1, строк: %2. Будет заполнено ячеек: %3, заменено: %4, новых строк: %5.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="410"/>
        <source>No paragraph of the document pairs with this row</source>
        <translation>С этой строкой не сопоставлен ни один абзац документа</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="419"/>
        <source>The document has %1 paragraphs but the release has %2 rows: they were paired with the %3 text by length and numbers; check the tinted rows.</source>
        <translation>В документе абзацев: %1, а в релизе строк: %2. Абзацы сопоставлены с текстом столбца «%3» по длине и числам; проверьте выделенные цветом строки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="433"/>
        <source>From the document (%1)</source>
        <translation>Из документа (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="454"/>
        <source>Replaces: %1</source>
        <translation>Заменяет: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="458"/>
        <source>%1 rows into %2 rows, in %3 columns: %4 cells changed, %5 new rows.</source>
        <translation>%1 строк в %2 строк, в %3 столбцах: изменено ячеек — %4, новых строк — %5.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="478"/>
        <source>another language</source>
        <translation>другой язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="479"/>
        <source>The text looks %1, but it is going into the %2 column.</source>
        <translation>Текст похож на %1, но импортируется в столбец «%2».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="485"/>
        <source>Paragraphs %1 do not look %2.</source>
        <translation>Абзацы %1 не похожи на %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="487"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 paragraphs were added as new rows; check the alignment.</source>
        <translation>В документе абзацев: %1, а в релизе строк: %2; последние абзацы (%3) добавлены новыми строками — проверьте выравнивание.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="492"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 rows get no %4 text from it.</source>
        <translation>В документе абзацев: %1, а в релизе строк: %2; последние строки (%3) не получат из него текст в столбце «%4».</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="28"/>
        <source>Import Glossary</source>
        <translation>Импорт глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="31"/>
        <source>%1: %2 new entries, %3 existing entries completed, %4 skipped.</source>
        <translation>%1: новых статей — %2, дополнено существующих — %3, пропущено — %4.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="35"/>
        <source>Ignored (not Chinese, English or Russian): %1.</source>
        <translation>Пропущено (не китайский, английский или русский): %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="46"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>KeyboardFlow</name>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="85"/>
        <source>&amp;Confirm (%1) and Go to Next</source>
        <translation>&amp;Подтвердить (%1) и перейти дальше</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="86"/>
        <source>Next &amp;Unconfirmed Cell</source>
        <translation>Следующая &amp;неподтверждённая ячейка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="87"/>
        <source>Next &amp;Empty Cell</source>
        <translation>Следующая &amp;пустая ячейка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="88"/>
        <source>Next Quality &amp;Problem</source>
        <translation>Следующая про&amp;блема качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="89"/>
        <source>Previous Quality P&amp;roblem</source>
        <translation>Пред&amp;ыдущая проблема качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="90"/>
        <source>&amp;Go to Segment…</source>
        <translation>П&amp;ерейти к сегменту…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="91"/>
        <source>Cop&amp;y Source to Target</source>
        <translation>Скопировать ис&amp;ходный текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="93"/>
        <source>Insert Term %1</source>
        <translation>Вставить термин %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="94"/>
        <source>&amp;Go To</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="95"/>
        <source>Insert Glossary &amp;Term</source>
        <translation>Вставить &amp;термин</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="132"/>
        <source>No more cells to go to in this column.</source>
        <translation>В этом столбце больше некуда переходить.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="159"/>
        <source>Go to Segment</source>
        <translation>Переход к сегменту</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="160"/>
        <source>Segment (1–%1):</source>
        <translation>Сегмент (1–%1):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="180"/>
        <source>No quality problems to go to.</source>
        <translation>Проблем качества нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="220"/>
        <source>The other cells of this row are empty: nothing to copy.</source>
        <translation>Остальные ячейки строки пусты: копировать нечего.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="224"/>
        <source>Copy source to target</source>
        <translation>Копирование исходного текста</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="249"/>
        <source>The source has no term %1.</source>
        <translation>В исходном тексте нет термина %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="18"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="20"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="74"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="75"/>
        <source>machine</source>
        <translation>машинный</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="76"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="77"/>
        <source>reviewed</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="78"/>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="85"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="86"/>
        <source>subheadline</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="87"/>
        <source>dateline</source>
        <translation>дата и место</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="88"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="89"/>
        <source>body</source>
        <translation>основной текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="90"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="91"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="92"/>
        <source>contact</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="93"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="102"/>
        <source>machine translation from %1</source>
        <translation>машинный перевод, исходный язык — %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="105"/>
        <source>translation memory from %1</source>
        <translation>из памяти переводов, исходный язык — %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="107"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="111"/>
        <source>typed, based on %1</source>
        <translation>введено вручную, по тексту: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="112"/>
        <source>typed</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="113"/>
        <source>no text yet</source>
        <translation>текста пока нет</translation>
    </message>
</context>
<context>
    <name>LegendAction</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="147"/>
        <source>Colour &amp;Legend</source>
        <translation>&amp;Легенда цветов</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="98"/>
        <source>Colour Legend</source>
        <translation>Легенда цветов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="99"/>
        <source>Cells</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="100"/>
        <source>Glossary terms in the text</source>
        <translation>Термины глоссария в тексте</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="102"/>
        <source>nothing written yet</source>
        <translation>текста ещё нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="103"/>
        <source>machine translation, not yet checked by a person</source>
        <translation>машинный перевод, человек ещё не проверял</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="104"/>
        <source>typed or imported, not yet reviewed</source>
        <translation>набран или импортирован, ещё не проверен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="105"/>
        <source>reviewed by a translator</source>
        <translation>проверен переводчиком</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="106"/>
        <source>approved for publication</source>
        <translation>утверждён к публикации</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="110"/>
        <source>&lt;b&gt;stale&lt;/b&gt; — the text it was translated from has changed since</source>
        <translation>&lt;b&gt;устарел&lt;/b&gt; — текст, с которого переведено, с тех пор изменился</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="112"/>
        <source>the approved form of an official name or title</source>
        <translation>утверждённая форма официального имени или должности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="113"/>
        <source>an accepted variant: the approved form is preferred</source>
        <translation>допустимый вариант: лучше утверждённая форма</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="114"/>
        <source>a short second reference (a surname alone, “the conference”)</source>
        <translation>краткое повторное упоминание (одна фамилия, «конференция»)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="115"/>
        <source>a forbidden form: replace it with the approved one</source>
        <translation>запрещённая форма: замените утверждённой</translation>
    </message>
</context>
<context>
    <name>MachineTranslationUi</name>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="50"/>
        <source>&amp;Language Packs…</source>
        <translation>&amp;Языковые пакеты…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="51"/>
        <source>Install, remove or download offline translation packs</source>
        <translation>Установка, удаление и загрузка офлайн-пакетов перевода</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="433"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="434"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="435"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="436"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="438"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="439"/>
        <source>&amp;Segment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="440"/>
        <source>R&amp;ole</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="441"/>
        <source>C&amp;ell Status</source>
        <translation>Статус &amp;ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="442"/>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Фильтр строк</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="443"/>
        <source>&amp;Columns</source>
        <translation>С&amp;толбцы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="444"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="445"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="446"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="447"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="448"/>
        <source>&amp;Import Document…</source>
        <translation>&amp;Импортировать документ…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="449"/>
        <source>Release &amp;Title and Date…</source>
        <translation>&amp;Заголовок и дата релиза…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="450"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="451"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="457"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="458"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Найти и &amp;заменить…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="459"/>
        <source>Find Ne&amp;xt</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="460"/>
        <source>Fin&amp;d Previous</source>
        <translation>Найти пред&amp;ыдущее</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="461"/>
        <source>Insert Segment Abo&amp;ve</source>
        <translation>Вставить сегмент в&amp;ыше</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="462"/>
        <source>Insert Segment &amp;Below</source>
        <translation>Вставить сегмент &amp;ниже</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="463"/>
        <source>&amp;Delete Segment</source>
        <translation>Уда&amp;лить сегмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="464"/>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="465"/>
        <source>Move Dow&amp;n</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="466"/>
        <source>S&amp;plit at Cursor</source>
        <translation>Раз&amp;делить по курсору</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="467"/>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="468"/>
        <source>&amp;Approve Cell</source>
        <translation>&amp;Утвердить ячейку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="469"/>
        <source>Approve Ro&amp;w</source>
        <translation>Утвердить стро&amp;ку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="472"/>
        <source>&amp;Machine</source>
        <translation>&amp;Машинный</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="473"/>
        <source>&amp;Draft</source>
        <translation>&amp;Черновик</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="474"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Проверено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="475"/>
        <source>&amp;Approved</source>
        <translation>&amp;Утверждено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="480"/>
        <source>&amp;Headline</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="481"/>
        <source>&amp;Subheadline</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="482"/>
        <source>&amp;Dateline</source>
        <translation>&amp;Дата и место</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="483"/>
        <source>&amp;Lead</source>
        <translation>&amp;Лид</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="484"/>
        <source>&amp;Body</source>
        <translation>&amp;Основной текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="485"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="486"/>
        <source>So&amp;urce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="487"/>
        <source>&amp;Contact</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="488"/>
        <source>&amp;Note</source>
        <translation>П&amp;римечание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="492"/>
        <source>Revision &amp;History…</source>
        <translation>&amp;История правок…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="493"/>
        <source>&amp;Preferences…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="495"/>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="496"/>
        <source>Only empty</source>
        <translation>Только пустые</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="497"/>
        <source>Only stale</source>
        <translation>Только устаревшие</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="498"/>
        <source>Only not approved</source>
        <translation>Только неутверждённые</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="501"/>
        <source>&amp;All rows</source>
        <translation>&amp;Все строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="502"/>
        <source>Only &amp;empty</source>
        <translation>Только &amp;пустые</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="503"/>
        <source>Only &amp;stale</source>
        <translation>Только у&amp;старевшие</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="504"/>
        <source>Only &amp;not approved</source>
        <translation>Только &amp;неутверждённые</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Chinese</source>
        <translation>&amp;Китайский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;English</source>
        <translation>&amp;Английский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Russian</source>
        <translation>&amp;Русский</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="511"/>
        <source>in %1</source>
        <translation>в столбце «%1»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="513"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="514"/>
        <source>Rows shown</source>
        <translation>Показываемые строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="515"/>
        <source>Column the row filter looks at</source>
        <translation>Столбец, по которому отбираются строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="516"/>
        <source>Release: one row per paragraph, one column per language</source>
        <translation>Релиз: строка на абзац, столбец на язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="519"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="520"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="521"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="522"/>
        <source>Suggestions</source>
        <translation>Варианты перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="523"/>
        <source>Quality Checks</source>
        <translation>Проверка качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="525"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="526"/>
        <source>&amp;Suggestions</source>
        <translation>&amp;Варианты перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="527"/>
        <source>&amp;Quality Checks</source>
        <translation>Проверка &amp;качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="528"/>
        <source>&amp;Toolbar</source>
        <translation>Панель &amp;инструментов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="529"/>
        <source>Official names and titles for the current segment appear here.</source>
        <translation>Здесь появятся официальные названия и должности из текущего сегмента.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="530"/>
        <source>Machine-translation suggestions appear here.</source>
        <translation>Здесь появятся варианты машинного перевода.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="531"/>
        <source>Problems found by the quality checks appear here.</source>
        <translation>Здесь появятся ошибки, найденные при проверке качества.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="542"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="561"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="562"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="626"/>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>PressDesk projects (*.pressdesk)</source>
        <translation>Проекты PressDesk (*.pressdesk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="603"/>
        <source>“%1” is in a folder that cannot be written to (a write-protected USB stick, a CD or a read-only network folder).</source>
        <translation>«%1» находится в папке, куда нельзя записывать (защищённая от записи флешка, компакт-диск или сетевая папка только для чтения).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="605"/>
        <source>Read-only folder</source>
        <translation>Папка только для чтения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="609"/>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="627"/>
        <source>“%1” is a document, not a PressDesk project. Start a new release with its text?

To add it to the release you have open as one of its languages, use File ▸ Import Document.</source>
        <translation>«%1» — документ, а не проект PressDesk. Начать новый релиз с его текстом?

Чтобы добавить его в открытый релиз как один из языков, выберите Файл ▸ Импортировать документ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="644"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="646"/>
        <source>“%1” is already open in another PressDesk window since %2.</source>
        <translation>Проект «%1» уже открыт в другом окне PressDesk с %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="648"/>
        <source>“%1” is already open in another PressDesk (process %3, %4) since %2.</source>
        <translation>Проект «%1» уже открыт в другом экземпляре PressDesk (процесс %3, %4) с %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="650"/>
        <source>“%1” is already open in PressDesk on another computer (%4) since %2.</source>
        <translation>Проект «%1» уже открыт в PressDesk на другом компьютере (%4) с %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="655"/>
        <source>Only one window can edit a project at a time: close it there, or open this one read-only.</source>
        <translation>Редактировать проект может только одно окно: закройте его там или откройте здесь только для чтения.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="665"/>
        <source>Project in use</source>
        <translation>Проект уже открыт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="666"/>
        <source>Open it read-only? You can still save your changes under another name.</source>
        <translation>Открыть только для чтения? Изменения можно будет сохранить под другим именем.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="680"/>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="681"/>
        <source>PressDesk was closed without saving “%1”. Changes autosaved at %2 can be restored. Restore them?</source>
        <translation>PressDesk был закрыт без сохранения «%1». Изменения, автоматически сохранённые в %2, можно восстановить. Восстановить?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="756"/>
        <location filename="../desktop_app/ui/main_window.py" line="767"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="927"/>
        <source>A translation memory is being imported; drop %1 again when it has finished</source>
        <translation>Идёт импорт памяти переводов; перетащите %1 ещё раз, когда он завершится</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1074"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="741"/>
        <location filename="../desktop_app/ui/main_window.py" line="762"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="768"/>
        <source>“%1” was not saved. Your changes are still here and kept by autosave: free some space or choose another place with File ▸ Save As.</source>
        <translation>Файл «%1» не сохранён. Ваши изменения на месте и сохраняются автоматически: освободите место на диске или выберите другое место командой Файл ▸ Сохранить как.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="798"/>
        <source>No recent projects</source>
        <translation>Недавних проектов нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="801"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="812"/>
        <source>Project not found</source>
        <translation>Проект не найден</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="809"/>
        <source>“%1” is no longer in %2: it was moved, renamed or deleted. It is taken off the recent list; open it from its new place with File ▸ Open.</source>
        <translation>«%1» больше нет в папке %2: файл перемещён, переименован или удалён. Он убран из списка последних; откройте его на новом месте через «Файл ▸ Открыть».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="825"/>
        <source>Autosaved</source>
        <translation>Автосохранение выполнено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="835"/>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="843"/>
        <source>Import Document</source>
        <translation>Импорт документа</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="844"/>
        <source>Documents (*.docx *.docm *.dotx *.txt *.json)</source>
        <translation>Документы (*.docx *.docm *.dotx *.txt *.json)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="858"/>
        <source>Import into %1</source>
        <translation>Импорт в столбец «%1»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="860"/>
        <source>The release changed while the document was read; import it again</source>
        <translation>Пока документ читался, релиз изменился; импортируйте его ещё раз</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="863"/>
        <source>Imported %n paragraph(s)</source>
        <translation>
            <numerusform>Импортирован %n абзац</numerusform>
            <numerusform>Импортировано %n абзаца</numerusform>
            <numerusform>Импортировано %n абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="865"/>
        <source>Imported %n row(s) into %1</source>
        <translation>
            <numerusform>Импортирована %n строка в столбец «%1»</numerusform>
            <numerusform>Импортированы %n строки в столбец «%1»</numerusform>
            <numerusform>Импортировано %n строк в столбец «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="973"/>
        <source>An empty cell has no status to give: type, paste or translate its text first.</source>
        <translation>Пустой ячейке нельзя присвоить статус: сначала введите, вставьте или переведите её текст.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="985"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1010"/>
        <source>Place the cursor in a cell&apos;s text where it should be split.</source>
        <translation>Поставьте курсор в тексте ячейки там, где её нужно разделить.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1017"/>
        <source>Nothing to split: the cursor is at the start or end of the text.</source>
        <translation>Делить нечего: курсор стоит в начале или в конце текста.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1023"/>
        <source>The last segment has nothing below it to merge with.</source>
        <translation>Под последним сегментом нет сегмента для объединения.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="610"/>
        <source>“%1” was not opened and has not been changed.</source>
        <translation>Файл «%1» не открыт и не изменён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="517"/>
        <source>Next &amp;Panel</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="518"/>
        <source>Pre&amp;vious Panel</source>
        <translation>П&amp;редыдущая панель</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="455"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="456"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>NameAssistant</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="99"/>
        <source>Name assistant</source>
        <translation>Помощник по именам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="100"/>
        <source>Use for English and Russian</source>
        <translation>Использовать для английского и русского</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="141"/>
        <source>Type the name in Chinese characters to get the English (Pinyin) and Russian (Palladius) forms.</source>
        <translation>Введите имя китайскими иероглифами, чтобы получить английскую (пиньинь) и русскую (система Палладия) формы.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="146"/>
        <source>Characters with several readings: choose below.</source>
        <translation>Иероглифы с несколькими чтениями: выберите ниже.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="203"/>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="205"/>
        <source>through English (%1)</source>
        <translation>через английский (%1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="208"/>
        <source>missing: install %1</source>
        <translation>нет пакета: установите %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="225"/>
        <source>Install Language Pack</source>
        <translation>Установка языкового пакета</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="226"/>
        <source>Argos language packs (*.argosmodel);;All files (*)</source>
        <translation>Языковые пакеты Argos (*.argosmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="232"/>
        <source>Installing %1…</source>
        <translation>Установка %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="245"/>
        <source>Remove Language Pack</source>
        <translation>Удаление языкового пакета</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="246"/>
        <source>Remove the %1 language pack?</source>
        <translation>Удалить языковой пакет %1?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="249"/>
        <source>Removing %1…</source>
        <translation>Удаление %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="254"/>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="260"/>
        <source>Reading the package index…</source>
        <translation>Чтение каталога пакетов…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="269"/>
        <source>installed</source>
        <translation>установлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="281"/>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="294"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="321"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="318"/>
        <source>Offline: the package index cannot be reached. Install language packs from .argosmodel files instead (Install from File…).</source>
        <translation>Нет сети: каталог пакетов недоступен. Установите языковые пакеты из файлов .argosmodel («Установить из файла…»).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="323"/>
        <source>Not installed: %1. The installed packs are unchanged.</source>
        <translation>Не установлен: %1. Установленные пакеты не изменились.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="326"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="330"/>
        <source>Language Packs</source>
        <translation>Языковые пакеты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="331"/>
        <source>Installed language packs:</source>
        <translation>Установленные языковые пакеты:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="237"/>
        <source>Installed %1, version %2.</source>
        <translation>Установлен пакет %1, версия %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="274"/>
        <source>%1 packs for Chinese, English and Russian in the index.</source>
        <translation>В каталоге пакетов для китайского, английского и русского: %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="333"/>
        <source>Install from File…</source>
        <translation>Установить из файла…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="334"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="335"/>
        <source>Directions between Chinese, English and Russian:</source>
        <translation>Направления перевода между китайским, английским и русским:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="336"/>
        <source>Argos package index (needs a network):</source>
        <translation>Каталог пакетов Argos (нужна сеть):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="337"/>
        <source>Check the Index</source>
        <translation>Проверить каталог</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="338"/>
        <source>Download and Install</source>
        <translation>Загрузить и установить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="339"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="123"/>
        <location filename="../desktop_app/ui/preferences.py" line="175"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Author (for exported documents):</source>
        <translation>&amp;Автор (для экспортируемых документов):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>&amp;End mark:</source>
        <translation>&amp;Знак конца:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>Ctrl+Enter &amp;marks a cell:</source>
        <translation>Ctrl+Enter &amp;отмечает ячейку как:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Auto&amp;save every:</source>
        <translation>Автосохранение &amp;каждые:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Machine &amp;translation:</source>
        <translation>Машинный &amp;перевод:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="127"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Столбцы:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="130"/>
        <source>### (international)</source>
        <translation>### (международный)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="131"/>
        <source>Native: 完 in Chinese, *** in Russian</source>
        <translation>Национальный: 完 в китайском, *** в русском</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="134"/>
        <source>Draft (fast)</source>
        <translation>Черновик (быстро)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="135"/>
        <source>Best (beam search, about 3× slower)</source>
        <translation>Наилучший (лучевой поиск, примерно в 3 раза медленнее)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="136"/>
        <source>How suggestions and Translate Column decode: draft picks the likeliest word at each step; best compares four candidates.</source>
        <translation>Как декодируются подсказки и «Перевести столбец»: черновик на каждом шаге берёт самое вероятное слово, наилучший сравнивает четыре варианта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="138"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="142"/>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="143"/>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="144"/>
        <source>Unticked languages are hidden from the grid; at least one stays visible.</source>
        <translation>Языки без галочки скрыты в таблице; хотя бы один остаётся видимым.</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="24"/>
        <source>no {lang} text (filled in: {others})</source>
        <translation>нет текста на языке «{lang}» (заполнено: {others})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="25"/>
        <source>identical to the {other} text: not translated</source>
        <translation>совпадает с текстом на языке «{other}»: не переведено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="26"/>
        <source>written in {detected}, not {lang}</source>
        <translation>написано на языке «{detected}», а не «{lang}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="27"/>
        <source>the {source} text has changed since this was translated from it</source>
        <translation>текст на языке «{source}» изменился после перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="28"/>
        <source>much shorter than the other versions ({ratio}× shorter): text may be missing</source>
        <translation>намного короче других версий (в {ratio} раза): возможно, пропущен текст</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="30"/>
        <source>much longer than the other versions ({ratio}× longer): text may be repeated</source>
        <translation>намного длиннее других версий (в {ratio} раза): возможно, текст повторяется</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="32"/>
        <source>{value} is missing here ({where})</source>
        <translation>здесь нет {value} ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="33"/>
        <source>“{text}” ({value}) does not appear in the {langs} text</source>
        <translation>«{text}» ({value}) нет в тексте на языке «{langs}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="34"/>
        <source>“{text}”: the other versions say {said} {value}</source>
        <translation>«{text}»: в других версиях — {said} {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="35"/>
        <source>the date {dates} is missing here ({where})</source>
        <translation>здесь нет даты {dates} ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="36"/>
        <source>“{text}” here, but {dates} in the other versions ({where})</source>
        <translation>Здесь «{text}», а в других версиях {dates} ({where})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="38"/>
        <source>“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})</source>
        <translation>«{text}» ({date}) — не тот день, что в тексте ({lang}): «{other_text}» ({other_date})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="40"/>
        <source>“{text}”: {date} is a {weekday}</source>
        <translation>«{text}»: {date} — {weekday}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="41"/>
        <source>“{text}” is not to be used: use “{approved}”</source>
        <translation>«{text}» использовать нельзя: пишите «{approved}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="42"/>
        <source>“{text}” is not to be used</source>
        <translation>«{text}» использовать нельзя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="43"/>
        <source>“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})</source>
        <translation>«{text}» не действует на {date} (глоссарий: с {valid_from} по {valid_to})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="45"/>
        <source>“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant</source>
        <translation>у «{text}» ({lang}) здесь нет соответствия: ожидалось «{approved}» или допустимый вариант</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="47"/>
        <source>“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short form or a reference to it</source>
        <translation>у «{text}» ({lang}) нет соответствия в этом абзаце: ожидалось «{approved}», краткая форма или ссылка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="50"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”</source>
        <translation>«{text}» ({lang}) нигде не названо в тексте на языке «{version}»: ожидалось «{approved}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="52"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text</source>
        <translation>«{text}» ({lang}) нигде не назван в тексте на языке: {version}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="53"/>
        <source>“{text}” is not how this person is named: “{approved}”</source>
        <translation>«{text}» — неверное имя этого человека: «{approved}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="55"/>
        <source>“{text}” is a given name alone, read as a surname: “{approved}”</source>
        <translation>«{text}» — одно имя без фамилии, прочитанное как фамилия: «{approved}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="57"/>
        <source>“{text}” appears only here: the {langs} text names no counterpart</source>
        <translation>«{text}» есть только здесь: в тексте на языке «{langs}» соответствия нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="59"/>
        <source>“{text}” is a different body from “{other_text}” in the {langs} text</source>
        <translation>«{text}» — другая организация, чем «{other_text}» в тексте на языке «{langs}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="61"/>
        <source>{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”</source>
        <translation>{name} не занимал(а) должность «{title}» {date} (срок: {period}); в тот день: «{current}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="63"/>
        <source>{name} did not hold “{title}” on {date} (held {period})</source>
        <translation>{name} не занимал(а) должность «{title}» {date} (срок: {period})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="65"/>
        <source>{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”</source>
        <translation>{name} не занимал должность «{title}» на {date}, её занимал(а) {holders}; на эту дату: «{current}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="67"/>
        <source>on {date} “{title}” was held by {holders}</source>
        <translation>{date} должность «{title}» занимал(а) {holders}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="68"/>
        <source>half-width {name} “{char}” in Chinese text: use “{full}”</source>
        <translation>полуширинный знак ({name}) «{char}» в китайском тексте: нужен «{full}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="70"/>
        <source>straight quotes &quot; in Chinese text: use “ ”</source>
        <translation>прямые кавычки &quot; в китайском тексте: нужны “ ”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="71"/>
        <source>“{text}”: a full stop parts the halves of the name: use “·”</source>
        <translation>«{text}»: половины имени разделены точкой: нужна «·»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="73"/>
        <source>space between Chinese characters</source>
        <translation>пробел между китайскими иероглифами</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="74"/>
        <source>Chinese {name} “{char}” in {lang} text</source>
        <translation>китайский знак ({name}) «{char}» в тексте на языке «{lang}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="75"/>
        <source>space before punctuation</source>
        <translation>пробел перед знаком препинания</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="76"/>
        <source>no space after punctuation between words</source>
        <translation>нет пробела после знака препинания между словами</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="78"/>
        <source>Russian text should use quotes «…» (and „…“ inside them)</source>
        <translation>в русском тексте нужны кавычки «…» (внутри — „…“)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="79"/>
        <source>unbalanced brackets {pair}</source>
        <translation>непарные скобки {pair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="80"/>
        <source>unbalanced quotes {pair}</source>
        <translation>непарные кавычки {pair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="81"/>
        <source>doubled space</source>
        <translation>двойной пробел</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="82"/>
        <source>{count} control or text-direction character(s) ({names})</source>
        <translation>управляющие символы или символы направления текста: {count} ({names})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="84"/>
        <source>{count} invisible character(s) ({names})</source>
        <translation>невидимые символы: {count} ({names})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="85"/>
        <source>“{word}” mixes alphabets: {letters} in a Cyrillic word</source>
        <translation>«{word}»: смешаны алфавиты — {letters} в слове на кириллице</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="86"/>
        <source>“{word}” mixes alphabets: {letters} in a Latin-alphabet word</source>
        <translation>«{word}»: смешаны алфавиты — {letters} в слове на латинице</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="88"/>
        <source>“{text}”: “{letter}” ({name}) among words of another alphabet</source>
        <translation>«{text}»: «{letter}» ({name}) среди слов другого алфавита</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="90"/>
        <source>“{word}” is not in the dictionary: a spelling mistake?</source>
        <translation>«{word}» нет в словаре: опечатка?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="94"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="95"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="96"/>
        <source>colon</source>
        <translation>двоеточие</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="97"/>
        <source>question mark</source>
        <translation>вопросительный знак</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="98"/>
        <source>exclamation mark</source>
        <translation>восклицательный знак</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="99"/>
        <source>bracket</source>
        <translation>скобка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="100"/>
        <source>full stop</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="101"/>
        <source>enumeration comma</source>
        <translation>перечислительная запятая</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="102"/>
        <source>and</source>
        <translation>и</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="71"/>
        <source>Missing text</source>
        <translation>Нет текста</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="72"/>
        <source>Not translated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="73"/>
        <source>Out of date</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="74"/>
        <source>Numbers and dates</source>
        <translation>Числа и даты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="75"/>
        <source>Glossary terms</source>
        <translation>Термины глоссария</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="76"/>
        <source>Forbidden forms</source>
        <translation>Запрещённые формы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="77"/>
        <source>Titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="78"/>
        <source>Punctuation</source>
        <translation>Пунктуация</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="79"/>
        <source>Spacing</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="80"/>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="81"/>
        <source>Invisible characters</source>
        <translation>Невидимые символы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="82"/>
        <source>Mixed alphabets</source>
        <translation>Смешанные алфавиты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="83"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="259"/>
        <source>Check All</source>
        <translation>Проверить всё</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="260"/>
        <source>Run every quality check on the whole release (F7)</source>
        <translation>Выполнить все проверки качества для всего релиза (F7)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="261"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="264"/>
        <source>All findings</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="265"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="266"/>
        <source>Warnings only</source>
        <translation>Только предупреждения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="267"/>
        <source>Style notes only</source>
        <translation>Только стиль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="268"/>
        <source>By kind</source>
        <translation>По типу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="269"/>
        <source>Language of the findings</source>
        <translation>Язык замечаний</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="270"/>
        <source>Findings shown</source>
        <translation>Показываемые замечания</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="271"/>
        <source>Group findings</source>
        <translation>Группировка замечаний</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="272"/>
        <source>Quality findings</source>
        <translation>Замечания проверки качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="273"/>
        <source>By segment</source>
        <translation>По сегментам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="274"/>
        <source>Show ignored</source>
        <translation>Показывать пропущенные</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="275"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="576"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="325"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="329"/>
        <source>Checking… %1%</source>
        <translation>Проверка… %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="386"/>
        <source>The checks could not run: %1</source>
        <translation>Проверки не удалось выполнить: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="516"/>
        <source>The text has changed since the check: check again.</source>
        <translation>Текст изменился после проверки: проверьте снова.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="519"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="575"/>
        <source>Fix: %1</source>
        <translation>Исправление: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="562"/>
        <source>Fix all: %1</source>
        <translation>Исправить все: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="563"/>
        <source>Fixed %n finding(s).</source>
        <translation>
            <numerusform>Исправлена %n находка.</numerusform>
            <numerusform>Исправлены %n находки.</numerusform>
            <numerusform>Исправлено %n находок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="574"/>
        <source>Go to Cell</source>
        <translation>Перейти к ячейке</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="580"/>
        <source>Fix All %n Like This</source>
        <translation>
            <numerusform>Исправить все такие (%n)</numerusform>
            <numerusform>Исправить все такие (%n)</numerusform>
            <numerusform>Исправить все такие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="607"/>
        <source>Could not save the ignored finding: %1</source>
        <translation>Не удалось сохранить пропущенное замечание: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="721"/>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="738"/>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="758"/>
        <source>Not checked yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="760"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="761"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Ошибок: %1, предупреждений: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="763"/>
        <source>(%1 ignored)</source>
        <translation>(пропущено: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="765"/>
        <source>(checked without the glossary: %1)</source>
        <translation>(проверено без глоссария: %1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Stop Ignoring</source>
        <translation>Больше не пропускать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>QualityChecksUi</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="829"/>
        <source>QA: errors %1, warnings %2</source>
        <translation>Проверка: ошибок %1, предупреждений %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="832"/>
        <source>QA: not checked yet</source>
        <translation>Проверка: ещё не выполнялась</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="833"/>
        <source>Show the quality checks</source>
        <translation>Показать проверку качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="836"/>
        <source>Run &amp;Quality Checks</source>
        <translation>Выполнить проверку &amp;качества</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="837"/>
        <source>Check numbers, dates, names, titles and punctuation in all three languages</source>
        <translation>Проверить числа, даты, имена, должности и пунктуацию на всех трёх языках</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="244"/>
        <source>Stale: the %1 text changed since this was made</source>
        <translation>Устарело: текст на языке «%1» изменился после создания перевода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="248"/>
        <source>Last saved revisions:</source>
        <translation>Последние сохранённые версии:</translation>
    </message>
</context>
<context>
    <name>ReleasePropertiesDialog</name>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="38"/>
        <source>Release Properties</source>
        <translation>Свойства релиза</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="39"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="40"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>SegmentComments</name>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="37"/>
        <source>Comment on Paragraph %1</source>
        <translation>Комментарий к абзацу %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="38"/>
        <source>A note for the team (exported in the review layout):</source>
        <translation>Заметка для коллег (попадает в таблицу для проверки):</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="43"/>
        <source>&amp;Comment…</source>
        <translation>Ко&amp;мментарий…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="44"/>
        <source>A note about this paragraph for the team, exported in the review layout</source>
        <translation>Заметка об этом абзаце для коллег; попадает в таблицу для проверки</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="193"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="196"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="220"/>
        <source>Cell editor</source>
        <translation>Редактор ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="221"/>
        <source>Start editing the cell</source>
        <translation>Начать правку ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="222"/>
        <source>Line break</source>
        <translation>Перевод строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="223"/>
        <source>Next / previous language</source>
        <translation>Следующий / предыдущий язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="224"/>
        <source>Undo the editing of this cell</source>
        <translation>Отменить правку этой ячейки</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="289"/>
        <source>%1 (person&apos;s text)</source>
        <translation>%1 (текст человека)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="345"/>
        <source>Select a cell to see suggestions.</source>
        <translation>Выберите ячейку, чтобы увидеть варианты.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="350"/>
        <source>Translation memory</source>
        <translation>Память переводов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="77"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="79"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="80"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="324"/>
        <source>Ctrl+%1 or a double-click inserts this suggestion</source>
        <translation>Ctrl+%1 или двойной щелчок вставляет этот вариант</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="330"/>
        <source>confidence: %1</source>
        <translation>уверенность: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="332"/>
        <source>names and titles kept: %1 of %2</source>
        <translation>имена и должности сохранены: %1 из %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="335"/>
        <source>re-inserted: %1</source>
        <translation>вставлено заново: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="348"/>
        <source>Suggestions for the %1 text</source>
        <translation>Варианты для текста: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="353"/>
        <source>%1% match with the %2 text of a translated paragraph</source>
        <translation>совпадение %1% с текстом переведённого абзаца (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="357"/>
        <source>Its source: %1</source>
        <translation>Его исходный текст: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="363"/>
        <source>Machine translation from %1 (%2)</source>
        <translation>Машинный перевод, исходный язык: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="374"/>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="393"/>
        <source>Machine translation failed: %1</source>
        <translation>Машинный перевод не удался: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="376"/>
        <source>Translating… (the first request loads the translation engine)</source>
        <translation>Перевод… (первый запрос загружает модуль перевода)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="380"/>
        <source>Nothing to translate from: the other cells of this row are empty.</source>
        <translation>Переводить не с чего: остальные ячейки строки пусты.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="382"/>
        <source>Ctrl+1…9 or a double-click inserts a suggestion.</source>
        <translation>Ctrl+1…9 или двойной щелчок вставляет вариант.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="390"/>
        <source>No language pack for %1: install %2.</source>
        <translation>Нет языкового пакета %1: установите %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="402"/>
        <source>No language pack is installed, so there are no machine translations. Editing, the glossary, checks and export work without one.</source>
        <translation>Языковые пакеты не установлены, поэтому машинного перевода нет. Редактирование, глоссарий, проверки и экспорт работают и без них.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="428"/>
        <source>Install a &amp;Language Pack…</source>
        <translation>Установить &amp;языковой пакет…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="430"/>
        <source>Insert Suggestion %1</source>
        <translation>Вставить вариант %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="424"/>
        <source>Insert suggestion %1</source>
        <translation>Вставить вариант %1</translation>
    </message>
</context>
<context>
    <name>TeamGlossaryLink</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="330"/>
        <source>Shared glossary: connecting…</source>
        <translation>Общий глоссарий: подключение…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="332"/>
        <source>Shared glossary</source>
        <translation>Общий глоссарий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="334"/>
        <source>Shared glossary offline: not reached yet, and this desk has no copy of it</source>
        <translation>Общий глоссарий недоступен: подключиться пока не удалось, а копии на этом рабочем месте нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="337"/>
        <source>Shared glossary offline: working from the last copy; %n edit(s) queued</source>
        <translation>
            <numerusform>Общий глоссарий недоступен: работа с последней копией; в очереди %n правка</numerusform>
            <numerusform>Общий глоссарий недоступен: работа с последней копией; в очереди %n правки</numerusform>
            <numerusform>Общий глоссарий недоступен: работа с последней копией; в очереди %n правок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="343"/>
        <source>%n edit(s) wait for another shared glossary</source>
        <translation>
            <numerusform>%n правка ждёт другой общий глоссарий</numerusform>
            <numerusform>%n правки ждут другой общий глоссарий</numerusform>
            <numerusform>%n правок ждут другой общий глоссарий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="344"/>
        <source>%n edit(s) typed offline wait for %1 (sent when this desk uses it again)</source>
        <translation>
            <numerusform>%n правка, сделанная без связи, ждёт глоссарий %1 (будет отправлена, когда этот стол снова его выберет)</numerusform>
            <numerusform>%n правки, сделанные без связи, ждут глоссарий %1 (будут отправлены, когда этот стол снова его выберет)</numerusform>
            <numerusform>%n правок, сделанных без связи, ждут глоссарий %1 (будут отправлены, когда этот стол снова его выберет)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamGroup</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="229"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared glossary:</source>
        <translation>Общий глоссарий:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared memory:</source>
        <translation>Общая память переводов:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>MT server:</source>
        <translation>Сервер МП:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="231"/>
        <source>MT server key:</source>
        <translation>Ключ сервера МП:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="235"/>
        <source>postgresql://user@server/pressdesk — empty: this desk&apos;s own</source>
        <translation>postgresql://user@server/pressdesk — пусто: собственный на этом рабочем месте</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="236"/>
        <source>http://server:5000 — empty: the installed language packs</source>
        <translation>http://server:5000 — пусто: установленные языковые пакеты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="237"/>
        <source>The shared glossary and memory are used at once; a new MT server when PressDesk is next started.</source>
        <translation>Общий глоссарий и память переводов применяются сразу, новый сервер машинного перевода — при следующем запуске PressDesk.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="250"/>
        <source>A shared glossary or memory is a PostgreSQL URL starting with postgresql://</source>
        <translation>Общий глоссарий или память — это адрес PostgreSQL, начинающийся с postgresql://</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="253"/>
        <source>The MT server is a LibreTranslate URL starting with http:// or https://</source>
        <translation>Сервер МП — это адрес LibreTranslate, начинающийся с http:// или https://</translation>
    </message>
</context>
<context>
    <name>TermFromSelection</name>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="36"/>
        <source>Select a name or term in a cell to add it to the glossary.</source>
        <translation>Выделите имя или термин в ячейке, чтобы добавить его в глоссарий.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="49"/>
        <source>Add Select&amp;ion to Glossary…</source>
        <translation>Добавить выделенное в &amp;глоссарий…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="50"/>
        <source>A new glossary entry from the selected text, prefilled in all three languages</source>
        <translation>Новая запись глоссария из выделенного текста, заполненная на всех трёх языках</translation>
    </message>
</context>
<context>
    <name>TermHighlighter</name>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="273"/>
        <source>forbidden form</source>
        <translation>запрещённая форма</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="274"/>
        <source>short form (a second reference)</source>
        <translation>краткая форма (повторное упоминание)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="275"/>
        <source>accepted variant</source>
        <translation>допустимый вариант</translation>
    </message>
</context>
<context>
    <name>TranslateAllController</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="120"/>
        <source>&amp;Translate Column…</source>
        <translation>&amp;Перевести столбец…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="121"/>
        <source>Machine-translate the empty cells of a column in the background</source>
        <translation>Машинный перевод пустых ячеек столбца в фоновом режиме</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="161"/>
        <location filename="../desktop_app/ui/translate_all.py" line="169"/>
        <location filename="../desktop_app/ui/translate_all.py" line="187"/>
        <location filename="../desktop_app/ui/translate_all.py" line="225"/>
        <source>Translate Column</source>
        <translation>Перевод столбца</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="162"/>
        <source>Nothing to translate into %1: no selected or empty cell has a source text that an installed language pack can translate (Tools ▸ Language Packs).</source>
        <translation>Нечего переводить на %1: ни в одной выбранной или пустой ячейке нет исходного текста, который может перевести установленный языковой пакет (Инструменты ▸ Языковые пакеты).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Loading the translation engine…</source>
        <translation>Загрузка движка перевода…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="188"/>
        <source>No language pack is installed, so nothing can be machine-translated yet. Language packs are files ending in .argosmodel; install one now?</source>
        <translation>Не установлен ни один языковой пакет, поэтому машинный перевод пока невозможен. Языковые пакеты — это файлы с расширением .argosmodel; установить пакет сейчас?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="201"/>
        <source>Translating… %1% done, about %2 s left</source>
        <translation>Перевод… выполнено %1%, осталось около %2 с</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="204"/>
        <source>Translating… %1% done</source>
        <translation>Перевод… выполнено %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="226"/>
        <source>Machine translation failed: %1</source>
        <translation>Ошибка машинного перевода: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="245"/>
        <source>Filling in %1 cells…</source>
        <translation>Заполнение ячеек: %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="250"/>
        <source>Translate %1 cells into %2</source>
        <translation>Перевести ячейки (%1) на %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="257"/>
        <source>Machine translation</source>
        <translation>Машинный перевод</translation>
    </message>
</context>
<context>
    <name>TranslateColumnDialog</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="67"/>
        <source>Automatic (a filled column with a direct pack first)</source>
        <translation>Автоматически (сначала заполненный столбец с прямым пакетом)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="70"/>
        <source>Empty and machine-made cells of the column</source>
        <translation>Пустые и машинные ячейки столбца</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="71"/>
        <source>Selected cells only</source>
        <translation>Только выбранные ячейки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="78"/>
        <source>Translate into:</source>
        <translation>Перевести на:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="79"/>
        <source>From:</source>
        <translation>С языка:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="80"/>
        <source>Cells:</source>
        <translation>Ячейки:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="88"/>
        <source>Translate Column</source>
        <translation>Перевод столбца</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryActions</name>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="83"/>
        <source>Import Translation &amp;Memory (TMX)…</source>
        <translation>&amp;Импорт памяти переводов (TMX)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="85"/>
        <source>Add the Chinese, English and Russian translations of a TMX file to the translation memory</source>
        <translation>Добавить китайские, английские и русские переводы из файла TMX в память переводов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="99"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="111"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="143"/>
        <source>Import Translation Memory</source>
        <translation>Импорт памяти переводов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="100"/>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Файлы TMX (*.tmx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="127"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="137"/>
        <source>%1: %2 translation pairs added, %3 already in the translation memory.</source>
        <translation>%1: добавлено пар перевода — %2, уже были в памяти переводов — %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="141"/>
        <source>%n unit(s) skipped.</source>
        <translation>
            <numerusform>Пропущена %n единица.</numerusform>
            <numerusform>Пропущено %n единицы.</numerusform>
            <numerusform>Пропущено %n единиц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="152"/>
        <source>Cannot import the translation memory</source>
        <translation>Не удаётся импортировать память переводов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="153"/>
        <source>%1

The translation memory is unchanged.</source>
        <translation>%1

Память переводов не изменилась.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="184"/>
        <source>%n approved translation(s) added to the translation memory</source>
        <translation>
            <numerusform>В память переводов добавлен %n утверждённый перевод</numerusform>
            <numerusform>В память переводов добавлено %n утверждённых перевода</numerusform>
            <numerusform>В память переводов добавлено %n утверждённых переводов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="190"/>
        <source>The translation memory could not be updated: %1</source>
        <translation>Не удалось обновить память переводов: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="126"/>
        <source>%1 User Guide</source>
        <translation>Руководство пользователя %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="139"/>
        <source>The window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="140"/>
        <source>Each row of the grid is one paragraph of the release; the columns are its Chinese, English and Russian versions. The Glossary and Suggestions panels on the right follow the cell you are in; Quality Checks at the bottom list problems in the whole release. Panels can be moved, closed and reopened from the View menu.</source>
        <translation>Каждая строка таблицы — один абзац релиза, столбцы — его китайская, английская и русская версии. Панели «Глоссарий» и «Варианты перевода» справа следуют за текущей ячейкой; «Проверка качества» внизу перечисляет ошибки во всём релизе. Панели можно перемещать, закрывать и снова открывать из меню «Вид».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="144"/>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="150"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="151"/>
        <source>File ▸ Import Document reads a Word (.docx), plain-text or JSON file into one language column, paragraph by paragraph. A preview shows how the paragraphs line up with the existing rows before anything changes; nothing is ever dropped.</source>
        <translation>«Файл ▸ Импортировать документ» читает файл Word (.docx), обычный текст или JSON в столбец одного языка, абзац за абзацем. Перед любыми изменениями предпросмотр показывает, как абзацы ложатся на существующие строки; текст никогда не теряется.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="154"/>
        <source>Files can also be dragged onto the window: a document onto a language column, a project to open it, a glossary onto the Glossary panel.</source>
        <translation>Файлы можно также перетаскивать в окно: документ — на столбец языка, проект — чтобы открыть его, глоссарий — на панель «Глоссарий».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="156"/>
        <source>The glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="161"/>
        <source>Machine translation</source>
        <translation>Машинный перевод</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="162"/>
        <source>Suggestions are computed on this computer from offline language packs (.argosmodel). Install packs once with Tools ▸ Language Packs or with “pressdesk packs install FILE”; Chinese–Russian goes through English when there is no direct pack. Glossary terms are kept in their approved form. Packs are optional: everything else works without them.</source>
        <translation>Варианты перевода вычисляются на этом компьютере с помощью офлайн-пакетов (.argosmodel). Пакеты устанавливаются один раз через «Инструменты ▸ Языковые пакеты» или командой «pressdesk packs install FILE»; если прямого китайско-русского пакета нет, перевод идёт через английский. Термины глоссария сохраняются в утверждённой форме. Пакеты не обязательны: всё остальное работает и без них.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="166"/>
        <source>Checking and exporting</source>
        <translation>Проверка и экспорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="167"/>
        <source>Quality checks compare numbers, dates, punctuation and glossary terms across the three versions. File ▸ Export writes Word documents per language or side by side, with the right fonts and language tags.</source>
        <translation>Проверка качества сравнивает числа, даты, пунктуацию и термины глоссария во всех трёх версиях. «Файл ▸ Экспорт» создаёт документы Word по языкам или в параллельном виде, с нужными шрифтами и языковыми метками.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="170"/>
        <source>Saving and recovery</source>
        <translation>Сохранение и восстановление</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="180"/>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="181"/>
        <source>“pressdesk --help” lists the commands for batch work (import, glossary, translation, export) over the same projects.</source>
        <translation>«pressdesk --help» выводит список команд для пакетной работы (импорт, глоссарий, перевод, экспорт) с теми же проектами.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="176"/>
        <source>Without a mouse</source>
        <translation>Без мыши</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Double-click a cell or press F2 to edit it; Enter inserts a line break and Tab moves to the next language. Every change can be undone. A cell is a draft when typed, reviewed or approved when you mark it so (Edit ▸ Approve Cell), and stale when its source text changed afterwards. Edit ▸ Segment inserts, deletes, moves, splits and merges rows. Text of several paragraphs pasted into an empty cell can go into a row each, from that row down.</source>
        <translation>Чтобы редактировать ячейку, дважды щёлкните её или нажмите F2; Enter переносит строку, Tab переходит к следующему языку. Любое изменение можно отменить. Введённая вручную ячейка — черновик; проверенной или утверждённой она становится, когда вы её так отмечаете (Правка ▸ Утвердить ячейку), а устаревшей — когда её исходный текст изменился позже. Меню «Правка ▸ Сегмент» вставляет, удаляет, перемещает, разделяет и объединяет строки. Текст из нескольких абзацев, вставленный в пустую ячейку, можно разложить по строкам, начиная с этой.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="157"/>
        <source>The glossary holds the approved form of each official name and title in all three languages, accepted variants and forbidden forms. Russian names are recognised in any case ending. Glossaries can be imported from CSV, TBX and OmegaT files. Ctrl+Z in the Glossary panel takes back the last entry added, edited or deleted there.</source>
        <translation>Глоссарий хранит утверждённую форму каждого официального названия и должности на всех трёх языках, допустимые варианты и запрещённые формы. Русские названия распознаются в любом падеже. Глоссарии можно импортировать из файлов CSV, TBX и OmegaT. Ctrl+Z в панели «Глоссарий» отменяет последнее добавление, изменение или удаление записи в ней.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="171"/>
        <source>A project (.pressdesk) keeps the release and the history of every cell. Unsaved work is autosaved into the project a moment after you stop typing; after a crash PressDesk offers to restore it. A project open in one window cannot be edited in another at the same time: the second one offers a read-only copy.</source>
        <translation>Проект (.pressdesk) хранит релиз и историю каждой ячейки. Несохранённая работа автоматически сохраняется в проект, как только вы перестаёте печатать; после сбоя PressDesk предложит её восстановить. Проект, открытый в одном окне, нельзя одновременно редактировать в другом: второе окно предложит копию только для чтения.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="177"/>
        <source>Alt and an underlined letter open a menu and choose in it. F6 and Shift+F6 move between the grid, the panels (glossary, suggestions, quality checks) and the row filter in the toolbar; in each, Tab goes from field to field. Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Alt и подчёркнутая буква открывают меню и выбирают в нём команду. F6 и Shift+F6 переводят фокус между таблицей, панелями (глоссарий, варианты перевода, проверка качества) и фильтром строк на панели инструментов; внутри каждой Tab переходит от поля к полю. Все сочетания клавиш перечислены в «Справка ▸ Сочетания клавиш».</translation>
    </message>
</context>
</TS>
