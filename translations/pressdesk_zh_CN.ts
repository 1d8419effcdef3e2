<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="240"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="242"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="263"/>
        <source>Edit one press release in Chinese, English and Russian side by side, with an official-names glossary and offline machine translation.</source>
        <translation>以中文、英文和俄文对照编辑同一篇新闻稿，配有官方名称术语表和离线机器翻译。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="282"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="284"/>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="302"/>
        <source>Language pack %1</source>
        <translation>语言包 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>Language packs</source>
        <translation>语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="304"/>
        <source>none installed (not needed for editing)</source>
        <translation>未安装（编辑时不需要）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="305"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="306"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="483"/>
        <source>Paste Paragraphs</source>
        <translation>粘贴段落</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/cell_delegate.py" line="484"/>
        <source>The clipboard holds %n paragraph(s). Put each into a row of its own, from this row down?

No pastes them all into this one cell.</source>
        <translation>
            <numerusform>剪贴板中有 %n 个段落。是否从本行起每段各占一行？

选择“否”则全部粘贴到这一个单元格中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="285"/>
        <source>Text too long for one cell</source>
        <translation>文本太长，无法放入一个单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/cell_delegate.py" line="286"/>
        <source>The clipboard holds %1 characters; one cell takes at most %2. To bring in a whole document, use File ▸ Import Document, which splits it into paragraphs.</source>
        <translation>剪贴板中有 %1 个字符，而一个单元格最多容纳 %2 个。要导入整篇文档，请使用“文件 ▸ 导入文档”，它会将文档拆分为段落。</translation>
    </message>
