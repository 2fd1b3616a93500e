<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Құпиясөз тағы бір рет</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа тіркелгі</translation>
    </message>
    <message>
        <source>12 digits; needed to sign</source>
        <translation>12 цифр; қол қою үшін қажет</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Тағы бір рет:</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>%1 тіркелгісі</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Assigned member:</source>
        <translation>Тағайындалған мүше:</translation>
    </message>
    <message>
        <source>Member to assign</source>
        <translation>Тағайындалатын мүше</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— ешкім —</translation>
    </message>
    <message>
        <source>Are all the documents in? The application goes to the commission&apos;s members for examination; this step cannot be taken back.</source>
        <translation>Барлық құжаттар түсті ме? Өтініш комиссия мүшелеріне сараптамаға жіберіледі; бұл қадамды кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Yes, the documents are complete</source>
        <translation>Иә, құжаттар толық</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Әлі емес</translation>
    </message>
</context>
<context>
    <name>AdminBoxes</name>
    <message>
        <source>Accounts locked after failed sign-ins</source>
        <translation>Сәтсіз кіру әрекеттерінен кейін бұғатталған тіркелгілер</translation>
    </message>
    <message>
        <source>Signing staff without a seat today</source>
        <translation>Бүгін комиссияда орны жоқ қол қоюшылар</translation>
    </message>
    <message>
        <source>Signing certificates ending within 30 days</source>
        <translation>30 күн ішінде мерзімі бітетін қол қою сертификаттары</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Бұғат аяқталады</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Соңғы қол қойған құжат</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Көшірме &amp;жасау…</translation>
    </message>
    <message>
        <source>No account is locked.</source>
        <translation>Бұғатталған тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>Everyone who signs has a seat.</source>
        <translation>Қол қоятындардың бәрінің орны бар.</translation>
    </message>
    <message>
        <source>No signing certificate ends within 30 days.</source>
        <translation>30 күн ішінде мерзімі бітетін қол қою сертификаты жоқ.</translation>
    </message>
    <message>
        <source>Make a backup: the last one is more than a week old, or there is none.</source>
        <translation>Сақтық көшірме жасаңыз: соңғысы бір аптадан ескі немесе мүлде жоқ.</translation>
    </message>
