<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>12 digits; needed to sign</source>
        <translation>12 цифр; нужен для подписи</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Assigned member:</source>
        <translation>Назначенный член комиссии:</translation>
    </message>
    <message>
        <source>Member to assign</source>
        <translation>Назначаемый член комиссии</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— никто —</translation>
    </message>
    <message>
        <source>Are all the documents in? The application goes to the commission&apos;s members for examination; this step cannot be taken back.</source>
        <translation>Все документы получены? Заявление передаётся членам комиссии на экспертизу; этот шаг нельзя отменить.</translation>
    </message>
    <message>
        <source>Yes, the documents are complete</source>
        <translation>Да, документы укомплектованы</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
</context>
<context>
    <name>AdminBoxes</name>
    <message>
        <source>Accounts locked after failed sign-ins</source>
        <translation>Учётные записи, заблокированные после неудачных входов</translation>
    </message>
    <message>
        <source>Signing staff without a seat today</source>
        <translation>Подписанты без места в комиссии на сегодня</translation>
    </message>
    <message>
        <source>Signing certificates ending within 30 days</source>
        <translation>Сертификаты подписи, истекающие в течение 30 дней</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирована до</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Последний подписанный документ</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Создать копию…</translation>
    </message>
    <message>
        <source>No account is locked.</source>
        <translation>Заблокированных учётных записей нет.</translation>
    </message>
    <message>
        <source>Everyone who signs has a seat.</source>
        <translation>У всех подписантов есть место в комиссии.</translation>
    </message>
    <message>
        <source>No signing certificate ends within 30 days.</source>
        <translation>Нет сертификатов подписи, истекающих в течение 30 дней.</translation>
    </message>
    <message>
        <source>Make a backup: the last one is more than a week old, or there is none.</source>
        <translation>Создайте резервную копию: последней больше недели или её нет вовсе.</translation>
    </message>
</context>
<context>
    <name>AnnexLack</name>
    <message>
        <source>no agreed result yet</source>
        <translation>согласованного результата ещё нет</translation>
    </message>
    <message>
        <source>no overall view chosen</source>
        <translation>общий вид не выбран</translation>
    </message>
    <message>
        <source>none shows a scale</source>
        <translation>ни на одной нет масштаба</translation>
    </message>
    <message>
        <source>more than %1 details chosen</source>
        <translation>выбрано больше %1 деталей</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Individual (IIN)</source>
        <translation>Физическое лицо (ИИН)</translation>
    </message>
    <message>
        <source>Company (BIN)</source>
        <translation>Юридическое лицо (БИН)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>IIN *:</source>
        <translation>ИИН *:</translation>
    </message>
    <message>
        <source>BIN *:</source>
        <translation>БИН *:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Valid IIN: born %1, %2</source>
        <translation>ИИН верный: дата рождения %1, пол %2</translation>
    </message>
    <message>
        <source>Valid BIN: registered %1</source>
        <translation>БИН верный: зарегистрирован %1</translation>
    </message>
    <message>
        <source>This is a valid BIN: choose Company.</source>
        <translation>Это верный БИН: выберите «Юридическое лицо».</translation>
    </message>
    <message>
        <source>This is a valid IIN: choose Individual.</source>
        <translation>Это верный ИИН: выберите «Физическое лицо».</translation>
    </message>
    <message>
        <source>Not in the registry of applicants: enter the data; it is kept for next time.</source>
        <translation>Нет в реестре заявителей: введите данные, они сохранятся на следующий раз.</translation>
    </message>
    <message>
        <source>Known applicant: data filled from the registry.</source>
        <translation>Известный заявитель: данные заполнены из реестра.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Expert commission</source>
        <translation>Экспертная комиссия</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or brought up to date.</source>
        <translation>Не удалось открыть или обновить базу данных %1.</translation>
    </message>
    <message>
        <source>The application could not start.</source>
        <translation>Программа не запустилась.</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Назначенный член комиссии</translation>
    </message>
    <message>
        <source>&amp;Quality survey…</source>
        <translation>&amp;Анкета качества…</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявление</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>&amp;Экспертиза</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>Зак&amp;лючение</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Возврат</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Назначен: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>%1; the result&apos;s deadline counts from its end</source>
        <translation>%1; срок результата отсчитывается от её окончания</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>Drafting the refusal letter…</source>
        <translation>Составляется письмо об отказе…</translation>
    </message>
    <message>
        <source>Refused; the refusal letter %1 waits for the chairperson&apos;s signature (Conclusion tab).</source>
        <translation>Отказано; письмо об отказе %1 ожидает подписи председателя (вкладка «Заключение»).</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Who took part: %1</source>
        <translation>Кто участвовал: %1</translation>
    </message>
    <message>
        <source>Tick the members who took part in the meeting. The others are recorded absent: they do not sign the conclusion, which names them. The chairperson %1 signs last.</source>
        <translation>Отметьте членов комиссии, участвовавших в заседании. Остальные отмечаются отсутствующими: они не подписывают заключение и указываются в нём. Председатель %1 подписывает последним.</translation>
    </message>
    <message>
        <source>Why absent (leave, illness, mission…): optional</source>
        <translation>Причина отсутствия (отпуск, болезнь, командировка…): необязательно</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>%1 of %2 members take part; the quorum is %3.</source>
        <translation>Участвуют %1 из %2 членов комиссии; кворум — %3.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>Кворума нет.</translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <source>Who took part…</source>
        <translation>Кто участвовал…</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Отсутствовали: %1</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Application registered</source>
        <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation>Назначен член комиссии</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Документы укомплектованы</translation>
    </message>
    <message>
        <source>Examination started</source>
        <translation>Экспертиза начата</translation>
    </message>
    <message>
        <source>Examination finished</source>
        <translation>Экспертиза завершена</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Подготовлен проект заключения</translation>
    </message>
    <message>
        <source>Signing started</source>
        <translation>Начато подписание</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Выдано: вывоз согласован</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Выдано: вывоз не согласован</translation>
    </message>
    <message>
        <source>Examination repeated</source>
        <translation>Экспертиза назначена повторно</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Applicant data corrected</source>
        <translation>Данные заявителя исправлены</translation>
    </message>
    <message>
        <source>Pages imported</source>
        <translation>Страницы импортированы</translation>
    </message>
    <message>
        <source>File rejected</source>
        <translation>Файл отклонён</translation>
    </message>
    <message>
        <source>Page rotated</source>
        <translation>Страница повёрнута</translation>
    </message>
    <message>
        <source>Page cropped</source>
        <translation>Страница обрезана</translation>
    </message>
    <message>
        <source>Page straightened</source>
        <translation>Страница выровнена</translation>
    </message>
    <message>
        <source>Page made grayscale</source>
        <translation>Страница переведена в оттенки серого</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Страница перемещена</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Страница удалена</translation>
    </message>
    <message>
        <source>Page restored</source>
        <translation>Страница восстановлена</translation>
    </message>
    <message>
        <source>Opinion recorded</source>
        <translation>Мнение записано</translation>
    </message>
    <message>
        <source>Opinion changed</source>
        <translation>Мнение изменено</translation>
    </message>
    <message>
        <source>Agreed result recorded</source>
        <translation>Согласованный результат записан</translation>
    </message>
    <message>
        <source>Agreed result changed</source>
        <translation>Согласованный результат изменён</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Заключение подписано</translation>
    </message>
    <message>
        <source>Conclusion draft cancelled</source>
        <translation>Проект заключения аннулирован</translation>
    </message>
    <message>
        <source>Refusal letter drafted</source>
        <translation>Подготовлен проект мотивированного отказа</translation>
    </message>
    <message>
        <source>Refusal letter signed</source>
        <translation>Мотивированный отказ подписан</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>Registry listed (command line)</source>
        <translation>Реестр выведен (командная строка)</translation>
    </message>
    <message>
        <source>Exported to a file</source>
        <translation>Выгружено в файл</translation>
    </message>
    <message>
        <source>Document written to a file</source>
        <translation>Документ записан в файл</translation>
    </message>
    <message>
        <source>Result package written</source>
        <translation>Пакет результата записан</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Создан первый администратор</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Учётная запись создана</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Account enabled or disabled</source>
        <translation>Учётная запись включена или отключена</translation>
    </message>
    <message>
        <source>Signatory seat given</source>
        <translation>Назначено место подписанта</translation>
    </message>
    <message>
        <source>Account&apos;s name or role changed</source>
        <translation>Изменены имя или роль учётной записи</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Учётная запись разблокирована</translation>
    </message>
    <message>
        <source>Password reset by the administrator</source>
        <translation>Пароль сброшен администратором</translation>
    </message>
    <message>
        <source>Seat on the commission given</source>
        <translation>Назначено место в комиссии</translation>
    </message>
    <message>
        <source>Seat on the commission ended</source>
        <translation>Срок места в комиссии завершён</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Добавлен доверенный корневой сертификат</translation>
    </message>
    <message>
        <source>Trusted root certificate removed</source>
        <translation>Удалён доверенный корневой сертификат</translation>
    </message>
    <message>
        <source>Revocation list imported</source>
        <translation>Импортирован список отозванных сертификатов</translation>
    </message>
    <message>
        <source>Revocation list removed</source>
        <translation>Удалён список отозванных сертификатов</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Создана резервная копия</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>База данных восстановлена из резервной копии</translation>
    </message>
    <message>
        <source>Quality survey recorded</source>
        <translation>Записана анкета качества</translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation>Предмет возвращён</translation>
    </message>
    <message>
        <source>Loss of an item recorded</source>
        <translation>Записана утрата предмета</translation>
    </message>
    <message>
        <source>Return withdrawn</source>
        <translation>Регистрация возврата отменена</translation>
    </message>
    <message>
        <source>Note on a return rewritten</source>
        <translation>Примечание о возврате изменено</translation>
    </message>
    <message>
        <source>Return check verdict</source>
        <translation>Вывод проверки возврата</translation>
    </message>
    <message>
        <source>Return examination recorded</source>
        <translation>Записан осмотр при возврате</translation>
    </message>
    <message>
        <source>Return examination changed</source>
        <translation>Изменён осмотр при возврате</translation>
    </message>
    <message>
        <source>Return act drafted</source>
        <translation>Составлен акт возврата</translation>
    </message>
    <message>
        <source>Return act signed</source>
        <translation>Подписан акт возврата</translation>
    </message>
    <message>
        <source>Return act cancelled</source>
        <translation>Акт возврата аннулирован</translation>
    </message>
    <message>
        <source>Conclusion dated on the decision</source>
        <translation>Заключению установлена дата решения</translation>
    </message>
    <message>
        <source>Certificate drafted</source>
        <translation>Подготовлен проект свидетельства</translation>
    </message>
    <message>
        <source>Certificate not drafted yet</source>
        <translation>Проект свидетельства пока не подготовлен</translation>
    </message>
    <message>
        <source>Certificate signed</source>
        <translation>Свидетельство подписано</translation>
    </message>
    <message>
        <source>Certificate draft cancelled</source>
        <translation>Проект свидетельства отменён</translation>
    </message>
    <message>
        <source>Certificate closed: items returned</source>
        <translation>Свидетельство закрыто: предметы возвращены</translation>
    </message>
    <message>
        <source>Export closed: items returned</source>
        <translation>Вывоз закрыт: предметы возвращены</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Созданы демонстрационные данные</translation>
    </message>
    <message>
        <source>Working-day calendar amended</source>
        <translation>Изменён календарь рабочих дней</translation>
    </message>
    <message>
        <source>Calendar amendment withdrawn</source>
        <translation>Изменение календаря отменено</translation>
    </message>
    <message>
        <source>Deadline moved by the calendar</source>
        <translation>Срок перенесён по календарю</translation>
    </message>
    <message>
        <source>Drafting allowed without required documents</source>
        <translation>Разрешено составить заключение без обязательных документов</translation>
    </message>
    <message>
        <source>Member recorded absent</source>
        <translation>Член комиссии отмечен отсутствующим</translation>
    </message>
    <message>
        <source>Member recorded present</source>
        <translation>Член комиссии отмечен присутствующим</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>учётная запись включена</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>items</source>
        <translation>предметов</translation>
    </message>
    <message>
        <source>result due</source>
        <translation>срок результата</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>resolution, dpi</source>
        <translation>разрешение, dpi</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>width, pixels</source>
        <translation>ширина, пикселей</translation>
    </message>
    <message>
        <source>height, pixels</source>
        <translation>высота, пикселей</translation>
    </message>
    <message>
        <source>turned by, degrees</source>
        <translation>поворот, градусов</translation>
    </message>
    <message>
        <source>crop frame</source>
        <translation>рамка обрезки</translation>
    </message>
    <message>
        <source>straightened by, degrees</source>
        <translation>выравнивание, градусов</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>presented by</source>
        <translation>представил</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вывод проверки</translation>
    </message>
    <message>
        <source>how it differs</source>
        <translation>чем отличается</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>вывоз согласован</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>исправляет документ</translation>
    </message>
    <message>
        <source>signature field</source>
        <translation>поле подписи</translation>
    </message>
    <message>
        <source>IIN in the certificate</source>
        <translation>ИИН в сертификате</translation>
    </message>
    <message>
        <source>certificate holder</source>
        <translation>владелец сертификата</translation>
    </message>
    <message>
        <source>satisfied with the service</source>
        <translation>удовлетворённость услугой</translation>
    </message>
    <message>
        <source>satisfied with the information</source>
        <translation>удовлетворённость информацией</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>заявлений</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>заявителей</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>страниц</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>passport or ID card No.</source>
        <translation>паспорт / удостоверение №</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>место жительства</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>наименование организации</translation>
    </message>
    <message>
        <source>requisites</source>
        <translation>реквизиты</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>род занятий</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>нет такого пользователя</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>учётная запись заблокирована</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>wrong password; account locked</source>
        <translation>неверный пароль; учётная запись заблокирована</translation>
    </message>
    <message>
        <source>the examination is repeated</source>
        <translation>назначена повторная экспертиза</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>утрачен</translation>
    </message>
    <message>
        <source>matches the examined item</source>
        <translation>соответствует осмотренному</translation>
    </message>
    <message>
        <source>differs from the examined item</source>
        <translation>отличается от осмотренного</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>не удовлетворён</translation>
    </message>
    <message>
        <source>partly satisfied</source>
        <translation>частично удовлетворён</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>удовлетворён</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Application number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <source>Filter by application</source>
        <translation>Фильтр по заявлению</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Фильтр по пользователю</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Более ранние события</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Save the head…</source>
        <translation>Сохранить вершину…</translation>
    </message>
    <message>
        <source>Write the newest event&apos;s number and hash to a file to keep apart from this computer: the check finds the journal rewritten below it</source>
        <translation>Записать номер и хеш последнего события в файл, который хранится отдельно от этого компьютера: проверка обнаружит журнал, переписанный ниже этой точки</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>События аудита</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n event(s).</source>
        <translation>
            <numerusform>Цепочка цела: %n событие.</numerusform>
            <numerusform>Цепочка цела: %n события.</numerusform>
            <numerusform>Цепочка цела: %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2</source>
        <translation>Цепочка нарушена на событии %1: %2</translation>
    </message>
    <message>
        <source>Save the journal&apos;s head</source>
        <translation>Сохранить вершину журнала</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The journal has no event yet.</source>
        <translation>В журнале ещё нет событий.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Event %1 is saved as the head in %2: keep the file apart from this computer.</source>
        <translation>Событие %1 сохранено как вершина журнала в %2: храните файл отдельно от этого компьютера.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервная копия ещё не создавалась.</translation>
    </message>
    <message>
        <source>Last backup: %1 by %2, to %3</source>
        <translation>Последняя резервная копия: %1, создал(а) %2, файл: %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>The copy is checked before it is kept: the database&apos;s integrity, every stored file&apos;s checksum and the audit journal&apos;s chain.</source>
        <translation>Перед сохранением копия проверяется: целостность базы данных, контрольная сумма каждого хранимого файла и цепочка журнала аудита.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>A restore replaces everything in the database with the backup. Close the program on every other desk first: while another one has the database open, nothing is replaced. The backup is checked before.</source>
        <translation>Восстановление заменяет всё в базе данных содержимым копии. Сначала закройте программу на всех остальных рабочих местах: пока база данных открыта где-то ещё, ничего не заменяется. Копия проверяется заранее.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копируется база данных…</translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>Проверяются хранимые файлы…</translation>
    </message>
    <message>
        <source>Replacing the database…</source>
        <translation>Заменяется база данных…</translation>
    </message>
    <message>
        <source>Checking the restored database…</source>
        <translation>Проверяется восстановленная база данных…</translation>
    </message>
    <message>
        <source>Choose a folder that exists: %1</source>
        <translation>Выберите существующую папку: %1</translation>
    </message>
    <message>
        <source>No backup was made. %1</source>
        <translation>Резервная копия не создана. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 stored files and %3 audit events checked.</source>
        <translation>Копия сохранена: %1. Проверено хранимых файлов: %2, событий аудита: %3.</translation>
    </message>
    <message>
        <source>A backup to restore</source>
        <translation>Копия для восстановления</translation>
    </message>
    <message>
        <source>Replace everything in the database with %1? Whatever was done since that backup is lost.</source>
        <translation>Заменить всё содержимое базы данных копией %1? Всё, что сделано после этой копии, будет потеряно.</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Ничего не восстановлено. %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restored from %1: %2 stored files and %3 audit events checked.</source>
        <translation>Восстановлено из %1. Проверено хранимых файлов: %2, событий аудита: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The restored database breaks %n rule(s); the command &apos;export-commission check&apos; lists them.</source>
        <translation>
            <numerusform>Восстановленная база данных нарушает %n правило; их перечисляет команда &apos;export-commission check&apos;.</numerusform>
            <numerusform>Восстановленная база данных нарушает %n правила; их перечисляет команда &apos;export-commission check&apos;.</numerusform>
            <numerusform>Восстановленная база данных нарушает %n правил; их перечисляет команда &apos;export-commission check&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the program and start it again, so that every screen reads the restored database.</source>
        <translation>Закройте программу и запустите её снова, чтобы все экраны прочитали восстановленную базу данных.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Тип дня</translation>
    </message>
    <message>
        <source>Name or reason</source>
        <translation>Название или основание</translation>
    </message>
    <message>
        <source>Amend the calendar (a decree after this release)</source>
        <translation>Изменить календарь (постановление, вышедшее после этой версии)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Make it:</source>
        <translation>&amp;Сделать:</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>выходным днём</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>рабочим днём</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>The decree (number and date) or the reason</source>
        <translation>Постановление (номер и дата) или причина</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Withdraw the amendment</source>
        <translation>&amp;Отменить изменение</translation>
    </message>
    <message>
        <source>amended by %1: %2</source>
        <translation>изменено (%1): %2</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>This amendment moves no running deadline.</source>
        <translation>Это изменение не сдвигает ни одного текущего срока.</translation>
    </message>
    <message numerus="yes">
        <source>This amendment moves %n running deadline(s):</source>
        <translation>
            <numerusform>Это изменение сдвигает %n текущий срок:</numerusform>
            <numerusform>Это изменение сдвигает %n текущих срока:</numerusform>
            <numerusform>Это изменение сдвигает %n текущих сроков:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The amendment of %1 is withdrawn.</source>
        <translation>Изменение на %1 отменено.</translation>
    </message>
    <message>
        <source>%1 is a working day now.</source>
        <translation>%1 теперь рабочий день.</translation>
    </message>
    <message>
        <source>%1 is a day off now.</source>
        <translation>%1 теперь выходной.</translation>
    </message>
    <message numerus="yes">
        <source>%n running deadline(s) moved.</source>
        <translation>
            <numerusform>Перенесён %n действующий срок.</numerusform>
            <numerusform>Перенесены %n действующих срока.</numerusform>
            <numerusform>Перенесено %n действующих сроков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Draft the certificate</source>
        <translation>Подготовить проект свидетельства</translation>
    </message>
    <message>
        <source>Cancel the certificate draft…</source>
        <translation>Отменить проект свидетельства…</translation>
    </message>
    <message>
        <source>Certificate %1 drafted; the official signs it here.</source>
        <translation>Проект свидетельства %1 подготовлен; должностное лицо подписывает его здесь.</translation>
    </message>
    <message>
        <source>Drafting the certificate…</source>
        <translation>Подготовка проекта свидетельства…</translation>
    </message>
    <message>
        <source>Cancel the certificate draft</source>
        <translation>Отмена проекта свидетельства</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? Its number stays in the journal.</source>
        <translation>Почему отменяется %1? Его номер останется в журнале.</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled.</source>
        <translation>Свидетельство %1 отменено.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2 signature(s) in %3 signature field(s)</source>
        <translation>%1: подписей — %2, полей подписи — %3</translation>
    </message>
    <message>
        <source>%1. field %2: %3, IIN %4%5</source>
        <translation>%1. поле %2: %3, ИИН %4%5</translation>
    </message>
    <message>
        <source> (locks the document)</source>
        <translation> (закрепляет документ)</translation>
    </message>
    <message>
        <source>   signing time %1; timestamp %2</source>
        <translation>   время подписания: %1; метка времени: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (valid)</source>
        <translation>%1 (действительна)</translation>
    </message>
    <message>
        <source>%1 (NOT valid)</source>
        <translation>%1 (НЕДЕЙСТВИТЕЛЬНА)</translation>
    </message>
    <message>
        <source>   intact %1, valid %2, trusted %3</source>
        <translation>   целостна: %1, действительна: %2, доверенная: %3</translation>
    </message>
    <message>
        <source>   revocation checked by an OCSP response of %1</source>
        <translation>   отзыв проверен по ответу OCSP от %1</translation>
    </message>
    <message>
        <source>   revocation checked against a CRL of %1</source>
        <translation>   отзыв проверен по CRL от %1</translation>
    </message>
    <message>
        <source>   revocation not checked: %1</source>
        <translation>   отзыв не проверен: %1</translation>
    </message>
    <message>
        <source>   coverage %1, modifications %2, disallowed changes %3</source>
        <translation>   охват: %1; последующие изменения: %2; недопустимые изменения: %3</translation>
    </message>
    <message>
        <source>   OK</source>
        <translation>   ДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <source>   NOT OK: %1</source>
        <translation>   НЕДЕЙСТВИТЕЛЬНА: %1</translation>
    </message>
    <message>
        <source>-. field %1%2: NOT SIGNED</source>
        <translation>-. поле %1%2: НЕ ПОДПИСАНО</translation>
    </message>
    <message>
        <source>not OK: the file has no signatures</source>
        <translation>недействителен: в файле нет подписей</translation>
    </message>
    <message>
        <source>not OK: the signature in field %1%2 is missing</source>
        <translation>недействителен: нет подписи в поле %1%2</translation>
    </message>
    <message>
        <source>not OK: %1 of %2 signature(s) failed</source>
        <translation>недействителен: не прошли проверку %1 из %2 подписей</translation>
    </message>
    <message>
        <source>OK: all %1 signature(s) are intact, valid and trusted, and every signature field is signed</source>
        <translation>ДЕЙСТВИТЕЛЕН: все подписи (%1) целостны, действительны и доверенные, все поля подписи подписаны</translation>
    </message>
    <message>
        <source>the chairperson</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>член комиссии %1</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>весь файл</translation>
    </message>
    <message>
        <source>its revision of the file</source>
        <translation>своя редакция файла</translation>
    </message>
    <message>
        <source>part of its revision</source>
        <translation>часть своей редакции</translation>
    </message>
    <message>
        <source>form filling</source>
        <translation>заполнение формы</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>other changes</source>
        <translation>прочие изменения</translation>
    </message>
    <message>
        <source>signed %1 into %2 (field %3)</source>
        <translation>%1 подписан и записан в %2 (поле %3)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>на подписании</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменено</translation>
    </message>
    <message>
        <source>%1 (%2, %3) written to %4</source>
        <translation>%1 (%2, %3) записан в %4</translation>
    </message>
    <message>
        <source>%1 drafted for %2 (%3); signers in turn: %4</source>
        <translation>проект %1 подготовлен по заявлению %2 (%3); подписывают по очереди: %4</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>вывоз согласован</translation>
    </message>
    <message>
        <source>export not agreed</source>
        <translation>вывоз не согласован</translation>
    </message>
    <message>
        <source>result package of %1 written to %2</source>
        <translation>пакет результата %1 записан в %2</translation>
    </message>
    <message>
        <source>%1 refused (%2); the refusal letter %3 waits for the signature of %4</source>
        <translation>по заявлению %1 отказано (%2); письмо об отказе %3 ждёт подписи: %4</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; issued</source>
        <translation>%1 подписан в поле %2 как %3; документ выдан</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; still to sign: %4</source>
        <translation>%1 подписан в поле %2 как %3; ещё должны подписать: %4</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>предварительная</translation>
    </message>
    <message>
        <source>%1 of %2 applications</source>
        <translation>показано заявлений: %1 из %2</translation>
    </message>
    <message>
        <source>registered %1 (received %2)</source>
        <translation>зарегистрировано %1 (поступило %2)</translation>
    </message>
    <message>
        <source>  preliminary examination due %1</source>
        <translation>  срок предварительной экспертизы %1</translation>
    </message>
    <message>
        <source>  result due %1</source>
        <translation>  срок результата %1</translation>
    </message>
    <message>
        <source>%1: the package is valid (%2 items)</source>
        <translation>%1: пакет корректен (предметов: %2)</translation>
    </message>
    <message>
        <source>%1: stored %2 page(s) from %3 of %4 file(s)</source>
        <translation>%1: сохранено страниц: %2 из файлов: %3 из %4</translation>
    </message>
    <message>
        <source>read the text of %1 page(s)</source>
        <translation>распознан текст страниц: %1</translation>
    </message>
    <message>
        <source>page %1 could not be read: %2</source>
        <translation>не удалось распознать текст страницы %1: %2</translation>
    </message>
    <message>
        <source>%1: the scans with their text written to %2</source>
        <translation>%1: сканы с распознанным текстом записаны в %2</translation>
    </message>
    <message>
        <source>%1: the scans written to %2; %3 of %4 page(s) carry their text</source>
        <translation>%1: сканы записаны в %2; страниц с распознанным текстом: %3 из %4</translation>
    </message>
    <message>
        <source>%1 page(s) not read yet carry no text: read them with the command read-scans %2, then write the PDF again</source>
        <translation>ещё не распознано страниц: %1, в файле они без текста; распознайте их командой read-scans %2 и запишите PDF заново</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read: their text is not in the file</source>
        <translation>страниц, текст которых не удалось распознать: %1; их текста в файле нет</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>записано строк: %1 в %2</translation>
    </message>
    <message>
        <source>every invariant holds (%1)</source>
        <translation>все инварианты соблюдены (%1)</translation>
    </message>
    <message>
        <source>%1 broken (%2)</source>
        <translation>нарушений: %1 (%2)</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>  [amended by %1: %2]</source>
        <translation>  [изменено: %1: %2]</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>%1 days of %2 that are not what their weekday says</source>
        <translation>дней в %2 году, отличных от обычного по дню недели: %1</translation>
    </message>
    <message>
        <source>%1: the amendment withdrawn; %2 running deadline(s) moved</source>
        <translation>%1: изменение отменено; сдвинуто текущих сроков: %2</translation>
    </message>
    <message>
        <source>%1: now a working day; %2 running deadline(s) moved</source>
        <translation>%1: теперь рабочий день; сдвинуто текущих сроков: %2</translation>
    </message>
    <message>
        <source>%1: now a day off; %2 running deadline(s) moved</source>
        <translation>%1: теперь выходной день; сдвинуто текущих сроков: %2</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>алгоритм</translation>
    </message>
    <message>
        <source>key usage</source>
        <translation>использование ключа</translation>
    </message>
    <message>
        <source>extended key usage</source>
        <translation>расширенное использование ключа</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>may sign a conclusion</source>
        <translation>может подписать заключение</translation>
    </message>
    <message>
        <source>The database %1 already has data; left as it is.</source>
        <translation>В базе данных %1 уже есть данные; она оставлена без изменений.</translation>
    </message>
    <message>
        <source>applications taken to their result: %1/%2</source>
        <translation>заявлений доведено до результата: %1/%2</translation>
    </message>
    <message>
        <source>Demo data written to %1 (region: %2):</source>
        <translation>Демонстрационные данные записаны в %1 (регион: %2):</translation>
    </message>
    <message>
        <source>  %1 applications, %2 applicants, %3 items, %4 document pages, %5 documents with %6 signatures</source>
        <translation>  заявлений: %1, заявителей: %2, предметов: %3, страниц документов: %4, документов: %5, подписей: %6</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password / role):</source>
        <translation>Демонстрационные учётные записи (имя пользователя / пароль / роль):</translation>
    </message>
    <message>
        <source>Demo signing keys (password: the account&apos;s; not for real use): %1</source>
        <translation>Демонстрационные ключи подписи (пароль — как у учётной записи; не для реальной работы): %1</translation>
    </message>
    <message>
        <source>trusted: %1</source>
        <translation>доверенный: %1</translation>
    </message>
    <message>
        <source>no longer trusted: %1</source>
        <translation>больше не доверенный: %1</translation>
    </message>
    <message>
        <source>[%1 profile]</source>
        <translation>[профиль %1]</translation>
    </message>
    <message>
        <source>time stamps: %1  OCSP: %2  (%3 profile)</source>
        <translation>метки времени: %1  OCSP: %2  (профиль %3)</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>импортирован: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>удалён: %1</translation>
    </message>
    <message>
        <source>issued %1, next %2, %3 revoked</source>
        <translation>выпущен %1, следующий %2, отозвано: %3</translation>
    </message>
    <message>
        <source>no seats yet: give them with &apos;seats add&apos;</source>
        <translation>мест пока нет: назначьте их командой &apos;seats add&apos;</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5</source>
        <translation>место %1: &apos;%2&apos; занимает место &apos;%3&apos; комиссии %4 с %5</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5 to %6</source>
        <translation>место %1: &apos;%2&apos; занимает место &apos;%3&apos; комиссии %4 с %5 по %6</translation>
    </message>
    <message>
        <source>seat %1 (&apos;%2&apos;, %3) ends on %4</source>
        <translation>место %1 (&apos;%2&apos;, %3) освобождается %4</translation>
    </message>
    <message>
        <source>roles created: %1</source>
        <translation>созданы роли: %1</translation>
    </message>
    <message>
        <source>no role created: all existed; the grants were applied again</source>
        <translation>ни одна роль не создана: все уже были; права выданы заново</translation>
    </message>
    <message>
        <source>the desktops connect as %1</source>
        <translation>рабочие места подключаются как %1</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; has a database login without a password: reset it (users reset-password) before it signs in at a desktop</source>
        <translation>у учётной записи «%1» есть вход в базу данных без пароля: сбросьте пароль (users reset-password), прежде чем она войдёт на рабочем месте</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Return check: item %1 «%2»</source>
        <translation>Проверка возврата: предмет %1 «%2»</translation>
    </message>
    <message>
        <source>The records compared field by field</source>
        <translation>Сравнение записей по полям</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>At the examination</source>
        <translation>При экспертизе</translation>
    </message>
    <message>
        <source>On return</source>
        <translation>При возврате</translation>
    </message>
    <message>
        <source>Photo at the examination</source>
        <translation>Фотография при экспертизе</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Фотография при возврате</translation>
    </message>
    <message>
        <source>The item &amp;matches the one examined</source>
        <translation>Предмет &amp;соответствует осмотренному</translation>
    </message>
    <message>
        <source>The item &amp;differs</source>
        <translation>Предмет &amp;отличается</translation>
    </message>
    <message>
        <source>Notes on the check</source>
        <translation>Примечания к проверке</translation>
    </message>
    <message>
        <source>What differs, and anything else to note</source>
        <translation>Что отличается, и другие замечания</translation>
    </message>
    <message>
        <source>&amp;Save the verdict</source>
        <translation>&amp;Сохранить вывод</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Examination photo %1</source>
        <translation>Фото экспертизы %1</translation>
    </message>
    <message>
        <source>Photo on return %1</source>
        <translation>Фото при возврате %1</translation>
    </message>
    <message>
        <source>The return examination is not recorded yet: record it in the Examination tab.</source>
        <translation>Осмотр при возврате ещё не записан: запишите его на вкладке «Экспертиза».</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Расхождения: %1</translation>
    </message>
    <message>
        <source>The records agree in every field compared.</source>
        <translation>Записи совпадают во всех сравниваемых полях.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>Similarity: needs a photo on each side</source>
        <translation>Сходство: нужна фотография с каждой стороны</translation>
    </message>
    <message>
        <source>The return check of the item is recorded.</source>
        <translation>Результат проверки возврата предмета записан.</translation>
    </message>
    <message>
        <source>Similarity: comparing…</source>
        <translation>Сходство: сравнение…</translation>
    </message>
    <message>
        <source>Similarity: not computed (%1)</source>
        <translation>Сходство не вычислено (%1)</translation>
    </message>
    <message>
        <source>pHash 64-bit DCT, best of 8 orientations</source>
        <translation>pHash 64-битный DCT, лучший из 8 поворотов</translation>
    </message>
    <message>
        <source>Similarity %1 % (%2)</source>
        <translation>Сходство %1 % (%2)</translation>
    </message>
    <message>
        <source>far less alike than photos of the same object usually are: look closely</source>
        <translation>гораздо меньше похожи, чем обычно фотографии одного предмета: посмотрите внимательно</translation>
    </message>
    <message>
        <source>Choose whether the item matches or differs.</source>
        <translation>Выберите, соответствует предмет или отличается.</translation>
    </message>
