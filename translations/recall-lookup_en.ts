<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recall Lookup</source>
        <translation>About Recall Lookup</translation>
    </message>
    <message>
        <source>Recall Lookup</source>
        <translation>Recall Lookup</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Recall data as of %1.</source>
        <translation>Recall data as of %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recall Lookup tells you whether a product is covered by a safety recall in its data. It makes no network connections. It is not a substitute for the maker&apos;s official check.&lt;/p&gt;&lt;p&gt;Product pictures are original drawings, not photographs.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), The Qt Company: &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;SQLite (public domain): &lt;a href=&quot;https://sqlite.org/&quot;&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;spdlog and fmt (MIT licence): &lt;a href=&quot;https://github.com/gabime/spdlog&quot;&gt;github.com/gabime/spdlog&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1), Kentaro Fukuchi: &lt;a href=&quot;https://fukuchi.org/works/qrencode/&quot;&gt;fukuchi.org&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Recall Lookup tells you whether a product is covered by a safety recall in its data. It makes no network connections. It is not a substitute for the maker&apos;s official check.&lt;/p&gt;&lt;p&gt;Product pictures are original drawings, not photographs.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), The Qt Company: &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;SQLite (public domain): &lt;a href=&quot;https://sqlite.org/&quot;&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;spdlog and fmt (MIT licence): &lt;a href=&quot;https://github.com/gabime/spdlog&quot;&gt;github.com/gabime/spdlog&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1), Kentaro Fukuchi: &lt;a href=&quot;https://fukuchi.org/works/qrencode/&quot;&gt;fukuchi.org&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large: at most %2 MiB can be checked at once.</source>
        <translation>%1 is too large: at most %2 MiB can be checked at once.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Shift_JIS. Save the file as CSV (UTF-8).</source>
        <translation>%1, line %2: the text is neither UTF-8 nor Shift_JIS. Save the file as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns, for example model,colour,purchased,serial.</source>
        <translation>%1 is empty: its first line must name the columns, for example model,colour,purchased,serial.</translation>
    </message>
    <message>
        <source>%1, line %2: the header names no known column. Use at least one of model (型番), variant (品番), jan (JANコード), colour (色), purchased (購入日), serial (シリアル番号).</source>
        <translation>%1, line %2: the header names no known column. Use at least one of model (型番), variant (品番), jan (JANコード), colour (色), purchased (購入日), serial (シリアル番号).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, line %2: a quoted field is never closed (a &quot; is missing).</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 is longer than %4 characters.</source>
        <translation>%1, line %2: column %3 is longer than %4 characters.</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns.</source>
        <translation>%1, line %2: more than %3 columns.</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 rows; split the file.</source>
        <translation>%1, line %2: more than %3 rows; split the file.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 affected, %2 likely affected, %3 not affected, %4 no record, %5 invalid input, %6 duplicate serials.</source>
        <translation>
            <numerusform>%n row: %1 affected, %2 likely affected, %3 not affected, %4 no record, %5 invalid input, %6 duplicate serials.</numerusform>
            <numerusform>%n rows: %1 affected, %2 likely affected, %3 not affected, %4 no record, %5 invalid input, %6 duplicate serials.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Results written to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>batch needs one CSV file, for example: batch checks.csv --out results.csv</source>
        <translation>batch needs one CSV file, for example: batch checks.csv --out results.csv</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>This line has a different number of columns from the header.</source>
        <translation>This line has a different number of columns from the header.</translation>
    </message>
    <message>
        <source>Scan the JAN or choose the product before its serial number.</source>
        <translation>Scan the JAN or choose the product before its serial number.</translation>
    </message>
    <message>
        <source>The model, variant code and JAN name different products.</source>
        <translation>The model, variant code and JAN name different products.</translation>
    </message>
    <message>
        <source>Duplicate serial</source>
        <translation>Duplicate serial</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Scanned or read</source>
        <translation>Scanned or read</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV (line %1).</source>
        <translation>The file cannot be read as CSV (line %1).</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Export the results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Batch check</source>
        <translation>Batch check</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 covered, %2 probably covered, %3 not covered, %4 no record, %5 to correct, %6 duplicate serials.</source>
        <translation>
            <numerusform>%n row: %1 covered, %2 probably covered, %3 not covered, %4 no record, %5 to correct, %6 duplicate serials.</numerusform>
            <numerusform>%n rows: %1 covered, %2 probably covered, %3 not covered, %4 no record, %5 to correct, %6 duplicate serials.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the barcode on the box (JAN), then the serial numbers of the units; or type a model number or serial and press Enter. Each unit becomes a row.</source>
        <translation>Scan the barcode on the box (JAN), then the serial numbers of the units; or type a model number or serial and press Enter. Each unit becomes a row.</translation>
    </message>
    <message>
        <source>Scan or type a JAN, model number or serial number, then Enter</source>
        <translation>Scan or type a JAN, model number or serial number, then Enter</translation>
    </message>
    <message>
        <source>Scan or type</source>
        <translation>Scan or type</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Paste lines</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s) shown. The case log holds no names or phone numbers unless you type them into a note.</source>
        <translation>
            <numerusform>%n case shown. The case log holds no names or phone numbers unless you type them into a note.</numerusform>
            <numerusform>%n cases shown. The case log holds no names or phone numbers unless you type them into a note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case log</source>
        <translation>Case log</translation>
    </message>
    <message>
        <source>Export the case log</source>
        <translation>Export the case log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Search model, serial or note</source>
        <translation>Search model, serial or note</translation>
    </message>
    <message>
        <source>Search the case log</source>
        <translation>Search the case log</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Note (no names or phone numbers unless needed)</source>
        <translation>Note (no names or phone numbers unless needed)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>I don&apos;t know the colour</source>
        <translation>I don&apos;t know the colour</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Serial number format OK: %1</source>
        <translation>Serial number format OK: %1</translation>
    </message>
    <message>
        <source>Tell us about the unit you have. Only the colour is needed; the purchase date and the serial number make the answer more certain.</source>
        <translation>Tell us about the unit you have. Only the colour is needed; the purchase date and the serial number make the answer more certain.</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation>&amp;Purchase date</translation>
    </message>
    <message>
        <source>optional, for example 2024-05-31</source>
        <translation>optional, for example 2024-05-31</translation>
    </message>
    <message>
        <source>Purchase date, year-month-day</source>
        <translation>Purchase date, year-month-day</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose the purchase date from a calendar</source>
        <translation>Choose the purchase date from a calendar</translation>
    </message>
    <message>
        <source>If you do not remember the exact day, leave it empty.</source>
        <translation>If you do not remember the exact day, leave it empty.</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Serial number</translation>
    </message>
    <message>
        <source>optional, 16 characters starting with A</source>
        <translation>optional, 16 characters starting with A</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Colour of your product</source>
        <translation>Colour of your product</translation>
    </message>
    <message>
        <source>The sources do not say where the serial number is on this product.</source>
        <translation>The sources do not say where the serial number is on this product.</translation>
    </message>
    <message>
        <source>Where to find it: %1</source>
        <translation>Where to find it: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ja or en.</translation>
    </message>
    <message>
        <source>Tells whether a product is covered by a safety recall and what to do next.</source>
        <translation>Tells whether a product is covered by a safety recall and what to do next.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>find products by name, model, code or JAN</source>
        <translation>find products by name, model, code or JAN</translation>
    </message>
    <message>
        <source>everything known about a model, variant code or JAN</source>
        <translation>everything known about a model, variant code or JAN</translation>
    </message>
    <message>
        <source>check one unit (--model, --variant or --jan)</source>
        <translation>check one unit (--model, --variant or --jan)</translation>
    </message>
    <message>
        <source>search, show or check</source>
        <translation>search, show or check</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>list, add or export the case log</source>
        <translation>list, add or export the case log</translation>
    </message>
    <message>
        <source>print a one-page customer handout as PDF (same options as check)</source>
        <translation>print a one-page customer handout as PDF (same options as check)</translation>
    </message>
    <message>
        <source>check every row of a CSV file</source>
        <translation>check every row of a CSV file</translation>
    </message>
    <message>
        <source>import a signed data pack with newer recall data</source>
        <translation>import a signed data pack with newer recall data</translation>
    </message>
    <message>
        <source>go back to the recall data in use before the last import</source>
        <translation>go back to the recall data in use before the last import</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run recall-lookup-cli --help for usage.</source>
        <translation>Run recall-lookup-cli --help for usage.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>search needs one query (put it in quotes if it has spaces).</source>
        <translation>search needs one query (put it in quotes if it has spaces).</translation>
    </message>
    <message>
        <source>The search query is empty: type a product name, model number, code or JAN.</source>
        <translation>The search query is empty: type a product name, model number, code or JAN.</translation>
    </message>
    <message>
        <source>The search query is too long (at most %1 characters).</source>
        <translation>The search query is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>show needs one model number, variant code or JAN.</source>
        <translation>show needs one model number, variant code or JAN.</translation>
    </message>
    <message>
        <source>check takes options only, for example: check --model A1263 --colour black</source>
        <translation>check takes options only, for example: check --model A1263 --colour black</translation>
    </message>
    <message>
        <source>check needs exactly one of --model, --variant or --jan.</source>
        <translation>check needs exactly one of --model, --variant or --jan.</translation>
    </message>
    <message>
        <source>--%1 needs a date that exists, as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>--%1 needs a date that exists, as YYYY-MM-DD (got &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>cases export needs --out FILE.csv.</source>
        <translation>cases export needs --out FILE.csv.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cases add needs exactly one of --model, --variant or --jan.</source>
        <translation>cases add needs exactly one of --model, --variant or --jan.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Case %1 saved: %2</source>
        <translation>Case %1 saved: %2</translation>
    </message>
    <message>
        <source>cases needs list, export or add.</source>
        <translation>cases needs list, export or add.</translation>
    </message>
    <message>
        <source>Unknown cases command &quot;%1&quot;: use list, export or add.</source>
        <translation>Unknown cases command &quot;%1&quot;: use list, export or add.</translation>
    </message>
    <message>
        <source>cases %1 takes options only.</source>
        <translation>cases %1 takes options only.</translation>
    </message>
    <message>
        <source>handout takes options only, for example: handout --model A1263 --lang ja --out a.pdf</source>
        <translation>handout takes options only, for example: handout --model A1263 --lang ja --out a.pdf</translation>
    </message>
    <message>
        <source>handout needs exactly one of --model, --variant or --jan.</source>
        <translation>handout needs exactly one of --model, --variant or --jan.</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf.</source>
        <translation>handout needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is nothing to print for a product that is not in the data.</source>
        <translation>There is nothing to print for a product that is not in the data.</translation>
    </message>
    <message>
        <source>Cannot write the handout to %1.</source>
        <translation>Cannot write the handout to %1.</translation>
    </message>
    <message>
        <source>Handout written to %1 (%2).</source>
        <translation>Handout written to %1 (%2).</translation>
    </message>
    <message>
        <source>To import it anyway, add --force.</source>
        <translation>To import it anyway, add --force.</translation>
    </message>
    <message>
        <source>--catalogue cannot be used with import or rollback: they change the app&apos;s own recall data.</source>
        <translation>--catalogue cannot be used with import or rollback: they change the app&apos;s own recall data.</translation>
    </message>
    <message>
        <source>import needs the file name of one data pack.</source>
        <translation>import needs the file name of one data pack.</translation>
    </message>
    <message>
        <source>To go back to the data used before: recall-lookup-cli rollback</source>
        <translation>To go back to the data used before: recall-lookup-cli rollback</translation>
    </message>
    <message>
        <source>rollback takes no arguments.</source>
        <translation>rollback takes no arguments.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>Language of the output: ja or en.</source>
        <translation>Language of the output: ja or en.</translation>
    </message>
    <message>
        <source>Most results to show (search).</source>
        <translation>Most results to show (search).</translation>
    </message>
    <message>
        <source>Model number (check).</source>
        <translation>Model number (check).</translation>
    </message>
    <message>
        <source>Variant code (check).</source>
        <translation>Variant code (check).</translation>
    </message>
    <message>
        <source>JAN code (check).</source>
        <translation>JAN code (check).</translation>
    </message>
    <message>
        <source>Colour, in Japanese or English (check).</source>
        <translation>Colour, in Japanese or English (check).</translation>
    </message>
    <message>
        <source>Purchase date (check).</source>
        <translation>Purchase date (check).</translation>
    </message>
    <message>
        <source>Serial number (check).</source>
        <translation>Serial number (check).</translation>
    </message>
    <message>
        <source>Use this catalogue file instead of the built-in data.</source>
        <translation>Use this catalogue file instead of the built-in data.</translation>
    </message>
    <message>
        <source>Write the result to this file.</source>
        <translation>Write the result to this file.</translation>
    </message>
    <message>
        <source>First day to include (cases).</source>
        <translation>First day to include (cases).</translation>
    </message>
    <message>
        <source>Last day to include (cases).</source>
        <translation>Last day to include (cases).</translation>
    </message>
    <message>
        <source>Free note for the case.</source>
        <translation>Free note for the case.</translation>
    </message>
    <message>
        <source>Import even if the data pack is older than the data in use (import).</source>
        <translation>Import even if the data pack is older than the data in use (import).</translation>
    </message>
    <message>
        <source>FOR TESTING ONLY: accept a data pack that is not signed (import).</source>
        <translation>FOR TESTING ONLY: accept a data pack that is not signed (import).</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>&amp;Import recall data…</source>
        <translation>&amp;Import recall data…</translation>
    </message>
    <message>
        <source>Take newer recall data from a signed data pack file.</source>
        <translation>Take newer recall data from a signed data pack file.</translation>
    </message>
    <message>
        <source>&amp;Undo the last data import</source>
        <translation>&amp;Undo the last data import</translation>
    </message>
    <message>
        <source>Go back to the recall data used before the last import.</source>
        <translation>Go back to the recall data used before the last import.</translation>
    </message>
    <message>
        <source>The recall data was imported. Restart Recall Lookup to use it.</source>
        <translation>The recall data was imported. Restart Recall Lookup to use it.</translation>
    </message>
    <message>
        <source>Restart Recall Lookup to use it.</source>
        <translation>Restart Recall Lookup to use it.</translation>
    </message>
    <message>
        <source>Import recall data</source>
        <translation>Import recall data</translation>
    </message>
    <message>
        <source>Recall data packs (*.rlpack);;All files (*)</source>
        <translation>Recall data packs (*.rlpack);;All files (*)</translation>
    </message>
    <message>
        <source>Undo the last data import</source>
        <translation>Undo the last data import</translation>
    </message>
    <message>
        <source>Go back to the recall data used before the last import?</source>
        <translation>Go back to the recall data used before the last import?</translation>
    </message>
    <message>
        <source>Recall data</source>
        <translation>Recall data</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking the signature and the contents of the data pack…</source>
        <translation>Checking the signature and the contents of the data pack…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Checking every record…</translation>
    </message>
    <message>
        <source>Preparing the new recall data…</source>
        <translation>Preparing the new recall data…</translation>
    </message>
    <message>
        <source>Checking the new recall data…</source>
        <translation>Checking the new recall data…</translation>
    </message>
    <message>
        <source>Switching to the new recall data…</source>
        <translation>Switching to the new recall data…</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Step %1 done</source>
        <translation>Step %1 done</translation>
    </message>
    <message>
        <source>How the free exchange works</source>
        <translation>How the free exchange works</translation>
    </message>
    <message>
        <source>The sources give no step-by-step process for this recall. Use the official page or phone number, where the data has them.</source>
        <translation>The sources give no step-by-step process for this recall. Use the official page or phone number, where the data has them.</translation>
    </message>
    <message>
        <source>Tick each step when you have done it. Recall Lookup remembers where you are, so you can come back later.</source>
        <translation>Tick each step when you have done it. Recall Lookup remembers where you are, so you can come back later.</translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>Open the official page</translation>
    </message>
    <message>
        <source>Open the official page in the web browser</source>
        <translation>Open the official page in the web browser</translation>
    </message>
    <message>
        <source>QR code of the official page</source>
        <translation>QR code of the official page</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to open:</source>
        <translation>Scan with your phone&apos;s camera to open:</translation>
    </message>
    <message>
        <source>The sources give no official page for this recall.</source>
        <translation>The sources give no official page for this recall.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>The sources give no phone number for this recall.</source>
        <translation>The sources give no phone number for this recall.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Recall check result</source>
        <translation>Recall check result</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Model number</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>How the free exchange works</source>
        <translation>How the free exchange works</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Official page (check and apply):</source>
        <translation>Official page (check and apply):</translation>
    </message>
    <message>
        <source>The sources give no official page for this recall.</source>
        <translation>The sources give no official page for this recall.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Scan to open the official page</source>
        <translation>Scan to open the official page</translation>
    </message>
    <message>
        <source>Recall data as of %1.</source>
        <translation>Recall data as of %1.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Made with Recall Lookup. Only the maker&apos;s official check confirms whether a unit is covered.</source>
        <translation>Made with Recall Lookup. Only the maker&apos;s official check confirms whether a unit is covered.</translation>
    </message>
</context>
<context>
    <name>HandoutBar</name>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Save handout as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1.</source>
        <translation>The handout could not be saved to %1.</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Language of the handout</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Print handout…</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Save handout as PDF…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Is your product recalled?</source>
        <translation>Is your product recalled?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type in the box above. You can use:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the product name, for example &lt;b&gt;PowerCore&lt;/b&gt; or &lt;b&gt;モバイルバッテリー&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the model number on the label, for example &lt;b&gt;A1263&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the 13-digit JAN code under the barcode on the box&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Results appear while you type. Use the arrow keys and Enter, or click a product.&lt;/p&gt;&lt;p&gt;This app knows the recalls in its data, as of %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Type in the box above. You can use:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the product name, for example &lt;b&gt;PowerCore&lt;/b&gt; or &lt;b&gt;モバイルバッテリー&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the model number on the label, for example &lt;b&gt;A1263&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the 13-digit JAN code under the barcode on the box&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Results appear while you type. Use the arrow keys and Enter, or click a product.&lt;/p&gt;&lt;p&gt;This app knows the recalls in its data, as of %1.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found. Choose yours:</source>
        <translation>
            <numerusform>%n product found. Choose yours:</numerusform>
            <numerusform>%n products found. Choose yours:</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a serial number. A serial number alone does not say which product it is: choose your product, then enter the serial number under &quot;Check my product&quot;.</source>
        <translation>This looks like a serial number. A serial number alone does not say which product it is: choose your product, then enter the serial number under &quot;Check my product&quot;.</translation>
    </message>
    <message>
        <source>This looks like a serial number: %1</source>
        <translation>This looks like a serial number: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A serial number alone does not tell which product it belongs to. Type the product&apos;s name or model number (for example A1263) and open it: the serial number will be filled in under &quot;Check my product&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A serial number alone does not tell which product it belongs to. Type the product&apos;s name or model number (for example A1263) and open it: the serial number will be filled in under &quot;Check my product&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing in this data matches &quot;%1&quot;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Check the spelling or try the model number on the product&apos;s label. The official pages of the recalls in this data:&lt;/p&gt;%3</source>
        <translation>&lt;p&gt;Nothing in this data matches &quot;%1&quot;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Check the spelling or try the model number on the product&apos;s label. The official pages of the recalls in this data:&lt;/p&gt;%3</translation>
    </message>
    <message>
        <source>Recalls in this data</source>
        <translation>Recalls in this data</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more product(s)</source>
        <translation>
            <numerusform>…and %n more product</numerusform>
            <numerusform>…and %n more products</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of the %2 recalls in this data. Search to find any product.</source>
        <translation>The newest %1 of the %2 recalls in this data. Search to find any product.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A message followed by the value it is about, e.g. &quot;bad date (2025-13-01)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>version %1 (as of %2)</source>
        <translation>version %1 (as of %2)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>is not valid JSON</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>has the wrong type (expected: %1)</source>
        <translation>has the wrong type (expected: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is not a known field</translation>
    </message>
    <message>
        <source>needs both the Japanese and the English text</source>
        <translation>needs both the Japanese and the English text</translation>
    </message>
    <message>
        <source>is not a date written as YYYY-MM-DD</source>
        <translation>is not a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is not a 13-digit JAN code</source>
        <translation>is not a 13-digit JAN code</translation>
    </message>
    <message>
        <source>has a wrong JAN check digit (it should be %1)</source>
        <translation>has a wrong JAN check digit (it should be %1)</translation>
    </message>
    <message>
        <source>is not a web address</source>
        <translation>is not a web address</translation>
    </message>
    <message>
        <source>is not a colour written as #RRGGBB</source>
        <translation>is not a colour written as #RRGGBB</translation>
    </message>
    <message>
        <source>is not a valid serial number</source>
        <translation>is not a valid serial number</translation>
    </message>
    <message>
        <source>has a value that is not allowed</source>
        <translation>has a value that is not allowed</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <source>repeats a value that must be unique</source>
        <translation>repeats a value that must be unique</translation>
    </message>
    <message>
        <source>names a source that sources.json does not list</source>
        <translation>names a source that sources.json does not list</translation>
    </message>
    <message>
        <source>names an unknown colour</source>
        <translation>names an unknown colour</translation>
    </message>
    <message>
        <source>names an unknown category</source>
        <translation>names an unknown category</translation>
    </message>
    <message>
        <source>names an unknown product or campaign</source>
        <translation>names an unknown product or campaign</translation>
    </message>
    <message>
        <source>names an unknown note</source>
        <translation>names an unknown note</translation>
    </message>
    <message>
        <source>states facts without naming their source (src)</source>
        <translation>states facts without naming their source (src)</translation>
    </message>
    <message>
        <source>has overlapping serial number ranges</source>
        <translation>has overlapping serial number ranges</translation>
    </message>
    <message>
        <source>has a format version this app cannot read (it reads %1)</source>
        <translation>has a format version this app cannot read (it reads %1)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>A file name and a line number in it</extracomment>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a data pack (%1 bytes; at most %2).</source>
        <translation>The file is too large to be a data pack (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>This file is not a Recall Lookup data pack.</source>
        <translation>This file is not a Recall Lookup data pack.</translation>
    </message>
    <message>
        <source>The data pack was made for another version of Recall Lookup (pack version %1).</source>
        <translation>The data pack was made for another version of Recall Lookup (pack version %1).</translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before the end of the data pack (bytes present/expected: %1).</source>
        <translation>The file is incomplete: it ends before the end of the data pack (bytes present/expected: %1).</translation>
    </message>
    <message>
        <source>The file has %1 unexpected bytes after the end of the data pack.</source>
        <translation>The file has %1 unexpected bytes after the end of the data pack.</translation>
    </message>
    <message>
        <source>The data pack is damaged: %1 (%2).</source>
        <translation>The data pack is damaged: %1 (%2).</translation>
    </message>
    <message>
        <source>The data pack is damaged at %1: %2.</source>
        <translation>The data pack is damaged at %1: %2.</translation>
    </message>
    <message>
        <source>The data pack contains a file that has no place in recall data: %1</source>
        <translation>The data pack contains a file that has no place in recall data: %1</translation>
    </message>
    <message>
        <source>The data pack contains %1 twice.</source>
        <translation>The data pack contains %1 twice.</translation>
    </message>
    <message>
        <source>%1 in the data pack is too large (%2 bytes).</source>
        <translation>%1 in the data pack is too large (%2 bytes).</translation>
    </message>
    <message>
        <source>The data pack announces too many files (%1).</source>
        <translation>The data pack announces too many files (%1).</translation>
    </message>
    <message>
        <source>The data pack is not signed. Only signed data packs can be imported.</source>
        <translation>The data pack is not signed. Only signed data packs can be imported.</translation>
    </message>
    <message>
        <source>The data pack is signed with a key this app does not trust (key %1).</source>
        <translation>The data pack is signed with a key this app does not trust (key %1).</translation>
    </message>
    <message>
        <source>The data pack&apos;s signature does not match its contents: it was changed after it was signed, or it is damaged.</source>
        <translation>The data pack&apos;s signature does not match its contents: it was changed after it was signed, or it is damaged.</translation>
    </message>
    <message>
        <source>The recall data in the pack is in format version %1; this version of Recall Lookup reads format version %2.</source>
        <translation>The recall data in the pack is in format version %1; this version of Recall Lookup reads format version %2.</translation>
    </message>
    <message>
        <source>The data pack&apos;s header and its dataset.json disagree on %1 (%2).</source>
        <translation>The data pack&apos;s header and its dataset.json disagree on %1 (%2).</translation>
    </message>
    <message>
        <source>The data pack has no records in %1.</source>
        <translation>The data pack has no records in %1.</translation>
    </message>
    <message>
        <source>The data pack holds older recall data (version %1) than the data in use (version %2).</source>
        <translation>The data pack holds older recall data (version %1) than the data in use (version %2).</translation>
    </message>
    <message>
        <source>Another Recall Lookup is changing the recall data right now. Try again in a moment.</source>
        <translation>Another Recall Lookup is changing the recall data right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>The recall data could not be saved (%1). The data in use is unchanged.</source>
        <translation>The recall data could not be saved (%1). The data in use is unchanged.</translation>
    </message>
    <message>
        <source>The new recall data could not be written (%1). The data in use is unchanged.</source>
        <translation>The new recall data could not be written (%1). The data in use is unchanged.</translation>
    </message>
    <message>
        <source>The new recall data failed its check (%1). The data in use is unchanged.</source>
        <translation>The new recall data failed its check (%1). The data in use is unchanged.</translation>
    </message>
    <message>
        <source>There is no earlier recall data to go back to.</source>
        <translation>There is no earlier recall data to go back to.</translation>
    </message>
    <message>
        <source>The earlier recall data is damaged and cannot be restored: %1</source>
        <translation>The earlier recall data is damaged and cannot be restored: %1</translation>
    </message>
    <message>
        <source>The data pack was not imported; the recall data in use is unchanged.</source>
        <translation>The data pack was not imported; the recall data in use is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall data %1 is now in use, replacing %2.</source>
        <translation>Recall data %1 is now in use, replacing %2.</translation>
    </message>
    <message>
        <source>Recall data %1 is now in use.</source>
        <translation>Recall data %1 is now in use.</translation>
    </message>
    <message>
        <source>Campaigns added: %1</source>
        <translation>Campaigns added: %1</translation>
    </message>
    <message>
        <source>Campaigns changed: %1</source>
        <translation>Campaigns changed: %1</translation>
    </message>
    <message>
        <source>Campaigns removed: %1</source>
        <translation>Campaigns removed: %1</translation>
    </message>
    <message>
        <source>Products added: %1</source>
        <translation>Products added: %1</translation>
    </message>
    <message>
        <source>Products changed: %1</source>
        <translation>Products changed: %1</translation>
    </message>
    <message>
        <source>Products removed: %1</source>
        <translation>Products removed: %1</translation>
    </message>
    <message>
        <source>Lists of affected serial numbers changed: %1</source>
        <translation>Lists of affected serial numbers changed: %1</translation>
    </message>
    <message>
        <source>Collection progress updated:</source>
        <translation>Collection progress updated:</translation>
    </message>
    <message>
        <source>%1% (as of %2)</source>
        <extracomment>A collection rate and its date, e.g. &quot;36.8% (as of 7 January 2026)&quot;</extracomment>
        <translation>%1% (as of %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <extracomment>Campaign, model: progress before → progress after</extracomment>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>The records are the same as in the data it replaced.</source>
        <translation>The records are the same as in the data it replaced.</translation>
    </message>
    <message>
        <source>This data is older than the data it replaced: it was imported because you chose to.</source>
        <translation>This data is older than the data it replaced: it was imported because you chose to.</translation>
    </message>
    <message>
        <source>TESTING SETTING ON: unsigned data packs are accepted. Never use it with data you did not make yourself.</source>
        <translation>TESTING SETTING ON: unsigned data packs are accepted. Never use it with data you did not make yourself.</translation>
    </message>
    <message>
        <source>Recall data %1 is in use again.</source>
        <translation>Recall data %1 is in use again.</translation>
    </message>
    <message>
        <source>Undoing again brings back %1.</source>
        <translation>Undoing again brings back %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recall Lookup</source>
        <translation>Recall Lookup</translation>
    </message>
    <message>
        <source>Product name, model number, JAN or serial number</source>
        <translation>Product name, model number, JAN or serial number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Type to search. Up and Down choose a result, Enter opens it, Esc clears.</source>
        <translation>Type to search. Up and Down choose a result, Enter opens it, Esc clears.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Battery hot or swollen?</source>
        <translation>Battery hot or swollen?</translation>
    </message>
    <message>
        <source>What to do if a battery is hot, swollen, smoking or smells</source>
        <translation>What to do if a battery is hot, swollen, smoking or smells</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Switch Japanese / English</source>
        <translation>&amp;Switch Japanese / English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Battery hot or swollen?</source>
        <translation>&amp;Battery hot or swollen?</translation>
    </message>
    <message>
        <source>&amp;About Recall Lookup</source>
        <translation>&amp;About Recall Lookup</translation>
    </message>
    <message>
        <source>Recall data as of %1. No recall on record here does not mean a product is safe.</source>
        <translation>Recall data as of %1. No recall on record here does not mean a product is safe.</translation>
    </message>
    <message>
        <source>Saved as case %1.</source>
        <translation>Saved as case %1.</translation>
    </message>
    <message>
        <source>Save the check as a &amp;case</source>
        <translation>Save the check as a &amp;case</translation>
    </message>
    <message>
        <source>&amp;Who uses this computer</source>
        <translation>&amp;Who uses this computer</translation>
    </message>
    <message>
        <source>&amp;Consumer</source>
        <translation>&amp;Consumer</translation>
    </message>
    <message>
        <source>&amp;Service desk</source>
        <translation>&amp;Service desk</translation>
    </message>
    <message>
        <source>Call &amp;centre</source>
        <translation>Call &amp;centre</translation>
    </message>
</context>
<context>
    <name>OverviewHtml</name>
    <message>
        <source>%1% collected (as of %2)</source>
        <translation>%1% collected (as of %2)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>date not given</translation>
    </message>
    <message>
        <source>Recall %1, announced %2</source>
        <translation>Recall %1, announced %2</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>start not given</source>
        <translation>start not given</translation>
    </message>
    <message>
        <source>end not given</source>
        <translation>end not given</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>bought on or before %1</source>
        <translation>bought on or before %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>Which units</source>
        <translation>Which units</translation>
    </message>
    <message>
        <source>Colours not covered</source>
        <translation>Colours not covered</translation>
    </message>
    <message>
        <source>If you own one</source>
        <translation>If you own one</translation>
    </message>
    <message>
        <source>The sources do not say (exchange or refund).</source>
        <translation>The sources do not say (exchange or refund).</translation>
    </message>
    <message>
        <source>Free %1. Stop using it and apply.</source>
        <translation>Free %1. Stop using it and apply.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>Official page</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Where the sources differ or are unclear</source>
        <translation>Where the sources differ or are unclear</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>The sources do not list the colours of this product.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation>Variant code</translation>
    </message>
    <message>
        <source>JAN</source>
        <translation>JAN</translation>
    </message>
    <message>
        <source>Covered?</source>
        <translation>Covered?</translation>
    </message>
    <message>
        <source>not given in the sources</source>
        <translation>not given in the sources</translation>
    </message>
    <message>
        <source>Covered (%1)</source>
        <translation>Covered (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s) name this product.</source>
        <translation>
            <numerusform>%n recall names this product.</numerusform>
            <numerusform>%n recalls name this product.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>Data as of %1.</translation>
    </message>
</context>
<context>
    <name>PhoneScript</name>
    <message>
        <source>Thank you for calling about the recall of the %1. %2 announced it on %3.</source>
        <translation>Thank you for calling about the recall of the %1. %2 announced it on %3.</translation>
    </message>
    <message>
        <source>The reason: %1</source>
        <translation>The reason: %1</translation>
    </message>
    <message>
        <source>Thank you for calling about the %1.</source>
        <translation>Thank you for calling about the %1.</translation>
    </message>
    <message>
        <source>First, your safety: please stop using it for now. If it is hot, swollen, smoking or smells, unplug it, put it on something that does not burn, such as a metal tray, and keep away from it. If there is smoke or fire, call 119.</source>
        <translation>First, your safety: please stop using it for now. If it is hot, swollen, smoking or smells, unplug it, put it on something that does not burn, such as a metal tray, and keep away from it. If there is smoke or fire, call 119.</translation>
    </message>
    <message>
        <source>What colour is your unit?</source>
        <translation>What colour is your unit?</translation>
    </message>
    <message>
        <source>Your unit&apos;s colour: %1.</source>
        <translation>Your unit&apos;s colour: %1.</translation>
    </message>
    <message>
        <source>Do you remember when you bought it? The month and year are enough.</source>
        <translation>Do you remember when you bought it? The month and year are enough.</translation>
    </message>
    <message>
        <source>You bought it on %1.</source>
        <translation>You bought it on %1.</translation>
    </message>
    <message>
        <source>Could you read me the serial number on the product?</source>
        <translation>Could you read me the serial number on the product?</translation>
    </message>
    <message>
        <source>Could you read me the serial number? %1</source>
        <translation>Could you read me the serial number? %1</translation>
    </message>
    <message>
        <source>Let me repeat the serial number: %1.</source>
        <translation>Let me repeat the serial number: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A verdict (%1) followed by what to do next (%2).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The official page for checking and applying is %1.</source>
        <translation>The official page for checking and applying is %1.</translation>
    </message>
    <message>
        <source>Is there anything else I can help you with?</source>
        <translation>Is there anything else I can help you with?</translation>
    </message>
    <message>
        <source>Recall Lookup case summary</source>
        <translation>Recall Lookup case summary</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Product: %1 (%2)</source>
        <translation>Product: %1 (%2)</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message>
        <source>Purchased: %1</source>
        <translation>Purchased: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Verdict: %1 (%2)</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation>Official page: %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>The recall line is %1 (%2)</source>
        <translation>The recall line is %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Photo: %1</source>
        <translation>Photo: %1</translation>
    </message>
    <message>
        <source>Drawing, not a photo</source>
        <translation>Drawing, not a photo</translation>
    </message>
    <message>
        <source>Picture of the product</source>
        <translation>Picture of the product</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>The sources do not list the colours of this product.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: not covered&lt;/b&gt; by the recalls in this data.</source>
        <translation>&lt;b&gt;%1: not covered&lt;/b&gt; by the recalls in this data.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: covered&lt;/b&gt; by recall %2. Open &quot;Check my product&quot; to check your unit.</source>
        <translation>&lt;b&gt;%1: covered&lt;/b&gt; by recall %2. Open &quot;Check my product&quot; to check your unit.</translation>
    </message>
    <message>
        <source>About this recall</source>
        <translation>About this recall</translation>
    </message>
    <message>
        <source>Check my product</source>
        <translation>Check my product</translation>
    </message>
    <message>
        <source>Return-kit guide</source>
        <translation>Return-kit guide</translation>
    </message>
    <message>
        <source>Model number %1</source>
        <translation>Model number %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to Recall Lookup</source>
        <translation>Welcome to Recall Lookup</translation>
    </message>
    <message>
        <source>Who will use Recall Lookup on this computer? You can change this later in the View menu.</source>
        <translation>Who will use Recall Lookup on this computer? You can change this later in the View menu.</translation>
    </message>
    <message>
        <source>I want to check my own products</source>
        <translation>I want to check my own products</translation>
    </message>
    <message>
        <source>A shop&apos;s service desk (batch checks, handouts, case log)</source>
        <translation>A shop&apos;s service desk (batch checks, handouts, case log)</translation>
    </message>
    <message>
        <source>A call centre (phone script, case log)</source>
        <translation>A call centre (phone script, case log)</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Battery hot, swollen, smoking or smelling? Act now</source>
        <translation>Battery hot, swollen, smoking or smelling? Act now</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hot:&lt;/b&gt; unplug it at once and stop charging. Do not touch it with bare hands if it is very hot. Put it on a non-flammable surface such as a metal tray or a tiled floor, away from anything that can burn.</source>
        <translation>&lt;b&gt;Hot:&lt;/b&gt; unplug it at once and stop charging. Do not touch it with bare hands if it is very hot. Put it on a non-flammable surface such as a metal tray or a tiled floor, away from anything that can burn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swollen:&lt;/b&gt; stop using it and do not charge it again. Do not press, pierce or try to open it. Keep it away from heat and direct sunlight.</source>
        <translation>&lt;b&gt;Swollen:&lt;/b&gt; stop using it and do not charge it again. Do not press, pierce or try to open it. Keep it away from heat and direct sunlight.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smoke or fire:&lt;/b&gt; get away from it and keep others away. If there is fire, call 119. Large amounts of water help cool a burning battery; do not pick it up.</source>
        <translation>&lt;b&gt;Smoke or fire:&lt;/b&gt; get away from it and keep others away. If there is fire, call 119. Large amounts of water help cool a burning battery; do not pick it up.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strange smell or noise:&lt;/b&gt; stop using it, unplug it and keep it away from anything that can burn. Contact the maker before using it again.</source>
        <translation>&lt;b&gt;Strange smell or noise:&lt;/b&gt; stop using it, unplug it and keep it away from anything that can burn. Contact the maker before using it again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never put a recalled battery in a shop&apos;s battery recycling box.&lt;/b&gt; A damaged battery can start a fire there. Follow the maker&apos;s recall instructions to send it back instead.</source>
        <translation>&lt;b&gt;Never put a recalled battery in a shop&apos;s battery recycling box.&lt;/b&gt; A damaged battery can start a fire there. Follow the maker&apos;s recall instructions to send it back instead.</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Open a product on the Look up tab first: the script is for the product open there.</source>
        <translation>Open a product on the Look up tab first: the script is for the product open there.</translation>
    </message>
    <message>
        <source>Phone script: %1 (%2)</source>
        <translation>Phone script: %1 (%2)</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>Phone script</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;colour</source>
        <translation>Caller&apos;s &amp;colour</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;purchase date</source>
        <translation>Caller&apos;s &amp;purchase date</translation>
    </message>
    <message>
        <source>optional, for example 2024-05-31</source>
        <translation>optional, for example 2024-05-31</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;serial number</source>
        <translation>Caller&apos;s &amp;serial number</translation>
    </message>
    <message>
        <source>optional, 16 characters starting with A</source>
        <translation>optional, 16 characters starting with A</translation>
    </message>
    <message>
        <source>Language of the script (F9 switches it)</source>
        <translation>Language of the script (F9 switches it)</translation>
    </message>
    <message>
        <source>Language of the script</source>
        <translation>Language of the script</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <source>Put a plain-text case summary on the clipboard for your ticket system</source>
        <translation>Put a plain-text case summary on the clipboard for your ticket system</translation>
    </message>
    <message>
        <source>Save as case</source>
        <translation>Save as case</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Recall: some colours</source>
        <translation>Recall: some colours</translation>
    </message>
    <message>
        <source>Colour not covered</source>
        <translation>Colour not covered</translation>
    </message>
</context>
<context>
    <name>SwatchPicker</name>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>code unknown</source>
        <translation>code unknown</translation>
    </message>
    <message>
        <source>Colour: %1
Variant code: %2
JAN: %3
%4</source>
        <translation>Colour: %1
Variant code: %2
JAN: %3
%4</translation>
    </message>
    <message>
        <source>not given in the sources</source>
        <translation>not given in the sources</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found for &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n product found for &quot;%1&quot;:</numerusform>
            <numerusform>%n products found for &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>matched by %1</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>Data as of %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the recall data.</source>
        <translation>&quot;%1&quot; is not in the recall data.</translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation>Official page: %1</translation>
    </message>
    <message>
        <source>Official page: not given in the sources</source>
        <translation>Official page: not given in the sources</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Phone: not given in the sources</source>
        <translation>Phone: not given in the sources</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>[covered]    </source>
        <translation>[covered]    </translation>
    </message>
    <message>
        <source>[not covered]</source>
        <translation>[not covered]</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>JAN %1</source>
        <translation>JAN %1</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>The sources do not list the colours of this product.</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>Announced: %1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Hazard: %1</translation>
    </message>
    <message>
        <source>Sold: %1 to %2</source>
        <translation>Sold: %1 to %2</translation>
    </message>
    <message>
        <source>start not given</source>
        <translation>start not given</translation>
    </message>
    <message>
        <source>end not given</source>
        <translation>end not given</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>Covered: %1</translation>
    </message>
    <message>
        <source>Collected so far: %1% (as of %2)</source>
        <translation>Collected so far: %1% (as of %2)</translation>
    </message>
    <message>
        <source>Replacement: %1</source>
        <translation>Replacement: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Serial number: %1 (format OK)</source>
        <translation>Serial number: %1 (format OK)</translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not valid:</source>
        <translation>Serial number: &quot;%1&quot; is not valid:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hint:</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for dates in running text. Japanese: yyyy年M月d日</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Covered by a recall</source>
        <translation>Covered by a recall</translation>
    </message>
    <message>
        <source>Probably covered by a recall: check officially</source>
        <translation>Probably covered by a recall: check officially</translation>
    </message>
    <message>
        <source>Not covered by the recalls in this data</source>
        <translation>Not covered by the recalls in this data</translation>
    </message>
    <message>
        <source>No recall on record in this data</source>
        <translation>No recall on record in this data</translation>
    </message>
    <message>
        <source>Please check what you entered</source>
        <translation>Please check what you entered</translation>
    </message>
    <message>
        <source>Stop using it now. Apply for the free exchange on the official page or by phone.</source>
        <translation>Stop using it now. Apply for the free exchange on the official page or by phone.</translation>
    </message>
    <message>
        <source>Only the official serial check can confirm it. Stop using it if it is hot or swollen, and enter the serial number on the official page or call the number below.</source>
        <translation>Only the official serial check can confirm it. Stop using it if it is hot or swollen, and enter the serial number on the official page or call the number below.</translation>
    </message>
    <message>
        <source>If the product becomes hot, swollen, smells or makes noises, stop using it anyway.</source>
        <translation>If the product becomes hot, swollen, smells or makes noises, stop using it anyway.</translation>
    </message>
    <message>
        <source>This does not mean the product is safe: this data covers only the recalls listed in it. Check the manufacturer&apos;s website and the Consumer Affairs Agency&apos;s recall list.</source>
        <translation>This does not mean the product is safe: this data covers only the recalls listed in it. Check the manufacturer&apos;s website and the Consumer Affairs Agency&apos;s recall list.</translation>
    </message>
    <message>
        <source>Correct the entry and check again.</source>
        <translation>Correct the entry and check again.</translation>
    </message>
    <message>
        <source>No recall on record in this data as of %1.</source>
        <translation>No recall on record in this data as of %1.</translation>
    </message>
    <message>
        <source>The serial number is on the list of affected units.</source>
        <translation>The serial number is on the list of affected units.</translation>
    </message>
    <message>
        <source>Every unit of this model and colour sold in the period is covered.</source>
        <translation>Every unit of this model and colour sold in the period is covered.</translation>
    </message>
    <message>
        <source>Only some units are affected; the official serial number check decides.</source>
        <translation>Only some units are affected; the official serial number check decides.</translation>
    </message>
    <message>
        <source>The serial number is not on the published list, but that list is not complete.</source>
        <translation>The serial number is not on the published list, but that list is not complete.</translation>
    </message>
    <message>
        <source>Some colours are not covered: tell us the colour for a clearer answer.</source>
        <translation>Some colours are not covered: tell us the colour for a clearer answer.</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>The sources do not list the colours of this product.</translation>
    </message>
    <message>
        <source>No purchase date given: units bought before the covered period are not covered.</source>
        <translation>No purchase date given: units bought before the covered period are not covered.</translation>
    </message>
    <message>
        <source>The sources disagree on when the covered period starts (up to %1); to be safe this unit is treated as possibly covered.</source>
        <translation>The sources disagree on when the covered period starts (up to %1); to be safe this unit is treated as possibly covered.</translation>
    </message>
    <message>
        <source>Bought after the covered sale period ended (%1); shops may still have sold older stock.</source>
        <translation>Bought after the covered sale period ended (%1); shops may still have sold older stock.</translation>
    </message>
    <message>
        <source>This colour is not covered by this recall.</source>
        <translation>This colour is not covered by this recall.</translation>
    </message>
    <message>
        <source>Bought on or before %1, which is not covered.</source>
        <translation>Bought on or before %1, which is not covered.</translation>
    </message>
    <message>
        <source>Bought before the covered period started (%1).</source>
        <translation>Bought before the covered period started (%1).</translation>
    </message>
    <message>
        <source>The serial number is not on the complete list of affected units.</source>
        <translation>The serial number is not on the complete list of affected units.</translation>
    </message>
    <message>
        <source>This product is not in the recall data.</source>
        <translation>This product is not in the recall data.</translation>
    </message>
    <message>
        <source>No recall in this data names this product.</source>
        <translation>No recall in this data names this product.</translation>
    </message>
    <message>
        <source>Enter a model number, variant code or JAN code.</source>
        <translation>Enter a model number, variant code or JAN code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JAN code (13 digits with a correct check digit).</source>
        <translation>&quot;%1&quot; is not a valid JAN code (13 digits with a correct check digit).</translation>
    </message>
    <message>
        <source>The serial number is not valid.</source>
        <translation>The serial number is not valid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as year-month-day, for example 2024-05-31.</source>
        <translation>&quot;%1&quot; is not a date. Write it as year-month-day, for example 2024-05-31.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; does not exist.</source>
        <translation>The date &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The purchase date %1 is in the future.</source>
        <translation>The purchase date %1 is in the future.</translation>
    </message>
    <message>
        <source>This product was not sold in the colour &quot;%1&quot;.</source>
        <translation>This product was not sold in the colour &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The colour does not match the variant code or JAN entered.</source>
        <translation>The colour does not match the variant code or JAN entered.</translation>
    </message>
    <message>
        <source>No serial number entered.</source>
        <translation>No serial number entered.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n character(s); a serial number has 16.</source>
        <translation>
            <numerusform>Too short: %n character; a serial number has 16.</numerusform>
            <numerusform>Too short: %n characters; a serial number has 16.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n character(s); a serial number has 16.</source>
        <translation>
            <numerusform>Too long: %n character; a serial number has 16.</numerusform>
            <numerusform>Too long: %n characters; a serial number has 16.</numerusform>
        </translation>
    </message>
    <message>
        <source>A serial number starts with the letter A, not &quot;%1&quot;.</source>
        <translation>A serial number starts with the letter A, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot be in a serial number: only letters A-Z and digits.</source>
        <translation>Character %1 (&quot;%2&quot;) cannot be in a serial number: only letters A-Z and digits.</translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: on the label it looks like &quot;%3&quot;. Check it.</source>
        <translation>Character %1 is &quot;%2&quot;: on the label it looks like &quot;%3&quot;. Check it.</translation>
    </message>
    <message>
        <source>The recall data file is missing: %1</source>
        <translation>The recall data file is missing: %1</translation>
    </message>
    <message>
        <source>The recall data file cannot be opened: %1 (%2)</source>
        <translation>The recall data file cannot be opened: %1 (%2)</translation>
    </message>
    <message>
        <source>The recall data file is damaged or is not recall data: %1</source>
        <translation>The recall data file is damaged or is not recall data: %1</translation>
    </message>
    <message>
        <source>The recall data file is from an older version of Recall Lookup: %1</source>
        <translation>The recall data file is from an older version of Recall Lookup: %1</translation>
    </message>
    <message>
        <source>The recall data file needs a newer version of Recall Lookup: %1</source>
        <translation>The recall data file needs a newer version of Recall Lookup: %1</translation>
    </message>
    <message>
        <source>The recall data could not be read (%1).</source>
        <translation>The recall data could not be read (%1).</translation>
    </message>
    <message>
        <source>The recall data was updated with this version of the app.</source>
        <translation>The recall data was updated with this version of the app.</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from the copy built into the app.</source>
        <translation>The recall data was damaged and has been restored from the copy built into the app.</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from the copy built into the app. The damaged file was kept as %1.</source>
        <translation>The recall data was damaged and has been restored from the copy built into the app. The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>All units of the covered colours</source>
        <translation>All units of the covered colours</translation>
    </message>
    <message>
        <source>Some units: decided by serial number</source>
        <translation>Some units: decided by serial number</translation>
    </message>
    <message>
        <source>JAN code</source>
        <translation>JAN code</translation>
    </message>
    <message>
        <source>variant code</source>
        <translation>variant code</translation>
    </message>
    <message>
        <source>model number</source>
        <translation>model number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>product type</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>exchange</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <source>The case log cannot be opened: %1 (%2)</source>
        <translation>The case log cannot be opened: %1 (%2)</translation>
    </message>
    <message>
        <source>The case log is damaged: %1. It has been left unchanged; keep a copy for support.</source>
        <translation>The case log is damaged: %1. It has been left unchanged; keep a copy for support.</translation>
    </message>
    <message>
        <source>The case log cannot be written (read-only): %1</source>
        <translation>The case log cannot be written (read-only): %1</translation>
    </message>
    <message>
        <source>The disk is full: the case log cannot be written: %1</source>
        <translation>The disk is full: the case log cannot be written: %1</translation>
    </message>
    <message>
        <source>The case log was written by a newer version of Recall Lookup: %1</source>
        <translation>The case log was written by a newer version of Recall Lookup: %1</translation>
    </message>
    <message>
        <source>The case log could not be read or written: %1 (%2)</source>
        <translation>The case log could not be read or written: %1 (%2)</translation>
    </message>
    <message>
        <source>Case %1 is not in the case log %2.</source>
        <translation>Case %1 is not in the case log %2.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>kit requested</source>
        <translation>kit requested</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>The recall data file is locked by another program: %1</source>
        <translation>The recall data file is locked by another program: %1</translation>
    </message>
    <message>
        <source>The recall data that came with this version of the app could not be saved (%1); the app answers with the data it had.</source>
        <translation>The recall data that came with this version of the app could not be saved (%1); the app answers with the data it had.</translation>
    </message>
    <message>
        <source>The data you had imported is kept: undoing the last data import brings it back.</source>
        <translation>The data you had imported is kept: undoing the last data import brings it back.</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from your last data import.</source>
        <translation>The recall data was damaged and has been restored from your last data import.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>The recall data file %1 is locked by another program.</source>
        <translation>The recall data file %1 is locked by another program.</translation>
    </message>
    <message>
        <source>The recall data file %1 is damaged or cannot be used.</source>
        <translation>The recall data file %1 is damaged or cannot be used.</translation>
    </message>
    <message>
        <source>The app&apos;s data folder cannot be written (%1).</source>
        <translation>The app&apos;s data folder cannot be written (%1).</translation>
    </message>
    <message>
        <source>Until this is fixed, the app answers from a temporary copy of your last imported data.</source>
        <translation>Until this is fixed, the app answers from a temporary copy of your last imported data.</translation>
    </message>
    <message>
        <source>Until this is fixed, the app answers from a temporary copy of the data built into the app.</source>
        <translation>Until this is fixed, the app answers from a temporary copy of the data built into the app.</translation>
    </message>
    <message>
        <source>The case log was damaged. It was moved to %1 (nothing was deleted) and a new, empty case log was started.</source>
        <translation>The case log was damaged. It was moved to %1 (nothing was deleted) and a new, empty case log was started.</translation>
    </message>
</context>
<context>
    <name>ToolTabs</name>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Batch check</source>
        <translation>Batch check</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>Phone script</translation>
    </message>
    <message>
        <source>Case log</source>
        <translation>Case log</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Official page:</source>
        <translation>Official page:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Recall Lookup</source>
        <translation>Recall Lookup</translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation>Language: ja or en.</translation>
    </message>
    <message>
        <source>Save the pages as PNG files into a folder and exit.</source>
        <translation>Save the pages as PNG files into a folder and exit.</translation>
    </message>
</context>
</TS>
