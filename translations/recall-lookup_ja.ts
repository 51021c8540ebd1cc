<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recall Lookup</source>
        <translation>リコール検索について</translation>
    </message>
    <message>
        <source>Recall Lookup</source>
        <translation>リコール検索</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Recall data as of %1.</source>
        <translation>%1時点のリコール情報です。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recall Lookup tells you whether a product is covered by a safety recall in its data. It makes no network connections. It is not a substitute for the maker&apos;s official check.&lt;/p&gt;&lt;p&gt;Product pictures are original drawings, not photographs.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), The Qt Company: &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;SQLite (public domain): &lt;a href=&quot;https://sqlite.org/&quot;&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;spdlog and fmt (MIT licence): &lt;a href=&quot;https://github.com/gabime/spdlog&quot;&gt;github.com/gabime/spdlog&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1), Kentaro Fukuchi: &lt;a href=&quot;https://fukuchi.org/works/qrencode/&quot;&gt;fukuchi.org&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;リコール検索は、製品が回収（リコール）の対象かどうかを、このアプリのデータをもとにお知らせします。インターネットなどへの通信は一切しません。メーカーの公式の確認の代わりにはなりません。&lt;/p&gt;&lt;p&gt;製品の絵はこのアプリのために描いたイラストで、写真ではありません。&lt;/p&gt;&lt;h3&gt;使っているライブラリ&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1（LGPL-3.0）、The Qt Company：&lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;SQLite（パブリックドメイン）：&lt;a href=&quot;https://sqlite.org/&quot;&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;spdlog と fmt（MIT ライセンス）：&lt;a href=&quot;https://github.com/gabime/spdlog&quot;&gt;github.com/gabime/spdlog&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libqrencode（LGPL-2.1）、Kentaro Fukuchi：&lt;a href=&quot;https://fukuchi.org/works/qrencode/&quot;&gt;fukuchi.org&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is too large: at most %2 MiB can be checked at once.</source>
        <translation>%1 は大きすぎます。一度に確認できるのは %2 MiB までです。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Shift_JIS. Save the file as CSV (UTF-8).</source>
        <translation>%1 の%2行目：文字コードが UTF-8 でも Shift_JIS でもありません。ファイルを CSV (UTF-8) で保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns, for example model,colour,purchased,serial.</source>
        <translation>%1 は空です。1行目には列の名前を書いてください（例：model,colour,purchased,serial）。</translation>
    </message>
    <message>
        <source>%1, line %2: the header names no known column. Use at least one of model (型番), variant (品番), jan (JANコード), colour (色), purchased (購入日), serial (シリアル番号).</source>
        <translation>%1 の%2行目：見出しの行に、使える列の名前がありません。model (型番)、variant (品番)、jan (JANコード)、colour (色)、purchased (購入日)、serial (シリアル番号) のうち、少なくとも1つを使ってください。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1 の%2行目：引用符で始まった項目が閉じられていません（&quot; が足りません）。</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 is longer than %4 characters.</source>
        <translation>%1 の%2行目：%3列目が%4文字を超えています。</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns.</source>
        <translation>%1 の%2行目：列の数が%3を超えています。</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 rows; split the file.</source>
        <translation>%1 の%2行目：行の数が%3を超えています。ファイルを分けてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 affected, %2 likely affected, %3 not affected, %4 no record, %5 invalid input, %6 duplicate serials.</source>
        <translation>
            <numerusform>全%n行：対象 %1、対象の可能性あり %2、対象外 %3、記録なし %4、入力の誤り %5、シリアル番号の重複 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>結果を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>batch needs one CSV file, for example: batch checks.csv --out results.csv</source>
        <translation>batch には CSV ファイルを1つ指定してください。例：batch checks.csv --out results.csv</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>This line has a different number of columns from the header.</source>
        <translation>この行は、見出しの行と列の数が違います。</translation>
    </message>
    <message>
        <source>Scan the JAN or choose the product before its serial number.</source>
        <translation>シリアル番号の前に、JANコードを読み取るか、製品を選んでください。</translation>
    </message>
    <message>
        <source>The model, variant code and JAN name different products.</source>
        <translation>型番、品番、JANコードが、それぞれ違う製品を指しています。</translation>
    </message>
    <message>
        <source>Duplicate serial</source>
        <translation>シリアル番号が重複</translation>
    </message>
    <message>
        <source>#</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Scanned or read</source>
        <translation>読み取った内容</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Import a CSV file</source>
        <translation>CSVファイルを読み込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV (line %1).</source>
        <translation>このファイルは CSV として読み込めません（%1行目）。</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Batch check</source>
        <translation>一括確認</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 covered, %2 probably covered, %3 not covered, %4 no record, %5 to correct, %6 duplicate serials.</source>
        <translation>
            <numerusform>全%n行：対象 %1、対象の可能性あり %2、対象外 %3、記録なし %4、要修正 %5、シリアル番号の重複 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the barcode on the box (JAN), then the serial numbers of the units; or type a model number or serial and press Enter. Each unit becomes a row.</source>
        <translation>箱のバーコード（JANコード）を読み取ってから、製品のシリアル番号を読み取ってください。型番やシリアル番号を入力して Enterキーを押してもかまいません。製品1台ごとに1行になります。</translation>
    </message>
    <message>
        <source>Scan or type a JAN, model number or serial number, then Enter</source>
        <translation>JANコード、型番、シリアル番号を読み取るか入力して、Enterキーを押します</translation>
    </message>
    <message>
        <source>Scan or type</source>
        <translation>読み取りまたは入力</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSVを読み込む…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s) shown. The case log holds no names or phone numbers unless you type them into a note.</source>
        <translation>
            <numerusform>%n件のケースを表示しています。メモに入力しない限り、ケース記録に名前や電話番号は残りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case log</source>
        <translation>ケース記録</translation>
    </message>
    <message>
        <source>Export the case log</source>
        <translation>ケース記録を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>開始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>終了日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Search model, serial or note</source>
        <translation>型番、シリアル番号、メモで検索</translation>
    </message>
    <message>
        <source>Search the case log</source>
        <translation>ケース記録を検索</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Note (no names or phone numbers unless needed)</source>
        <translation>メモ（必要なとき以外は、名前や電話番号を書かないでください）</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>I don&apos;t know the colour</source>
        <translation>色がわからない</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購入日</translation>
    </message>
    <message>
        <source>Serial number format OK: %1</source>
        <translation>シリアル番号の書き方は正しいです：%1</translation>
    </message>
    <message>
        <source>Tell us about the unit you have. Only the colour is needed; the purchase date and the serial number make the answer more certain.</source>
        <translation>お持ちの製品について入力してください。必要なのは色だけです。購入日とシリアル番号も入力すると、より確かな答えになります。</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation>購入日(&amp;P)</translation>
    </message>
    <message>
        <source>optional, for example 2024-05-31</source>
        <translation>空欄でもかまいません（例：2024-05-31）</translation>
    </message>
    <message>
        <source>Purchase date, year-month-day</source>
        <translation>購入日（年-月-日）</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>カレンダー…</translation>
    </message>
    <message>
        <source>Choose the purchase date from a calendar</source>
        <translation>カレンダーから購入日を選ぶ</translation>
    </message>
    <message>
        <source>If you do not remember the exact day, leave it empty.</source>
        <translation>正確な日を覚えていないときは、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>シリアル番号(&amp;S)</translation>
    </message>
    <message>
        <source>optional, 16 characters starting with A</source>
        <translation>空欄でもかまいません（Aで始まる16文字）</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Colour of your product</source>
        <translation>お持ちの製品の色</translation>
    </message>
    <message>
        <source>The sources do not say where the serial number is on this product.</source>
        <translation>この製品のシリアル番号がどこに書いてあるかは、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Where to find it: %1</source>
        <translation>シリアル番号の場所：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>「%1」という言語には対応していません。ja か en を指定してください。</translation>
    </message>
    <message>
        <source>Tells whether a product is covered by a safety recall and what to do next.</source>
        <translation>製品が回収（リコール）の対象かどうかと、次にすることをお知らせします。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>find products by name, model, code or JAN</source>
        <translation>製品名・型番・品番・JANコードで製品を探します</translation>
    </message>
    <message>
        <source>everything known about a model, variant code or JAN</source>
        <translation>型番・品番・JANコードについて、わかっていることをすべて表示します</translation>
    </message>
    <message>
        <source>check one unit (--model, --variant or --jan)</source>
        <translation>お持ちの製品1台を確認します（--model、--variant、--jan のどれかを指定）</translation>
    </message>
    <message>
        <source>search, show or check</source>
        <translation>search、show、check のどれか</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>list, add or export the case log</source>
        <translation>ケース記録を一覧表示、追加、または書き出します</translation>
    </message>
    <message>
        <source>print a one-page customer handout as PDF (same options as check)</source>
        <translation>1ページのお客様向け案内を PDF で作ります（オプションは check と同じです）</translation>
    </message>
    <message>
        <source>check every row of a CSV file</source>
        <translation>CSVファイルのすべての行を確認します</translation>
    </message>
    <message>
        <source>import a signed data pack with newer recall data</source>
        <translation>新しいリコール情報が入った、署名付きのデータパックを読み込みます</translation>
    </message>
    <message>
        <source>go back to the recall data in use before the last import</source>
        <translation>前回の読み込みの前に使っていたリコール情報に戻します</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run recall-lookup-cli --help for usage.</source>
        <translation>使い方は recall-lookup-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit には 1 から 1000 までの数を指定してください。</translation>
    </message>
    <message>
        <source>search needs one query (put it in quotes if it has spaces).</source>
        <translation>search には、探す言葉を1つ指定してください（空白を含むときは引用符で囲んでください）。</translation>
    </message>
    <message>
        <source>The search query is empty: type a product name, model number, code or JAN.</source>
        <translation>探す言葉が入力されていません。製品名、型番、品番、またはJANコードを入力してください。</translation>
    </message>
    <message>
        <source>The search query is too long (at most %1 characters).</source>
        <translation>探す言葉が長すぎます（%1文字までです）。</translation>
    </message>
    <message>
        <source>show needs one model number, variant code or JAN.</source>
        <translation>show には、型番、品番、JANコードのどれか1つを指定してください。</translation>
    </message>
    <message>
        <source>check takes options only, for example: check --model A1263 --colour black</source>
        <translation>check にはオプションだけを指定してください。例：check --model A1263 --colour black</translation>
    </message>
    <message>
        <source>check needs exactly one of --model, --variant or --jan.</source>
        <translation>check には --model、--variant、--jan のうち、どれか1つだけを指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs a date that exists, as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>--%1 には、実際にある日付を YYYY-MM-DD の形で指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from には、--to より後の日付を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件のケース</numerusform>
        </translation>
    </message>
    <message>
        <source>cases export needs --out FILE.csv.</source>
        <translation>cases export には --out FILE.csv を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n件のケースを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>cases add needs exactly one of --model, --variant or --jan.</source>
        <translation>cases add には --model、--variant、--jan のうち、どれか1つだけを指定してください。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>メモが長すぎます（%1文字までです）。</translation>
    </message>
    <message>
        <source>Case %1 saved: %2</source>
        <translation>ケース %1 を保存しました：%2</translation>
    </message>
    <message>
        <source>cases needs list, export or add.</source>
        <translation>cases には list、export、add のどれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown cases command &quot;%1&quot;: use list, export or add.</source>
        <translation>「%1」という cases のコマンドはありません。list、export、add のどれかを指定してください。</translation>
    </message>
    <message>
        <source>cases %1 takes options only.</source>
        <translation>cases %1 にはオプションだけを指定してください。</translation>
    </message>
    <message>
        <source>handout takes options only, for example: handout --model A1263 --lang ja --out a.pdf</source>
        <translation>handout にはオプションだけを指定してください。例：handout --model A1263 --lang ja --out a.pdf</translation>
    </message>
    <message>
        <source>handout needs exactly one of --model, --variant or --jan.</source>
        <translation>handout には --model、--variant、--jan のうち、どれか1つだけを指定してください。</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf.</source>
        <translation>handout には --out FILE.pdf を指定してください。</translation>
    </message>
    <message>
        <source>There is nothing to print for a product that is not in the data.</source>
        <translation>データにない製品については、印刷する内容がありません。</translation>
    </message>
    <message>
        <source>Cannot write the handout to %1.</source>
        <translation>お客様向け案内を %1 に書き出せません。</translation>
    </message>
    <message>
        <source>Handout written to %1 (%2).</source>
        <translation>お客様向け案内を %1 に書き出しました（%2）。</translation>
    </message>
    <message>
        <source>To import it anyway, add --force.</source>
        <translation>それでも読み込むときは、--force を付けてください。</translation>
    </message>
    <message>
        <source>--catalogue cannot be used with import or rollback: they change the app&apos;s own recall data.</source>
        <translation>--catalogue は import や rollback と一緒には使えません。この2つのコマンドは、アプリ自体のリコール情報を書き換えるためです。</translation>
    </message>
    <message>
        <source>import needs the file name of one data pack.</source>
        <translation>import には、データパックのファイル名を1つ指定してください。</translation>
    </message>
    <message>
        <source>To go back to the data used before: recall-lookup-cli rollback</source>
        <translation>前に使っていたリコール情報に戻すには：recall-lookup-cli rollback</translation>
    </message>
    <message>
        <source>rollback takes no arguments.</source>
        <translation>rollback には、ファイル名などの引数を指定しないでください。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>文章ではなく JSON で出力します。</translation>
    </message>
    <message>
        <source>Language of the output: ja or en.</source>
        <translation>表示する言語です。ja または en を指定します。</translation>
    </message>
    <message>
        <source>Most results to show (search).</source>
        <translation>表示する結果の最大件数です（search）。</translation>
    </message>
    <message>
        <source>Model number (check).</source>
        <translation>型番です（check）。</translation>
    </message>
    <message>
        <source>Variant code (check).</source>
        <translation>品番です（check）。</translation>
    </message>
    <message>
        <source>JAN code (check).</source>
        <translation>JANコードです（check）。</translation>
    </message>
    <message>
        <source>Colour, in Japanese or English (check).</source>
        <translation>色です。日本語か英語で指定します（check）。</translation>
    </message>
    <message>
        <source>Purchase date (check).</source>
        <translation>購入日です（check）。</translation>
    </message>
    <message>
        <source>Serial number (check).</source>
        <translation>シリアル番号です（check）。</translation>
    </message>
    <message>
        <source>Use this catalogue file instead of the built-in data.</source>
        <translation>内蔵のデータの代わりに、指定したデータファイルを使います。</translation>
    </message>
    <message>
        <source>Write the result to this file.</source>
        <translation>結果をこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>First day to include (cases).</source>
        <translation>含める最初の日（ケース記録）。</translation>
    </message>
    <message>
        <source>Last day to include (cases).</source>
        <translation>含める最後の日（ケース記録）。</translation>
    </message>
    <message>
        <source>Free note for the case.</source>
        <translation>ケースのメモです（自由に書けます）。</translation>
    </message>
    <message>
        <source>Import even if the data pack is older than the data in use (import).</source>
        <translation>データパックが使用中のリコール情報より古くても読み込みます（import）。</translation>
    </message>
    <message>
        <source>FOR TESTING ONLY: accept a data pack that is not signed (import).</source>
        <translation>テスト専用：署名のないデータパックも受け付けます（import）。</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>&amp;Import recall data…</source>
        <translation>リコール情報を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Take newer recall data from a signed data pack file.</source>
        <translation>署名付きのデータパックのファイルから、新しいリコール情報を読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Undo the last data import</source>
        <translation>前回の読み込みを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Go back to the recall data used before the last import.</source>
        <translation>前回の読み込みの前に使っていたリコール情報に戻します。</translation>
    </message>
    <message>
        <source>The recall data was imported. Restart Recall Lookup to use it.</source>
        <translation>リコール情報を読み込みました。使うには、リコール検索を再起動してください。</translation>
    </message>
    <message>
        <source>Restart Recall Lookup to use it.</source>
        <translation>使うには、リコール検索を再起動してください。</translation>
    </message>
    <message>
        <source>Import recall data</source>
        <translation>リコール情報を読み込む</translation>
    </message>
    <message>
        <source>Recall data packs (*.rlpack);;All files (*)</source>
        <translation>リコール情報のデータパック (*.rlpack);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Undo the last data import</source>
        <translation>前回の読み込みを取り消す</translation>
    </message>
    <message>
        <source>Go back to the recall data used before the last import?</source>
        <translation>前回の読み込みの前に使っていたリコール情報に戻しますか？</translation>
    </message>
    <message>
        <source>Recall data</source>
        <translation>リコール情報</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>それでも読み込む</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Checking the signature and the contents of the data pack…</source>
        <translation>データパックの署名と中身を確かめています…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>すべての記録を確かめています…</translation>
    </message>
    <message>
        <source>Preparing the new recall data…</source>
        <translation>新しいリコール情報を準備しています…</translation>
    </message>
    <message>
        <source>Checking the new recall data…</source>
        <translation>新しいリコール情報を確かめています…</translation>
    </message>
    <message>
        <source>Switching to the new recall data…</source>
        <translation>新しいリコール情報に切り替えています…</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Step %1 done</source>
        <translation>手順%1が完了</translation>
    </message>
    <message>
        <source>How the free exchange works</source>
        <translation>無料交換の流れ</translation>
    </message>
    <message>
        <source>The sources give no step-by-step process for this recall. Use the official page or phone number, where the data has them.</source>
        <translation>この回収の手順は、情報源に書かれていません。公式ページや電話番号がデータにあるときは、そちらを使ってください。</translation>
    </message>
    <message>
        <source>Tick each step when you have done it. Recall Lookup remembers where you are, so you can come back later.</source>
        <translation>終わった手順には、チェックを入れてください。どこまで進んだかをリコール検索が覚えているので、あとで続きができます。</translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>公式ページを開く</translation>
    </message>
    <message>
        <source>Open the official page in the web browser</source>
        <translation>公式ページをブラウザーで開く</translation>
    </message>
    <message>
        <source>QR code of the official page</source>
        <translation>公式ページのQRコード</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to open:</source>
        <translation>スマートフォンのカメラで読み取ると開きます：</translation>
    </message>
    <message>
        <source>The sources give no official page for this recall.</source>
        <translation>この回収の公式ページは、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>The sources give no phone number for this recall.</source>
        <translation>この回収の電話番号は、情報源に書かれていません。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>not given</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Recall check result</source>
        <translation>リコールの確認結果</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購入日</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判定の理由</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>How the free exchange works</source>
        <translation>無料交換の流れ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>Official page (check and apply):</source>
        <translation>公式ページ（確認と申し込み）：</translation>
    </message>
    <message>
        <source>The sources give no official page for this recall.</source>
        <translation>この回収の公式ページは、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Scan to open the official page</source>
        <translation>読み取ると公式ページが開きます</translation>
    </message>
    <message>
        <source>Recall data as of %1.</source>
        <translation>%1時点のリコール情報です。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>情報源：</translation>
    </message>
    <message>
        <source>Made with Recall Lookup. Only the maker&apos;s official check confirms whether a unit is covered.</source>
        <translation>リコール検索で作成しました。対象かどうかは、メーカーの公式の確認でしか確定できません。</translation>
    </message>