</context>
<context>
    <name>ConclusionPanel</name>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Texts of the documents…</source>
        <translation>Тексты документов…</translation>
    </message>
    <message>
        <source>The purpose and the applicant&apos;s occupation in Kazakh and in Russian, as the documents print them</source>
        <translation>Цель вывоза и род занятий заявителя на казахском и русском языках, как их печатают документы</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Подготовить проект заключения</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Предпросмотр документа</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <source>Return act</source>
        <translation>Акт возврата</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>на подписании</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation>заменено исправленным документом</translation>
    </message>
    <message>
        <source>closed: the items are back</source>
        <translation>закрыто: предметы возвращены</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>Заключения пока нет.</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Подписи: %1</translation>
    </message>
    <message>
        <source>Identification annex: item %1 (%2): %3</source>
        <translation>Идентификационное приложение: предмет %1 (%2): %3</translation>
    </message>
    <message>
        <source>Drafting the conclusion…</source>
        <translation>Готовится проект заключения…</translation>
    </message>
    <message>
        <source>Conclusion %1 drafted; the members sign first, the chairperson last.</source>
        <translation>Проект заключения %1 подготовлен; сначала подписывают члены комиссии, последним — председатель.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Signed. %1 is %2.</source>
        <translation>Подписано. %1: %2.</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>Не подписано. %1</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Невозможно записать файл (%1).</translation>
    </message>
    <message>
        <source>%1: no signatures yet</source>
        <translation>%1: подписей пока нет</translation>
    </message>
    <message>
        <source>Conclusions, refusal letters, return acts and the certificate</source>
        <translation>Заключения, мотивированные отказы, акты возврата и свидетельство</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>%1 · not signed yet: %2</source>
        <translation>%1 · ещё не подписано: %2</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Тем временем сохранено другим пользователем</translation>
    </message>
    <message>
        <source>you started a new record</source>
        <translation>вы начали новую запись</translation>
    </message>
    <message>
        <source>you opened version %1</source>
        <translation>вы открыли версию %1</translation>
    </message>
    <message>
        <source>%1 saved this record (version %2) at %3, after %4. Compare the two versions: the differences are marked.</source>
        <translation>%1 сохранил(а) эту запись (версия %2) в %3, после того как %4. Сравните две версии: различия отмечены.</translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation>Показать только различия</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Обе версии, поле за полем</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Сохранил(а): %1</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Оставить мою (сохранить поверх чужой)</translation>
    </message>
    <message>
        <source>Take theirs (discard mine)</source>
        <translation>Взять чужую (отказаться от моей)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation>Здесь версии различаются</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Page to crop</source>
        <translation>Страница для обрезки</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Drag a rectangle over the part of the page to keep.</source>
        <translation>Выделите прямоугольником часть страницы, которую нужно оставить.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Обрезать</translation>
    </message>
    <message>
        <source>No area chosen yet.</source>
        <translation>Область ещё не выбрана.</translation>
    </message>
    <message>
        <source>Keep %1 × %2 pixels</source>
        <translation>Оставить %1 × %2 пикселей</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message numerus="yes">
        <source>%1 (overdue by %n working day(s))</source>
        <translation>
            <numerusform>%1 (просрочено на %n рабочий день)</numerusform>
            <numerusform>%1 (просрочено на %n рабочих дня)</numerusform>
            <numerusform>%1 (просрочено на %n рабочих дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (срок сегодня)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) left)</source>
        <translation>
            <numerusform>%1 (остался %n рабочий день)</numerusform>
            <numerusform>%1 (осталось %n рабочих дня)</numerusform>
            <numerusform>%1 (осталось %n рабочих дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preliminary: %1</source>
        <translation>Предв. экспертиза: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDate</name>
    <message>
        <source>Date of the commission&apos;s decision:</source>
        <translation>Дата решения комиссии:</translation>
    </message>
    <message>
        <source>Date of the commission&apos;s decision</source>
        <translation>Дата решения комиссии</translation>
    </message>
    <message>
        <source>Set the date</source>
        <translation>Установить дату</translation>
    </message>
    <message>
        <source>%1 is dated %2.</source>
        <translation>Заключение %1 датировано %2.</translation>
    </message>
</context>
<context>
    <name>DocumentBanner</name>
    <message>
        <source>State of the document</source>
        <translation>Состояние документа</translation>
    </message>
    <message>
        <source>Draft: nobody has signed it yet.</source>
        <translation>Проект: его ещё никто не подписал.</translation>
    </message>
    <message>
        <source>Being signed: %1 of %2 signatures; still to sign: %3.</source>
        <translation>На подписании: подписей %1 из %2; ещё должны подписать: %3.</translation>
    </message>
    <message>
        <source>Superseded by a correction: this document is no longer in force.</source>
        <translation>Документ заменён исправленным: он больше не действует.</translation>
    </message>
    <message>
        <source>Cancelled: this document is not in force.</source>
        <translation>Документ отменён: он не действует.</translation>
    </message>
    <message>
        <source>Signed, but not every signature holds: press Verify for the details.</source>
        <translation>Документ подписан, но не все подписи верны: подробности — по кнопке «Проверить».</translation>
    </message>
    <message>
        <source>Signed by everyone; checking the signatures…</source>
        <translation>Документ подписан всеми; подписи проверяются…</translation>
    </message>
    <message>
        <source>Signed by everyone; the signatures could not be checked.</source>
        <translation>Документ подписан всеми; подписи проверить не удалось.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds. The export is closed: the items are back.</source>
        <translation>Документ подписан и действителен: все подписи верны. Вывоз закрыт: предметы возвращены.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds.</source>
        <translation>Документ подписан и действителен: все подписи верны.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>Сканы и фотографии (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>Изображения JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation>Изображения TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) stored, the rest not imported.</source>
        <translation>
            <numerusform>Отменено: сохранён %n файл, остальные не импортированы.</numerusform>
            <numerusform>Отменено: сохранено %n файла, остальные не импортированы.</numerusform>
            <numerusform>Отменено: сохранено %n файлов, остальные не импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored</source>
        <translation>
            <numerusform>Сохранена %n страница</numerusform>
            <numerusform>Сохранено %n страницы</numerusform>
            <numerusform>Сохранено %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n file(s).</source>
        <translation>
            <numerusform> из %n файла.</numerusform>
            <numerusform> из %n файлов.</numerusform>
            <numerusform> из %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n файл не импортирован.</numerusform>
            <numerusform>%n файла не импортированы.</numerusform>
            <numerusform>%n файлов не импортированы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Страницы документов</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import scans, photos and PDFs (or drop files here)</source>
        <translation>Импорт сканов, фотографий и PDF (или перетащите файлы сюда)</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>С&amp;канировать…</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Повернуть &amp;влево</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn counter-clockwise</source>
        <translation>Повернуть страницу на четверть оборота против часовой стрелки</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Повернуть в&amp;право</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn clockwise</source>
        <translation>Повернуть страницу на четверть оборота по часовой стрелке</translation>
    </message>
    <message>
        <source>&amp;Crop…</source>
        <translation>&amp;Обрезать…</translation>
    </message>
    <message>
        <source>Keep only a part of the page</source>
        <translation>Оставить только часть страницы</translation>
    </message>
    <message>
        <source>Des&amp;kew</source>
        <translation>Вы&amp;ровнять</translation>
    </message>
    <message>
        <source>Straighten a crooked scan</source>
        <translation>Выровнять перекошенный скан</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>Отт&amp;енки серого</translation>
    </message>
    <message>
        <source>Turn a colour scan into shades of grey</source>
        <translation>Перевести цветной скан в оттенки серого</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>Сдвинуть ра&amp;ньше</translation>
    </message>
    <message>
        <source>Move the page one place earlier</source>
        <translation>Переместить страницу на одно место раньше</translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation>Сдвинуть по&amp;зже</translation>
    </message>
    <message>
        <source>Move the page one place later</source>
        <translation>Переместить страницу на одно место позже</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the page (%1)</source>
        <translation>Удалить страницу (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Kind of page</source>
        <translation>&amp;Вид страницы</translation>
    </message>
    <message>
        <source>Say what the page is: form, identity document, photo or other</source>
        <translation>Указать, что это за страница: бланк, удостоверение личности, фотография или другое</translation>
    </message>
    <message>
        <source>Scan paper documents into this application</source>
        <translation>Отсканировать бумажные документы в это заявление</translation>
    </message>
    <message>
        <source>Scanning is not available. %1</source>
        <translation>Сканирование недоступно. %1</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>No pages yet. Import files (Ctrl+I), scan, or drop files here.</source>
        <translation>Страниц пока нет. Импортируйте файлы (Ctrl+I), отсканируйте или перетащите файлы сюда.</translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation>Страниц пока нет.</translation>
    </message>
    <message>
        <source>This page was changed by someone else meanwhile; the pages have been reloaded. Look at it again and repeat the change if it is still needed.</source>
        <translation>Тем временем эту страницу изменил кто-то другой; страницы загружены заново. Посмотрите на неё ещё раз и повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>Import scans and photos</source>
        <translation>Импорт сканов и фотографий</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)</source>
        <translation>Импорт %1 (файл %2 из %3)</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) stored.</source>
        <translation>
            <numerusform>Сохранена %n отсканированная страница.</numerusform>
            <numerusform>Сохранено %n отсканированные страницы.</numerusform>
            <numerusform>Сохранено %n отсканированных страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>On %2 the commission has %1 chairpersons; exactly one is needed to sign. Ask the administrator to set the commission&apos;s seats.</source>
        <translation>На %2 в комиссии председателей: %1; для подписания нужен ровно один. Попросите администратора задать состав комиссии.</translation>
    </message>
    <message>
        <source>A conclusion is drafted once the examination of application %1 is finished.</source>
        <translation>Проект заключения готовится после завершения экспертизы по заявлению %1.</translation>
    </message>
    <message>
        <source>A refusal needs at least one reason.</source>
        <translation>Для отказа нужна хотя бы одна причина.</translation>
    </message>
    <message>
        <source>Application %1 is not refused.</source>
        <translation>По заявлению %1 отказа не было.</translation>
    </message>
    <message>
        <source>Application %1 has its refusal letter already.</source>
        <translation>Мотивированный отказ по заявлению %1 уже составлен.</translation>
    </message>
    <message>
        <source>Say what the correction corrects.</source>
        <translation>Укажите, что именно исправляется.</translation>
    </message>
    <message>
        <source>%1 is not an issued conclusion.</source>
        <translation>%1 — не выданное заключение.</translation>
    </message>
    <message>
        <source>%1 has no IIN on record; the administrator must add it before they can sign.</source>
        <translation>У пользователя %1 не указан ИИН; чтобы подписывать, администратор должен его внести.</translation>
    </message>
    <message>
        <source>%1 takes no more signatures.</source>
        <translation>%1 больше нельзя подписать.</translation>
    </message>
    <message>
        <source>You are not among those who sign %1.</source>
        <translation>Вы не входите в число подписывающих %1.</translation>
    </message>
    <message>
        <source>You have signed %1 already.</source>
        <translation>Вы уже подписали %1.</translation>
    </message>
    <message>
        <source>The chairperson signs last; still to sign: %1.</source>
        <translation>Председатель подписывает последним; ещё должны подписать: %1.</translation>
    </message>
    <message>
        <source>A return act closes an agreed export that is still open; application %1 is not one.</source>
        <translation>Акт возврата составляется по открытому согласованному вывозу, а заявление %1 к таким не относится.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted already.</source>
        <translation>Акт возврата %1 уже составлен.</translation>
    </message>
    <message>
        <source>Say why the act is cancelled.</source>
        <translation>Укажите, почему акт аннулируется.</translation>
    </message>
    <message>
        <source>%1 is not a return act being signed.</source>
        <translation>%1 — не акт возврата, находящийся на подписании.</translation>
    </message>
    <message>
        <source>The return act of %1 cannot be drafted yet:</source>
        <translation>Акт возврата по %1 пока нельзя составить:</translation>
    </message>
    <message>
        <source>Item %1 «%2» has not come back.</source>
        <translation>Предмет %1 «%2» не вернулся.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no return examination.</source>
        <translation>У предмета %1 «%2» нет осмотра при возврате.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no photo taken on return.</source>
        <translation>У предмета %1 «%2» нет фотографии, сделанной при возврате.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no verdict.</source>
        <translation>По предмету %1 «%2» нет вывода.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Kazakh.</source>
        <translation>Предмет %1 «%2»: примечание о возврате не написано на казахском языке.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Russian.</source>
        <translation>Предмет %1 «%2»: примечание о возврате не написано на русском языке.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Kazakh.</source>
        <translation>Предмет %1 «%2»: документ об утрате не написан на казахском языке.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Russian.</source>
        <translation>Предмет %1 «%2»: документ об утрате не написан на русском языке.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Kazakh.</source>
        <translation>Предмет %1 «%2»: примечание к проверке возврата не написано на казахском языке.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Russian.</source>
        <translation>Предмет %1 «%2»: примечание к проверке возврата не написано на русском языке.</translation>
    </message>
    <message>
        <source>Tick the items that came back.</source>
        <translation>Отметьте вернувшиеся предметы.</translation>
    </message>
    <message>
        <source>Say who presented the items.</source>
        <translation>Укажите, кто представил предметы.</translation>
    </message>
    <message>
        <source>Say where the items were presented.</source>
        <translation>Укажите, где представлены предметы.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and the place %2.</source>
        <translation>Имя может содержать не более %1 символов, место — %2.</translation>
    </message>
    <message>
        <source>Name the document that records the loss: its number, date and issuer.</source>
        <translation>Укажите документ об утрате: номер, дату и кем выдан.</translation>
    </message>
    <message>
        <source>Say how the returned item differs from the one examined.</source>
        <translation>Укажите, чем вернувшийся предмет отличается от осмотренного.</translation>
    </message>
    <message>
        <source>A lost item has no return check.</source>
        <translation>Утраченный предмет не проверяется при возврате.</translation>
    </message>
    <message>
        <source>Record the return examination of the item first (Examination tab).</source>
        <translation>Сначала запишите осмотр предмета при возврате (вкладка «Экспертиза»).</translation>
    </message>
    <message>
        <source>The export of %1 is closed by its return act.</source>
        <translation>Вывоз по %1 закрыт актом возврата.</translation>
    </message>
    <message>
        <source>Application %1 is not an agreed export.</source>
        <translation>Заявление %1 не является согласованным вывозом.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted: cancel it (Return tab) before changing the returns or their check.</source>
        <translation>Акт возврата %1 составлен: аннулируйте его (вкладка «Возврат»), прежде чем менять возвраты или их проверку.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 — дата в будущем.</translation>
    </message>
    <message>
        <source>%1 is before the export began (%2).</source>
        <translation>%1 — раньше начала вывоза (%2).</translation>
    </message>
    <message>
        <source>The return of item(s) %1 is registered already.</source>
        <translation>Возврат уже зарегистрирован для предметов: %1.</translation>
    </message>
    <message>
        <source>Item %1 has not come back yet: register its return first.</source>
        <translation>Предмет %1 ещё не вернулся: сначала зарегистрируйте его возврат.</translation>
    </message>
    <message>
        <source>The conclusion cannot be drafted yet: these documents have no scanned page. Scan them, or the chairperson may override with a written reason:</source>
        <translation>Проект заключения пока нельзя подготовить: у этих документов нет отсканированных страниц. Отсканируйте их, или председатель может разрешить обойтись без них, письменно указав причину:</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation>Подпись не поставлена: %1</translation>
    </message>
    <message>
        <source>The signing process stopped before it answered; try again.</source>
        <translation>Процесс подписания остановился, не дав ответа; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document (%1).</source>
        <translation>Файл не является читаемым PDF-документом (%1).</translation>
    </message>
    <message>
        <source>The PDF has %1 revisions, more than the %2 a signed document can have; it was not verified.</source>
        <translation>В PDF %1 редакций — больше, чем %2, возможных у подписанного документа; файл не проверялся.</translation>
    </message>
    <message>
        <source>The PDF has %1 signatures, more than the %2 a signed document can have; it was not verified.</source>
        <translation>В PDF %1 подписей — больше, чем %2, возможных у подписанного документа; файл не проверялся.</translation>
    </message>
    <message>
        <source>The PDF&apos;s objects are nested too deeply to be read safely.</source>
        <translation>Объекты PDF вложены друг в друга слишком глубоко, чтобы их можно было безопасно прочитать.</translation>
    </message>
    <message>
        <source>Checking the PDF&apos;s signatures took too long; it was not verified.</source>
        <translation>Проверка подписей PDF заняла слишком много времени; файл не проверен.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2</source>
        <translation>Файл ключа %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>Неверный пароль к %1.</translation>
    </message>
    <message>
        <source>The token %1 cannot be used.</source>
        <translation>Токен %1 нельзя использовать.</translation>
    </message>
    <message>
        <source>The token library (PKCS#11) %1 cannot be loaded.</source>
        <translation>Не удалось загрузить библиотеку токена (PKCS#11) %1.</translation>
    </message>
    <message>
        <source>No token labelled %1 is connected.</source>
        <translation>Токен с меткой %1 не подключён.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is wrong.</source>
        <translation>Неверный PIN-код токена %1.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is locked.</source>
        <translation>PIN-код токена %1 заблокирован.</translation>
    </message>
    <message>
        <source>Token %1 has no single signing key with its certificate.</source>
        <translation>На токене %1 нет единственного ключа подписи с сертификатом.</translation>
    </message>
    <message>
        <source>NCALayer did not sign: %1</source>
        <translation>NCALayer не подписал: %1</translation>
    </message>
    <message>
        <source>NCALayer is not running on this computer: start it (it listens at %1) and try again.</source>
        <translation>NCALayer не запущен на этом компьютере: запустите его (он слушает %1) и повторите.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer.</source>
        <translation>Подписание отменено в NCALayer.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Срок действия сертификата %1 истёк %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>Сертификат %1 действует только с %2.</translation>
    </message>
    <message>
        <source>This is the login key of %1 (AUTH_RSA256_….p12), which may not sign documents. Choose the signing key instead: the file named RSA256_….p12 or GOSTKNCA_….p12.</source>
        <translation>Это ключ для входа %1 (AUTH_RSA256_….p12), им нельзя подписывать документы. Выберите вместо него ключ подписи: файл с именем RSA256_….p12 или GOSTKNCA_….p12.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing documents: its key usage (%2) lacks non-repudiation.</source>
        <translation>Сертификат %1 не предназначен для подписи документов: в назначении ключа (%2) нет non-repudiation (неотрекаемости).</translation>
    </message>
    <message>
        <source>This is the certificate of a certification authority (%1), not a person&apos;s key.</source>
        <translation>Это сертификат удостоверяющего центра (%1), а не ключ физического лица.</translation>
    </message>
    <message>
        <source>The key of %1 is a %2 key, which this program cannot use from a file: sign through NCALayer.</source>
        <translation>Ключ %1 — ключ %2, его эта программа не может использовать из файла: подпишите через NCALayer.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for IIN %2, but the signer&apos;s IIN on record is %3.</source>
        <translation>Сертификат %1 выдан на ИИН %2, а у подписывающего в системе записан ИИН %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is revoked.</source>
        <translation>Сертификат %1 отозван.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 cannot be validated.</source>
        <translation>Не удалось проверить цепочку сертификатов %1.</translation>
    </message>
    <message>
        <source>The final signature (field %1) locked the document; it takes no further signature.</source>
        <translation>Последняя подпись (поле %1) заблокировала документ; больше подписей он не принимает.</translation>
    </message>
    <message>
        <source>The signature field %1 cannot be placed.</source>
        <translation>Не удалось разместить поле подписи %1.</translation>
    </message>
    <message>
        <source>The signature field %1 is signed already.</source>
        <translation>Поле подписи %1 уже подписано.</translation>
    </message>
    <message>
        <source>The final signature&apos;s field %1 was laid out without a lock: draft the document again.</source>
        <translation>Поле последней подписи %1 размещено без блокировки: подготовьте документ заново.</translation>
    </message>
    <message>
        <source>Signed without a timestamp: the time-stamp service %1 did not answer (no internet?). The signature is valid; its time is the one this computer gave.</source>
        <translation>Подписано без метки времени: служба меток времени %1 не ответила (нет интернета?). Подпись действительна; её время — то, которое показал этот компьютер.</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a timestamp.</source>
        <translation>Служба меток времени %1 не выдала метку времени.</translation>
    </message>
    <message>
        <source>There is no refusal ground «%1»; the grounds are: %2.</source>
        <translation>Основания отказа «%1» нет; есть такие основания: %2.</translation>
    </message>
    <message>
        <source>Say what the other ground of the refusal is.</source>
        <translation>Укажите, в чём состоит иное основание отказа.</translation>
    </message>
    <message>
        <source>The reasons of a refusal may have at most %1 characters.</source>
        <translation>Обоснование отказа может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: its examination records can change only while it is under examination.</source>
        <translation>Заявление %1 в статусе «%2»: записи экспертизы можно менять, только пока заявление на экспертизе.</translation>
    </message>
    <message>
        <source>You may save only your own opinion; this one is by %1.</source>
        <translation>Сохранять можно только своё мнение; автор этого мнения — %1.</translation>
    </message>
    <message>
        <source>The form&apos;s draft cannot be stored.</source>
        <translation>Черновик формы невозможно сохранить.</translation>
    </message>
    <message>
        <source>The form&apos;s draft is too long to keep: at most %1 characters.</source>
        <translation>Черновик формы слишком длинный для сохранения: не более %1 символов.</translation>
    </message>
    <message>
        <source>The examination cannot be finished yet; the agreed results lack:</source>
        <translation>Экспертизу пока нельзя завершить; в согласованных результатах не хватает:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: no agreed result.</source>
        <translation>Предмет %1 «%2»: нет согласованного результата.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3.</source>
        <translation>Предмет %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>The documents are issued in Kazakh and in Russian, and some of their texts are not written in both yet:</source>
        <translation>Документы выдаются на казахском и русском языках, а некоторые их тексты ещё не записаны на обоих:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Kazakh.</source>
        <translation>Предмет %1 «%2»: в поле «%3» нет текста на казахском.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Russian.</source>
        <translation>Предмет %1 «%2»: в поле «%3» нет текста на русском.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Kazakh.</source>
        <translation>Тексты заявления (вкладка «Заключение», «Тексты документов…»): в поле «%3» нет текста на казахском.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Russian.</source>
        <translation>Тексты заявления (вкладка «Заключение», «Тексты документов…»): в поле «%3» нет текста на русском.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: «%4» is not a term of the vocabulary; choose one.</source>
        <translation>Предмет %1 «%2»: %3: «%4» — не термин словаря; выберите термин из словаря.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: the term %4 is not in the vocabulary.</source>
        <translation>Предмет %1 «%2»: %3: термина %4 нет в словаре.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a vocabulary file.</source>
        <translation>%1 не удаётся прочитать как файл словаря.</translation>
    </message>
    <message>
        <source>%1: a term needs a code and its Kazakh, Russian and English text, nothing else.</source>
        <translation>%1: у термина должны быть код и текст на казахском, русском и английском языках, и ничего больше.</translation>
    </message>
    <message>
        <source>%1: the code «%2» must be 2 to 48 small Latin letters, digits or _, starting with a letter.</source>
        <translation>%1: код «%2» должен начинаться с буквы и состоять из 2–48 строчных латинских букв, цифр или _.</translation>
    </message>
    <message>
        <source>%1: the term %2 needs its text in %3, one line of at most 200 characters.</source>
        <translation>%1: у термина %2 нет текста на языке %3 (одна строка не длиннее 200 знаков).</translation>
    </message>
    <message>
        <source>Unknown kind of term: %1. The kinds are object_type, material and technique.</source>
        <translation>Неизвестный вид термина: %1. Виды: object_type, material и technique.</translation>
    </message>
    <message>
        <source>The %1 code %2 is taken already.</source>
        <translation>Код %2 вида %1 уже занят.</translation>
    </message>
    <message>
        <source>The %1 «%2» is the term %3 already.</source>
        <translation>Текст «%2» вида %1 уже есть у термина %3.</translation>
    </message>
    <message>
        <source>No term to add.</source>
        <translation>Нет терминов для добавления.</translation>
    </message>
    <message>
        <source>It is decided but has no issued conclusion.</source>
        <translation>По заявлению принято решение, но выданного заключения нет.</translation>
    </message>
    <message>
        <source>Its issued conclusion does not say what its status says.</source>
        <translation>Выданное заключение не соответствует статусу заявления.</translation>
    </message>
    <message>
        <source>It is refused but has no refusal letter.</source>
        <translation>По заявлению отказано, но письма об отказе нет.</translation>
    </message>
    <message>
        <source>It is closed but has no signed return act.</source>
        <translation>Заявление закрыто, но подписанного акта возврата нет.</translation>
    </message>
    <message>
        <source>It has the certificate %1, though its export is not agreed.</source>
        <translation>У заявления есть свидетельство %1, хотя вывоз не согласован.</translation>
    </message>
    <message>
        <source>It is closed, but its certificate %1 is neither closed nor cancelled.</source>
        <translation>Заявление закрыто, но его свидетельство %1 не закрыто и не аннулировано.</translation>
    </message>
    <message>
        <source>Its status does not allow the conclusion %1, which is being drafted or signed.</source>
        <translation>Статус заявления не допускает заключения %1, которое составляется или подписывается.</translation>
    </message>
    <message>
        <source>Its status says a conclusion is being drafted or signed, but none is.</source>
        <translation>По статусу заключение составляется или подписывается, но такого заключения нет.</translation>
    </message>
    <message>
        <source>%1 is issued, but %2 has not signed it.</source>
        <translation>%1 выдано, но %2 его не подписал(а).</translation>
    </message>
    <message>
        <source>%1 has no document in «%2».</source>
        <translation>У %1 нет документа на языке «%2».</translation>
    </message>
    <message>
        <source>It is closed, but item %1 has no checked return.</source>
        <translation>Заявление закрыто, но возврат предмета %1 не проверен.</translation>
    </message>
    <message>
        <source>Its examination records are incomplete: %1.</source>
        <translation>Записи экспертизы неполны: %1.</translation>
    </message>
    <message>
        <source>The stored file %1 it refers to is missing.</source>
        <translation>Сохранённого файла %1, на который есть ссылка, нет.</translation>
    </message>
    <message>
        <source>The stored file %1 is referenced by nothing.</source>
        <translation>На сохранённый файл %1 ничто не ссылается.</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its hash.</source>
        <translation>Сохранённый файл %1 не совпадает со своим хешем.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1: %2</source>
        <translation>Журнал аудита нарушен на событии %1: %2</translation>
    </message>
    <message>
        <source>Its number should read %1.</source>
        <translation>Его номер должен быть %1.</translation>
    </message>
    <message>
        <source>The numbers of %1 skip %2.</source>
        <translation>В номерах %1 пропущены %2.</translation>
    </message>
    <message>
        <source>%1 gives the number %2 twice: %3.</source>
        <translation>В %1 номер %2 выдан дважды: %3.</translation>
    </message>
    <message>
        <source>The counter %1 stands at %2, but the last number given is %3.</source>
        <translation>Счётчик %1 стоит на %2, а последний выданный номер %3.</translation>
    </message>
    <message>
        <source>Its registration is not in the audit journal.</source>
        <translation>Его регистрации нет в журнале аудита.</translation>
    </message>
    <message>
        <source>The step «%1» from «%2» to «%3» in the audit journal is not allowed there.</source>
        <translation>Шаг «%1» из «%2» в «%3» в журнале аудита здесь недопустим.</translation>
    </message>
    <message>
        <source>Its status is «%1», but its steps in the audit journal lead to «%2».</source>
        <translation>Его статус «%1», но шаги в журнале аудита ведут к «%2».</translation>
    </message>
    <message>
        <source>Its deadline %1 differs from the last one in the audit journal, %2.</source>
        <translation>Его срок %1 отличается от последнего в журнале аудита, %2.</translation>
    </message>
    <message>
        <source>Its deadline %1 is not what the calendar gives, %2.</source>
        <translation>Его срок %1 не совпадает с тем, что даёт календарь, %2.</translation>
    </message>
    <message>
        <source>It is decided, but its decision date is %1.</source>
        <translation>Решение принято, но дата решения: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) does not verify: %3</source>
        <translation>%1 (%2) не проходит проверку: %3</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 не удаётся прочитать.</translation>
    </message>
    <message>
        <source>%1 is neither an audit head (NUMBER:HASH) nor a file that records one.</source>
        <translation>%1 — не вершина журнала аудита (НОМЕР:ХЕШ) и не файл, в котором она записана.</translation>
    </message>
    <message>
        <source>No password for %1: set %2 or run the command on a terminal.</source>
        <translation>Нет пароля для %1: задайте %2 или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>No password for the gate login: set %1 or run the command on a terminal.</source>
        <translation>Нет пароля входной учётной записи: задайте %1 или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>Password of the gate login: </source>
        <translation>Пароль входной учётной записи: </translation>
    </message>
    <message>
        <source>%1 must be zero or more.</source>
        <translation>%1 должно быть не меньше нуля.</translation>
    </message>
    <message>
        <source>The database already has users or applications; demo data goes only into an empty database (use --if-empty to skip quietly).</source>
        <translation>В базе данных уже есть пользователи или заявления; демонстрационные данные загружаются только в пустую базу (--if-empty — пропустить без ошибки).</translation>
    </message>
    <message>
        <source>Unknown status «%1»; known statuses: %2.</source>
        <translation>Неизвестный статус «%1»; допустимые статусы: %2.</translation>
    </message>
    <message>
        <source>Give the new password in %1 or run the command on a terminal.</source>
        <translation>Укажите новый пароль в %1 или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The first account of a database must be an administrator.</source>
        <translation>Первая учётная запись базы данных должна быть администратором.</translation>
    </message>
    <message>
        <source>There is no account «%1».</source>
        <translation>Учётной записи «%1» нет.</translation>
    </message>
    <message>
        <source>Unknown region «%1».</source>
        <translation>Неизвестный регион «%1».</translation>
    </message>
    <message>
        <source>--dpi must be %1 to %2.</source>
        <translation>--dpi должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>Registering needs --user NAME (or --check to only check the package).</source>
        <translation>Для регистрации нужен --user ИМЯ (или --check, чтобы только проверить пакет).</translation>
    </message>
    <message>
        <source>%1: request package rejected:
%2</source>
        <translation>%1: пакет заявки отклонён:
%2</translation>
    </message>
    <message>
        <source>%1 has no document in «%2» (it has: %3).</source>
        <translation>У %1 нет документа на языке «%2» (есть: %3).</translation>
    </message>
    <message>
        <source>%1 is not issued: there is no signed result yet.</source>
        <translation>%1 не выдан: подписанного результата ещё нет.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Name the token: --token LABEL or --slot N.</source>
        <translation>Укажите токен: --token МЕТКА или --slot N.</translation>
    </message>
    <message>
        <source>%1 is not a PEM or DER certificate.</source>
        <translation>%1 — не сертификат PEM или DER.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 не читается как PDF.</translation>
    </message>
    <message>
        <source>A CRL file is not a certificate revocation list.</source>
        <translation>Файл CRL не является списком отозванных сертификатов.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Не подписано: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Give a NUMBER and -o FILE.pdf to write a document, or &apos;draft NUMBER&apos; to draft a conclusion.</source>
        <translation>Укажите НОМЕР и -o ФАЙЛ.pdf, чтобы записать документ, или &apos;draft НОМЕР&apos;, чтобы составить заключение.</translation>
    </message>
    <message>
        <source>Say why the day changes: the decree or the reason.</source>
        <translation>Укажите, почему меняется день: постановление или причину.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>Примечание может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>%1 is a day off already.</source>
        <translation>%1 уже выходной день.</translation>
    </message>
    <message>
        <source>%1 is a working day already.</source>
        <translation>%1 уже рабочий день.</translation>
    </message>
    <message>
        <source>%1 has no amendment to withdraw.</source>
        <translation>На %1 нет изменения, которое можно отменить.</translation>
    </message>
    <message>
        <source>Write why the conclusion may be drafted without these documents.</source>
        <translation>Напишите, почему заключение можно составить без этих документов.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>Причина может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Application %1 is decided.</source>
        <translation>По заявлению %1 уже принято решение.</translation>
    </message>
    <message>
        <source>Application %1 lacks no required document.</source>
        <translation>В заявлении %1 есть все обязательные документы.</translation>
    </message>
    <message>
        <source>No quorum: %1 of the %2 members would take part; at least %3 are needed.</source>
        <translation>Нет кворума: участвовали бы %1 из %2 членов комиссии; нужно не менее %3.</translation>
    </message>
    <message>
        <source>%1 is being signed: who takes part is recorded before the first signature.</source>
        <translation>%1 уже подписывается: участники отмечаются до первой подписи.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion.</source>
        <translation>%1 — не заключение.</translation>
    </message>
    <message>
        <source>That member does not sign %1.</source>
        <translation>Этот член комиссии не подписывает %1.</translation>
    </message>
    <message>
        <source>That member is not recorded absent from %1.</source>
        <translation>Этот член комиссии не отмечен отсутствующим по %1.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>This command needs a signed-in user: give --user NAME or set %1.</source>
        <translation>Этой команде нужен вошедший в систему пользователь: укажите --user ИМЯ или задайте %1.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Tell the administrator what you were doing.</source>
        <translation>Произошла непредвиденная ошибка (%1). Сообщите администратору, что вы делали.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; the details are in %1.</source>
        <translation>Непредвиденная ошибка прервала команду; подробности в %1.</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 is missing, so the database cannot be set up. Install the program again.</source>
        <translation>Установка неполна: нет %1, поэтому базу данных нельзя подготовить. Установите программу заново.</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 holds no migration, so the database cannot be set up. Install the program again.</source>
        <translation>Установка неполна: в %1 нет ни одной миграции, поэтому базу данных нельзя подготовить. Установите программу заново.</translation>
    </message>
    <message>
        <source>The database cannot be set up from the migrations in %1: %2</source>
        <translation>Не удаётся подготовить базу данных по миграциям из %1: %2</translation>
    </message>
    <message>
        <source>The database did not reach the schema revision(s) %1 of this program; install the program again.</source>
        <translation>База данных не обновилась до версии схемы %1 этой программы; установите программу заново.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Вашей роли (%1) это действие не разрешено.</translation>
    </message>
    <message>
        <source>There is no step «%1».</source>
        <translation>Шага «%1» не существует.</translation>
    </message>
    <message>
        <source>The step «%1» cannot be taken in the status «%2».</source>
        <translation>Шаг «%1» невозможен в статусе «%2».</translation>
    </message>
    <message>
        <source>The step «%1» needs a stated reason.</source>
        <translation>Для шага «%1» нужно указать причину.</translation>
    </message>
    <message>
        <source>The step «%1» is taken by drafting or signing the conclusion, not on its own.</source>
        <translation>Шаг «%1» не выполняется отдельно: он происходит при подготовке или подписании заключения.</translation>
    </message>
    <message>
        <source>Only an active commission member or the chairperson can be assigned.</source>
        <translation>Назначить можно только действующего члена комиссии или председателя.</translation>
    </message>
    <message>
        <source>Someone else changed application %1 meanwhile: check it and try once more.</source>
        <translation>Тем временем заявление %1 изменил кто-то другой: проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Someone else changed the applicant %1 meanwhile: open it again and repeat your change.</source>
        <translation>Тем временем данные заявителя %1 изменил кто-то другой: откройте их заново и повторите изменение.</translation>
    </message>
    <message>
        <source>Someone else changed page %1 of application %2 meanwhile: look at it again and repeat the change if it is still needed.</source>
        <translation>Тем временем страницу %1 заявления %2 изменил кто-то другой: посмотрите её ещё раз и, если нужно, повторите изменение.</translation>
    </message>
    <message>
        <source>Someone else changed this return meanwhile; it is shown again as it is now.</source>
        <translation>Тем временем этот возврат изменил кто-то другой; он показан заново в нынешнем виде.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment; nothing of your change was saved. Read it again and repeat the change.</source>
        <translation>В тот же момент эту запись сохранил кто-то другой; ваше изменение не сохранено. Откройте запись заново и повторите изменение.</translation>
    </message>
    <message>
        <source>Someone signed %1 meanwhile: sign again (your signature goes after theirs).</source>
        <translation>Тем временем %1 подписал кто-то другой: подпишите ещё раз (ваша подпись встанет после его подписи).</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it: compare the two versions.</source>
        <translation>После того как вы открыли эту запись, её сохранил(а) %1: сравните две версии.</translation>
    </message>
    <message>
        <source>There is no application with the number %1.</source>
        <translation>Заявления с номером %1 нет.</translation>
    </message>
    <message>
        <source>The application (record %1) no longer exists.</source>
        <translation>Заявления (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>Application %1 has no such item (record %2).</source>
        <translation>В заявлении %1 нет такого предмета (запись %2).</translation>
    </message>
    <message>
        <source>There is no applicant with the IIN/BIN %1.</source>
        <translation>Заявителя с ИИН/БИН %1 нет.</translation>
    </message>
    <message>
        <source>The item (record %1) no longer exists.</source>
        <translation>Предмета (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>The page (record %1) no longer exists: it may have been removed meanwhile.</source>
        <translation>Страницы (запись %1) больше нет: возможно, её тем временем удалили.</translation>
    </message>
    <message>
        <source>There is no removed page to restore (record %1).</source>
        <translation>Нет удалённой страницы для восстановления (запись %1).</translation>
    </message>
    <message>
        <source>No return is registered for this item (record %1).</source>
        <translation>Возврат этого предмета не зарегистрирован (запись %1).</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no such examination record to update: it may have been removed meanwhile.</source>
        <translation>У предмета %1 «%2» нет такой записи экспертизы для обновления: возможно, её тем временем удалили.</translation>
    </message>
    <message>
        <source>The conclusion (record %1) no longer exists.</source>
        <translation>Заключения (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>There is no conclusion or refusal letter with the number %1.</source>
        <translation>Нет ни заключения, ни мотивированного отказа с номером %1.</translation>
    </message>
    <message>
        <source>%1 has no document in the language «%2».</source>
        <translation>Документа %1 на языке «%2» нет.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the database.</source>
        <translation>Сохранённого файла %1 нет в базе данных.</translation>
    </message>
    <message>
        <source>The account (record %1) no longer exists.</source>
        <translation>Учётной записи (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Вашей учётной записи больше нет.</translation>
    </message>
    <message>
        <source>This request is registered already as application %1 (received %2); it was not registered again.</source>
        <translation>Этот запрос уже зарегистрирован как заявление %1 (поступило %2); повторно он не зарегистрирован.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly:</source>
        <translation>Некоторые поля заполнены неверно:</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не более %1 символов.</translation>
    </message>
    <message>
        <source>Contains invisible control characters: retype it.</source>
        <translation>Содержит невидимые управляющие символы: наберите заново.</translation>
    </message>
    <message>
        <source>Contains the invisible character %1 (a zero-width or text-direction mark): retype it.</source>
        <translation>Содержит невидимый символ %1 (нулевой ширины или меняющий направление текста): наберите заново.</translation>
    </message>
    <message>
        <source>Cannot be before %1, when the commission&apos;s rules took effect.</source>
        <translation>Не может быть раньше %1: с этого дня действуют правила комиссии.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the IIN (%1).</source>
        <translation>Не совпадает с датой рождения в ИИН (%1).</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Choose a country other than Kazakhstan.</source>
        <translation>Выберите страну, отличную от Казахстана.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Не может быть в будущем.</translation>
    </message>
    <message>
        <source>Cannot be earlier than %1.</source>
        <translation>Не может быть раньше %1.</translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>Must be more than 0 and at most %1.</source>
        <translation>Должно быть больше 0 и не больше %1.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Too many entries: at most %1.</source>
        <translation>Слишком много записей: не более %1.</translation>
    </message>
    <message>
        <source>Page %1 is linked twice.</source>
        <translation>Страница %1 связана дважды.</translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation>Не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation>Страницы %1 не существует.</translation>
    </message>
    <message>
        <source>Page %1 belongs to another application.</source>
        <translation>Страница %1 относится к другому заявлению.</translation>
    </message>
    <message>
        <source>Page %1 was removed.</source>
        <translation>Страница %1 удалена.</translation>
    </message>
    <message>
        <source>The number must have 12 digits.</source>
        <translation>Номер должен состоять из 12 цифр.</translation>
    </message>
    <message>
        <source>The number must contain digits only.</source>
        <translation>Номер должен содержать только цифры.</translation>
    </message>
    <message>
        <source>The check digit does not match: look for a typing error.</source>
        <translation>Контрольная цифра не совпадает: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>This is not a valid number: no check digit fits it.</source>
        <translation>Это недействительный номер: ему не подходит ни одна контрольная цифра.</translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation>Первые шесть цифр не образуют допустимую дату рождения.</translation>
    </message>
    <message>
        <source>The 7th digit (century and sex) must be from 1 to 6.</source>
        <translation>7-я цифра (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>Digits 3 and 4 must be the month of registration.</source>
        <translation>3-я и 4-я цифры должны быть месяцем регистрации.</translation>
    </message>
    <message>
        <source>The 5th digit must be the entity type (4, 5 or 6).</source>
        <translation>5-я цифра должна обозначать тип юридического лица (4, 5 или 6).</translation>
    </message>
    <message>
        <source>The 6th digit must be the division (0 to 3).</source>
        <translation>6-я цифра должна обозначать признак подразделения (от 0 до 3).</translation>
    </message>
    <message>
        <source>An application is refused together with its refusal letter, not by the step alone.</source>
        <translation>Отказ по заявлению оформляется вместе с мотивированным отказом, а не отдельным шагом.</translation>
    </message>
    <message>
        <source>A refusal needs its ground.</source>
        <translation>Для отказа нужно указать основание.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: файл пуст.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — папка, а не файл.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe, a device or a socket); it was not opened.</source>
        <translation>%1 — не обычный файл (канал, устройство или сокет); он не открывался.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the limit of %3 MB.</source>
        <translation>%1: размер файла %2 МБ, это больше предела в %3 МБ.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: не удаётся прочитать файл (%2).</translation>
    </message>
    <message>
        <source>%1: the format is not known; accepted are %2.</source>
        <translation>%1: неизвестный формат; принимаются: %2.</translation>
    </message>
    <message>
        <source>%1: the image is too large to open safely.</source>
        <translation>%1: изображение слишком велико, чтобы безопасно его открыть.</translation>
    </message>
    <message>
        <source>%1: the image is %2×%3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>%1: изображение %2×%3 пикселей (%4 мегапикселей) — больше предела в %5 мегапикселей.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to open the image.</source>
        <translation>%1: не хватает памяти, чтобы открыть изображение.</translation>
    </message>
    <message>
        <source>%1: the image is cut off (the file is incomplete).</source>
        <translation>%1: изображение обрезано (файл неполный).</translation>
    </message>
    <message>
        <source>%1: the image data is damaged (%2).</source>
        <translation>%1: данные изображения повреждены (%2).</translation>
    </message>
    <message>
        <source>%1: the TIFF has %2 pages, more than the limit of %3.</source>
        <translation>%1: в TIFF %2 стр., больше предела в %3.</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>%1: PDF защищён паролем; сохраните незащищённую копию и импортируйте её.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or not a PDF (%2).</source>
        <translation>%1: PDF повреждён или это не PDF (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: в PDF нет страниц.</translation>
    </message>
    <message>
        <source>%1: the PDF has %2 pages, more than the limit of %3.</source>
        <translation>%1: в PDF %2 стр., больше предела в %3.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF cannot be drawn (%3).</source>
        <translation>%1: страницу %2 PDF невозможно отобразить (%3).</translation>
    </message>
    <message>
        <source>%1 could not be stored (%2).</source>
        <translation>%1 не удалось сохранить (%2).</translation>
    </message>
    <message>
        <source>Application %1 is decided (%2): its documents can no longer change.</source>
        <translation>По заявлению %1 принято решение (%2): его документы больше нельзя менять.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: photos of returned items are added while its agreed export is open.</source>
        <translation>Заявление %1 в статусе «%2»: фотографии вернувшихся предметов добавляются, пока согласованный вывоз не закрыт.</translation>
    </message>
    <message>
        <source>There is no kind of page «%1» (known: %2).</source>
        <translation>Вида страниц «%1» нет (известные: %2).</translation>
    </message>
    <message>
        <source>Page %1 is a photo of a returned item; its kind cannot be changed.</source>
        <translation>Страница %1 — фотография возвращённого предмета; её вид изменить нельзя.</translation>
    </message>
    <message>
        <source>Page %1 never had this image; it cannot be shown again.</source>
        <translation>У страницы %1 не было такого изображения; вернуть его нельзя.</translation>
    </message>
    <message>
        <source>The resolution must be %1 to %2 dpi, not %3.</source>
        <translation>Разрешение должно быть от %1 до %2 dpi, а не %3.</translation>
    </message>
    <message>
        <source>Position %1 is outside the pages 1 to %2.</source>
        <translation>Позиция %1 вне диапазона страниц от 1 до %2.</translation>
    </message>
    <message>
        <source>A page turns by 90, 180 or 270 degrees, not %1.</source>
        <translation>Страницу можно повернуть на 90, 180 или 270 градусов, а не на %1.</translation>
    </message>
    <message>
        <source>A crop frame has four numbers: left, top, right, bottom.</source>
        <translation>Рамка обрезки задаётся четырьмя числами: слева, сверху, справа, снизу.</translation>
    </message>
    <message>
        <source>The crop frame reaches outside the page.</source>
        <translation>Рамка обрезки выходит за пределы страницы.</translation>
    </message>
    <message>
        <source>The crop frame is smaller than %1×%1 pixels.</source>
        <translation>Рамка обрезки меньше %1×%1 пикселей.</translation>
    </message>
    <message>
        <source>The page is already in shades of gray.</source>
        <translation>Страница уже в оттенках серого.</translation>
    </message>
    <message>
        <source>The page is turned by %1°, more than the ±%2° straightening corrects: rotate it first.</source>
        <translation>Страница повёрнута на %1°, а выравнивание исправляет не больше ±%2°: сначала поверните её.</translation>
    </message>
    <message>
        <source>The stored image of this page cannot be opened (%1).</source>
        <translation>Сохранённое изображение этой страницы невозможно открыть (%1).</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged: its contents no longer match their checksum. Restore it from a backup.</source>
        <translation>Сохранённый файл %1 повреждён: его содержимое больше не совпадает с контрольной суммой. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>Scanning needs the python-sane package and the SANE library (libsane1): %1</source>
        <translation>Для сканирования нужны пакет python-sane и библиотека SANE (libsane1): %1</translation>
    </message>
    <message>
        <source>The SANE library could not start: %1</source>
        <translation>Библиотеку SANE не удалось запустить: %1</translation>
    </message>
    <message>
        <source>The scanners cannot be listed: %1</source>
        <translation>Не удаётся получить список сканеров: %1</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer this setting (it offers: %2).</source>
        <translation>Сканер %1 не поддерживает эту настройку (доступно: %2).</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder.</source>
        <translation>У сканера %1 нет автоподатчика документов.</translation>
    </message>
    <message>
        <source>The scanner %1 scans at %2 dpi, not at %3.</source>
        <translation>Сканер %1 сканирует с разрешением %2 dpi, а не %3.</translation>
    </message>
    <message>
        <source>The scanner %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть сканер %1: %2</translation>
    </message>
    <message>
        <source>The scanner %1 refused the settings: %2</source>
        <translation>Сканер %1 не принял настройки: %2</translation>
    </message>
    <message>
        <source>The document feeder of %1 is empty: put the pages in and scan again.</source>
        <translation>Автоподатчик сканера %1 пуст: вложите страницы и отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>Сканер %1 сообщил о неполадке: %2</translation>
    </message>
    <message>
        <source>Page %1 could not be read from the scanner: %2</source>
        <translation>Не удалось считать страницу %1 со сканера: %2</translation>
    </message>
    <message>
        <source>OCR is not installed (missing: %1): the pages are stored without their text.</source>
        <translation>Распознавание текста (OCR) не установлено (нет: %1): страницы сохранены без текста.</translation>
    </message>
    <message>
        <source>The text of the page could not be read: %1</source>
        <translation>Не удалось распознать текст страницы: %1</translation>
    </message>
    <message>
        <source>The text of the page could not be read in %1 seconds.</source>
        <translation>Текст страницы не удалось распознать за %1 с.</translation>
    </message>
    <message>
        <source>Application %1 has no scanned pages.</source>
        <translation>В заявлении %1 нет отсканированных страниц.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins. Try again in %1 minutes.</source>
        <translation>Учётная запись заблокирована после нескольких неудачных попыток входа. Повторите попытку через %1 мин.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите полное имя.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Имя пользователя длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The user name contains invisible characters: retype it.</source>
        <translation>Имя пользователя содержит невидимые символы: наберите его заново.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones: choose another.</source>
        <translation>Этот пароль — один из самых распространённых: выберите другой.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The IIN is not valid:</source>
        <translation>ИИН недействителен:</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Первая учётная запись должна принадлежать администратору.</translation>
    </message>
    <message>
        <source>The database has accounts already.</source>
        <translation>В базе данных уже есть учётные записи.</translation>
    </message>
    <message>
        <source>This shared database gives each person their own login: its first administrator is created by the database&apos;s owner (users add).</source>
        <translation>В этой общей базе данных у каждого свой вход: её первого администратора создаёт владелец базы данных (users add).</translation>
    </message>
    <message>
        <source>The user name «%1» is taken.</source>
        <translation>Имя пользователя «%1» уже занято.</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>Администратор не может отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package postgresql-client).</source>
        <translation>%1 не установлен (пакет Debian postgresql-client).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 завершился с ошибкой: %2</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name.</source>
        <translation>%1 уже существует: выберите новое имя файла.</translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept:</source>
        <translation>Резервная копия не прошла проверку и поэтому не сохранена:</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this application.</source>
        <translation>%1 — не резервная копия этой программы.</translation>
    </message>
    <message>
        <source>%1 does not pass its check, so nothing was restored:</source>
        <translation>%1 не прошла проверку, поэтому ничего не восстановлено:</translation>
    </message>
    <message>
        <source>The database is in use by %1 other session(s) (%2). Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>База данных используется другими сеансами (%1): %2. Закройте все рабочие места и команды, которые с ней работают, и повторите восстановление: ничего не заменено.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>%1 открыт в другой программе. Закройте все рабочие места и команды, которые с ним работают, и повторите восстановление: ничего не заменено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the program (database schema %2): restore it with that version. Nothing was replaced.</source>
        <translation>%1 записан более новой версией программы (схема базы данных %2): восстановите его этой версией. Ничего не заменено.</translation>
    </message>
    <message>
        <source>The restore needs a new database beside the current one, and the server refused it: %1. Nothing was replaced.</source>
        <translation>Для восстановления нужна новая база данных рядом с текущей, а сервер её не создал: %1. Ничего не заменено.</translation>
    </message>
    <message>
        <source>The restored database does not pass its check:</source>
        <translation>Восстановленная база данных не прошла проверку:</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written and nothing was replaced.</source>
        <translation>Отменено: резервная копия не записана, ничего не заменено.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>Проверка целостности SQLite: %1</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its checksum.</source>
        <translation>Сохранённый файл %1 не совпадает со своей контрольной суммой.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1.</source>
        <translation>Журнал аудита нарушен на событии %1.</translation>
    </message>
    <message>
        <source>Event %1 was deleted (the next one is %2).</source>
        <translation>Событие %1 удалено (следующее — %2).</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: events were inserted or deleted here.</source>
        <translation>Событие %1 не следует за предыдущим: здесь события вставлены или удалены.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written.</source>
        <translation>Событие %1 изменено после записи.</translation>
    </message>
    <message>
        <source>Event %1 was changed and the chain computed again: its seal does not match.</source>
        <translation>Событие %1 изменено, а цепочка пересчитана: его печать не совпадает.</translation>
    </message>
    <message>
        <source>Event %1 has no seal: it was added around the program, or its seal was removed.</source>
        <translation>У события %1 нет печати: оно добавлено в обход программы, или его печать удалена.</translation>
    </message>
    <message>
        <source>Event %1 cannot be read: its data is not JSON.</source>
        <translation>Событие %1 не читается: его данные — не JSON.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal.</source>
        <translation>События с %1 по %2 обрезаны с конца журнала.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: this desk saw event %2.</source>
        <translation>События с %1 по %2 обрезаны с конца журнала: это рабочее место видело событие %2.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: %3 witnesses event %2.</source>
        <translation>События с %1 по %2 обрезаны с конца журнала: %3 свидетельствует о событии %2.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event this desk saw.</source>
        <translation>Журнал переписан на событии %1 или раньше: это не то событие, которое видело это рабочее место.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event %2 witnesses.</source>
        <translation>Журнал переписан на событии %1 или раньше: это не то событие, о котором свидетельствует %2.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 не является сертификатом (PEM или DER).</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER).</source>
        <translation>%1 не является списком отозванных сертификатов (PEM или DER).</translation>
    </message>
    <message>
        <source>No imported revocation list has the fingerprint %1.</source>
        <translation>Нет импортированного списка с отпечатком %1.</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority&apos;s.</source>
        <translation>Это не сертификат удостоверяющего центра.</translation>
    </message>
    <message>
        <source>No trusted certificate has the fingerprint %1.</source>
        <translation>Нет доверенного сертификата с отпечатком %1.</translation>
    </message>
    <message>
        <source>The certificates that come with the program (%1) are damaged: install the program again.</source>
        <translation>Сертификаты, поставляемые с программой (%1), повреждены: переустановите программу.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .xlsx or .csv.</source>
        <translation>%1: выберите имя файла с окончанием .xlsx или .csv.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт прерван; файл не записан.</translation>
    </message>
    <message>
        <source>An answer must be 1, 2 or 3, not «%1».</source>
        <translation>Ответ должен быть 1, 2 или 3, а не «%1».</translation>
    </message>
    <message>
        <source>The database refused this change: your role may not make it. Nothing was saved.</source>
        <translation>База данных отклонила это изменение: вашей роли оно не разрешено. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>A SQLite file has no database roles: its owner is trusted.</source>
        <translation>У файла SQLite нет ролей базы данных: его владельцу доверяют.</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost; nothing of this change was saved. Try again.</source>
        <translation>Соединение с базой данных (%1) потеряно; ничего из этого изменения не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change; nothing was saved. Try again.</source>
        <translation>База данных занята изменением другого пользователя; ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database file cannot be written (%1).</source>
        <translation>Невозможно записать файл базы данных (%1).</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>Базу данных невозможно использовать: %1</translation>
    </message>
    <message>
        <source>%1: the request package is rejected; problems found: %2.</source>
        <translation>%1: пакет запроса отклонён; найдено проблем: %2.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a package has at most %2.</source>
        <translation>В файле %1 байт; пакет может быть не больше %2 байт.</translation>
    </message>
    <message>
        <source>Not UTF-8 text (byte %1 cannot be decoded).</source>
        <translation>Не текст UTF-8 (байт %1 не декодируется).</translation>
    </message>
    <message>
        <source>Not JSON: %1 (line %2, column %3).</source>
        <translation>Не JSON: %1 (строка %2, столбец %3).</translation>
    </message>
    <message>
        <source>Not acceptable JSON: %1 is not a JSON number.</source>
        <translation>Недопустимый JSON: %1 — не число JSON.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: the key %1 appears twice in one object.</source>
        <translation>Недопустимый JSON: ключ %1 дважды встречается в одном объекте.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: a number has %1 digits; a package&apos;s numbers have at most %2.</source>
        <translation>Недопустимый JSON: в числе %1 цифр; в числах пакета — не более %2 цифр.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: nested too deeply.</source>
        <translation>Недопустимый JSON: слишком глубокая вложенность.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Не удаётся прочитать файл (%1).</translation>
    </message>
    <message>
        <source>Not a field of this format.</source>
        <translation>В этом формате нет такого поля.</translation>
    </message>
    <message>
        <source>Must be of the JSON type «%1».</source>
        <translation>Должно иметь тип JSON «%1».</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Должно быть одним из значений: %1.</translation>
    </message>
    <message>
        <source>Must be a two-letter country code in capitals (ISO 3166-1).</source>
        <translation>Должно быть двухбуквенным кодом страны заглавными буквами (ISO 3166-1).</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code.</source>
        <translation>%1 — не код страны по ISO 3166-1.</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>Должно быть датой в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Does not match the pattern %1.</source>
        <translation>Не соответствует шаблону %1.</translation>
    </message>
    <message>
        <source>Must be a valid %1.</source>
        <translation>Должно быть допустимым значением %1.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Должно быть не меньше %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Должно быть не больше %1.</translation>
    </message>
    <message>
        <source>Must have at least %1 entries.</source>
        <translation>Должно содержать не меньше %1 записей.</translation>
    </message>
    <message>
        <source>Must have at most %1 entries.</source>
        <translation>Должно содержать не больше %1 записей.</translation>
    </message>
    <message>
        <source>Lists the same value twice.</source>
        <translation>Одно и то же значение указано дважды.</translation>
    </message>
    <message>
        <source>Contains an unpaired surrogate escape, which is not a character.</source>
        <translation>Содержит непарную суррогатную escape-последовательность, которая не является символом.</translation>
    </message>
    <message>
        <source>Has a key with an unpaired surrogate escape.</source>
        <translation>Содержит ключ с непарной суррогатной escape-последовательностью.</translation>
    </message>
    <message>
        <source>Does not follow the format: %1</source>
        <translation>Не соответствует формату: %1</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be text.</source>
        <translation>Документ невозможно составить: %1 должно быть текстом.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is empty.</source>
        <translation>Документ невозможно составить: %1 не заполнено.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is longer than %2 characters.</source>
        <translation>Документ невозможно составить: %1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 contains invisible control characters.</source>
        <translation>Документ невозможно составить: %1 содержит невидимые управляющие символы.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be one of %2, not «%3».</source>
        <translation>Документ невозможно составить: %1 должно быть одним из %2, а не «%3».</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a date.</source>
        <translation>Документ невозможно составить: %1 должно быть датой.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a positive number.</source>
        <translation>Документ невозможно составить: %1 должно быть положительным числом.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a list.</source>
        <translation>Документ невозможно составить: %1 должно быть списком.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 has the wrong kind of value.</source>
        <translation>Документ невозможно составить: у %1 значение неверного вида.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is not a JPEG image.</source>
        <translation>Документ невозможно составить: %1 — не изображение JPEG.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a whole number from 1 to %2.</source>
        <translation>Документ невозможно составить: %1 должно быть целым числом от 1 до %2.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1: at most %2 photos.</source>
        <translation>Документ невозможно составить: %1: не более %2 фотографий.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 contains a dot.</source>
        <translation>Документ невозможно составить: в имени поля подписи %2 есть точка.</translation>
    </message>
    <message>
        <source>The document cannot be made: the IIN %2 is not 12 digits.</source>
        <translation>Документ не может быть составлен: ИИН %2 не состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 is given to two people.</source>
        <translation>Документ невозможно составить: поле подписи %2 отдано двум людям.</translation>
    </message>
    <message>
        <source>The document cannot be made: the export ends (%2) before it starts (%3).</source>
        <translation>Документ невозможно составить: вывоз заканчивается (%2) раньше, чем начинается (%3).</translation>
    </message>
    <message>
        <source>The document cannot be made: it needs at least one item.</source>
        <translation>Документ невозможно составить: нужен хотя бы один предмет.</translation>
    </message>
    <message>
        <source>The document cannot be made: item number %2 is used twice.</source>
        <translation>Документ невозможно составить: номер предмета %2 использован дважды.</translation>
    </message>
    <message>
        <source>The document cannot be made: the result must be agreed or not agreed.</source>
        <translation>Документ невозможно составить: результат должен быть «согласовано» или «не согласовано».</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal must give at least one reason.</source>
        <translation>Документ невозможно составить: в отказе должна быть хотя бы одна причина.</translation>
    </message>
    <message>
        <source>The document cannot be made: a lost item has no check result.</source>
        <translation>Документ невозможно составить: у утраченного предмета не бывает результата проверки.</translation>
    </message>
    <message>
        <source>The document cannot be made: application %2 has no issued conclusion.</source>
        <translation>Документ невозможно составить: по заявлению %2 нет выданного заключения.</translation>
    </message>
    <message>
        <source>This is not the check code of a conclusion.</source>
        <translation>Это не проверочный код заключения.</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal on another ground must state it.</source>
        <translation>Документ невозможно составить: при отказе по иному основанию его нужно указать.</translation>
    </message>
    <message>
        <source>The certificate (record %1) no longer exists.</source>
        <translation>Свидетельства (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 — не свидетельство.</translation>
    </message>
    <message>
        <source>The certificate cannot be made: the region profile names nobody who issues it, or the export period has no end.</source>
        <translation>Свидетельство не может быть составлено: в профиле региона не указано, кто его выдаёт, или у срока вывоза нет конца.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another account an administrator first.</source>
        <translation>%1 — последний администратор: сначала сделайте администратором другую учётную запись.</translation>
    </message>
    <message>
        <source>There is no region profile «%1».</source>
        <translation>Профиля региона «%1» нет.</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>Администратор не может изменить собственную роль.</translation>
    </message>
    <message>
        <source>Your own password is changed, not reset: use «Change the password».</source>
        <translation>Собственный пароль не сбрасывают, а меняют: воспользуйтесь командой «Сменить пароль».</translation>
    </message>
    <message>
        <source>The seat (record %1) no longer exists.</source>
        <translation>Места (запись %1) больше нет.</translation>
    </message>
    <message>
        <source>A seat cannot end before it begins.</source>
        <translation>Срок назначения не может закончиться раньше своего начала.</translation>
    </message>
    <message>
        <source>%1 cannot sign, so cannot hold a seat that signs.</source>
        <translation>%1 не может подписывать, поэтому не может занимать место с правом подписи.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: enable it before giving it a seat.</source>
        <translation>Учётная запись %1 отключена: включите её, прежде чем назначать на место.</translation>
    </message>
    <message>
        <source>%1 holds a seat of the commission from %2 already: end that seat first.</source>
        <translation>%1 уже занимает место в комиссии с %2: сначала завершите срок этого места.</translation>
    </message>
    <message>
        <source>%1 holds this seat from %2: end their seat first, or start the new one after theirs ends.</source>
        <translation>%1 занимает это место с %2: сначала завершите его срок или начните новый после его окончания.</translation>
    </message>
    <message>
        <source>This seat ended on %1 already.</source>
        <translation>Срок этого места уже завершился %1.</translation>
    </message>
    <message>
        <source>The password of %1 was set by the administrator: choose your own first with «users password» or in the window.</source>
        <translation>Пароль %1 задан администратором: сначала выберите свой командой «users password» или в окне программы.</translation>
    </message>
    <message>
        <source>The region profile %1 names nobody who issues the certificates.</source>
        <translation>В профиле региона %1 не указано, кто выдаёт свидетельства.</translation>
    </message>
    <message>
        <source>Nobody holds the seat of the official who signs the certificates on %2; an administrator must seat one. The certificate can be drafted then.</source>
        <translation>На %2 не назначено должностное лицо, подписывающее свидетельства; его должен назначить администратор. После этого можно подготовить проект свидетельства.</translation>
    </message>
    <message>
        <source>%1 people hold the seat of the official who signs the certificates on %2; exactly one may.</source>
        <translation>На %2 должностными лицами, подписывающими свидетельства, назначены %1 человек; допускается только один.</translation>
    </message>
    <message>
        <source>%1 holds the seat of the official who signs the certificates, but their role may not sign.</source>
        <translation>%1 назначен должностным лицом, подписывающим свидетельства, но его роль не даёт права подписи.</translation>
    </message>
    <message>
        <source>Application %1 has no issued conclusion agreeing the export: it gets no certificate.</source>
        <translation>По заявлению %1 нет выданного заключения, согласующего вывоз: свидетельство не выдаётся.</translation>
    </message>
    <message>
        <source>Application %1 has its certificate %2 already.</source>
        <translation>У заявления %1 уже есть свидетельство %2.</translation>
    </message>
    <message>
        <source>Application %1 gives no end of the export period; the certificate needs the date by which the items come back.</source>
        <translation>В заявлении %1 не указан конец срока вывоза; в свидетельстве должна быть дата, к которой предметы возвращаются.</translation>
    </message>
    <message>
        <source>%1 is no longer a draft: only an unsigned certificate can be cancelled.</source>
        <translation>%1 уже не проект: отменить можно только неподписанное свидетельство.</translation>
    </message>
    <message>
        <source>Say why the certificate is cancelled.</source>
        <translation>Укажите, почему свидетельство отменяется.</translation>
    </message>
    <message>
        <source>No certificate is numbered %1, and no application so numbered has one.</source>
        <translation>Свидетельства с номером %1 нет, и у заявления с таким номером его тоже нет.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion being drafted.</source>
        <translation>%1 — не проект заключения.</translation>
    </message>
    <message>
        <source>%1 has been signed already; its date is set before anyone signs.</source>
        <translation>Заключение %1 уже подписано; дата устанавливается до первой подписи.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>Дата решения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application was received (%2).</source>
        <translation>Дата решения %1 раньше даты поступления заявления (%2).</translation>
    </message>
    <message>
        <source>The signed content was changed: it no longer matches the signature.</source>
        <translation>Подписанное содержимое изменено: оно больше не соответствует подписи.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s certificate.</source>
        <translation>Подпись не соответствует сертификату подписавшего.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked.</source>
        <translation>Сертификат подписавшего отозван.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked since %1.</source>
        <translation>Сертификат подписавшего отозван с %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid when it was checked, and no valid timestamp shows that it was valid at signing.</source>
        <translation>Сертификат подписавшего не был действителен в момент проверки, и нет действительной метки времени, подтверждающей, что он был действителен при подписании.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted root certificate.</source>
        <translation>Сертификат подписавшего не выстраивается в цепочку до доверенного корневого сертификата.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted (%1).</source>
        <translation>Сертификат подписавшего не является доверенным (%1).</translation>
    </message>
    <message>
        <source>The signature does not cover its whole revision of the file.</source>
        <translation>Подпись охватывает не всю свою редакцию файла.</translation>
    </message>
    <message>
        <source>The file was changed after this signature beyond what it allows (%1).</source>
        <translation>После этой подписи файл изменён сверх того, что она допускает (%1).</translation>
    </message>
    <message>
        <source>The signature&apos;s timestamp is not valid or not trusted.</source>
        <translation>Метка времени подписи недействительна или не является доверенной.</translation>
    </message>
    <message>
        <source>The signer&apos;s IIN %1 is not the IIN %2 the document records for this seat.</source>
        <translation>ИИН подписавшего %1 не совпадает с ИИН %2, записанным в документе для этого места.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no IIN; the document records IIN %1 for this seat.</source>
        <translation>В сертификате подписавшего нет ИИН; в документе для этого места записан ИИН %1.</translation>
    </message>
    <message>
        <source>The signature or the data it covers is damaged.</source>
        <translation>Подпись или подписанные ею данные повреждены.</translation>
    </message>
    <message>
        <source>GOST signature: not checkable here.</source>
        <translation>Подпись ГОСТ: здесь её проверить нельзя.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>Подпись не удалось прочитать.</translation>
    </message>
    <message>
        <source>A GOST signature is not checked here.</source>
        <translation>Подпись ГОСТ здесь не проверяется.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no OCSP service or CRL.</source>
        <translation>В сертификате подписавшего не указаны ни служба OCSP, ни CRL.</translation>
    </message>
    <message>
        <source>The file holds no OCSP response or CRL about the signer&apos;s certificate.</source>
        <translation>В файле нет ни ответа OCSP, ни CRL о сертификате подписавшего.</translation>
    </message>
    <message>
        <source>No OCSP response or CRL about the signer&apos;s certificate is in the file or among the imported CRLs (checking does not go online).</source>
        <translation>Ни ответа OCSP, ни CRL о сертификате подписавшего нет ни в файле, ни среди импортированных CRL (проверка не обращается к сети).</translation>
    </message>
</context>
<context>
    <name>ExaminationChoice</name>
    <message>
        <source>Original</source>
        <translation>Подлинник</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Диаметр</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Толщина</translation>
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
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Удовлетворительная</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Плохая</translation>
    </message>
    <message>
        <source>Unacceptable</source>
        <translation>Аварийная</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Комплектен</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Некомплектен</translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation>Во фрагментах</translation>
    </message>
    <message>
        <source>Has cultural value</source>
        <translation>Имеет культурную ценность</translation>
    </message>
    <message>
        <source>Has no cultural value</source>
        <translation>Не имеет культурной ценности</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендуется</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Не рекомендуется</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Общий вид</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Деталь</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Клеймо</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Реставрация</translation>
    </message>
</context>
<context>
    <name>ExaminationField</name>
    <message>
        <source>agreed result</source>
        <translation>согласованный результат</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Подлинник или копия</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Вид предмета</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Author or maker (name)</source>
        <translation>Автор или мастер (имя)</translation>
    </message>
    <message>
        <source>Maker, when no name is known</source>
        <translation>Мастер, если имя неизвестно</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Дата или период</translation>
    </message>
    <message>
        <source>Year from</source>
        <translation>Год с</translation>
    </message>
    <message>
        <source>Year to</source>
        <translation>Год по</translation>
    </message>
    <message>
        <source>Place of creation</source>
        <translation>Место создания</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Техника исполнения</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Единица веса</translation>
    </message>
    <message>
        <source>Inscriptions and markings</source>
        <translation>Надписи и клейма</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Отличительные признаки</translation>
    </message>
    <message>
        <source>State of preservation</source>
        <translation>Сохранность</translation>
    </message>
    <message>
        <source>Damage and repairs</source>
        <translation>Повреждения и реставрации</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Опасные свойства</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Фотографии и страницы</translation>
    </message>
    <message>
        <source>Cultural value</source>
        <translation>Культурная ценность</translation>
    </message>
    <message>
        <source>Temporary export</source>
        <translation>Временный вывоз</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Цель вывоза</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Род занятий заявителя</translation>
    </message>
</context>
<context>
    <name>ExaminationForm</name>
    <message>
        <source>Examination form</source>
        <translation>Форма экспертизы</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Состояние черновика</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Экспертиза</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Сохранить запись (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo the change to «%1»</source>
        <translation>&amp;Отменить изменение «%1»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo the change to «%1»</source>
        <translation>&amp;Повторить изменение «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Восстановить черновик</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>My opinion</source>
        <translation>Моё мнение</translation>
    </message>
    <message>
        <source>Agreed result</source>
        <translation>Согласованный результат</translation>
    </message>
    <message>
        <source>Opinion of %1</source>
        <translation>Мнение: %1</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Осмотр при возврате</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Ещё не записано.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Версия %1, сохранил(а) %2, %3.</translation>
    </message>
    <message>
        <source>Read only: the export is closed by its return act.</source>
        <translation>Только чтение: вывоз закрыт актом возврата.</translation>
    </message>
    <message>
        <source>Read only: the application is not under examination.</source>
        <translation>Только чтение: заявление не на экспертизе.</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Только чтение.</translation>
    </message>
    <message>
        <source>You have an unsaved draft of this record from %1.</source>
        <translation>У вас есть несохранённый черновик этой записи от %1.</translation>
    </message>
    <message>
        <source>The record was saved by someone else after you started it: if you restore the draft, saving will show both versions.</source>
        <translation>После того как вы начали, запись сохранил кто-то другой: если восстановить черновик, при сохранении будут показаны обе версии.</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Черновик восстановлен</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>The draft could not be kept. %1</source>
        <translation>Не удалось сохранить черновик. %1</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>Запись не сохранена:</translation>
    </message>
    <message>
        <source>Your role may not save this record.</source>
        <translation>Вашей роли не разрешено сохранять эту запись.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>The record was not saved. %1</source>
        <translation>Запись не сохранена. %1</translation>
    </message>
    <message>
        <source>Their version is shown; yours was discarded</source>
        <translation>Показана чужая версия; ваша отброшена</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form and in the draft; save again to see both versions.</source>
        <translation>Не сохранено. Ваши изменения остались в форме и в черновике; сохраните ещё раз, чтобы увидеть обе версии.</translation>
    </message>
</context>
<context>
    <name>ExaminationValue</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>«%1» (not in the vocabulary)</source>
        <translation>«%1» (нет в словаре)</translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation>Страница %1 · %2</translation>
    </message>
    <message>
        <source>with a scale</source>
        <translation>с масштабом</translation>
    </message>
    <message>
        <source>for the annex</source>
        <translation>для приложения</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Registry of requests (received in the period)</source>
        <translation>Реестр заявлений (поступивших за период)</translation>
    </message>
    <message>
        <source>Journal of conclusions (dated in the period)</source>
        <translation>Журнал заключений (с датой в этом периоде)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Language of the column headers</source>
        <translation>Язык заголовков столбцов</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>&amp;Заголовки на:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n строка записана в %1</numerusform>
            <numerusform>%n строки записаны в %1</numerusform>
            <numerusform>%n строк записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>until:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Export period:</source>
        <translation>Срок вывоза:</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Abroad</source>
        <translation>За рубежом</translation>
    </message>
    <message>
        <source>Due back within 30 days</source>
        <translation>Возврат в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Back, check pending</source>
        <translation>Возвращено, ждёт проверки</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>The database has no accounts yet. Choose the region whose commission this office serves and create the administrator, who then adds the clerks and the commission&apos;s members and gives them their seats.</source>
        <translation>В базе данных ещё нет учётных записей. Выберите регион, комиссию которого обслуживает этот офис, и создайте администратора: затем он добавит делопроизводителей и членов комиссии и назначит их на места.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>И&amp;ИН:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Введите ФИО администратора.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The account was not created. %1</source>
        <translation>Учётная запись не создана. %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Viewer shortcuts</source>
        <translation>Клавиши просмотрщика</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Колесо</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Масштаб вокруг указателя</translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Увеличить / уменьшить</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Reset the zoom (fit the page)</source>
        <translation>Сбросить масштаб (страница целиком)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Реальный размер (1:1)</translation>
    </message>
    <message>
        <source>R  /  Shift+R</source>
        <translation>R  /  Shift+R</translation>
    </message>
    <message>
        <source>Turn the view right / left</source>
        <translation>Повернуть вид вправо / влево</translation>
    </message>
    <message>
        <source>PgDn  /  PgUp</source>
        <translation>PgDn  /  PgUp</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Следующая / предыдущая страница</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Home  /  End</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Первая / последняя страница</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Перетаскивание, стрелки</translation>
    </message>
    <message>
        <source>Move around the page</source>
        <translation>Перемещение по странице</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  или  ?</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Показать или скрыть эту справку</translation>
    </message>
    <message>
        <source>Turning the view does not change the stored page.</source>
        <translation>Поворот вида не меняет сохранённую страницу.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>предмет %1: </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n страница</numerusform>
            <numerusform>%1: %n страницы</numerusform>
            <numerusform>%1: %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>было: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>стало: %1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the application</source>
        <translation>История заявления</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Choose what each file is. The resolution is asked only for files that do not record their own.</source>
        <translation>Укажите, что содержит каждый файл. Разрешение спрашивается только для файлов, в которых оно не записано.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind of pages</source>
        <translation>Вид страниц</translation>
    </message>
    <message>
        <source>Kind of pages of %1</source>
        <translation>Вид страниц файла %1</translation>
    </message>
    <message>
        <source>%1 dpi, from the file</source>
        <translation>%1 dpi, из файла</translation>
    </message>
    <message>
        <source>The file records its resolution; it is kept.</source>
        <translation>Разрешение записано в файле; оно сохраняется.</translation>
    </message>
    <message>
        <source>Resolution of %1</source>
        <translation>Разрешение файла %1</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PDF pages are drawn at this resolution; an image that does not record its own is taken to have it.</source>
        <translation>Страницы PDF отрисовываются с этим разрешением; изображению без записанного разрешения присваивается это.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Неимпортированные файлы</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не импортировано:</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Items to export</source>
        <translation>Предметы для вывоза</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить предмет</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>ItemsList</name>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Экспертиза</translation>
    </message>
    <message>
        <source>not examined yet</source>
        <translation>экспертиза ещё не проводилась</translation>
    </message>
    <message>
        <source>opinions: %1</source>
        <translation>мнения: %1</translation>
    </message>
    <message>
        <source>agreed; missing: %1</source>
        <translation>согласован; не хватает: %1</translation>
    </message>
    <message>
        <source>agreed, complete</source>
        <translation>согласован, заполнен полностью</translation>
    </message>
    <message>
        <source>not in both languages: %1</source>
        <translation>не на обоих языках: %1</translation>
    </message>
    <message>
        <source>annex photos: %1</source>
        <translation>фото для приложения: %1</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>несохранённый черновик</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Name of the item</source>
        <translation>Наименование предмета</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (corrects %2)</source>
        <translation>%1 (взамен %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписано</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
</context>
<context>
    <name>JournalWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <source>Dated to</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>Open the &amp;application</source>
        <translation>&amp;Открыть заявление</translation>
    </message>
    <message>
        <source>E&amp;xport the journal…</source>
        <translation>&amp;Экспорт журнала…</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Журнал документов</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Предпросмотр документа</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the journal.</source>
        <translation>Выберите документ в журнале.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 · %4</source>
        <translation>%1 %2 от %3 · %4</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: ещё не подписал(а)</translation>
    </message>
    <message>
        <source>%1: signed %2</source>
        <translation>%1: подписал(а) %2</translation>
    </message>
    <message>
        <source>No signers.</source>
        <translation>Подписантов нет.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Невозможно записать файл (%1).</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Expert commission on the temporary export of cultural valuables</source>
        <translation>Экспертная комиссия по временному вывозу культурных ценностей</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The administrator reset your password: choose a new one to go on.</source>
        <translation>Администратор сбросил ваш пароль: чтобы продолжить, выберите новый.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>The database is still opening: you will be signed in as soon as it is open.</source>
        <translation>База данных ещё открывается: вход выполнится, как только она откроется.</translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation>Войти не удалось. %1</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Новый пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the one the administrator gave.</source>
        <translation>Выберите пароль, отличный от выданного администратором.</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Record a loss: %1</source>
        <translation>Запись об утрате: %1</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Документ об утрате</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Номер, дата и кем выдан, например протокол полиции или акт страховщика</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expert commission — registry of applications</source>
        <translation>Экспертная комиссия — реестр заявлений</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Ожидается вход в систему…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Вывезенное за рубеж</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Журнал документов</translation>
    </message>
    <message>
        <source>Users and seats</source>
        <translation>Пользователи и места</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed document…</source>
        <translation>&amp;Проверить подписанный документ…</translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation>&amp;Сменить пароль…</translation>
    </message>
    <message>
        <source>Sign &amp;out (switch user)…</source>
        <translation>Выйти из &amp;учётной записи (сменить пользователя)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>&amp;Календарь рабочих дней…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Доверенные сертификаты…</translation>
    </message>
    <message>
        <source>&amp;Users and seats…</source>
        <translation>&amp;Пользователи и места…</translation>
    </message>
    <message>
        <source>&amp;Export the registry or the journal…</source>
        <translation>&amp;Экспорт реестра или журнала…</translation>
    </message>
    <message>
        <source>&amp;Audit journal</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Journal of documents</source>
        <translation>Журнал &amp;документов</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Close the tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>Close the tab shown; the application stays in the registry</source>
        <translation>Закрыть открытую вкладку; заявление остаётся в реестре</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Application %1 registered</source>
        <translation>Заявление %1 зарегистрировано</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert commission on the temporary export of cultural valuables&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registers applications for the certificate for the right to temporarily export cultural valuables, supports the commission&apos;s examination and issues the signed conclusion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Экспертная комиссия по временному вывозу культурных ценностей&lt;/h3&gt;&lt;p&gt;Версия %1&lt;/p&gt;&lt;p&gt;Регистрирует заявления о выдаче свидетельства на право временного вывоза культурных ценностей, сопровождает экспертизу комиссии и выдаёт подписанное заключение.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementRows</name>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add a dimension</source>
        <translation>Добавить размер</translation>
    </message>
    <message>
        <source>No dimensions yet.</source>
        <translation>Размеров пока нет.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Document of the loss: %1</source>
        <translation>Документ об утрате: %1</translation>
    </message>
    <message>
        <source>Note on the return: %1</source>
        <translation>Примечание о возврате: %1</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Документ об утрате</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Номер, дата и кем выдан, например протокол полиции или акт страховщика</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Что указать в акте проверки возврата</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PageKind</name>
    <message>
        <source>Form</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Фотография при возврате</translation>
    </message>
</context>
<context>
    <name>PageLinkRows</name>
    <message>
        <source>Show in the viewer</source>
        <translation>Показать в просмотрщике</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Показывает</translation>
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
        <translation>Приложение</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Page to link</source>
        <translation>Страница для связи</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Link the page in the viewer</source>
        <translation>Связать страницу из просмотрщика</translation>
    </message>
    <message>
        <source>No photos or pages linked yet.</source>
        <translation>Фотографии и страницы пока не связаны.</translation>
    </message>
</context>
<context>
    <name>PageThumbnailModel</name>
    <message>
        <source>The thumbnail cannot be decoded.</source>
        <translation>Миниатюру невозможно открыть.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Страница %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <source>, %1 dpi</source>
        <translation>, %1 dpi</translation>
    </message>
    <message>
        <source>Its text could not be read (OCR); the scan is kept as it is.</source>
        <translation>Текст не распознан (OCR); скан сохранён без изменений.</translation>
    </message>
    <message>
        <source>The thumbnail could not be shown. %1</source>
        <translation>Не удалось показать миниатюру. %1</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>page %1 (%2)</source>
        <translation>страница %1 (%2)</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <source>Redoing the change</source>
        <translation>Повтор изменения</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <source>Rotate %1 left</source>
        <translation>Поворот влево — %1</translation>
    </message>
    <message>
        <source>Rotate %1 right</source>
        <translation>Поворот вправо — %1</translation>
    </message>
    <message>
        <source>Rotating the page</source>
        <translation>Поворот страницы</translation>
    </message>
    <message>
        <source>Rotated %1.</source>
        <translation>Повёрнута %1.</translation>
    </message>
    <message>
        <source>Straightening the page</source>
        <translation>Выравнивание страницы</translation>
    </message>
    <message>
        <source>Straighten %1</source>
        <translation>Выравнивание — %1</translation>
    </message>
    <message>
        <source>Straightened %1.</source>
        <translation>Выровнена %1.</translation>
    </message>
    <message>
        <source>Converting to grayscale</source>
        <translation>Перевод в оттенки серого</translation>
    </message>
    <message>
        <source>Convert %1 to grayscale</source>
        <translation>Перевод в оттенки серого — %1</translation>
    </message>
    <message>
        <source>Converted %1 to grayscale.</source>
        <translation>%1 переведена в оттенки серого.</translation>
    </message>
    <message>
        <source>Opening the page</source>
        <translation>Открытие страницы</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>Обрезать: %1</translation>
    </message>
    <message>
        <source>Cropped %1.</source>
        <translation>Обрезана %1.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit journal; Undo (Ctrl+Z) brings the page back.</source>
        <translation>Удаление записывается в журнал аудита; отмена (Ctrl+Z) возвращает страницу.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление — %1</translation>
    </message>
    <message>
        <source>Cropping the page</source>
        <translation>Обрезка страницы</translation>
    </message>
    <message>
        <source>Mark %1 as «%2»</source>
        <translation>Вид «%2» — %1</translation>
    </message>
    <message>
        <source>Marked %1 as «%2».</source>
        <translation>%1 отмечена как «%2».</translation>
    </message>
    <message>
        <source>Changing the kind of the page</source>
        <translation>Изменение вида страницы</translation>
    </message>
    <message>
        <source>Move %1 to place %2</source>
        <translation>Перемещение на место %2 — %1</translation>
    </message>
    <message>
        <source>Moved %1 to place %2.</source>
        <translation>%1 перемещена на место %2.</translation>
    </message>
    <message>
        <source>Moving the page</source>
        <translation>Перемещение страницы</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Удаление страницы</translation>
    </message>
    <message>
        <source>Delete %1 from this application?</source>
        <translation>Удалить %1 из этого заявления?</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Удалена %1.</translation>
    </message>
    <message>
        <source>Deleting the page</source>
        <translation>Удаление страницы</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Application (Annex 4)</source>
        <translation>Заявление (приложение 4)</translation>
    </message>
    <message>
        <source>Copy of the passport or ID card</source>
        <translation>Копия паспорта / удостоверения личности</translation>
    </message>
    <message>
        <source>Company registration certificate</source>
        <translation>Свидетельство о регистрации юридического лица</translation>
    </message>
    <message>
        <source>Photographs of the items</source>
        <translation>Фотографии предметов</translation>
    </message>
    <message>
        <source>List of the items</source>
        <translation>Перечень предметов</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Документ, подтверждающий право собственности</translation>
    </message>
    <message>
        <source>Invitation or agreement from the host</source>
        <translation>Приглашение или договор принимающей стороны</translation>
    </message>
</context>
<context>
    <name>PapersWarning</name>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>Номер документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>The scanned papers, as read, differ from the registered data. Check them; nothing was changed:</source>
        <translation>Распознанный текст отсканированных документов расходится с зарегистрированными данными. Проверьте их; ничего не изменено:</translation>
    </message>
    <message>
        <source>%1: registered %2, page %3 reads %4</source>
        <translation>%1: зарегистрировано %2, на странице %3 распознано %4</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Два новых пароля различаются.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Новый пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Нет документа для показа.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>PhotoPair</name>
    <message>
        <source>Photos to compare</source>
        <translation>Сравниваемые фотографии</translation>
    </message>
    <message>
        <source>Original photo</source>
        <translation>Исходная фотография</translation>
    </message>
    <message>
        <source>Photo of the returned item</source>
        <translation>Фотография вернувшегося предмета</translation>
    </message>
    <message>
        <source>Original photo, from the examination</source>
        <translation>Исходная фотография, с экспертизы</translation>
    </message>
    <message>
        <source>The returned item</source>
        <translation>Вернувшийся предмет</translation>
    </message>
    <message>
        <source>Similarity of the photos</source>
        <translation>Сходство фотографий</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show both photos whole</source>
        <translation>Показать обе фотографии целиком</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why the examination is repeated:</source>
        <translation>Причина повторной экспертизы:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>needed in the agreed result before the examination can be finished</source>
        <translation>должно быть заполнено в согласованном результате до завершения экспертизы</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Фотографии и страницы</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
</context>
<context>
    <name>RefusalGround</name>
    <message>
        <source>Violations found in the applicant&apos;s data in the request</source>
        <translation>В данных заявителя в запросе выявлены нарушения</translation>
    </message>
    <message>
        <source>The applicant&apos;s electronic signature is not confirmed</source>
        <translation>Электронная цифровая подпись заявителя не подтверждена</translation>
    </message>
    <message>
        <source>The applicant is not in the state database of individuals or legal entities</source>
        <translation>Заявитель отсутствует в государственной базе данных физических или юридических лиц</translation>
    </message>
    <message>
        <source>The documents required for the service are incomplete</source>
        <translation>Документы, необходимые для услуги, представлены не полностью</translation>
    </message>
    <message>
        <source>The items do not meet the requirements for temporary export</source>
        <translation>Предметы не соответствуют требованиям к временному вывозу</translation>
    </message>
    <message>
        <source>Another ground (state it)</source>
        <translation>Иное основание (укажите)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>&amp;Ground of the refusal:</source>
        <translation>&amp;Основание отказа:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— выберите основание —</translation>
    </message>
    <message>
        <source>The commission&apos;s reasons, as the applicant will read them (a paragraph a line):</source>
        <translation>Обоснование комиссии в том виде, в каком его прочтёт заявитель (каждый абзац с новой строки):</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>The letter also tells the applicant how to appeal.</source>
        <translation>В письме заявителю также разъясняется порядок обжалования.</translation>
    </message>
</context>
<context>
    <name>RegisterReturnDialog</name>
    <message>
        <source>Register a return</source>
        <translation>Регистрация возврата</translation>
    </message>
    <message>
        <source>Items that came back</source>
        <translation>Вернувшиеся предметы</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Представил</translation>
    </message>
    <message>
        <source>the applicant or their representative</source>
        <translation>заявитель или его представитель</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Что указать в акте проверки возврата</translation>
    </message>
    <message>
        <source>&amp;Items back:</source>
        <translation>Вернувшиеся &amp;предметы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>&amp;Представил:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>П&amp;римечание:</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport or ID card No.</source>
        <translation>Паспорт / удостоверение №</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Цель вывоза</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Вывоз с</translation>
    </message>
    <message>
        <source>Export until</source>
        <translation>Вывоз по</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Это не дата: введите в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation>Зарегистрировать заявление (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Register another</source>
        <translation>Зарегистрировать ещё</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your role may not register applications.</source>
        <translation>Вашей роли не разрешено регистрировать заявления.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Cultural valuables to export</source>
        <translation>Вывозимые культурные ценности</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Вывоз</translation>
    </message>
    <message>
        <source>Documents received on paper</source>
        <translation>Документы, полученные на бумаге</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>Preliminary examination due:</source>
        <translation>Срок предварительной экспертизы:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation>Срок результата:</translation>
    </message>
    <message>
        <source>To register, complete: %1</source>
        <translation>Для регистрации заполните: %1</translation>
    </message>
    <message>
        <source>Ready to register.</source>
        <translation>Готово к регистрации.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Предмет %1, %2: %3</translation>
    </message>
    <message>
        <source>The application was not registered. %1</source>
        <translation>Заявление не зарегистрировано. %1</translation>
    </message>
    <message>
        <source>The application could not be saved. %1</source>
        <translation>Не удалось сохранить заявление. %1</translation>
    </message>
    <message>
        <source>Application %1 is registered.</source>
        <translation>Заявление %1 зарегистрировано.</translation>
    </message>
    <message>
        <source>Discard the application being entered?</source>
        <translation>Отказаться от вводимого заявления?</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
</context>
<context>
    <name>RegistrationProblem</name>
    <message>
        <source>List at least one item.</source>
        <translation>Укажите хотя бы один предмет.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Член комиссии</translation>
    </message>
</context>
<context>
    <name>RegistryWidget</name>
    <message>
        <source>Search by number, IIN/BIN or applicant…</source>
        <translation>Поиск по номеру, ИИН/БИН или заявителю…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Поиск заявлений</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>In scanned papers</source>
        <translation>В сканах документов</translation>
    </message>
    <message>
        <source>Also find the words in the text read from the scanned forms and documents</source>
        <translation>Искать слова также в тексте, распознанном в отсканированных заявлениях и документах</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Поступило с</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Поступило по</translation>
    </message>
    <message>
        <source>Registry of applications</source>
        <translation>Реестр заявлений</translation>
    </message>
    <message numerus="yes">
        <source>More than %n application(s)</source>
        <translation>
            <numerusform>Более %n заявления</numerusform>
            <numerusform>Более %n заявлений</numerusform>
            <numerusform>Более %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <source>On paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <source>Through the portal</source>
        <translation>Через портал</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал поступления:</translation>
    </message>
</context>
<context>
    <name>RequirementsBox</name>
    <message>
        <source>Required documents</source>
        <translation>Обязательные документы</translation>
    </message>
    <message>
        <source>Draft without them…</source>
        <translation>Составить без них…</translation>
    </message>
    <message>
        <source>no scanned page; drafted without it</source>
        <translation>нет отсканированной страницы; составляется без него</translation>
    </message>
    <message>
        <source>no scanned page</source>
        <translation>нет отсканированной страницы</translation>
    </message>
    <message>
        <source>The chairperson %1 allowed it on %2: %3</source>
        <translation>Председатель %1 разрешил %2: %3</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Give the password to its holder in person; they must choose a new one when they next sign in.</source>
        <translation>Передайте пароль владельцу лично; при следующем входе он должен выбрать новый.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <source>Items and their return</source>
        <translation>Предметы и их возврат</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Осмотр при возврате</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>&amp;Register a return…</source>
        <translation>&amp;Зарегистрировать возврат…</translation>
    </message>
    <message>
        <source>Record a &amp;loss…</source>
        <translation>Записать &amp;утрату…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отменить регистрацию</translation>
    </message>
    <message>
        <source>Remove a return registered by mistake</source>
        <translation>Удалить ошибочно зарегистрированный возврат</translation>
    </message>
    <message>
        <source>Edit the no&amp;te…</source>
        <translation>Изменить &amp;примечание…</translation>
    </message>
    <message>
        <source>Write the note of the return, or the document of the loss, in Kazakh and in Russian</source>
        <translation>Написать примечание о возврате или документ об утрате на казахском и русском языках</translation>
    </message>
    <message>
        <source>Co&amp;mpare and check…</source>
        <translation>Срав&amp;нить и проверить…</translation>
    </message>
    <message>
        <source>Draft the return &amp;act</source>
        <translation>Составить &amp;акт возврата</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the act…</source>
        <translation>&amp;Аннулировать акт…</translation>
    </message>
    <message>
        <source>Withdraw the act being signed, to correct the returns or their check</source>
        <translation>Аннулировать подписываемый акт, чтобы исправить возвраты или их проверку</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>за рубежом</translation>
    </message>
    <message>
        <source>lost (%1)</source>
        <translation>утрачен (%1)</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>возвращён %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ещё не проверен</translation>
    </message>
    <message>
        <source>— not written yet; the return act needs it</source>
        <translation>— ещё не написано; нужно для акта проверки возврата</translation>
    </message>
    <message>
        <source>Lost; document:</source>
        <translation>Утрачен; документ:</translation>
    </message>
    <message>
        <source>Presented by %1 at %2.</source>
        <translation>Представил: %1, место: %2.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Verdict by %1: %2</source>
        <translation>Вывод (%1): %2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>ещё не записан</translation>
    </message>
    <message>
        <source>The export is closed by its signed return act.</source>
        <translation>Вывоз закрыт подписанным актом возврата.</translation>
    </message>
    <message>
        <source>%1 of %2 items back or accounted for.</source>
        <translation>Вернулось или учтено предметов: %1 из %2.</translation>
    </message>
    <message>
        <source>Check each returned item (Compare and check), then draft the return act; it is signed in the Conclusion tab.</source>
        <translation>Проверьте каждый вернувшийся предмет («Сравнить и проверить»), затем составьте акт возврата; он подписывается на вкладке «Заключение».</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) registered as returned.</source>
        <translation>
            <numerusform>%n предмет зарегистрирован как возвращённый.</numerusform>
            <numerusform>%n предмета зарегистрированы как возвращённые.</numerusform>
            <numerusform>%n предметов зарегистрированы как возвращённые.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loss of item %1 is recorded.</source>
        <translation>Утрата предмета %1 записана.</translation>
    </message>
    <message>
        <source>The note of item %1 is saved.</source>
        <translation>Примечание к предмету %1 сохранено.</translation>
    </message>
    <message>
        <source>The return of item %1 is withdrawn.</source>
        <translation>Регистрация возврата предмета %1 отменена.</translation>
    </message>
    <message>
        <source>The verdict on item %1 is saved.</source>
        <translation>Вывод по предмету %1 сохранён.</translation>
    </message>
    <message>
        <source>Drafting the return act…</source>
        <translation>Составляется акт возврата…</translation>
    </message>
    <message>
        <source>Return act %1 drafted; it is signed in the Conclusion tab, the chairperson last.</source>
        <translation>Акт возврата %1 составлен; он подписывается на вкладке «Заключение», председатель — последним.</translation>
    </message>
    <message>
        <source>Cancel the return act</source>
        <translation>Аннулирование акта возврата</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>Почему %1 аннулируется?</translation>
    </message>
    <message>
        <source>The return act is cancelled.</source>
        <translation>Акт возврата аннулирован.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Делопроизводитель</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Chairperson</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Official of the executive body</source>
        <translation>Должностное лицо исполнительного органа</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan documents</source>
        <translation>Сканирование документов</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Искать сканеры заново</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Цветовой режим</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Источник бумаги</translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation>Вид страниц</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Сканер:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>&amp;Colour mode:</source>
        <translation>&amp;Цветовой режим:</translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation>&amp;Источник бумаги:</translation>
    </message>
    <message>
        <source>&amp;Kind of pages:</source>
        <translation>&amp;Вид страниц:</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>С&amp;канировать</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Найден %n сканер.</numerusform>
            <numerusform>Найдено %n сканера.</numerusform>
            <numerusform>Найдено %n сканеров.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner found. Connect and switch on the scanner, then press Refresh.</source>
        <translation>Сканер не найден. Подключите и включите сканер, затем нажмите «Обновить».</translation>
    </message>
    <message>
        <source>Scanning failed. %1</source>
        <translation>Сканирование не удалось. %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>Scanning page %1 (%2 stored)…</source>
        <translation>Сканирование страницы %1 (сохранено: %2)…</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Сканирование</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored.</source>
        <translation>
            <numerusform>Сохранена %n страница.</numerusform>
            <numerusform>Сохранено %n страницы.</numerusform>
            <numerusform>Сохранено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation>Сканирование отменено.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scan viewer</source>
        <translation>Просмотр сканов</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>По ширине страницы</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <source>Turn the view left</source>
        <translation>Повернуть вид влево</translation>
    </message>
    <message>
        <source>Turn the view right</source>
        <translation>Повернуть вид вправо</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The page cannot be shown. %1</source>
        <translation>Страницу невозможно показать. %1</translation>
    </message>
    <message>
        <source>Import files (%1) or scan the paper documents; files can also be dropped on the Documents tab.</source>
        <translation>Импортируйте файлы (%1) или отсканируйте бумажные документы; файлы можно также перетащить на вкладку «Документы».</translation>
    </message>
    <message>
        <source>The clerk imports or scans this application&apos;s documents.</source>
        <translation>Документы этого заявления импортирует или сканирует делопроизводитель.</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Страниц пока нет</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Black and white (line art)</source>
        <translation>Чёрно-белый (штриховой)</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Document feeder (ADF)</source>
        <translation>Автоподатчик документов (ADF)</translation>
    </message>
</context>
<context>
    <name>ScansPdfButton</name>
    <message>
        <source>Scans as searchable &amp;PDF…</source>
        <translation>Сканы в &amp;PDF с поиском…</translation>
    </message>
    <message>
        <source>Save the application&apos;s scans as one PDF/A file whose text can be searched and copied</source>
        <translation>Сохранить сканы заявления одним файлом PDF/A, в котором текст можно искать и копировать</translation>
    </message>
    <message>
        <source>Save the scans as a searchable PDF</source>
        <translation>Сохранить сканы в PDF с поиском по тексту</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the searchable PDF</source>
        <translation>Записывается PDF с поиском по тексту</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The text of %1 of %2 page(s) is in the file.</source>
        <translation>Страниц с распознанным текстом в файле: %1 из %2.</translation>
    </message>
    <message>
        <source>%1 page(s) have not been read yet (OCR) and carry no text: read them with the command read-scans %2, then save the PDF again.</source>
        <translation>Ещё не распознано (OCR) страниц: %1, в файле они без текста. Распознайте их командой read-scans %2 и сохраните PDF заново.</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read.</source>
        <translation>Страниц, текст которых не удалось распознать: %1.</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>Невозможно записать файл (%1).</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>Chairperson</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Official who signs the certificates</source>
        <translation>Должностное лицо, подписывающее свидетельства</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Seats on the commission</source>
        <translation>Места в комиссии</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Кто занимает</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Give the seat</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>The selected seat&apos;s last &amp;day:</source>
        <translation>Последний &amp;день выбранного места:</translation>
    </message>
    <message>
        <source>E&amp;nd the seat</source>
        <translation>&amp;Завершить срок</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>%1 holds the seat «%2» from %3.</source>
        <translation>%1 занимает место «%2» с %3.</translation>
    </message>
    <message>
        <source>The seat «%2» of %1 ends on %4.</source>
        <translation>Срок места «%2» (%1) завершается %4.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Dates, numbers and the names of countries follow the language. Open windows switch at once; nothing typed is lost.</source>
        <translation>Даты, числа и названия стран следуют языку. Открытые окна переключаются сразу; набранный текст не теряется.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>На этой вкладке: %1</translation>
    </message>
    <message>
        <source>In the scan viewer, F1 or ? lists the viewer&apos;s own keys. Esc, F1 or a click closes this help.</source>
        <translation>В просмотрщике сканов F1 или ? показывает его собственные клавиши. Esc, F1 или щелчок закрывают эту справку.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>Подписать %1</translation>
    </message>
    <message>
        <source>%1 signs the conclusion %2 with their electronic digital signature (EDS).</source>
        <translation>%1 подписывает заключение %2 своей электронной цифровой подписью (ЭЦП).</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Key file (.p12):</source>
        <translation>Файл ключа (.p12):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>Библиотека PKCS#11</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Метка токена</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>Библиотека PKCS#11:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Метка токена:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>NCALayer address</source>
        <translation>Адрес NCALayer</translation>
    </message>
    <message>
        <source>NCALayer, the national certification centre&apos;s program, must be running: it asks for the key (a GOST key file, Kaztoken, an ID card…) and its password in its own window.</source>
        <translation>Должна быть запущена программа Национального удостоверяющего центра NCALayer: ключ (файл ключа ГОСТ, Kaztoken, удостоверение личности…) и его пароль она запросит в своём окне.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Файл ключа</translation>
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
        <translation>Сервер меток времени</translation>
    </message>
    <message>
        <source>optional, e.g. http://tsp.pki.gov.kz</source>
        <translation>необязательно, например http://tsp.pki.gov.kz</translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation>Сервер меток времени:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Ключи (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the key file (.p12).</source>
        <translation>Выберите файл ключа (.p12).</translation>
    </message>
    <message>
        <source>Enter the key&apos;s password.</source>
        <translation>Введите пароль ключа.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Проверяется ключ…</translation>
    </message>
    <message>
        <source>NCALayer&apos;s address starts with wss://, e.g. %1</source>
        <translation>Адрес NCALayer начинается с wss://, например %1</translation>
    </message>
    <message>
        <source>The PKCS#11 library was not found: %1</source>
        <translation>Библиотека PKCS#11 не найдена: %1</translation>
    </message>
    <message>
        <source>Enter the token&apos;s label and PIN.</source>
        <translation>Введите метку токена и PIN.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Requests still missing documents</source>
        <translation>Заявления без полного пакета документов</translation>
    </message>
    <message>
        <source>Applications assigned to me for examination</source>
        <translation>Назначенные мне на экспертизу</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Conclusions waiting for my signature</source>
        <translation>Заключения, ждущие моей подписи</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due within two working days</source>
        <translation>Срок в ближайшие два рабочих дня</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Документ на подпись</translation>
    </message>
    <message>
        <source>Exports overdue for return</source>
        <translation>Вывезенное с просроченным возвратом</translation>
    </message>
    <message>
        <source>Exports due back within 30 days</source>
        <translation>Возврат в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Заявления по месяцам</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Не согласовано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Working days to the result</source>
        <translation>Рабочих дней до результата</translation>
    </message>
    <message>
        <source>Working days the deadline allowed</source>
        <translation>Рабочих дней по сроку</translation>
    </message>
    <message>
        <source>Average time to a result</source>
        <translation>Среднее время до результата</translation>
    </message>
    <message>
        <source>Service and result</source>
        <translation>Услуга и результат</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message numerus="yes">
        <source>Quality survey: %n answer(s)</source>
        <translation>
            <numerusform>Анкета качества: %n ответ</numerusform>
            <numerusform>Анкета качества: %n ответа</numerusform>
            <numerusform>Анкета качества: %n ответов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Документы укомплектованы</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>На экспертизе</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Экспертиза проведена</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Проект заключения готов</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>На подписании</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Выдано: вывоз согласован</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Выдано: вывоз не согласован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Closed: items returned</source>
        <translation>Закрыто: предметы возвращены</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Documents are complete</source>
        <translation>Документы укомплектованы</translation>
    </message>
    <message>
        <source>Start the examination</source>
        <translation>Начать экспертизу</translation>
    </message>
    <message>
        <source>Finish the examination</source>
        <translation>Завершить экспертизу</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Подготовить проект заключения</translation>
    </message>
    <message>
        <source>Start signing</source>
        <translation>Начать подписание</translation>
    </message>
    <message>
        <source>Issue: export agreed</source>
        <translation>Выдать: вывоз согласован</translation>
    </message>
    <message>
        <source>Issue: export not agreed</source>
        <translation>Выдать: вывоз не согласован</translation>
    </message>
    <message>
        <source>Repeat the examination…</source>
        <translation>Назначить повторную экспертизу…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Отказать…</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Items of the application</source>
        <translation>Предметы заявления</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, выдан %2</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Паспорт или удостоверение личности</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>на бумаге</translation>
    </message>
    <message>
        <source>through the portal</source>
        <translation>через портал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Место назначения</translation>
    </message>
    <message>
        <source>Export period</source>
        <translation>Срок вывоза</translation>
    </message>
    <message>
        <source>Received on paper</source>
        <translation>Получено на бумаге</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Основание отказа</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Причины отказа</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <source>Not satisfied</source>
        <translation>Не удовлетворён</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Частично удовлетворён</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворён</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Quality survey</source>
        <translation>Анкета качества услуги</translation>
    </message>
    <message>
        <source>1. Are you satisfied with the quality of the service and its result?</source>
        <translation>1. Удовлетворены ли Вы качеством процесса и результатом оказания услуги?</translation>
    </message>
    <message>
        <source>2. Are you satisfied with the quality of the information on how the service is provided?</source>
        <translation>2. Удовлетворены ли Вы качеством информации о порядке оказания услуги?</translation>
    </message>
    <message>
        <source>Choose an answer to each question.</source>
        <translation>Выберите ответ на каждый вопрос.</translation>
    </message>
    <message>
        <source>The applicant&apos;s answers to the survey are recorded.</source>
        <translation>Ответы заявителя на анкету записаны.</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>Find a term…</source>
        <translation>Найти термин…</translation>
    </message>
    <message>
        <source>Find a term: %1</source>
        <translation>Найти термин: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Ничего не выбрано</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <source>Reading the text of the pages</source>
        <translation>Распознаётся текст страниц</translation>
    </message>
    <message>
        <source>Pages whose text could not be read: %1. The scans are kept as they are.</source>
        <translation>Страниц, текст которых не удалось распознать: %1. Сканы сохранены без изменений.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Миниатюры страниц</translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Items back</source>
        <translation>Вернулось</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <source>Not closed (%1)</source>
        <translation>Незакрытые (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Exports to show</source>
        <translation>Какие вывозы показать</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Вывезенное за рубеж</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n вывоз</numerusform>
            <numerusform>%n вывоза</numerusform>
            <numerusform>%n вывозов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted certificates</source>
        <translation>Доверенные сертификаты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Signatures are checked on this computer, without going online: against the certificates below, with the revocation data each document carries and the revocation lists imported here. The certificates of the national certification centre (%1) come with the program and are trusted from the start; compare their fingerprints with those the centre publishes. A signature gets a timestamp from the time-stamp service named in the signing dialog (by default the centre&apos;s: %2); the revocation data of the signer&apos;s certificate is then fetched from the addresses the certificate names (the centre&apos;s OCSP responder: %3) and kept in the document. Without internet the document is signed without them, and the signer is told.</source>
        <translation>Подписи проверяются на этом компьютере, без выхода в сеть: по сертификатам ниже, с данными об отзыве, которые несёт каждый документ, и со списками отозванных сертификатов, импортированными здесь. Сертификаты национального удостоверяющего центра (%1) поставляются с программой и считаются доверенными с самого начала; сверьте их отпечатки с опубликованными центром. Метку времени ставит служба меток времени, указанная в окне подписания (по умолчанию служба центра: %2); тогда данные об отзыве сертификата подписанта получаются по адресам, указанным в сертификате (OCSP-служба центра: %3), и сохраняются в документе. Без интернета документ подписывается без них, и подписанту об этом сообщается.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Доверенные корневые сертификаты</translation>
    </message>
    <message>
        <source>&amp;Add a root certificate…</source>
        <translation>&amp;Добавить корневой сертификат…</translation>
    </message>
    <message>
        <source>&amp;Remove the root…</source>
        <translation>&amp;Удалить корневой…</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Следующее обновление</translation>
    </message>
    <message>
        <source>Revoked certificates</source>
        <translation>Отозвано сертификатов</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported revocation lists</source>
        <translation>Импортированные списки отзыва</translation>
    </message>
    <message>
        <source>&amp;Import a revocation list…</source>
        <translation>&amp;Импортировать список отзыва…</translation>
    </message>
    <message>
        <source>Remove the &amp;list…</source>
        <translation>Удалить &amp;список…</translation>
    </message>
    <message>
        <source>Root certificates</source>
        <translation>Корневые сертификаты</translation>
    </message>
    <message>
        <source>Certificate revocation lists (CRL)</source>
        <translation>Списки отозванных сертификатов (CRL)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (истёк)</translation>
    </message>
    <message>
        <source>from the %1 profile</source>
        <translation>из профиля %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, добавил(а) %2</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, из файла %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать %1 (%2).</translation>
    </message>
    <message>
        <source>A root certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is trusted now.</source>
        <translation>%1 теперь доверенный.</translation>
    </message>
    <message>
        <source>Remove the root</source>
        <translation>Удалить корневой сертификат</translation>
    </message>
    <message>
        <source>Stop trusting %1? Signatures that chain to it will no longer verify.</source>
        <translation>Перестать доверять %1? Подписи, цепочка которых ведёт к нему, больше не пройдут проверку.</translation>
    </message>
    <message>
        <source>The root certificate was removed.</source>
        <translation>Корневой сертификат удалён.</translation>
    </message>
    <message>
        <source>A certificate revocation list</source>
        <translation>Список отозванных сертификатов</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Списки отзыва (*.crl *.pem *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 импортирован.</translation>
    </message>
    <message>
        <source>Remove the list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <source>Remove the revocation list of %1?</source>
        <translation>Удалить список отзыва издателя %1?</translation>
    </message>
    <message>
        <source>The revocation list was removed.</source>
        <translation>Список отзыва удалён.</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Учётные записи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Неудачные входы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Name and role…</source>
        <translation>&amp;Имя и роль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <source>The commission has no seats yet. Add the accounts of the clerks, the members, the chairperson and the official who signs the certificates (Add…), then give each member, the chairperson and the official a seat below: a conclusion is drafted only when one chairperson sits on the commission.</source>
        <translation>В комиссии ещё нет мест. Добавьте учётные записи делопроизводителей, членов комиссии, председателя и должностного лица, подписывающего свидетельства (Добавить…), затем ниже назначьте на места каждого члена, председателя и должностное лицо: заключение готовится, только когда в комиссии есть один председатель.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Заблокирована до %1</translation>
    </message>
    <message>
        <source>Active; must change the password</source>
        <translation>Активна; нужно сменить пароль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed document</source>
        <translation>Проверка подписанного документа</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Доверенная</translation>
    </message>
    <message>
        <source>Changes after it</source>
        <translation>Изменения после неё</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Открыть PDF…</translation>
    </message>
    <message>
        <source>A signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>Невозможно проверить %1: %2</translation>
    </message>
    <message>
        <source>Revocation: checked by an OCSP response of %1.</source>
        <translation>Отзыв: проверен по ответу OCSP от %1.</translation>
    </message>
    <message>
        <source>Revocation: checked against a CRL of %1.</source>
        <translation>Отзыв: проверен по CRL от %1.</translation>
    </message>
    <message>
        <source>Revocation: not checked. %1</source>
        <translation>Отзыв: не проверен. %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>disallowed</source>
        <translation>недопустимые</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <source>Not valid: the document has no signatures.</source>
        <translation>Недействителен: в документе нет подписей.</translation>
    </message>
    <message>
        <source>Not valid: not everyone has signed; missing: %1.</source>
        <translation>Недействителен: подписали не все; нет подписи: %1.</translation>
    </message>
    <message>
        <source>Valid: every signature is intact, valid and trusted, and nothing was changed after it.</source>
        <translation>Действителен: все подписи целы, действительны и заслуживают доверия, после них ничего не изменено.</translation>
    </message>
    <message>
        <source>Not valid: see the signatures marked in red.</source>
        <translation>Недействителен: см. подписи, отмеченные красным.</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Draft without the documents</source>
        <translation>Составить без документов</translation>
    </message>
    <message>
        <source>The conclusion may be drafted although these documents have no scanned page:</source>
        <translation>Заключение будет составлено, хотя у этих документов нет отсканированных страниц:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why the commission concludes without them</source>
        <translation>Почему комиссия даёт заключение без них</translation>
    </message>
    <message>
        <source>The reason is kept in the audit journal with your name; it is printed on no document.</source>
        <translation>Причина сохраняется в журнале аудита с вашим именем и не печатается ни в одном документе.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Texts of the documents</source>
        <translation>Тексты документов</translation>
    </message>
    <message>
        <source>The conclusion is issued in Kazakh and in Russian, each wholly in its language: write the purpose and the occupation in both. Names are written once and are not translated.</source>
        <translation>Заключение выдаётся на казахском и русском языках, каждое целиком на своём языке: напишите цель вывоза и род занятий на обоих. Имена и названия пишутся один раз и не переводятся.</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Цель вывоза</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Род занятий заявителя</translation>
    </message>
    <message>
        <source>Not kept. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>_QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Удалить строку %1</translation>
    </message>
</context>
</TS>