</context>
<context>
    <name>ConcordanceAction</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="218"/>
        <source>Co&amp;ncordance…</source>
        <translation>检索译例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="219"/>
        <source>How a phrase was translated before, in the memory and in this release</source>
        <translation>查看某个短语以前在翻译记忆库和本稿中的译法</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="109"/>
        <source>Concordance</source>
        <translation>检索译例</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="110"/>
        <source>&amp;Search for:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="111"/>
        <source>&amp;In the text in:</source>
        <translation>所在语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Found in</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="114"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="115"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="137"/>
        <source>this release, paragraph %1</source>
        <translation>本稿，第 %1 段</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="146"/>
        <source>Searching the translation memory…</source>
        <translation>正在搜索翻译记忆库…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="153"/>
        <source>translation memory (%1)</source>
        <translation>翻译记忆库（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="169"/>
        <source>Type a phrase to see how it was translated before.</source>
        <translation>输入短语，查看以前的译法。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/concordance.py" line="171"/>
        <source>%n translation(s) found. Double-click one to insert it into the cell.</source>
        <translation>
            <numerusform>找到 %n 条译文。双击一条即可插入单元格。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/concordance.py" line="178"/>
        <source>Open a %1 cell to insert this translation.</source>
        <translation>请打开一个%1单元格以插入此译文。</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../desktop_app/ui/document.py" line="140"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="327"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="381"/>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="394"/>
        <source>Edit text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="407"/>
        <location filename="../desktop_app/ui/document.py" line="414"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="421"/>
        <source>Mark reviewed</source>
        <translation>标记为已审校</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark draft</source>
        <translation>标记为草稿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="422"/>
        <source>Mark machine-made</source>
        <translation>标记为机器翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="423"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="427"/>
        <source>Insert segment</source>
        <translation>插入段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="432"/>
        <source>Delete segments</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="438"/>
        <source>Move segment</source>
        <translation>移动段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="446"/>
        <source>Split segment</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="454"/>
        <source>Merge segments</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="459"/>
        <source>Change role</source>
        <translation>更改段落类型</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="464"/>
        <source>Edit comment</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="468"/>
        <source>Change title and date</source>
        <translation>更改标题和日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/document.py" line="475"/>
        <source>Paste %n paragraph(s)</source>
        <translation>
            <numerusform>粘贴 %n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/document.py" line="484"/>
        <source>Import into %1</source>
        <translation>导入到 %1</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="169"/>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="172"/>
        <source>%1: %2 of %3 paragraphs approved</source>
        <translation>%1：%3 段中已批准 %2 段</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="177"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/status_bar.py" line="178"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="184"/>
        <source>No segment</source>
        <translation>无段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/status_bar.py" line="193"/>
        <source>Segment %1 of %2 · %3</source>
        <translation>第 %1 段，共 %2 段 · %3</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Edit Glossary Entry</source>
        <translation>编辑术语条目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="247"/>
        <source>Add Glossary Entry</source>
        <translation>添加术语条目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Approved form</source>
        <translation>批准形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="248"/>
        <source>Accepted variants (A | B)</source>
        <translation>可接受的变体（A | B）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="249"/>
        <source>Forbidden forms (A | B)</source>
        <translation>禁用形式（A | B）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="250"/>
        <source>Short forms: second references (A | B)</source>
        <translation>简称：再次提及（A | B）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="258"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="259"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="260"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="261"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="262"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="263"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="264"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="265"/>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="266"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，可选</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="267"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="268"/>
        <source>the official site the entry&apos;s facts come from</source>
        <translation>条目信息所依据的官方网站</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="294"/>
        <source>Give the approved form in at least one language.</source>
        <translation>请至少填写一种语言的规范形式。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="298"/>
        <source>The entry cannot be saved:</source>
        <translation>无法保存此条目：</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="64"/>
        <source>%1 — unexpected error</source>
        <translation>%1 — 意外错误</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="74"/>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="75"/>
        <source>Your work was autosaved and PressDesk is still running. If this happens again, please send the details (or the log file) to whoever supports PressDesk in your office.</source>
        <translation>您的工作已自动保存，PressDesk 仍在运行。如果再次出现此问题，请将详细信息（或日志文件）发送给贵单位负责 PressDesk 的技术支持人员。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="79"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="92"/>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Show &amp;Details</source>
        <translation>显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="96"/>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="99"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_dialog.py" line="115"/>
        <source>Hide &amp;Details</source>
        <translation>隐藏详细信息(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="25"/>
        <location filename="../desktop_app/ui/error_messages.py" line="501"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="26"/>
        <source>is not a regular file (a device or a pipe), so it cannot be read</source>
        <translation>不是普通文件（是设备或管道），无法读取</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="28"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="29"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="31"/>
        <source>cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="32"/>
        <source>cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="33"/>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>文件过大（%1 字节；上限为 %2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="34"/>
        <source>the file is too large (more than %1 bytes)</source>
        <translation>文件过大（超过 %1 字节）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="35"/>
        <source>locked: another PressDesk (or another program) is writing to it; try again when it has finished; nothing was changed</source>
        <translation>已锁定：另一个 PressDesk（或其他程序）正在写入该文件；请待其完成后重试；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="38"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="39"/>
        <source>the file holds no terms</source>
        <translation>文件中没有术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="40"/>
        <source>the file holds no text to import</source>
        <translation>文件中没有可导入的文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="41"/>
        <source>cannot import this kind of file (known: %1)</source>
        <translation>无法导入此类文件（支持：%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="42"/>
        <source>the package unpacks to more than %1 bytes, more than any document holds; refused</source>
        <translation>压缩包解压后超过 %1 字节，远超任何文档；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="44"/>
        <source>the package contains duplicate entries (damaged or tampered); refused</source>
        <translation>压缩包中有重复条目（已损坏或被篡改）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="46"/>
        <source>the document is password-protected (encrypted) or an old binary .doc; save it as an unprotected .docx first</source>
        <translation>文档受密码保护（已加密）或为旧版二进制 .doc；请先另存为无保护的 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="49"/>
        <source>not a Word document or damaged</source>
        <translation>不是 Word 文档或已损坏</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="50"/>
        <source>the document cannot be read: it is damaged, partly encrypted or packed in a way PressDesk cannot unpack</source>
        <translation>无法读取文档：文档已损坏、部分加密，或其打包方式 PressDesk 无法解包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="53"/>
        <source>the document is incomplete (a part of it is missing)</source>
        <translation>文档不完整（缺少其中一部分）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="54"/>
        <source>not a Word document</source>
        <translation>不是 Word 文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="55"/>
        <source>an OpenDocument file with a Word name; open it and save it as .docx</source>
        <translation>这是使用 Word 文件名的 OpenDocument 文件；请打开后另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="57"/>
        <source>a Pages document with a Word name; in Pages choose File ▸ Export To ▸ Word</source>
        <translation>这是使用 Word 文件名的 Pages 文稿；请在 Pages 中选择“文件 ▸ 导出为 ▸ Word”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="59"/>
        <source>the document holds more than %1 paragraphs, far more than a release; it cannot be imported</source>
        <translation>文档超过 %1 个段落，远多于一篇新闻稿，无法导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="62"/>
        <source>%1 declares a DTD, which Word documents never hold (its entities could stand for text or fetch files); refused</source>
        <translation>部件 %1 声明了 DTD，而 Word 文档从不包含 DTD（其中的实体可能冒充文本或获取外部文件）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="65"/>
        <source>an embedded HTML part (altChunk) nests too deeply to be read in full</source>
        <translation>嵌入的 HTML 部分（altChunk）嵌套过深，无法完整读取</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="67"/>
        <source>Word documents are nested inside each other too deeply (altChunk)</source>
        <translation>Word 文档相互嵌套过深（altChunk）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="69"/>
        <source>part of the text is embedded as %1 (altChunk), which cannot be read; open the document in Word and save it again as .docx</source>
        <translation>部分文本以 %1 格式嵌入（altChunk），无法读取；请在 Word 中打开文档并重新另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="72"/>
        <source>paragraph %1 holds more than %2 elements, which no paragraph of a release has; it cannot be imported</source>
        <translation>第 %1 段包含超过 %2 个元素，新闻稿中不会有这样的段落；无法导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="75"/>
        <source>a Rich Text (RTF) file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的 RTF（富文本）文件，不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="78"/>
        <source>a PDF file with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的 PDF 文件，不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="80"/>
        <source>a web page (HTML) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的网页（HTML），不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="83"/>
        <source>a Word 2003 XML document with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的 Word 2003 XML 文档，不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="86"/>
        <source>a Word XML Document (Flat OPC, one XML file) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的 Word XML 文档（Flat OPC，单个 XML 文件），不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="89"/>
        <source>a web archive (MHT) with a Word name, not a Word document; open it in Word and save it as .docx</source>
        <translation>这是使用 Word 文件名的网页存档（MHT），不是 Word 文档；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="92"/>
        <source>this is a binary file, not plain text</source>
        <translation>这是二进制文件，不是纯文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="93"/>
        <source>the text is not UTF-8; save it as UTF-8 and import again</source>
        <translation>文本不是 UTF-8 编码；请另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="94"/>
        <source>damaged %1 text</source>
        <translation>已损坏的 %1 编码文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="95"/>
        <source>the table has no %1 column (its languages: %2)</source>
        <translation>表格中没有%1列（表格中的语言：%2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="96"/>
        <source>not a table with one language per column, so it goes into one language column only</source>
        <translation>这不是每列一种语言的表格，因此只能导入到一个语言列中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="98"/>
        <source>the %1 column holds no text; nothing to import</source>
        <translation>%1列中没有文本；没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="99"/>
        <source>the table&apos;s header names %1 for more than one column, so its languages cannot be told apart</source>
        <translation>表格的表头将多列都标为%1，因此无法区分各列的语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="102"/>
        <source>columns %1 and %2 of the table both look %3, so its languages cannot be told apart; give the table a header row naming them</source>
        <translation>表格的第 %1 列和第 %2 列看起来都是%3，因此无法区分各列的语言；请为表格添加标明语言的表头行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="105"/>
        <source>the table mixes languages within its columns, so they cannot be told apart; give it one language per column and a header row naming them</source>
        <translation>表格的各列中混有多种语言，因此无法区分；请让每列只含一种语言，并添加标明语言的表头行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="108"/>
        <source>the project already holds %1 segments, more than a release holds (%2); nothing was imported</source>
        <translation>项目中已有 %1 个段落，超过一篇新闻稿的上限（%2）；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="111"/>
        <source>the document has %1 paragraphs; a release holds at most %2: split the document</source>
        <translation>文档有 %1 个段落，而一篇新闻稿最多 %2 个：请拆分文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="113"/>
        <source>the document has a paragraph of %1 characters; a cell holds at most %2: nothing was imported</source>
        <translation>文档中有一个段落长达 %1 个字符，而一个单元格最多容纳 %2 个：未导入任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="116"/>
        <source>the file holds a text of %1 characters; a cell holds at most %2</source>
        <translation>文件中的文本长达 %1 个字符，而一个单元格最多容纳 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="118"/>
        <source>holds text that is not valid Unicode (%1, a lone surrogate escape)</source>
        <translation>包含无效的 Unicode 文本（%1，孤立的代理项转义）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="120"/>
        <source>the package lists more entries than any document, workbook or pack has (a table of contents of %1 bytes; at most %2); refused</source>
        <translation>压缩包列出的条目多于任何文档、工作簿或语言包（目录为 %1 字节；上限为 %2）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="123"/>
        <source>the part %1 is too large (%2 bytes unpacked)</source>
        <translation>部件 %1 过大（解压后 %2 字节）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="124"/>
        <source>the part %1 unpacks to %2 bytes from %3: a zip bomb, not a document</source>
        <translation>部件 %1 从 %3 解压后达 %2 字节：这是 zip 炸弹，不是文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="126"/>
        <source>the file holds more than %1 XML elements, far more than a glossary; split it into smaller files</source>
        <translation>文件包含超过 %1 个 XML 元素，远超术语表的规模；请拆分为较小的文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="129"/>
        <source>entry %1 holds more than %2 XML elements, which no glossary entry has</source>
        <translation>条目 %1 包含超过 %2 个 XML 元素，术语表条目不会有这么多</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="131"/>
        <source>the file holds more than %1 rows, far more than a glossary; split it into smaller files</source>
        <translation>文件超过 %1 行，远超术语表的规模；请拆分为较小的文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="133"/>
        <source>a line holds more than %1 cells (Excel&apos;s last column), which no table of names has</source>
        <translation>某一行超过 %1 个单元格（Excel 的最后一列），名称表不会有这么多列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="135"/>
        <source>language pair %1: give two different languages of %2, e.g. zh-en</source>
        <translation>语言对 %1：请从 %2 中指定两种不同的语言，例如 zh-en</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="137"/>
        <source>language pair %1: give two different languages</source>
        <translation>语言对 %1：请指定两种不同的语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="138"/>
        <source>that is the project being exported; choose another file name</source>
        <translation>这是正在导出的项目本身；请另选文件名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="140"/>
        <source>that is the house template of this export; choose another file name</source>
        <translation>这是本次导出所用的机构模板；请另选文件名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="142"/>
        <source>is a folder; give a file name</source>
        <translation>是文件夹；请指定文件名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="143"/>
        <source>exists and is not a regular file; PressDesk will not overwrite it</source>
        <translation>已存在且不是普通文件；PressDesk 不会覆盖它</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="145"/>
        <source>exists and is not a ZIP of Word documents; PressDesk will not overwrite it</source>
        <translation>已存在且不是包含 Word 文档的 ZIP 文件；PressDesk 不会覆盖它</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="147"/>
        <source>exists and is not a Word document; PressDesk will not overwrite it</source>
        <translation>已存在且不是 Word 文档；PressDesk 不会覆盖它</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="149"/>
        <source>the output must be a .docx file</source>
        <translation>输出文件必须是 .docx 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="150"/>
        <source>there is no text to export in: %1</source>
        <translation>以下语言没有可导出的文本：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="151"/>
        <source>unknown layout %1 (known: %2)</source>
        <translation>未知版式 %1（支持：%2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="152"/>
        <source>the release has no segments to export</source>
        <translation>新闻稿中没有可导出的段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="153"/>
        <source>the single layout needs a language: one of %1 or %2</source>
        <translation>单语版式需要指定语言：%1 中的一种，或 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="155"/>
        <source>all three languages make three documents; give a folder or a .zip file</source>
        <translation>三种语言会生成三个文档；请指定文件夹或 .zip 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="157"/>
        <source>exists and is not a folder; give a folder or a .zip file name</source>
        <translation>已存在且不是文件夹；请指定文件夹或 .zip 文件名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="159"/>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="160"/>
        <source>not a PressDesk release: expected an object with a &quot;segments&quot; list</source>
        <translation>不是 PressDesk 新闻稿：应为包含 &quot;segments&quot; 列表的对象</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="162"/>
        <source>it has %1 segments; a release holds at most %2</source>
        <translation>共有 %1 个段落；一篇新闻稿最多 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="164"/>
        <source>&quot;title&quot; and &quot;date&quot; must be strings</source>
        <translation>&quot;title&quot; 和 &quot;date&quot; 必须是字符串</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="165"/>
        <source>&quot;date&quot; must be an ISO date like 2023-07-20, not %1</source>
        <translation>&quot;date&quot; 必须是 ISO 格式的日期（如 2023-07-20），而不是 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="166"/>
        <source>segment %1 is not an object</source>
        <translation>段落 %1 不是对象</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="167"/>
        <source>segment %1 has an unknown role %2 (known: %3)</source>
        <translation>段落 %1 的角色 %2 未知（支持：%3）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="168"/>
        <source>segment %1: &quot;status&quot; must be an object like {&quot;zh&quot;: &quot;approved&quot;}</source>
        <translation>段落 %1：&quot;status&quot; 必须是形如 {&quot;zh&quot;: &quot;approved&quot;} 的对象</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="170"/>
        <source>segment %1: %2 must be a string</source>
        <translation>段落 %1：%2 必须是字符串</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="171"/>
        <source>segment %1: unknown status %2 (known: %3)</source>
        <translation>段落 %1：未知状态 %2（支持：%3）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="172"/>
        <source>not a readable CSV file</source>
        <translation>不是可读取的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="173"/>
        <source>no column in Chinese, English or Russian was found</source>
        <translation>未找到中文、英文或俄文列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="175"/>
        <source>the %1 terms are question marks (&quot;%2&quot;): the file was saved in a code page without %1 characters; save it as &quot;CSV UTF-8&quot; (or as .xlsx) and import again</source>
        <translation>%1术语显示为问号（“%2”）：文件保存时所用的代码页不含%1字符；请另存为“CSV UTF-8”（或 .xlsx）后重新导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="178"/>
        <source>two columns look like %1; name the columns zh, en and ru in a header row so PressDesk knows which is which</source>
        <translation>有两列看起来都是%1；请在表头行中将各列命名为 zh、en 和 ru，以便 PressDesk 区分</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="181"/>
        <source>expected the columns %1</source>
        <translation>应包含以下列：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="182"/>
        <source>exists and is not a glossary file; PressDesk will not overwrite it</source>
        <translation>已存在且不是术语表文件；PressDesk 不会覆盖它</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="184"/>
        <source>cannot export to this format (expected %1)</source>
        <translation>无法导出为此格式（应为 %1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="185"/>
        <source>not an Excel workbook or damaged; an old .xls must be saved as .xlsx first</source>
        <translation>不是 Excel 工作簿或已损坏；旧版 .xls 须先另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="187"/>
        <source>an old Excel .xls workbook (or a password-protected file); in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation>这是旧版 Excel .xls 工作簿（或受密码保护的文件）；请在 Excel 中另存为“Excel 工作簿 (.xlsx)”后再导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="190"/>
        <source>%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); refused</source>
        <translation>部件 %1 声明了 DTD，而 Excel 工作簿从不包含 DTD（其中的实体可能冒充文本）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="193"/>
        <source>an Excel binary workbook (.xlsb) with an .xlsx name; in Excel save it as Excel Workbook (.xlsx) and import that</source>
        <translation>这是使用 .xlsx 文件名的 Excel 二进制工作簿（.xlsb）；请在 Excel 中另存为“Excel 工作簿 (.xlsx)”后再导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="196"/>
        <source>not an Excel workbook (the package has no xl/workbook.xml)</source>
        <translation>不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="198"/>
        <source>the worksheet %1 is missing from the workbook</source>
        <translation>工作簿中缺少工作表 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="199"/>
        <source>the workbook has no visible worksheet</source>
        <translation>工作簿中没有可见的工作表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="200"/>
        <source>a cell lies beyond Excel&apos;s last column (%1)</source>
        <translation>有单元格超出了 Excel 的最后一列（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="201"/>
        <source>cell %1 names a shared string the workbook does not have</source>
        <translation>单元格 %1 引用了工作簿中不存在的共享字符串</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="203"/>
        <source>cell %1 holds %2 characters, more than Excel&apos;s %3: not a workbook of names</source>
        <translation>单元格 %1 有 %2 个字符，超过 Excel 的上限 %3：这不是名称工作簿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="205"/>
        <source>a cell holds %1 characters, more than Excel&apos;s %2: not a workbook of names</source>
        <translation>有单元格含 %1 个字符，超过 Excel 的上限 %2：这不是名称工作簿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="207"/>
        <source>a worksheet fills more than %1 columns: not a list of names</source>
        <translation>有工作表超过 %1 列：这不是名称列表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="209"/>
        <source>an OpenDocument file (%1) with an Excel name; open it and save it as .xlsx</source>
        <translation>这是使用 Excel 文件名的 OpenDocument 文件（%1）；请打开后另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="211"/>
        <source>a Numbers spreadsheet with an Excel name; in Numbers choose File ▸ Export To ▸ Excel</source>
        <translation>这是使用 Excel 文件名的 Numbers 电子表格；请在 Numbers 中选择“文件 ▸ 导出为 ▸ Excel”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="213"/>
        <source>cannot read the workbook: it is damaged or packed in a way PressDesk cannot unpack</source>
        <translation>无法读取工作簿：工作簿已损坏，或其打包方式 PressDesk 无法解包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="215"/>
        <source>%1 is not well-formed XML</source>
        <translation>%1 不是格式正确的 XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="216"/>
        <source>not well-formed XML</source>
        <translation>不是格式正确的 XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="217"/>
        <source>not a TBX file</source>
        <translation>不是 TBX 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="218"/>
        <source>XML, but not a TMX file</source>
        <translation>是 XML，但不是 TMX 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="219"/>
        <source>declares its own XML entities, which TMX files do not use; refused for safety</source>
        <translation>声明了自定义 XML 实体，而 TMX 文件不使用这类实体；出于安全考虑已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="221"/>
        <source>the file is %1 MB; TMX files over %2 MB are not imported (split it with your CAT tool)</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的 TMX 文件不予导入（请用您的 CAT 工具拆分）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="223"/>
        <source>the translation unit on line %1 holds more than %2 elements; it is no sentence</source>
        <translation>第 %1 行的翻译单元包含超过 %2 个元素，不是一个句子</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="225"/>
        <source>cannot be read as TMX</source>
        <translation>无法作为 TMX 读取</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="226"/>
        <source>names an encoding PressDesk cannot read, so it is no usable TMX file; save it as UTF-8</source>
        <translation>声明了 PressDesk 无法读取的编码，因此不是可用的 TMX 文件；请将其另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="228"/>
        <source>the file contains no XML</source>
        <translation>文件中没有 XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="229"/>
        <source>declares XML entities of its own, which glossary files do not use (the text they stand for would be lost); refused</source>
        <translation>声明了自定义 XML 实体，而术语表文件不使用这类实体（它们所代表的文本会丢失）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="232"/>
        <source>a TBX file without any termEntry/conceptEntry</source>
        <translation>这是不含任何 termEntry/conceptEntry 的 TBX 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="233"/>
        <source>glossary entry #%1 (%2) holds a character XML cannot carry; edit the entry and export again</source>
        <translation>术语表条目 #%1（%2）含有 XML 无法承载的字符；请编辑该条目后重新导出</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="236"/>
        <source>XML, but neither a MultiTerm export (&lt;mtf&gt;) nor TBX (the root element is &lt;%1&gt;)</source>
        <translation>是 XML，但既不是 MultiTerm 导出文件（&lt;mtf&gt;），也不是 TBX（根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="238"/>
        <source>a MultiTerm export without any conceptGrp entry</source>
        <translation>这是不含任何 conceptGrp 条目的 MultiTerm 导出文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="239"/>
        <source>no line has a term and its translation separated by a tab (an OmegaT glossary needs tab-separated columns)</source>
        <translation>没有任何一行含有以制表符分隔的术语及其译文（OmegaT 术语表需要以制表符分隔的列）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="242"/>
        <source>the file contains no translation units</source>
        <translation>文件中没有翻译单元</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="243"/>
        <source>the file has no translation pairs between Chinese, English and Russian (languages in the file: %1)</source>
        <translation>文件中没有中文、英文、俄文之间的翻译对（文件中的语言：%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="246"/>
        <source>larger than any language pack (at most %1)</source>
        <translation>大于任何语言包（上限为 %1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="247"/>
        <source>not a language pack (not a zip archive)</source>
        <translation>不是语言包（不是 zip 压缩包）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="248"/>
        <source>has no metadata.json; it is not a language pack</source>
        <translation>没有 metadata.json，不是语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="249"/>
        <source>has no translation model (model/model.bin)</source>
        <translation>没有翻译模型（model/model.bin）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="250"/>
        <source>has no tokenizer (sentencepiece.model)</source>
        <translation>没有分词器（sentencepiece.model）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="251"/>
        <source>the language pack is damaged</source>
        <translation>语言包已损坏</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="252"/>
        <source>is a folder, not a language pack file</source>
        <translation>是文件夹，不是语言包文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="253"/>
        <source>the file contains a path outside its folder (%1); it was not installed</source>
        <translation>文件中含有指向其文件夹之外的路径（%1）；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="255"/>
        <source>the file contains a name with control characters (%1); it was not installed</source>
        <translation>文件中含有带控制字符的名称（%1）；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="257"/>
        <source>the file contains a link (%1); it was not installed</source>
        <translation>文件中含有链接（%1）；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="258"/>
        <source>must hold exactly one folder (it has %1)</source>
        <translation>必须只包含一个文件夹（实际有 %1 个）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="259"/>
        <source>holds %1 twice; it was not installed</source>
        <translation>%1 出现了两次；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="260"/>
        <source>holds %1 both as a file and as a folder; it was not installed</source>
        <translation>包含的 %1 既是文件又是文件夹；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="262"/>
        <source>holds both %1 and %2, which are one name on Windows and macOS; it was not installed</source>
        <translation>同时包含 %1 和 %2，二者在 Windows 和 macOS 上是同一个名称；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="264"/>
        <source>holds too many files (%1) for a language pack</source>
        <translation>包含的文件过多（%1 个），不可能是语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="265"/>
        <source>unpacks to an implausible size (%1; at most %2 and %3 times the file)</source>
        <translation>解压后的大小不合理（%1；上限为 %2，且不超过文件本身的 %3 倍）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="267"/>
        <source>unpacks to more than it declares; it was not installed</source>
        <translation>解压后的内容多于其声明的大小；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="268"/>
        <source>metadata.json is implausibly large (%1 bytes; at most %2)</source>
        <translation>metadata.json 大得不合理（%1 字节；上限为 %2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="270"/>
        <source>metadata.json is not valid JSON</source>
        <translation>metadata.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="271"/>
        <source>metadata.json does not describe a pack</source>
        <translation>metadata.json 描述的不是语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="272"/>
        <source>metadata.json field %1 must be text, not %2</source>
        <translation>metadata.json 的字段 %1 必须是文本，而不是 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="273"/>
        <source>metadata.json field %1 is %2 characters long (at most %3)</source>
        <translation>metadata.json 的字段 %1 长达 %2 个字符（上限为 %3）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="275"/>
        <source>metadata.json field %1 must be a list</source>
        <translation>metadata.json 的字段 %1 必须是列表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="276"/>
        <source>metadata.json field &apos;links&apos; must list text</source>
        <translation>metadata.json 的字段 &apos;links&apos; 必须是文本列表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="277"/>
        <source>metadata.json field &apos;links&apos; lists more than %1 links or one longer than %2 characters</source>
        <translation>metadata.json 的字段 &apos;links&apos; 列出的链接超过 %1 个，或其中有链接长于 %2 个字符</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="279"/>
        <source>is a %1 pack, not a translation pack</source>
        <translation>是 %1 包，不是翻译包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="280"/>
        <source>metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2</source>
        <translation>metadata.json 中的 %1 必须是由 2 或 3 个小写字母组成的语言代码，而不是 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="282"/>
        <source>translates %1 into itself</source>
        <translation>将 %1 译成同一种语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="283"/>
        <source>is version %1 of %2, older than the installed %3; remove that first to go back</source>
        <translation>是 %2 的 %1 版，比已安装的 %3 版旧；如要换回旧版，请先删除已安装的版本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="285"/>
        <source>could not be moved into the packs folder (%1)</source>
        <translation>无法移入语言包文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="286"/>
        <source>could not be removed (%1)</source>
        <translation>无法删除（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="287"/>
        <source>the language packs folder cannot be changed (%1)</source>
        <translation>无法更改语言包文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="288"/>
        <source>the package index is not valid JSON</source>
        <translation>语言包索引不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="289"/>
        <source>the download is larger than any language pack</source>
        <translation>下载的文件大于任何语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="290"/>
        <source>the language pack %1 did not translate a sentence within %2 s; it was not installed</source>
        <translation>语言包 %1 未能在 %2 秒内译出一个句子；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="292"/>
        <source>the language pack %1 could not be tried; it was not installed</source>
        <translation>无法试用语言包 %1；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="294"/>
        <source>the language pack %1 does not translate; it was not installed</source>
        <translation>语言包 %1 无法翻译；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="296"/>
        <source>the language pack %1 crashed the translation engine; it was not installed</source>
        <translation>语言包 %1 导致翻译引擎崩溃；未安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="298"/>
        <source>no language pack for %1→%2 is installed</source>
        <translation>未安装 %1→%2 的语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="299"/>
        <source>no language pack for %1→%2: install %3</source>
        <translation>没有 %1→%2 的语言包：请安装 %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="300"/>
        <source>the language pack %1 could not be read</source>
        <translation>无法读取语言包 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="301"/>
        <source>the language pack %1 has no tokenizer</source>
        <translation>语言包 %1 没有分词器</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="302"/>
        <source>the language pack %1 could not be loaded</source>
        <translation>无法加载语言包 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="303"/>
        <source>the language pack %1 cannot split or tokenize text</source>
        <translation>语言包 %1 无法对文本进行分句或分词</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="305"/>
        <source>the text has %1 characters; at most %2 are translated at once (split it into smaller parts)</source>
        <translation>文本有 %1 个字符，而一次最多翻译 %2 个（请拆分为较小的部分）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="308"/>
        <source>the text holds half a character at position %1 (bytes that are not UTF-8); nothing was translated</source>
        <translation>文本第 %1 位有半个字符（不是 UTF-8 的字节）；未翻译任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="311"/>
        <source>the beam size must be between 1 and %1, not %2</source>
        <translation>束宽必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="312"/>
        <source>a translation server address holds no login or password (expected http://host:port; the API key has a field of its own)</source>
        <translation>翻译服务器地址中不能包含登录名或密码（应为 http://host:port；API 密钥有单独的字段）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="315"/>
        <source>not a translation server address: %1 (expected http://host:port)</source>
        <translation>不是翻译服务器地址：%1（应为 http://host:port）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="317"/>
        <source>the address given is not a translation server address (expected http://host:port)</source>
        <translation>所填地址不是翻译服务器地址（应为 http://host:port）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="319"/>
        <source>cannot reach the translation server at %1: %2</source>
        <translation>无法连接位于 %1 的翻译服务器：%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="320"/>
        <source>the translation server at %1 did not answer within %2 s</source>
        <translation>位于 %1 的翻译服务器未在 %2 秒内响应</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="322"/>
        <source>the translation server at %1 sent an answer larger than any translation</source>
        <translation>位于 %1 的翻译服务器返回的内容超出任何译文的长度</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="324"/>
        <source>%1 did not answer like a LibreTranslate server</source>
        <translation>%1 的响应不像 LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="326"/>
        <source>the translation server at %1 redirects elsewhere (HTTP %2); set the address of the server itself</source>
        <translation>位于 %1 的翻译服务器重定向到了别处（HTTP %2）；请填写服务器本身的地址</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="329"/>
        <source>the translation server at %1 is busy (too many requests); try again in a minute</source>
        <translation>位于 %1 的翻译服务器正忙（请求过多）；请一分钟后重试</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="331"/>
        <source>the translation server at %1 refused the API key%2</source>
        <translation>位于 %1 的翻译服务器拒绝了 API 密钥%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="333"/>
        <source>the translation server at %1 failed (HTTP %2)%3</source>
        <translation>位于 %1 的翻译服务器出错（HTTP %2）%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="334"/>
        <source>the translation server at %1 refused the request (HTTP %2)%3</source>
        <translation>位于 %1 的翻译服务器拒绝了请求（HTTP %2）%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="336"/>
        <source>the translation server could not translate %1→%2: %3</source>
        <translation>翻译服务器无法进行 %1→%2 翻译：%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="338"/>
        <source>%1 answered nothing for %2 of the %3 texts sent</source>
        <translation>在发送的 %3 段文本中，%1 有 %2 段未返回任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="339"/>
        <source>%1 answered with a text far longer than its source: not a translation</source>
        <translation>%1 返回的文本远长于原文：这不是译文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="341"/>
        <source>not a PressDesk project</source>
        <translation>不是 PressDesk 项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="342"/>
        <source>the file is damaged and cannot be read; nothing was changed: open a backup or an earlier export</source>
        <translation>文件已损坏，无法读取；未作任何更改：请打开备份或之前导出的文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="345"/>
        <source>written by a newer PressDesk (file format %1; this version reads up to %2); update PressDesk to open it</source>
        <translation>由更新版本的 PressDesk 写入（文件格式 %1；本版本最高可读 %2）；请更新 PressDesk 后再打开</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="348"/>
        <source>the project cannot be opened</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="349"/>
        <source>not a server address: %1</source>
        <translation>不是服务器地址：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="350"/>
        <source>not a glossary address: %1 (a shared glossary is postgresql://login@host/database)</source>
        <translation>不是术语库地址：%1（共享术语库的地址格式为 postgresql://login@host/database）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="352"/>
        <source>not a memory address: %1 (a shared memory is postgresql://login@host/database)</source>
        <translation>不是翻译记忆库地址：%1（共享翻译记忆库的地址格式为 postgresql://login@host/database）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="354"/>
        <source>a shared glossary needs psycopg: install PressDesk with the `team` extra</source>
        <translation>共享术语库需要 psycopg：请安装带有 `team` 附加组件的 PressDesk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="356"/>
        <source>a shared memory needs psycopg: install PressDesk with the `team` extra</source>
        <translation>共享翻译记忆库需要 psycopg：请安装带有 `team` 附加组件的 PressDesk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="358"/>
        <source>the glossary server refused the login: %1; check the login and password of the shared glossary&apos;s address</source>
        <translation>术语库服务器拒绝登录：%1；请检查共享术语库地址中的登录名和密码</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="361"/>
        <source>the glossary server cannot be reached: %1</source>
        <translation>无法连接术语库服务器：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="362"/>
        <source>the glossary server was not asked: PressDesk is quitting</source>
        <translation>未向术语库服务器发送请求：PressDesk 正在退出</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="364"/>
        <source>the glossary server cannot be reached and this desk has no copy of the shared glossary yet</source>
        <translation>无法连接术语库服务器，本机也还没有共享术语库的副本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="367"/>
        <source>the glossary server cannot be reached: imports, undoing them and tenures wait until it is back (single edits are queued)</source>
        <translation>无法连接术语库服务器：导入、撤销导入和任期记录须等服务器恢复后进行（单条编辑会排队等待发送）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="370"/>
        <source>the shared glossary cannot be opened: %1</source>
        <translation>无法打开共享术语库：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="371"/>
        <source>the shared glossary&apos;s format record is missing (its tables are there); ask the office administrator to restore the pressdesk_meta table</source>
        <translation>共享术语库缺少格式记录（数据表仍在）；请联系单位管理员恢复 pressdesk_meta 表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="374"/>
        <source>the shared glossary&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation>共享术语库的格式记录已损坏（%1）；请联系单位管理员恢复</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="377"/>
        <source>the shared glossary was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation>共享术语库由更新版本的 PressDesk 创建（格式 %1；本版本最高可读 %2）。请更新 PressDesk 后再使用。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="380"/>
        <source>the shared glossary is not set up yet and this login may not create it; ask the office administrator to open it once with the editors&apos; login</source>
        <translation>共享术语库尚未建立，而此登录无权创建；请联系单位管理员用编辑人员的登录账号打开一次</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="383"/>
        <source>the shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor</source>
        <translation>此登录对共享术语库只有只读权限：可以搜索和匹配，但修改须由编辑人员进行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="386"/>
        <source>the queue %1 holds edits for the shared glossary %2, not %3: they are only sent there</source>
        <translation>队列 %1 中的编辑属于共享术语库 %2，而不是 %3：这些编辑只会发送到 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="388"/>
        <source>%1 is not an edit PressDesk queues</source>
        <translation>%1 不是 PressDesk 会排队发送的编辑</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="389"/>
        <source>the memory server refused the login: %1; check the login and password of the shared memory&apos;s address</source>
        <translation>翻译记忆库服务器拒绝登录：%1；请检查共享翻译记忆库地址中的登录名和密码</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="392"/>
        <source>the memory server cannot be reached: %1</source>
        <translation>无法连接翻译记忆库服务器：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="393"/>
        <source>the shared memory cannot be opened: %1</source>
        <translation>无法打开共享翻译记忆库：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="394"/>
        <source>the shared memory&apos;s format record is missing (its tables are there); ask the office administrator to restore the tm_meta table</source>
        <translation>共享翻译记忆库缺少格式记录（数据表仍在）；请联系单位管理员恢复 tm_meta 表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="397"/>
        <source>the shared memory&apos;s format record is damaged (%1); ask the office administrator to restore it</source>
        <translation>共享翻译记忆库的格式记录已损坏（%1）；请联系单位管理员恢复</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="400"/>
        <source>the shared memory was set up by a newer PressDesk (format %1; this version reads up to %2). Update PressDesk to use it.</source>
        <translation>共享翻译记忆库由更新版本的 PressDesk 创建（格式 %1；本版本最高可读 %2）。请更新 PressDesk 后再使用。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="403"/>
        <source>the shared glossary could not be read: %1</source>
        <translation>无法读取共享术语库：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="404"/>
        <source>the shared glossary refused the change: %1</source>
        <translation>共享术语库拒绝了此更改：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="406"/>
        <source>the shared memory is read-only for this login: it can be searched, but only an editor&apos;s login adds to it; nothing was added</source>
        <translation>此登录对共享翻译记忆库只有只读权限：可以搜索，但只有编辑人员的登录账号才能添加内容；未添加任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="409"/>
        <source>the shared memory failed: %1</source>
        <translation>共享翻译记忆库出错：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="410"/>
        <source>entry #%1 was deleted by someone else since you opened it (your version %2); nothing was saved.
  yours:  %3</source>
        <translation>条目 #%1 在您打开后已被他人删除（您打开的是版本 %2）；未保存任何内容。
  您的内容：%3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="413"/>
        <source>entry #%1 was changed by %2 at %3 (version %4) since you opened version %5; nothing was saved.
  yours:  %6
  theirs: %7</source>
        <translation>您打开版本 %5 之后，条目 #%1 已被 %2 于 %3 修改（版本 %4）；未保存任何内容。
  您的内容：%6
  对方内容：%7</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="416"/>
        <source>entry #%1 does not exist</source>
        <translation>条目 #%1 不存在</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="417"/>
        <source>there is no import to undo</source>
        <translation>没有可撤销的导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="418"/>
        <source>import #%1 does not exist or was already undone</source>
        <translation>导入 #%1 不存在或已被撤销</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="419"/>
        <source>the record of import #%1 is damaged, so it cannot be undone; nothing was changed</source>
        <translation>导入 #%1 的记录已损坏，因此无法撤销；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="421"/>
        <source>a tenure must link two existing entries</source>
        <translation>任期记录必须关联两个已有的条目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="422"/>
        <source>a tenure links a person entry to a title entry</source>
        <translation>任期记录用于将人名条目与职务条目关联</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="423"/>
        <source>cannot save: %1; nothing was changed</source>
        <translation>无法保存：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="424"/>
        <source>cannot save a copy: %1; nothing was changed</source>
        <translation>无法保存副本：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="425"/>
        <source>cannot read: %1; nothing was changed</source>
        <translation>无法读取：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="426"/>
        <source>cannot open: %1; nothing was changed</source>
        <translation>无法打开：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="427"/>
        <source>cannot create the project: %1; nothing was changed</source>
        <translation>无法创建项目：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="429"/>
        <source>cannot upgrade to the current file format: %1; nothing was changed</source>
        <translation>无法升级到当前文件格式：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="431"/>
        <source>cannot create the glossary: %1; nothing was changed</source>
        <translation>无法创建术语表：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="433"/>
        <source>cannot open the translation memory: %1; nothing was changed</source>
        <translation>无法打开翻译记忆库：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="435"/>
        <source>cannot create the translation memory: %1; nothing was changed</source>
        <translation>无法创建翻译记忆库：%1；未作任何更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="437"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="438"/>
        <source>its folder is read-only or unavailable</source>
        <translation>其所在文件夹为只读或不可用</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="440"/>
        <source>the disk refused the write</source>
        <translation>磁盘拒绝写入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="441"/>
        <source>another program is writing to it</source>
        <translation>另一个程序正在写入该文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="442"/>
        <source>its name is too long for SQLite to keep its journal beside it; give it a shorter name</source>
        <translation>文件名过长，SQLite 无法在其旁边保存日志文件；请改用较短的名称</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="444"/>
        <source>is being opened by another PressDesk at this moment. Try again in a few seconds.</source>
        <translation>另一个 PressDesk 此刻正在打开该文件。请几秒钟后重试。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="446"/>
        <source>has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited under another name. Open it read-only, or save a copy under a new name.</source>
        <translation>该文件在磁盘上有 %1 个名称（硬链接），PressDesk 无法判断它是否正以其他名称被编辑。请以只读方式打开，或以新名称另存副本。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="449"/>
        <source>not a PressDesk glossary or translation memory</source>
        <translation>不是 PressDesk 术语表或翻译记忆库</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="450"/>
        <source>the project already holds %1 segments, written by another tool; a release holds at most %2</source>
        <translation>项目中已有 %1 个段落（由其他工具写入）；一篇新闻稿最多 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="453"/>
        <source>the project holds a segment id of %1 characters, written by another tool; PressDesk writes at most %2</source>
        <translation>项目中有一个长达 %1 个字符的段落 ID（由其他工具写入）；PressDesk 最多写入 %2 个字符</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="456"/>
        <source>the project holds a text of %1 characters, written by another tool; a text holds at most %2</source>
        <translation>项目中有一段长达 %1 个字符的文本（由其他工具写入）；一段文本最多 %2 个字符</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="459"/>
        <source>a release holds at most %1 segments; this one has %2</source>
        <translation>一篇新闻稿最多 %1 个段落；此稿有 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="461"/>
        <source>the release holds text that is not valid Unicode (%1); nothing was saved</source>
        <translation>新闻稿中有无效的 Unicode 文本（%1）；未保存任何内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="463"/>
        <source>%1 beside it is not the file SQLite keeps there (it is a link, a folder, a named pipe, a device or a second name of another file); move %1 away and try again</source>
        <translation>旁边的 %1 不是 SQLite 在该处保存的文件（它是链接、文件夹、命名管道、设备或另一个文件的第二个名称）；请将 %1 移走后重试</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="466"/>
        <source>cannot create the project: SQLite keeps the journal, log or index of %1 under that name; choose another name</source>
        <translation>无法创建项目：SQLite 用这个名称保存 %1 的日志或索引文件；请另选一个名称</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="469"/>
        <source>%1 beside it is the log of another database, and reading it would put that database&apos;s pages into this one; move %1 away and try again</source>
        <translation>旁边的 %1 是另一个数据库的日志，读取它会把那个数据库的页面写入本数据库；请将 %1 移走后重试</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="472"/>
        <source>a template must be a .docx or .dotx file</source>
        <translation>模板必须是 .docx 或 .dotx 文件</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="473"/>
        <source>macro-enabled templates (.dotm, .docm) cannot be used; save it as a .dotx or .docx</source>
        <translation>不能使用含宏的模板（.dotm、.docm）；请另存为 .dotx 或 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="475"/>
        <source>not a usable Word document</source>
        <translation>不是可用的 Word 文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="476"/>
        <source>it unpacks to %1 bytes (at most %2); not a template</source>
        <translation>解压后为 %1 字节（上限为 %2）；不是模板</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="477"/>
        <source>a Strict Open XML document, which cannot serve as a template; in Word save it as Word Template (.dotx) or Word Document (.docx), not Strict Open XML</source>
        <translation>这是 Strict Open XML 文档，不能用作模板；请在 Word 中另存为“Word 模板 (.dotx)”或“Word 文档 (.docx)”，而不是 Strict Open XML</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="480"/>
        <source>it holds macros or ActiveX controls (%1), which would run in every export; save it as a .dotx or .docx without them</source>
        <translation>其中含有宏或 ActiveX 控件（%1），每次导出时都会运行；请另存为不含这些内容的 .dotx 或 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="483"/>
        <source>it declares macros or ActiveX controls, which would run in every export; save it as a .dotx or .docx without them</source>
        <translation>其中声明了宏或 ActiveX 控件，每次导出时都会运行；请另存为不含这些内容的 .dotx 或 .docx</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="486"/>
        <source>its part %1 declares a DTD, which Word documents never hold (an export would make its readers fetch what it names); refused</source>
        <translation>其部件 %1 声明了 DTD，而 Word 文档从不包含 DTD（导出的文档会让读者的程序去获取其中指定的内容）；已拒绝</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="489"/>
        <source>its part %1 makes Word fetch files from outside the document; save the template without linked files</source>
        <translation>其部件 %1 会让 Word 从文档外部获取文件；请将模板另存为不含链接文件的版本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="496"/>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="497"/>
        <location filename="../desktop_app/ui/error_messages.py" line="498"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="439"/>
        <location filename="../desktop_app/ui/error_messages.py" line="499"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="500"/>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="502"/>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="503"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>无法读写磁盘（输入/输出错误）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="540"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/error_messages.py" line="566"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="463"/>
        <source>&amp;Export to Word…</source>
        <translation>导出为 Word(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="464"/>
        <source>Show Exported &amp;Documents</source>
        <translation>显示已导出的文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="465"/>
        <source>Open the folder the last export wrote to</source>
        <translation>打开上次导出的文件夹</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="466"/>
        <source>Write the release as Word documents for distribution or review</source>
        <translation>将新闻稿导出为 Word 文档，用于发布或审校</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="485"/>
        <source>Exported %1 to %2 (File ▸ Show Exported Documents)</source>
        <translation>已将 %1 导出到 %2（文件 ▸ 显示已导出的文档）</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="489"/>
        <source>(%n segment(s) without text left out)</source>
        <translation>
            <numerusform>（%n 个无文本的段落未导出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/export_dialog.py" line="491"/>
        <source>(the template&apos;s own body text, %n paragraph(s), is not exported: a letterhead belongs in its header)</source>
        <translation>
            <numerusform>（模板本身的正文共 %n 段，不会导出：信头应放在模板的页眉中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="188"/>
        <source>Export to Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="190"/>
        <source>Press release in one language</source>
        <translation>单语新闻稿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="191"/>
        <source>Press releases in all three languages</source>
        <translation>三种语言的新闻稿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="192"/>
        <source>Side by side (Chinese | English | Russian)</source>
        <translation>三语对照（中文 | 英文 | 俄文）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="193"/>
        <source>Review table for one language pair</source>
        <translation>单一语言对的审校表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="200"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="202"/>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="204"/>
        <source>Source → &amp;target:</source>
        <translation>源语言 → 目标语言(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="206"/>
        <source>Pack the three documents into one .&amp;zip file</source>
        <translation>将三个文档打包为一个 .zip 文件(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="207"/>
        <source>&amp;House template:</source>
        <translation>机构模板(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="209"/>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="210"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="211"/>
        <source>Built-&amp;in</source>
        <translation>内置(&amp;I)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="212"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="214"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="215"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="273"/>
        <source>Choose two different languages for the review table.</source>
        <translation>请为审校表选择两种不同的语言。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="275"/>
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="279"/>
        <source>There is no %1 text to export yet.</source>
        <translation>尚无可导出的%1文本。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="280"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="300"/>
        <source>Choose a House Template</source>
        <translation>选择机构模板</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="301"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word 文档和模板 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="308"/>
        <source>Export into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <location filename="../desktop_app/ui/export_dialog.py" line="313"/>
        <source>Export as</source>
        <translation>导出为</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="310"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="314"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="331"/>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>以下文件已存在，将被替换：
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="332"/>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="337"/>
        <source>Checking the release…</source>
        <translation>正在检查新闻稿…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="346"/>
        <source>The quality checks found %1 error(s) in this release (%2). Export it anyway?</source>
        <translation>质量检查在此新闻稿中发现 %1 个错误（%2）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="348"/>
        <source>Export with Errors?</source>
        <translation>带错误导出？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="349"/>
        <source>Export not started: fix the errors in Quality Checks first.</source>
        <translation>未开始导出：请先在“质量检查”中修正错误。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="363"/>
        <source>The quality checks could not run (%1). Export without them?</source>
        <translation>无法运行质量检查（%1）。不经检查直接导出吗？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="365"/>
        <source>Export without Checks?</source>
        <translation>不经检查导出？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="380"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="399"/>
        <source>Nothing was exported: the folder %1 cannot be written to (a write-protected USB stick, a CD or a read-only folder). Choose another folder with Browse.</source>
        <translation>未导出任何内容：文件夹 %1 无法写入（写保护的U盘、光盘或只读文件夹）。请用“浏览”选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="404"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="403"/>
        <source>The release could not be exported:
%1</source>
        <translation>无法导出新闻稿：
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="419"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="355"/>
        <source>warnings: %1, style notes: %2</source>
        <translation>警告 %1 个，风格提示 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/export_dialog.py" line="357"/>
        <source>ignored: %1</source>
        <translation>已忽略 %1 个</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="195"/>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>Replace wi&amp;th:</source>
        <translation>替换为(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="196"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="199"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="202"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="203"/>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="204"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="205"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="206"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="207"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="231"/>
        <source>Type the text to find first.</source>
        <translation>请先输入要查找的文本。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="240"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="242"/>
        <source>(%n match(es) in rows or columns the grid hides)</source>
        <translation>
            <numerusform>（另有 %n 处匹配位于表格隐藏的行或列中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="248"/>
        <source>Match %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="250"/>
        <source>(%n more in rows or columns the grid hides)</source>
        <translation>
            <numerusform>（另有 %n 处位于表格隐藏的行或列中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="313"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/find_replace.py" line="329"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="331"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/find_replace.py" line="333"/>
        <source>(%n of them in rows or columns the grid hides; Ctrl+Z takes them all back)</source>
        <translation>
            <numerusform>（其中 %n 处位于表格隐藏的行或列中；按 Ctrl+Z 可全部撤销）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="31"/>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="45"/>
        <source>&amp;Start Working</source>
        <translation>开始工作(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="48"/>
        <source>Read the User &amp;Guide</source>
        <translation>阅读用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="60"/>
        <source>One press release, three languages</source>
        <translation>一篇新闻稿，三种语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="61"/>
        <source>This is a sample release. Each row is one paragraph; the three columns are its &lt;b&gt;Chinese&lt;/b&gt;, &lt;b&gt;English&lt;/b&gt; and &lt;b&gt;Russian&lt;/b&gt; versions. Any column can be the source. Every cell has a status (draft, reviewed, approved…); a cell whose source changed after it was written is marked stale.</source>
        <translation>这是一篇示例新闻稿。每一行是一个段落，三列分别是其&lt;b&gt;中文&lt;/b&gt;、&lt;b&gt;英文&lt;/b&gt;和&lt;b&gt;俄文&lt;/b&gt;版本。任何一列都可以作为源文本。每个单元格都有状态（草稿、已审校、已批准……）；如果单元格写好后其源文本又发生了变化，则会被标为过时。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="65"/>
        <source>Official names and titles</source>
        <translation>官方名称和职务</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="66"/>
        <source>The &lt;b&gt;Glossary&lt;/b&gt; panel on the right lists the names and titles found in the current paragraph with their approved forms in all three languages. The quality checks at the bottom flag forbidden or outdated forms before you export.</source>
        <translation>右侧的&lt;b&gt;术语表&lt;/b&gt;面板列出当前段落中出现的名称和职务，以及它们在三种语言中的批准形式。底部的质量检查会在导出前标出禁用或过时的写法。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="69"/>
        <source>Machine translation is optional</source>
        <translation>机器翻译是可选的</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="70"/>
        <source>Suggestions come from offline language packs (&lt;i&gt;.argosmodel&lt;/i&gt; files, e.g. Chinese–English and English–Russian), installed once with Tools ▸ Language Packs or with &lt;code&gt;pressdesk packs install FILE&lt;/code&gt;. &lt;b&gt;None are needed&lt;/b&gt; to edit, import, check the glossary or export Word documents.</source>
        <translation>翻译建议来自离线语言包（&lt;i&gt;.argosmodel&lt;/i&gt; 文件，例如中英和英俄语言包），可通过“工具 ▸ 语言包”或 &lt;code&gt;pressdesk packs install FILE&lt;/code&gt; 命令一次性安装。编辑、导入、检查术语或导出 Word 文档&lt;b&gt;都不需要&lt;/b&gt;语言包。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/first_run.py" line="74"/>
        <source>Start your own release with File ▸ New, then File ▸ Import Document for each language. Work is autosaved; Help ▸ User Guide explains the rest.</source>
        <translation>通过“文件 ▸ 新建”开始您自己的新闻稿，然后为每种语言使用“文件 ▸ 导入文档”。工作会自动保存；其余内容请参阅“帮助 ▸ 用户指南”。</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="42"/>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="43"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="44"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="45"/>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="46"/>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="47"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="48"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="49"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="239"/>
        <source>Search in Chinese, English or Russian…</source>
        <translation>用中文、英文或俄文搜索…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="247"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="242"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="250"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="252"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="253"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="254"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="255"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="258"/>
        <source>Import Glossary…</source>
        <translation>导入术语表…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="259"/>
        <source>Export Glossary…</source>
        <translation>导出术语表…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="260"/>
        <source>Undo Last Import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="264"/>
        <source>Double-click to insert the approved form into the cell being edited (%1)</source>
        <translation>双击可将批准形式插入正在编辑的单元格（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Add “%1”</source>
        <translation>撤销添加“%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="270"/>
        <source>Undo Edit “%1”</source>
        <translation>撤销编辑“%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="271"/>
        <source>Undo Delete “%1”</source>
        <translation>撤销删除“%1”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="592"/>
        <source>Took back the last glossary change (“%1”).</source>
        <translation>已撤销上一次术语表更改（“%1”）。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Glossaries (%1);;All files (*)</source>
        <translation>术语表 (%1);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="402"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>找到 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="411"/>
        <source>Loading the glossary…</source>
        <translation>正在加载术语表…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="413"/>
        <source>Terms in the current segment</source>
        <translation>当前段落中的术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="556"/>
        <source>Delete Entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="557"/>
        <source>Delete “%1” from the glossary?</source>
        <translation>从术语表中删除“%1”？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="504"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="654"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="679"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="241"/>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="243"/>
        <source>Glossary entries</source>
        <translation>术语表条目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="244"/>
        <source>Entry details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="245"/>
        <source>Select an entry to see its forms in all three languages and its note.</source>
        <translation>选择一个条目，即可查看其三种语言的形式和备注。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="256"/>
        <source>&amp;Find in Release</source>
        <translation>在新闻稿中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="257"/>
        <source>Go to the next paragraph that uses the entry&apos;s approved form</source>
        <translation>转到下一个使用该条目规范形式的段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="261"/>
        <source>Saving to the glossary…</source>
        <translation>正在保存到术语表…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="273"/>
        <source>Undo Glossary Change</source>
        <translation>撤销术语表更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="372"/>
        <source>The glossary cannot be searched: %1</source>
        <translation>无法搜索术语库：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="404"/>
        <source>The glossary cannot be opened, so names are not highlighted, protected in translation or checked.</source>
        <translation>无法打开术语表，因此名称不会被突出显示、在翻译中受到保护或接受检查。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="407"/>
        <source>Restore %1 from a backup, or move it away and start PressDesk again to begin with the built-in names.</source>
        <translation>请从备份恢复 %1，或将其移走后重新启动 PressDesk，以内置名称重新开始。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="500"/>
        <source>The glossary is not available yet: still connecting to the server</source>
        <translation>术语库暂不可用：仍在连接服务器</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="505"/>
        <source>The shared glossary is read-only for this login: it can be searched and matched, but changes must be made by an editor.</source>
        <translation>此登录对共享术语库只有只读权限：可以搜索和匹配，但修改须由编辑人员进行。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="578"/>
        <source>Deleted “%1” from the glossary; Ctrl+Z here or More ▸ Undo Delete brings it back.</source>
        <translation>已从术语表中删除“%1”；在此按 Ctrl+Z 或选择 更多 ▸ 撤销删除 即可恢复。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="633"/>
        <source>The glossary has not been changed.</source>
        <translation>术语表未作任何更改。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="636"/>
        <source>Another program is writing to the glossary and has not let go of it for five seconds, so your change is not saved yet. Nothing you typed is lost.</source>
        <translation>另一个程序正在写入术语表，已占用五秒仍未释放，因此您的更改尚未保存。您输入的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="638"/>
        <source>Retry saves it now; Cancel opens it again as you typed it, to save later.</source>
        <translation>“重试”立即保存；“取消”按您输入的内容重新打开，以便稍后保存。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="639"/>
        <source>Retry tries again now; Cancel leaves the glossary as it is.</source>
        <translation>“重试”立即再试一次；“取消”保持术语表不变。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="641"/>
        <source>Glossary Busy</source>
        <translation>术语表忙</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="684"/>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="694"/>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="697"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="706"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="714"/>
        <source>Glossary import: %1 added, %2 updated, %3 skipped</source>
        <translation>术语表导入：新增 %1，更新 %2，跳过 %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="720"/>
        <source>Undoing the last import…</source>
        <translation>正在撤销上次导入…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="727"/>
        <source>Undid the import of %1</source>
        <translation>已撤销 %1 的导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="732"/>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="733"/>
        <source>CSV (*.csv);;TBX (*.tbx);;OmegaT glossary, English → Russian (*.txt)</source>
        <translation>CSV (*.csv);;TBX (*.tbx);;OmegaT 术语表，英文 → 俄文 (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="738"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="745"/>
        <source>Exported %1 entries to %2</source>
        <translation>已将 %1 个条目导出到 %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/panel.py" line="685"/>
        <source>“%1” was not imported; the glossary has not been changed.</source>
        <translation>未导入“%1”，术语表未做任何更改。</translation>
    </message>
</context>
<context>
    <name>GlossaryReasons</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="33"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="34"/>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="35"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="36"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="37"/>
        <source>sheet %1, %2</source>
        <translation>工作表 %1，%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="38"/>
        <source>no table of terms in two languages; not imported</source>
        <translation>没有双语术语表；未导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="41"/>
        <source>%1; not imported</source>
        <translation>%1；未导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="42"/>
        <source>a title above the header row; not a term</source>
        <translation>表头行上方的标题；不是术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="43"/>
        <source>no term in Chinese, English or Russian</source>
        <translation>没有中文、英文或俄文术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="44"/>
        <source>no approved form in Chinese, English or Russian</source>
        <translation>没有中文、英文或俄文规范形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="47"/>
        <source>only forbidden forms in Chinese, English or Russian</source>
        <translation>中文、英文或俄文中只有禁用形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="48"/>
        <source>a term is longer than %1 characters</source>
        <translation>术语超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="50"/>
        <source>unknown category “%1” (expected one of %2)</source>
        <translation>未知类别“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="52"/>
        <source>already in the glossary as #%1 (%2)</source>
        <translation>术语表中已有此条目：#%1（%2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="53"/>
        <source>not merged into #%1: %2</source>
        <translation>未合并到 #%1：%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="55"/>
        <source>same term as an earlier entry, not merged into it: %1</source>
        <translation>与前面的条目术语相同，未合并：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="58"/>
        <source>same term as an earlier entry (%1); merged into it</source>
        <translation>与前面的条目术语相同（%1）；已合并</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="61"/>
        <source>the approved form is empty in every language</source>
        <translation>所有语言的规范形式均为空</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="63"/>
        <source>%1: %2 forms; at most %3 (approved, variants and forbidden) per language</source>
        <translation>%1：共 %2 个形式；每种语言最多 %3 个（规范、变体和禁用形式）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="68"/>
        <source>%1: a form of %2 characters (%3); at most %4</source>
        <translation>%1：某形式有 %2 个字符（%3）；最多 %4 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="71"/>
        <source>%1: the form %2 %3</source>
        <translation>%1：形式 %2 %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="74"/>
        <source>%1: %2 contains “|”, which separates listed forms (CSV, the command line)</source>
        <translation>%1：%2 含有“|”，它用于分隔所列形式（CSV、命令行）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="79"/>
        <source>%1: %2 is both allowed and forbidden</source>
        <translation>%1：%2 既被允许又被禁用</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="82"/>
        <source>%1: %2 is already the approved form of entry #%3</source>
        <translation>%1：%2 已是条目 #%3 的规范形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="84"/>
        <source>the note has %1 characters; at most %2</source>
        <translation>备注有 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="86"/>
        <source>the source has %1 characters; at most %2</source>
        <translation>来源有 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="88"/>
        <source>the note %1</source>
        <translation>备注%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="89"/>
        <source>the source %1</source>
        <translation>来源%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="90"/>
        <source>is not valid text (it holds bytes that are not UTF-8)</source>
        <translation>不是有效文本（含有非 UTF-8 字节）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="92"/>
        <source>contains %1, a code point that is not a character</source>
        <translation>含有 %1，这是一个非字符码位</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="95"/>
        <source>contains the invisible or control character %1</source>
        <translation>含有不可见字符或控制字符 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="98"/>
        <source>mixes alphabets: %1 in “%2” (type “%3”)</source>
        <translation>混用字母表：“%2”中有 %1（应输入“%3”）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="100"/>
        <source>mixes alphabets: %1 in “%2”</source>
        <translation>混用字母表：“%2”中有 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="103"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 不是日期（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/reasons.py" line="106"/>
        <source>the period from %1 to %2 ends before it starts</source>
        <translation>从 %1 到 %2 的期间结束早于开始</translation>
    </message>
</context>
<context>
    <name>GlossaryUi</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="117"/>
        <source>Insert Appro&amp;ved Term</source>
        <translation>插入批准术语(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="118"/>
        <source>Replace the term under the cursor with its approved form, or insert the approved form of the entry selected in the Glossary</source>
        <translation>将光标处的术语替换为其批准形式，或插入术语表中所选条目的批准形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="184"/>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="211"/>
        <source>Start editing a cell to insert a term</source>
        <translation>请先开始编辑单元格，再插入术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="216"/>
        <source>“%1” has no approved form in %2</source>
        <translation>“%1”没有%2的批准形式</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="354"/>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="355"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="356"/>
        <source>Getting &amp;Started</source>
        <translation>入门(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="357"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="358"/>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="74"/>
        <source>Revision History</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="75"/>
        <source>Segment %1, %2: saved revisions, newest first</source>
        <translation>第 %1 段，%2：已保存的修订，最新的在前</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="77"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="78"/>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="86"/>
        <source>No saved revisions yet: save the project to start its history.</source>
        <translation>尚无已保存的修订：保存项目后即开始记录历史。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/history_dialog.py" line="111"/>
        <source>Restore revision</source>
        <translation>恢复修订</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="199"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="209"/>
        <source>Import Document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="210"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="211"/>
        <source>Import into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="214"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="259"/>
        <source>Not imported: %n page number(s) and running head(s) of the printed pages.</source>
        <translation>
            <numerusform>未导入：印刷页面上的 %n 处页码和页眉页脚。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="262"/>
        <source>%n line(s) broken as on a printed page joined to the paragraph they continue.</source>
        <translation>
            <numerusform>按印刷页面断开的 %n 行已并入其所属的段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="265"/>
        <source>%n Word comment(s) become comments of the paragraphs they are written on.</source>
        <translation>
            <numerusform>%n 条 Word 批注将成为其所在段落的备注。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="270"/>
        <source>This document is a table with one language per column: %1. You can import all its language columns at once, row by row, or only the column chosen above.</source>
        <translation>此文档是每列一种语言的表格：%1。可以一次逐行导入其所有语言列，也可以只导入上面选定的列。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="274"/>
        <source>Not imported: the columns %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="276"/>
        <source>Not imported: %n paragraph(s) outside the table.</source>
        <translation>
            <numerusform>未导入：表格外的 %n 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="279"/>
        <source>The paragraphs of this document take turns between languages: %1. You can import all its languages at once, row by row, or only the language chosen above.</source>
        <translation>本文档的段落按语言交替排列：%1。您可以逐行一次导入其全部语言，或只导入上面选择的语言。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="284"/>
        <source>Import all its languages (%1)</source>
        <translation>导入其全部语言（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="286"/>
        <source>Import all its language columns (%1)</source>
        <translation>导入其所有语言列（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="304"/>
        <source>This file cannot be imported; the release has not been changed.</source>
        <translation>无法导入此文件；新闻稿未作任何更改。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="305"/>
        <source>Open the file in Word and save it again as a Word document (.docx), or save its text as plain text (.txt), then import that file.</source>
        <translation>请在 Word 中打开该文件并重新另存为 Word 文档（.docx），或将其文字另存为纯文本（.txt），然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="307"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="331"/>
        <source>This column cannot be imported: %1</source>
        <translation>无法导入此列：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="332"/>
        <source>Nothing has been changed. Choose another language above, or import another file.</source>
        <translation>未作任何更改。请在上方选择其他语言，或导入其他文件。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference (%1)</source>
        <translation>参照（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="350"/>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="351"/>
        <source>Now in %1</source>
        <translation>%1 现有内容</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="352"/>
        <source>From the document</source>
        <translation>来自文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="374"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="407"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="449"/>
        <source>Added as a new row</source>
        <translation>作为新行添加</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="378"/>
        <source>Replaced by the document&apos;s paragraph</source>
        <translation>将被文档中的段落替换</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/import_dialog.py" line="383"/>
        <source>%n paragraph(s) make a new release, one row each.</source>
        <translation>
            <numerusform>%n 个段落组成一篇新的新闻稿，每段一行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="387"/>
        <location filename="../desktop_app/ui/import_dialog.py" line="415"/>
        <source>%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.</source>
        <translation>%1 个段落对应 %2 行：填入 %3 个单元格，替换 %4 个，新增 %5 行。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="410"/>
        <source>No paragraph of the document pairs with this row</source>
        <translation>文档中没有与此行配对的段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="419"/>
        <source>The document has %1 paragraphs but the release has %2 rows: they were paired with the %3 text by length and numbers; check the tinted rows.</source>
        <translation>文档有 %1 个段落，而新闻稿有 %2 行：已按长度和数字与“%3”文本配对；请检查着色的行。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="433"/>
        <source>From the document (%1)</source>
        <translation>来自文档（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="454"/>
        <source>Replaces: %1</source>
        <translation>替换：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="458"/>
        <source>%1 rows into %2 rows, in %3 columns: %4 cells changed, %5 new rows.</source>
        <translation>%1 行导入 %2 行，共 %3 列：更改 %4 个单元格，新增 %5 行。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="478"/>
        <source>another language</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="479"/>
        <source>The text looks %1, but it is going into the %2 column.</source>
        <translation>文本看起来是%1，但将导入%2列。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="485"/>
        <source>Paragraphs %1 do not look %2.</source>
        <translation>第 %1 段看起来不是%2。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="487"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 paragraphs were added as new rows; check the alignment.</source>
        <translation>文档有 %1 个段落，而新闻稿有 %2 行：最后 %3 个段落已作为新行添加，请检查对齐。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/import_dialog.py" line="492"/>
        <source>The document has %1 paragraphs but the release has %2 rows: the last %3 rows get no %4 text from it.</source>
        <translation>文档有 %1 个段落，而新闻稿有 %2 行：最后 %3 行不会从该文档得到%4文本。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="28"/>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="31"/>
        <source>%1: %2 new entries, %3 existing entries completed, %4 skipped.</source>
        <translation>%1：新增 %2 个条目，补全 %3 个现有条目，跳过 %4 个。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="35"/>
        <source>Ignored (not Chinese, English or Russian): %1.</source>
        <translation>已忽略（非中文、英文或俄文）：%1。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/import_preview.py" line="46"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>KeyboardFlow</name>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="85"/>
        <source>&amp;Confirm (%1) and Go to Next</source>
        <translation>确认（%1）并转到下一个(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="86"/>
        <source>Next &amp;Unconfirmed Cell</source>
        <translation>下一个未确认单元格(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="87"/>
        <source>Next &amp;Empty Cell</source>
        <translation>下一个空单元格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="88"/>
        <source>Next Quality &amp;Problem</source>
        <translation>下一个质量问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="89"/>
        <source>Previous Quality P&amp;roblem</source>
        <translation>上一个质量问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="90"/>
        <source>&amp;Go to Segment…</source>
        <translation>转到段落(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="91"/>
        <source>Cop&amp;y Source to Target</source>
        <translation>将原文复制到译文(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="93"/>
        <source>Insert Term %1</source>
        <translation>插入术语 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="94"/>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="95"/>
        <source>Insert Glossary &amp;Term</source>
        <translation>插入术语表术语(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="132"/>
        <source>No more cells to go to in this column.</source>
        <translation>此列中没有更多可转到的单元格。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="159"/>
        <source>Go to Segment</source>
        <translation>转到段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="160"/>
        <source>Segment (1–%1):</source>
        <translation>段落（1–%1）：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="180"/>
        <source>No quality problems to go to.</source>
        <translation>没有可转到的质量问题。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="220"/>
        <source>The other cells of this row are empty: nothing to copy.</source>
        <translation>此行其他单元格为空：没有可复制的内容。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="224"/>
        <source>Copy source to target</source>
        <translation>复制原文到译文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/keyboard_flow.py" line="249"/>
        <source>The source has no term %1.</source>
        <translation>原文中没有第 %1 个术语。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="18"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="20"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="74"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="75"/>
        <source>machine</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="76"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="77"/>
        <source>reviewed</source>
        <translation>已审校</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="78"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="85"/>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="86"/>
        <source>subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="87"/>
        <source>dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="88"/>
        <source>lead</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="89"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="90"/>
        <source>quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="91"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="92"/>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="93"/>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="102"/>
        <source>machine translation from %1</source>
        <translation>由%1机器翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="105"/>
        <source>translation memory from %1</source>
        <translation>来自%1的翻译记忆</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="107"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="111"/>
        <source>typed, based on %1</source>
        <translation>手动输入，依据%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="112"/>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/labels.py" line="113"/>
        <source>no text yet</source>
        <translation>尚无文本</translation>
    </message>
</context>
<context>
    <name>LegendAction</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="147"/>
        <source>Colour &amp;Legend</source>
        <translation>颜色图例(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="98"/>
        <source>Colour Legend</source>
        <translation>颜色图例</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="99"/>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="100"/>
        <source>Glossary terms in the text</source>
        <translation>文本中的术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="102"/>
        <source>nothing written yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="103"/>
        <source>machine translation, not yet checked by a person</source>
        <translation>机器翻译，尚未经人工检查</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="104"/>
        <source>typed or imported, not yet reviewed</source>
        <translation>已输入或导入，尚未审校</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="105"/>
        <source>reviewed by a translator</source>
        <translation>已由译者审校</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="106"/>
        <source>approved for publication</source>
        <translation>已批准发布</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="110"/>
        <source>&lt;b&gt;stale&lt;/b&gt; — the text it was translated from has changed since</source>
        <translation>&lt;b&gt;已过时&lt;/b&gt; — 其翻译所依据的原文此后已更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="112"/>
        <source>the approved form of an official name or title</source>
        <translation>官方名称或职务的规范形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="113"/>
        <source>an accepted variant: the approved form is preferred</source>
        <translation>可接受的变体：优先使用规范形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="114"/>
        <source>a short second reference (a surname alone, “the conference”)</source>
        <translation>再次提及时的简称（仅姓氏、“会议”）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/legend.py" line="115"/>
        <source>a forbidden form: replace it with the approved one</source>
        <translation>禁用形式：请替换为规范形式</translation>
    </message>
</context>
<context>
    <name>MachineTranslationUi</name>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="50"/>
        <source>&amp;Language Packs…</source>
        <translation>语言包(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/mt_menu.py" line="51"/>
        <source>Install, remove or download offline translation packs</source>
        <translation>安装、删除或下载离线翻译语言包</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="433"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="434"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="435"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="436"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="438"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="439"/>
        <source>&amp;Segment</source>
        <translation>段落(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="440"/>
        <source>R&amp;ole</source>
        <translation>段落类型(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="441"/>
        <source>C&amp;ell Status</source>
        <translation>单元格状态(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="442"/>
        <source>&amp;Filter Rows</source>
        <translation>筛选行(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="443"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="444"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="445"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="446"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="447"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="448"/>
        <source>&amp;Import Document…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="449"/>
        <source>Release &amp;Title and Date…</source>
        <translation>新闻稿标题和日期(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="450"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="451"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="457"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="458"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>查找和替换(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="459"/>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="460"/>
        <source>Fin&amp;d Previous</source>
        <translation>查找上一个(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="461"/>
        <source>Insert Segment Abo&amp;ve</source>
        <translation>在上方插入段落(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="462"/>
        <source>Insert Segment &amp;Below</source>
        <translation>在下方插入段落(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="463"/>
        <source>&amp;Delete Segment</source>
        <translation>删除段落(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="464"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="465"/>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="466"/>
        <source>S&amp;plit at Cursor</source>
        <translation>在光标处拆分(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="467"/>
        <source>&amp;Merge with Next</source>
        <translation>与下一段合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="468"/>
        <source>&amp;Approve Cell</source>
        <translation>批准单元格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="469"/>
        <source>Approve Ro&amp;w</source>
        <translation>批准整行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="472"/>
        <source>&amp;Machine</source>
        <translation>机器翻译(&amp;M)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="473"/>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="474"/>
        <source>&amp;Reviewed</source>
        <translation>已审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="475"/>
        <source>&amp;Approved</source>
        <translation>已批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="480"/>
        <source>&amp;Headline</source>
        <translation>标题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="481"/>
        <source>&amp;Subheadline</source>
        <translation>副标题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="482"/>
        <source>&amp;Dateline</source>
        <translation>电头(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="483"/>
        <source>&amp;Lead</source>
        <translation>导语(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="484"/>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="485"/>
        <source>&amp;Quote</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="486"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="487"/>
        <source>&amp;Contact</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="488"/>
        <source>&amp;Note</source>
        <translation>注释(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="492"/>
        <source>Revision &amp;History…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="493"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="495"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="496"/>
        <source>Only empty</source>
        <translation>仅空白</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="497"/>
        <source>Only stale</source>
        <translation>仅过时</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="498"/>
        <source>Only not approved</source>
        <translation>仅未批准</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="501"/>
        <source>&amp;All rows</source>
        <translation>全部行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="502"/>
        <source>Only &amp;empty</source>
        <translation>仅空白(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="503"/>
        <source>Only &amp;stale</source>
        <translation>仅过时(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="504"/>
        <source>Only &amp;not approved</source>
        <translation>仅未批准(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="509"/>
        <source>&amp;Russian</source>
        <translation>俄文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="511"/>
        <source>in %1</source>
        <translation>%1列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="513"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="514"/>
        <source>Rows shown</source>
        <translation>显示的行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="515"/>
        <source>Column the row filter looks at</source>
        <translation>行筛选所依据的列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="516"/>
        <source>Release: one row per paragraph, one column per language</source>
        <translation>新闻稿：每段一行，每种语言一列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="519"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="520"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="521"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="522"/>
        <source>Suggestions</source>
        <translation>翻译建议</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="523"/>
        <source>Quality Checks</source>
        <translation>质量检查</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="525"/>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="526"/>
        <source>&amp;Suggestions</source>
        <translation>翻译建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="527"/>
        <source>&amp;Quality Checks</source>
        <translation>质量检查(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="528"/>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="529"/>
        <source>Official names and titles for the current segment appear here.</source>
        <translation>当前段落中的官方名称和职务将显示在这里。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="530"/>
        <source>Machine-translation suggestions appear here.</source>
        <translation>机器翻译建议将显示在这里。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="531"/>
        <source>Problems found by the quality checks appear here.</source>
        <translation>质量检查发现的问题将显示在这里。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="542"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="561"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="562"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="626"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="580"/>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>PressDesk projects (*.pressdesk)</source>
        <translation>PressDesk 项目 (*.pressdesk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="603"/>
        <source>“%1” is in a folder that cannot be written to (a write-protected USB stick, a CD or a read-only network folder).</source>
        <translation>“%1”所在的文件夹无法写入（写保护的U盘、光盘或只读网络文件夹）。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="605"/>
        <source>Read-only folder</source>
        <translation>只读文件夹</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="609"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="627"/>
        <source>“%1” is a document, not a PressDesk project. Start a new release with its text?

To add it to the release you have open as one of its languages, use File ▸ Import Document.</source>
        <translation>“%1”是文档，不是 PressDesk 项目。是否用它的文本新建一篇新闻稿？

如要把它作为一种语言加入当前打开的新闻稿，请使用 文件 ▸ 导入文档。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="644"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="646"/>
        <source>“%1” is already open in another PressDesk window since %2.</source>
        <translation>自 %2 起，“%1”已在另一个 PressDesk 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="648"/>
        <source>“%1” is already open in another PressDesk (process %3, %4) since %2.</source>
        <translation>自 %2 起，“%1”已在另一个 PressDesk（进程 %3，%4）中打开。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="650"/>
        <source>“%1” is already open in PressDesk on another computer (%4) since %2.</source>
        <translation>自 %2 起，“%1”已在另一台计算机（%4）上的 PressDesk 中打开。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="655"/>
        <source>Only one window can edit a project at a time: close it there, or open this one read-only.</source>
        <translation>一个项目同时只能在一个窗口中编辑：请在那里关闭它，或在此以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="665"/>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="666"/>
        <source>Open it read-only? You can still save your changes under another name.</source>
        <translation>以只读方式打开？您仍可以将更改另存为其他名称。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="680"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="681"/>
        <source>PressDesk was closed without saving “%1”. Changes autosaved at %2 can be restored. Restore them?</source>
        <translation>PressDesk 关闭时未保存“%1”。可以恢复 %2 自动保存的更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="756"/>
        <location filename="../desktop_app/ui/main_window.py" line="767"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="927"/>
        <source>A translation memory is being imported; drop %1 again when it has finished</source>
        <translation>正在导入翻译记忆库；完成后请再次拖放 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1074"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="741"/>
        <location filename="../desktop_app/ui/main_window.py" line="762"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="747"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="768"/>
        <source>“%1” was not saved. Your changes are still here and kept by autosave: free some space or choose another place with File ▸ Save As.</source>
        <translation>“%1”未保存。您的修改仍在此处并已自动保存：请释放磁盘空间，或通过 文件 ▸ 另存为 选择其他位置。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="798"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="801"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="812"/>
        <source>Project not found</source>
        <translation>找不到项目</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="809"/>
        <source>“%1” is no longer in %2: it was moved, renamed or deleted. It is taken off the recent list; open it from its new place with File ▸ Open.</source>
        <translation>“%1”已不在 %2 中：它已被移动、重命名或删除。已将其从最近列表中移除；请通过“文件 ▸ 打开”从新位置打开它。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="825"/>
        <source>Autosaved</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="835"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="843"/>
        <source>Import Document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="844"/>
        <source>Documents (*.docx *.docm *.dotx *.txt *.json)</source>
        <translation>文档 (*.docx *.docm *.dotx *.txt *.json)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="858"/>
        <source>Import into %1</source>
        <translation>导入到%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="860"/>
        <source>The release changed while the document was read; import it again</source>
        <translation>读取文档期间稿件已更改；请重新导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="863"/>
        <source>Imported %n paragraph(s)</source>
        <translation>
            <numerusform>已导入 %n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="865"/>
        <source>Imported %n row(s) into %1</source>
        <translation>
            <numerusform>已将 %n 行导入到%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="973"/>
        <source>An empty cell has no status to give: type, paste or translate its text first.</source>
        <translation>空单元格无法设置状态：请先输入、粘贴或翻译其文本。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="985"/>
        <source>Change role</source>
        <translation>更改段落类型</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1010"/>
        <source>Place the cursor in a cell&apos;s text where it should be split.</source>
        <translation>请将光标放在单元格文本中要拆分的位置。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1017"/>
        <source>Nothing to split: the cursor is at the start or end of the text.</source>
        <translation>无法拆分：光标位于文本的开头或末尾。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="1023"/>
        <source>The last segment has nothing below it to merge with.</source>
        <translation>最后一段下面没有可合并的段落。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="610"/>
        <source>“%1” was not opened and has not been changed.</source>
        <translation>未打开“%1”，该文件未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="517"/>
        <source>Next &amp;Panel</source>
        <translation>下一个面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="518"/>
        <source>Pre&amp;vious Panel</source>
        <translation>上一个面板(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="455"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="456"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>NameAssistant</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="99"/>
        <source>Name assistant</source>
        <translation>人名助手</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="100"/>
        <source>Use for English and Russian</source>
        <translation>用于英文和俄文</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="141"/>
        <source>Type the name in Chinese characters to get the English (Pinyin) and Russian (Palladius) forms.</source>
        <translation>输入汉字姓名，即可得到英文（拼音）和俄文（巴拉第）形式。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/entry_dialog.py" line="146"/>
        <source>Characters with several readings: choose below.</source>
        <translation>多音字：请在下方选择读音。</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="203"/>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="205"/>
        <source>through English (%1)</source>
        <translation>经由英文（%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="208"/>
        <source>missing: install %1</source>
        <translation>缺少：请安装 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="225"/>
        <source>Install Language Pack</source>
        <translation>安装语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="226"/>
        <source>Argos language packs (*.argosmodel);;All files (*)</source>
        <translation>Argos 语言包 (*.argosmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="232"/>
        <source>Installing %1…</source>
        <translation>正在安装 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="245"/>
        <source>Remove Language Pack</source>
        <translation>删除语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="246"/>
        <source>Remove the %1 language pack?</source>
        <translation>删除 %1 语言包？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="249"/>
        <source>Removing %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="254"/>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="260"/>
        <source>Reading the package index…</source>
        <translation>正在读取语言包索引…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="269"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="281"/>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="294"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="321"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="318"/>
        <source>Offline: the package index cannot be reached. Install language packs from .argosmodel files instead (Install from File…).</source>
        <translation>离线：无法访问语言包索引。请改为从 .argosmodel 文件安装语言包（从文件安装…）。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="323"/>
        <source>Not installed: %1. The installed packs are unchanged.</source>
        <translation>未安装：%1。已安装的语言包保持不变。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="326"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="330"/>
        <source>Language Packs</source>
        <translation>语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="331"/>
        <source>Installed language packs:</source>
        <translation>已安装的语言包：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="237"/>
        <source>Installed %1, version %2.</source>
        <translation>已安装 %1，版本 %2。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="274"/>
        <source>%1 packs for Chinese, English and Russian in the index.</source>
        <translation>索引中有 %1 个中文、英文和俄文语言包。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="332"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="333"/>
        <source>Install from File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="334"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="335"/>
        <source>Directions between Chinese, English and Russian:</source>
        <translation>中文、英文和俄文之间的翻译方向：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="336"/>
        <source>Argos package index (needs a network):</source>
        <translation>Argos 语言包索引（需要网络）：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="337"/>
        <source>Check the Index</source>
        <translation>检查索引</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="338"/>
        <source>Download and Install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="339"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/packs_dialog.py" line="340"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="123"/>
        <location filename="../desktop_app/ui/preferences.py" line="175"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="124"/>
        <source>&amp;Author (for exported documents):</source>
        <translation>作者（用于导出的文档）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>&amp;End mark:</source>
        <translation>结束标记(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="125"/>
        <source>Ctrl+Enter &amp;marks a cell:</source>
        <translation>Ctrl+Enter 将单元格标为(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Auto&amp;save every:</source>
        <translation>自动保存间隔(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="126"/>
        <source>Machine &amp;translation:</source>
        <translation>机器翻译(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="127"/>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="130"/>
        <source>### (international)</source>
        <translation>###（国际通用）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="131"/>
        <source>Native: 完 in Chinese, *** in Russian</source>
        <translation>本地习惯：中文用“完”，俄文用 ***</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="134"/>
        <source>Draft (fast)</source>
        <translation>草稿（快速）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="135"/>
        <source>Best (beam search, about 3× slower)</source>
        <translation>最佳（束搜索，约慢 3 倍）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="136"/>
        <source>How suggestions and Translate Column decode: draft picks the likeliest word at each step; best compares four candidates.</source>
        <translation>建议和“翻译整列”的解码方式：草稿在每一步选取最可能的词；最佳则比较四个候选。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="138"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="142"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="143"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="144"/>
        <source>Unticked languages are hidden from the grid; at least one stays visible.</source>
        <translation>未勾选的语言将在表格中隐藏；至少保留一种可见。</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="24"/>
        <source>no {lang} text (filled in: {others})</source>
        <translation>没有{lang}文本（{others}已填写）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="25"/>
        <source>identical to the {other} text: not translated</source>
        <translation>与{other}文本相同：未翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="26"/>
        <source>written in {detected}, not {lang}</source>
        <translation>用{detected}书写，而不是{lang}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="27"/>
        <source>the {source} text has changed since this was translated from it</source>
        <translation>{source}原文在翻译后已更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="28"/>
        <source>much shorter than the other versions ({ratio}× shorter): text may be missing</source>
        <translation>比其他版本短得多（短 {ratio} 倍）：可能缺少文字</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="30"/>
        <source>much longer than the other versions ({ratio}× longer): text may be repeated</source>
        <translation>比其他版本长得多（长 {ratio} 倍）：文字可能重复</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="32"/>
        <source>{value} is missing here ({where})</source>
        <translation>此处缺少 {value}（{where}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="33"/>
        <source>“{text}” ({value}) does not appear in the {langs} text</source>
        <translation>“{text}”（{value}）未出现在{langs}文本中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="34"/>
        <source>“{text}”: the other versions say {said} {value}</source>
        <translation>“{text}”：其他版本为{said} {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="35"/>
        <source>the date {dates} is missing here ({where})</source>
        <translation>此处缺少日期 {dates}（{where}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="36"/>
        <source>“{text}” here, but {dates} in the other versions ({where})</source>
        <translation>此处为“{text}”，但其他版本为 {dates}（{where}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="38"/>
        <source>“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})</source>
        <translation>“{text}”（{date}）与{lang}文本所指日期不同：“{other_text}”（{other_date}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="40"/>
        <source>“{text}”: {date} is a {weekday}</source>
        <translation>“{text}”：{date} 是{weekday}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="41"/>
        <source>“{text}” is not to be used: use “{approved}”</source>
        <translation>不得使用“{text}”：请用“{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="42"/>
        <source>“{text}” is not to be used</source>
        <translation>不得使用“{text}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="43"/>
        <source>“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})</source>
        <translation>“{text}”在 {date} 不适用（术语表：{valid_from} 至 {valid_to}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="45"/>
        <source>“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant</source>
        <translation>“{text}”（{lang}）在此处没有对应：应为“{approved}”或可接受的变体</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="47"/>
        <source>“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short form or a reference to it</source>
        <translation>“{text}”（{lang}）在本段没有对应：应为“{approved}”、其简称或指代</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="50"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”</source>
        <translation>“{text}”（{lang}）在{version}文本中未被提及：应为“{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="52"/>
        <source>“{text}” ({lang}) is named nowhere in the {version} text</source>
        <translation>“{text}”（{lang}）在{version}文本中未被提及</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="53"/>
        <source>“{text}” is not how this person is named: “{approved}”</source>
        <translation>“{text}”不是此人的正确名称：“{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="55"/>
        <source>“{text}” is a given name alone, read as a surname: “{approved}”</source>
        <translation>“{text}”只是名字，却被当作姓氏使用：“{approved}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="57"/>
        <source>“{text}” appears only here: the {langs} text names no counterpart</source>
        <translation>“{text}”仅出现在此处：{langs}文本中没有对应</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="59"/>
        <source>“{text}” is a different body from “{other_text}” in the {langs} text</source>
        <translation>“{text}”与{langs}文本中的“{other_text}”是不同的机构</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="61"/>
        <source>{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”</source>
        <translation>{name} 在 {date} 并未担任“{title}”（任期 {period}）；当日为：“{current}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="63"/>
        <source>{name} did not hold “{title}” on {date} (held {period})</source>
        <translation>{name} 在 {date} 并未担任“{title}”（任期 {period}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="65"/>
        <source>{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”</source>
        <translation>{name}在{date}并未担任“{title}”，当时担任者为{holders}；当日其职务：“{current}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="67"/>
        <source>on {date} “{title}” was held by {holders}</source>
        <translation>{date} 担任“{title}”的是 {holders}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="68"/>
        <source>half-width {name} “{char}” in Chinese text: use “{full}”</source>
        <translation>中文文本中有半角{name}“{char}”：请用“{full}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="70"/>
        <source>straight quotes &quot; in Chinese text: use “ ”</source>
        <translation>中文文本中有直引号 &quot;：请用“ ”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="71"/>
        <source>“{text}”: a full stop parts the halves of the name: use “·”</source>
        <translation>“{text}”：姓名的两部分之间用了句点：请用“·”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="73"/>
        <source>space between Chinese characters</source>
        <translation>汉字之间有空格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="74"/>
        <source>Chinese {name} “{char}” in {lang} text</source>
        <translation>{lang}文本中有中文{name}“{char}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="75"/>
        <source>space before punctuation</source>
        <translation>标点前有空格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="76"/>
        <source>no space after punctuation between words</source>
        <translation>词与词之间的标点后缺少空格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="78"/>
        <source>Russian text should use quotes «…» (and „…“ inside them)</source>
        <translation>俄文文本应使用引号 «…»（内层用 „…“）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="79"/>
        <source>unbalanced brackets {pair}</source>
        <translation>括号 {pair} 不成对</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="80"/>
        <source>unbalanced quotes {pair}</source>
        <translation>引号 {pair} 不成对</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="81"/>
        <source>doubled space</source>
        <translation>连续两个空格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="82"/>
        <source>{count} control or text-direction character(s) ({names})</source>
        <translation>{count} 个控制字符或文字方向字符（{names}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="84"/>
        <source>{count} invisible character(s) ({names})</source>
        <translation>{count} 个不可见字符（{names}）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="85"/>
        <source>“{word}” mixes alphabets: {letters} in a Cyrillic word</source>
        <translation>“{word}”混用了字母表：西里尔字母单词中有 {letters}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="86"/>
        <source>“{word}” mixes alphabets: {letters} in a Latin-alphabet word</source>
        <translation>“{word}”混用了字母表：拉丁字母单词中有 {letters}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="88"/>
        <source>“{text}”: “{letter}” ({name}) among words of another alphabet</source>
        <translation>“{text}”：“{letter}”（{name}）夹在另一种字母的单词之间</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="90"/>
        <source>“{word}” is not in the dictionary: a spelling mistake?</source>
        <translation>词典中没有“{word}”：是否拼写有误？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="94"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="95"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="96"/>
        <source>colon</source>
        <translation>冒号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="97"/>
        <source>question mark</source>
        <translation>问号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="98"/>
        <source>exclamation mark</source>
        <translation>感叹号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="99"/>
        <source>bracket</source>
        <translation>括号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="100"/>
        <source>full stop</source>
        <translation>句号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="101"/>
        <source>enumeration comma</source>
        <translation>顿号</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_messages.py" line="102"/>
        <source>and</source>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="71"/>
        <source>Missing text</source>
        <translation>缺少文本</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="72"/>
        <source>Not translated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="73"/>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="74"/>
        <source>Numbers and dates</source>
        <translation>数字和日期</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="75"/>
        <source>Glossary terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="76"/>
        <source>Forbidden forms</source>
        <translation>禁用形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="77"/>
        <source>Titles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="78"/>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="79"/>
        <source>Spacing</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="80"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="81"/>
        <source>Invisible characters</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="82"/>
        <source>Mixed alphabets</source>
        <translation>混用字母表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="83"/>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="259"/>
        <source>Check All</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="260"/>
        <source>Run every quality check on the whole release (F7)</source>
        <translation>对整篇新闻稿运行所有质量检查（F7）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="261"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="264"/>
        <source>All findings</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="265"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="266"/>
        <source>Warnings only</source>
        <translation>仅警告</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="267"/>
        <source>Style notes only</source>
        <translation>仅文体提示</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="268"/>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="269"/>
        <source>Language of the findings</source>
        <translation>问题所在语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="270"/>
        <source>Findings shown</source>
        <translation>显示的问题</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="271"/>
        <source>Group findings</source>
        <translation>问题分组</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="272"/>
        <source>Quality findings</source>
        <translation>质量检查结果</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="273"/>
        <source>By segment</source>
        <translation>按段落</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="274"/>
        <source>Show ignored</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="275"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="576"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="276"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="325"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="329"/>
        <source>Checking… %1%</source>
        <translation>正在检查… %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="386"/>
        <source>The checks could not run: %1</source>
        <translation>无法运行检查：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="516"/>
        <source>The text has changed since the check: check again.</source>
        <translation>检查后文本已更改：请重新检查。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="519"/>
        <location filename="../desktop_app/ui/qa_dock.py" line="575"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="562"/>
        <source>Fix all: %1</source>
        <translation>全部修正：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="563"/>
        <source>Fixed %n finding(s).</source>
        <translation>
            <numerusform>已修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="574"/>
        <source>Go to Cell</source>
        <translation>转到单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/qa_dock.py" line="580"/>
        <source>Fix All %n Like This</source>
        <translation>
            <numerusform>修正全部 %n 个同类问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="607"/>
        <source>Could not save the ignored finding: %1</source>
        <translation>无法保存已忽略的问题：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="721"/>
        <source>Segment %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="737"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="738"/>
        <source>Style</source>
        <translation>文体</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="758"/>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="760"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="761"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="763"/>
        <source>(%1 ignored)</source>
        <translation>（已忽略 %1 个）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="765"/>
        <source>(checked without the glossary: %1)</source>
        <translation>（未使用术语表检查：%1）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Stop Ignoring</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="774"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>QualityChecksUi</name>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="829"/>
        <source>QA: errors %1, warnings %2</source>
        <translation>质检：%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="832"/>
        <source>QA: not checked yet</source>
        <translation>质检：尚未检查</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="833"/>
        <source>Show the quality checks</source>
        <translation>显示质量检查</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="836"/>
        <source>Run &amp;Quality Checks</source>
        <translation>运行质量检查(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/qa_dock.py" line="837"/>
        <source>Check numbers, dates, names, titles and punctuation in all three languages</source>
        <translation>检查三种语言中的数字、日期、名称、职务和标点</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="244"/>
        <source>Stale: the %1 text changed since this was made</source>
        <translation>已过时：%1文本在此之后已更改</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_model.py" line="248"/>
        <source>Last saved revisions:</source>
        <translation>最近保存的修订：</translation>
    </message>
</context>
<context>
    <name>ReleasePropertiesDialog</name>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="38"/>
        <source>Release Properties</source>
        <translation>新闻稿属性</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="39"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/release_properties.py" line="40"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>SegmentComments</name>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="37"/>
        <source>Comment on Paragraph %1</source>
        <translation>第 %1 段的批注</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="38"/>
        <source>A note for the team (exported in the review layout):</source>
        <translation>给团队的说明（导出到审校版式）：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="43"/>
        <source>&amp;Comment…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/comments.py" line="44"/>
        <source>A note about this paragraph for the team, exported in the review layout</source>
        <translation>关于本段、给团队的说明，导出到审校版式</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="193"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="196"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="200"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="220"/>
        <source>Cell editor</source>
        <translation>单元格编辑器</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="221"/>
        <source>Start editing the cell</source>
        <translation>开始编辑单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="222"/>
        <source>Line break</source>
        <translation>换行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="223"/>
        <source>Next / previous language</source>
        <translation>下一种/上一种语言</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="224"/>
        <source>Undo the editing of this cell</source>
        <translation>撤销对此单元格的编辑</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="289"/>
        <source>%1 (person&apos;s text)</source>
        <translation>%1（人工文本）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="345"/>
        <source>Select a cell to see suggestions.</source>
        <translation>选择一个单元格以查看建议。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="350"/>
        <source>Translation memory</source>
        <translation>翻译记忆</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="77"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="79"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="80"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="324"/>
        <source>Ctrl+%1 or a double-click inserts this suggestion</source>
        <translation>按 Ctrl+%1 或双击插入此建议</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="330"/>
        <source>confidence: %1</source>
        <translation>置信度：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="332"/>
        <source>names and titles kept: %1 of %2</source>
        <translation>保留的名称和职务：%1/%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="335"/>
        <source>re-inserted: %1</source>
        <translation>重新插入：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="348"/>
        <source>Suggestions for the %1 text</source>
        <translation>%1文本的建议</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="353"/>
        <source>%1% match with the %2 text of a translated paragraph</source>
        <translation>与已译段落的%2文本匹配 %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="357"/>
        <source>Its source: %1</source>
        <translation>其原文：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="363"/>
        <source>Machine translation from %1 (%2)</source>
        <translation>机器翻译，源自%1（%2）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="374"/>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="393"/>
        <source>Machine translation failed: %1</source>
        <translation>机器翻译失败：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="376"/>
        <source>Translating… (the first request loads the translation engine)</source>
        <translation>正在翻译…（首次请求会加载翻译引擎）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="380"/>
        <source>Nothing to translate from: the other cells of this row are empty.</source>
        <translation>没有可供翻译的源文本：该行其他单元格均为空。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="382"/>
        <source>Ctrl+1…9 or a double-click inserts a suggestion.</source>
        <translation>按 Ctrl+1…9 或双击插入建议。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="390"/>
        <source>No language pack for %1: install %2.</source>
        <translation>没有%1的语言包：请安装%2。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="402"/>
        <source>No language pack is installed, so there are no machine translations. Editing, the glossary, checks and export work without one.</source>
        <translation>未安装语言包，因此没有机器翻译。编辑、术语表、检查和导出无需语言包即可使用。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="428"/>
        <source>Install a &amp;Language Pack…</source>
        <translation>安装语言包(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="430"/>
        <source>Insert Suggestion %1</source>
        <translation>插入建议 %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/suggestions_dock.py" line="424"/>
        <source>Insert suggestion %1</source>
        <translation>插入建议 %1</translation>
    </message>
</context>
<context>
    <name>TeamGlossaryLink</name>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="330"/>
        <source>Shared glossary: connecting…</source>
        <translation>共享术语库：正在连接…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="332"/>
        <source>Shared glossary</source>
        <translation>共享术语库</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="334"/>
        <source>Shared glossary offline: not reached yet, and this desk has no copy of it</source>
        <translation>共享术语库离线：尚未连接上，本机也没有它的副本</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="337"/>
        <source>Shared glossary offline: working from the last copy; %n edit(s) queued</source>
        <translation>
            <numerusform>共享术语库离线：正在使用最近的副本；%n 处修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="343"/>
        <source>%n edit(s) wait for another shared glossary</source>
        <translation>
            <numerusform>%n 处修改等待另一个共享术语库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/glossary_dock/wiring.py" line="344"/>
        <source>%n edit(s) typed offline wait for %1 (sent when this desk uses it again)</source>
        <translation>
            <numerusform>%n 处离线修改等待 %1（本机再次使用该术语库时发送）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamGroup</name>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="229"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared glossary:</source>
        <translation>共享术语库：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>Shared memory:</source>
        <translation>共享翻译记忆库：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="230"/>
        <source>MT server:</source>
        <translation>机器翻译服务器：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="231"/>
        <source>MT server key:</source>
        <translation>机器翻译服务器密钥：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="235"/>
        <source>postgresql://user@server/pressdesk — empty: this desk&apos;s own</source>
        <translation>postgresql://user@server/pressdesk — 留空：使用本机自己的</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="236"/>
        <source>http://server:5000 — empty: the installed language packs</source>
        <translation>http://server:5000 — 留空：使用已安装的语言包</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="237"/>
        <source>The shared glossary and memory are used at once; a new MT server when PressDesk is next started.</source>
        <translation>共享术语库和翻译记忆库立即生效；新的机器翻译服务器在下次启动 PressDesk 时生效。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="250"/>
        <source>A shared glossary or memory is a PostgreSQL URL starting with postgresql://</source>
        <translation>共享术语库或记忆库须是以 postgresql:// 开头的 PostgreSQL 地址</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/preferences.py" line="253"/>
        <source>The MT server is a LibreTranslate URL starting with http:// or https://</source>
        <translation>机器翻译服务器须是以 http:// 或 https:// 开头的 LibreTranslate 地址</translation>
    </message>
</context>
<context>
    <name>TermFromSelection</name>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="36"/>
        <source>Select a name or term in a cell to add it to the glossary.</source>
        <translation>请在单元格中选中名称或术语，以将其加入术语表。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="49"/>
        <source>Add Select&amp;ion to Glossary…</source>
        <translation>将所选内容加入术语表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_from_selection.py" line="50"/>
        <source>A new glossary entry from the selected text, prefilled in all three languages</source>
        <translation>用所选文本新建术语表条目，三种语言均已预填</translation>
    </message>
</context>
<context>
    <name>TermHighlighter</name>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="273"/>
        <source>forbidden form</source>
        <translation>禁用形式</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="274"/>
        <source>short form (a second reference)</source>
        <translation>简称（再次提及）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/term_highlighter.py" line="275"/>
        <source>accepted variant</source>
        <translation>可接受的变体</translation>
    </message>
</context>
<context>
    <name>TranslateAllController</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="120"/>
        <source>&amp;Translate Column…</source>
        <translation>翻译整列(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="121"/>
        <source>Machine-translate the empty cells of a column in the background</source>
        <translation>在后台对某一列的空白单元格进行机器翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="161"/>
        <location filename="../desktop_app/ui/translate_all.py" line="169"/>
        <location filename="../desktop_app/ui/translate_all.py" line="187"/>
        <location filename="../desktop_app/ui/translate_all.py" line="225"/>
        <source>Translate Column</source>
        <translation>翻译整列</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="162"/>
        <source>Nothing to translate into %1: no selected or empty cell has a source text that an installed language pack can translate (Tools ▸ Language Packs).</source>
        <translation>没有需要翻译成%1的内容：所选或空白单元格中没有可由已安装语言包翻译的源文本（工具 ▸ 语言包）。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Loading the translation engine…</source>
        <translation>正在加载翻译引擎…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="188"/>
        <source>No language pack is installed, so nothing can be machine-translated yet. Language packs are files ending in .argosmodel; install one now?</source>
        <translation>尚未安装任何语言包，因此暂时无法机器翻译。语言包是扩展名为 .argosmodel 的文件；现在安装吗？</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="201"/>
        <source>Translating… %1% done, about %2 s left</source>
        <translation>正在翻译… 已完成 %1%，约剩 %2 秒</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="204"/>
        <source>Translating… %1% done</source>
        <translation>正在翻译… 已完成 %1%</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="226"/>
        <source>Machine translation failed: %1</source>
        <translation>机器翻译失败：%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="245"/>
        <source>Filling in %1 cells…</source>
        <translation>正在填写 %1 个单元格…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="250"/>
        <source>Translate %1 cells into %2</source>
        <translation>将 %1 个单元格翻译成%2</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="257"/>
        <source>Machine translation</source>
        <translation>机器翻译</translation>
    </message>
</context>
<context>
    <name>TranslateColumnDialog</name>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="67"/>
        <source>Automatic (a filled column with a direct pack first)</source>
        <translation>自动（优先选用有直接语言包的已填写列）</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="70"/>
        <source>Empty and machine-made cells of the column</source>
        <translation>该列的空白单元格和机器翻译单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="71"/>
        <source>Selected cells only</source>
        <translation>仅所选单元格</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="78"/>
        <source>Translate into:</source>
        <translation>翻译成：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="79"/>
        <source>From:</source>
        <translation>源语言：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="80"/>
        <source>Cells:</source>
        <translation>单元格：</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/translate_all.py" line="88"/>
        <source>Translate Column</source>
        <translation>翻译整列</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryActions</name>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="83"/>
        <source>Import Translation &amp;Memory (TMX)…</source>
        <translation>导入翻译记忆 (TMX)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="85"/>
        <source>Add the Chinese, English and Russian translations of a TMX file to the translation memory</source>
        <translation>将 TMX 文件中的中文、英文和俄文译文加入翻译记忆</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="99"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="111"/>
        <location filename="../desktop_app/ui/tm_actions.py" line="143"/>
        <source>Import Translation Memory</source>
        <translation>导入翻译记忆</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="100"/>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>TMX 文件 (*.tmx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="127"/>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="137"/>
        <source>%1: %2 translation pairs added, %3 already in the translation memory.</source>
        <translation>%1：新增 %2 个翻译对，%3 个已在翻译记忆中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="141"/>
        <source>%n unit(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 个单元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="152"/>
        <source>Cannot import the translation memory</source>
        <translation>无法导入翻译记忆</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="153"/>
        <source>%1

The translation memory is unchanged.</source>
        <translation>%1

翻译记忆未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/tm_actions.py" line="184"/>
        <source>%n approved translation(s) added to the translation memory</source>
        <translation>
            <numerusform>已将 %n 条已批准的译文加入翻译记忆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/tm_actions.py" line="190"/>
        <source>The translation memory could not be updated: %1</source>
        <translation>无法更新翻译记忆：%1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="126"/>
        <source>%1 User Guide</source>
        <translation>%1 用户指南</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="139"/>
        <source>The window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="140"/>
        <source>Each row of the grid is one paragraph of the release; the columns are its Chinese, English and Russian versions. The Glossary and Suggestions panels on the right follow the cell you are in; Quality Checks at the bottom list problems in the whole release. Panels can be moved, closed and reopened from the View menu.</source>
        <translation>表格的每一行是新闻稿的一个段落，各列分别是其中文、英文和俄文版本。右侧的“术语表”和“翻译建议”面板跟随当前单元格；底部的“质量检查”列出整篇新闻稿中的问题。面板可以移动、关闭，并可从“视图”菜单重新打开。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="144"/>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="150"/>
        <source>Importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="151"/>
        <source>File ▸ Import Document reads a Word (.docx), plain-text or JSON file into one language column, paragraph by paragraph. A preview shows how the paragraphs line up with the existing rows before anything changes; nothing is ever dropped.</source>
        <translation>“文件 ▸ 导入文档”会将 Word（.docx）、纯文本或 JSON 文件逐段读入某一语言列。在做出任何更改之前，预览会显示各段落与现有行的对应情况；任何文本都不会丢失。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="154"/>
        <source>Files can also be dragged onto the window: a document onto a language column, a project to open it, a glossary onto the Glossary panel.</source>
        <translation>也可以将文件拖到窗口中：将文档拖到语言列上，拖入项目即可打开，将术语表拖到“术语表”面板上。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="156"/>
        <source>The glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="161"/>
        <source>Machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="162"/>
        <source>Suggestions are computed on this computer from offline language packs (.argosmodel). Install packs once with Tools ▸ Language Packs or with “pressdesk packs install FILE”; Chinese–Russian goes through English when there is no direct pack. Glossary terms are kept in their approved form. Packs are optional: everything else works without them.</source>
        <translation>翻译建议由本机上的离线语言包（.argosmodel）计算生成。可通过“工具 ▸ 语言包”或“pressdesk packs install FILE”命令一次性安装语言包；没有直接的中俄语言包时，中文与俄文之间经由英文中转。术语表中的术语保持其批准的形式。语言包是可选的：没有它们，其他功能照常使用。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="166"/>
        <source>Checking and exporting</source>
        <translation>检查与导出</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="167"/>
        <source>Quality checks compare numbers, dates, punctuation and glossary terms across the three versions. File ▸ Export writes Word documents per language or side by side, with the right fonts and language tags.</source>
        <translation>质量检查会比对三个版本中的数字、日期、标点和术语。“文件 ▸ 导出”可按语言分别或以对照形式生成 Word 文档，并使用正确的字体和语言标记。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="170"/>
        <source>Saving and recovery</source>
        <translation>保存与恢复</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="180"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="181"/>
        <source>“pressdesk --help” lists the commands for batch work (import, glossary, translation, export) over the same projects.</source>
        <translation>“pressdesk --help”列出了对同一项目进行批处理（导入、术语表、翻译、导出）的命令。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="176"/>
        <source>Without a mouse</source>
        <translation>不用鼠标</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Double-click a cell or press F2 to edit it; Enter inserts a line break and Tab moves to the next language. Every change can be undone. A cell is a draft when typed, reviewed or approved when you mark it so (Edit ▸ Approve Cell), and stale when its source text changed afterwards. Edit ▸ Segment inserts, deletes, moves, splits and merges rows. Text of several paragraphs pasted into an empty cell can go into a row each, from that row down.</source>
        <translation>双击单元格或按 F2 开始编辑；Enter 插入换行，Tab 移到下一种语言。所有更改都可以撤销。手动输入的单元格为草稿；标记后成为已审校或已批准（编辑 ▸ 批准单元格）；如果其源文本在之后发生变化，则标为过时。“编辑 ▸ 段落”菜单用于插入、删除、移动、拆分和合并行。粘贴到空单元格中的多段文本可以从该行起每段各占一行。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="157"/>
        <source>The glossary holds the approved form of each official name and title in all three languages, accepted variants and forbidden forms. Russian names are recognised in any case ending. Glossaries can be imported from CSV, TBX and OmegaT files. Ctrl+Z in the Glossary panel takes back the last entry added, edited or deleted there.</source>
        <translation>术语表保存每个官方名称和职务在三种语言中的批准形式、可接受的变体以及禁用形式。俄文名称在任何格变化形式下都能被识别。术语表可从 CSV、TBX 和 OmegaT 文件导入。在“术语表”面板中按 Ctrl+Z 可撤销在此最近一次添加、编辑或删除的条目。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="171"/>
        <source>A project (.pressdesk) keeps the release and the history of every cell. Unsaved work is autosaved into the project a moment after you stop typing; after a crash PressDesk offers to restore it. A project open in one window cannot be edited in another at the same time: the second one offers a read-only copy.</source>
        <translation>项目文件（.pressdesk）保存新闻稿以及每个单元格的修改历史。未保存的工作会在您停止输入片刻后自动保存到项目中；程序崩溃后，PressDesk 会提示恢复。一个项目在某个窗口中打开时，不能同时在另一个窗口中编辑：第二个窗口会提供只读副本。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_dialogs.py" line="177"/>
        <source>Alt and an underlined letter open a menu and choose in it. F6 and Shift+F6 move between the grid, the panels (glossary, suggestions, quality checks) and the row filter in the toolbar; in each, Tab goes from field to field. Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>按 Alt 加带下划线的字母即可打开菜单并从中选择。F6 和 Shift+F6 在表格、各面板（术语表、翻译建议、质量检查）和工具栏中的行筛选之间切换；在其中按 Tab 逐个移到下一栏。“帮助 ▸ 键盘快捷键”列出所有按键。</translation>
    </message>
</context>
</TS>