</context>
<context>
    <name>HandoutBar</name>
    <message>
        <source>Print handout</source>
        <translation>お客様向け案内を印刷</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>お客様向け案内を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1.</source>
        <translation>お客様向け案内を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>お客様向け案内の言語</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>お客様向け案内を印刷…</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>お客様向け案内を PDF で保存…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Is your product recalled?</source>
        <translation>お持ちの製品は回収の対象ですか？</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type in the box above. You can use:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the product name, for example &lt;b&gt;PowerCore&lt;/b&gt; or &lt;b&gt;モバイルバッテリー&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the model number on the label, for example &lt;b&gt;A1263&lt;/b&gt;&lt;/li&gt;&lt;li&gt;the 13-digit JAN code under the barcode on the box&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Results appear while you type. Use the arrow keys and Enter, or click a product.&lt;/p&gt;&lt;p&gt;This app knows the recalls in its data, as of %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;上の入力欄に入力してください。次のもので探せます：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;製品名（例：&lt;b&gt;PowerCore&lt;/b&gt;、&lt;b&gt;モバイルバッテリー&lt;/b&gt;）&lt;/li&gt;&lt;li&gt;ラベルに書かれた型番（例：&lt;b&gt;A1263&lt;/b&gt;）&lt;/li&gt;&lt;li&gt;箱のバーコードの下にある13桁のJANコード&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;入力するとすぐに結果が出ます。矢印キーとEnterキーで選ぶか、製品をクリックしてください。&lt;/p&gt;&lt;p&gt;このアプリでわかるのは、%1時点のデータにある回収だけです。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found. Choose yours:</source>
        <translation>
            <numerusform>%n件の製品が見つかりました。お持ちの製品を選んでください：</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a serial number. A serial number alone does not say which product it is: choose your product, then enter the serial number under &quot;Check my product&quot;.</source>
        <translation>これはシリアル番号のようです。シリアル番号だけでは、どの製品かはわかりません。製品を選んでから、「お持ちの製品を確認」でシリアル番号を入力してください。</translation>
    </message>
    <message>
        <source>This looks like a serial number: %1</source>
        <translation>シリアル番号のようです：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A serial number alone does not tell which product it belongs to. Type the product&apos;s name or model number (for example A1263) and open it: the serial number will be filled in under &quot;Check my product&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;シリアル番号だけでは、どの製品のものかはわかりません。製品名か型番（例：A1263）を入力して、製品を開いてください。シリアル番号は「お持ちの製品を確認」に入力された状態になります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing in this data matches &quot;%1&quot;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Check the spelling or try the model number on the product&apos;s label. The official pages of the recalls in this data:&lt;/p&gt;%3</source>
        <translation>&lt;p&gt;このデータには「%1」に当てはまるものはありません。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;入力に間違いがないか確かめるか、製品のラベルにある型番で探してみてください。このデータにある回収の公式ページ：&lt;/p&gt;%3</translation>
    </message>
    <message>
        <source>Recalls in this data</source>
        <translation>このデータにある回収</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more product(s)</source>
        <translation>
            <numerusform>…ほか %n 製品</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of the %2 recalls in this data. Search to find any product.</source>
        <translation>このデータにある %2 件の回収のうち、新しい %1 件を表示しています。ほかの製品は検索で探せます。</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A message followed by the value it is about, e.g. &quot;bad date (2025-13-01)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>version %1 (as of %2)</source>
        <translation>バージョン %1（%2時点）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>has the wrong type (expected: %1)</source>
        <translation>値の種類が違います（正しい種類：%1）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>必要な項目がありません</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <source>needs both the Japanese and the English text</source>
        <translation>日本語と英語の両方の文章が必要です</translation>
    </message>
    <message>
        <source>is not a date written as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD の形の日付ではありません</translation>
    </message>
    <message>
        <source>is not a 13-digit JAN code</source>
        <translation>13桁のJANコードではありません</translation>
    </message>
    <message>
        <source>has a wrong JAN check digit (it should be %1)</source>
        <translation>JANコードの最後の1桁（誤りを確かめるための数字）が違います（正しくは %1）</translation>
    </message>
    <message>
        <source>is not a web address</source>
        <translation>ホームページのアドレス（URL）ではありません</translation>
    </message>
    <message>
        <source>is not a colour written as #RRGGBB</source>
        <translation>#RRGGBB の形の色ではありません</translation>
    </message>
    <message>
        <source>is not a valid serial number</source>
        <translation>正しいシリアル番号ではありません</translation>
    </message>
    <message>
        <source>has a value that is not allowed</source>
        <translation>使えない値が入っています</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>値が決められた範囲に入っていません</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>終わりの日が始まりの日より前になっています</translation>
    </message>
    <message>
        <source>repeats a value that must be unique</source>
        <translation>重なってはいけない値が重なっています</translation>
    </message>
    <message>
        <source>names a source that sources.json does not list</source>
        <translation>sources.json にない情報源を指定しています</translation>
    </message>
    <message>
        <source>names an unknown colour</source>
        <translation>不明な色を指定しています</translation>
    </message>
    <message>
        <source>names an unknown category</source>
        <translation>不明な分類を指定しています</translation>
    </message>
    <message>
        <source>names an unknown product or campaign</source>
        <translation>不明な製品または回収を指定しています</translation>
    </message>
    <message>
        <source>names an unknown note</source>
        <translation>不明な補足を指定しています</translation>
    </message>
    <message>
        <source>states facts without naming their source (src)</source>
        <translation>情報源（src）が示されていない内容があります</translation>
    </message>
    <message>
        <source>has overlapping serial number ranges</source>
        <translation>シリアル番号の範囲が重なっています</translation>
    </message>
    <message>
        <source>has a format version this app cannot read (it reads %1)</source>
        <translation>このアプリでは読めない形式のバージョンです（このアプリで読めるのは %1）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>A file name and a line number in it</extracomment>
        <translation>%1 の%2行目</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>The file is too large to be a data pack (%1 bytes; at most %2).</source>
        <translation>ファイルが大きすぎるため、データパックとして扱えません（%1バイト。上限は%2バイト）。</translation>
    </message>
    <message>
        <source>This file is not a Recall Lookup data pack.</source>
        <translation>このファイルは、リコール検索のデータパックではありません。</translation>
    </message>
    <message>
        <source>The data pack was made for another version of Recall Lookup (pack version %1).</source>
        <translation>このデータパックは、別のバージョンのリコール検索用に作られています（データパックのバージョン %1）。</translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before the end of the data pack (bytes present/expected: %1).</source>
        <translation>ファイルが途中で切れています。データパックの最後までそろっていません（実際のバイト数/必要なバイト数：%1）。</translation>
    </message>
    <message>
        <source>The file has %1 unexpected bytes after the end of the data pack.</source>
        <translation>データパックの終わりのあとに、余分なデータが%1バイトあります。</translation>
    </message>
    <message>
        <source>The data pack is damaged: %1 (%2).</source>
        <translation>データパックが壊れています：%1（%2）。</translation>
    </message>
    <message>
        <source>The data pack is damaged at %1: %2.</source>
        <translation>データパックの %1 の部分が壊れています：%2。</translation>
    </message>
    <message>
        <source>The data pack contains a file that has no place in recall data: %1</source>
        <translation>データパックに、リコール情報には入るはずのないファイルが入っています：%1</translation>
    </message>
    <message>
        <source>The data pack contains %1 twice.</source>
        <translation>データパックに %1 が2つ入っています。</translation>
    </message>
    <message>
        <source>%1 in the data pack is too large (%2 bytes).</source>
        <translation>データパックの中の %1 が大きすぎます（%2バイト）。</translation>
    </message>
    <message>
        <source>The data pack announces too many files (%1).</source>
        <translation>データパックに書かれているファイルの数が多すぎます（%1）。</translation>
    </message>
    <message>
        <source>The data pack is not signed. Only signed data packs can be imported.</source>
        <translation>データパックに署名がありません。読み込めるのは、署名付きのデータパックだけです。</translation>
    </message>
    <message>
        <source>The data pack is signed with a key this app does not trust (key %1).</source>
        <translation>データパックの署名に使われた鍵は、このアプリが信頼している鍵ではありません（鍵 %1）。</translation>
    </message>
    <message>
        <source>The data pack&apos;s signature does not match its contents: it was changed after it was signed, or it is damaged.</source>
        <translation>データパックの署名と中身が合っていません。署名のあとで中身が変えられたか、データパックが壊れています。</translation>
    </message>
    <message>
        <source>The recall data in the pack is in format version %1; this version of Recall Lookup reads format version %2.</source>
        <translation>データパックのリコール情報は形式のバージョン %1 です。このバージョンのリコール検索が読めるのは、形式のバージョン %2 です。</translation>
    </message>
    <message>
        <source>The data pack&apos;s header and its dataset.json disagree on %1 (%2).</source>
        <translation>データパックのヘッダーと dataset.json とで、%1 が食い違っています（%2）。</translation>
    </message>
    <message>
        <source>The data pack has no records in %1.</source>
        <translation>データパックの %1 に記録が1件もありません。</translation>
    </message>
    <message>
        <source>The data pack holds older recall data (version %1) than the data in use (version %2).</source>
        <translation>データパックのリコール情報（バージョン %1）は、使用中のリコール情報（バージョン %2）より古いものです。</translation>
    </message>
    <message>
        <source>Another Recall Lookup is changing the recall data right now. Try again in a moment.</source>
        <translation>別に起動しているリコール検索が、今リコール情報を書き換えています。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The recall data could not be saved (%1). The data in use is unchanged.</source>
        <translation>リコール情報を保存できませんでした（%1）。使用中のリコール情報は変わっていません。</translation>
    </message>
    <message>
        <source>The new recall data could not be written (%1). The data in use is unchanged.</source>
        <translation>新しいリコール情報を書き込めませんでした（%1）。使用中のリコール情報は変わっていません。</translation>
    </message>
    <message>
        <source>The new recall data failed its check (%1). The data in use is unchanged.</source>
        <translation>新しいリコール情報の確認で問題が見つかりました（%1）。使用中のリコール情報は変わっていません。</translation>
    </message>
    <message>
        <source>There is no earlier recall data to go back to.</source>
        <translation>戻せる前のリコール情報がありません。</translation>
    </message>
    <message>
        <source>The earlier recall data is damaged and cannot be restored: %1</source>
        <translation>前のリコール情報が壊れているため、元に戻せません：%1</translation>
    </message>
    <message>
        <source>The data pack was not imported; the recall data in use is unchanged.</source>
        <translation>データパックは読み込みませんでした。使用中のリコール情報は変わっていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>問題が%n件あります：</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall data %1 is now in use, replacing %2.</source>
        <translation>リコール情報が、%2から%1に切り替わりました。</translation>
    </message>
    <message>
        <source>Recall data %1 is now in use.</source>
        <translation>リコール情報が%1に切り替わりました。</translation>
    </message>
    <message>
        <source>Campaigns added: %1</source>
        <translation>追加された回収：%1</translation>
    </message>
    <message>
        <source>Campaigns changed: %1</source>
        <translation>変更された回収：%1</translation>
    </message>
    <message>
        <source>Campaigns removed: %1</source>
        <translation>削除された回収：%1</translation>
    </message>
    <message>
        <source>Products added: %1</source>
        <translation>追加された製品：%1</translation>
    </message>
    <message>
        <source>Products changed: %1</source>
        <translation>変更された製品：%1</translation>
    </message>
    <message>
        <source>Products removed: %1</source>
        <translation>削除された製品：%1</translation>
    </message>
    <message>
        <source>Lists of affected serial numbers changed: %1</source>
        <translation>変更された対象シリアル番号の一覧：%1</translation>
    </message>
    <message>
        <source>Collection progress updated:</source>
        <translation>回収の進み具合が更新されました：</translation>
    </message>
    <message>
        <source>%1% (as of %2)</source>
        <extracomment>A collection rate and its date, e.g. &quot;36.8% (as of 7 January 2026)&quot;</extracomment>
        <translation>%1%（%2時点）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <extracomment>Campaign, model: progress before → progress after</extracomment>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>The records are the same as in the data it replaced.</source>
        <translation>記録の内容は、前のリコール情報と同じです。</translation>
    </message>
    <message>
        <source>This data is older than the data it replaced: it was imported because you chose to.</source>
        <translation>このリコール情報は前のリコール情報より古いものですが、読み込むよう指定されたため読み込みました。</translation>
    </message>
    <message>
        <source>TESTING SETTING ON: unsigned data packs are accepted. Never use it with data you did not make yourself.</source>
        <translation>テスト用の設定が有効です：署名のないデータパックも受け付けます。自分で作ったデータ以外には、絶対に使わないでください。</translation>
    </message>
    <message>
        <source>Recall data %1 is in use again.</source>
        <translation>リコール情報を%1に戻しました。</translation>
    </message>
    <message>
        <source>Undoing again brings back %1.</source>
        <translation>もう一度取り消すと、%1に戻ります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recall Lookup</source>
        <translation>リコール検索</translation>
    </message>
    <message>
        <source>Product name, model number, JAN or serial number</source>
        <translation>製品名、型番、JANコード、またはシリアル番号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type to search. Up and Down choose a result, Enter opens it, Esc clears.</source>
        <translation>入力すると検索します。上下の矢印キーで結果を選び、Enterキーで開きます。Escキーで入力を消します。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Battery hot or swollen?</source>
        <translation>電池が熱い・ふくらんでいる？</translation>
    </message>
    <message>
        <source>What to do if a battery is hot, swollen, smoking or smells</source>
        <translation>電池が熱い、ふくらんでいる、煙が出ている、においがするときにすること</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>言語を切り替える</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きくする(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch Japanese / English</source>
        <translation>日本語と英語を切り替える(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Battery hot or swollen?</source>
        <translation>電池が熱い・ふくらんでいる？(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;About Recall Lookup</source>
        <translation>リコール検索について(&amp;A)</translation>
    </message>
    <message>
        <source>Recall data as of %1. No recall on record here does not mean a product is safe.</source>
        <translation>%1時点のリコール情報です。回収の記録がなくても、製品に問題がないとは限りません。</translation>
    </message>
    <message>
        <source>Saved as case %1.</source>
        <translation>ケース %1 として保存しました。</translation>
    </message>
    <message>
        <source>Save the check as a &amp;case</source>
        <translation>確認結果をケースとして保存(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Who uses this computer</source>
        <translation>このパソコンを使う人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Consumer</source>
        <translation>個人のお客様(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Service desk</source>
        <translation>サービスカウンター(&amp;S)</translation>
    </message>
    <message>
        <source>Call &amp;centre</source>
        <translation>コールセンター(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OverviewHtml</name>
    <message>
        <source>%1% collected (as of %2)</source>
        <translation>回収率 %1%（%2時点）</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>資料 %1</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>日付の記載なし</translation>
    </message>
    <message>
        <source>Recall %1, announced %2</source>
        <translation>回収 %1（%2発表）</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>危険の内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>販売期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>start not given</source>
        <translation>開始日の記載なし</translation>
    </message>
    <message>
        <source>end not given</source>
        <translation>終了日の記載なし</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>bought on or before %1</source>
        <translation>%1以前に購入したもの</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>対象台数</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1台</translation>
    </message>
    <message>
        <source>Which units</source>
        <translation>対象の範囲</translation>
    </message>
    <message>
        <source>Colours not covered</source>
        <translation>対象外の色</translation>
    </message>
    <message>
        <source>If you own one</source>
        <translation>お持ちの場合</translation>
    </message>
    <message>
        <source>The sources do not say (exchange or refund).</source>
        <translation>交換か返金かは、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Free %1. Stop using it and apply.</source>
        <translation>無料で%1を受けられます。使うのをやめて、申し込んでください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>交換品</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>回収の進み具合</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>公式ページ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Where the sources differ or are unclear</source>
        <translation>情報源によって違う点・はっきりしない点</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>この製品の色は、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation>品番</translation>
    </message>
    <message>
        <source>JAN</source>
        <translation>JANコード</translation>
    </message>
    <message>
        <source>Covered?</source>
        <translation>対象かどうか</translation>
    </message>
    <message>
        <source>not given in the sources</source>
        <translation>情報源に記載なし</translation>
    </message>
    <message>
        <source>Covered (%1)</source>
        <translation>対象（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s) name this product.</source>
        <translation>
            <numerusform>この製品は%n件の回収の対象になっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>%1時点の情報です。</translation>
    </message>
</context>
<context>
    <name>PhoneScript</name>
    <message>
        <source>Thank you for calling about the recall of the %1. %2 announced it on %3.</source>
        <translation>お電話ありがとうございます。%1の回収についてのお問い合わせですね。この回収は、%3に%2が発表したものです。</translation>
    </message>
    <message>
        <source>The reason: %1</source>
        <translation>回収の理由をご説明します。%1</translation>
    </message>
    <message>
        <source>Thank you for calling about the %1.</source>
        <translation>お電話ありがとうございます。%1についてのお問い合わせですね。</translation>
    </message>
    <message>
        <source>First, your safety: please stop using it for now. If it is hot, swollen, smoking or smells, unplug it, put it on something that does not burn, such as a metal tray, and keep away from it. If there is smoke or fire, call 119.</source>
        <translation>まず、お客様の安全のために、いったん製品のご使用をおやめください。熱い、ふくらんでいる、煙が出ている、においがするといった場合は、ケーブルを抜いて、金属のトレーなど燃えない物の上に置き、製品から離れてください。煙や火が出ている場合は、119番に電話してください。</translation>
    </message>
    <message>
        <source>What colour is your unit?</source>
        <translation>お持ちの製品は何色でしょうか。</translation>
    </message>
    <message>
        <source>Your unit&apos;s colour: %1.</source>
        <translation>お持ちの製品の色は、%1ですね。</translation>
    </message>
    <message>
        <source>Do you remember when you bought it? The month and year are enough.</source>
        <translation>いつごろお買い求めになったか、覚えていらっしゃいますでしょうか。何年何月かだけでもかまいません。</translation>
    </message>
    <message>
        <source>You bought it on %1.</source>
        <translation>お買い求めになったのは、%1ですね。</translation>
    </message>
    <message>
        <source>Could you read me the serial number on the product?</source>
        <translation>製品に書かれているシリアル番号を、読み上げていただけますでしょうか。</translation>
    </message>
    <message>
        <source>Could you read me the serial number? %1</source>
        <translation>シリアル番号を読み上げていただけますでしょうか。%1</translation>
    </message>
    <message>
        <source>Let me repeat the serial number: %1.</source>
        <translation>確認のため、シリアル番号を繰り返します。%1です。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A verdict (%1) followed by what to do next (%2).</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>The official page for checking and applying is %1.</source>
        <translation>確認とお申し込みができる公式ページは、%1です。</translation>
    </message>
    <message>
        <source>Is there anything else I can help you with?</source>
        <translation>ほかに何かご不明な点はございますでしょうか。</translation>
    </message>
    <message>
        <source>Recall Lookup case summary</source>
        <translation>リコール検索 ケースの要約</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>日時：%1</translation>
    </message>
    <message>
        <source>Product: %1 (%2)</source>
        <translation>製品：%1（%2）</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>色：%1</translation>
    </message>
    <message>
        <source>Purchased: %1</source>
        <translation>購入日：%1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>シリアル番号：%1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>判定：%1（%2）</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation>公式ページ：%1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>データの時点：%1</translation>
    </message>
    <message>
        <source>The recall line is %1 (%2)</source>
        <translation>回収の受付窓口の電話番号は %1 です（受付時間：%2）。</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Photo: %1</source>
        <translation>写真：%1</translation>
    </message>
    <message>
        <source>Drawing, not a photo</source>
        <translation>イラスト（写真ではありません）</translation>
    </message>
    <message>
        <source>Picture of the product</source>
        <translation>製品の絵</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>この製品の色は、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: not covered&lt;/b&gt; by the recalls in this data.</source>
        <translation>&lt;b&gt;%1：対象外&lt;/b&gt;です（このデータにある回収について）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: covered&lt;/b&gt; by recall %2. Open &quot;Check my product&quot; to check your unit.</source>
        <translation>&lt;b&gt;%1：対象&lt;/b&gt;です（回収 %2）。お持ちの製品は「お持ちの製品を確認」で確かめてください。</translation>
    </message>
    <message>
        <source>About this recall</source>
        <translation>この回収について</translation>
    </message>
    <message>
        <source>Check my product</source>
        <translation>お持ちの製品を確認</translation>
    </message>
    <message>
        <source>Return-kit guide</source>
        <translation>返送キットの手順</translation>
    </message>
    <message>
        <source>Model number %1</source>
        <translation>型番 %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to Recall Lookup</source>
        <translation>リコール検索へようこそ</translation>
    </message>
    <message>
        <source>Who will use Recall Lookup on this computer? You can change this later in the View menu.</source>
        <translation>このパソコンでリコール検索を使うのはどなたですか？あとで「表示」メニューから変更できます。</translation>
    </message>
    <message>
        <source>I want to check my own products</source>
        <translation>自分の製品を確認したい</translation>
    </message>
    <message>
        <source>A shop&apos;s service desk (batch checks, handouts, case log)</source>
        <translation>お店のサービスカウンター（一括確認、お客様向け案内、ケース記録）</translation>
    </message>
    <message>
        <source>A call centre (phone script, case log)</source>
        <translation>コールセンター（電話対応スクリプト、ケース記録）</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Battery hot, swollen, smoking or smelling? Act now</source>
        <translation>電池が熱い、ふくらんでいる、煙が出ている、においがするときは、すぐに次のようにしてください</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hot:&lt;/b&gt; unplug it at once and stop charging. Do not touch it with bare hands if it is very hot. Put it on a non-flammable surface such as a metal tray or a tiled floor, away from anything that can burn.</source>
        <translation>&lt;b&gt;熱いとき：&lt;/b&gt;すぐにケーブルを抜いて、充電をやめてください。とても熱いときは、素手でさわらないでください。金属のトレーやタイルの床など、燃えない物の上に置いてください。燃えやすい物からは離してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swollen:&lt;/b&gt; stop using it and do not charge it again. Do not press, pierce or try to open it. Keep it away from heat and direct sunlight.</source>
        <translation>&lt;b&gt;ふくらんでいるとき：&lt;/b&gt;使うのをやめて、二度と充電しないでください。押したり、穴をあけたり、開けようとしたりしないでください。熱い所や直射日光の当たる所には置かないでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smoke or fire:&lt;/b&gt; get away from it and keep others away. If there is fire, call 119. Large amounts of water help cool a burning battery; do not pick it up.</source>
        <translation>&lt;b&gt;煙や火が出たとき：&lt;/b&gt;すぐに離れて、ほかの人も近づけないでください。火が出ているときは、119番に電話してください。燃えている電池は、たくさんの水をかけると冷やせます。電池を手に取らないでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strange smell or noise:&lt;/b&gt; stop using it, unplug it and keep it away from anything that can burn. Contact the maker before using it again.</source>
        <translation>&lt;b&gt;変なにおいや音がするとき：&lt;/b&gt;使うのをやめてケーブルを抜き、燃えやすい物から離してください。また使う前に、メーカーに連絡してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never put a recalled battery in a shop&apos;s battery recycling box.&lt;/b&gt; A damaged battery can start a fire there. Follow the maker&apos;s recall instructions to send it back instead.</source>
        <translation>&lt;b&gt;回収の対象の電池は、お店の電池リサイクルボックスに絶対に入れないでください。&lt;/b&gt;傷んだ電池は、そこで火事を起こすことがあります。メーカーの回収の案内に従って、送り返してください。</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>Not asked yet</source>
        <translation>まだ聞いていない</translation>
    </message>
    <message>
        <source>Open a product on the Look up tab first: the script is for the product open there.</source>
        <translation>先に「検索」タブで製品を開いてください。スクリプトは、そこで開いている製品について表示されます。</translation>
    </message>
    <message>
        <source>Phone script: %1 (%2)</source>
        <translation>電話対応スクリプト：%1（%2）</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>電話対応スクリプト</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;colour</source>
        <translation>お客様の製品の色(&amp;C)</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;purchase date</source>
        <translation>お客様の購入日(&amp;P)</translation>
    </message>
    <message>
        <source>optional, for example 2024-05-31</source>
        <translation>空欄でもかまいません（例：2024-05-31）</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;serial number</source>
        <translation>お客様のシリアル番号(&amp;S)</translation>
    </message>
    <message>
        <source>optional, 16 characters starting with A</source>
        <translation>空欄でもかまいません（Aで始まる16文字）</translation>
    </message>
    <message>
        <source>Language of the script (F9 switches it)</source>
        <translation>スクリプトの言語（F9キーで切り替えます）</translation>
    </message>
    <message>
        <source>Language of the script</source>
        <translation>スクリプトの言語</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>要約をコピー</translation>
    </message>
    <message>
        <source>Put a plain-text case summary on the clipboard for your ticket system</source>
        <translation>問い合わせ管理システムに貼り付けられるよう、ケースの要約をテキストでクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Save as case</source>
        <translation>ケースとして保存</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Recall</source>
        <translation>回収の対象</translation>
    </message>
    <message>
        <source>Recall: some colours</source>
        <translation>一部の色が回収の対象</translation>
    </message>
    <message>
        <source>Colour not covered</source>
        <translation>この色は対象外</translation>
    </message>
</context>
<context>
    <name>SwatchPicker</name>
    <message>
        <source>Covered</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>code unknown</source>
        <translation>品番不明</translation>
    </message>
    <message>
        <source>Colour: %1
Variant code: %2
JAN: %3
%4</source>
        <translation>色：%1
品番：%2
JANコード：%3
%4</translation>
    </message>
    <message>
        <source>not given in the sources</source>
        <translation>情報源に記載なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>「%1」に当てはまる製品は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found for &quot;%1&quot;:</source>
        <translation>
            <numerusform>「%1」に当てはまる製品が%n件見つかりました：</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>一致した項目：%1</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>%1時点の情報です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the recall data.</source>
        <translation>「%1」はリコール情報に載っていません。</translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation>公式ページ：%1</translation>
    </message>
    <message>
        <source>Official page: not given in the sources</source>
        <translation>公式ページ：情報源に書かれていません</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Phone: not given in the sources</source>
        <translation>電話：情報源に書かれていません</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>補足：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>色：</translation>
    </message>
    <message>
        <source>[covered]    </source>
        <translation>[対象]  </translation>
    </message>
    <message>
        <source>[not covered]</source>
        <translation>[対象外]</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>品番 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>JAN %1</source>
        <translation>JAN %1</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>この製品の色は、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>発表日：%1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>危険の内容：%1</translation>
    </message>
    <message>
        <source>Sold: %1 to %2</source>
        <translation>販売期間：%1～%2</translation>
    </message>
    <message>
        <source>start not given</source>
        <translation>開始日の記載なし</translation>
    </message>
    <message>
        <source>end not given</source>
        <translation>終了日の記載なし</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>対象台数：%1台</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <source>Collected so far: %1% (as of %2)</source>
        <translation>これまでの回収率：%1%（%2時点）</translation>
    </message>
    <message>
        <source>Replacement: %1</source>
        <translation>交換品：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>情報源：</translation>
    </message>
    <message>
        <source>Serial number: %1 (format OK)</source>
        <translation>シリアル番号：%1（書き方は正しいです）</translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not valid:</source>
        <translation>シリアル番号「%1」は正しくありません：</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>ヒント：</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>次にすること：%1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>unknown date</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for dates in running text. Japanese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Covered by a recall</source>
        <translation>回収の対象です</translation>
    </message>
    <message>
        <source>Probably covered by a recall: check officially</source>
        <translation>回収の対象かもしれません。公式の確認をしてください</translation>
    </message>
    <message>
        <source>Not covered by the recalls in this data</source>
        <translation>このデータにある回収の対象外です</translation>
    </message>
    <message>
        <source>No recall on record in this data</source>
        <translation>このデータには回収の記録がありません</translation>
    </message>
    <message>
        <source>Please check what you entered</source>
        <translation>入力した内容を確かめてください</translation>
    </message>
    <message>
        <source>Stop using it now. Apply for the free exchange on the official page or by phone.</source>
        <translation>すぐに使うのをやめてください。公式ページか電話で、無料の交換を申し込んでください。</translation>
    </message>
    <message>
        <source>Only the official serial check can confirm it. Stop using it if it is hot or swollen, and enter the serial number on the official page or call the number below.</source>
        <translation>対象かどうかは、公式のシリアル番号確認でしかわかりません。熱くなったり、ふくらんだりしているときは、使うのをやめてください。公式ページでシリアル番号を入力するか、下の番号に電話してください。</translation>
    </message>
    <message>
        <source>If the product becomes hot, swollen, smells or makes noises, stop using it anyway.</source>
        <translation>対象ではなくても、製品が熱くなる、ふくらむ、においがする、音がするときは、使うのをやめてください。</translation>
    </message>
    <message>
        <source>This does not mean the product is safe: this data covers only the recalls listed in it. Check the manufacturer&apos;s website and the Consumer Affairs Agency&apos;s recall list.</source>
        <translation>これは、製品に問題がないという意味ではありません。このデータには、ここに載っている回収しか含まれていません。メーカーのホームページと、消費者庁のリコール情報も確かめてください。</translation>
    </message>
    <message>
        <source>Correct the entry and check again.</source>
        <translation>入力を直して、もう一度確かめてください。</translation>
    </message>
    <message>
        <source>No recall on record in this data as of %1.</source>
        <translation>%1時点で、このデータには回収の記録がありません。</translation>
    </message>
    <message>
        <source>The serial number is on the list of affected units.</source>
        <translation>シリアル番号が、対象製品の一覧に載っています。</translation>
    </message>
    <message>
        <source>Every unit of this model and colour sold in the period is covered.</source>
        <translation>この期間に売られた、この型番・この色の製品は、すべて対象です。</translation>
    </message>
    <message>
        <source>Only some units are affected; the official serial number check decides.</source>
        <translation>対象は一部の製品だけです。公式のシリアル番号確認で決まります。</translation>
    </message>
    <message>
        <source>The serial number is not on the published list, but that list is not complete.</source>
        <translation>シリアル番号は公表された一覧に載っていません。ただし、この一覧はすべてを含むものではありません。</translation>
    </message>
    <message>
        <source>Some colours are not covered: tell us the colour for a clearer answer.</source>
        <translation>対象外の色もあります。色を入力すると、よりはっきりお答えできます。</translation>
    </message>
    <message>
        <source>The sources do not list the colours of this product.</source>
        <translation>この製品の色は、情報源に書かれていません。</translation>
    </message>
    <message>
        <source>No purchase date given: units bought before the covered period are not covered.</source>
        <translation>購入日が入力されていません。対象期間より前に買った製品は対象外です。</translation>
    </message>
    <message>
        <source>The sources disagree on when the covered period starts (up to %1); to be safe this unit is treated as possibly covered.</source>
        <translation>対象期間の始まりの日が、情報源によって違います（遅いもので%1）。念のため、この製品は対象の可能性があるものとして扱います。</translation>
    </message>
    <message>
        <source>Bought after the covered sale period ended (%1); shops may still have sold older stock.</source>
        <translation>対象の販売期間が終わった日（%1）より後に買っています。ただし、お店が古い在庫を売っていた可能性があります。</translation>
    </message>
    <message>
        <source>This colour is not covered by this recall.</source>
        <translation>この色は、この回収の対象外です。</translation>
    </message>
    <message>
        <source>Bought on or before %1, which is not covered.</source>
        <translation>%1以前に買った製品のため、対象外です。</translation>
    </message>
    <message>
        <source>Bought before the covered period started (%1).</source>
        <translation>対象期間が始まった日（%1）より前に買っています。</translation>
    </message>
    <message>
        <source>The serial number is not on the complete list of affected units.</source>
        <translation>シリアル番号は、対象製品をすべて載せた一覧に載っていません。</translation>
    </message>
    <message>
        <source>This product is not in the recall data.</source>
        <translation>この製品はリコール情報に載っていません。</translation>
    </message>
    <message>
        <source>No recall in this data names this product.</source>
        <translation>このデータには、この製品が対象の回収はありません。</translation>
    </message>
    <message>
        <source>Enter a model number, variant code or JAN code.</source>
        <translation>型番、品番、またはJANコードを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JAN code (13 digits with a correct check digit).</source>
        <translation>「%1」は正しいJANコードではありません（JANコードは13桁の数字で、最後の1桁で誤りを確かめます）。</translation>
    </message>
    <message>
        <source>The serial number is not valid.</source>
        <translation>シリアル番号が正しくありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as year-month-day, for example 2024-05-31.</source>
        <translation>「%1」は日付として読み取れません。年-月-日の形で入力してください（例：2024-05-31）。</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; does not exist.</source>
        <translation>「%1」という日付はありません。</translation>
    </message>
    <message>
        <source>The purchase date %1 is in the future.</source>
        <translation>購入日（%1）が、今日より後の日付になっています。</translation>
    </message>
    <message>
        <source>This product was not sold in the colour &quot;%1&quot;.</source>
        <translation>この製品は「%1」の色では売られていません。</translation>
    </message>
    <message>
        <source>The colour does not match the variant code or JAN entered.</source>
        <translation>入力した色が、品番またはJANコードと合っていません。</translation>
    </message>
    <message>
        <source>No serial number entered.</source>
        <translation>シリアル番号が入力されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n character(s); a serial number has 16.</source>
        <translation>
            <numerusform>短すぎます（%n文字）。シリアル番号は16文字です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n character(s); a serial number has 16.</source>
        <translation>
            <numerusform>長すぎます（%n文字）。シリアル番号は16文字です。</numerusform>
        </translation>
    </message>
    <message>
        <source>A serial number starts with the letter A, not &quot;%1&quot;.</source>
        <translation>シリアル番号は「%1」ではなく、英字の「A」で始まります。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot be in a serial number: only letters A-Z and digits.</source>
        <translation>%1文字目の「%2」は、シリアル番号には使えません。使えるのは英字（A～Z）と数字だけです。</translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: on the label it looks like &quot;%3&quot;. Check it.</source>
        <translation>%1文字目は &quot;%2&quot; です。ラベルでは &quot;%3&quot; と見分けにくい文字です。確かめてください。</translation>
    </message>
    <message>
        <source>The recall data file is missing: %1</source>
        <translation>リコール情報のファイルが見つかりません：%1</translation>
    </message>
    <message>
        <source>The recall data file cannot be opened: %1 (%2)</source>
        <translation>リコール情報のファイルを開けません：%1（%2）</translation>
    </message>
    <message>
        <source>The recall data file is damaged or is not recall data: %1</source>
        <translation>リコール情報のファイルが壊れているか、リコール情報ではありません：%1</translation>
    </message>
    <message>
        <source>The recall data file is from an older version of Recall Lookup: %1</source>
        <translation>リコール情報のファイルは、古いバージョンのリコール検索用です：%1</translation>
    </message>
    <message>
        <source>The recall data file needs a newer version of Recall Lookup: %1</source>
        <translation>リコール情報のファイルを使うには、新しいバージョンのリコール検索が必要です：%1</translation>
    </message>
    <message>
        <source>The recall data could not be read (%1).</source>
        <translation>リコール情報を読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>The recall data was updated with this version of the app.</source>
        <translation>このバージョンのアプリに合わせて、リコール情報を新しくしました。</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from the copy built into the app.</source>
        <translation>リコール情報が壊れていたため、アプリに入っている控えから元に戻しました。</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from the copy built into the app. The damaged file was kept as %1.</source>
        <translation>リコール情報が壊れていたため、アプリに入っている控えから元に戻しました。壊れたファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>All units of the covered colours</source>
        <translation>対象の色の製品すべて</translation>
    </message>
    <message>
        <source>Some units: decided by serial number</source>
        <translation>一部の製品だけ（シリアル番号で決まります）</translation>
    </message>
    <message>
        <source>JAN code</source>
        <translation>JANコード</translation>
    </message>
    <message>
        <source>variant code</source>
        <translation>品番</translation>
    </message>
    <message>
        <source>model number</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読みがな</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>製品の種類</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>交換</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>The case log cannot be opened: %1 (%2)</source>
        <translation>ケース記録を開けません：%1（%2）</translation>
    </message>
    <message>
        <source>The case log is damaged: %1. It has been left unchanged; keep a copy for support.</source>
        <translation>ケース記録が壊れています（%1）。ファイルには手を加えていません。サポートに問い合わせるときのために、コピーを取っておいてください。</translation>
    </message>
    <message>
        <source>The case log cannot be written (read-only): %1</source>
        <translation>ケース記録に書き込めません（読み取り専用です）：%1</translation>
    </message>
    <message>
        <source>The disk is full: the case log cannot be written: %1</source>
        <translation>ディスクがいっぱいのため、ケース記録に書き込めません：%1</translation>
    </message>
    <message>
        <source>The case log was written by a newer version of Recall Lookup: %1</source>
        <translation>ケース記録は、新しいバージョンのリコール検索で書かれています：%1</translation>
    </message>
    <message>
        <source>The case log could not be read or written: %1 (%2)</source>
        <translation>ケース記録を読み書きできませんでした：%1（%2）</translation>
    </message>
    <message>
        <source>Case %1 is not in the case log %2.</source>
        <translation>ケース %1 は、ケース記録 %2 にありません。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>受付中</translation>
    </message>
    <message>
        <source>kit requested</source>
        <translation>キット依頼済み</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>返送済み</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>交換済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The recall data file is locked by another program: %1</source>
        <translation>ほかのプログラムが使っているため、リコール情報のファイルを使えません：%1</translation>
    </message>
    <message>
        <source>The recall data that came with this version of the app could not be saved (%1); the app answers with the data it had.</source>
        <translation>このバージョンのアプリに入っているリコール情報を保存できませんでした（%1）。それまでのリコール情報を使ってお答えします。</translation>
    </message>
    <message>
        <source>The data you had imported is kept: undoing the last data import brings it back.</source>
        <translation>読み込んであったリコール情報も残してあります。前回の読み込みを取り消すと、そのリコール情報に戻せます。</translation>
    </message>
    <message>
        <source>The recall data was damaged and has been restored from your last data import.</source>
        <translation>リコール情報が壊れていたため、前回読み込んだリコール情報から元に戻しました。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>壊れたファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>The recall data file %1 is locked by another program.</source>
        <translation>ほかのプログラムが使っているため、リコール情報のファイル %1 を使えません。</translation>
    </message>
    <message>
        <source>The recall data file %1 is damaged or cannot be used.</source>
        <translation>リコール情報のファイル %1 が壊れているか、使えない状態です。</translation>
    </message>
    <message>
        <source>The app&apos;s data folder cannot be written (%1).</source>
        <translation>アプリのデータ用フォルダーに書き込めません（%1）。</translation>
    </message>
    <message>
        <source>Until this is fixed, the app answers from a temporary copy of your last imported data.</source>
        <translation>この問題が直るまでは、前回読み込んだリコール情報の一時的なコピーを使ってお答えします。</translation>
    </message>
    <message>
        <source>Until this is fixed, the app answers from a temporary copy of the data built into the app.</source>
        <translation>この問題が直るまでは、アプリに入っているリコール情報の一時的なコピーを使ってお答えします。</translation>
    </message>
    <message>
        <source>The case log was damaged. It was moved to %1 (nothing was deleted) and a new, empty case log was started.</source>
        <translation>ケース記録が壊れていました。壊れたケース記録は %1 に移しました（何も削除していません）。新しい空のケース記録を作りました。</translation>
    </message>
</context>
<context>
    <name>ToolTabs</name>
    <message>
        <source>Look up</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Batch check</source>
        <translation>一括確認</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>電話対応スクリプト</translation>
    </message>
    <message>
        <source>Case log</source>
        <translation>ケース記録</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>What to do:</source>
        <translation>次にすること：</translation>
    </message>
    <message>
        <source>Official page:</source>
        <translation>公式ページ：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Recall Lookup</source>
        <translation>リコール検索</translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation>表示する言語：ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>Save the pages as PNG files into a folder and exit.</source>
        <translation>画面をPNGファイルとしてフォルダーに保存して終了します。</translation>
    </message>
</context>
</TS>