</context>
<context>
    <name>AnnexLack</name>
    <message>
        <source>no agreed result yet</source>
        <translation>келісілген нәтиже әлі жоқ</translation>
    </message>
    <message>
        <source>no overall view chosen</source>
        <translation>жалпы көрініс таңдалмаған</translation>
    </message>
    <message>
        <source>none shows a scale</source>
        <translation>ешқайсысында масштаб жоқ</translation>
    </message>
    <message>
        <source>more than %1 details chosen</source>
        <translation>таңдалған бөлшектер тым көп (ең көбі %1)</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Individual (IIN)</source>
        <translation>Жеке тұлға (ЖСН)</translation>
    </message>
    <message>
        <source>Company (BIN)</source>
        <translation>Заңды тұлға (БСН)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>IIN *:</source>
        <translation>ЖСН *:</translation>
    </message>
    <message>
        <source>BIN *:</source>
        <translation>БСН *:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>%1 / 12 цифр</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Valid IIN: born %1, %2</source>
        <translation>ЖСН дұрыс: туған күні %1, жынысы %2</translation>
    </message>
    <message>
        <source>Valid BIN: registered %1</source>
        <translation>БСН дұрыс: тіркелген %1</translation>
    </message>
    <message>
        <source>This is a valid BIN: choose Company.</source>
        <translation>Бұл дұрыс БСН: «Заңды тұлға» түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>This is a valid IIN: choose Individual.</source>
        <translation>Бұл дұрыс ЖСН: «Жеке тұлға» түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Not in the registry of applicants: enter the data; it is kept for next time.</source>
        <translation>Өтініш берушілер тізілімінде жоқ: деректерді енгізіңіз, олар келесі жолға сақталады.</translation>
    </message>
    <message>
        <source>Known applicant: data filled from the registry.</source>
        <translation>Белгілі өтініш беруші: деректер тізілімнен толтырылды.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Expert commission</source>
        <translation>Сараптама комиссиясы</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Дерекқорды ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or brought up to date.</source>
        <translation>%1 дерекқорын ашу немесе жаңарту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The application could not start.</source>
        <translation>Бағдарлама іске қосылмады.</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application number</source>
        <translation>Өтініш нөмірі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Тағайындалған мүше</translation>
    </message>
    <message>
        <source>&amp;Quality survey…</source>
        <translation>Сапа &amp;сауалнамасы…</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>&amp;Сараптама</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>Қо&amp;рытынды</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Тағайындалған: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ешкім</translation>
    </message>
    <message>
        <source>%1; the result&apos;s deadline counts from its end</source>
        <translation>%1; қорытынды мерзімі оның аяқталған күнінен есептеледі</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Орындалды: %1</translation>
    </message>
    <message>
        <source>Drafting the refusal letter…</source>
        <translation>Бас тарту хаты жасалуда…</translation>
    </message>
    <message>
        <source>Refused; the refusal letter %1 waits for the chairperson&apos;s signature (Conclusion tab).</source>
        <translation>Бас тартылды; %1 бас тарту хаты төрағаның қолтаңбасын күтуде («Қорытынды» қойындысы).</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Who took part: %1</source>
        <translation>Қатысқандар: %1</translation>
    </message>
    <message>
        <source>Tick the members who took part in the meeting. The others are recorded absent: they do not sign the conclusion, which names them. The chairperson %1 signs last.</source>
        <translation>Отырысқа қатысқан мүшелерді белгілеңіз. Қалғандары қатыспады деп белгіленеді: олар қорытындыға қол қоймайды, қорытындыда олардың аты аталады. Төраға %1 соңғы болып қол қояды.</translation>
    </message>
    <message>
        <source>Why absent (leave, illness, mission…): optional</source>
        <translation>Қатыспау себебі (демалыс, ауру, іссапар…): міндетті емес</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <source>%1 of %2 members take part; the quorum is %3.</source>
        <translation>Қатысады: %1 мүше (барлығы %2); кворум: %3.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>Кворум жоқ.</translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <source>Who took part…</source>
        <translation>Кім қатысты…</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Қатыспағандар: %1</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Application registered</source>
        <translation>Өтініш тіркелді</translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation>Мүше тағайындалды</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Құжаттар толық</translation>
    </message>
    <message>
        <source>Examination started</source>
        <translation>Сараптама басталды</translation>
    </message>
    <message>
        <source>Examination finished</source>
        <translation>Сараптама аяқталды</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Қорытынды жобасы дайындалды</translation>
    </message>
    <message>
        <source>Signing started</source>
        <translation>Қол қою басталды</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Берілді: әкетуге келісілді</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Берілді: әкетуге келісілмеді</translation>
    </message>
    <message>
        <source>Examination repeated</source>
        <translation>Сараптама қайта жүргізілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Applicant data corrected</source>
        <translation>Өтініш берушінің деректері түзетілді</translation>
    </message>
    <message>
        <source>Pages imported</source>
        <translation>Беттер импортталды</translation>
    </message>
    <message>
        <source>File rejected</source>
        <translation>Файл қабылданбады</translation>
    </message>
    <message>
        <source>Page rotated</source>
        <translation>Бет бұрылды</translation>
    </message>
    <message>
        <source>Page cropped</source>
        <translation>Бет қиылды</translation>
    </message>
    <message>
        <source>Page straightened</source>
        <translation>Бет түзетілді</translation>
    </message>
    <message>
        <source>Page made grayscale</source>
        <translation>Бет сұр реңкке айналдырылды</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Бет жылжытылды</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Бет жойылды</translation>
    </message>
    <message>
        <source>Page restored</source>
        <translation>Бет қалпына келтірілді</translation>
    </message>
    <message>
        <source>Opinion recorded</source>
        <translation>Пікір жазылды</translation>
    </message>
    <message>
        <source>Opinion changed</source>
        <translation>Пікір өзгертілді</translation>
    </message>
    <message>
        <source>Agreed result recorded</source>
        <translation>Келісілген нәтиже жазылды</translation>
    </message>
    <message>
        <source>Agreed result changed</source>
        <translation>Келісілген нәтиже өзгертілді</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Қорытындыға қол қойылды</translation>
    </message>
    <message>
        <source>Conclusion draft cancelled</source>
        <translation>Қорытынды жобасының күші жойылды</translation>
    </message>
    <message>
        <source>Refusal letter drafted</source>
        <translation>Дәлелді бас тарту жобасы дайындалды</translation>
    </message>
    <message>
        <source>Refusal letter signed</source>
        <translation>Дәлелді бас тартуға қол қойылды</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Жүйеге кіру қабылданбады</translation>
    </message>
    <message>
        <source>Registry listed (command line)</source>
        <translation>Тізілім тізімі алынды (пәрмен жолы)</translation>
    </message>
    <message>
        <source>Exported to a file</source>
        <translation>Файлға экспортталды</translation>
    </message>
    <message>
        <source>Document written to a file</source>
        <translation>Құжат файлға жазылды</translation>
    </message>
    <message>
        <source>Result package written</source>
        <translation>Нәтиже пакеті жазылды</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Жүйеден шықты</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Алғашқы әкімшінің тіркелгісі жасалды</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Тіркелгі жасалды</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>Account enabled or disabled</source>
        <translation>Тіркелгі қосылды немесе өшірілді</translation>
    </message>
    <message>
        <source>Signatory seat given</source>
        <translation>Қол қоюшының орны берілді</translation>
    </message>
    <message>
        <source>Account&apos;s name or role changed</source>
        <translation>Тіркелгінің аты-жөні немесе рөлі өзгертілді</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Тіркелгінің бұғаты алынды</translation>
    </message>
    <message>
        <source>Password reset by the administrator</source>
        <translation>Құпиясөзді әкімші қайта орнатты</translation>
    </message>
    <message>
        <source>Seat on the commission given</source>
        <translation>Комиссиядағы орын берілді</translation>
    </message>
    <message>
        <source>Seat on the commission ended</source>
        <translation>Комиссиядағы орынның мерзімі аяқталды</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Сенімді түбірлік сертификат қосылды</translation>
    </message>
    <message>
        <source>Trusted root certificate removed</source>
        <translation>Сенімді түбірлік сертификат алынып тасталды</translation>
    </message>
    <message>
        <source>Revocation list imported</source>
        <translation>Кері қайтарылған сертификаттар тізімі импортталды</translation>
    </message>
    <message>
        <source>Revocation list removed</source>
        <translation>Кері қайтарылған сертификаттар тізімі жойылды</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Дерекқор сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>Quality survey recorded</source>
        <translation>Сапа сауалнамасы тіркелді</translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation>Зат қайтарылды</translation>
    </message>
    <message>
        <source>Loss of an item recorded</source>
        <translation>Заттың жоғалуы тіркелді</translation>
    </message>
    <message>
        <source>Return withdrawn</source>
        <translation>Қайтару жазбасы жойылды</translation>
    </message>
    <message>
        <source>Note on a return rewritten</source>
        <translation>Қайтару туралы ескертпе өзгертілді</translation>
    </message>
    <message>
        <source>Return check verdict</source>
        <translation>Қайтаруды тексеру шешімі</translation>
    </message>
    <message>
        <source>Return examination recorded</source>
        <translation>Қайтарылғандағы сараптама жазылды</translation>
    </message>
    <message>
        <source>Return examination changed</source>
        <translation>Қайтарылғандағы сараптама өзгертілді</translation>
    </message>
    <message>
        <source>Return act drafted</source>
        <translation>Қайтару актісі жасалды</translation>
    </message>
    <message>
        <source>Return act signed</source>
        <translation>Қайтару актісіне қол қойылды</translation>
    </message>
    <message>
        <source>Return act cancelled</source>
        <translation>Қайтару актісінің күші жойылды</translation>
    </message>
    <message>
        <source>Conclusion dated on the decision</source>
        <translation>Қорытындыға шешім күні қойылды</translation>
    </message>
    <message>
        <source>Certificate drafted</source>
        <translation>Куәлік жобасы дайындалды</translation>
    </message>
    <message>
        <source>Certificate not drafted yet</source>
        <translation>Куәлік жобасы әзірге дайындалмады</translation>
    </message>
    <message>
        <source>Certificate signed</source>
        <translation>Куәлікке қол қойылды</translation>
    </message>
    <message>
        <source>Certificate draft cancelled</source>
        <translation>Куәлік жобасының күші жойылды</translation>
    </message>
    <message>
        <source>Certificate closed: items returned</source>
        <translation>Куәлік жабылды: заттар қайтарылды</translation>
    </message>
    <message>
        <source>Export closed: items returned</source>
        <translation>Әкету жабылды: заттар қайтарылды</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Демонстрациялық деректер жасалды</translation>
    </message>
    <message>
        <source>Working-day calendar amended</source>
        <translation>Жұмыс күндерінің күнтізбесі өзгертілді</translation>
    </message>
    <message>
        <source>Calendar amendment withdrawn</source>
        <translation>Күнтізбе өзгерісі алынып тасталды</translation>
    </message>
    <message>
        <source>Deadline moved by the calendar</source>
        <translation>Мерзім күнтізбеге байланысты жылжыды</translation>
    </message>
    <message>
        <source>Drafting allowed without required documents</source>
        <translation>Қорытындыны міндетті құжаттарсыз жасауға рұқсат берілді</translation>
    </message>
    <message>
        <source>Member recorded absent</source>
        <translation>Мүше қатыспады деп жазылды</translation>
    </message>
    <message>
        <source>Member recorded present</source>
        <translation>Мүше қатысты деп жазылды</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user name</source>
        <translation>пайдаланушы аты</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>тіркелгі қосулы</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>items</source>
        <translation>заттар саны</translation>
    </message>
    <message>
        <source>result due</source>
        <translation>нәтиже мерзімі</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>resolution, dpi</source>
        <translation>ажыратымдылығы, dpi</translation>
    </message>
    <message>
        <source>position</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>width, pixels</source>
        <translation>ені, пиксель</translation>
    </message>
    <message>
        <source>height, pixels</source>
        <translation>биіктігі, пиксель</translation>
    </message>
    <message>
        <source>turned by, degrees</source>
        <translation>бұрылу бұрышы, градус</translation>
    </message>
    <message>
        <source>crop frame</source>
        <translation>қию жақтауы</translation>
    </message>
    <message>
        <source>straightened by, degrees</source>
        <translation>түзету бұрышы, градус</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>presented by</source>
        <translation>ұсынған</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>тексеру шешімі</translation>
    </message>
    <message>
        <source>how it differs</source>
        <translation>айырмашылығы</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>әкетуге келісілді</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>түзетілетін құжат</translation>
    </message>
    <message>
        <source>signature field</source>
        <translation>қолтаңба өрісі</translation>
    </message>
    <message>
        <source>IIN in the certificate</source>
        <translation>сертификаттағы ЖСН</translation>
    </message>
    <message>
        <source>certificate holder</source>
        <translation>сертификат иесі</translation>
    </message>
    <message>
        <source>satisfied with the service</source>
        <translation>қызметке қанағаттануы</translation>
    </message>
    <message>
        <source>satisfied with the information</source>
        <translation>ақпаратқа қанағаттануы</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>өтініштер</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>өтініш берушілер</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>беттер</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>passport or ID card No.</source>
        <translation>төлқұжат / жеке куәлік №</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>берілген күні</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>тұрғылықты жері</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>ұйымның атауы</translation>
    </message>
    <message>
        <source>requisites</source>
        <translation>деректемелері</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефондары</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>қызметі</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>тіркелгі өшірілген</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>тіркелгі бұғатталған</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>құпиясөз қате</translation>
    </message>
    <message>
        <source>wrong password; account locked</source>
        <translation>құпиясөз қате; тіркелгі бұғатталды</translation>
    </message>
    <message>
        <source>the examination is repeated</source>
        <translation>сараптама қайта жүргізіледі</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>қайтарылды</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>жоғалған</translation>
    </message>
    <message>
        <source>matches the examined item</source>
        <translation>сараптамадағы затқа сәйкес</translation>
    </message>
    <message>
        <source>differs from the examined item</source>
        <translation>сараптамадағы заттан өзгеше</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>қанағаттанбаған</translation>
    </message>
    <message>
        <source>partly satisfied</source>
        <translation>ішінара қанағаттанған</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>қанағаттанған</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Application number</source>
        <translation>Өтініш нөмірі</translation>
    </message>
    <message>
        <source>Filter by application</source>
        <translation>Өтініш бойынша сүзу</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Пайдаланушы бойынша сүзу</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Ертерек оқиғалар</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <source>Save the head…</source>
        <translation>Соңғы нүктені сақтау…</translation>
    </message>
    <message>
        <source>Write the newest event&apos;s number and hash to a file to keep apart from this computer: the check finds the journal rewritten below it</source>
        <translation>Соңғы оқиғаның нөмірі мен хешін осы компьютерден бөлек сақталатын файлға жазу: тексеру журналдың осы нүктеден төмен қайта жазылғанын табады</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Аудит оқиғалары</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n event(s).</source>
        <translation>
            <numerusform>Тізбек бүтін: %n оқиға.</numerusform>
            <numerusform>Тізбек бүтін: %n оқиға.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2</source>
        <translation>Тізбек %1-оқиғада үзілген: %2</translation>
    </message>
    <message>
        <source>Save the journal&apos;s head</source>
        <translation>Журналдың соңғы нүктесін сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>The journal has no event yet.</source>
        <translation>Журналда әзірге оқиға жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазылмайды: %2</translation>
    </message>
    <message>
        <source>Event %1 is saved as the head in %2: keep the file apart from this computer.</source>
        <translation>%1-оқиға журналдың соңғы нүктесі ретінде %2 файлына сақталды: файлды осы компьютерден бөлек сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Сақтық көшірме әлі жасалған жоқ.</translation>
    </message>
    <message>
        <source>Last backup: %1 by %2, to %3</source>
        <translation>Соңғы сақтық көшірме: %1, жасаған %2, орны: %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>The copy is checked before it is kept: the database&apos;s integrity, every stored file&apos;s checksum and the audit journal&apos;s chain.</source>
        <translation>Көшірме сақталмас бұрын тексеріледі: дерекқордың тұтастығы, әр сақталған файлдың бақылау сомасы және аудит журналының тізбегі.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>A restore replaces everything in the database with the backup. Close the program on every other desk first: while another one has the database open, nothing is replaced. The backup is checked before.</source>
        <translation>Қалпына келтіру дерекқордағы барлық деректі көшірмемен ауыстырады. Алдымен басқа барлық жұмыс орындарында бағдарламаны жабыңыз: дерекқор басқа жерде ашық тұрғанда ештеңе ауыстырылмайды. Көшірме алдын ала тексеріледі.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Дерекқор көшірілуде…</translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>Сақталған файлдар тексерілуде…</translation>
    </message>
    <message>
        <source>Replacing the database…</source>
        <translation>Дерекқор ауыстырылуда…</translation>
    </message>
    <message>
        <source>Checking the restored database…</source>
        <translation>Қалпына келтірілген дерекқор тексерілуде…</translation>
    </message>
    <message>
        <source>Choose a folder that exists: %1</source>
        <translation>Бар қалтаны таңдаңыз: %1</translation>
    </message>
    <message>
        <source>No backup was made. %1</source>
        <translation>Сақтық көшірме жасалмады. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 stored files and %3 audit events checked.</source>
        <translation>Көшірме сақталды: %1. Тексерілді: %2 сақталған файл және аудиттің %3 оқиғасы.</translation>
    </message>
    <message>
        <source>A backup to restore</source>
        <translation>Қалпына келтіретін көшірме</translation>
    </message>
    <message>
        <source>Replace everything in the database with %1? Whatever was done since that backup is lost.</source>
        <translation>Дерекқордағы барлық деректі %1 көшірмесімен ауыстыру керек пе? Сол көшірмеден кейін жасалғанның бәрі жоғалады.</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Ештеңе қалпына келтірілмеді. %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Restored from %1: %2 stored files and %3 audit events checked.</source>
        <translation>%1 көшірмесінен қалпына келтірілді. Тексерілді: %2 сақталған файл және аудиттің %3 оқиғасы.</translation>
    </message>
    <message numerus="yes">
        <source>The restored database breaks %n rule(s); the command &apos;export-commission check&apos; lists them.</source>
        <translation>
            <numerusform>Қалпына келтірілген дерекқор %n ережені бұзады; оларды &apos;export-commission check&apos; командасы көрсетеді.</numerusform>
            <numerusform>Қалпына келтірілген дерекқор %n ережені бұзады; оларды &apos;export-commission check&apos; командасы көрсетеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the program and start it again, so that every screen reads the restored database.</source>
        <translation>Бағдарламаны жауып, қайта іске қосыңыз: сонда әр экран қалпына келтірілген дерекқорды оқиды.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Name or reason</source>
        <translation>Атауы немесе негізі</translation>
    </message>
    <message>
        <source>Amend the calendar (a decree after this release)</source>
        <translation>Күнтізбені өзгерту (осы нұсқадан кейін шыққан қаулы)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Make it:</source>
        <translation>Б&amp;елгілеу:</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Негізі:</translation>
    </message>
    <message>
        <source>The decree (number and date) or the reason</source>
        <translation>Қаулы (нөмірі мен күні) немесе себебі</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>Ө&amp;згерту</translation>
    </message>
    <message>
        <source>&amp;Withdraw the amendment</source>
        <translation>Өзгерісті &amp;алып тастау</translation>
    </message>
    <message>
        <source>amended by %1: %2</source>
        <translation>%1 өзгертті: %2</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>жүйе</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>This amendment moves no running deadline.</source>
        <translation>Бұл өзгеріс өтіп жатқан бірде-бір мерзімді жылжытпайды.</translation>
    </message>
    <message numerus="yes">
        <source>This amendment moves %n running deadline(s):</source>
        <translation>
            <numerusform>Бұл өзгеріс өтіп жатқан %n мерзімді жылжытады:</numerusform>
            <numerusform>Бұл өзгеріс өтіп жатқан %n мерзімді жылжытады:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The amendment of %1 is withdrawn.</source>
        <translation>%1 күнгі өзгеріс алынып тасталды.</translation>
    </message>
    <message>
        <source>%1 is a working day now.</source>
        <translation>%1 енді жұмыс күні.</translation>
    </message>
    <message>
        <source>%1 is a day off now.</source>
        <translation>%1 енді демалыс күні.</translation>
    </message>
    <message numerus="yes">
        <source>%n running deadline(s) moved.</source>
        <translation>
            <numerusform>Ағымдағы %n мерзім жылжытылды.</numerusform>
            <numerusform>Ағымдағы %n мерзім жылжытылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Draft the certificate</source>
        <translation>Куәлік жобасын дайындау</translation>
    </message>
    <message>
        <source>Cancel the certificate draft…</source>
        <translation>Куәлік жобасының күшін жою…</translation>
    </message>
    <message>
        <source>Certificate %1 drafted; the official signs it here.</source>
        <translation>%1 куәлігінің жобасы дайындалды; оған лауазымды тұлға осы жерде қол қояды.</translation>
    </message>
    <message>
        <source>Drafting the certificate…</source>
        <translation>Куәлік жобасы дайындалуда…</translation>
    </message>
    <message>
        <source>Cancel the certificate draft</source>
        <translation>Куәлік жобасының күшін жою</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? Its number stays in the journal.</source>
        <translation>%1 неге жойылады? Оның нөмірі журналда қалады.</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled.</source>
        <translation>%1 куәлігінің күші жойылды.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>%1: %2 signature(s) in %3 signature field(s)</source>
        <translation>%1: қолтаңбалар саны %2, қолтаңба өрістерінің саны %3</translation>
    </message>
    <message>
        <source>%1. field %2: %3, IIN %4%5</source>
        <translation>%1. %2 өрісі: %3, ЖСН %4%5</translation>
    </message>
    <message>
        <source> (locks the document)</source>
        <translation> (құжатты бекітеді)</translation>
    </message>
    <message>
        <source>   signing time %1; timestamp %2</source>
        <translation>   қол қойылған уақыты: %1; уақыт белгісі: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>%1 (valid)</source>
        <translation>%1 (жарамды)</translation>
    </message>
    <message>
        <source>%1 (NOT valid)</source>
        <translation>%1 (жарамсыз)</translation>
    </message>
    <message>
        <source>   intact %1, valid %2, trusted %3</source>
        <translation>   бүтін: %1, жарамды: %2, сенімді: %3</translation>
    </message>
    <message>
        <source>   revocation checked by an OCSP response of %1</source>
        <translation>   кері қайтарып алу %1 уақытындағы OCSP жауабы бойынша тексерілді</translation>
    </message>
    <message>
        <source>   revocation checked against a CRL of %1</source>
        <translation>   кері қайтарып алу %1 уақытындағы CRL бойынша тексерілді</translation>
    </message>
    <message>
        <source>   revocation not checked: %1</source>
        <translation>   кері қайтарып алу тексерілмеді: %1</translation>
    </message>
    <message>
        <source>   coverage %1, modifications %2, disallowed changes %3</source>
        <translation>   қамтуы: %1; кейінгі өзгерістер: %2; рұқсат етілмеген өзгерістер: %3</translation>
    </message>
    <message>
        <source>   OK</source>
        <translation>   ЖАРАМДЫ</translation>
    </message>
    <message>
        <source>   NOT OK: %1</source>
        <translation>   ЖАРАМСЫЗ: %1</translation>
    </message>
    <message>
        <source>-. field %1%2: NOT SIGNED</source>
        <translation>-. %1 өрісі%2: ҚОЛ ҚОЙЫЛМАҒАН</translation>
    </message>
    <message>
        <source>not OK: the file has no signatures</source>
        <translation>жарамсыз: файлда қолтаңба жоқ</translation>
    </message>
    <message>
        <source>not OK: the signature in field %1%2 is missing</source>
        <translation>жарамсыз: %1 өрісінде%2 қолтаңба жоқ</translation>
    </message>
    <message>
        <source>not OK: %1 of %2 signature(s) failed</source>
        <translation>жарамсыз: %2 қолтаңбаның %1 тексеруден өтпеді</translation>
    </message>
    <message>
        <source>OK: all %1 signature(s) are intact, valid and trusted, and every signature field is signed</source>
        <translation>ЖАРАМДЫ: барлық %1 қолтаңба бүтін, жарамды және сенімді, әр қолтаңба өрісіне қол қойылған</translation>
    </message>
    <message>
        <source>the chairperson</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>%1-мүше</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>бүкіл файл</translation>
    </message>
    <message>
        <source>its revision of the file</source>
        <translation>файлдың өз нұсқасы</translation>
    </message>
    <message>
        <source>part of its revision</source>
        <translation>нұсқасының бір бөлігі</translation>
    </message>
    <message>
        <source>form filling</source>
        <translation>нысанды толтыру</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>other changes</source>
        <translation>басқа өзгерістер</translation>
    </message>
    <message>
        <source>signed %1 into %2 (field %3)</source>
        <translation>%1 файлына қол қойылып, %2 файлына жазылды (%3 өрісі)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>қол қойылуда</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>%1 (%2, %3) written to %4</source>
        <translation>%1 (%2, %3) %4 файлына жазылды</translation>
    </message>
    <message>
        <source>%1 drafted for %2 (%3); signers in turn: %4</source>
        <translation>%1 жобасы %2 өтініші бойынша дайындалды (%3); кезекпен қол қоятындар: %4</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>әкетуге келісілді</translation>
    </message>
    <message>
        <source>export not agreed</source>
        <translation>әкетуге келісілмеді</translation>
    </message>
    <message>
        <source>result package of %1 written to %2</source>
        <translation>%1 нәтиже топтамасы %2 ішіне жазылды</translation>
    </message>
    <message>
        <source>%1 refused (%2); the refusal letter %3 waits for the signature of %4</source>
        <translation>%1 өтініші бойынша бас тартылды (%2); %3 бас тарту хаты %4 қолтаңбасын күтуде</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; issued</source>
        <translation>%1 құжатына %2 өрісінде %3 ретінде қол қойылды; құжат берілді</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; still to sign: %4</source>
        <translation>%1 құжатына %2 өрісінде %3 ретінде қол қойылды; әлі қол қоюы керек: %4</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>%1 of %2 applications</source>
        <translation>%2 өтініштің %1 көрсетілді</translation>
    </message>
    <message>
        <source>registered %1 (received %2)</source>
        <translation>%1 тіркелді (қабылданған күні %2)</translation>
    </message>
    <message>
        <source>  preliminary examination due %1</source>
        <translation>  алдын ала сараптама мерзімі %1</translation>
    </message>
    <message>
        <source>  result due %1</source>
        <translation>  нәтиже мерзімі %1</translation>
    </message>
    <message>
        <source>%1: the package is valid (%2 items)</source>
        <translation>%1: топтама дұрыс (заттар саны %2)</translation>
    </message>
    <message>
        <source>%1: stored %2 page(s) from %3 of %4 file(s)</source>
        <translation>%1: %4 файлдың %3 файлынан %2 бет сақталды</translation>
    </message>
    <message>
        <source>read the text of %1 page(s)</source>
        <translation>мәтіні оқылған беттер: %1</translation>
    </message>
    <message>
        <source>page %1 could not be read: %2</source>
        <translation>%1-беттің мәтіні оқылмады: %2</translation>
    </message>
    <message>
        <source>%1: the scans with their text written to %2</source>
        <translation>%1: сканерленген беттер мәтінімен бірге %2 файлына жазылды</translation>
    </message>
    <message>
        <source>%1: the scans written to %2; %3 of %4 page(s) carry their text</source>
        <translation>%1: сканерленген беттер %2 файлына жазылды; %4 беттің %3 бетінде мәтін бар</translation>
    </message>
    <message>
        <source>%1 page(s) not read yet carry no text: read them with the command read-scans %2, then write the PDF again</source>
        <translation>әлі оқылмаған беттер: %1, файлда олар мәтінсіз; оларды read-scans %2 командасымен оқып, PDF файлын қайта жазыңыз</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read: their text is not in the file</source>
        <translation>мәтінін оқу мүмкін болмаған беттер: %1; олардың мәтіні файлда жоқ</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%2 файлына %1 жол жазылды</translation>
    </message>
    <message>
        <source>every invariant holds (%1)</source>
        <translation>барлық инвариант сақталған (%1)</translation>
    </message>
    <message>
        <source>%1 broken (%2)</source>
        <translation>%1 бұзушылық (%2)</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>  [amended by %1: %2]</source>
        <translation>  [%1 өзгертті: %2]</translation>
    </message>
    <message>
        <source>system</source>
        <translation>жүйе</translation>
    </message>
    <message>
        <source>%1 days of %2 that are not what their weekday says</source>
        <translation>%2 жылы апта күні бойынша күтілгеннен өзгеше %1 күн</translation>
    </message>
    <message>
        <source>%1: the amendment withdrawn; %2 running deadline(s) moved</source>
        <translation>%1: өзгеріс алынып тасталды; ағымдағы %2 мерзім жылжыды</translation>
    </message>
    <message>
        <source>%1: now a working day; %2 running deadline(s) moved</source>
        <translation>%1: енді жұмыс күні; ағымдағы %2 мерзім жылжыды</translation>
    </message>
    <message>
        <source>%1: now a day off; %2 running deadline(s) moved</source>
        <translation>%1: енді демалыс күні; ағымдағы %2 мерзім жылжыды</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>иесі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>алгоритм</translation>
    </message>
    <message>
        <source>key usage</source>
        <translation>кілтті пайдалану</translation>
    </message>
    <message>
        <source>extended key usage</source>
        <translation>кеңейтілген кілтті пайдалану</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>берген куәландырушы орталық</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>сериялық нөмірі</translation>
    </message>
    <message>
        <source>may sign a conclusion</source>
        <translation>қорытындыға қол қоюға бола ма</translation>
    </message>
    <message>
        <source>The database %1 already has data; left as it is.</source>
        <translation>%1 дерекқорында деректер бар; ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>applications taken to their result: %1/%2</source>
        <translation>нәтижеге жеткізілген өтініштер: %1/%2</translation>
    </message>
    <message>
        <source>Demo data written to %1 (region: %2):</source>
        <translation>Демо деректер %1 ішіне жазылды (өңір: %2):</translation>
    </message>
    <message>
        <source>  %1 applications, %2 applicants, %3 items, %4 document pages, %5 documents with %6 signatures</source>
        <translation>  өтініштер: %1, өтініш берушілер: %2, заттар: %3, құжат беттері: %4, құжаттар: %5, қолтаңбалар: %6</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password / role):</source>
        <translation>Демо тіркелгілер (пайдаланушы аты / құпиясөз / рөлі):</translation>
    </message>
    <message>
        <source>Demo signing keys (password: the account&apos;s; not for real use): %1</source>
        <translation>Демо қол қою кілттері (құпиясөзі тіркелгінікі; нақты жұмысқа арналмаған): %1</translation>
    </message>
    <message>
        <source>trusted: %1</source>
        <translation>сенімді: %1</translation>
    </message>
    <message>
        <source>no longer trusted: %1</source>
        <translation>енді сенімді емес: %1</translation>
    </message>
    <message>
        <source>[%1 profile]</source>
        <translation>[%1 профилі]</translation>
    </message>
    <message>
        <source>time stamps: %1  OCSP: %2  (%3 profile)</source>
        <translation>уақыт белгілері: %1  OCSP: %2  (%3 профилі)</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>импортталды: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>жойылды: %1</translation>
    </message>
    <message>
        <source>issued %1, next %2, %3 revoked</source>
        <translation>шығарылды %1, келесісі %2, кері қайтарылғандар: %3</translation>
    </message>
    <message>
        <source>no seats yet: give them with &apos;seats add&apos;</source>
        <translation>әзірге орын жоқ: оларды &apos;seats add&apos; командасымен беріңіз</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5</source>
        <translation>%1 орын: &apos;%2&apos; %4 комиссиясында &apos;%3&apos; орнын %5 бастап иеленеді</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5 to %6</source>
        <translation>%1 орын: &apos;%2&apos; %4 комиссиясында &apos;%3&apos; орнын %5 бастап %6 дейін иеленеді</translation>
    </message>
    <message>
        <source>seat %1 (&apos;%2&apos;, %3) ends on %4</source>
        <translation>%1 орын (&apos;%2&apos;, %3) %4 аяқталады</translation>
    </message>
    <message>
        <source>roles created: %1</source>
        <translation>құрылған рөлдер: %1</translation>
    </message>
    <message>
        <source>no role created: all existed; the grants were applied again</source>
        <translation>бірде-бір рөл құрылған жоқ: бәрі бұрыннан бар; құқықтар қайта берілді</translation>
    </message>
    <message>
        <source>the desktops connect as %1</source>
        <translation>жұмыс орындары %1 ретінде қосылады</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; has a database login without a password: reset it (users reset-password) before it signs in at a desktop</source>
        <translation>«%1» тіркелгісінің дерекқорға құпиясөзсіз кіруі бар: ол жұмыс орнында кірмес бұрын құпиясөзін қалпына келтіріңіз (users reset-password)</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Return check: item %1 «%2»</source>
        <translation>Қайтаруды тексеру: %1-зат «%2»</translation>
    </message>
    <message>
        <source>The records compared field by field</source>
        <translation>Жазбаларды өріс бойынша салыстыру</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>At the examination</source>
        <translation>Сараптама кезінде</translation>
    </message>
    <message>
        <source>On return</source>
        <translation>Қайтарылғанда</translation>
    </message>
    <message>
        <source>Photo at the examination</source>
        <translation>Сараптама кезіндегі фотосурет</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Қайтарылғандағы фотосурет</translation>
    </message>
    <message>
        <source>The item &amp;matches the one examined</source>
        <translation>Зат сараптамадағыға &amp;сәйкес келеді</translation>
    </message>
    <message>
        <source>The item &amp;differs</source>
        <translation>Зат &amp;өзгеше</translation>
    </message>
    <message>
        <source>Notes on the check</source>
        <translation>Тексеру туралы ескертпелер</translation>
    </message>
    <message>
        <source>What differs, and anything else to note</source>
        <translation>Айырмашылығы неде және басқа ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Save the verdict</source>
        <translation>Шешімді &amp;сақтау</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Examination photo %1</source>
        <translation>Сараптама фотосуреті %1</translation>
    </message>
    <message>
        <source>Photo on return %1</source>
        <translation>Қайтарылғандағы фото %1</translation>
    </message>
    <message>
        <source>The return examination is not recorded yet: record it in the Examination tab.</source>
        <translation>Қайтарылғандағы сараптама әлі жазылмаған: оны «Сараптама» қойындысында жазыңыз.</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Айырмашылықтар: %1</translation>
    </message>
    <message>
        <source>The records agree in every field compared.</source>
        <translation>Салыстырылған барлық өрістер сәйкес келеді.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Фотосурет жоқ</translation>
    </message>
    <message>
        <source>Similarity: needs a photo on each side</source>
        <translation>Ұқсастық: екі жақта да фотосурет керек</translation>
    </message>
    <message>
        <source>The return check of the item is recorded.</source>
        <translation>Заттың қайтарылуын тексеру нәтижесі жазылды.</translation>
    </message>
    <message>
        <source>Similarity: comparing…</source>
        <translation>Ұқсастық: салыстырылуда…</translation>
    </message>
    <message>
        <source>Similarity: not computed (%1)</source>
        <translation>Ұқсастық есептелмеді (%1)</translation>
    </message>
    <message>
        <source>pHash 64-bit DCT, best of 8 orientations</source>
        <translation>pHash 64 биттік DCT, 8 бағдардың ең жақсысы</translation>
    </message>
    <message>
        <source>Similarity %1 % (%2)</source>
        <translation>Ұқсастық %1 % (%2)</translation>
    </message>
    <message>
        <source>far less alike than photos of the same object usually are: look closely</source>
        <translation>бір заттың фотосуреттері әдетте бұдан әлдеқайда ұқсас: мұқият қараңыз</translation>
    </message>
    <message>
        <source>Choose whether the item matches or differs.</source>
        <translation>Заттың сәйкес келетінін немесе өзгеше екенін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ConclusionPanel</name>
    <message>
        <source>Conclusions, refusal letters, return acts and the certificate</source>
        <translation>Қорытындылар, дәлелді бас тартулар, қайтару актілері және куәлік</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Texts of the documents…</source>
        <translation>Құжаттардағы мәтіндер…</translation>
    </message>
    <message>
        <source>The purpose and the applicant&apos;s occupation in Kazakh and in Russian, as the documents print them</source>
        <translation>Әкету мақсаты мен өтініш берушінің қызметі қазақ және орыс тілдерінде, құжаттарда басылатындай</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Қорытынды жобасын дайындау</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <source>Return act</source>
        <translation>Қайтару актісі</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>қол қойылуда</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation>түзетілген құжатпен ауыстырылды</translation>
    </message>
    <message>
        <source>closed: the items are back</source>
        <translation>жабылды: заттар қайтарылды</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>Қорытынды әлі жоқ.</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Қолтаңбалар: %1</translation>
    </message>
    <message>
        <source>Identification annex: item %1 (%2): %3</source>
        <translation>Сәйкестендіру қосымшасы: %1-зат (%2): %3</translation>
    </message>
    <message>
        <source>Drafting the conclusion…</source>
        <translation>Қорытынды жобасы дайындалуда…</translation>
    </message>
    <message>
        <source>Conclusion %1 drafted; the members sign first, the chairperson last.</source>
        <translation>%1 қорытындысының жобасы дайындалды; алдымен мүшелер, соңында төраға қол қояды.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Қол қойылуда…</translation>
    </message>
    <message>
        <source>Signed. %1 is %2.</source>
        <translation>Қол қойылды. %1: %2.</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>Қол қойылмады. %1</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Сақталмады. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Файлға жазу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>%1: no signatures yet</source>
        <translation>%1: әлі қолтаңба жоқ</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>%1 · not signed yet: %2</source>
        <translation>%1 · әлі қол қойылмаған: %2</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Осы уақытта басқа біреу сақтады</translation>
    </message>
    <message>
        <source>you started a new record</source>
        <translation>сіз жаңа жазбаны бастағаннан кейін</translation>
    </message>
    <message>
        <source>you opened version %1</source>
        <translation>сіз %1-нұсқаны ашқаннан кейін</translation>
    </message>
    <message>
        <source>%1 saved this record (version %2) at %3, after %4. Compare the two versions: the differences are marked.</source>
        <translation>%1 бұл жазбаны %3 кезінде сақтады (%2-нұсқа), %4. Екі нұсқаны салыстырыңыз: айырмашылықтар белгіленген.</translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation>Тек айырмашылықтарды көрсету</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Екі нұсқа, өріс бойынша</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Сақтаған: %1</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Менікін қалдыру (оныкінің үстінен сақтау)</translation>
    </message>
    <message>
        <source>Take theirs (discard mine)</source>
        <translation>Оныкін алу (менікін тастау)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Формаға оралу</translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation>Мұнда нұсқалар әртүрлі</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Page to crop</source>
        <translation>Қиылатын бет</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Drag a rectangle over the part of the page to keep.</source>
        <translation>Беттің қалдырылатын бөлігіне тіктөртбұрыш сызыңыз.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Қию</translation>
    </message>
    <message>
        <source>No area chosen yet.</source>
        <translation>Аумақ әлі таңдалмады.</translation>
    </message>
    <message>
        <source>Keep %1 × %2 pixels</source>
        <translation>%1 × %2 пиксель қалдыру</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message numerus="yes">
        <source>%1 (overdue by %n working day(s))</source>
        <translation>
            <numerusform>%1 (%n жұмыс күні өтіп кетті)</numerusform>
            <numerusform>%1 (%n жұмыс күні өтіп кетті)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (мерзімі бүгін)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) left)</source>
        <translation>
            <numerusform>%1 (%n жұмыс күні қалды)</numerusform>
            <numerusform>%1 (%n жұмыс күні қалды)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preliminary: %1</source>
        <translation>Алдын ала сараптама: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDate</name>
    <message>
        <source>Date of the commission&apos;s decision:</source>
        <translation>Комиссия шешімінің күні:</translation>
    </message>
    <message>
        <source>Date of the commission&apos;s decision</source>
        <translation>Комиссия шешімінің күні</translation>
    </message>
    <message>
        <source>Set the date</source>
        <translation>Күнін қою</translation>
    </message>
    <message>
        <source>%1 is dated %2.</source>
        <translation>%1 қорытындысының күні: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentBanner</name>
    <message>
        <source>State of the document</source>
        <translation>Құжаттың күйі</translation>
    </message>
    <message>
        <source>Draft: nobody has signed it yet.</source>
        <translation>Жоба: оған әлі ешкім қол қойған жоқ.</translation>
    </message>
    <message>
        <source>Being signed: %1 of %2 signatures; still to sign: %3.</source>
        <translation>Қол қойылуда: %2 қолтаңбаның %1 қойылды; әлі қол қоюы керек: %3.</translation>
    </message>
    <message>
        <source>Superseded by a correction: this document is no longer in force.</source>
        <translation>Түзетілген құжатпен ауыстырылды: бұл құжат енді күшінде емес.</translation>
    </message>
    <message>
        <source>Cancelled: this document is not in force.</source>
        <translation>Күші жойылды: бұл құжат күшінде емес.</translation>
    </message>
    <message>
        <source>Signed, but not every signature holds: press Verify for the details.</source>
        <translation>Қол қойылған, бірақ барлық қолтаңба жарамды емес: толығырақ білу үшін «Тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Signed by everyone; checking the signatures…</source>
        <translation>Барлығы қол қойды; қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <source>Signed by everyone; the signatures could not be checked.</source>
        <translation>Барлығы қол қойды; қолтаңбаларды тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds. The export is closed: the items are back.</source>
        <translation>Қол қойылған және жарамды: барлық қолтаңба жарамды. Әкету жабылды: заттар қайтарылды.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds.</source>
        <translation>Қол қойылған және жарамды: барлық қолтаңба жарамды.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>Скандар мен фотосуреттер (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>JPEG кескіндері (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG кескіндері (*.png)</translation>
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation>TIFF кескіндері (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) stored, the rest not imported.</source>
        <translation>
            <numerusform>Тоқтатылды: %n файл сақталды, қалғаны импортталмады.</numerusform>
            <numerusform>Тоқтатылды: %n файл сақталды, қалғаны импортталмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored</source>
        <translation>
            <numerusform>%n бет сақталды</numerusform>
            <numerusform>%n бет сақталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n file(s).</source>
        <translation>
            <numerusform> (%n файлдан).</numerusform>
            <numerusform> (%n файлдан).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n файл импортталмады.</numerusform>
            <numerusform>%n файл импортталмады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Құжат беттері</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import scans, photos and PDFs (or drop files here)</source>
        <translation>Скандарды, фотосуреттерді және PDF импорттау (немесе файлдарды осында сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>Сканер&amp;леу…</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>&amp;Солға бұру</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn counter-clockwise</source>
        <translation>Бетті сағат тіліне қарсы ширек айналымға бұру</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>&amp;Оңға бұру</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn clockwise</source>
        <translation>Бетті сағат тілімен ширек айналымға бұру</translation>
    </message>
    <message>
        <source>&amp;Crop…</source>
        <translation>&amp;Қию…</translation>
    </message>
    <message>
        <source>Keep only a part of the page</source>
        <translation>Беттің тек бір бөлігін қалдыру</translation>
    </message>
    <message>
        <source>Des&amp;kew</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>Straighten a crooked scan</source>
        <translation>Қисық сканды түзету</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>С&amp;ұр реңк</translation>
    </message>
    <message>
        <source>Turn a colour scan into shades of grey</source>
        <translation>Түсті сканды сұр реңктерге айналдыру</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>&amp;Алға жылжыту</translation>
    </message>
    <message>
        <source>Move the page one place earlier</source>
        <translation>Бетті бір орын алға жылжыту</translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation>А&amp;ртқа жылжыту</translation>
    </message>
    <message>
        <source>Move the page one place later</source>
        <translation>Бетті бір орын артқа жылжыту</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete the page (%1)</source>
        <translation>Бетті жою (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Kind of page</source>
        <translation>&amp;Бет түрі</translation>
    </message>
    <message>
        <source>Say what the page is: form, identity document, photo or other</source>
        <translation>Беттің не екенін көрсету: нысан, жеке куәлік, фото немесе басқа</translation>
    </message>
    <message>
        <source>Scan paper documents into this application</source>
        <translation>Қағаз құжаттарды осы өтінішке сканерлеу</translation>
    </message>
    <message>
        <source>Scanning is not available. %1</source>
        <translation>Сканерлеу қолжетімсіз. %1</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>No pages yet. Import files (Ctrl+I), scan, or drop files here.</source>
        <translation>Әзірге бет жоқ. Файлдарды импорттаңыз (Ctrl+I), сканерлеңіз немесе файлдарды осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation>Әзірге беттер жоқ.</translation>
    </message>
    <message>
        <source>This page was changed by someone else meanwhile; the pages have been reloaded. Look at it again and repeat the change if it is still needed.</source>
        <translation>Осы уақытта бұл бетті басқа біреу өзгертті; беттер қайта жүктелді. Оны қайта қарап, қажет болса, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <source>Import scans and photos</source>
        <translation>Скандар мен фотосуреттерді импорттау</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)</source>
        <translation>%1 импортталуда (файл %2 / %3)</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Құжаттарды импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) stored.</source>
        <translation>
            <numerusform>%n сканерленген бет сақталды.</numerusform>
            <numerusform>%n сканерленген бет сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>On %2 the commission has %1 chairpersons; exactly one is needed to sign. Ask the administrator to set the commission&apos;s seats.</source>
        <translation>%2 күні комиссияда төраға саны — %1; қол қою үшін дәл біреуі қажет. Комиссия құрамын белгілеуді әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>A conclusion is drafted once the examination of application %1 is finished.</source>
        <translation>Қорытынды жобасы %1 өтінішінің сараптамасы аяқталғаннан кейін дайындалады.</translation>
    </message>
    <message>
        <source>A refusal needs at least one reason.</source>
        <translation>Бас тартудың кемінде бір себебі көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Application %1 is not refused.</source>
        <translation>%1 өтініші бойынша бас тартылмаған.</translation>
    </message>
    <message>
        <source>Application %1 has its refusal letter already.</source>
        <translation>%1 өтініші бойынша дәлелді бас тарту бұрыннан жасалған.</translation>
    </message>
    <message>
        <source>Say what the correction corrects.</source>
        <translation>Не түзетілетінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is not an issued conclusion.</source>
        <translation>%1 — берілген қорытынды емес.</translation>
    </message>
    <message>
        <source>%1 has no IIN on record; the administrator must add it before they can sign.</source>
        <translation>%1 үшін ЖСН енгізілмеген; қол қоюдан бұрын әкімші оны қосуы керек.</translation>
    </message>
    <message>
        <source>%1 takes no more signatures.</source>
        <translation>%1 құжатына енді қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>You are not among those who sign %1.</source>
        <translation>Сіз %1 құжатына қол қоятындардың қатарында жоқсыз.</translation>
    </message>
    <message>
        <source>You have signed %1 already.</source>
        <translation>Сіз %1 құжатына қол қойып қойғансыз.</translation>
    </message>
    <message>
        <source>The chairperson signs last; still to sign: %1.</source>
        <translation>Төраға ең соңында қол қояды; әлі қол қоюы керектер: %1.</translation>
    </message>
    <message>
        <source>A return act closes an agreed export that is still open; application %1 is not one.</source>
        <translation>Қайтару актісі жабылмаған келісілген әкету бойынша жасалады; %1 өтініші ондай емес.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted already.</source>
        <translation>%1 қайтару актісі жасалып қойған.</translation>
    </message>
    <message>
        <source>Say why the act is cancelled.</source>
        <translation>Актінің күші неге жойылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is not a return act being signed.</source>
        <translation>%1 — қол қойылып жатқан қайтару актісі емес.</translation>
    </message>
    <message>
        <source>The return act of %1 cannot be drafted yet:</source>
        <translation>%1 бойынша қайтару актісін әзірге жасау мүмкін емес:</translation>
    </message>
    <message>
        <source>Item %1 «%2» has not come back.</source>
        <translation>%1-зат «%2»: қайтарылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no return examination.</source>
        <translation>%1-зат «%2»: қайтарылғаннан кейінгі сараптамасы жоқ.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no photo taken on return.</source>
        <translation>%1-зат «%2»: қайтарылғандағы фотосуреті жоқ.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no verdict.</source>
        <translation>%1-зат «%2»: тексеру шешімі шығарылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Kazakh.</source>
        <translation>%1-зат «%2»: қайтарылуы туралы ескертпе қазақ тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Russian.</source>
        <translation>%1-зат «%2»: қайтарылуы туралы ескертпе орыс тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Kazakh.</source>
        <translation>%1-зат «%2»: жоғалғанын растайтын құжат қазақ тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Russian.</source>
        <translation>%1-зат «%2»: жоғалғанын растайтын құжат орыс тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Kazakh.</source>
        <translation>%1-зат «%2»: қайтаруды тексеру туралы ескертпе қазақ тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Russian.</source>
        <translation>%1-зат «%2»: қайтаруды тексеру туралы ескертпе орыс тілінде жазылмаған.</translation>
    </message>
    <message>
        <source>Tick the items that came back.</source>
        <translation>Қайтарылған заттарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Say who presented the items.</source>
        <translation>Заттарды кім ұсынғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Say where the items were presented.</source>
        <translation>Заттар қайда ұсынылғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and the place %2.</source>
        <translation>Аты-жөні ең көбі %1 таңбадан, орны %2 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>Name the document that records the loss: its number, date and issuer.</source>
        <translation>Жоғалуды растайтын құжатты көрсетіңіз: нөмірі, күні және берген орган.</translation>
    </message>
    <message>
        <source>Say how the returned item differs from the one examined.</source>
        <translation>Қайтарылған заттың сараптамадағыдан айырмашылығын көрсетіңіз.</translation>
    </message>
    <message>
        <source>A lost item has no return check.</source>
        <translation>Жоғалған зат қайтаруда тексерілмейді.</translation>
    </message>
    <message>
        <source>Record the return examination of the item first (Examination tab).</source>
        <translation>Алдымен заттың қайтарылғандағы сараптамасын жазыңыз («Сараптама» қойындысы).</translation>
    </message>
    <message>
        <source>The export of %1 is closed by its return act.</source>
        <translation>%1 әкетуі қайтару актісімен жабылған.</translation>
    </message>
    <message>
        <source>Application %1 is not an agreed export.</source>
        <translation>%1 өтініші — келісілген әкету емес.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted: cancel it (Return tab) before changing the returns or their check.</source>
        <translation>%1 қайтару актісі жасалған: қайтаруларды немесе тексеруді өзгерту үшін алдымен оның күшін жойыңыз («Қайтару» қойындысы).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 — болашақ күн.</translation>
    </message>
    <message>
        <source>%1 is before the export began (%2).</source>
        <translation>%1 — әкету басталған күннен (%2) ертерек.</translation>
    </message>
    <message>
        <source>The return of item(s) %1 is registered already.</source>
        <translation>Заттардың қайтарылуы бұрын тіркелген: %1.</translation>
    </message>
    <message>
        <source>Item %1 has not come back yet: register its return first.</source>
        <translation>%1-зат әлі қайтарылмаған: алдымен оның қайтарылуын тіркеңіз.</translation>
    </message>
    <message>
        <source>The conclusion cannot be drafted yet: these documents have no scanned page. Scan them, or the chairperson may override with a written reason:</source>
        <translation>Қорытынды жобасын әзірге дайындау мүмкін емес: мына құжаттардың сканерленген беті жоқ. Оларды сканерлеңіз немесе төраға себебін жазып, бұл талаптан босата алады:</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation>Қолтаңба қойылмады: %1</translation>
    </message>
    <message>
        <source>The signing process stopped before it answered; try again.</source>
        <translation>Қол қою процесі жауап бермей тоқтап қалды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document (%1).</source>
        <translation>Файл оқылатын PDF құжаты емес (%1).</translation>
    </message>
    <message>
        <source>The PDF has %1 revisions, more than the %2 a signed document can have; it was not verified.</source>
        <translation>PDF файлында %1 редакция бар, бұл қол қойылған құжатта болуы мүмкін %2 шегінен көп; файл тексерілмеді.</translation>
    </message>
    <message>
        <source>The PDF has %1 signatures, more than the %2 a signed document can have; it was not verified.</source>
        <translation>PDF файлында %1 қолтаңба бар, бұл қол қойылған құжатта болуы мүмкін %2 шегінен көп; файл тексерілмеді.</translation>
    </message>
    <message>
        <source>The PDF&apos;s objects are nested too deeply to be read safely.</source>
        <translation>PDF объектілері бір-біріне тым терең салынған: оларды қауіпсіз оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Checking the PDF&apos;s signatures took too long; it was not verified.</source>
        <translation>PDF қолтаңбаларын тексеру тым ұзаққа созылды; файл тексерілмеді.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2</source>
        <translation>%1 кілт файлын пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>%1 файлының құпиясөзі қате.</translation>
    </message>
    <message>
        <source>The token %1 cannot be used.</source>
        <translation>%1 токенін пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>The token library (PKCS#11) %1 cannot be loaded.</source>
        <translation>%1 токен кітапханасы (PKCS#11) жүктелмеді.</translation>
    </message>
    <message>
        <source>No token labelled %1 is connected.</source>
        <translation>%1 белгісі бар токен қосылмаған.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is wrong.</source>
        <translation>%1 токенінің PIN-коды қате.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is locked.</source>
        <translation>%1 токенінің PIN-коды бұғатталған.</translation>
    </message>
    <message>
        <source>Token %1 has no single signing key with its certificate.</source>
        <translation>%1 токенінде сертификаты бар жалғыз қол қою кілті жоқ.</translation>
    </message>
    <message>
        <source>NCALayer did not sign: %1</source>
        <translation>NCALayer қол қоймады: %1</translation>
    </message>
    <message>
        <source>NCALayer is not running on this computer: start it (it listens at %1) and try again.</source>
        <translation>Бұл компьютерде NCALayer іске қосылмаған: оны іске қосып (ол %1 мекенжайын тыңдайды), қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer.</source>
        <translation>NCALayer-де қол қою тоқтатылды.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>%1 сертификатының мерзімі %2 өтіп кеткен.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>%1 сертификаты тек %2 бастап жарамды.</translation>
    </message>
    <message>
        <source>This is the login key of %1 (AUTH_RSA256_….p12), which may not sign documents. Choose the signing key instead: the file named RSA256_….p12 or GOSTKNCA_….p12.</source>
        <translation>Бұл — жүйеге кіруге арналған кілт (%1, AUTH_RSA256_….p12), онымен құжатқа қол қоюға болмайды. Оның орнына қол қою кілтін таңдаңыз: RSA256_….p12 немесе GOSTKNCA_….p12 деп аталған файлды.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing documents: its key usage (%2) lacks non-repudiation.</source>
        <translation>%1 сертификаты құжаттарға қол қоюға арналмаған: оның кілтті пайдалану мақсаттарында (%2) non-repudiation жоқ.</translation>
    </message>
    <message>
        <source>This is the certificate of a certification authority (%1), not a person&apos;s key.</source>
        <translation>Бұл — тұлғаның кілті емес, куәландырушы орталықтың сертификаты (%1).</translation>
    </message>
    <message>
        <source>The key of %1 is a %2 key, which this program cannot use from a file: sign through NCALayer.</source>
        <translation>%1 кілті — %2 кілті, бұл бағдарлама оны файлдан пайдалана алмайды: NCALayer арқылы қол қойыңыз.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for IIN %2, but the signer&apos;s IIN on record is %3.</source>
        <translation>%1 сертификаты %2 ЖСН-ге берілген, ал қол қоюшының тіркелген ЖСН-і — %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is revoked.</source>
        <translation>%1 сертификаты кері қайтарылған.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 cannot be validated.</source>
        <translation>%1 сертификаттар тізбегін тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>The final signature (field %1) locked the document; it takes no further signature.</source>
        <translation>Соңғы қолтаңба (%1 өрісі) құжатты бұғаттады; оған енді қол қойылмайды.</translation>
    </message>
    <message>
        <source>The signature field %1 cannot be placed.</source>
        <translation>%1 қолтаңба өрісін орналастыру мүмкін емес.</translation>
    </message>
    <message>
        <source>The signature field %1 is signed already.</source>
        <translation>%1 қолтаңба өрісіне қол қойылып қойған.</translation>
    </message>
    <message>
        <source>The final signature&apos;s field %1 was laid out without a lock: draft the document again.</source>
        <translation>Соңғы қолтаңбаның %1 өрісі бұғатсыз орналастырылған: құжатты қайта дайындаңыз.</translation>
    </message>
    <message>
        <source>Signed without a timestamp: the time-stamp service %1 did not answer (no internet?). The signature is valid; its time is the one this computer gave.</source>
        <translation>Уақыт белгісіз қол қойылды: %1 уақыт белгісі қызметі жауап бермеді (интернет жоқ па?). Қолтаңба жарамды; оның уақыты — осы компьютер көрсеткен уақыт.</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a timestamp.</source>
        <translation>%1 уақыт белгісі қызметі уақыт белгісін бермеді.</translation>
    </message>
    <message>
        <source>There is no refusal ground «%1»; the grounds are: %2.</source>
        <translation>«%1» деген бас тарту негізі жоқ; негіздер: %2.</translation>
    </message>
    <message>
        <source>Say what the other ground of the refusal is.</source>
        <translation>Бас тартудың өзге негізі қандай екенін жазыңыз.</translation>
    </message>
    <message>
        <source>The reasons of a refusal may have at most %1 characters.</source>
        <translation>Бас тарту негіздемесі %1 таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: its examination records can change only while it is under examination.</source>
        <translation>%1 өтінішінің мәртебесі — «%2»: сараптама жазбаларын тек өтініш сараптамада тұрғанда өзгертуге болады.</translation>
    </message>
    <message>
        <source>You may save only your own opinion; this one is by %1.</source>
        <translation>Тек өз пікіріңізді сақтай аласыз; бұл пікірдің авторы — %1.</translation>
    </message>
    <message>
        <source>The form&apos;s draft cannot be stored.</source>
        <translation>Форманың жобасын сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>The form&apos;s draft is too long to keep: at most %1 characters.</source>
        <translation>Форманың жобасы сақтау үшін тым ұзын: ең көбі %1 таңба.</translation>
    </message>
    <message>
        <source>The examination cannot be finished yet; the agreed results lack:</source>
        <translation>Сараптаманы әзірге аяқтау мүмкін емес; келісілген нәтижелерде мыналар жетіспейді:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: no agreed result.</source>
        <translation>%1-зат «%2»: келісілген нәтиже жоқ.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3.</source>
        <translation>%1-зат «%2»: %3.</translation>
    </message>
    <message>
        <source>The documents are issued in Kazakh and in Russian, and some of their texts are not written in both yet:</source>
        <translation>Құжаттар қазақ және орыс тілдерінде беріледі, ал олардың кейбір мәтіндері әлі екі тілде де жазылмаған:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Kazakh.</source>
        <translation>%1-зат «%2»: «%3» өрісінде қазақша мәтін жоқ.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Russian.</source>
        <translation>%1-зат «%2»: «%3» өрісінде орысша мәтін жоқ.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Kazakh.</source>
        <translation>Өтініштің мәтіндері («Қорытынды» қойындысы, «Құжаттардағы мәтіндер…»): «%3» өрісінде қазақша мәтін жоқ.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Russian.</source>
        <translation>Өтініштің мәтіндері («Қорытынды» қойындысы, «Құжаттардағы мәтіндер…»): «%3» өрісінде орысша мәтін жоқ.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: «%4» is not a term of the vocabulary; choose one.</source>
        <translation>%1-зат «%2»: %3: «%4» сөздіктің термині емес; сөздіктен таңдаңыз.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: the term %4 is not in the vocabulary.</source>
        <translation>%1-зат «%2»: %3: %4 термині сөздікте жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a vocabulary file.</source>
        <translation>%1 сөздік файлы ретінде оқылмайды.</translation>
    </message>
    <message>
        <source>%1: a term needs a code and its Kazakh, Russian and English text, nothing else.</source>
        <translation>%1: терминде коды мен қазақша, орысша және ағылшынша мәтіні ғана болуы керек.</translation>
    </message>
    <message>
        <source>%1: the code «%2» must be 2 to 48 small Latin letters, digits or _, starting with a letter.</source>
        <translation>%1: «%2» коды әріптен басталып, 2–48 кіші латын әрпінен, цифрдан немесе _ белгісінен тұруы керек.</translation>
    </message>
    <message>
        <source>%1: the term %2 needs its text in %3, one line of at most 200 characters.</source>
        <translation>%1: %2 терминінің %3 тіліндегі мәтіні керек (ең көбі 200 таңбалы бір жол).</translation>
    </message>
    <message>
        <source>Unknown kind of term: %1. The kinds are object_type, material and technique.</source>
        <translation>Терминнің белгісіз түрі: %1. Түрлері: object_type, material және technique.</translation>
    </message>
    <message>
        <source>The %1 code %2 is taken already.</source>
        <translation>%1 түріндегі %2 коды бос емес.</translation>
    </message>
    <message>
        <source>The %1 «%2» is the term %3 already.</source>
        <translation>%1 түріндегі «%2» мәтіні %3 терминінде бар.</translation>
    </message>
    <message>
        <source>No term to add.</source>
        <translation>Қосатын термин жоқ.</translation>
    </message>
    <message>
        <source>It is decided but has no issued conclusion.</source>
        <translation>Өтініш бойынша шешім шығарылған, бірақ берілген қорытындысы жоқ.</translation>
    </message>
    <message>
        <source>Its issued conclusion does not say what its status says.</source>
        <translation>Берілген қорытындысы өтініштің мәртебесіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>It is refused but has no refusal letter.</source>
        <translation>Өтініш бойынша бас тартылған, бірақ бас тарту хаты жоқ.</translation>
    </message>
    <message>
        <source>It is closed but has no signed return act.</source>
        <translation>Өтініш жабылған, бірақ қол қойылған қайтару актісі жоқ.</translation>
    </message>
    <message>
        <source>It has the certificate %1, though its export is not agreed.</source>
        <translation>Оның %1 куәлігі бар, бірақ әкетуге келісілмеген.</translation>
    </message>
    <message>
        <source>It is closed, but its certificate %1 is neither closed nor cancelled.</source>
        <translation>Өтініш жабылған, бірақ оның %1 куәлігі жабылмаған да, күші жойылмаған да.</translation>
    </message>
    <message>
        <source>Its status does not allow the conclusion %1, which is being drafted or signed.</source>
        <translation>Өтініштің мәртебесі жасалып немесе қол қойылып жатқан %1 қорытындысына жол бермейді.</translation>
    </message>
    <message>
        <source>Its status says a conclusion is being drafted or signed, but none is.</source>
        <translation>Мәртебесі бойынша қорытынды жасалып немесе қол қойылып жатуы керек, бірақ ондай қорытынды жоқ.</translation>
    </message>
    <message>
        <source>%1 is issued, but %2 has not signed it.</source>
        <translation>%1 берілген, бірақ %2 оған қол қоймаған.</translation>
    </message>
    <message>
        <source>%1 has no document in «%2».</source>
        <translation>%1 құжатының «%2» тіліндегі нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>It is closed, but item %1 has no checked return.</source>
        <translation>Өтініш жабылған, бірақ %1-заттың қайтарылуы тексерілмеген.</translation>
    </message>
    <message>
        <source>Its examination records are incomplete: %1.</source>
        <translation>Сараптама жазбалары толық емес: %1.</translation>
    </message>
    <message>
        <source>The stored file %1 it refers to is missing.</source>
        <translation>Сілтеме жасалған %1 сақталған файлы жоқ.</translation>
    </message>
    <message>
        <source>The stored file %1 is referenced by nothing.</source>
        <translation>%1 сақталған файлына ешнәрсе сілтеме жасамайды.</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its hash.</source>
        <translation>%1 сақталған файлы өзінің хэшіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1: %2</source>
        <translation>Аудит журналы %1-оқиғада үзілген: %2</translation>
    </message>
    <message>
        <source>Its number should read %1.</source>
        <translation>Оның нөмірі %1 болуы тиіс.</translation>
    </message>
    <message>
        <source>The numbers of %1 skip %2.</source>
        <translation>%1 нөмірлерінде %2 өткізіліп кеткен.</translation>
    </message>
    <message>
        <source>%1 gives the number %2 twice: %3.</source>
        <translation>%1 бойынша %2 нөмірі екі рет берілген: %3.</translation>
    </message>
    <message>
        <source>The counter %1 stands at %2, but the last number given is %3.</source>
        <translation>%1 есептегіші %2 мәнінде тұр, бірақ соңғы берілген нөмір %3.</translation>
    </message>
    <message>
        <source>Its registration is not in the audit journal.</source>
        <translation>Оның тіркелуі аудит журналында жоқ.</translation>
    </message>
    <message>
        <source>The step «%1» from «%2» to «%3» in the audit journal is not allowed there.</source>
        <translation>Аудит журналындағы «%2» мәртебесінен «%3» мәртебесіне «%1» қадамына бұл жерде жол берілмейді.</translation>
    </message>
    <message>
        <source>Its status is «%1», but its steps in the audit journal lead to «%2».</source>
        <translation>Оның мәртебесі «%1», бірақ аудит журналындағы қадамдары «%2» мәртебесіне әкеледі.</translation>
    </message>
    <message>
        <source>Its deadline %1 differs from the last one in the audit journal, %2.</source>
        <translation>Оның %1 мерзімі аудит журналындағы соңғы мерзімнен (%2) өзгеше.</translation>
    </message>
    <message>
        <source>Its deadline %1 is not what the calendar gives, %2.</source>
        <translation>Оның %1 мерзімі күнтізбе бойынша шығатын мерзімге (%2) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>It is decided, but its decision date is %1.</source>
        <translation>Шешім шығарылған, бірақ шешім күні: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) does not verify: %3</source>
        <translation>%1 (%2) тексеруден өтпейді: %3</translation>
    </message>
    <message>
        <source>The certificate (record %1) no longer exists.</source>
        <translation>Куәлік (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 — куәлік емес.</translation>
    </message>
    <message>
        <source>The certificate cannot be made: the region profile names nobody who issues it, or the export period has no end.</source>
        <translation>Куәлікті жасау мүмкін емес: өңір профилінде оны кім беретіні көрсетілмеген немесе әкету мерзімінің соңы жоқ.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another account an administrator first.</source>
        <translation>%1 — соңғы әкімші: алдымен басқа тіркелгіні әкімші етіңіз.</translation>
    </message>
    <message>
        <source>There is no region profile «%1».</source>
        <translation>«%1» өңір бейіні жоқ.</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>Әкімші өз рөлін өзгерте алмайды.</translation>
    </message>
    <message>
        <source>Your own password is changed, not reset: use «Change the password».</source>
        <translation>Өз құпиясөзіңіз қайта орнатылмайды, өзгертіледі: «Құпиясөзді өзгерту» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The seat (record %1) no longer exists.</source>
        <translation>Орын (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>A seat cannot end before it begins.</source>
        <translation>Тағайындау мерзімі басталуынан бұрын аяқтала алмайды.</translation>
    </message>
    <message>
        <source>%1 cannot sign, so cannot hold a seat that signs.</source>
        <translation>%1 қол қоя алмайды, сондықтан қол қоятын орынға тағайындала алмайды.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: enable it before giving it a seat.</source>
        <translation>%1 тіркелгісі өшірілген: орын бермес бұрын оны қосыңыз.</translation>
    </message>
    <message>
        <source>%1 holds a seat of the commission from %2 already: end that seat first.</source>
        <translation>%1 %2 бастап комиссияда орынға ие: алдымен сол орынның мерзімін аяқтаңыз.</translation>
    </message>
    <message>
        <source>%1 holds this seat from %2: end their seat first, or start the new one after theirs ends.</source>
        <translation>Бұл орында %2 бастап %1 отыр: алдымен оның мерзімін аяқтаңыз немесе жаңасын ол аяқталғаннан кейін бастаңыз.</translation>
    </message>
    <message>
        <source>This seat ended on %1 already.</source>
        <translation>Бұл орынның мерзімі %1 күні аяқталған.</translation>
    </message>
    <message>
        <source>The password of %1 was set by the administrator: choose your own first with «users password» or in the window.</source>
        <translation>%1 құпиясөзін әкімші белгілеген: алдымен «users password» пәрменімен немесе бағдарлама терезесінде өз құпиясөзіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>The region profile %1 names nobody who issues the certificates.</source>
        <translation>%1 өңірінің профилінде куәліктерді кім беретіні көрсетілмеген.</translation>
    </message>
    <message>
        <source>Nobody holds the seat of the official who signs the certificates on %2; an administrator must seat one. The certificate can be drafted then.</source>
        <translation>%2 күні куәліктерге қол қоятын лауазымды тұлға тағайындалмаған; оны әкімші тағайындауы керек. Содан кейін куәлік жобасын дайындауға болады.</translation>
    </message>
    <message>
        <source>%1 people hold the seat of the official who signs the certificates on %2; exactly one may.</source>
        <translation>%2 күні куәліктерге қол қоятын лауазымды тұлға ретінде %1 адам тағайындалған; тек біреуі ғана болуы тиіс.</translation>
    </message>
    <message>
        <source>%1 holds the seat of the official who signs the certificates, but their role may not sign.</source>
        <translation>%1 куәліктерге қол қоятын лауазымды тұлға болып тағайындалған, бірақ оның рөлі қол қоюға рұқсат бермейді.</translation>
    </message>
    <message>
        <source>Application %1 has no issued conclusion agreeing the export: it gets no certificate.</source>
        <translation>%1 өтініші бойынша әкетуге келісілген қорытынды берілмеген: оған куәлік берілмейді.</translation>
    </message>
    <message>
        <source>Application %1 has its certificate %2 already.</source>
        <translation>%1 өтінішінің %2 куәлігі бар.</translation>
    </message>
    <message>
        <source>Application %1 gives no end of the export period; the certificate needs the date by which the items come back.</source>
        <translation>%1 өтінішінде әкету мерзімінің соңы көрсетілмеген; куәлікке заттар қайтарылатын күн керек.</translation>
    </message>
    <message>
        <source>%1 is no longer a draft: only an unsigned certificate can be cancelled.</source>
        <translation>%1 енді жоба емес: тек қол қойылмаған куәліктің күшін жоюға болады.</translation>
    </message>
    <message>
        <source>Say why the certificate is cancelled.</source>
        <translation>Куәліктің күші неге жойылатынын жазыңыз.</translation>
    </message>
    <message>
        <source>No certificate is numbered %1, and no application so numbered has one.</source>
        <translation>%1 нөмірлі куәлік жоқ, осы нөмірлі өтініштің де куәлігі жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion being drafted.</source>
        <translation>%1 — дайындалып жатқан қорытынды жобасы емес.</translation>
    </message>
    <message>
        <source>%1 has been signed already; its date is set before anyone signs.</source>
        <translation>%1 қорытындысына қол қойылып қойған; оның күні қол қойылғанға дейін қойылады.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>Шешім күні %1 әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application was received (%2).</source>
        <translation>Шешім күні %1 өтініш түскен күннен (%2) бұрын.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 оқылмайды.</translation>
    </message>
    <message>
        <source>%1 is neither an audit head (NUMBER:HASH) nor a file that records one.</source>
        <translation>%1 — аудит журналының соңғы нүктесі де (НӨМІР:ХЕШ), оны жазған файл да емес.</translation>
    </message>
    <message>
        <source>No password for %1: set %2 or run the command on a terminal.</source>
        <translation>%1 үшін құпиясөз жоқ: %2 айнымалысын орнатыңыз немесе команданы терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>No password for the gate login: set %1 or run the command on a terminal.</source>
        <translation>Кіру тіркелгісінің құпиясөзі жоқ: %1 мәнін беріңіз немесе команданы терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Password of the gate login: </source>
        <translation>Кіру тіркелгісінің құпиясөзі: </translation>
    </message>
    <message>
        <source>%1 must be zero or more.</source>
        <translation>%1 нөлден кем болмауы керек.</translation>
    </message>
    <message>
        <source>The database already has users or applications; demo data goes only into an empty database (use --if-empty to skip quietly).</source>
        <translation>Дерекқорда пайдаланушылар немесе өтініштер бар; демо деректер тек бос дерекқорға жүктеледі (--if-empty — қатесіз өткізіп жіберу).</translation>
    </message>
    <message>
        <source>Unknown status «%1»; known statuses: %2.</source>
        <translation>«%1» мәртебесі белгісіз; рұқсат етілген мәртебелер: %2.</translation>
    </message>
    <message>
        <source>Give the new password in %1 or run the command on a terminal.</source>
        <translation>Жаңа құпиясөзді %1 арқылы беріңіз немесе команданы терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <source>The first account of a database must be an administrator.</source>
        <translation>Дерекқордың бірінші тіркелгісі әкімші болуы керек.</translation>
    </message>
    <message>
        <source>There is no account «%1».</source>
        <translation>«%1» тіркелгісі жоқ.</translation>
    </message>
    <message>
        <source>Unknown region «%1».</source>
        <translation>«%1» өңірі белгісіз.</translation>
    </message>
    <message>
        <source>--dpi must be %1 to %2.</source>
        <translation>--dpi мәні %1 мен %2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Registering needs --user NAME (or --check to only check the package).</source>
        <translation>Тіркеу үшін --user АТЫ қажет (немесе пакетті тек тексеру үшін --check).</translation>
    </message>
    <message>
        <source>%1: request package rejected:
%2</source>
        <translation>%1: өтінім пакеті қабылданбады:
%2</translation>
    </message>
    <message>
        <source>%1 has no document in «%2» (it has: %3).</source>
        <translation>%1 үшін «%2» тіліндегі құжат жоқ (бары: %3).</translation>
    </message>
    <message>
        <source>%1 is not issued: there is no signed result yet.</source>
        <translation>%1 берілмеген: қол қойылған нәтиже әлі жоқ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 жоқ.</translation>
    </message>
    <message>
        <source>Name the token: --token LABEL or --slot N.</source>
        <translation>Токенді көрсетіңіз: --token БЕЛГІСІ немесе --slot N.</translation>
    </message>
    <message>
        <source>%1 is not a PEM or DER certificate.</source>
        <translation>%1 — PEM немесе DER сертификаты емес.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 PDF ретінде оқылмайды.</translation>
    </message>
    <message>
        <source>A CRL file is not a certificate revocation list.</source>
        <translation>CRL файлы сертификаттарды кері қайтарып алу тізімі емес.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Қол қойылмады: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Give a NUMBER and -o FILE.pdf to write a document, or &apos;draft NUMBER&apos; to draft a conclusion.</source>
        <translation>Құжатты жазу үшін НӨМІР және -o ФАЙЛ.pdf беріңіз, қорытындыны жасау үшін &apos;draft НӨМІР&apos; деп жазыңыз.</translation>
    </message>
    <message>
        <source>Say why the day changes: the decree or the reason.</source>
        <translation>Күннің неге өзгеретінін жазыңыз: қаулыны немесе себебін.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>Ескертпе ең көбі %1 таңбадан тұруы мүмкін.</translation>
    </message>
    <message>
        <source>%1 is a day off already.</source>
        <translation>%1 онсыз да демалыс күні.</translation>
    </message>
    <message>
        <source>%1 is a working day already.</source>
        <translation>%1 онсыз да жұмыс күні.</translation>
    </message>
    <message>
        <source>%1 has no amendment to withdraw.</source>
        <translation>%1 күні үшін алып тасталатын өзгеріс жоқ.</translation>
    </message>
    <message>
        <source>Write why the conclusion may be drafted without these documents.</source>
        <translation>Қорытындыны осы құжаттарсыз неге жасауға болатынын жазыңыз.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>Себебі ең көбі %1 таңбадан тұруы мүмкін.</translation>
    </message>
    <message>
        <source>Application %1 is decided.</source>
        <translation>%1 өтініші бойынша шешім қабылданған.</translation>
    </message>
    <message>
        <source>Application %1 lacks no required document.</source>
        <translation>%1 өтінішінде барлық міндетті құжаттар бар.</translation>
    </message>
    <message>
        <source>No quorum: %1 of the %2 members would take part; at least %3 are needed.</source>
        <translation>Кворум жоқ: %2 мүшеден %1 мүше қатысар еді; кемінде %3 мүше қажет.</translation>
    </message>
    <message>
        <source>%1 is being signed: who takes part is recorded before the first signature.</source>
        <translation>%1 қол қойылуда: кімнің қатысатыны бірінші қолтаңбаға дейін белгіленеді.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion.</source>
        <translation>%1 — қорытынды емес.</translation>
    </message>
    <message>
        <source>That member does not sign %1.</source>
        <translation>Бұл мүше %1 құжатына қол қоймайды.</translation>
    </message>
    <message>
        <source>That member is not recorded absent from %1.</source>
        <translation>Бұл мүше %1 бойынша қатыспады деп белгіленбеген.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>%1 тіркелгісі өшірілген.</translation>
    </message>
    <message>
        <source>This command needs a signed-in user: give --user NAME or set %1.</source>
        <translation>Бұл командаға жүйеге кірген пайдаланушы қажет: --user АТЫ параметрін беріңіз немесе %1 айнымалысын орнатыңыз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Tell the administrator what you were doing.</source>
        <translation>Күтпеген қате орын алды (%1). Әкімшіге не істеп жатқаныңызды айтыңыз.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Жүйеге кіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; the details are in %1.</source>
        <translation>Күтпеген қате команданы тоқтатты; толығырақ мәлімет: %1.</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 is missing, so the database cannot be set up. Install the program again.</source>
        <translation>Орнату толық емес: %1 жоқ, сондықтан дерекқорды дайындау мүмкін емес. Бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 holds no migration, so the database cannot be set up. Install the program again.</source>
        <translation>Орнату толық емес: %1 ішінде бірде-бір миграция жоқ, сондықтан дерекқорды дайындау мүмкін емес. Бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The database cannot be set up from the migrations in %1: %2</source>
        <translation>Дерекқорды %1 ішіндегі миграциялардан дайындау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The database did not reach the schema revision(s) %1 of this program; install the program again.</source>
        <translation>Дерекқор бұл бағдарлама схемасының %1 нұсқасына дейін жаңартылмады; бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Сіздің рөліңізге (%1) бұл әрекетке рұқсат жоқ.</translation>
    </message>
    <message>
        <source>There is no step «%1».</source>
        <translation>«%1» деген қадам жоқ.</translation>
    </message>
    <message>
        <source>The step «%1» cannot be taken in the status «%2».</source>
        <translation>«%2» мәртебесінде «%1» қадамын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The step «%1» needs a stated reason.</source>
        <translation>«%1» қадамы үшін себебін көрсету керек.</translation>
    </message>
    <message>
        <source>The step «%1» is taken by drafting or signing the conclusion, not on its own.</source>
        <translation>«%1» қадамы бөлек жасалмайды: ол қорытынды жобасын дайындағанда немесе оған қол қойғанда өзі орындалады.</translation>
    </message>
    <message>
        <source>Only an active commission member or the chairperson can be assigned.</source>
        <translation>Тек белсенді комиссия мүшесін немесе төрағаны тағайындауға болады.</translation>
    </message>
    <message>
        <source>Someone else changed application %1 meanwhile: check it and try once more.</source>
        <translation>Осы уақытта %1 өтінішін басқа біреу өзгертті: оны тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>Someone else changed the applicant %1 meanwhile: open it again and repeat your change.</source>
        <translation>Осы уақытта %1 өтініш берушінің деректерін басқа біреу өзгертті: оларды қайта ашып, өзгерісіңізді қайталаңыз.</translation>
    </message>
    <message>
        <source>Someone else changed page %1 of application %2 meanwhile: look at it again and repeat the change if it is still needed.</source>
        <translation>Осы уақытта %2 өтінішінің %1-бетін басқа біреу өзгертті: оны қайта қарап, қажет болса, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <source>Someone else changed this return meanwhile; it is shown again as it is now.</source>
        <translation>Осы уақытта бұл қайтаруды басқа біреу өзгертті; ол қазіргі күйінде қайта көрсетілді.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment; nothing of your change was saved. Read it again and repeat the change.</source>
        <translation>Дәл сол сәтте осы жазбаны басқа біреу сақтады; сіздің өзгерісіңіз сақталмады. Жазбаны қайта ашып, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <source>Someone signed %1 meanwhile: sign again (your signature goes after theirs).</source>
        <translation>Осы уақытта %1 құжатына басқа біреу қол қойды: қайта қол қойыңыз (сіздің қолыңыз олардың қолынан кейін тұрады).</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it: compare the two versions.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін оны %1 сақтады: екі нұсқаны салыстырыңыз.</translation>
    </message>
    <message>
        <source>There is no application with the number %1.</source>
        <translation>%1 нөмірлі өтініш жоқ.</translation>
    </message>
    <message>
        <source>The application (record %1) no longer exists.</source>
        <translation>Өтініш (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>Application %1 has no such item (record %2).</source>
        <translation>%1 өтінішінде мұндай зат жоқ (%2-жазба).</translation>
    </message>
    <message>
        <source>There is no applicant with the IIN/BIN %1.</source>
        <translation>ЖСН/БСН %1 болатын өтініш беруші табылмады.</translation>
    </message>
    <message>
        <source>The item (record %1) no longer exists.</source>
        <translation>Зат (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>The page (record %1) no longer exists: it may have been removed meanwhile.</source>
        <translation>Бет (%1-жазба) енді жоқ: оны осы уақытта біреу жойған болуы мүмкін.</translation>
    </message>
    <message>
        <source>There is no removed page to restore (record %1).</source>
        <translation>Қалпына келтіретін жойылған бет жоқ (%1-жазба).</translation>
    </message>
    <message>
        <source>No return is registered for this item (record %1).</source>
        <translation>Бұл заттың қайтарылуы тіркелмеген (%1-жазба).</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no such examination record to update: it may have been removed meanwhile.</source>
        <translation>%1-зат «%2» бойынша жаңартылатын мұндай сараптама жазбасы жоқ: оны осы уақытта біреу жойған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The conclusion (record %1) no longer exists.</source>
        <translation>Қорытынды (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>There is no conclusion or refusal letter with the number %1.</source>
        <translation>%1 нөмірлі қорытынды да, дәлелді бас тарту да жоқ.</translation>
    </message>
    <message>
        <source>%1 has no document in the language «%2».</source>
        <translation>%1 құжатының «%2» тіліндегі нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the database.</source>
        <translation>Сақталған %1 файлы дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>The account (record %1) no longer exists.</source>
        <translation>Тіркелгі (%1-жазба) енді жоқ.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Сіздің тіркелгіңіз енді жоқ.</translation>
    </message>
    <message>
        <source>This request is registered already as application %1 (received %2); it was not registered again.</source>
        <translation>Бұл сұрау бұрын %1 өтініші ретінде тіркелген (қабылданған күні %2); ол қайта тіркелмеді.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly:</source>
        <translation>Кейбір өрістер дұрыс толтырылмаған:</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Тым ұзын: ең көбі %1 таңба.</translation>
    </message>
    <message>
        <source>Contains invisible control characters: retype it.</source>
        <translation>Көрінбейтін басқару таңбалары бар: қайта теріңіз.</translation>
    </message>
    <message>
        <source>Contains the invisible character %1 (a zero-width or text-direction mark): retype it.</source>
        <translation>Көрінбейтін %1 таңбасы бар (ені нөлге тең немесе мәтін бағытын өзгертетін белгі): қайта теріңіз.</translation>
    </message>
    <message>
        <source>Cannot be before %1, when the commission&apos;s rules took effect.</source>
        <translation>%1 күнінен ерте болмайды: комиссияның ережелері осы күннен бастап қолданылады.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the IIN (%1).</source>
        <translation>ЖСН-дегі туған күнге (%1) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Тізімнен елді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a country other than Kazakhstan.</source>
        <translation>Қазақстаннан басқа елді таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Болашақтағы күн болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot be earlier than %1.</source>
        <translation>Ең ерте мүмкін мән — %1.</translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Мәні %1–%2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Must be more than 0 and at most %1.</source>
        <translation>Мәні 0-ден үлкен болуы керек, ең көбі — %1.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Жарамсыз мән.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мәнді таңдаңыз.</translation>
    </message>
    <message>
        <source>Too many entries: at most %1.</source>
        <translation>Жазбалар тым көп: ең көбі %1.</translation>
    </message>
    <message>
        <source>Page %1 is linked twice.</source>
        <translation>%1-бет екі рет байланыстырылған.</translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation>Оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation>%1-бет жоқ.</translation>
    </message>
    <message>
        <source>Page %1 belongs to another application.</source>
        <translation>%1-бет басқа өтінішке тиесілі.</translation>
    </message>
    <message>
        <source>Page %1 was removed.</source>
        <translation>%1-бет жойылған.</translation>
    </message>
    <message>
        <source>The number must have 12 digits.</source>
        <translation>Нөмір 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <source>The number must contain digits only.</source>
        <translation>Нөмірде тек цифрлар болуы керек.</translation>
    </message>
    <message>
        <source>The check digit does not match: look for a typing error.</source>
        <translation>Бақылау цифры сәйкес келмейді: қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>This is not a valid number: no check digit fits it.</source>
        <translation>Бұл жарамды нөмір емес: оған бірде-бір бақылау цифры сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation>Алғашқы алты цифр жарамды туған күн емес.</translation>
    </message>
    <message>
        <source>The 7th digit (century and sex) must be from 1 to 6.</source>
        <translation>7-цифр (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>Digits 3 and 4 must be the month of registration.</source>
        <translation>3 және 4-цифрлар тіркелген айды білдіруі керек.</translation>
    </message>
    <message>
        <source>The 5th digit must be the entity type (4, 5 or 6).</source>
        <translation>5-цифр заңды тұлғаның түрін (4, 5 немесе 6) білдіруі керек.</translation>
    </message>
    <message>
        <source>The 6th digit must be the division (0 to 3).</source>
        <translation>6-цифр бөлімше белгісін (0-ден 3-ке дейін) білдіруі керек.</translation>
    </message>
    <message>
        <source>An application is refused together with its refusal letter, not by the step alone.</source>
        <translation>Өтініш бойынша бас тарту дәлелді бас тарту хатымен бірге ресімделеді, бөлек қадаммен емес.</translation>
    </message>
    <message>
        <source>A refusal needs its ground.</source>
        <translation>Бас тартудың негізі көрсетілуі керек.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: файл бос.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — файл емес, қалта.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe, a device or a socket); it was not opened.</source>
        <translation>%1 — кәдімгі файл емес (атаулы арна, құрылғы немесе сокет); ол ашылмады.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the limit of %3 MB.</source>
        <translation>%1: файлдың көлемі %2 МБ, бұл %3 МБ шегінен көп.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: файлды оқу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1: the format is not known; accepted are %2.</source>
        <translation>%1: пішімі белгісіз; қабылданатын пішімдер: %2.</translation>
    </message>
    <message>
        <source>%1: the image is too large to open safely.</source>
        <translation>%1: сурет қауіпсіз ашу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>%1: the image is %2×%3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>%1: сурет %2×%3 пиксель (%4 мегапиксель), бұл %5 мегапиксель шегінен көп.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to open the image.</source>
        <translation>%1: суретті ашуға жад жеткіліксіз.</translation>
    </message>
    <message>
        <source>%1: the image is cut off (the file is incomplete).</source>
        <translation>%1: сурет толық емес (файлдың бір бөлігі жоқ).</translation>
    </message>
    <message>
        <source>%1: the image data is damaged (%2).</source>
        <translation>%1: сурет деректері бүлінген (%2).</translation>
    </message>
    <message>
        <source>%1: the TIFF has %2 pages, more than the limit of %3.</source>
        <translation>%1: TIFF файлында %2 бет бар, бұл %3 шегінен көп.</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>%1: PDF құпиясөзбен қорғалған; қорғалмаған көшірмесін сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or not a PDF (%2).</source>
        <translation>%1: PDF бүлінген немесе бұл PDF емес (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: PDF-те бет жоқ.</translation>
    </message>
    <message>
        <source>%1: the PDF has %2 pages, more than the limit of %3.</source>
        <translation>%1: PDF-те %2 бет бар, бұл %3 шегінен көп.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF cannot be drawn (%3).</source>
        <translation>%1: PDF-тің %2-бетін көрсету мүмкін емес (%3).</translation>
    </message>
    <message>
        <source>%1 could not be stored (%2).</source>
        <translation>%1 сақталмады (%2).</translation>
    </message>
    <message>
        <source>Application %1 is decided (%2): its documents can no longer change.</source>
        <translation>%1 өтініші бойынша шешім қабылданған (%2): оның құжаттарын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: photos of returned items are added while its agreed export is open.</source>
        <translation>%1 өтінішінің мәртебесі — «%2»: қайтарылған заттардың фотосуреттері келісілген әкету жабылмай тұрғанда ғана қосылады.</translation>
    </message>
    <message>
        <source>There is no kind of page «%1» (known: %2).</source>
        <translation>«%1» деген бет түрі жоқ (бар түрлері: %2).</translation>
    </message>
    <message>
        <source>Page %1 is a photo of a returned item; its kind cannot be changed.</source>
        <translation>%1-бет — қайтарылған заттың фотосы; оның түрін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Page %1 never had this image; it cannot be shown again.</source>
        <translation>%1-бетте мұндай сурет болмаған; оны қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>The resolution must be %1 to %2 dpi, not %3.</source>
        <translation>Ажыратымдылық %1–%2 dpi аралығында болуы керек, %3 емес.</translation>
    </message>
    <message>
        <source>Position %1 is outside the pages 1 to %2.</source>
        <translation>%1-орын беттер ауқымынан (1–%2) тыс.</translation>
    </message>
    <message>
        <source>A page turns by 90, 180 or 270 degrees, not %1.</source>
        <translation>Бетті 90, 180 немесе 270 градусқа бұруға болады, %1 емес.</translation>
    </message>
    <message>
        <source>A crop frame has four numbers: left, top, right, bottom.</source>
        <translation>Қию жақтауы төрт саннан тұрады: сол, жоғары, оң, төмен.</translation>
    </message>
    <message>
        <source>The crop frame reaches outside the page.</source>
        <translation>Қию жақтауы беттен шығып тұр.</translation>
    </message>
    <message>
        <source>The crop frame is smaller than %1×%1 pixels.</source>
        <translation>Қию жақтауы %1×%1 пиксельден кіші.</translation>
    </message>
    <message>
        <source>The page is already in shades of gray.</source>
        <translation>Бет онсыз да сұр реңкте.</translation>
    </message>
    <message>
        <source>The page is turned by %1°, more than the ±%2° straightening corrects: rotate it first.</source>
        <translation>Бет %1° қисайған, ал түзету тек ±%2° дейін жасалады: алдымен бетті бұрыңыз.</translation>
    </message>
    <message>
        <source>The stored image of this page cannot be opened (%1).</source>
        <translation>Бұл беттің сақталған суретін ашу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged: its contents no longer match their checksum. Restore it from a backup.</source>
        <translation>Сақталған %1 файлы бүлінген: мазмұны бақылау сомасына енді сәйкес келмейді. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Scanning needs the python-sane package and the SANE library (libsane1): %1</source>
        <translation>Сканерлеу үшін python-sane пакеті мен SANE кітапханасы (libsane1) қажет: %1</translation>
    </message>
    <message>
        <source>The SANE library could not start: %1</source>
        <translation>SANE кітапханасы іске қосылмады: %1</translation>
    </message>
    <message>
        <source>The scanners cannot be listed: %1</source>
        <translation>Сканерлер тізімін алу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer this setting (it offers: %2).</source>
        <translation>%1 сканерінде мұндай баптау жоқ (барлары: %2).</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder.</source>
        <translation>%1 сканерінде құжат бергіш жоқ.</translation>
    </message>
    <message>
        <source>The scanner %1 scans at %2 dpi, not at %3.</source>
        <translation>%1 сканері %2 dpi ажыратымдылықпен сканерлейді, %3 емес.</translation>
    </message>
    <message>
        <source>The scanner %1 cannot be opened: %2</source>
        <translation>%1 сканерін ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The scanner %1 refused the settings: %2</source>
        <translation>%1 сканері баптауларды қабылдамады: %2</translation>
    </message>
    <message>
        <source>The document feeder of %1 is empty: put the pages in and scan again.</source>
        <translation>%1 сканерінің құжат бергіші бос: беттерді салып, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>%1 сканері ақау туралы хабарлады: %2</translation>
    </message>
    <message>
        <source>Page %1 could not be read from the scanner: %2</source>
        <translation>%1-бетті сканерден оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>OCR is not installed (missing: %1): the pages are stored without their text.</source>
        <translation>Мәтінді тану (OCR) орнатылмаған (жоқ: %1): беттер мәтінсіз сақталды.</translation>
    </message>
    <message>
        <source>The text of the page could not be read: %1</source>
        <translation>Беттің мәтіні оқылмады: %1</translation>
    </message>
    <message>
        <source>The text of the page could not be read in %1 seconds.</source>
        <translation>Беттің мәтіні %1 секунд ішінде оқылмады.</translation>
    </message>
    <message>
        <source>Application %1 has no scanned pages.</source>
        <translation>%1 өтінішінде сканерленген бет жоқ.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл тіркелгі өшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins. Try again in %1 minutes.</source>
        <translation>Бірнеше рет сәтсіз кіру әрекетінен кейін бұл тіркелгі бұғатталды. %1 минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Толық аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Пайдаланушы аты %1 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>The user name contains invisible characters: retype it.</source>
        <translation>Пайдаланушы атында көрінбейтін таңбалар бар: қайта теріңіз.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones: choose another.</source>
        <translation>Бұл құпиясөз ең жиі қолданылатындардың бірі: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The IIN is not valid:</source>
        <translation>ЖСН жарамсыз:</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Алғашқы тіркелгі әкімшінікі болуы керек.</translation>
    </message>
    <message>
        <source>The database has accounts already.</source>
        <translation>Дерекқорда тіркелгілер бұрыннан бар.</translation>
    </message>
    <message>
        <source>This shared database gives each person their own login: its first administrator is created by the database&apos;s owner (users add).</source>
        <translation>Бұл ортақ дерекқорда әркімнің өз кіруі бар: оның алғашқы әкімшісін дерекқордың иесі құрады (users add).</translation>
    </message>
    <message>
        <source>The user name «%1» is taken.</source>
        <translation>«%1» деген пайдаланушы аты бұрыннан бар.</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>Әкімші өз тіркелгісін өшіре алмайды.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package postgresql-client).</source>
        <translation>%1 орнатылмаған (Debian пакеті: postgresql-client).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name.</source>
        <translation>%1 бұрыннан бар: файлға жаңа ат таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept:</source>
        <translation>Сақтық көшірме тексеруден өтпеді, сондықтан сақталмады:</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — файл емес.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this application.</source>
        <translation>%1 — бұл бағдарламаның сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>%1 does not pass its check, so nothing was restored:</source>
        <translation>%1 тексеруден өтпеді, сондықтан ештеңе қалпына келтірілмеді:</translation>
    </message>
    <message>
        <source>The database is in use by %1 other session(s) (%2). Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>Дерекқорды басқа %1 сеанс пайдаланып отыр: %2. Оны пайдаланатын барлық жұмыс орындары мен командаларды жабып, қалпына келтіруді қайталаңыз: ештеңе ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>%1 басқа бағдарламада ашық. Оны пайдаланатын барлық жұмыс орындары мен командаларды жабып, қалпына келтіруді қайталаңыз: ештеңе ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the program (database schema %2): restore it with that version. Nothing was replaced.</source>
        <translation>%1 бағдарламаның жаңа нұсқасымен жазылған (дерекқор сұлбасы %2): оны сол нұсқамен қалпына келтіріңіз. Ештеңе ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>The restore needs a new database beside the current one, and the server refused it: %1. Nothing was replaced.</source>
        <translation>Қалпына келтіру үшін қазіргі дерекқордың жанынан жаңа дерекқор керек, ал сервер оны жасамады: %1. Ештеңе ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>The restored database does not pass its check:</source>
        <translation>Қалпына келтірілген дерекқор тексеруден өтпеді:</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written and nothing was replaced.</source>
        <translation>Тоқтатылды: сақтық көшірме жазылмады, ештеңе ауыстырылмады.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>SQLite тұтастығын тексеру: %1</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its checksum.</source>
        <translation>Сақталған %1 файлы өзінің бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1.</source>
        <translation>Аудит журналы %1-оқиғада бұзылған.</translation>
    </message>
    <message>
        <source>Event %1 was deleted (the next one is %2).</source>
        <translation>%1-оқиға жойылған (келесісі — %2).</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: events were inserted or deleted here.</source>
        <translation>%1-оқиға алдыңғы оқиғаның жалғасы емес: мұнда оқиғалар қосылған не жойылған.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written.</source>
        <translation>%1-оқиға жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Event %1 was changed and the chain computed again: its seal does not match.</source>
        <translation>%1-оқиға өзгертіліп, тізбек қайта есептелген: оның мөрі сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Event %1 has no seal: it was added around the program, or its seal was removed.</source>
        <translation>%1-оқиғада мөр жоқ: ол бағдарламаны айналып өтіп қосылған немесе мөрі алынып тасталған.</translation>
    </message>
    <message>
        <source>Event %1 cannot be read: its data is not JSON.</source>
        <translation>%1-оқиға оқылмайды: оның деректері JSON емес.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal.</source>
        <translation>%1–%2-оқиғалар журналдың соңынан қиылып тасталған.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: this desk saw event %2.</source>
        <translation>%1–%2-оқиғалар журналдың соңынан қиылып тасталған: бұл жұмыс орны %2-оқиғаны көрген.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: %3 witnesses event %2.</source>
        <translation>%1–%2-оқиғалар журналдың соңынан қиылып тасталған: %3 %2-оқиғаны куәландырады.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event this desk saw.</source>
        <translation>Журнал %1-оқиғада немесе одан бұрын қайта жазылған: бұл жұмыс орны көрген оқиға бұл емес.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event %2 witnesses.</source>
        <translation>Журнал %1-оқиғада немесе одан бұрын қайта жазылған: %2 куәландыратын оқиға бұл емес.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 сертификат емес (PEM немесе DER).</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER).</source>
        <translation>%1 кері қайтарылған сертификаттар тізімі емес (PEM немесе DER).</translation>
    </message>
    <message>
        <source>No imported revocation list has the fingerprint %1.</source>
        <translation>Саусақ ізі %1 болатын импортталған тізім жоқ.</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority&apos;s.</source>
        <translation>Бұл куәландырушы орталықтың сертификаты емес.</translation>
    </message>
    <message>
        <source>No trusted certificate has the fingerprint %1.</source>
        <translation>Саусақ ізі %1 болатын сенімді сертификат жоқ.</translation>
    </message>
    <message>
        <source>The certificates that come with the program (%1) are damaged: install the program again.</source>
        <translation>Бағдарламамен бірге келетін сертификаттар (%1) бүлінген: бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Кезеңнің соңы (%1) басынан (%2) ерте.</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .xlsx or .csv.</source>
        <translation>%1: .xlsx немесе .csv деп аяқталатын файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; ешқандай файл жазылмады.</translation>
    </message>
    <message>
        <source>An answer must be 1, 2 or 3, not «%1».</source>
        <translation>Жауап 1, 2 немесе 3 болуы керек, «%1» емес.</translation>
    </message>
    <message>
        <source>The database refused this change: your role may not make it. Nothing was saved.</source>
        <translation>Дерекқор бұл өзгерісті қабылдамады: сіздің рөліңізге оған рұқсат жоқ. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>A SQLite file has no database roles: its owner is trusted.</source>
        <translation>SQLite файлында дерекқор рөлдері жоқ: оның иесіне сенім артылады.</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost; nothing of this change was saved. Try again.</source>
        <translation>Дерекқормен (%1) байланыс үзілді; бұл өзгерістің ешбір бөлігі сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change; nothing was saved. Try again.</source>
        <translation>Дерекқор қазір басқа пайдаланушының өзгерісін сақтап жатыр; ештеңе сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file cannot be written (%1).</source>
        <translation>Дерекқор файлына жазу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>Дерекқорды пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1: the request package is rejected; problems found: %2.</source>
        <translation>%1: сұрау пакеті қабылданбады; табылған ақаулар саны: %2.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a package has at most %2.</source>
        <translation>Файл көлемі %1 байт; пакет ең көбі %2 байт болады.</translation>
    </message>
    <message>
        <source>Not UTF-8 text (byte %1 cannot be decoded).</source>
        <translation>UTF-8 мәтіні емес (%1-байтты декодтау мүмкін емес).</translation>
    </message>
    <message>
        <source>Not JSON: %1 (line %2, column %3).</source>
        <translation>JSON емес: %1 (%2-жол, %3-баған).</translation>
    </message>
    <message>
        <source>Not acceptable JSON: %1 is not a JSON number.</source>
        <translation>Жарамсыз JSON: %1 — JSON саны емес.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: the key %1 appears twice in one object.</source>
        <translation>Жарамсыз JSON: %1 кілті бір объектіде екі рет кездеседі.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: a number has %1 digits; a package&apos;s numbers have at most %2.</source>
        <translation>Жарамсыз JSON: санда %1 цифр бар; пакеттегі сандарда ең көбі %2 цифр болады.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: nested too deeply.</source>
        <translation>Жарамсыз JSON: кірістіру деңгейі тым терең.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Файлды оқу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Not a field of this format.</source>
        <translation>Бұл пішімде мұндай өріс жоқ.</translation>
    </message>
    <message>
        <source>Must be of the JSON type «%1».</source>
        <translation>«%1» JSON түріндегі мән болуы керек.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Мына мәндердің бірі болуы керек: %1.</translation>
    </message>
    <message>
        <source>Must be a two-letter country code in capitals (ISO 3166-1).</source>
        <translation>Бас әріппен жазылған екі әріпті ел коды болуы керек (ISO 3166-1).</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code.</source>
        <translation>%1 — ISO 3166-1 бойынша ел коды емес.</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек.</translation>
    </message>
    <message>
        <source>Does not match the pattern %1.</source>
        <translation>%1 үлгісіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Must be a valid %1.</source>
        <translation>Жарамды %1 болуы керек.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Ең азы %1 болуы керек.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Ең көбі %1 болуы керек.</translation>
    </message>
    <message>
        <source>Must have at least %1 entries.</source>
        <translation>Кемінде %1 жазба болуы керек.</translation>
    </message>
    <message>
        <source>Must have at most %1 entries.</source>
        <translation>Ең көбі %1 жазба болуы керек.</translation>
    </message>
    <message>
        <source>Lists the same value twice.</source>
        <translation>Бір мән екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>Contains an unpaired surrogate escape, which is not a character.</source>
        <translation>Жұпсыз суррогат escape-тізбегі бар, ол таңба емес.</translation>
    </message>
    <message>
        <source>Has a key with an unpaired surrogate escape.</source>
        <translation>Кілттерінің бірінде жұпсыз суррогат escape-тізбегі бар.</translation>
    </message>
    <message>
        <source>Does not follow the format: %1</source>
        <translation>Пішімге сәйкес келмейді: %1</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be text.</source>
        <translation>Құжатты жасау мүмкін емес: %1 мәтін болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is empty.</source>
        <translation>Құжатты жасау мүмкін емес: %1 бос.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is longer than %2 characters.</source>
        <translation>Құжатты жасау мүмкін емес: %1 өрісі %2 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 contains invisible control characters.</source>
        <translation>Құжатты жасау мүмкін емес: %1 ішінде көрінбейтін басқару таңбалары бар.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be one of %2, not «%3».</source>
        <translation>Құжатты жасау мүмкін емес: %1 мына мәндердің бірі болуы керек: %2 («%3» емес).</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a date.</source>
        <translation>Құжатты жасау мүмкін емес: %1 күн болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a positive number.</source>
        <translation>Құжатты жасау мүмкін емес: %1 оң сан болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a list.</source>
        <translation>Құжатты жасау мүмкін емес: %1 тізім болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 has the wrong kind of value.</source>
        <translation>Құжатты жасау мүмкін емес: %1 мәнінің түрі дұрыс емес.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is not a JPEG image.</source>
        <translation>Құжатты жасау мүмкін емес: %1 JPEG суреті емес.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a whole number from 1 to %2.</source>
        <translation>Құжатты жасау мүмкін емес: %1 1-ден %2 дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1: at most %2 photos.</source>
        <translation>Құжатты жасау мүмкін емес: %1: ең көбі %2 фотосурет.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 contains a dot.</source>
        <translation>Құжатты жасау мүмкін емес: %2 қолтаңба өрісінің атауында нүкте бар.</translation>
    </message>
    <message>
        <source>The document cannot be made: the IIN %2 is not 12 digits.</source>
        <translation>Құжатты жасау мүмкін емес: %2 ЖСН 12 цифрдан тұрмайды.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 is given to two people.</source>
        <translation>Құжатты жасау мүмкін емес: %2 қолтаңба өрісі екі адамға берілген.</translation>
    </message>
    <message>
        <source>The document cannot be made: the export ends (%2) before it starts (%3).</source>
        <translation>Құжатты жасау мүмкін емес: әкетудің аяқталу күні (%2) басталу күнінен (%3) ерте.</translation>
    </message>
    <message>
        <source>The document cannot be made: it needs at least one item.</source>
        <translation>Құжатты жасау мүмкін емес: кемінде бір зат болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: item number %2 is used twice.</source>
        <translation>Құжатты жасау мүмкін емес: заттың %2 нөмірі екі рет қолданылған.</translation>
    </message>
    <message>
        <source>The document cannot be made: the result must be agreed or not agreed.</source>
        <translation>Құжатты жасау мүмкін емес: нәтиже «келісілді» немесе «келісілмеді» болуы керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal must give at least one reason.</source>
        <translation>Құжатты жасау мүмкін емес: бас тартудың кемінде бір себебі көрсетілуі керек.</translation>
    </message>
    <message>
        <source>The document cannot be made: a lost item has no check result.</source>
        <translation>Құжатты жасау мүмкін емес: жоғалған заттың тексеру нәтижесі болмайды.</translation>
    </message>
    <message>
        <source>The document cannot be made: application %2 has no issued conclusion.</source>
        <translation>Құжатты жасау мүмкін емес: %2 өтініші бойынша берілген қорытынды жоқ.</translation>
    </message>
    <message>
        <source>This is not the check code of a conclusion.</source>
        <translation>Бұл қорытындының тексеру коды емес.</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal on another ground must state it.</source>
        <translation>Құжатты жасау мүмкін емес: басқа негіз бойынша бас тартқанда сол негізді көрсету керек.</translation>
    </message>
    <message>
        <source>The signed content was changed: it no longer matches the signature.</source>
        <translation>Қол қойылған мазмұн өзгертілген: ол енді қолтаңбаға сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s certificate.</source>
        <translation>Қолтаңба қол қоюшының сертификатына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked.</source>
        <translation>Қол қоюшының сертификаты кері қайтарылған.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked since %1.</source>
        <translation>Қол қоюшының сертификаты %1 бастап кері қайтарылған.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid when it was checked, and no valid timestamp shows that it was valid at signing.</source>
        <translation>Қол қоюшының сертификаты тексерілген сәтте жарамсыз болды, ал оның қол қойған кезде жарамды болғанын көрсететін жарамды уақыт белгісі жоқ.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted root certificate.</source>
        <translation>Қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектелмейді.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted (%1).</source>
        <translation>Қол қоюшының сертификаты сенімді емес (%1).</translation>
    </message>
    <message>
        <source>The signature does not cover its whole revision of the file.</source>
        <translation>Қолтаңба файлдың өз нұсқасын толық қамтымайды.</translation>
    </message>
    <message>
        <source>The file was changed after this signature beyond what it allows (%1).</source>
        <translation>Файл осы қолтаңбадан кейін ол рұқсат еткеннен тыс өзгертілген (%1).</translation>
    </message>
    <message>
        <source>The signature&apos;s timestamp is not valid or not trusted.</source>
        <translation>Қолтаңбаның уақыт белгісі жарамсыз немесе сенімді емес.</translation>
    </message>
    <message>
        <source>The signer&apos;s IIN %1 is not the IIN %2 the document records for this seat.</source>
        <translation>Қол қоюшының ЖСН %1 құжатта осы орын үшін жазылған %2 ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no IIN; the document records IIN %1 for this seat.</source>
        <translation>Қол қоюшының сертификатында ЖСН жоқ; құжатта осы орын үшін %1 ЖСН жазылған.</translation>
    </message>
    <message>
        <source>The signature or the data it covers is damaged.</source>
        <translation>Қолтаңба немесе ол қамтитын деректер бүлінген.</translation>
    </message>
    <message>
        <source>GOST signature: not checkable here.</source>
        <translation>ГОСТ қолтаңбасы: мұнда тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>Қолтаңбаны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>A GOST signature is not checked here.</source>
        <translation>ГОСТ қолтаңбасы мұнда тексерілмейді.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no OCSP service or CRL.</source>
        <translation>Қол қоюшының сертификатында OCSP қызметі де, CRL де көрсетілмеген.</translation>
    </message>
    <message>
        <source>The file holds no OCSP response or CRL about the signer&apos;s certificate.</source>
        <translation>Файлда қол қоюшының сертификаты туралы OCSP жауабы да, CRL де жоқ.</translation>
    </message>
    <message>
        <source>No OCSP response or CRL about the signer&apos;s certificate is in the file or among the imported CRLs (checking does not go online).</source>
        <translation>Қол қоюшының сертификаты туралы OCSP жауабы немесе CRL файлда да, импортталған CRL тізімдерінде де жоқ (тексеру желіге шықпайды).</translation>
    </message>
</context>
<context>
    <name>ExaminationChoice</name>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ені</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Тереңдігі</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Диаметрі</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Қалыңдығы</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Қанағаттанарлық</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Нашар</translation>
    </message>
    <message>
        <source>Unacceptable</source>
        <translation>Апатты жағдайда</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толық жиынтықта</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Толық жиынтықта емес</translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation>Фрагменттер түрінде</translation>
    </message>
    <message>
        <source>Has cultural value</source>
        <translation>Мәдени құндылығы бар</translation>
    </message>
    <message>
        <source>Has no cultural value</source>
        <translation>Мәдени құндылығы жоқ</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Ұсынылады</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Ұсынылмайды</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Жалпы көрінісі</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Бөлшек</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Таңба</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Зақым</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Жөндеу</translation>
    </message>
</context>
<context>
    <name>ExaminationField</name>
    <message>
        <source>agreed result</source>
        <translation>келісілген нәтиже</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Түпнұсқа немесе көшірме</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Заттың түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Author or maker (name)</source>
        <translation>Авторы немесе шебері (аты-жөні)</translation>
    </message>
    <message>
        <source>Maker, when no name is known</source>
        <translation>Шебері, аты-жөні белгісіз болса</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Жасалған уақыты немесе кезеңі</translation>
    </message>
    <message>
        <source>Year from</source>
        <translation>Жылдан бастап</translation>
    </message>
    <message>
        <source>Year to</source>
        <translation>Жылға дейін</translation>
    </message>
    <message>
        <source>Place of creation</source>
        <translation>Жасалған жері</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалдары</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Орындалу техникасы</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Салмақ бірлігі</translation>
    </message>
    <message>
        <source>Inscriptions and markings</source>
        <translation>Жазулар мен таңбалар</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Айрықша белгілері</translation>
    </message>
    <message>
        <source>State of preservation</source>
        <translation>Сақталуы</translation>
    </message>
    <message>
        <source>Damage and repairs</source>
        <translation>Зақымдар мен жөндеулер</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Жиынтықтылығы</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Қауіптері</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Қысқаша сипаттамасы</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Фотосуреттер мен беттер</translation>
    </message>
    <message>
        <source>Cultural value</source>
        <translation>Мәдени құндылығы</translation>
    </message>
    <message>
        <source>Temporary export</source>
        <translation>Уақытша әкету</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Әкету мақсаты</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Өтініш берушінің қызметі</translation>
    </message>
</context>
<context>
    <name>ExaminationForm</name>
    <message>
        <source>Examination form</source>
        <translation>Сараптама нысаны</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Жоба күйі</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Жазба:</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Сараптама</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Жазбаны сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo the change to «%1»</source>
        <translation>«%1» өзгерісін &amp;болдырмау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo the change to «%1»</source>
        <translation>«%1» өзгерісін &amp;қайталау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Жобаны қалпына келтіру</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Жобаны тастау</translation>
    </message>
    <message>
        <source>My opinion</source>
        <translation>Менің пікірім</translation>
    </message>
    <message>
        <source>Agreed result</source>
        <translation>Келісілген нәтиже</translation>
    </message>
    <message>
        <source>Opinion of %1</source>
        <translation>%1 пікірі</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Қайтарылғандағы сараптама</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Әлі жазылмаған.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>%1-нұсқа, сақтаған %2, %3.</translation>
    </message>
    <message>
        <source>Read only: the export is closed by its return act.</source>
        <translation>Тек оқу үшін: әкету қайтару актісімен жабылған.</translation>
    </message>
    <message>
        <source>Read only: the application is not under examination.</source>
        <translation>Тек оқу үшін: өтініш сараптамада емес.</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Тек оқу үшін.</translation>
    </message>
    <message>
        <source>You have an unsaved draft of this record from %1.</source>
        <translation>Сізде осы жазбаның %1 кезіндегі сақталмаған жобасы бар.</translation>
    </message>
    <message>
        <source>The record was saved by someone else after you started it: if you restore the draft, saving will show both versions.</source>
        <translation>Сіз бастағаннан кейін жазбаны басқа біреу сақтады: жобаны қалпына келтірсеңіз, сақтау кезінде екі нұсқа да көрсетіледі.</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Жоба қалпына келтірілді</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>Жоба %1 кезінде сақталды</translation>
    </message>
    <message>
        <source>The draft could not be kept. %1</source>
        <translation>Жобаны сақтау мүмкін болмады. %1</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>Жазба сақталмады:</translation>
    </message>
    <message>
        <source>Your role may not save this record.</source>
        <translation>Сіздің рөліңізге бұл жазбаны сақтауға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>The record was not saved. %1</source>
        <translation>Жазба сақталмады. %1</translation>
    </message>
    <message>
        <source>Their version is shown; yours was discarded</source>
        <translation>Оның нұсқасы көрсетілді; сіздікі алынып тасталды</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form and in the draft; save again to see both versions.</source>
        <translation>Сақталмады. Өзгерістеріңіз формада және жобада қалды; екі нұсқаны көру үшін қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>ExaminationValue</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>«%1» (not in the vocabulary)</source>
        <translation>«%1» (сөздікте жоқ)</translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation>%1-бет · %2</translation>
    </message>
    <message>
        <source>with a scale</source>
        <translation>масштабымен</translation>
    </message>
    <message>
        <source>for the annex</source>
        <translation>қосымша үшін</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Registry of requests (received in the period)</source>
        <translation>Өтініштер тізілімі (кезеңде түскен)</translation>
    </message>
    <message>
        <source>Journal of conclusions (dated in the period)</source>
        <translation>Қорытындылар журналы (күні осы кезеңге түсетін)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Не экспорттау керек</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Language of the column headers</source>
        <translation>Баған тақырыптарының тілі</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Не:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>&amp;Тақырыптар тілі:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Файлға экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV, бөлгіш — нүктелі үтір (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%1 файлына %n жол жазылды</numerusform>
            <numerusform>%1 файлына %n жол жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>until:</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Export period:</source>
        <translation>Әкету мерзімі:</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Abroad</source>
        <translation>Шетелде</translation>
    </message>
    <message>
        <source>Due back within 30 days</source>
        <translation>30 күн ішінде қайтарылуы тиіс</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Back, check pending</source>
        <translation>Қайтарылды, тексеру күтілуде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Әкімшінің тіркелгісін жасау</translation>
    </message>
    <message>
        <source>The database has no accounts yet. Choose the region whose commission this office serves and create the administrator, who then adds the clerks and the commission&apos;s members and gives them their seats.</source>
        <translation>Дерекқорда әлі тіркелгі жоқ. Осы кеңсе қай өңірдің комиссиясына қызмет ететінін таңдап, әкімшінің тіркелгісін жасаңыз; ол кейін іс жүргізушілер мен комиссия мүшелерін қосып, оларға орын береді.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Әкімшінің толық аты-жөнін енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <source>The account was not created. %1</source>
        <translation>Тіркелгі жасалмады. %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Viewer shortcuts</source>
        <translation>Қарау құралының пернелері</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Дөңгелек</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Меңзер маңында масштабтау</translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Үлкейту / кішірейту</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Reset the zoom (fit the page)</source>
        <translation>Масштабты қалпына келтіру (бетті сыйғызу)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Бетті сыйғызу</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Ені бойынша сыйғызу</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Нақты өлшем (1:1)</translation>
    </message>
    <message>
        <source>R  /  Shift+R</source>
        <translation>R  /  Shift+R</translation>
    </message>
    <message>
        <source>Turn the view right / left</source>
        <translation>Көріністі оңға / солға бұру</translation>
    </message>
    <message>
        <source>PgDn  /  PgUp</source>
        <translation>PgDn  /  PgUp</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Келесі / алдыңғы бет</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Home  /  End</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Бірінші / соңғы бет</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Сүйреу, бағыт пернелері</translation>
    </message>
    <message>
        <source>Move around the page</source>
        <translation>Бет бойымен жылжу</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  немесе  ?</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Осы анықтаманы көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Turning the view does not change the stored page.</source>
        <translation>Көріністі бұру сақталған бетті өзгертпейді.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ешкім</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>%1-зат: </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n бет</numerusform>
            <numerusform>%1: %n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>бұрынғы: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>жаңасы: %1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the application</source>
        <translation>Өтініштің тарихы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import files</source>
        <translation>Файлдарды импорттау</translation>
    </message>
    <message>
        <source>Choose what each file is. The resolution is asked only for files that do not record their own.</source>
        <translation>Әр файлдың не екенін таңдаңыз. Ажыратымдылық тек оны өзі жазбаған файлдар үшін сұралады.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Импортталатын файлдар</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind of pages</source>
        <translation>Бет түрі</translation>
    </message>
    <message>
        <source>Kind of pages of %1</source>
        <translation>%1 файлының бет түрі</translation>
    </message>
    <message>
        <source>%1 dpi, from the file</source>
        <translation>%1 dpi, файлдан</translation>
    </message>
    <message>
        <source>The file records its resolution; it is kept.</source>
        <translation>Ажыратымдылық файлда жазылған; сол сақталады.</translation>
    </message>
    <message>
        <source>Resolution of %1</source>
        <translation>%1 файлының ажыратымдылығы</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PDF pages are drawn at this resolution; an image that does not record its own is taken to have it.</source>
        <translation>PDF беттері осы ажыратымдылықпен салынады; өз ажыратымдылығы жазылмаған суретке осы ажыратымдылық беріледі.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Импортталмаған файлдар</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Импортталмады:</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Items to export</source>
        <translation>Әкетілетін заттар</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Зат қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
</context>
<context>
    <name>ItemsList</name>
    <message>
        <source>Items</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Зат</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Сараптама</translation>
    </message>
    <message>
        <source>not examined yet</source>
        <translation>әлі сараптамадан өтпеген</translation>
    </message>
    <message>
        <source>opinions: %1</source>
        <translation>пікірлер: %1</translation>
    </message>
    <message>
        <source>agreed; missing: %1</source>
        <translation>келісілген; жетіспейді: %1</translation>
    </message>
    <message>
        <source>agreed, complete</source>
        <translation>келісілген, толық толтырылған</translation>
    </message>
    <message>
        <source>not in both languages: %1</source>
        <translation>екі тілде толық емес: %1</translation>
    </message>
    <message>
        <source>annex photos: %1</source>
        <translation>қосымша фотолары: %1</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>сақталмаған жоба</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Name of the item</source>
        <translation>Заттың атауы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (corrects %2)</source>
        <translation>%1 (%2 орнына)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
</context>
<context>
    <name>JournalWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Күні осыдан бастап</translation>
    </message>
    <message>
        <source>Dated to</source>
        <translation>Күні осыған дейін</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>Open the &amp;application</source>
        <translation>Өтінішті &amp;ашу</translation>
    </message>
    <message>
        <source>E&amp;xport the journal…</source>
        <translation>Журналды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Құжаттар журналы</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the journal.</source>
        <translation>Журналдан құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 · %4</source>
        <translation>%1 %2, %3 · %4</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>%1: signed %2</source>
        <translation>%1: қол қойды %2</translation>
    </message>
    <message>
        <source>No signers.</source>
        <translation>Қол қоюшылар жоқ.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Сақталмады. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Файлға жазу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Expert commission on the temporary export of cultural valuables</source>
        <translation>Мәдени құндылықтарды уақытша әкету жөніндегі сараптама комиссиясы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз тағы бір рет</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>The administrator reset your password: choose a new one to go on.</source>
        <translation>Әкімші құпиясөзіңізді қайта орнатты: жалғастыру үшін жаңасын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Тағы бір рет:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>The database is still opening: you will be signed in as soon as it is open.</source>
        <translation>Дерекқор әлі ашылып жатыр: ол ашылған бойда жүйеге кіресіз.</translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation>Жүйеге кіру мүмкін болмады. %1</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз әртүрлі.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the one the administrator gave.</source>
        <translation>Әкімші берген құпиясөзден басқасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Record a loss: %1</source>
        <translation>Жоғалуды тіркеу: %1</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Құжаттың күні</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Жоғалу туралы құжат</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Нөмірі, күні және берген орган, мысалы полиция хаттамасы немесе сақтандырушының актісі</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expert commission — registry of applications</source>
        <translation>Сараптама комиссиясы — өтініштер тізілімі</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Жүйеге кіру күтілуде…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастапқы бет</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Шетелдегі әкетулер</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Құжаттар журналы</translation>
    </message>
    <message>
        <source>Users and seats</source>
        <translation>Пайдаланушылар мен орындар</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed document…</source>
        <translation>Қол қойылған құжатты &amp;тексеру…</translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>Sign &amp;out (switch user)…</source>
        <translation>Жүйеден &amp;шығу (пайдаланушыны ауыстыру)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Жұмыс күндерінің &amp;күнтізбесі…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>Се&amp;німді сертификаттар…</translation>
    </message>
    <message>
        <source>&amp;Users and seats…</source>
        <translation>&amp;Пайдаланушылар мен орындар…</translation>
    </message>
    <message>
        <source>&amp;Export the registry or the journal…</source>
        <translation>Тізілімді немесе журналды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Audit journal</source>
        <translation>&amp;Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Journal of documents</source>
        <translation>&amp;Құжаттар журналы</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Close the tab</source>
        <translation>&amp;Қойындыны жабу</translation>
    </message>
    <message>
        <source>Close the tab shown; the application stays in the registry</source>
        <translation>Ашық тұрған қойындыны жабу; өтініш тізілімде қалады</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Жүйеге кірген пайдаланушы</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Application %1 registered</source>
        <translation>%1 өтініші тіркелді</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert commission on the temporary export of cultural valuables&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registers applications for the certificate for the right to temporarily export cultural valuables, supports the commission&apos;s examination and issues the signed conclusion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Мәдени құндылықтарды уақытша әкету жөніндегі сараптама комиссиясы&lt;/h3&gt;&lt;p&gt;Нұсқасы %1&lt;/p&gt;&lt;p&gt;Мәдени құндылықтарды уақытша әкету құқығына куәлік беру туралы өтініштерді тіркейді, комиссияның сараптамасын жүргізуге көмектеседі және қол қойылған қорытынды береді.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementRows</name>
    <message>
        <source>Dimension</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлігі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Add a dimension</source>
        <translation>Өлшем қосу</translation>
    </message>
    <message>
        <source>No dimensions yet.</source>
        <translation>Әзірге өлшемдер жоқ.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Document of the loss: %1</source>
        <translation>Жоғалу туралы құжат: %1</translation>
    </message>
    <message>
        <source>Note on the return: %1</source>
        <translation>Қайтару туралы ескертпе: %1</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Жоғалу туралы құжат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Нөмірі, күні және берген орган, мысалы полиция хаттамасы немесе сақтандырушының актісі</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Қайтаруды тексеру актісінде көрсетілетін ескертпе</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>PageKind</name>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Қайтарылғандағы фотосурет</translation>
    </message>
</context>
<context>
    <name>PageLinkRows</name>
    <message>
        <source>Show in the viewer</source>
        <translation>Қарау құралында көрсету</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Көрсетеді</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Page to link</source>
        <translation>Байланыстырылатын бет</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <source>Link the page in the viewer</source>
        <translation>Қарау құралындағы бетті байланыстыру</translation>
    </message>
    <message>
        <source>No photos or pages linked yet.</source>
        <translation>Әзірге фотосуреттер мен беттер байланыстырылмаған.</translation>
    </message>
</context>
<context>
    <name>PageThumbnailModel</name>
    <message>
        <source>The thumbnail cannot be decoded.</source>
        <translation>Нобайды ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>%1-бет: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пиксель</translation>
    </message>
    <message>
        <source>, %1 dpi</source>
        <translation>, %1 dpi</translation>
    </message>
    <message>
        <source>Its text could not be read (OCR); the scan is kept as it is.</source>
        <translation>Мәтіні танылмады (OCR); сканерленген бет өзгеріссіз сақталды.</translation>
    </message>
    <message>
        <source>The thumbnail could not be shown. %1</source>
        <translation>Нобайды көрсету мүмкін болмады. %1</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>page %1 (%2)</source>
        <translation>%1-бет (%2)</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Қайта жасалды: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Кері қайтарылды: %1.</translation>
    </message>
    <message>
        <source>Redoing the change</source>
        <translation>Өзгеріс қайта жасалуда</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Өзгеріс кері қайтарылуда</translation>
    </message>
    <message>
        <source>Rotate %1 left</source>
        <translation>Солға бұру — %1</translation>
    </message>
    <message>
        <source>Rotate %1 right</source>
        <translation>Оңға бұру — %1</translation>
    </message>
    <message>
        <source>Rotating the page</source>
        <translation>Бет бұрылуда</translation>
    </message>
    <message>
        <source>Rotated %1.</source>
        <translation>%1 бұрылды.</translation>
    </message>
    <message>
        <source>Straightening the page</source>
        <translation>Бет түзетілуде</translation>
    </message>
    <message>
        <source>Straighten %1</source>
        <translation>Түзету — %1</translation>
    </message>
    <message>
        <source>Straightened %1.</source>
        <translation>%1 түзетілді.</translation>
    </message>
    <message>
        <source>Converting to grayscale</source>
        <translation>Сұр реңкке айналдыру</translation>
    </message>
    <message>
        <source>Convert %1 to grayscale</source>
        <translation>Сұр реңкке айналдыру — %1</translation>
    </message>
    <message>
        <source>Converted %1 to grayscale.</source>
        <translation>%1 сұр реңкке айналдырылды.</translation>
    </message>
    <message>
        <source>Opening the page</source>
        <translation>Бет ашылуда</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>%1 қию</translation>
    </message>
    <message>
        <source>Cropped %1.</source>
        <translation>%1 қиылды.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit journal; Undo (Ctrl+Z) brings the page back.</source>
        <translation>Жою аудит журналына жазылады; болдырмау (Ctrl+Z) бетті қайтарады.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Жою — %1</translation>
    </message>
    <message>
        <source>Cropping the page</source>
        <translation>Бет қиылуда</translation>
    </message>
    <message>
        <source>Mark %1 as «%2»</source>
        <translation>«%2» деп белгілеу — %1</translation>
    </message>
    <message>
        <source>Marked %1 as «%2».</source>
        <translation>%1 «%2» деп белгіленді.</translation>
    </message>
    <message>
        <source>Changing the kind of the page</source>
        <translation>Бет түрі өзгертілуде</translation>
    </message>
    <message>
        <source>Move %1 to place %2</source>
        <translation>%2-орынға жылжыту — %1</translation>
    </message>
    <message>
        <source>Moved %1 to place %2.</source>
        <translation>%1 %2-орынға жылжытылды.</translation>
    </message>
    <message>
        <source>Moving the page</source>
        <translation>Бет жылжытылуда</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Бетті жою</translation>
    </message>
    <message>
        <source>Delete %1 from this application?</source>
        <translation>%1 осы өтініштен жойылсын ба?</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 жойылды.</translation>
    </message>
    <message>
        <source>Deleting the page</source>
        <translation>Бет жойылуда</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Application (Annex 4)</source>
        <translation>Өтініш (4-қосымша)</translation>
    </message>
    <message>
        <source>Copy of the passport or ID card</source>
        <translation>Төлқұжаттың / жеке куәліктің көшірмесі</translation>
    </message>
    <message>
        <source>Company registration certificate</source>
        <translation>Заңды тұлғаның тіркеу куәлігі</translation>
    </message>
    <message>
        <source>Photographs of the items</source>
        <translation>Заттардың фотосуреттері</translation>
    </message>
    <message>
        <source>List of the items</source>
        <translation>Заттардың тізімі</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Меншік құқығын растайтын құжат</translation>
    </message>
    <message>
        <source>Invitation or agreement from the host</source>
        <translation>Қабылдаушының шақыруы немесе шарты</translation>
    </message>
</context>
<context>
    <name>PapersWarning</name>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>Жеке басын куәландыратын құжаттың нөмірі</translation>
    </message>
    <message>
        <source>The scanned papers, as read, differ from the registered data. Check them; nothing was changed:</source>
        <translation>Сканерленген құжаттардан танылған деректер тіркелген деректерден өзгеше. Тексеріңіз; ештеңе өзгертілген жоқ:</translation>
    </message>
    <message>
        <source>%1: registered %2, page %3 reads %4</source>
        <translation>%1: тіркелгені %2, %3-бетте %4 деп оқылды</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз қайтадан</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>Тағы бір рет:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз әртүрлі.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit to width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Көрсететін құжат жоқ.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>барлығы %1</translation>
    </message>
</context>
<context>
    <name>PhotoPair</name>
    <message>
        <source>Photos to compare</source>
        <translation>Салыстырылатын фотосуреттер</translation>
    </message>
    <message>
        <source>Original photo</source>
        <translation>Бастапқы фотосурет</translation>
    </message>
    <message>
        <source>Photo of the returned item</source>
        <translation>Қайтарылған заттың фотосуреті</translation>
    </message>
    <message>
        <source>Original photo, from the examination</source>
        <translation>Бастапқы фотосурет, сараптамадан</translation>
    </message>
    <message>
        <source>The returned item</source>
        <translation>Қайтарылған зат</translation>
    </message>
    <message>
        <source>Similarity of the photos</source>
        <translation>Фотосуреттердің ұқсастығы</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Фотосурет жоқ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйғызу</translation>
    </message>
    <message>
        <source>Show both photos whole</source>
        <translation>Екі фотосуретті де толық көрсету</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why the examination is repeated:</source>
        <translation>Сараптаманың қайта жүргізілу себебі:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептер</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>needed in the agreed result before the examination can be finished</source>
        <translation>сараптаманы аяқтау үшін келісілген нәтижеде толтырылуы керек</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Өлшемдері</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Фотосуреттер мен беттер</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
</context>
<context>
    <name>RefusalGround</name>
    <message>
        <source>Violations found in the applicant&apos;s data in the request</source>
        <translation>Сұрау салудағы өтініш беруші деректерінде бұзушылықтар анықталды</translation>
    </message>
    <message>
        <source>The applicant&apos;s electronic signature is not confirmed</source>
        <translation>Өтініш берушінің электрондық цифрлық қолтаңбасы расталмады</translation>
    </message>
    <message>
        <source>The applicant is not in the state database of individuals or legal entities</source>
        <translation>Өтініш беруші жеке немесе заңды тұлғалардың мемлекеттік дерекқорында жоқ</translation>
    </message>
    <message>
        <source>The documents required for the service are incomplete</source>
        <translation>Қызметке қажетті құжаттар толық емес</translation>
    </message>
    <message>
        <source>The items do not meet the requirements for temporary export</source>
        <translation>Заттар уақытша әкету талаптарына сәйкес келмейді</translation>
    </message>
    <message>
        <source>Another ground (state it)</source>
        <translation>Өзге негіз (көрсетіңіз)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>&amp;Ground of the refusal:</source>
        <translation>Бас тарту &amp;негізі:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— негізді таңдаңыз —</translation>
    </message>
    <message>
        <source>The commission&apos;s reasons, as the applicant will read them (a paragraph a line):</source>
        <translation>Комиссияның негіздемесі, өтініш беруші оқитын түрде (әр абзац жаңа жолдан):</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>The letter also tells the applicant how to appeal.</source>
        <translation>Хатта өтініш берушіге шағымдану тәртібі де түсіндіріледі.</translation>
    </message>
</context>
<context>
    <name>RegisterReturnDialog</name>
    <message>
        <source>Register a return</source>
        <translation>Қайтаруды тіркеу</translation>
    </message>
    <message>
        <source>Items that came back</source>
        <translation>Қайтарылған заттар</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Қайтарылған күні</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Ұсынған</translation>
    </message>
    <message>
        <source>the applicant or their representative</source>
        <translation>өтініш беруші немесе оның өкілі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Қайтаруды тексеру актісінде көрсетілетін ескертпе</translation>
    </message>
    <message>
        <source>&amp;Items back:</source>
        <translation>Қайтарылған &amp;заттар:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>&amp;Ұсынған:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Passport or ID card No.</source>
        <translation>Төлқұжат / жеке куәлік №</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Тұрғылықты жері</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Деректемелері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондары</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Қызметі</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Әкету мақсаты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Баратын жері</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Әкету басталатын күн</translation>
    </message>
    <message>
        <source>Export until</source>
        <translation>Әкету аяқталатын күн</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Бұл күн емес: кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Іздеу үшін теріңіз…</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Тізімнен елді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation>Өтінішті тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Register another</source>
        <translation>Тағы біреуін тіркеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Your role may not register applications.</source>
        <translation>Сіздің рөліңізге өтініштерді тіркеуге рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Cultural valuables to export</source>
        <translation>Әкетілетін мәдени құндылықтар</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Әкету</translation>
    </message>
    <message>
        <source>Documents received on paper</source>
        <translation>Қағаз түрінде алынған құжаттар</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті өріс</translation>
    </message>
    <message>
        <source>Preliminary examination due:</source>
        <translation>Алдын ала сараптама мерзімі:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Қабылданды:</translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation>Нәтиже мерзімі:</translation>
    </message>
    <message>
        <source>To register, complete: %1</source>
        <translation>Тіркеу үшін толтырыңыз: %1</translation>
    </message>
    <message>
        <source>Ready to register.</source>
        <translation>Тіркеуге дайын.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>саны</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>%1-зат, %2: %3</translation>
    </message>
    <message>
        <source>The application was not registered. %1</source>
        <translation>Өтініш тіркелмеді. %1</translation>
    </message>
    <message>
        <source>The application could not be saved. %1</source>
        <translation>Өтінішті сақтау мүмкін болмады. %1</translation>
    </message>
    <message>
        <source>Application %1 is registered.</source>
        <translation>%1 өтініші тіркелді.</translation>
    </message>
    <message>
        <source>Discard the application being entered?</source>
        <translation>Енгізіліп жатқан өтініштен бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Сақтамау</translation>
    </message>
</context>
<context>
    <name>RegistrationProblem</name>
    <message>
        <source>List at least one item.</source>
        <translation>Кемінде бір затты көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Тағайындалған мүше</translation>
    </message>
</context>
<context>
    <name>RegistryWidget</name>
    <message>
        <source>Search by number, IIN/BIN or applicant…</source>
        <translation>Нөмір, ЖСН/БСН немесе өтініш беруші бойынша іздеу…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Өтініштерді іздеу</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Мәртебе сүзгісі</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>In scanned papers</source>
        <translation>Сканерленген құжаттарда</translation>
    </message>
    <message>
        <source>Also find the words in the text read from the scanned forms and documents</source>
        <translation>Сөздерді сканерленген өтініштер мен құжаттардан танылған мәтіннен де іздеу</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Қабылданған күннен бастап</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Қабылданған күнге дейін</translation>
    </message>
    <message>
        <source>Registry of applications</source>
        <translation>Өтініштер тізілімі</translation>
    </message>
    <message numerus="yes">
        <source>More than %n application(s)</source>
        <translation>
            <numerusform>%n өтініштен астам</numerusform>
            <numerusform>%n өтініштен астам</numerusform>
        </translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Қабылданды:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <source>On paper</source>
        <translation>Қағаз түрінде</translation>
    </message>
    <message>
        <source>Through the portal</source>
        <translation>Портал арқылы</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Түсу арнасы:</translation>
    </message>
</context>
<context>
    <name>RequirementsBox</name>
    <message>
        <source>Required documents</source>
        <translation>Міндетті құжаттар</translation>
    </message>
    <message>
        <source>Draft without them…</source>
        <translation>Оларсыз жасау…</translation>
    </message>
    <message>
        <source>no scanned page; drafted without it</source>
        <translation>сканерленген беті жоқ; онсыз жасалады</translation>
    </message>
    <message>
        <source>no scanned page</source>
        <translation>сканерленген беті жоқ</translation>
    </message>
    <message>
        <source>The chairperson %1 allowed it on %2: %3</source>
        <translation>Төраға %1 %2 күні рұқсат берді: %3</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 құпиясөзін қайта орнату</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз тағы бір рет</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Тағы бір рет:</translation>
    </message>
    <message>
        <source>Give the password to its holder in person; they must choose a new one when they next sign in.</source>
        <translation>Құпиясөзді иесіне өзіңіз беріңіз; ол келесі кіргенде жаңасын таңдауы керек.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <source>Items and their return</source>
        <translation>Заттар және олардың қайтарылуы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Зат</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Қайтарылғандағы сараптама</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>&amp;Register a return…</source>
        <translation>Қайтаруды &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Record a &amp;loss…</source>
        <translation>&amp;Жоғалуды тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Тіркеуді &amp;жою</translation>
    </message>
    <message>
        <source>Remove a return registered by mistake</source>
        <translation>Қате тіркелген қайтаруды алып тастау</translation>
    </message>
    <message>
        <source>Edit the no&amp;te…</source>
        <translation>Ескертпені &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Write the note of the return, or the document of the loss, in Kazakh and in Russian</source>
        <translation>Қайтару туралы ескертпені немесе жоғалу туралы құжатты қазақ және орыс тілдерінде жазу</translation>
    </message>
    <message>
        <source>Co&amp;mpare and check…</source>
        <translation>Са&amp;лыстыру және тексеру…</translation>
    </message>
    <message>
        <source>Draft the return &amp;act</source>
        <translation>Қайтару &amp;актісін жасау</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the act…</source>
        <translation>Актінің күшін &amp;жою…</translation>
    </message>
    <message>
        <source>Withdraw the act being signed, to correct the returns or their check</source>
        <translation>Қол қойылып жатқан актінің күшін жою: қайтаруларды немесе тексеруді түзету үшін</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>шетелде</translation>
    </message>
    <message>
        <source>lost (%1)</source>
        <translation>жоғалған (%1)</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>қайтарылды %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <source>— not written yet; the return act needs it</source>
        <translation>— әлі жазылмаған; қайтаруды тексеру актісіне қажет</translation>
    </message>
    <message>
        <source>Lost; document:</source>
        <translation>Жоғалған; құжат:</translation>
    </message>
    <message>
        <source>Presented by %1 at %2.</source>
        <translation>Ұсынған: %1, орны: %2.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Verdict by %1: %2</source>
        <translation>%1 шешімі: %2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>әлі жазылмаған</translation>
    </message>
    <message>
        <source>The export is closed by its signed return act.</source>
        <translation>Әкету қол қойылған қайтару актісімен жабылды.</translation>
    </message>
    <message>
        <source>%1 of %2 items back or accounted for.</source>
        <translation>Қайтарылған немесе есепке алынған заттар: %1 / %2.</translation>
    </message>
    <message>
        <source>Check each returned item (Compare and check), then draft the return act; it is signed in the Conclusion tab.</source>
        <translation>Әр қайтарылған затты тексеріңіз («Салыстыру және тексеру»), содан кейін қайтару актісін жасаңыз; оған «Қорытынды» қойындысында қол қойылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) registered as returned.</source>
        <translation>
            <numerusform>%n зат қайтарылған ретінде тіркелді.</numerusform>
            <numerusform>%n зат қайтарылған ретінде тіркелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loss of item %1 is recorded.</source>
        <translation>%1-заттың жоғалуы тіркелді.</translation>
    </message>
    <message>
        <source>The note of item %1 is saved.</source>
        <translation>%1-заттың ескертпесі сақталды.</translation>
    </message>
    <message>
        <source>The return of item %1 is withdrawn.</source>
        <translation>%1-заттың қайтарылуын тіркеу жойылды.</translation>
    </message>
    <message>
        <source>The verdict on item %1 is saved.</source>
        <translation>%1-зат бойынша шешім сақталды.</translation>
    </message>
    <message>
        <source>Drafting the return act…</source>
        <translation>Қайтару актісі жасалуда…</translation>
    </message>
    <message>
        <source>Return act %1 drafted; it is signed in the Conclusion tab, the chairperson last.</source>
        <translation>%1 қайтару актісі жасалды; оған «Қорытынды» қойындысында қол қойылады, төраға соңғы болып.</translation>
    </message>
    <message>
        <source>Cancel the return act</source>
        <translation>Қайтару актісінің күшін жою</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>%1 актісінің күші неге жойылады?</translation>
    </message>
    <message>
        <source>The return act is cancelled.</source>
        <translation>Қайтару актісінің күші жойылды.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Іс жүргізуші</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Chairperson</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Official of the executive body</source>
        <translation>Атқарушы органның лауазымды тұлғасы</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan documents</source>
        <translation>Құжаттарды сканерлеу</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Сканерлерді қайта іздеу</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Қағаз көзі</translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation>Бет түрі</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Сканер:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
    </message>
    <message>
        <source>&amp;Colour mode:</source>
        <translation>&amp;Түс режимі:</translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation>&amp;Қағаз көзі:</translation>
    </message>
    <message>
        <source>&amp;Kind of pages:</source>
        <translation>&amp;Бет түрі:</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>Сканер&amp;леу</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Сканерлер ізделуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n сканер табылды.</numerusform>
            <numerusform>%n сканер табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner found. Connect and switch on the scanner, then press Refresh.</source>
        <translation>Сканер табылмады. Сканерді қосып, іске қосыңыз, содан кейін «Жаңарту» басыңыз.</translation>
    </message>
    <message>
        <source>Scanning failed. %1</source>
        <translation>Сканерлеу сәтсіз аяқталды. %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканерленуде…</translation>
    </message>
    <message>
        <source>Scanning page %1 (%2 stored)…</source>
        <translation>%1-бет сканерленуде (%2 сақталды)…</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Сканерлеу</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored.</source>
        <translation>
            <numerusform>%n бет сақталды.</numerusform>
            <numerusform>%n бет сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation>Сканерлеу тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scan viewer</source>
        <translation>Скан қарау құралы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Бет нөмірі</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Қарау құралы</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Бетті сыйғызу</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Ені бойынша сыйғызу</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Нақты өлшем</translation>
    </message>
    <message>
        <source>Turn the view left</source>
        <translation>Көріністі солға бұру</translation>
    </message>
    <message>
        <source>Turn the view right</source>
        <translation>Көріністі оңға бұру</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>The page cannot be shown. %1</source>
        <translation>Бетті көрсету мүмкін емес. %1</translation>
    </message>
    <message>
        <source>Import files (%1) or scan the paper documents; files can also be dropped on the Documents tab.</source>
        <translation>Файлдарды импорттаңыз (%1) немесе қағаз құжаттарды сканерлеңіз; файлдарды «Құжаттар» қойындысына сүйреп әкелуге де болады.</translation>
    </message>
    <message>
        <source>The clerk imports or scans this application&apos;s documents.</source>
        <translation>Бұл өтініштің құжаттарын іс жүргізуші импорттайды немесе сканерлейді.</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Әзірге бет жоқ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Colour</source>
        <translation>Түрлі түсті</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Сұр реңк</translation>
    </message>
    <message>
        <source>Black and white (line art)</source>
        <translation>Ақ-қара (штрихты)</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Document feeder (ADF)</source>
        <translation>Құжат бергіш (ADF)</translation>
    </message>
</context>
<context>
    <name>ScansPdfButton</name>
    <message>
        <source>Scans as searchable &amp;PDF…</source>
        <translation>Сканерлер іздеуге болатын &amp;PDF ретінде…</translation>
    </message>
    <message>
        <source>Save the application&apos;s scans as one PDF/A file whose text can be searched and copied</source>
        <translation>Өтініштің сканерленген беттерін мәтінін іздеуге және көшіруге болатын бір PDF/A файлына сақтау</translation>
    </message>
    <message>
        <source>Save the scans as a searchable PDF</source>
        <translation>Сканерлерді іздеуге болатын PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the searchable PDF</source>
        <translation>Іздеуге болатын PDF жазылуда</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>The text of %1 of %2 page(s) is in the file.</source>
        <translation>Файлда %2 беттің %1 бетінің мәтіні бар.</translation>
    </message>
    <message>
        <source>%1 page(s) have not been read yet (OCR) and carry no text: read them with the command read-scans %2, then save the PDF again.</source>
        <translation>Әлі оқылмаған (OCR) беттер: %1, файлда олар мәтінсіз. Оларды read-scans %2 командасымен оқып, PDF файлын қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read.</source>
        <translation>Мәтінін оқу мүмкін болмаған беттер: %1.</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Файлға жазу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Сақталмады. %1</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>Chairperson</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Official who signs the certificates</source>
        <translation>Куәліктерге қол қоятын лауазымды тұлға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Seats on the commission</source>
        <translation>Комиссиядағы орындар</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation>&amp;Орын:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <source>&amp;Give the seat</source>
        <translation>Орын&amp;ды беру</translation>
    </message>
    <message>
        <source>The selected seat&apos;s last &amp;day:</source>
        <translation>Таңдалған орынның соңғы &amp;күні:</translation>
    </message>
    <message>
        <source>E&amp;nd the seat</source>
        <translation>Мерзімін &amp;аяқтау</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (өшірілген)</translation>
    </message>
    <message>
        <source>%1 holds the seat «%2» from %3.</source>
        <translation>%1 %3 бастап «%2» орнына тағайындалды.</translation>
    </message>
    <message>
        <source>The seat «%2» of %1 ends on %4.</source>
        <translation>%1 иеленетін «%2» орнының мерзімі %4 күні аяқталады.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Жүйенің тілі (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Сыртқы түрі:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Dates, numbers and the names of countries follow the language. Open windows switch at once; nothing typed is lost.</source>
        <translation>Күндер, сандар және елдердің атаулары тілге сәйкес көрсетіледі. Ашық терезелер бірден ауысады; терілген мәтін жоғалмайды.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>Осы қойындыда: %1</translation>
    </message>
    <message>
        <source>In the scan viewer, F1 or ? lists the viewer&apos;s own keys. Esc, F1 or a click closes this help.</source>
        <translation>Скан қарау құралында F1 немесе ? оның өз пернелерін көрсетеді. Бұл анықтаманы Esc, F1 немесе шерту жабады.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>%1 құжатына қол қою</translation>
    </message>
    <message>
        <source>%1 signs the conclusion %2 with their electronic digital signature (EDS).</source>
        <translation>%1 %2 қорытындысына өзінің электрондық цифрлық қолтаңбасымен (ЭЦҚ) қол қояды.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Кілттің құпиясөзі</translation>
    </message>
    <message>
        <source>Key file (.p12):</source>
        <translation>Кілт файлы (.p12):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>PKCS#11 кітапханасы</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Токен белгісі</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>PKCS#11 кітапханасы:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Токен белгісі:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>NCALayer address</source>
        <translation>NCALayer мекенжайы</translation>
    </message>
    <message>
        <source>NCALayer, the national certification centre&apos;s program, must be running: it asks for the key (a GOST key file, Kaztoken, an ID card…) and its password in its own window.</source>
        <translation>Ұлттық куәландырушы орталықтың NCALayer бағдарламасы іске қосылған болуы керек: кілтті (ГОСТ кілт файлы, Kaztoken, жеке куәлік…) және оның құпиясөзін ол өз терезесінде сұрайды.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Кілт &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Токен</translation>
    </message>
    <message>
        <source>&amp;NCALayer</source>
        <translation>&amp;NCALayer</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>Уақыт белгісі сервері</translation>
    </message>
    <message>
        <source>optional, e.g. http://tsp.pki.gov.kz</source>
        <translation>міндетті емес, мысалы http://tsp.pki.gov.kz</translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation>Уақыт белгісі сервері:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>Қол қою кілті</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілттер (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the key file (.p12).</source>
        <translation>Кілт файлын (.p12) таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s password.</source>
        <translation>Кілттің құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Кілт тексерілуде…</translation>
    </message>
    <message>
        <source>NCALayer&apos;s address starts with wss://, e.g. %1</source>
        <translation>NCALayer мекенжайы wss:// деп басталады, мысалы %1</translation>
    </message>
    <message>
        <source>The PKCS#11 library was not found: %1</source>
        <translation>PKCS#11 кітапханасы табылмады: %1</translation>
    </message>
    <message>
        <source>Enter the token&apos;s label and PIN.</source>
        <translation>Токен белгісі мен PIN енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Requests still missing documents</source>
        <translation>Құжаттары толық емес өтініштер</translation>
    </message>
    <message>
        <source>Applications assigned to me for examination</source>
        <translation>Маған сараптамаға берілген өтініштер</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Менің жұмысым</translation>
    </message>
    <message>
        <source>Conclusions waiting for my signature</source>
        <translation>Менің қолтаңбамды күтіп тұрған қорытындылар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due within two working days</source>
        <translation>Мерзімі екі жұмыс күні ішінде аяқталатындар</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Қол қоятын құжат</translation>
    </message>
    <message>
        <source>Exports overdue for return</source>
        <translation>Қайтару мерзімі өткен әкетулер</translation>
    </message>
    <message>
        <source>Exports due back within 30 days</source>
        <translation>30 күн ішінде қайтарылуы тиіс әкетулер</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Айлар бойынша өтініштер</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Келісілмеді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Working days to the result</source>
        <translation>Нәтижеге дейінгі жұмыс күндері</translation>
    </message>
    <message>
        <source>Working days the deadline allowed</source>
        <translation>Мерзім бойынша жұмыс күндері</translation>
    </message>
    <message>
        <source>Average time to a result</source>
        <translation>Нәтижеге дейінгі орташа уақыт</translation>
    </message>
    <message>
        <source>Service and result</source>
        <translation>Қызмет және нәтиже</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
    <message numerus="yes">
        <source>Quality survey: %n answer(s)</source>
        <translation>
            <numerusform>Сапа сауалнамасы: %n жауап</numerusform>
            <numerusform>Сапа сауалнамасы: %n жауап</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Құжаттар толық</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>Сараптамада</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Сараптама жүргізілді</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Қорытынды жобасы дайын</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>Қол қойылуда</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Берілді: әкетуге келісілді</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Берілді: әкетуге келісілмеді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Closed: items returned</source>
        <translation>Жабылды: заттар қайтарылды</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Documents are complete</source>
        <translation>Құжаттар толық</translation>
    </message>
    <message>
        <source>Start the examination</source>
        <translation>Сараптаманы бастау</translation>
    </message>
    <message>
        <source>Finish the examination</source>
        <translation>Сараптаманы аяқтау</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Қорытынды жобасын дайындау</translation>
    </message>
    <message>
        <source>Start signing</source>
        <translation>Қол қоюды бастау</translation>
    </message>
    <message>
        <source>Issue: export agreed</source>
        <translation>Беру: әкетуге келісілді</translation>
    </message>
    <message>
        <source>Issue: export not agreed</source>
        <translation>Беру: әкетуге келісілмеді</translation>
    </message>
    <message>
        <source>Repeat the examination…</source>
        <translation>Сараптаманы қайта жүргізу…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Бас тарту…</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>Items of the application</source>
        <translation>Өтініштегі заттар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Деректемелері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, берілген күні %2</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Төлқұжат немесе жеке куәлік</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Тұрғылықты жері</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондары</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Қызметі</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>қағаз түрінде</translation>
    </message>
    <message>
        <source>through the portal</source>
        <translation>портал арқылы</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Баратын жері</translation>
    </message>
    <message>
        <source>Export period</source>
        <translation>Әкету мерзімі</translation>
    </message>
    <message>
        <source>Received on paper</source>
        <translation>Қағаз түрінде алынды</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Бас тарту себептері</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <source>Not satisfied</source>
        <translation>Қанағаттанған жоқпын</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Ішінара қанағаттанамын</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Қанағаттанамын</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Quality survey</source>
        <translation>Қызмет сапасының сауалнамасы</translation>
    </message>
    <message>
        <source>1. Are you satisfied with the quality of the service and its result?</source>
        <translation>1. Электрондық мемлекеттік қызметті көрсету үдерісінің сапасына және нәтижесіне қанағаттанасыз ба?</translation>
    </message>
    <message>
        <source>2. Are you satisfied with the quality of the information on how the service is provided?</source>
        <translation>2. Электрондық мемлекеттік қызметті көрсету тәртібі туралы ақпараттың сапасына қанағаттанасыз ба?</translation>
    </message>
    <message>
        <source>Choose an answer to each question.</source>
        <translation>Әр сұраққа жауап таңдаңыз.</translation>
    </message>
    <message>
        <source>The applicant&apos;s answers to the survey are recorded.</source>
        <translation>Өтініш берушінің сауалнамаға жауаптары жазылды.</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>Find a term…</source>
        <translation>Терминді іздеу…</translation>
    </message>
    <message>
        <source>Find a term: %1</source>
        <translation>Терминді іздеу: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Таңдалғаны: %1</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <source>Reading the text of the pages</source>
        <translation>Беттердің мәтіні оқылуда</translation>
    </message>
    <message>
        <source>Pages whose text could not be read: %1. The scans are kept as they are.</source>
        <translation>Мәтіні оқылмаған беттер: %1. Сканерленген беттер өзгеріссіз сақталды.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Бет нобайлары</translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Items back</source>
        <translation>Қайтарылған заттар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <source>Not closed (%1)</source>
        <translation>Жабылмаған (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Exports to show</source>
        <translation>Көрсетілетін әкетулер</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Шетелдегі әкетулер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n әкету</numerusform>
            <numerusform>%n әкету</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted certificates</source>
        <translation>Сенімді сертификаттар</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Жарамды басталуы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамды аяқталуы</translation>
    </message>
    <message>
        <source>Signatures are checked on this computer, without going online: against the certificates below, with the revocation data each document carries and the revocation lists imported here. The certificates of the national certification centre (%1) come with the program and are trusted from the start; compare their fingerprints with those the centre publishes. A signature gets a timestamp from the time-stamp service named in the signing dialog (by default the centre&apos;s: %2); the revocation data of the signer&apos;s certificate is then fetched from the addresses the certificate names (the centre&apos;s OCSP responder: %3) and kept in the document. Without internet the document is signed without them, and the signer is told.</source>
        <translation>Қолтаңбалар осы компьютерде, желіге шықпай тексеріледі: төмендегі сертификаттар бойынша, әр құжаттың ішіндегі кері қайтарып алу деректерімен және осында импортталған кері қайтарылған сертификаттар тізімдерімен. Ұлттық куәландырушы орталықтың (%1) сертификаттары бағдарламамен бірге келеді және бастапқыдан сенімді деп саналады; олардың саусақ іздерін орталық жариялағандармен салыстырыңыз. Қолтаңбаға уақыт белгісін қол қою терезесінде көрсетілген уақыт белгісі қызметі қояды (әдепкі бойынша орталықтікі: %2); сонда қол қоюшы сертификатының кері қайтарып алу деректері сертификатта көрсетілген мекенжайлардан алынады (орталықтың OCSP қызметі: %3) және құжатта сақталады. Интернет болмаса, құжатқа оларсыз қол қойылады және қол қоюшыға бұл туралы хабарланады.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 саусақ ізі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Сенімді түбірлік сертификаттар</translation>
    </message>
    <message>
        <source>&amp;Add a root certificate…</source>
        <translation>Түбірлік сертификат &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove the root…</source>
        <translation>Түбірлікті &amp;жою…</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Келесі жаңартуы</translation>
    </message>
    <message>
        <source>Revoked certificates</source>
        <translation>Кері қайтарылған сертификаттар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported revocation lists</source>
        <translation>Импортталған кері қайтару тізімдері</translation>
    </message>
    <message>
        <source>&amp;Import a revocation list…</source>
        <translation>Кері қайтару тізімін &amp;импорттау…</translation>
    </message>
    <message>
        <source>Remove the &amp;list…</source>
        <translation>&amp;Тізімді жою…</translation>
    </message>
    <message>
        <source>Root certificates</source>
        <translation>Түбірлік сертификаттар</translation>
    </message>
    <message>
        <source>Certificate revocation lists (CRL)</source>
        <translation>Кері қайтарылған сертификаттар тізімдері (CRL)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (мерзімі өткен)</translation>
    </message>
    <message>
        <source>from the %1 profile</source>
        <translation>%1 профилінен</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, қосқан %2</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, файлы: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 оқылмайды (%2).</translation>
    </message>
    <message>
        <source>A root certificate</source>
        <translation>Түбірлік сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 is trusted now.</source>
        <translation>%1 енді сенімді.</translation>
    </message>
    <message>
        <source>Remove the root</source>
        <translation>Түбірлікті жою</translation>
    </message>
    <message>
        <source>Stop trusting %1? Signatures that chain to it will no longer verify.</source>
        <translation>%1 сертификатына сенуді тоқтату керек пе? Оған тізбектелетін қолтаңбалар бұдан былай тексеруден өтпейді.</translation>
    </message>
    <message>
        <source>The root certificate was removed.</source>
        <translation>Түбірлік сертификат жойылды.</translation>
    </message>
    <message>
        <source>A certificate revocation list</source>
        <translation>Кері қайтарылған сертификаттар тізімі</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Кері қайтару тізімдері (*.crl *.pem *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 импортталды.</translation>
    </message>
    <message>
        <source>Remove the list</source>
        <translation>Тізімді жою</translation>
    </message>
    <message>
        <source>Remove the revocation list of %1?</source>
        <translation>%1 берген кері қайтару тізімін жою керек пе?</translation>
    </message>
    <message>
        <source>The revocation list was removed.</source>
        <translation>Кері қайтару тізімі жойылды.</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Тіркелгілер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Сәтсіз кірулер</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Name and role…</source>
        <translation>&amp;Аты-жөні мен рөлі…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғатты алу</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Құпиясөзді қайта орнату…</translation>
    </message>
    <message>
        <source>The commission has no seats yet. Add the accounts of the clerks, the members, the chairperson and the official who signs the certificates (Add…), then give each member, the chairperson and the official a seat below: a conclusion is drafted only when one chairperson sits on the commission.</source>
        <translation>Комиссияда әлі орын жоқ. Іс жүргізушілердің, мүшелердің, төраға мен куәліктерге қол қоятын лауазымды тұлғаның тіркелгілерін қосыңыз (Қосу…), содан кейін төменде әр мүшеге, төраға мен лауазымды тұлғаға орын беріңіз: қорытынды комиссияда бір төраға болғанда ғана дайындалады.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>Active; must change the password</source>
        <translation>Белсенді; құпиясөзді өзгертуі керек</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed document</source>
        <translation>Қол қойылған құжатты тексеру</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Бүтін</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Сенімді</translation>
    </message>
    <message>
        <source>Changes after it</source>
        <translation>Кейінгі өзгерістер</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды баға</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>PDF ашу…</translation>
    </message>
    <message>
        <source>A signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 тексеру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Revocation: checked by an OCSP response of %1.</source>
        <translation>Кері қайтарып алу: %1 уақытындағы OCSP жауабы бойынша тексерілді.</translation>
    </message>
    <message>
        <source>Revocation: checked against a CRL of %1.</source>
        <translation>Кері қайтарып алу: %1 уақытындағы CRL бойынша тексерілді.</translation>
    </message>
    <message>
        <source>Revocation: not checked. %1</source>
        <translation>Кері қайтарып алу: тексерілмеді. %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>disallowed</source>
        <translation>рұқсат етілмеген</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <source>Not valid: the document has no signatures.</source>
        <translation>Жарамсыз: құжатта қолтаңба жоқ.</translation>
    </message>
    <message>
        <source>Not valid: not everyone has signed; missing: %1.</source>
        <translation>Жарамсыз: барлығы қол қойған жоқ; қол қоймағандар: %1.</translation>
    </message>
    <message>
        <source>Valid: every signature is intact, valid and trusted, and nothing was changed after it.</source>
        <translation>Жарамды: барлық қолтаңба бүтін, жарамды және сенімді, олардан кейін ештеңе өзгертілмеген.</translation>
    </message>
    <message>
        <source>Not valid: see the signatures marked in red.</source>
        <translation>Жарамсыз: қызылмен белгіленген қолтаңбаларды қараңыз.</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Draft without the documents</source>
        <translation>Құжаттарсыз жасау</translation>
    </message>
    <message>
        <source>The conclusion may be drafted although these documents have no scanned page:</source>
        <translation>Мына құжаттардың сканерленген беті болмаса да, қорытынды жасалады:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Why the commission concludes without them</source>
        <translation>Комиссия неге оларсыз қорытынды береді</translation>
    </message>
    <message>
        <source>The reason is kept in the audit journal with your name; it is printed on no document.</source>
        <translation>Себебі сіздің атыңызбен аудит журналында сақталады; ол ешбір құжатта басылмайды.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Texts of the documents</source>
        <translation>Құжаттардағы мәтіндер</translation>
    </message>
    <message>
        <source>The conclusion is issued in Kazakh and in Russian, each wholly in its language: write the purpose and the occupation in both. Names are written once and are not translated.</source>
        <translation>Қорытынды қазақ және орыс тілдерінде, әрқайсысы толығымен өз тілінде беріледі: әкету мақсаты мен қызметті екі тілде де жазыңыз. Аты-жөндер мен атаулар бір рет жазылады, аударылмайды.</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Әкету мақсаты</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Өтініш берушінің қызметі</translation>
    </message>
    <message>
        <source>Not kept. %1</source>
        <translation>Сақталмады. %1</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз әртүрлі.</translation>
    </message>
</context>
<context>
    <name>_QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove the row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>%1-жолды жою</translation>
    </message>
</context>
</TS>
