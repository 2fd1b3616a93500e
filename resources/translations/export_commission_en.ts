<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>12 digits; needed to sign</source>
        <translation>12 digits; needed to sign</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Assigned member:</source>
        <translation>Assigned member:</translation>
    </message>
    <message>
        <source>Member to assign</source>
        <translation>Member to assign</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Are all the documents in? The application goes to the commission&apos;s members for examination; this step cannot be taken back.</source>
        <translation>Are all the documents in? The application goes to the commission&apos;s members for examination; this step cannot be taken back.</translation>
    </message>
    <message>
        <source>Yes, the documents are complete</source>
        <translation>Yes, the documents are complete</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>AdminBoxes</name>
    <message>
        <source>Accounts locked after failed sign-ins</source>
        <translation>Accounts locked after failed sign-ins</translation>
    </message>
    <message>
        <source>Signing staff without a seat today</source>
        <translation>Signing staff without a seat today</translation>
    </message>
    <message>
        <source>Signing certificates ending within 30 days</source>
        <translation>Signing certificates ending within 30 days</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Last signed</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>No account is locked.</source>
        <translation>No account is locked.</translation>
    </message>
    <message>
        <source>Everyone who signs has a seat.</source>
        <translation>Everyone who signs has a seat.</translation>
    </message>
    <message>
        <source>No signing certificate ends within 30 days.</source>
        <translation>No signing certificate ends within 30 days.</translation>
    </message>
    <message>
        <source>Make a backup: the last one is more than a week old, or there is none.</source>
        <translation>Make a backup: the last one is more than a week old, or there is none.</translation>
    </message>
</context>
<context>
    <name>AnnexLack</name>
    <message>
        <source>no agreed result yet</source>
        <translation>no agreed result yet</translation>
    </message>
    <message>
        <source>no overall view chosen</source>
        <translation>no overall view chosen</translation>
    </message>
    <message>
        <source>none shows a scale</source>
        <translation>none shows a scale</translation>
    </message>
    <message>
        <source>more than %1 details chosen</source>
        <translation>more than %1 details chosen</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Individual (IIN)</source>
        <translation>Individual (IIN)</translation>
    </message>
    <message>
        <source>Company (BIN)</source>
        <translation>Company (BIN)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>IIN *:</source>
        <translation>IIN *:</translation>
    </message>
    <message>
        <source>BIN *:</source>
        <translation>BIN *:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>%1 of 12 digits</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Valid IIN: born %1, %2</source>
        <translation>Valid IIN: born %1, %2</translation>
    </message>
    <message>
        <source>Valid BIN: registered %1</source>
        <translation>Valid BIN: registered %1</translation>
    </message>
    <message>
        <source>This is a valid BIN: choose Company.</source>
        <translation>This is a valid BIN: choose Company.</translation>
    </message>
    <message>
        <source>This is a valid IIN: choose Individual.</source>
        <translation>This is a valid IIN: choose Individual.</translation>
    </message>
    <message>
        <source>Not in the registry of applicants: enter the data; it is kept for next time.</source>
        <translation>Not in the registry of applicants: enter the data; it is kept for next time.</translation>
    </message>
    <message>
        <source>Known applicant: data filled from the registry.</source>
        <translation>Known applicant: data filled from the registry.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Expert commission</source>
        <translation>Expert commission</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or brought up to date.</source>
        <translation>The database %1 could not be opened or brought up to date.</translation>
    </message>
    <message>
        <source>The application could not start.</source>
        <translation>The application could not start.</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Assigned member</translation>
    </message>
    <message>
        <source>&amp;Quality survey…</source>
        <translation>&amp;Quality survey…</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamination</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Assigned: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1; the result&apos;s deadline counts from its end</source>
        <translation>%1; the result&apos;s deadline counts from its end</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Drafting the refusal letter…</source>
        <translation>Drafting the refusal letter…</translation>
    </message>
    <message>
        <source>Refused; the refusal letter %1 waits for the chairperson&apos;s signature (Conclusion tab).</source>
        <translation>Refused; the refusal letter %1 waits for the chairperson&apos;s signature (Conclusion tab).</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Who took part: %1</source>
        <translation>Who took part: %1</translation>
    </message>
    <message>
        <source>Tick the members who took part in the meeting. The others are recorded absent: they do not sign the conclusion, which names them. The chairperson %1 signs last.</source>
        <translation>Tick the members who took part in the meeting. The others are recorded absent: they do not sign the conclusion, which names them. The chairperson %1 signs last.</translation>
    </message>
    <message>
        <source>Why absent (leave, illness, mission…): optional</source>
        <translation>Why absent (leave, illness, mission…): optional</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Why absent</translation>
    </message>
    <message>
        <source>%1 of %2 members take part; the quorum is %3.</source>
        <translation>%1 of %2 members take part; the quorum is %3.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>No quorum.</translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <source>Who took part…</source>
        <translation>Who took part…</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Absent: %1</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Application registered</source>
        <translation>Application registered</translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation>Member assigned</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <source>Examination started</source>
        <translation>Examination started</translation>
    </message>
    <message>
        <source>Examination finished</source>
        <translation>Examination finished</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Conclusion drafted</translation>
    </message>
    <message>
        <source>Signing started</source>
        <translation>Signing started</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Issued: export agreed</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Issued: export not agreed</translation>
    </message>
    <message>
        <source>Examination repeated</source>
        <translation>Examination repeated</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Applicant data corrected</source>
        <translation>Applicant data corrected</translation>
    </message>
    <message>
        <source>Pages imported</source>
        <translation>Pages imported</translation>
    </message>
    <message>
        <source>File rejected</source>
        <translation>File rejected</translation>
    </message>
    <message>
        <source>Page rotated</source>
        <translation>Page rotated</translation>
    </message>
    <message>
        <source>Page cropped</source>
        <translation>Page cropped</translation>
    </message>
    <message>
        <source>Page straightened</source>
        <translation>Page straightened</translation>
    </message>
    <message>
        <source>Page made grayscale</source>
        <translation>Page made grayscale</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Page moved</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Page removed</translation>
    </message>
    <message>
        <source>Page restored</source>
        <translation>Page restored</translation>
    </message>
    <message>
        <source>Opinion recorded</source>
        <translation>Opinion recorded</translation>
    </message>
    <message>
        <source>Opinion changed</source>
        <translation>Opinion changed</translation>
    </message>
    <message>
        <source>Agreed result recorded</source>
        <translation>Agreed result recorded</translation>
    </message>
    <message>
        <source>Agreed result changed</source>
        <translation>Agreed result changed</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Conclusion signed</translation>
    </message>
    <message>
        <source>Conclusion draft cancelled</source>
        <translation>Conclusion draft cancelled</translation>
    </message>
    <message>
        <source>Refusal letter drafted</source>
        <translation>Refusal letter drafted</translation>
    </message>
    <message>
        <source>Refusal letter signed</source>
        <translation>Refusal letter signed</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Registry listed (command line)</source>
        <translation>Registry listed (command line)</translation>
    </message>
    <message>
        <source>Exported to a file</source>
        <translation>Exported to a file</translation>
    </message>
    <message>
        <source>Document written to a file</source>
        <translation>Document written to a file</translation>
    </message>
    <message>
        <source>Result package written</source>
        <translation>Result package written</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Account enabled or disabled</source>
        <translation>Account enabled or disabled</translation>
    </message>
    <message>
        <source>Signatory seat given</source>
        <translation>Signatory seat given</translation>
    </message>
    <message>
        <source>Account&apos;s name or role changed</source>
        <translation>Account&apos;s name or role changed</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Password reset by the administrator</source>
        <translation>Password reset by the administrator</translation>
    </message>
    <message>
        <source>Seat on the commission given</source>
        <translation>Seat on the commission given</translation>
    </message>
    <message>
        <source>Seat on the commission ended</source>
        <translation>Seat on the commission ended</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Trusted root certificate added</translation>
    </message>
    <message>
        <source>Trusted root certificate removed</source>
        <translation>Trusted root certificate removed</translation>
    </message>
    <message>
        <source>Revocation list imported</source>
        <translation>Revocation list imported</translation>
    </message>
    <message>
        <source>Revocation list removed</source>
        <translation>Revocation list removed</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <source>Quality survey recorded</source>
        <translation>Quality survey recorded</translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation>Item returned</translation>
    </message>
    <message>
        <source>Loss of an item recorded</source>
        <translation>Loss of an item recorded</translation>
    </message>
    <message>
        <source>Return withdrawn</source>
        <translation>Return withdrawn</translation>
    </message>
    <message>
        <source>Note on a return rewritten</source>
        <translation>Note on a return rewritten</translation>
    </message>
    <message>
        <source>Return check verdict</source>
        <translation>Return check verdict</translation>
    </message>
    <message>
        <source>Return examination recorded</source>
        <translation>Return examination recorded</translation>
    </message>
    <message>
        <source>Return examination changed</source>
        <translation>Return examination changed</translation>
    </message>
    <message>
        <source>Return act drafted</source>
        <translation>Return act drafted</translation>
    </message>
    <message>
        <source>Return act signed</source>
        <translation>Return act signed</translation>
    </message>
    <message>
        <source>Return act cancelled</source>
        <translation>Return act cancelled</translation>
    </message>
    <message>
        <source>Conclusion dated on the decision</source>
        <translation>Conclusion dated on the decision</translation>
    </message>
    <message>
        <source>Certificate drafted</source>
        <translation>Certificate drafted</translation>
    </message>
    <message>
        <source>Certificate not drafted yet</source>
        <translation>Certificate not drafted yet</translation>
    </message>
    <message>
        <source>Certificate signed</source>
        <translation>Certificate signed</translation>
    </message>
    <message>
        <source>Certificate draft cancelled</source>
        <translation>Certificate draft cancelled</translation>
    </message>
    <message>
        <source>Certificate closed: items returned</source>
        <translation>Certificate closed: items returned</translation>
    </message>
    <message>
        <source>Export closed: items returned</source>
        <translation>Export closed: items returned</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <source>Working-day calendar amended</source>
        <translation>Working-day calendar amended</translation>
    </message>
    <message>
        <source>Calendar amendment withdrawn</source>
        <translation>Calendar amendment withdrawn</translation>
    </message>
    <message>
        <source>Deadline moved by the calendar</source>
        <translation>Deadline moved by the calendar</translation>
    </message>
    <message>
        <source>Drafting allowed without required documents</source>
        <translation>Drafting allowed without required documents</translation>
    </message>
    <message>
        <source>Member recorded absent</source>
        <translation>Member recorded absent</translation>
    </message>
    <message>
        <source>Member recorded present</source>
        <translation>Member recorded present</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>account enabled</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>result due</source>
        <translation>result due</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>resolution, dpi</source>
        <translation>resolution, dpi</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>width, pixels</source>
        <translation>width, pixels</translation>
    </message>
    <message>
        <source>height, pixels</source>
        <translation>height, pixels</translation>
    </message>
    <message>
        <source>turned by, degrees</source>
        <translation>turned by, degrees</translation>
    </message>
    <message>
        <source>crop frame</source>
        <translation>crop frame</translation>
    </message>
    <message>
        <source>straightened by, degrees</source>
        <translation>straightened by, degrees</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>presented by</source>
        <translation>presented by</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>how it differs</source>
        <translation>how it differs</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>export agreed</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>corrects</translation>
    </message>
    <message>
        <source>signature field</source>
        <translation>signature field</translation>
    </message>
    <message>
        <source>IIN in the certificate</source>
        <translation>IIN in the certificate</translation>
    </message>
    <message>
        <source>certificate holder</source>
        <translation>certificate holder</translation>
    </message>
    <message>
        <source>satisfied with the service</source>
        <translation>satisfied with the service</translation>
    </message>
    <message>
        <source>satisfied with the information</source>
        <translation>satisfied with the information</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>IIN/BIN</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>applicants</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>citizenship</translation>
    </message>
    <message>
        <source>passport or ID card No.</source>
        <translation>passport or ID card No.</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>issued on</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>residence</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>requisites</source>
        <translation>requisites</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>no such user</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>wrong password; account locked</source>
        <translation>wrong password; account locked</translation>
    </message>
    <message>
        <source>the examination is repeated</source>
        <translation>the examination is repeated</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>matches the examined item</source>
        <translation>matches the examined item</translation>
    </message>
    <message>
        <source>differs from the examined item</source>
        <translation>differs from the examined item</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>legal entity</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>partly satisfied</source>
        <translation>partly satisfied</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Filter by application</source>
        <translation>Filter by application</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Older events</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Save the head…</source>
        <translation>Save the head…</translation>
    </message>
    <message>
        <source>Write the newest event&apos;s number and hash to a file to keep apart from this computer: the check finds the journal rewritten below it</source>
        <translation>Write the newest event&apos;s number and hash to a file to keep apart from this computer: the check finds the journal rewritten below it</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n event(s).</source>
        <translation>
            <numerusform>The chain is intact: %n event.</numerusform>
            <numerusform>The chain is intact: %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2</source>
        <translation>The chain is broken at event %1: %2</translation>
    </message>
    <message>
        <source>Save the journal&apos;s head</source>
        <translation>Save the journal&apos;s head</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The journal has no event yet.</source>
        <translation>The journal has no event yet.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Event %1 is saved as the head in %2: keep the file apart from this computer.</source>
        <translation>Event %1 is saved as the head in %2: keep the file apart from this computer.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Last backup: %1 by %2, to %3</source>
        <translation>Last backup: %1 by %2, to %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>The copy is checked before it is kept: the database&apos;s integrity, every stored file&apos;s checksum and the audit journal&apos;s chain.</source>
        <translation>The copy is checked before it is kept: the database&apos;s integrity, every stored file&apos;s checksum and the audit journal&apos;s chain.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>A restore replaces everything in the database with the backup. Close the program on every other desk first: while another one has the database open, nothing is replaced. The backup is checked before.</source>
        <translation>A restore replaces everything in the database with the backup. Close the program on every other desk first: while another one has the database open, nothing is replaced. The backup is checked before.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>Checking every stored file…</translation>
    </message>
    <message>
        <source>Replacing the database…</source>
        <translation>Replacing the database…</translation>
    </message>
    <message>
        <source>Checking the restored database…</source>
        <translation>Checking the restored database…</translation>
    </message>
    <message>
        <source>Choose a folder that exists: %1</source>
        <translation>Choose a folder that exists: %1</translation>
    </message>
    <message>
        <source>No backup was made. %1</source>
        <translation>No backup was made. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 stored files and %3 audit events checked.</source>
        <translation>Backed up to %1: %2 stored files and %3 audit events checked.</translation>
    </message>
    <message>
        <source>A backup to restore</source>
        <translation>A backup to restore</translation>
    </message>
    <message>
        <source>Replace everything in the database with %1? Whatever was done since that backup is lost.</source>
        <translation>Replace everything in the database with %1? Whatever was done since that backup is lost.</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Nothing was restored. %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored from %1: %2 stored files and %3 audit events checked.</source>
        <translation>Restored from %1: %2 stored files and %3 audit events checked.</translation>
    </message>
    <message numerus="yes">
        <source>The restored database breaks %n rule(s); the command &apos;export-commission check&apos; lists them.</source>
        <translation>
            <numerusform>The restored database breaks %n rule; the command &apos;export-commission check&apos; lists them.</numerusform>
            <numerusform>The restored database breaks %n rules; the command &apos;export-commission check&apos; lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the program and start it again, so that every screen reads the restored database.</source>
        <translation>Close the program and start it again, so that every screen reads the restored database.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Name or reason</source>
        <translation>Name or reason</translation>
    </message>
    <message>
        <source>Amend the calendar (a decree after this release)</source>
        <translation>Amend the calendar (a decree after this release)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Make it:</source>
        <translation>&amp;Make it:</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>a day off</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>a working day</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The decree (number and date) or the reason</source>
        <translation>The decree (number and date) or the reason</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Amend</translation>
    </message>
    <message>
        <source>&amp;Withdraw the amendment</source>
        <translation>&amp;Withdraw the amendment</translation>
    </message>
    <message>
        <source>amended by %1: %2</source>
        <translation>amended by %1: %2</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>This amendment moves no running deadline.</source>
        <translation>This amendment moves no running deadline.</translation>
    </message>
    <message numerus="yes">
        <source>This amendment moves %n running deadline(s):</source>
        <translation>
            <numerusform>This amendment moves %n running deadline:</numerusform>
            <numerusform>This amendment moves %n running deadlines:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The amendment of %1 is withdrawn.</source>
        <translation>The amendment of %1 is withdrawn.</translation>
    </message>
    <message>
        <source>%1 is a working day now.</source>
        <translation>%1 is a working day now.</translation>
    </message>
    <message>
        <source>%1 is a day off now.</source>
        <translation>%1 is a day off now.</translation>
    </message>
    <message numerus="yes">
        <source>%n running deadline(s) moved.</source>
        <translation>
            <numerusform>%n running deadline moved.</numerusform>
            <numerusform>%n running deadlines moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Draft the certificate</source>
        <translation>Draft the certificate</translation>
    </message>
    <message>
        <source>Cancel the certificate draft…</source>
        <translation>Cancel the certificate draft…</translation>
    </message>
    <message>
        <source>Certificate %1 drafted; the official signs it here.</source>
        <translation>Certificate %1 drafted; the official signs it here.</translation>
    </message>
    <message>
        <source>Drafting the certificate…</source>
        <translation>Drafting the certificate…</translation>
    </message>
    <message>
        <source>Cancel the certificate draft</source>
        <translation>Cancel the certificate draft</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? Its number stays in the journal.</source>
        <translation>Why is %1 cancelled? Its number stays in the journal.</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled.</source>
        <translation>Certificate %1 cancelled.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 signature(s) in %3 signature field(s)</source>
        <translation>%1: %2 signature(s) in %3 signature field(s)</translation>
    </message>
    <message>
        <source>%1. field %2: %3, IIN %4%5</source>
        <translation>%1. field %2: %3, IIN %4%5</translation>
    </message>
    <message>
        <source> (locks the document)</source>
        <translation> (locks the document)</translation>
    </message>
    <message>
        <source>   signing time %1; timestamp %2</source>
        <translation>   signing time %1; timestamp %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (valid)</source>
        <translation>%1 (valid)</translation>
    </message>
    <message>
        <source>%1 (NOT valid)</source>
        <translation>%1 (NOT valid)</translation>
    </message>
    <message>
        <source>   intact %1, valid %2, trusted %3</source>
        <translation>   intact %1, valid %2, trusted %3</translation>
    </message>
    <message>
        <source>   revocation checked by an OCSP response of %1</source>
        <translation>   revocation checked by an OCSP response of %1</translation>
    </message>
    <message>
        <source>   revocation checked against a CRL of %1</source>
        <translation>   revocation checked against a CRL of %1</translation>
    </message>
    <message>
        <source>   revocation not checked: %1</source>
        <translation>   revocation not checked: %1</translation>
    </message>
    <message>
        <source>   coverage %1, modifications %2, disallowed changes %3</source>
        <translation>   coverage %1, modifications %2, disallowed changes %3</translation>
    </message>
    <message>
        <source>   OK</source>
        <translation>   OK</translation>
    </message>
    <message>
        <source>   NOT OK: %1</source>
        <translation>   NOT OK: %1</translation>
    </message>
    <message>
        <source>-. field %1%2: NOT SIGNED</source>
        <translation>-. field %1%2: NOT SIGNED</translation>
    </message>
    <message>
        <source>not OK: the file has no signatures</source>
        <translation>not OK: the file has no signatures</translation>
    </message>
    <message>
        <source>not OK: the signature in field %1%2 is missing</source>
        <translation>not OK: the signature in field %1%2 is missing</translation>
    </message>
    <message>
        <source>not OK: %1 of %2 signature(s) failed</source>
        <translation>not OK: %1 of %2 signature(s) failed</translation>
    </message>
    <message>
        <source>OK: all %1 signature(s) are intact, valid and trusted, and every signature field is signed</source>
        <translation>OK: all %1 signature(s) are intact, valid and trusted, and every signature field is signed</translation>
    </message>
    <message>
        <source>the chairperson</source>
        <translation>the chairperson</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>its revision of the file</source>
        <translation>its revision of the file</translation>
    </message>
    <message>
        <source>part of its revision</source>
        <translation>part of its revision</translation>
    </message>
    <message>
        <source>form filling</source>
        <translation>form filling</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>other changes</source>
        <translation>other changes</translation>
    </message>
    <message>
        <source>signed %1 into %2 (field %3)</source>
        <translation>signed %1 into %2 (field %3)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>being signed</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>%1 (%2, %3) written to %4</source>
        <translation>%1 (%2, %3) written to %4</translation>
    </message>
    <message>
        <source>%1 drafted for %2 (%3); signers in turn: %4</source>
        <translation>%1 drafted for %2 (%3); signers in turn: %4</translation>
    </message>
    <message>
        <source>export agreed</source>
        <translation>export agreed</translation>
    </message>
    <message>
        <source>export not agreed</source>
        <translation>export not agreed</translation>
    </message>
    <message>
        <source>result package of %1 written to %2</source>
        <translation>result package of %1 written to %2</translation>
    </message>
    <message>
        <source>%1 refused (%2); the refusal letter %3 waits for the signature of %4</source>
        <translation>%1 refused (%2); the refusal letter %3 waits for the signature of %4</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; issued</source>
        <translation>signed %1 in field %2 as %3; issued</translation>
    </message>
    <message>
        <source>signed %1 in field %2 as %3; still to sign: %4</source>
        <translation>signed %1 in field %2 as %3; still to sign: %4</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <source>%1 of %2 applications</source>
        <translation>%1 of %2 applications</translation>
    </message>
    <message>
        <source>registered %1 (received %2)</source>
        <translation>registered %1 (received %2)</translation>
    </message>
    <message>
        <source>  preliminary examination due %1</source>
        <translation>  preliminary examination due %1</translation>
    </message>
    <message>
        <source>  result due %1</source>
        <translation>  result due %1</translation>
    </message>
    <message>
        <source>%1: the package is valid (%2 items)</source>
        <translation>%1: the package is valid (%2 items)</translation>
    </message>
    <message>
        <source>%1: stored %2 page(s) from %3 of %4 file(s)</source>
        <translation>%1: stored %2 page(s) from %3 of %4 file(s)</translation>
    </message>
    <message>
        <source>read the text of %1 page(s)</source>
        <translation>read the text of %1 page(s)</translation>
    </message>
    <message>
        <source>page %1 could not be read: %2</source>
        <translation>page %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1: the scans with their text written to %2</source>
        <translation>%1: the scans with their text written to %2</translation>
    </message>
    <message>
        <source>%1: the scans written to %2; %3 of %4 page(s) carry their text</source>
        <translation>%1: the scans written to %2; %3 of %4 page(s) carry their text</translation>
    </message>
    <message>
        <source>%1 page(s) not read yet carry no text: read them with the command read-scans %2, then write the PDF again</source>
        <translation>%1 page(s) not read yet carry no text: read them with the command read-scans %2, then write the PDF again</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read: their text is not in the file</source>
        <translation>%1 page(s) could not be read: their text is not in the file</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>every invariant holds (%1)</source>
        <translation>every invariant holds (%1)</translation>
    </message>
    <message>
        <source>%1 broken (%2)</source>
        <translation>%1 broken (%2)</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>  [amended by %1: %2]</source>
        <translation>  [amended by %1: %2]</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>%1 days of %2 that are not what their weekday says</source>
        <translation>%1 days of %2 that are not what their weekday says</translation>
    </message>
    <message>
        <source>%1: the amendment withdrawn; %2 running deadline(s) moved</source>
        <translation>%1: the amendment withdrawn; %2 running deadline(s) moved</translation>
    </message>
    <message>
        <source>%1: now a working day; %2 running deadline(s) moved</source>
        <translation>%1: now a working day; %2 running deadline(s) moved</translation>
    </message>
    <message>
        <source>%1: now a day off; %2 running deadline(s) moved</source>
        <translation>%1: now a day off; %2 running deadline(s) moved</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>key usage</source>
        <translation>key usage</translation>
    </message>
    <message>
        <source>extended key usage</source>
        <translation>extended key usage</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <source>may sign a conclusion</source>
        <translation>may sign a conclusion</translation>
    </message>
    <message>
        <source>The database %1 already has data; left as it is.</source>
        <translation>The database %1 already has data; left as it is.</translation>
    </message>
    <message>
        <source>applications taken to their result: %1/%2</source>
        <translation>applications taken to their result: %1/%2</translation>
    </message>
    <message>
        <source>Demo data written to %1 (region: %2):</source>
        <translation>Demo data written to %1 (region: %2):</translation>
    </message>
    <message>
        <source>  %1 applications, %2 applicants, %3 items, %4 document pages, %5 documents with %6 signatures</source>
        <translation>  %1 applications, %2 applicants, %3 items, %4 document pages, %5 documents with %6 signatures</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password / role):</source>
        <translation>Demo accounts (user name / password / role):</translation>
    </message>
    <message>
        <source>Demo signing keys (password: the account&apos;s; not for real use): %1</source>
        <translation>Demo signing keys (password: the account&apos;s; not for real use): %1</translation>
    </message>
    <message>
        <source>trusted: %1</source>
        <translation>trusted: %1</translation>
    </message>
    <message>
        <source>no longer trusted: %1</source>
        <translation>no longer trusted: %1</translation>
    </message>
    <message>
        <source>[%1 profile]</source>
        <translation>[%1 profile]</translation>
    </message>
    <message>
        <source>time stamps: %1  OCSP: %2  (%3 profile)</source>
        <translation>time stamps: %1  OCSP: %2  (%3 profile)</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>imported: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <source>issued %1, next %2, %3 revoked</source>
        <translation>issued %1, next %2, %3 revoked</translation>
    </message>
    <message>
        <source>no seats yet: give them with &apos;seats add&apos;</source>
        <translation>no seats yet: give them with &apos;seats add&apos;</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5</source>
        <translation>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5</translation>
    </message>
    <message>
        <source>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5 to %6</source>
        <translation>seat %1: &apos;%2&apos; holds the seat &apos;%3&apos; of %4 from %5 to %6</translation>
    </message>
    <message>
        <source>seat %1 (&apos;%2&apos;, %3) ends on %4</source>
        <translation>seat %1 (&apos;%2&apos;, %3) ends on %4</translation>
    </message>
    <message>
        <source>roles created: %1</source>
        <translation>roles created: %1</translation>
    </message>
    <message>
        <source>no role created: all existed; the grants were applied again</source>
        <translation>no role created: all existed; the grants were applied again</translation>
    </message>
    <message>
        <source>the desktops connect as %1</source>
        <translation>the desktops connect as %1</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; has a database login without a password: reset it (users reset-password) before it signs in at a desktop</source>
        <translation>the account &apos;%1&apos; has a database login without a password: reset it (users reset-password) before it signs in at a desktop</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Return check: item %1 «%2»</source>
        <translation>Return check: item %1 «%2»</translation>
    </message>
    <message>
        <source>The records compared field by field</source>
        <translation>The records compared field by field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>At the examination</source>
        <translation>At the examination</translation>
    </message>
    <message>
        <source>On return</source>
        <translation>On return</translation>
    </message>
    <message>
        <source>Photo at the examination</source>
        <translation>Photo at the examination</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Photo on return</translation>
    </message>
    <message>
        <source>The item &amp;matches the one examined</source>
        <translation>The item &amp;matches the one examined</translation>
    </message>
    <message>
        <source>The item &amp;differs</source>
        <translation>The item &amp;differs</translation>
    </message>
    <message>
        <source>Notes on the check</source>
        <translation>Notes on the check</translation>
    </message>
    <message>
        <source>What differs, and anything else to note</source>
        <translation>What differs, and anything else to note</translation>
    </message>
    <message>
        <source>&amp;Save the verdict</source>
        <translation>&amp;Save the verdict</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Examination photo %1</source>
        <translation>Examination photo %1</translation>
    </message>
    <message>
        <source>Photo on return %1</source>
        <translation>Photo on return %1</translation>
    </message>
    <message>
        <source>The return examination is not recorded yet: record it in the Examination tab.</source>
        <translation>The return examination is not recorded yet: record it in the Examination tab.</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Differs in: %1</translation>
    </message>
    <message>
        <source>The records agree in every field compared.</source>
        <translation>The records agree in every field compared.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Similarity: needs a photo on each side</source>
        <translation>Similarity: needs a photo on each side</translation>
    </message>
    <message>
        <source>The return check of the item is recorded.</source>
        <translation>The return check of the item is recorded.</translation>
    </message>
    <message>
        <source>Similarity: comparing…</source>
        <translation>Similarity: comparing…</translation>
    </message>
    <message>
        <source>Similarity: not computed (%1)</source>
        <translation>Similarity: not computed (%1)</translation>
    </message>
    <message>
        <source>pHash 64-bit DCT, best of 8 orientations</source>
        <translation>pHash 64-bit DCT, best of 8 orientations</translation>
    </message>
    <message>
        <source>Similarity %1 % (%2)</source>
        <translation>Similarity %1 % (%2)</translation>
    </message>
    <message>
        <source>far less alike than photos of the same object usually are: look closely</source>
        <translation>far less alike than photos of the same object usually are: look closely</translation>
    </message>
    <message>
        <source>Choose whether the item matches or differs.</source>
        <translation>Choose whether the item matches or differs.</translation>
    </message>
</context>
<context>
    <name>ConclusionPanel</name>
    <message>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>Texts of the documents…</source>
        <translation>Texts of the documents…</translation>
    </message>
    <message>
        <source>The purpose and the applicant&apos;s occupation in Kazakh and in Russian, as the documents print them</source>
        <translation>The purpose and the applicant&apos;s occupation in Kazakh and in Russian, as the documents print them</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Draft the conclusion</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Refusal letter</translation>
    </message>
    <message>
        <source>Return act</source>
        <translation>Return act</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>being signed</source>
        <translation>being signed</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation>superseded by a correction</translation>
    </message>
    <message>
        <source>closed: the items are back</source>
        <translation>closed: the items are back</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>No conclusion yet.</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Signatures: %1</translation>
    </message>
    <message>
        <source>Identification annex: item %1 (%2): %3</source>
        <translation>Identification annex: item %1 (%2): %3</translation>
    </message>
    <message>
        <source>Drafting the conclusion…</source>
        <translation>Drafting the conclusion…</translation>
    </message>
    <message>
        <source>Conclusion %1 drafted; the members sign first, the chairperson last.</source>
        <translation>Conclusion %1 drafted; the members sign first, the chairperson last.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Signed. %1 is %2.</source>
        <translation>Signed. %1 is %2.</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>Not signed. %1</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>The file cannot be written (%1).</translation>
    </message>
    <message>
        <source>%1: no signatures yet</source>
        <translation>%1: no signatures yet</translation>
    </message>
    <message>
        <source>Conclusions, refusal letters, return acts and the certificate</source>
        <translation>Conclusions, refusal letters, return acts and the certificate</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>%1 · not signed yet: %2</source>
        <translation>%1 · not signed yet: %2</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Saved by someone else meanwhile</translation>
    </message>
    <message>
        <source>you started a new record</source>
        <translation>you started a new record</translation>
    </message>
    <message>
        <source>you opened version %1</source>
        <translation>you opened version %1</translation>
    </message>
    <message>
        <source>%1 saved this record (version %2) at %3, after %4. Compare the two versions: the differences are marked.</source>
        <translation>%1 saved this record (version %2) at %3, after %4. Compare the two versions: the differences are marked.</translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation>Show only the differences</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Both versions, field by field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Keep mine (save over theirs)</translation>
    </message>
    <message>
        <source>Take theirs (discard mine)</source>
        <translation>Take theirs (discard mine)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation>The versions differ here</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Page to crop</source>
        <translation>Page to crop</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Drag a rectangle over the part of the page to keep.</source>
        <translation>Drag a rectangle over the part of the page to keep.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Crop</translation>
    </message>
    <message>
        <source>No area chosen yet.</source>
        <translation>No area chosen yet.</translation>
    </message>
    <message>
        <source>Keep %1 × %2 pixels</source>
        <translation>Keep %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message numerus="yes">
        <source>%1 (overdue by %n working day(s))</source>
        <translation>
            <numerusform>%1 (overdue by %n working day)</numerusform>
            <numerusform>%1 (overdue by %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (due today)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) left)</source>
        <translation>
            <numerusform>%1 (%n working day left)</numerusform>
            <numerusform>%1 (%n working days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preliminary: %1</source>
        <translation>Preliminary: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDate</name>
    <message>
        <source>Date of the commission&apos;s decision:</source>
        <translation>Date of the commission&apos;s decision:</translation>
    </message>
    <message>
        <source>Date of the commission&apos;s decision</source>
        <translation>Date of the commission&apos;s decision</translation>
    </message>
    <message>
        <source>Set the date</source>
        <translation>Set the date</translation>
    </message>
    <message>
        <source>%1 is dated %2.</source>
        <translation>%1 is dated %2.</translation>
    </message>
</context>
<context>
    <name>DocumentBanner</name>
    <message>
        <source>State of the document</source>
        <translation>State of the document</translation>
    </message>
    <message>
        <source>Draft: nobody has signed it yet.</source>
        <translation>Draft: nobody has signed it yet.</translation>
    </message>
    <message>
        <source>Being signed: %1 of %2 signatures; still to sign: %3.</source>
        <translation>Being signed: %1 of %2 signatures; still to sign: %3.</translation>
    </message>
    <message>
        <source>Superseded by a correction: this document is no longer in force.</source>
        <translation>Superseded by a correction: this document is no longer in force.</translation>
    </message>
    <message>
        <source>Cancelled: this document is not in force.</source>
        <translation>Cancelled: this document is not in force.</translation>
    </message>
    <message>
        <source>Signed, but not every signature holds: press Verify for the details.</source>
        <translation>Signed, but not every signature holds: press Verify for the details.</translation>
    </message>
    <message>
        <source>Signed by everyone; checking the signatures…</source>
        <translation>Signed by everyone; checking the signatures…</translation>
    </message>
    <message>
        <source>Signed by everyone; the signatures could not be checked.</source>
        <translation>Signed by everyone; the signatures could not be checked.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds. The export is closed: the items are back.</source>
        <translation>Signed and valid: every signature holds. The export is closed: the items are back.</translation>
    </message>
    <message>
        <source>Signed and valid: every signature holds.</source>
        <translation>Signed and valid: every signature holds.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>JPEG images (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation>TIFF images (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) stored, the rest not imported.</source>
        <translation>
            <numerusform>Cancelled: %n file stored, the rest not imported.</numerusform>
            <numerusform>Cancelled: %n files stored, the rest not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored</source>
        <translation>
            <numerusform>%n page stored</numerusform>
            <numerusform>%n pages stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n file(s).</source>
        <translation>
            <numerusform> from %n file.</numerusform>
            <numerusform> from %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n file not imported.</numerusform>
            <numerusform>%n files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import scans, photos and PDFs (or drop files here)</source>
        <translation>Import scans, photos and PDFs (or drop files here)</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>&amp;Scan…</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Rotate &amp;left</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn counter-clockwise</source>
        <translation>Turn the page a quarter turn counter-clockwise</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Rotate &amp;right</translation>
    </message>
    <message>
        <source>Turn the page a quarter turn clockwise</source>
        <translation>Turn the page a quarter turn clockwise</translation>
    </message>
    <message>
        <source>&amp;Crop…</source>
        <translation>&amp;Crop…</translation>
    </message>
    <message>
        <source>Keep only a part of the page</source>
        <translation>Keep only a part of the page</translation>
    </message>
    <message>
        <source>Des&amp;kew</source>
        <translation>Des&amp;kew</translation>
    </message>
    <message>
        <source>Straighten a crooked scan</source>
        <translation>Straighten a crooked scan</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>&amp;Grayscale</translation>
    </message>
    <message>
        <source>Turn a colour scan into shades of grey</source>
        <translation>Turn a colour scan into shades of grey</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>Move &amp;earlier</translation>
    </message>
    <message>
        <source>Move the page one place earlier</source>
        <translation>Move the page one place earlier</translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation>Move la&amp;ter</translation>
    </message>
    <message>
        <source>Move the page one place later</source>
        <translation>Move the page one place later</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the page (%1)</source>
        <translation>Delete the page (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Kind of page</source>
        <translation>&amp;Kind of page</translation>
    </message>
    <message>
        <source>Say what the page is: form, identity document, photo or other</source>
        <translation>Say what the page is: form, identity document, photo or other</translation>
    </message>
    <message>
        <source>Scan paper documents into this application</source>
        <translation>Scan paper documents into this application</translation>
    </message>
    <message>
        <source>Scanning is not available. %1</source>
        <translation>Scanning is not available. %1</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>No pages yet. Import files (Ctrl+I), scan, or drop files here.</source>
        <translation>No pages yet. Import files (Ctrl+I), scan, or drop files here.</translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation>No pages yet.</translation>
    </message>
    <message>
        <source>This page was changed by someone else meanwhile; the pages have been reloaded. Look at it again and repeat the change if it is still needed.</source>
        <translation>This page was changed by someone else meanwhile; the pages have been reloaded. Look at it again and repeat the change if it is still needed.</translation>
    </message>
    <message>
        <source>Import scans and photos</source>
        <translation>Import scans and photos</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)</source>
        <translation>Importing %1 (file %2 of %3)</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Importing documents</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) stored.</source>
        <translation>
            <numerusform>%n scanned page stored.</numerusform>
            <numerusform>%n scanned pages stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>On %2 the commission has %1 chairpersons; exactly one is needed to sign. Ask the administrator to set the commission&apos;s seats.</source>
        <translation>On %2 the commission has %1 chairpersons; exactly one is needed to sign. Ask the administrator to set the commission&apos;s seats.</translation>
    </message>
    <message>
        <source>A conclusion is drafted once the examination of application %1 is finished.</source>
        <translation>A conclusion is drafted once the examination of application %1 is finished.</translation>
    </message>
    <message>
        <source>A refusal needs at least one reason.</source>
        <translation>A refusal needs at least one reason.</translation>
    </message>
    <message>
        <source>Application %1 is not refused.</source>
        <translation>Application %1 is not refused.</translation>
    </message>
    <message>
        <source>Application %1 has its refusal letter already.</source>
        <translation>Application %1 has its refusal letter already.</translation>
    </message>
    <message>
        <source>Say what the correction corrects.</source>
        <translation>Say what the correction corrects.</translation>
    </message>
    <message>
        <source>%1 is not an issued conclusion.</source>
        <translation>%1 is not an issued conclusion.</translation>
    </message>
    <message>
        <source>%1 has no IIN on record; the administrator must add it before they can sign.</source>
        <translation>%1 has no IIN on record; the administrator must add it before they can sign.</translation>
    </message>
    <message>
        <source>%1 takes no more signatures.</source>
        <translation>%1 takes no more signatures.</translation>
    </message>
    <message>
        <source>You are not among those who sign %1.</source>
        <translation>You are not among those who sign %1.</translation>
    </message>
    <message>
        <source>You have signed %1 already.</source>
        <translation>You have signed %1 already.</translation>
    </message>
    <message>
        <source>The chairperson signs last; still to sign: %1.</source>
        <translation>The chairperson signs last; still to sign: %1.</translation>
    </message>
    <message>
        <source>A return act closes an agreed export that is still open; application %1 is not one.</source>
        <translation>A return act closes an agreed export that is still open; application %1 is not one.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted already.</source>
        <translation>The return act %1 is drafted already.</translation>
    </message>
    <message>
        <source>Say why the act is cancelled.</source>
        <translation>Say why the act is cancelled.</translation>
    </message>
    <message>
        <source>%1 is not a return act being signed.</source>
        <translation>%1 is not a return act being signed.</translation>
    </message>
    <message>
        <source>The return act of %1 cannot be drafted yet:</source>
        <translation>The return act of %1 cannot be drafted yet:</translation>
    </message>
    <message>
        <source>Item %1 «%2» has not come back.</source>
        <translation>Item %1 «%2» has not come back.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no return examination.</source>
        <translation>Item %1 «%2» has no return examination.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no photo taken on return.</source>
        <translation>Item %1 «%2» has no photo taken on return.</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no verdict.</source>
        <translation>Item %1 «%2» has no verdict.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Kazakh.</source>
        <translation>Item %1 «%2»: the note on its return is not written in Kazakh.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return is not written in Russian.</source>
        <translation>Item %1 «%2»: the note on its return is not written in Russian.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Kazakh.</source>
        <translation>Item %1 «%2»: the document of its loss is not written in Kazakh.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the document of its loss is not written in Russian.</source>
        <translation>Item %1 «%2»: the document of its loss is not written in Russian.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Kazakh.</source>
        <translation>Item %1 «%2»: the note on its return check is not written in Kazakh.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: the note on its return check is not written in Russian.</source>
        <translation>Item %1 «%2»: the note on its return check is not written in Russian.</translation>
    </message>
    <message>
        <source>Tick the items that came back.</source>
        <translation>Tick the items that came back.</translation>
    </message>
    <message>
        <source>Say who presented the items.</source>
        <translation>Say who presented the items.</translation>
    </message>
    <message>
        <source>Say where the items were presented.</source>
        <translation>Say where the items were presented.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and the place %2.</source>
        <translation>The name may have at most %1 characters and the place %2.</translation>
    </message>
    <message>
        <source>Name the document that records the loss: its number, date and issuer.</source>
        <translation>Name the document that records the loss: its number, date and issuer.</translation>
    </message>
    <message>
        <source>Say how the returned item differs from the one examined.</source>
        <translation>Say how the returned item differs from the one examined.</translation>
    </message>
    <message>
        <source>A lost item has no return check.</source>
        <translation>A lost item has no return check.</translation>
    </message>
    <message>
        <source>Record the return examination of the item first (Examination tab).</source>
        <translation>Record the return examination of the item first (Examination tab).</translation>
    </message>
    <message>
        <source>The export of %1 is closed by its return act.</source>
        <translation>The export of %1 is closed by its return act.</translation>
    </message>
    <message>
        <source>Application %1 is not an agreed export.</source>
        <translation>Application %1 is not an agreed export.</translation>
    </message>
    <message>
        <source>The return act %1 is drafted: cancel it (Return tab) before changing the returns or their check.</source>
        <translation>The return act %1 is drafted: cancel it (Return tab) before changing the returns or their check.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <source>%1 is before the export began (%2).</source>
        <translation>%1 is before the export began (%2).</translation>
    </message>
    <message>
        <source>The return of item(s) %1 is registered already.</source>
        <translation>The return of item(s) %1 is registered already.</translation>
    </message>
    <message>
        <source>Item %1 has not come back yet: register its return first.</source>
        <translation>Item %1 has not come back yet: register its return first.</translation>
    </message>
    <message>
        <source>The conclusion cannot be drafted yet: these documents have no scanned page. Scan them, or the chairperson may override with a written reason:</source>
        <translation>The conclusion cannot be drafted yet: these documents have no scanned page. Scan them, or the chairperson may override with a written reason:</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation>The signature could not be made: %1</translation>
    </message>
    <message>
        <source>The signing process stopped before it answered; try again.</source>
        <translation>The signing process stopped before it answered; try again.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document (%1).</source>
        <translation>The file is not a readable PDF document (%1).</translation>
    </message>
    <message>
        <source>The PDF has %1 revisions, more than the %2 a signed document can have; it was not verified.</source>
        <translation>The PDF has %1 revisions, more than the %2 a signed document can have; it was not verified.</translation>
    </message>
    <message>
        <source>The PDF has %1 signatures, more than the %2 a signed document can have; it was not verified.</source>
        <translation>The PDF has %1 signatures, more than the %2 a signed document can have; it was not verified.</translation>
    </message>
    <message>
        <source>The PDF&apos;s objects are nested too deeply to be read safely.</source>
        <translation>The PDF&apos;s objects are nested too deeply to be read safely.</translation>
    </message>
    <message>
        <source>Checking the PDF&apos;s signatures took too long; it was not verified.</source>
        <translation>Checking the PDF&apos;s signatures took too long; it was not verified.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2</source>
        <translation>The key file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>The password for %1 is wrong.</translation>
    </message>
    <message>
        <source>The token %1 cannot be used.</source>
        <translation>The token %1 cannot be used.</translation>
    </message>
    <message>
        <source>The token library (PKCS#11) %1 cannot be loaded.</source>
        <translation>The token library (PKCS#11) %1 cannot be loaded.</translation>
    </message>
    <message>
        <source>No token labelled %1 is connected.</source>
        <translation>No token labelled %1 is connected.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is wrong.</source>
        <translation>The PIN for token %1 is wrong.</translation>
    </message>
    <message>
        <source>The PIN for token %1 is locked.</source>
        <translation>The PIN for token %1 is locked.</translation>
    </message>
    <message>
        <source>Token %1 has no single signing key with its certificate.</source>
        <translation>Token %1 has no single signing key with its certificate.</translation>
    </message>
    <message>
        <source>NCALayer did not sign: %1</source>
        <translation>NCALayer did not sign: %1</translation>
    </message>
    <message>
        <source>NCALayer is not running on this computer: start it (it listens at %1) and try again.</source>
        <translation>NCALayer is not running on this computer: start it (it listens at %1) and try again.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer.</source>
        <translation>Signing was cancelled in NCALayer.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>The certificate of %1 expired on %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>The certificate of %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>This is the login key of %1 (AUTH_RSA256_….p12), which may not sign documents. Choose the signing key instead: the file named RSA256_….p12 or GOSTKNCA_….p12.</source>
        <translation>This is the login key of %1 (AUTH_RSA256_….p12), which may not sign documents. Choose the signing key instead: the file named RSA256_….p12 or GOSTKNCA_….p12.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing documents: its key usage (%2) lacks non-repudiation.</source>
        <translation>The certificate of %1 is not for signing documents: its key usage (%2) lacks non-repudiation.</translation>
    </message>
    <message>
        <source>This is the certificate of a certification authority (%1), not a person&apos;s key.</source>
        <translation>This is the certificate of a certification authority (%1), not a person&apos;s key.</translation>
    </message>
    <message>
        <source>The key of %1 is a %2 key, which this program cannot use from a file: sign through NCALayer.</source>
        <translation>The key of %1 is a %2 key, which this program cannot use from a file: sign through NCALayer.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for IIN %2, but the signer&apos;s IIN on record is %3.</source>
        <translation>The certificate of %1 is for IIN %2, but the signer&apos;s IIN on record is %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is revoked.</source>
        <translation>The certificate of %1 is revoked.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 cannot be validated.</source>
        <translation>The certificate chain of %1 cannot be validated.</translation>
    </message>
    <message>
        <source>The final signature (field %1) locked the document; it takes no further signature.</source>
        <translation>The final signature (field %1) locked the document; it takes no further signature.</translation>
    </message>
    <message>
        <source>The signature field %1 cannot be placed.</source>
        <translation>The signature field %1 cannot be placed.</translation>
    </message>
    <message>
        <source>The signature field %1 is signed already.</source>
        <translation>The signature field %1 is signed already.</translation>
    </message>
    <message>
        <source>The final signature&apos;s field %1 was laid out without a lock: draft the document again.</source>
        <translation>The final signature&apos;s field %1 was laid out without a lock: draft the document again.</translation>
    </message>
    <message>
        <source>Signed without a timestamp: the time-stamp service %1 did not answer (no internet?). The signature is valid; its time is the one this computer gave.</source>
        <translation>Signed without a timestamp: the time-stamp service %1 did not answer (no internet?). The signature is valid; its time is the one this computer gave.</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a timestamp.</source>
        <translation>The time-stamp service %1 did not give a timestamp.</translation>
    </message>
    <message>
        <source>There is no refusal ground «%1»; the grounds are: %2.</source>
        <translation>There is no refusal ground «%1»; the grounds are: %2.</translation>
    </message>
    <message>
        <source>Say what the other ground of the refusal is.</source>
        <translation>Say what the other ground of the refusal is.</translation>
    </message>
    <message>
        <source>The reasons of a refusal may have at most %1 characters.</source>
        <translation>The reasons of a refusal may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: its examination records can change only while it is under examination.</source>
        <translation>Application %1 is «%2»: its examination records can change only while it is under examination.</translation>
    </message>
    <message>
        <source>You may save only your own opinion; this one is by %1.</source>
        <translation>You may save only your own opinion; this one is by %1.</translation>
    </message>
    <message>
        <source>The form&apos;s draft cannot be stored.</source>
        <translation>The form&apos;s draft cannot be stored.</translation>
    </message>
    <message>
        <source>The form&apos;s draft is too long to keep: at most %1 characters.</source>
        <translation>The form&apos;s draft is too long to keep: at most %1 characters.</translation>
    </message>
    <message>
        <source>The examination cannot be finished yet; the agreed results lack:</source>
        <translation>The examination cannot be finished yet; the agreed results lack:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: no agreed result.</source>
        <translation>Item %1 «%2»: no agreed result.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3.</source>
        <translation>Item %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>The documents are issued in Kazakh and in Russian, and some of their texts are not written in both yet:</source>
        <translation>The documents are issued in Kazakh and in Russian, and some of their texts are not written in both yet:</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Kazakh.</source>
        <translation>Item %1 «%2»: %3 has no text in Kazakh.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3 has no text in Russian.</source>
        <translation>Item %1 «%2»: %3 has no text in Russian.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Kazakh.</source>
        <translation>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Kazakh.</translation>
    </message>
    <message>
        <source>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Russian.</source>
        <translation>The application&apos;s texts (Conclusion tab, Texts of the documents…): %3 has no text in Russian.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: «%4» is not a term of the vocabulary; choose one.</source>
        <translation>Item %1 «%2»: %3: «%4» is not a term of the vocabulary; choose one.</translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3: the term %4 is not in the vocabulary.</source>
        <translation>Item %1 «%2»: %3: the term %4 is not in the vocabulary.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a vocabulary file.</source>
        <translation>%1 cannot be read as a vocabulary file.</translation>
    </message>
    <message>
        <source>%1: a term needs a code and its Kazakh, Russian and English text, nothing else.</source>
        <translation>%1: a term needs a code and its Kazakh, Russian and English text, nothing else.</translation>
    </message>
    <message>
        <source>%1: the code «%2» must be 2 to 48 small Latin letters, digits or _, starting with a letter.</source>
        <translation>%1: the code «%2» must be 2 to 48 small Latin letters, digits or _, starting with a letter.</translation>
    </message>
    <message>
        <source>%1: the term %2 needs its text in %3, one line of at most 200 characters.</source>
        <translation>%1: the term %2 needs its text in %3, one line of at most 200 characters.</translation>
    </message>
    <message>
        <source>Unknown kind of term: %1. The kinds are object_type, material and technique.</source>
        <translation>Unknown kind of term: %1. The kinds are object_type, material and technique.</translation>
    </message>
    <message>
        <source>The %1 code %2 is taken already.</source>
        <translation>The %1 code %2 is taken already.</translation>
    </message>
    <message>
        <source>The %1 «%2» is the term %3 already.</source>
        <translation>The %1 «%2» is the term %3 already.</translation>
    </message>
    <message>
        <source>No term to add.</source>
        <translation>No term to add.</translation>
    </message>
    <message>
        <source>It is decided but has no issued conclusion.</source>
        <translation>It is decided but has no issued conclusion.</translation>
    </message>
    <message>
        <source>Its issued conclusion does not say what its status says.</source>
        <translation>Its issued conclusion does not say what its status says.</translation>
    </message>
    <message>
        <source>It is refused but has no refusal letter.</source>
        <translation>It is refused but has no refusal letter.</translation>
    </message>
    <message>
        <source>It is closed but has no signed return act.</source>
        <translation>It is closed but has no signed return act.</translation>
    </message>
    <message>
        <source>It has the certificate %1, though its export is not agreed.</source>
        <translation>It has the certificate %1, though its export is not agreed.</translation>
    </message>
    <message>
        <source>It is closed, but its certificate %1 is neither closed nor cancelled.</source>
        <translation>It is closed, but its certificate %1 is neither closed nor cancelled.</translation>
    </message>
    <message>
        <source>Its status does not allow the conclusion %1, which is being drafted or signed.</source>
        <translation>Its status does not allow the conclusion %1, which is being drafted or signed.</translation>
    </message>
    <message>
        <source>Its status says a conclusion is being drafted or signed, but none is.</source>
        <translation>Its status says a conclusion is being drafted or signed, but none is.</translation>
    </message>
    <message>
        <source>%1 is issued, but %2 has not signed it.</source>
        <translation>%1 is issued, but %2 has not signed it.</translation>
    </message>
    <message>
        <source>%1 has no document in «%2».</source>
        <translation>%1 has no document in «%2».</translation>
    </message>
    <message>
        <source>It is closed, but item %1 has no checked return.</source>
        <translation>It is closed, but item %1 has no checked return.</translation>
    </message>
    <message>
        <source>Its examination records are incomplete: %1.</source>
        <translation>Its examination records are incomplete: %1.</translation>
    </message>
    <message>
        <source>The stored file %1 it refers to is missing.</source>
        <translation>The stored file %1 it refers to is missing.</translation>
    </message>
    <message>
        <source>The stored file %1 is referenced by nothing.</source>
        <translation>The stored file %1 is referenced by nothing.</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its hash.</source>
        <translation>The stored file %1 does not match its hash.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1: %2</source>
        <translation>The audit journal is broken at event %1: %2</translation>
    </message>
    <message>
        <source>Its number should read %1.</source>
        <translation>Its number should read %1.</translation>
    </message>
    <message>
        <source>The numbers of %1 skip %2.</source>
        <translation>The numbers of %1 skip %2.</translation>
    </message>
    <message>
        <source>%1 gives the number %2 twice: %3.</source>
        <translation>%1 gives the number %2 twice: %3.</translation>
    </message>
    <message>
        <source>The counter %1 stands at %2, but the last number given is %3.</source>
        <translation>The counter %1 stands at %2, but the last number given is %3.</translation>
    </message>
    <message>
        <source>Its registration is not in the audit journal.</source>
        <translation>Its registration is not in the audit journal.</translation>
    </message>
    <message>
        <source>The step «%1» from «%2» to «%3» in the audit journal is not allowed there.</source>
        <translation>The step «%1» from «%2» to «%3» in the audit journal is not allowed there.</translation>
    </message>
    <message>
        <source>Its status is «%1», but its steps in the audit journal lead to «%2».</source>
        <translation>Its status is «%1», but its steps in the audit journal lead to «%2».</translation>
    </message>
    <message>
        <source>Its deadline %1 differs from the last one in the audit journal, %2.</source>
        <translation>Its deadline %1 differs from the last one in the audit journal, %2.</translation>
    </message>
    <message>
        <source>Its deadline %1 is not what the calendar gives, %2.</source>
        <translation>Its deadline %1 is not what the calendar gives, %2.</translation>
    </message>
    <message>
        <source>It is decided, but its decision date is %1.</source>
        <translation>It is decided, but its decision date is %1.</translation>
    </message>
    <message>
        <source>%1 (%2) does not verify: %3</source>
        <translation>%1 (%2) does not verify: %3</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Tell the administrator what you were doing.</source>
        <translation>Something unexpected went wrong (%1). Tell the administrator what you were doing.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is neither an audit head (NUMBER:HASH) nor a file that records one.</source>
        <translation>%1 is neither an audit head (NUMBER:HASH) nor a file that records one.</translation>
    </message>
    <message>
        <source>No password for %1: set %2 or run the command on a terminal.</source>
        <translation>No password for %1: set %2 or run the command on a terminal.</translation>
    </message>
    <message>
        <source>No password for the gate login: set %1 or run the command on a terminal.</source>
        <translation>No password for the gate login: set %1 or run the command on a terminal.</translation>
    </message>
    <message>
        <source>Password of the gate login: </source>
        <translation>Password of the gate login: </translation>
    </message>
    <message>
        <source>%1 must be zero or more.</source>
        <translation>%1 must be zero or more.</translation>
    </message>
    <message>
        <source>The database already has users or applications; demo data goes only into an empty database (use --if-empty to skip quietly).</source>
        <translation>The database already has users or applications; demo data goes only into an empty database (use --if-empty to skip quietly).</translation>
    </message>
    <message>
        <source>Unknown status «%1»; known statuses: %2.</source>
        <translation>Unknown status «%1»; known statuses: %2.</translation>
    </message>
    <message>
        <source>Give the new password in %1 or run the command on a terminal.</source>
        <translation>Give the new password in %1 or run the command on a terminal.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The first account of a database must be an administrator.</source>
        <translation>The first account of a database must be an administrator.</translation>
    </message>
    <message>
        <source>There is no account «%1».</source>
        <translation>There is no account «%1».</translation>
    </message>
    <message>
        <source>Unknown region «%1».</source>
        <translation>Unknown region «%1».</translation>
    </message>
    <message>
        <source>--dpi must be %1 to %2.</source>
        <translation>--dpi must be %1 to %2.</translation>
    </message>
    <message>
        <source>Registering needs --user NAME (or --check to only check the package).</source>
        <translation>Registering needs --user NAME (or --check to only check the package).</translation>
    </message>
    <message>
        <source>%1: request package rejected:
%2</source>
        <translation>%1: request package rejected:
%2</translation>
    </message>
    <message>
        <source>%1 has no document in «%2» (it has: %3).</source>
        <translation>%1 has no document in «%2» (it has: %3).</translation>
    </message>
    <message>
        <source>%1 is not issued: there is no signed result yet.</source>
        <translation>%1 is not issued: there is no signed result yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Name the token: --token LABEL or --slot N.</source>
        <translation>Name the token: --token LABEL or --slot N.</translation>
    </message>
    <message>
        <source>%1 is not a PEM or DER certificate.</source>
        <translation>%1 is not a PEM or DER certificate.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 cannot be read as a PDF.</translation>
    </message>
    <message>
        <source>A CRL file is not a certificate revocation list.</source>
        <translation>A CRL file is not a certificate revocation list.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Not signed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Give a NUMBER and -o FILE.pdf to write a document, or &apos;draft NUMBER&apos; to draft a conclusion.</source>
        <translation>Give a NUMBER and -o FILE.pdf to write a document, or &apos;draft NUMBER&apos; to draft a conclusion.</translation>
    </message>
    <message>
        <source>Say why the day changes: the decree or the reason.</source>
        <translation>Say why the day changes: the decree or the reason.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>The note may have at most %1 characters.</translation>
    </message>
    <message>
        <source>%1 is a day off already.</source>
        <translation>%1 is a day off already.</translation>
    </message>
    <message>
        <source>%1 is a working day already.</source>
        <translation>%1 is a working day already.</translation>
    </message>
    <message>
        <source>%1 has no amendment to withdraw.</source>
        <translation>%1 has no amendment to withdraw.</translation>
    </message>
    <message>
        <source>Write why the conclusion may be drafted without these documents.</source>
        <translation>Write why the conclusion may be drafted without these documents.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Application %1 is decided.</source>
        <translation>Application %1 is decided.</translation>
    </message>
    <message>
        <source>Application %1 lacks no required document.</source>
        <translation>Application %1 lacks no required document.</translation>
    </message>
    <message>
        <source>No quorum: %1 of the %2 members would take part; at least %3 are needed.</source>
        <translation>No quorum: %1 of the %2 members would take part; at least %3 are needed.</translation>
    </message>
    <message>
        <source>%1 is being signed: who takes part is recorded before the first signature.</source>
        <translation>%1 is being signed: who takes part is recorded before the first signature.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion.</source>
        <translation>%1 is not a conclusion.</translation>
    </message>
    <message>
        <source>That member does not sign %1.</source>
        <translation>That member does not sign %1.</translation>
    </message>
    <message>
        <source>That member is not recorded absent from %1.</source>
        <translation>That member is not recorded absent from %1.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <source>This command needs a signed-in user: give --user NAME or set %1.</source>
        <translation>This command needs a signed-in user: give --user NAME or set %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Cannot sign in: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; the details are in %1.</source>
        <translation>An unexpected error stopped the command; the details are in %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins. Try again in %1 minutes.</source>
        <translation>This account is locked after repeated failed sign-ins. Try again in %1 minutes.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>The user name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The user name contains invisible characters: retype it.</source>
        <translation>The user name contains invisible characters: retype it.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones: choose another.</source>
        <translation>This password is one of the most common ones: choose another.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The IIN is not valid:</source>
        <translation>The IIN is not valid:</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>The database has accounts already.</source>
        <translation>The database has accounts already.</translation>
    </message>
    <message>
        <source>This shared database gives each person their own login: its first administrator is created by the database&apos;s owner (users add).</source>
        <translation>This shared database gives each person their own login: its first administrator is created by the database&apos;s owner (users add).</translation>
    </message>
    <message>
        <source>The user name «%1» is taken.</source>
        <translation>The user name «%1» is taken.</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>An administrator cannot disable their own account.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package postgresql-client).</source>
        <translation>%1 is not installed (Debian package postgresql-client).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name.</source>
        <translation>%1 exists already: choose a new file name.</translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept:</source>
        <translation>The backup did not pass its check, so it was not kept:</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this application.</source>
        <translation>%1 is not a backup of this application.</translation>
    </message>
    <message>
        <source>%1 does not pass its check, so nothing was restored:</source>
        <translation>%1 does not pass its check, so nothing was restored:</translation>
    </message>
    <message>
        <source>The database is in use by %1 other session(s) (%2). Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>The database is in use by %1 other session(s) (%2). Close every desktop and command that uses it, then restore again: nothing was replaced.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close every desktop and command that uses it, then restore again: nothing was replaced.</source>
        <translation>%1 is open in another program. Close every desktop and command that uses it, then restore again: nothing was replaced.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the program (database schema %2): restore it with that version. Nothing was replaced.</source>
        <translation>%1 was written by a newer version of the program (database schema %2): restore it with that version. Nothing was replaced.</translation>
    </message>
    <message>
        <source>The restore needs a new database beside the current one, and the server refused it: %1. Nothing was replaced.</source>
        <translation>The restore needs a new database beside the current one, and the server refused it: %1. Nothing was replaced.</translation>
    </message>
    <message>
        <source>The restored database does not pass its check:</source>
        <translation>The restored database does not pass its check:</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written and nothing was replaced.</source>
        <translation>Cancelled: no backup was written and nothing was replaced.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>SQLite&apos;s integrity check: %1</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its checksum.</source>
        <translation>The stored file %1 does not match its checksum.</translation>
    </message>
    <message>
        <source>The audit journal is broken at event %1.</source>
        <translation>The audit journal is broken at event %1.</translation>
    </message>
    <message>
        <source>Event %1 was deleted (the next one is %2).</source>
        <translation>Event %1 was deleted (the next one is %2).</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: events were inserted or deleted here.</source>
        <translation>Event %1 does not follow the event before it: events were inserted or deleted here.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written.</source>
        <translation>Event %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Event %1 was changed and the chain computed again: its seal does not match.</source>
        <translation>Event %1 was changed and the chain computed again: its seal does not match.</translation>
    </message>
    <message>
        <source>Event %1 has no seal: it was added around the program, or its seal was removed.</source>
        <translation>Event %1 has no seal: it was added around the program, or its seal was removed.</translation>
    </message>
    <message>
        <source>Event %1 cannot be read: its data is not JSON.</source>
        <translation>Event %1 cannot be read: its data is not JSON.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal.</source>
        <translation>Events %1 to %2 were cut off the end of the journal.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: this desk saw event %2.</source>
        <translation>Events %1 to %2 were cut off the end of the journal: this desk saw event %2.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were cut off the end of the journal: %3 witnesses event %2.</source>
        <translation>Events %1 to %2 were cut off the end of the journal: %3 witnesses event %2.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event this desk saw.</source>
        <translation>The journal was rewritten at or before event %1: it is not the event this desk saw.</translation>
    </message>
    <message>
        <source>The journal was rewritten at or before event %1: it is not the event %2 witnesses.</source>
        <translation>The journal was rewritten at or before event %1: it is not the event %2 witnesses.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 is not a certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER).</source>
        <translation>%1 is not a certificate revocation list (PEM or DER).</translation>
    </message>
    <message>
        <source>No imported revocation list has the fingerprint %1.</source>
        <translation>No imported revocation list has the fingerprint %1.</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority&apos;s.</source>
        <translation>This certificate is not a certification authority&apos;s.</translation>
    </message>
    <message>
        <source>No trusted certificate has the fingerprint %1.</source>
        <translation>No trusted certificate has the fingerprint %1.</translation>
    </message>
    <message>
        <source>The certificates that come with the program (%1) are damaged: install the program again.</source>
        <translation>The certificates that come with the program (%1) are damaged: install the program again.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .xlsx or .csv.</source>
        <translation>%1: choose a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>An answer must be 1, 2 or 3, not «%1».</source>
        <translation>An answer must be 1, 2 or 3, not «%1».</translation>
    </message>
    <message>
        <source>The database refused this change: your role may not make it. Nothing was saved.</source>
        <translation>The database refused this change: your role may not make it. Nothing was saved.</translation>
    </message>
    <message>
        <source>A SQLite file has no database roles: its owner is trusted.</source>
        <translation>A SQLite file has no database roles: its owner is trusted.</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost; nothing of this change was saved. Try again.</source>
        <translation>The connection to the database (%1) was lost; nothing of this change was saved. Try again.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change; nothing was saved. Try again.</source>
        <translation>The database is busy with another user&apos;s change; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>The database file cannot be written (%1).</source>
        <translation>The database file cannot be written (%1).</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>The database cannot be used: %1</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 is missing, so the database cannot be set up. Install the program again.</source>
        <translation>The installation is incomplete: %1 is missing, so the database cannot be set up. Install the program again.</translation>
    </message>
    <message>
        <source>The installation is incomplete: %1 holds no migration, so the database cannot be set up. Install the program again.</source>
        <translation>The installation is incomplete: %1 holds no migration, so the database cannot be set up. Install the program again.</translation>
    </message>
    <message>
        <source>The database cannot be set up from the migrations in %1: %2</source>
        <translation>The database cannot be set up from the migrations in %1: %2</translation>
    </message>
    <message>
        <source>The database did not reach the schema revision(s) %1 of this program; install the program again.</source>
        <translation>The database did not reach the schema revision(s) %1 of this program; install the program again.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Your role (%1) may not do this.</translation>
    </message>
    <message>
        <source>There is no step «%1».</source>
        <translation>There is no step «%1».</translation>
    </message>
    <message>
        <source>The step «%1» cannot be taken in the status «%2».</source>
        <translation>The step «%1» cannot be taken in the status «%2».</translation>
    </message>
    <message>
        <source>The step «%1» needs a stated reason.</source>
        <translation>The step «%1» needs a stated reason.</translation>
    </message>
    <message>
        <source>The step «%1» is taken by drafting or signing the conclusion, not on its own.</source>
        <translation>The step «%1» is taken by drafting or signing the conclusion, not on its own.</translation>
    </message>
    <message>
        <source>Only an active commission member or the chairperson can be assigned.</source>
        <translation>Only an active commission member or the chairperson can be assigned.</translation>
    </message>
    <message>
        <source>Someone else changed application %1 meanwhile: check it and try once more.</source>
        <translation>Someone else changed application %1 meanwhile: check it and try once more.</translation>
    </message>
    <message>
        <source>Someone else changed the applicant %1 meanwhile: open it again and repeat your change.</source>
        <translation>Someone else changed the applicant %1 meanwhile: open it again and repeat your change.</translation>
    </message>
    <message>
        <source>Someone else changed page %1 of application %2 meanwhile: look at it again and repeat the change if it is still needed.</source>
        <translation>Someone else changed page %1 of application %2 meanwhile: look at it again and repeat the change if it is still needed.</translation>
    </message>
    <message>
        <source>Someone else changed this return meanwhile; it is shown again as it is now.</source>
        <translation>Someone else changed this return meanwhile; it is shown again as it is now.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment; nothing of your change was saved. Read it again and repeat the change.</source>
        <translation>Someone else saved the same record at the same moment; nothing of your change was saved. Read it again and repeat the change.</translation>
    </message>
    <message>
        <source>Someone signed %1 meanwhile: sign again (your signature goes after theirs).</source>
        <translation>Someone signed %1 meanwhile: sign again (your signature goes after theirs).</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it: compare the two versions.</source>
        <translation>%1 saved this record after you opened it: compare the two versions.</translation>
    </message>
    <message>
        <source>There is no application with the number %1.</source>
        <translation>There is no application with the number %1.</translation>
    </message>
    <message>
        <source>The application (record %1) no longer exists.</source>
        <translation>The application (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>Application %1 has no such item (record %2).</source>
        <translation>Application %1 has no such item (record %2).</translation>
    </message>
    <message>
        <source>There is no applicant with the IIN/BIN %1.</source>
        <translation>There is no applicant with the IIN/BIN %1.</translation>
    </message>
    <message>
        <source>The item (record %1) no longer exists.</source>
        <translation>The item (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>The page (record %1) no longer exists: it may have been removed meanwhile.</source>
        <translation>The page (record %1) no longer exists: it may have been removed meanwhile.</translation>
    </message>
    <message>
        <source>There is no removed page to restore (record %1).</source>
        <translation>There is no removed page to restore (record %1).</translation>
    </message>
    <message>
        <source>No return is registered for this item (record %1).</source>
        <translation>No return is registered for this item (record %1).</translation>
    </message>
    <message>
        <source>Item %1 «%2» has no such examination record to update: it may have been removed meanwhile.</source>
        <translation>Item %1 «%2» has no such examination record to update: it may have been removed meanwhile.</translation>
    </message>
    <message>
        <source>The conclusion (record %1) no longer exists.</source>
        <translation>The conclusion (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>There is no conclusion or refusal letter with the number %1.</source>
        <translation>There is no conclusion or refusal letter with the number %1.</translation>
    </message>
    <message>
        <source>%1 has no document in the language «%2».</source>
        <translation>%1 has no document in the language «%2».</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the database.</source>
        <translation>The stored file %1 is missing from the database.</translation>
    </message>
    <message>
        <source>The account (record %1) no longer exists.</source>
        <translation>The account (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Your account no longer exists.</translation>
    </message>
    <message>
        <source>This request is registered already as application %1 (received %2); it was not registered again.</source>
        <translation>This request is registered already as application %1 (received %2); it was not registered again.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly:</source>
        <translation>Some fields are not filled in correctly:</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Contains invisible control characters: retype it.</source>
        <translation>Contains invisible control characters: retype it.</translation>
    </message>
    <message>
        <source>Contains the invisible character %1 (a zero-width or text-direction mark): retype it.</source>
        <translation>Contains the invisible character %1 (a zero-width or text-direction mark): retype it.</translation>
    </message>
    <message>
        <source>Cannot be before %1, when the commission&apos;s rules took effect.</source>
        <translation>Cannot be before %1, when the commission&apos;s rules took effect.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the IIN (%1).</source>
        <translation>Does not match the birth date in the IIN (%1).</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choose a country from the list.</translation>
    </message>
    <message>
        <source>Choose a country other than Kazakhstan.</source>
        <translation>Choose a country other than Kazakhstan.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Cannot be in the future.</translation>
    </message>
    <message>
        <source>Cannot be earlier than %1.</source>
        <translation>Cannot be earlier than %1.</translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Must be from %1 to %2.</translation>
    </message>
    <message>
        <source>Must be more than 0 and at most %1.</source>
        <translation>Must be more than 0 and at most %1.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Not a valid value.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Too many entries: at most %1.</source>
        <translation>Too many entries: at most %1.</translation>
    </message>
    <message>
        <source>Page %1 is linked twice.</source>
        <translation>Page %1 is linked twice.</translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation>Cannot be read.</translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
    <message>
        <source>Page %1 belongs to another application.</source>
        <translation>Page %1 belongs to another application.</translation>
    </message>
    <message>
        <source>Page %1 was removed.</source>
        <translation>Page %1 was removed.</translation>
    </message>
    <message>
        <source>The number must have 12 digits.</source>
        <translation>The number must have 12 digits.</translation>
    </message>
    <message>
        <source>The number must contain digits only.</source>
        <translation>The number must contain digits only.</translation>
    </message>
    <message>
        <source>The check digit does not match: look for a typing error.</source>
        <translation>The check digit does not match: look for a typing error.</translation>
    </message>
    <message>
        <source>This is not a valid number: no check digit fits it.</source>
        <translation>This is not a valid number: no check digit fits it.</translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation>The first six digits are not a valid birth date.</translation>
    </message>
    <message>
        <source>The 7th digit (century and sex) must be from 1 to 6.</source>
        <translation>The 7th digit (century and sex) must be from 1 to 6.</translation>
    </message>
    <message>
        <source>Digits 3 and 4 must be the month of registration.</source>
        <translation>Digits 3 and 4 must be the month of registration.</translation>
    </message>
    <message>
        <source>The 5th digit must be the entity type (4, 5 or 6).</source>
        <translation>The 5th digit must be the entity type (4, 5 or 6).</translation>
    </message>
    <message>
        <source>The 6th digit must be the division (0 to 3).</source>
        <translation>The 6th digit must be the division (0 to 3).</translation>
    </message>
    <message>
        <source>An application is refused together with its refusal letter, not by the step alone.</source>
        <translation>An application is refused together with its refusal letter, not by the step alone.</translation>
    </message>
    <message>
        <source>A refusal needs its ground.</source>
        <translation>A refusal needs its ground.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe, a device or a socket); it was not opened.</source>
        <translation>%1 is not an ordinary file (a pipe, a device or a socket); it was not opened.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: the file does not exist.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the limit of %3 MB.</source>
        <translation>%1: the file is %2 MB, more than the limit of %3 MB.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: the file cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: the format is not known; accepted are %2.</source>
        <translation>%1: the format is not known; accepted are %2.</translation>
    </message>
    <message>
        <source>%1: the image is too large to open safely.</source>
        <translation>%1: the image is too large to open safely.</translation>
    </message>
    <message>
        <source>%1: the image is %2×%3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>%1: the image is %2×%3 pixels (%4 megapixels), more than the limit of %5 megapixels.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to open the image.</source>
        <translation>%1: there is not enough memory to open the image.</translation>
    </message>
    <message>
        <source>%1: the image is cut off (the file is incomplete).</source>
        <translation>%1: the image is cut off (the file is incomplete).</translation>
    </message>
    <message>
        <source>%1: the image data is damaged (%2).</source>
        <translation>%1: the image data is damaged (%2).</translation>
    </message>
    <message>
        <source>%1: the TIFF has %2 pages, more than the limit of %3.</source>
        <translation>%1: the TIFF has %2 pages, more than the limit of %3.</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>%1: the PDF is protected by a password; save an unprotected copy and import that.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or not a PDF (%2).</source>
        <translation>%1: the PDF is damaged or not a PDF (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: the PDF has no pages.</translation>
    </message>
    <message>
        <source>%1: the PDF has %2 pages, more than the limit of %3.</source>
        <translation>%1: the PDF has %2 pages, more than the limit of %3.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF cannot be drawn (%3).</source>
        <translation>%1: page %2 of the PDF cannot be drawn (%3).</translation>
    </message>
    <message>
        <source>%1 could not be stored (%2).</source>
        <translation>%1 could not be stored (%2).</translation>
    </message>
    <message>
        <source>Application %1 is decided (%2): its documents can no longer change.</source>
        <translation>Application %1 is decided (%2): its documents can no longer change.</translation>
    </message>
    <message>
        <source>Application %1 is «%2»: photos of returned items are added while its agreed export is open.</source>
        <translation>Application %1 is «%2»: photos of returned items are added while its agreed export is open.</translation>
    </message>
    <message>
        <source>There is no kind of page «%1» (known: %2).</source>
        <translation>There is no kind of page «%1» (known: %2).</translation>
    </message>
    <message>
        <source>Page %1 is a photo of a returned item; its kind cannot be changed.</source>
        <translation>Page %1 is a photo of a returned item; its kind cannot be changed.</translation>
    </message>
    <message>
        <source>Page %1 never had this image; it cannot be shown again.</source>
        <translation>Page %1 never had this image; it cannot be shown again.</translation>
    </message>
    <message>
        <source>The resolution must be %1 to %2 dpi, not %3.</source>
        <translation>The resolution must be %1 to %2 dpi, not %3.</translation>
    </message>
    <message>
        <source>Position %1 is outside the pages 1 to %2.</source>
        <translation>Position %1 is outside the pages 1 to %2.</translation>
    </message>
    <message>
        <source>A page turns by 90, 180 or 270 degrees, not %1.</source>
        <translation>A page turns by 90, 180 or 270 degrees, not %1.</translation>
    </message>
    <message>
        <source>A crop frame has four numbers: left, top, right, bottom.</source>
        <translation>A crop frame has four numbers: left, top, right, bottom.</translation>
    </message>
    <message>
        <source>The crop frame reaches outside the page.</source>
        <translation>The crop frame reaches outside the page.</translation>
    </message>
    <message>
        <source>The crop frame is smaller than %1×%1 pixels.</source>
        <translation>The crop frame is smaller than %1×%1 pixels.</translation>
    </message>
    <message>
        <source>The page is already in shades of gray.</source>
        <translation>The page is already in shades of gray.</translation>
    </message>
    <message>
        <source>The page is turned by %1°, more than the ±%2° straightening corrects: rotate it first.</source>
        <translation>The page is turned by %1°, more than the ±%2° straightening corrects: rotate it first.</translation>
    </message>
    <message>
        <source>The stored image of this page cannot be opened (%1).</source>
        <translation>The stored image of this page cannot be opened (%1).</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged: its contents no longer match their checksum. Restore it from a backup.</source>
        <translation>The stored file %1 is damaged: its contents no longer match their checksum. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Scanning needs the python-sane package and the SANE library (libsane1): %1</source>
        <translation>Scanning needs the python-sane package and the SANE library (libsane1): %1</translation>
    </message>
    <message>
        <source>The SANE library could not start: %1</source>
        <translation>The SANE library could not start: %1</translation>
    </message>
    <message>
        <source>The scanners cannot be listed: %1</source>
        <translation>The scanners cannot be listed: %1</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer this setting (it offers: %2).</source>
        <translation>The scanner %1 does not offer this setting (it offers: %2).</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder.</source>
        <translation>The scanner %1 has no document feeder.</translation>
    </message>
    <message>
        <source>The scanner %1 scans at %2 dpi, not at %3.</source>
        <translation>The scanner %1 scans at %2 dpi, not at %3.</translation>
    </message>
    <message>
        <source>The scanner %1 cannot be opened: %2</source>
        <translation>The scanner %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The scanner %1 refused the settings: %2</source>
        <translation>The scanner %1 refused the settings: %2</translation>
    </message>
    <message>
        <source>The document feeder of %1 is empty: put the pages in and scan again.</source>
        <translation>The document feeder of %1 is empty: put the pages in and scan again.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>The scanner %1 reported a problem: %2</translation>
    </message>
    <message>
        <source>Page %1 could not be read from the scanner: %2</source>
        <translation>Page %1 could not be read from the scanner: %2</translation>
    </message>
    <message>
        <source>OCR is not installed (missing: %1): the pages are stored without their text.</source>
        <translation>OCR is not installed (missing: %1): the pages are stored without their text.</translation>
    </message>
    <message>
        <source>The text of the page could not be read: %1</source>
        <translation>The text of the page could not be read: %1</translation>
    </message>
    <message>
        <source>The text of the page could not be read in %1 seconds.</source>
        <translation>The text of the page could not be read in %1 seconds.</translation>
    </message>
    <message>
        <source>Application %1 has no scanned pages.</source>
        <translation>Application %1 has no scanned pages.</translation>
    </message>
    <message>
        <source>%1: the request package is rejected; problems found: %2.</source>
        <translation>%1: the request package is rejected; problems found: %2.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a package has at most %2.</source>
        <translation>The file has %1 bytes; a package has at most %2.</translation>
    </message>
    <message>
        <source>Not UTF-8 text (byte %1 cannot be decoded).</source>
        <translation>Not UTF-8 text (byte %1 cannot be decoded).</translation>
    </message>
    <message>
        <source>Not JSON: %1 (line %2, column %3).</source>
        <translation>Not JSON: %1 (line %2, column %3).</translation>
    </message>
    <message>
        <source>Not acceptable JSON: %1 is not a JSON number.</source>
        <translation>Not acceptable JSON: %1 is not a JSON number.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: the key %1 appears twice in one object.</source>
        <translation>Not acceptable JSON: the key %1 appears twice in one object.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: a number has %1 digits; a package&apos;s numbers have at most %2.</source>
        <translation>Not acceptable JSON: a number has %1 digits; a package&apos;s numbers have at most %2.</translation>
    </message>
    <message>
        <source>Not acceptable JSON: nested too deeply.</source>
        <translation>Not acceptable JSON: nested too deeply.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>Not a field of this format.</source>
        <translation>Not a field of this format.</translation>
    </message>
    <message>
        <source>Must be of the JSON type «%1».</source>
        <translation>Must be of the JSON type «%1».</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Must be one of: %1.</translation>
    </message>
    <message>
        <source>Must be a two-letter country code in capitals (ISO 3166-1).</source>
        <translation>Must be a two-letter country code in capitals (ISO 3166-1).</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code.</source>
        <translation>%1 is not an ISO 3166-1 country code.</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>Must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Does not match the pattern %1.</source>
        <translation>Does not match the pattern %1.</translation>
    </message>
    <message>
        <source>Must be a valid %1.</source>
        <translation>Must be a valid %1.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Must be at most %1.</translation>
    </message>
    <message>
        <source>Must have at least %1 entries.</source>
        <translation>Must have at least %1 entries.</translation>
    </message>
    <message>
        <source>Must have at most %1 entries.</source>
        <translation>Must have at most %1 entries.</translation>
    </message>
    <message>
        <source>Lists the same value twice.</source>
        <translation>Lists the same value twice.</translation>
    </message>
    <message>
        <source>Contains an unpaired surrogate escape, which is not a character.</source>
        <translation>Contains an unpaired surrogate escape, which is not a character.</translation>
    </message>
    <message>
        <source>Has a key with an unpaired surrogate escape.</source>
        <translation>Has a key with an unpaired surrogate escape.</translation>
    </message>
    <message>
        <source>Does not follow the format: %1</source>
        <translation>Does not follow the format: %1</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be text.</source>
        <translation>The document cannot be made: %1 must be text.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is empty.</source>
        <translation>The document cannot be made: %1 is empty.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is longer than %2 characters.</source>
        <translation>The document cannot be made: %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 contains invisible control characters.</source>
        <translation>The document cannot be made: %1 contains invisible control characters.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be one of %2, not «%3».</source>
        <translation>The document cannot be made: %1 must be one of %2, not «%3».</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a date.</source>
        <translation>The document cannot be made: %1 must be a date.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a positive number.</source>
        <translation>The document cannot be made: %1 must be a positive number.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a list.</source>
        <translation>The document cannot be made: %1 must be a list.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 has the wrong kind of value.</source>
        <translation>The document cannot be made: %1 has the wrong kind of value.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 is not a JPEG image.</source>
        <translation>The document cannot be made: %1 is not a JPEG image.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1 must be a whole number from 1 to %2.</source>
        <translation>The document cannot be made: %1 must be a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1: at most %2 photos.</source>
        <translation>The document cannot be made: %1: at most %2 photos.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 contains a dot.</source>
        <translation>The document cannot be made: the signature field %2 contains a dot.</translation>
    </message>
    <message>
        <source>The document cannot be made: the IIN %2 is not 12 digits.</source>
        <translation>The document cannot be made: the IIN %2 is not 12 digits.</translation>
    </message>
    <message>
        <source>The document cannot be made: the signature field %2 is given to two people.</source>
        <translation>The document cannot be made: the signature field %2 is given to two people.</translation>
    </message>
    <message>
        <source>The document cannot be made: the export ends (%2) before it starts (%3).</source>
        <translation>The document cannot be made: the export ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>The document cannot be made: it needs at least one item.</source>
        <translation>The document cannot be made: it needs at least one item.</translation>
    </message>
    <message>
        <source>The document cannot be made: item number %2 is used twice.</source>
        <translation>The document cannot be made: item number %2 is used twice.</translation>
    </message>
    <message>
        <source>The document cannot be made: the result must be agreed or not agreed.</source>
        <translation>The document cannot be made: the result must be agreed or not agreed.</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal must give at least one reason.</source>
        <translation>The document cannot be made: a refusal must give at least one reason.</translation>
    </message>
    <message>
        <source>The document cannot be made: a lost item has no check result.</source>
        <translation>The document cannot be made: a lost item has no check result.</translation>
    </message>
    <message>
        <source>The document cannot be made: application %2 has no issued conclusion.</source>
        <translation>The document cannot be made: application %2 has no issued conclusion.</translation>
    </message>
    <message>
        <source>This is not the check code of a conclusion.</source>
        <translation>This is not the check code of a conclusion.</translation>
    </message>
    <message>
        <source>The document cannot be made: a refusal on another ground must state it.</source>
        <translation>The document cannot be made: a refusal on another ground must state it.</translation>
    </message>
    <message>
        <source>The certificate (record %1) no longer exists.</source>
        <translation>The certificate (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 is not a certificate.</translation>
    </message>
    <message>
        <source>The certificate cannot be made: the region profile names nobody who issues it, or the export period has no end.</source>
        <translation>The certificate cannot be made: the region profile names nobody who issues it, or the export period has no end.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another account an administrator first.</source>
        <translation>%1 is the last administrator: make another account an administrator first.</translation>
    </message>
    <message>
        <source>There is no region profile «%1».</source>
        <translation>There is no region profile «%1».</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>An administrator cannot change their own role.</translation>
    </message>
    <message>
        <source>Your own password is changed, not reset: use «Change the password».</source>
        <translation>Your own password is changed, not reset: use «Change the password».</translation>
    </message>
    <message>
        <source>The seat (record %1) no longer exists.</source>
        <translation>The seat (record %1) no longer exists.</translation>
    </message>
    <message>
        <source>A seat cannot end before it begins.</source>
        <translation>A seat cannot end before it begins.</translation>
    </message>
    <message>
        <source>%1 cannot sign, so cannot hold a seat that signs.</source>
        <translation>%1 cannot sign, so cannot hold a seat that signs.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: enable it before giving it a seat.</source>
        <translation>The account of %1 is disabled: enable it before giving it a seat.</translation>
    </message>
    <message>
        <source>%1 holds a seat of the commission from %2 already: end that seat first.</source>
        <translation>%1 holds a seat of the commission from %2 already: end that seat first.</translation>
    </message>
    <message>
        <source>%1 holds this seat from %2: end their seat first, or start the new one after theirs ends.</source>
        <translation>%1 holds this seat from %2: end their seat first, or start the new one after theirs ends.</translation>
    </message>
    <message>
        <source>This seat ended on %1 already.</source>
        <translation>This seat ended on %1 already.</translation>
    </message>
    <message>
        <source>The password of %1 was set by the administrator: choose your own first with «users password» or in the window.</source>
        <translation>The password of %1 was set by the administrator: choose your own first with «users password» or in the window.</translation>
    </message>
    <message>
        <source>The region profile %1 names nobody who issues the certificates.</source>
        <translation>The region profile %1 names nobody who issues the certificates.</translation>
    </message>
    <message>
        <source>Nobody holds the seat of the official who signs the certificates on %2; an administrator must seat one. The certificate can be drafted then.</source>
        <translation>Nobody holds the seat of the official who signs the certificates on %2; an administrator must seat one. The certificate can be drafted then.</translation>
    </message>
    <message>
        <source>%1 people hold the seat of the official who signs the certificates on %2; exactly one may.</source>
        <translation>%1 people hold the seat of the official who signs the certificates on %2; exactly one may.</translation>
    </message>
    <message>
        <source>%1 holds the seat of the official who signs the certificates, but their role may not sign.</source>
        <translation>%1 holds the seat of the official who signs the certificates, but their role may not sign.</translation>
    </message>
    <message>
        <source>Application %1 has no issued conclusion agreeing the export: it gets no certificate.</source>
        <translation>Application %1 has no issued conclusion agreeing the export: it gets no certificate.</translation>
    </message>
    <message>
        <source>Application %1 has its certificate %2 already.</source>
        <translation>Application %1 has its certificate %2 already.</translation>
    </message>
    <message>
        <source>Application %1 gives no end of the export period; the certificate needs the date by which the items come back.</source>
        <translation>Application %1 gives no end of the export period; the certificate needs the date by which the items come back.</translation>
    </message>
    <message>
        <source>%1 is no longer a draft: only an unsigned certificate can be cancelled.</source>
        <translation>%1 is no longer a draft: only an unsigned certificate can be cancelled.</translation>
    </message>
    <message>
        <source>Say why the certificate is cancelled.</source>
        <translation>Say why the certificate is cancelled.</translation>
    </message>
    <message>
        <source>No certificate is numbered %1, and no application so numbered has one.</source>
        <translation>No certificate is numbered %1, and no application so numbered has one.</translation>
    </message>
    <message>
        <source>%1 is not a conclusion being drafted.</source>
        <translation>%1 is not a conclusion being drafted.</translation>
    </message>
    <message>
        <source>%1 has been signed already; its date is set before anyone signs.</source>
        <translation>%1 has been signed already; its date is set before anyone signs.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>The decision date %1 is in the future.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application was received (%2).</source>
        <translation>The decision date %1 is before the application was received (%2).</translation>
    </message>
    <message>
        <source>The signed content was changed: it no longer matches the signature.</source>
        <translation>The signed content was changed: it no longer matches the signature.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s certificate.</source>
        <translation>The signature does not match the signer&apos;s certificate.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked.</source>
        <translation>The signer&apos;s certificate is revoked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked since %1.</source>
        <translation>The signer&apos;s certificate is revoked since %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid when it was checked, and no valid timestamp shows that it was valid at signing.</source>
        <translation>The signer&apos;s certificate was not valid when it was checked, and no valid timestamp shows that it was valid at signing.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted root certificate.</source>
        <translation>The signer&apos;s certificate does not chain to a trusted root certificate.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted (%1).</source>
        <translation>The signer&apos;s certificate is not trusted (%1).</translation>
    </message>
    <message>
        <source>The signature does not cover its whole revision of the file.</source>
        <translation>The signature does not cover its whole revision of the file.</translation>
    </message>
    <message>
        <source>The file was changed after this signature beyond what it allows (%1).</source>
        <translation>The file was changed after this signature beyond what it allows (%1).</translation>
    </message>
    <message>
        <source>The signature&apos;s timestamp is not valid or not trusted.</source>
        <translation>The signature&apos;s timestamp is not valid or not trusted.</translation>
    </message>
    <message>
        <source>The signer&apos;s IIN %1 is not the IIN %2 the document records for this seat.</source>
        <translation>The signer&apos;s IIN %1 is not the IIN %2 the document records for this seat.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no IIN; the document records IIN %1 for this seat.</source>
        <translation>The signer&apos;s certificate names no IIN; the document records IIN %1 for this seat.</translation>
    </message>
    <message>
        <source>The signature or the data it covers is damaged.</source>
        <translation>The signature or the data it covers is damaged.</translation>
    </message>
    <message>
        <source>GOST signature: not checkable here.</source>
        <translation>GOST signature: not checkable here.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>The signature could not be read.</translation>
    </message>
    <message>
        <source>A GOST signature is not checked here.</source>
        <translation>A GOST signature is not checked here.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no OCSP service or CRL.</source>
        <translation>The signer&apos;s certificate names no OCSP service or CRL.</translation>
    </message>
    <message>
        <source>The file holds no OCSP response or CRL about the signer&apos;s certificate.</source>
        <translation>The file holds no OCSP response or CRL about the signer&apos;s certificate.</translation>
    </message>
    <message>
        <source>No OCSP response or CRL about the signer&apos;s certificate is in the file or among the imported CRLs (checking does not go online).</source>
        <translation>No OCSP response or CRL about the signer&apos;s certificate is in the file or among the imported CRLs (checking does not go online).</translation>
    </message>
</context>
<context>
    <name>ExaminationChoice</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Diameter</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Thickness</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Unacceptable</source>
        <translation>Unacceptable</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation>Fragmented</translation>
    </message>
    <message>
        <source>Has cultural value</source>
        <translation>Has cultural value</translation>
    </message>
    <message>
        <source>Has no cultural value</source>
        <translation>Has no cultural value</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Not recommended</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Overall view</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
</context>
<context>
    <name>ExaminationField</name>
    <message>
        <source>agreed result</source>
        <translation>agreed result</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Type of object</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Author or maker (name)</source>
        <translation>Author or maker (name)</translation>
    </message>
    <message>
        <source>Maker, when no name is known</source>
        <translation>Maker, when no name is known</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Date or period</translation>
    </message>
    <message>
        <source>Year from</source>
        <translation>Year from</translation>
    </message>
    <message>
        <source>Year to</source>
        <translation>Year to</translation>
    </message>
    <message>
        <source>Place of creation</source>
        <translation>Place of creation</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Weight unit</translation>
    </message>
    <message>
        <source>Inscriptions and markings</source>
        <translation>Inscriptions and markings</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>State of preservation</source>
        <translation>State of preservation</translation>
    </message>
    <message>
        <source>Damage and repairs</source>
        <translation>Damage and repairs</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Photos and pages</translation>
    </message>
    <message>
        <source>Cultural value</source>
        <translation>Cultural value</translation>
    </message>
    <message>
        <source>Temporary export</source>
        <translation>Temporary export</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Purpose of the export</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Applicant&apos;s occupation</translation>
    </message>
</context>
<context>
    <name>ExaminationForm</name>
    <message>
        <source>Examination form</source>
        <translation>Examination form</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Draft state</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo the change to «%1»</source>
        <translation>&amp;Undo the change to «%1»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo the change to «%1»</source>
        <translation>&amp;Redo the change to «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restore the draft</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>My opinion</source>
        <translation>My opinion</translation>
    </message>
    <message>
        <source>Agreed result</source>
        <translation>Agreed result</translation>
    </message>
    <message>
        <source>Opinion of %1</source>
        <translation>Opinion of %1</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Return examination</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Version %1, saved by %2 on %3.</translation>
    </message>
    <message>
        <source>Read only: the export is closed by its return act.</source>
        <translation>Read only: the export is closed by its return act.</translation>
    </message>
    <message>
        <source>Read only: the application is not under examination.</source>
        <translation>Read only: the application is not under examination.</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Read only.</translation>
    </message>
    <message>
        <source>You have an unsaved draft of this record from %1.</source>
        <translation>You have an unsaved draft of this record from %1.</translation>
    </message>
    <message>
        <source>The record was saved by someone else after you started it: if you restore the draft, saving will show both versions.</source>
        <translation>The record was saved by someone else after you started it: if you restore the draft, saving will show both versions.</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <source>The draft could not be kept. %1</source>
        <translation>The draft could not be kept. %1</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>The record was not saved:</translation>
    </message>
    <message>
        <source>Your role may not save this record.</source>
        <translation>Your role may not save this record.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The record was not saved. %1</source>
        <translation>The record was not saved. %1</translation>
    </message>
    <message>
        <source>Their version is shown; yours was discarded</source>
        <translation>Their version is shown; yours was discarded</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form and in the draft; save again to see both versions.</source>
        <translation>Not saved. Your changes are still in the form and in the draft; save again to see both versions.</translation>
    </message>
</context>
<context>
    <name>ExaminationValue</name>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>«%1» (not in the vocabulary)</source>
        <translation>«%1» (not in the vocabulary)</translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation>Page %1 · %2</translation>
    </message>
    <message>
        <source>with a scale</source>
        <translation>with a scale</translation>
    </message>
    <message>
        <source>for the annex</source>
        <translation>for the annex</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Registry of requests (received in the period)</source>
        <translation>Registry of requests (received in the period)</translation>
    </message>
    <message>
        <source>Journal of conclusions (dated in the period)</source>
        <translation>Journal of conclusions (dated in the period)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Language of the column headers</source>
        <translation>Language of the column headers</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>&amp;Headers in:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>until:</source>
        <translation>until:</translation>
    </message>
    <message>
        <source>Export period:</source>
        <translation>Export period:</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Due back within 30 days</source>
        <translation>Due back within 30 days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Back, check pending</source>
        <translation>Back, check pending</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>The database has no accounts yet. Choose the region whose commission this office serves and create the administrator, who then adds the clerks and the commission&apos;s members and gives them their seats.</source>
        <translation>The database has no accounts yet. Choose the region whose commission this office serves and create the administrator, who then adds the clerks and the commission&apos;s members and gives them their seats.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>The account was not created. %1</source>
        <translation>The account was not created. %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Viewer shortcuts</source>
        <translation>Viewer shortcuts</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Zoom around the pointer</translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Zoom in / out</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Reset the zoom (fit the page)</source>
        <translation>Reset the zoom (fit the page)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Fit the page</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Fit the width</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Actual size (1:1)</translation>
    </message>
    <message>
        <source>R  /  Shift+R</source>
        <translation>R  /  Shift+R</translation>
    </message>
    <message>
        <source>Turn the view right / left</source>
        <translation>Turn the view right / left</translation>
    </message>
    <message>
        <source>PgDn  /  PgUp</source>
        <translation>PgDn  /  PgUp</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Next / previous page</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Home  /  End</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>First / last page</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Drag, arrow keys</translation>
    </message>
    <message>
        <source>Move around the page</source>
        <translation>Move around the page</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  or  ?</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
    <message>
        <source>Turning the view does not change the stored page.</source>
        <translation>Turning the view does not change the stored page.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>item %1: </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>after: %1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the application</source>
        <translation>History of the application</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Choose what each file is. The resolution is asked only for files that do not record their own.</source>
        <translation>Choose what each file is. The resolution is asked only for files that do not record their own.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind of pages</source>
        <translation>Kind of pages</translation>
    </message>
    <message>
        <source>Kind of pages of %1</source>
        <translation>Kind of pages of %1</translation>
    </message>
    <message>
        <source>%1 dpi, from the file</source>
        <translation>%1 dpi, from the file</translation>
    </message>
    <message>
        <source>The file records its resolution; it is kept.</source>
        <translation>The file records its resolution; it is kept.</translation>
    </message>
    <message>
        <source>Resolution of %1</source>
        <translation>Resolution of %1</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PDF pages are drawn at this resolution; an image that does not record its own is taken to have it.</source>
        <translation>PDF pages are drawn at this resolution; an image that does not record its own is taken to have it.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Files not imported</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Items to export</source>
        <translation>Items to export</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ItemsList</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>not examined yet</source>
        <translation>not examined yet</translation>
    </message>
    <message>
        <source>opinions: %1</source>
        <translation>opinions: %1</translation>
    </message>
    <message>
        <source>agreed; missing: %1</source>
        <translation>agreed; missing: %1</translation>
    </message>
    <message>
        <source>agreed, complete</source>
        <translation>agreed, complete</translation>
    </message>
    <message>
        <source>not in both languages: %1</source>
        <translation>not in both languages: %1</translation>
    </message>
    <message>
        <source>annex photos: %1</source>
        <translation>annex photos: %1</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>unsaved draft</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Name of the item</source>
        <translation>Name of the item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (corrects %2)</source>
        <translation>%1 (corrects %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>JournalWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Dated from</translation>
    </message>
    <message>
        <source>Dated to</source>
        <translation>Dated to</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Open the &amp;application</source>
        <translation>Open the &amp;application</translation>
    </message>
    <message>
        <source>E&amp;xport the journal…</source>
        <translation>E&amp;xport the journal…</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Journal of documents</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the journal.</source>
        <translation>Choose a document in the journal.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 · %4</source>
        <translation>%1 %2 of %3 · %4</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: not signed yet</translation>
    </message>
    <message>
        <source>%1: signed %2</source>
        <translation>%1: signed %2</translation>
    </message>
    <message>
        <source>No signers.</source>
        <translation>No signers.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>The file cannot be written (%1).</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Expert commission on the temporary export of cultural valuables</source>
        <translation>Expert commission on the temporary export of cultural valuables</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The administrator reset your password: choose a new one to go on.</source>
        <translation>The administrator reset your password: choose a new one to go on.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>The database is still opening: you will be signed in as soon as it is open.</source>
        <translation>The database is still opening: you will be signed in as soon as it is open.</translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation>Sign-in failed. %1</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the one the administrator gave.</source>
        <translation>Choose a password other than the one the administrator gave.</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Record a loss: %1</source>
        <translation>Record a loss: %1</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Document of the loss</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expert commission — registry of applications</source>
        <translation>Expert commission — registry of applications</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Waiting for the sign-in…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Exports abroad</translation>
    </message>
    <message>
        <source>Journal of documents</source>
        <translation>Journal of documents</translation>
    </message>
    <message>
        <source>Users and seats</source>
        <translation>Users and seats</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed document…</source>
        <translation>&amp;Verify a signed document…</translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation>Change the &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out (switch user)…</source>
        <translation>Sign &amp;out (switch user)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Working-day &amp;calendar…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Trusted certificates…</translation>
    </message>
    <message>
        <source>&amp;Users and seats…</source>
        <translation>&amp;Users and seats…</translation>
    </message>
    <message>
        <source>&amp;Export the registry or the journal…</source>
        <translation>&amp;Export the registry or the journal…</translation>
    </message>
    <message>
        <source>&amp;Audit journal</source>
        <translation>&amp;Audit journal</translation>
    </message>
    <message>
        <source>&amp;Journal of documents</source>
        <translation>&amp;Journal of documents</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Close the tab</source>
        <translation>&amp;Close the tab</translation>
    </message>
    <message>
        <source>Close the tab shown; the application stays in the registry</source>
        <translation>Close the tab shown; the application stays in the registry</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <source>Application %1 registered</source>
        <translation>Application %1 registered</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert commission on the temporary export of cultural valuables&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registers applications for the certificate for the right to temporarily export cultural valuables, supports the commission&apos;s examination and issues the signed conclusion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expert commission on the temporary export of cultural valuables&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registers applications for the certificate for the right to temporarily export cultural valuables, supports the commission&apos;s examination and issues the signed conclusion.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementRows</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a dimension</source>
        <translation>Add a dimension</translation>
    </message>
    <message>
        <source>No dimensions yet.</source>
        <translation>No dimensions yet.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Document of the loss: %1</source>
        <translation>Document of the loss: %1</translation>
    </message>
    <message>
        <source>Note on the return: %1</source>
        <translation>Note on the return: %1</translation>
    </message>
    <message>
        <source>Document of the loss</source>
        <translation>Document of the loss</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</source>
        <translation>Its number, date and issuer, e.g. a police report or an insurer&apos;s act</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Anything to note, for the return act</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PageKind</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Photo on return</source>
        <translation>Photo on return</translation>
    </message>
</context>
<context>
    <name>PageLinkRows</name>
    <message>
        <source>Show in the viewer</source>
        <translation>Show in the viewer</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annex</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Page to link</source>
        <translation>Page to link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link the page in the viewer</source>
        <translation>Link the page in the viewer</translation>
    </message>
    <message>
        <source>No photos or pages linked yet.</source>
        <translation>No photos or pages linked yet.</translation>
    </message>
</context>
<context>
    <name>PageThumbnailModel</name>
    <message>
        <source>The thumbnail cannot be decoded.</source>
        <translation>The thumbnail cannot be decoded.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>, %1 dpi</source>
        <translation>, %1 dpi</translation>
    </message>
    <message>
        <source>Its text could not be read (OCR); the scan is kept as it is.</source>
        <translation>Its text could not be read (OCR); the scan is kept as it is.</translation>
    </message>
    <message>
        <source>The thumbnail could not be shown. %1</source>
        <translation>The thumbnail could not be shown. %1</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>page %1 (%2)</source>
        <translation>page %1 (%2)</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Redoing the change</source>
        <translation>Redoing the change</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Undoing the change</translation>
    </message>
    <message>
        <source>Rotate %1 left</source>
        <translation>Rotate %1 left</translation>
    </message>
    <message>
        <source>Rotate %1 right</source>
        <translation>Rotate %1 right</translation>
    </message>
    <message>
        <source>Rotating the page</source>
        <translation>Rotating the page</translation>
    </message>
    <message>
        <source>Rotated %1.</source>
        <translation>Rotated %1.</translation>
    </message>
    <message>
        <source>Straightening the page</source>
        <translation>Straightening the page</translation>
    </message>
    <message>
        <source>Straighten %1</source>
        <translation>Straighten %1</translation>
    </message>
    <message>
        <source>Straightened %1.</source>
        <translation>Straightened %1.</translation>
    </message>
    <message>
        <source>Converting to grayscale</source>
        <translation>Converting to grayscale</translation>
    </message>
    <message>
        <source>Convert %1 to grayscale</source>
        <translation>Convert %1 to grayscale</translation>
    </message>
    <message>
        <source>Converted %1 to grayscale.</source>
        <translation>Converted %1 to grayscale.</translation>
    </message>
    <message>
        <source>Opening the page</source>
        <translation>Opening the page</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>Crop %1</translation>
    </message>
    <message>
        <source>Cropped %1.</source>
        <translation>Cropped %1.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit journal; Undo (Ctrl+Z) brings the page back.</source>
        <translation>The deletion is recorded in the audit journal; Undo (Ctrl+Z) brings the page back.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Cropping the page</source>
        <translation>Cropping the page</translation>
    </message>
    <message>
        <source>Mark %1 as «%2»</source>
        <translation>Mark %1 as «%2»</translation>
    </message>
    <message>
        <source>Marked %1 as «%2».</source>
        <translation>Marked %1 as «%2».</translation>
    </message>
    <message>
        <source>Changing the kind of the page</source>
        <translation>Changing the kind of the page</translation>
    </message>
    <message>
        <source>Move %1 to place %2</source>
        <translation>Move %1 to place %2</translation>
    </message>
    <message>
        <source>Moved %1 to place %2.</source>
        <translation>Moved %1 to place %2.</translation>
    </message>
    <message>
        <source>Moving the page</source>
        <translation>Moving the page</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <source>Delete %1 from this application?</source>
        <translation>Delete %1 from this application?</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Deleting the page</source>
        <translation>Deleting the page</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Application (Annex 4)</source>
        <translation>Application (Annex 4)</translation>
    </message>
    <message>
        <source>Copy of the passport or ID card</source>
        <translation>Copy of the passport or ID card</translation>
    </message>
    <message>
        <source>Company registration certificate</source>
        <translation>Company registration certificate</translation>
    </message>
    <message>
        <source>Photographs of the items</source>
        <translation>Photographs of the items</translation>
    </message>
    <message>
        <source>List of the items</source>
        <translation>List of the items</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Proof of ownership</translation>
    </message>
    <message>
        <source>Invitation or agreement from the host</source>
        <translation>Invitation or agreement from the host</translation>
    </message>
</context>
<context>
    <name>PapersWarning</name>
    <message>
        <source>IIN/BIN</source>
        <translation>IIN/BIN</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>Identity document number</translation>
    </message>
    <message>
        <source>The scanned papers, as read, differ from the registered data. Check them; nothing was changed:</source>
        <translation>The scanned papers, as read, differ from the registered data. Check them; nothing was changed:</translation>
    </message>
    <message>
        <source>%1: registered %2, page %3 reads %4</source>
        <translation>%1: registered %2, page %3 reads %4</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>No document to show.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>PhotoPair</name>
    <message>
        <source>Photos to compare</source>
        <translation>Photos to compare</translation>
    </message>
    <message>
        <source>Original photo</source>
        <translation>Original photo</translation>
    </message>
    <message>
        <source>Photo of the returned item</source>
        <translation>Photo of the returned item</translation>
    </message>
    <message>
        <source>Original photo, from the examination</source>
        <translation>Original photo, from the examination</translation>
    </message>
    <message>
        <source>The returned item</source>
        <translation>The returned item</translation>
    </message>
    <message>
        <source>Similarity of the photos</source>
        <translation>Similarity of the photos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show both photos whole</source>
        <translation>Show both photos whole</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why the examination is repeated:</source>
        <translation>Why the examination is repeated:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>needed in the agreed result before the examination can be finished</source>
        <translation>needed in the agreed result before the examination can be finished</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation>Photos and pages</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>RefusalGround</name>
    <message>
        <source>Violations found in the applicant&apos;s data in the request</source>
        <translation>Violations found in the applicant&apos;s data in the request</translation>
    </message>
    <message>
        <source>The applicant&apos;s electronic signature is not confirmed</source>
        <translation>The applicant&apos;s electronic signature is not confirmed</translation>
    </message>
    <message>
        <source>The applicant is not in the state database of individuals or legal entities</source>
        <translation>The applicant is not in the state database of individuals or legal entities</translation>
    </message>
    <message>
        <source>The documents required for the service are incomplete</source>
        <translation>The documents required for the service are incomplete</translation>
    </message>
    <message>
        <source>The items do not meet the requirements for temporary export</source>
        <translation>The items do not meet the requirements for temporary export</translation>
    </message>
    <message>
        <source>Another ground (state it)</source>
        <translation>Another ground (state it)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>&amp;Ground of the refusal:</source>
        <translation>&amp;Ground of the refusal:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— choose the ground —</translation>
    </message>
    <message>
        <source>The commission&apos;s reasons, as the applicant will read them (a paragraph a line):</source>
        <translation>The commission&apos;s reasons, as the applicant will read them (a paragraph a line):</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>The letter also tells the applicant how to appeal.</source>
        <translation>The letter also tells the applicant how to appeal.</translation>
    </message>
</context>
<context>
    <name>RegisterReturnDialog</name>
    <message>
        <source>Register a return</source>
        <translation>Register a return</translation>
    </message>
    <message>
        <source>Items that came back</source>
        <translation>Items that came back</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Date of return</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>the applicant or their representative</source>
        <translation>the applicant or their representative</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything to note, for the return act</source>
        <translation>Anything to note, for the return act</translation>
    </message>
    <message>
        <source>&amp;Items back:</source>
        <translation>&amp;Items back:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>&amp;Presented by:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Passport or ID card No.</source>
        <translation>Passport or ID card No.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Requisites</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Purpose of the export</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Export from</translation>
    </message>
    <message>
        <source>Export until</source>
        <translation>Export until</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Not a date: write it as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choose a country from the list.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation>Register the application (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Register another</source>
        <translation>Register another</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your role may not register applications.</source>
        <translation>Your role may not register applications.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Cultural valuables to export</source>
        <translation>Cultural valuables to export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Documents received on paper</source>
        <translation>Documents received on paper</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Preliminary examination due:</source>
        <translation>Preliminary examination due:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation>Result due:</translation>
    </message>
    <message>
        <source>To register, complete: %1</source>
        <translation>To register, complete: %1</translation>
    </message>
    <message>
        <source>Ready to register.</source>
        <translation>Ready to register.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <source>The application was not registered. %1</source>
        <translation>The application was not registered. %1</translation>
    </message>
    <message>
        <source>The application could not be saved. %1</source>
        <translation>The application could not be saved. %1</translation>
    </message>
    <message>
        <source>Application %1 is registered.</source>
        <translation>Application %1 is registered.</translation>
    </message>
    <message>
        <source>Discard the application being entered?</source>
        <translation>Discard the application being entered?</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>RegistrationProblem</name>
    <message>
        <source>List at least one item.</source>
        <translation>List at least one item.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>IIN/BIN</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Assigned member</translation>
    </message>
</context>
<context>
    <name>RegistryWidget</name>
    <message>
        <source>Search by number, IIN/BIN or applicant…</source>
        <translation>Search by number, IIN/BIN or applicant…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>In scanned papers</source>
        <translation>In scanned papers</translation>
    </message>
    <message>
        <source>Also find the words in the text read from the scanned forms and documents</source>
        <translation>Also find the words in the text read from the scanned forms and documents</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Registry of applications</source>
        <translation>Registry of applications</translation>
    </message>
    <message numerus="yes">
        <source>More than %n application(s)</source>
        <translation>
            <numerusform>More than %n application</numerusform>
            <numerusform>More than %n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <source>Through the portal</source>
        <translation>Through the portal</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
</context>
<context>
    <name>RequirementsBox</name>
    <message>
        <source>Required documents</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Draft without them…</source>
        <translation>Draft without them…</translation>
    </message>
    <message>
        <source>no scanned page; drafted without it</source>
        <translation>no scanned page; drafted without it</translation>
    </message>
    <message>
        <source>no scanned page</source>
        <translation>no scanned page</translation>
    </message>
    <message>
        <source>The chairperson %1 allowed it on %2: %3</source>
        <translation>The chairperson %1 allowed it on %2: %3</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>Give the password to its holder in person; they must choose a new one when they next sign in.</source>
        <translation>Give the password to its holder in person; they must choose a new one when they next sign in.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <source>Items and their return</source>
        <translation>Items and their return</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return examination</source>
        <translation>Return examination</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>&amp;Register a return…</source>
        <translation>&amp;Register a return…</translation>
    </message>
    <message>
        <source>Record a &amp;loss…</source>
        <translation>Record a &amp;loss…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Remove a return registered by mistake</source>
        <translation>Remove a return registered by mistake</translation>
    </message>
    <message>
        <source>Edit the no&amp;te…</source>
        <translation>Edit the no&amp;te…</translation>
    </message>
    <message>
        <source>Write the note of the return, or the document of the loss, in Kazakh and in Russian</source>
        <translation>Write the note of the return, or the document of the loss, in Kazakh and in Russian</translation>
    </message>
    <message>
        <source>Co&amp;mpare and check…</source>
        <translation>Co&amp;mpare and check…</translation>
    </message>
    <message>
        <source>Draft the return &amp;act</source>
        <translation>Draft the return &amp;act</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the act…</source>
        <translation>Ca&amp;ncel the act…</translation>
    </message>
    <message>
        <source>Withdraw the act being signed, to correct the returns or their check</source>
        <translation>Withdraw the act being signed, to correct the returns or their check</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>abroad</translation>
    </message>
    <message>
        <source>lost (%1)</source>
        <translation>lost (%1)</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>back %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>— not written yet; the return act needs it</source>
        <translation>— not written yet; the return act needs it</translation>
    </message>
    <message>
        <source>Lost; document:</source>
        <translation>Lost; document:</translation>
    </message>
    <message>
        <source>Presented by %1 at %2.</source>
        <translation>Presented by %1 at %2.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Verdict by %1: %2</source>
        <translation>Verdict by %1: %2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>The export is closed by its signed return act.</source>
        <translation>The export is closed by its signed return act.</translation>
    </message>
    <message>
        <source>%1 of %2 items back or accounted for.</source>
        <translation>%1 of %2 items back or accounted for.</translation>
    </message>
    <message>
        <source>Check each returned item (Compare and check), then draft the return act; it is signed in the Conclusion tab.</source>
        <translation>Check each returned item (Compare and check), then draft the return act; it is signed in the Conclusion tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) registered as returned.</source>
        <translation>
            <numerusform>%n item registered as returned.</numerusform>
            <numerusform>%n items registered as returned.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loss of item %1 is recorded.</source>
        <translation>The loss of item %1 is recorded.</translation>
    </message>
    <message>
        <source>The note of item %1 is saved.</source>
        <translation>The note of item %1 is saved.</translation>
    </message>
    <message>
        <source>The return of item %1 is withdrawn.</source>
        <translation>The return of item %1 is withdrawn.</translation>
    </message>
    <message>
        <source>The verdict on item %1 is saved.</source>
        <translation>The verdict on item %1 is saved.</translation>
    </message>
    <message>
        <source>Drafting the return act…</source>
        <translation>Drafting the return act…</translation>
    </message>
    <message>
        <source>Return act %1 drafted; it is signed in the Conclusion tab, the chairperson last.</source>
        <translation>Return act %1 drafted; it is signed in the Conclusion tab, the chairperson last.</translation>
    </message>
    <message>
        <source>Cancel the return act</source>
        <translation>Cancel the return act</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>Why is %1 cancelled?</translation>
    </message>
    <message>
        <source>The return act is cancelled.</source>
        <translation>The return act is cancelled.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <source>Chairperson</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Official of the executive body</source>
        <translation>Official of the executive body</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan documents</source>
        <translation>Scan documents</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Look for scanners again</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Paper source</translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation>Page kind</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Re&amp;solution:</translation>
    </message>
    <message>
        <source>&amp;Colour mode:</source>
        <translation>&amp;Colour mode:</translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation>&amp;Paper source:</translation>
    </message>
    <message>
        <source>&amp;Kind of pages:</source>
        <translation>&amp;Kind of pages:</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n scanner found.</numerusform>
            <numerusform>%n scanners found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner found. Connect and switch on the scanner, then press Refresh.</source>
        <translation>No scanner found. Connect and switch on the scanner, then press Refresh.</translation>
    </message>
    <message>
        <source>Scanning failed. %1</source>
        <translation>Scanning failed. %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Scanning page %1 (%2 stored)…</source>
        <translation>Scanning page %1 (%2 stored)…</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scanning</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored.</source>
        <translation>
            <numerusform>%n page stored.</numerusform>
            <numerusform>%n pages stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation>Scanning cancelled.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scan viewer</source>
        <translation>Scan viewer</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Fit the page</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Fit the width</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Turn the view left</source>
        <translation>Turn the view left</translation>
    </message>
    <message>
        <source>Turn the view right</source>
        <translation>Turn the view right</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>The page cannot be shown. %1</source>
        <translation>The page cannot be shown. %1</translation>
    </message>
    <message>
        <source>Import files (%1) or scan the paper documents; files can also be dropped on the Documents tab.</source>
        <translation>Import files (%1) or scan the paper documents; files can also be dropped on the Documents tab.</translation>
    </message>
    <message>
        <source>The clerk imports or scans this application&apos;s documents.</source>
        <translation>The clerk imports or scans this application&apos;s documents.</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>No pages yet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gray</translation>
    </message>
    <message>
        <source>Black and white (line art)</source>
        <translation>Black and white (line art)</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <source>Document feeder (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
</context>
<context>
    <name>ScansPdfButton</name>
    <message>
        <source>Scans as searchable &amp;PDF…</source>
        <translation>Scans as searchable &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the application&apos;s scans as one PDF/A file whose text can be searched and copied</source>
        <translation>Save the application&apos;s scans as one PDF/A file whose text can be searched and copied</translation>
    </message>
    <message>
        <source>Save the scans as a searchable PDF</source>
        <translation>Save the scans as a searchable PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the searchable PDF</source>
        <translation>Writing the searchable PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The text of %1 of %2 page(s) is in the file.</source>
        <translation>The text of %1 of %2 page(s) is in the file.</translation>
    </message>
    <message>
        <source>%1 page(s) have not been read yet (OCR) and carry no text: read them with the command read-scans %2, then save the PDF again.</source>
        <translation>%1 page(s) have not been read yet (OCR) and carry no text: read them with the command read-scans %2, then save the PDF again.</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read.</source>
        <translation>%1 page(s) could not be read.</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>The file cannot be written (%1).</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>Chairperson</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Official who signs the certificates</source>
        <translation>Official who signs the certificates</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Seats on the commission</source>
        <translation>Seats on the commission</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation>S&amp;eat:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Give the seat</source>
        <translation>&amp;Give the seat</translation>
    </message>
    <message>
        <source>The selected seat&apos;s last &amp;day:</source>
        <translation>The selected seat&apos;s last &amp;day:</translation>
    </message>
    <message>
        <source>E&amp;nd the seat</source>
        <translation>E&amp;nd the seat</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>%1 holds the seat «%2» from %3.</source>
        <translation>%1 holds the seat «%2» from %3.</translation>
    </message>
    <message>
        <source>The seat «%2» of %1 ends on %4.</source>
        <translation>The seat «%2» of %1 ends on %4.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Dates, numbers and the names of countries follow the language. Open windows switch at once; nothing typed is lost.</source>
        <translation>Dates, numbers and the names of countries follow the language. Open windows switch at once; nothing typed is lost.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>In this tab: %1</translation>
    </message>
    <message>
        <source>In the scan viewer, F1 or ? lists the viewer&apos;s own keys. Esc, F1 or a click closes this help.</source>
        <translation>In the scan viewer, F1 or ? lists the viewer&apos;s own keys. Esc, F1 or a click closes this help.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>Sign %1</translation>
    </message>
    <message>
        <source>%1 signs the conclusion %2 with their electronic digital signature (EDS).</source>
        <translation>%1 signs the conclusion %2 with their electronic digital signature (EDS).</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Key password</translation>
    </message>
    <message>
        <source>Key file (.p12):</source>
        <translation>Key file (.p12):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Token label</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>NCALayer address</source>
        <translation>NCALayer address</translation>
    </message>
    <message>
        <source>NCALayer, the national certification centre&apos;s program, must be running: it asks for the key (a GOST key file, Kaztoken, an ID card…) and its password in its own window.</source>
        <translation>NCALayer, the national certification centre&apos;s program, must be running: it asks for the key (a GOST key file, Kaztoken, an ID card…) and its password in its own window.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Key &amp;file</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;NCALayer</source>
        <translation>&amp;NCALayer</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>Time-stamp server</translation>
    </message>
    <message>
        <source>optional, e.g. http://tsp.pki.gov.kz</source>
        <translation>optional, e.g. http://tsp.pki.gov.kz</translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation>Time-stamp server:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>The signing key</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Keys (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the key file (.p12).</source>
        <translation>Choose the key file (.p12).</translation>
    </message>
    <message>
        <source>Enter the key&apos;s password.</source>
        <translation>Enter the key&apos;s password.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Checking the key…</translation>
    </message>
    <message>
        <source>NCALayer&apos;s address starts with wss://, e.g. %1</source>
        <translation>NCALayer&apos;s address starts with wss://, e.g. %1</translation>
    </message>
    <message>
        <source>The PKCS#11 library was not found: %1</source>
        <translation>The PKCS#11 library was not found: %1</translation>
    </message>
    <message>
        <source>Enter the token&apos;s label and PIN.</source>
        <translation>Enter the token&apos;s label and PIN.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Requests still missing documents</source>
        <translation>Requests still missing documents</translation>
    </message>
    <message>
        <source>Applications assigned to me for examination</source>
        <translation>Applications assigned to me for examination</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Conclusions waiting for my signature</source>
        <translation>Conclusions waiting for my signature</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within two working days</source>
        <translation>Due within two working days</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Document to sign</translation>
    </message>
    <message>
        <source>Exports overdue for return</source>
        <translation>Exports overdue for return</translation>
    </message>
    <message>
        <source>Exports due back within 30 days</source>
        <translation>Exports due back within 30 days</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Requests per month</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Working days to the result</source>
        <translation>Working days to the result</translation>
    </message>
    <message>
        <source>Working days the deadline allowed</source>
        <translation>Working days the deadline allowed</translation>
    </message>
    <message>
        <source>Average time to a result</source>
        <translation>Average time to a result</translation>
    </message>
    <message>
        <source>Service and result</source>
        <translation>Service and result</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message numerus="yes">
        <source>Quality survey: %n answer(s)</source>
        <translation>
            <numerusform>Quality survey: %n answer</numerusform>
            <numerusform>Quality survey: %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>Under examination</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examined</translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation>Conclusion drafted</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>Being signed</translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation>Issued: export agreed</translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation>Issued: export not agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Closed: items returned</source>
        <translation>Closed: items returned</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Documents are complete</source>
        <translation>Documents are complete</translation>
    </message>
    <message>
        <source>Start the examination</source>
        <translation>Start the examination</translation>
    </message>
    <message>
        <source>Finish the examination</source>
        <translation>Finish the examination</translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation>Draft the conclusion</translation>
    </message>
    <message>
        <source>Start signing</source>
        <translation>Start signing</translation>
    </message>
    <message>
        <source>Issue: export agreed</source>
        <translation>Issue: export agreed</translation>
    </message>
    <message>
        <source>Issue: export not agreed</source>
        <translation>Issue: export not agreed</translation>
    </message>
    <message>
        <source>Repeat the examination…</source>
        <translation>Repeat the examination…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Items of the application</source>
        <translation>Items of the application</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Requisites</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, issued %2</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Passport or ID card</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>through the portal</source>
        <translation>through the portal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Export period</source>
        <translation>Export period</translation>
    </message>
    <message>
        <source>Received on paper</source>
        <translation>Received on paper</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Ground of the refusal</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Reasons for the refusal</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Partly satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Quality survey</source>
        <translation>Quality survey</translation>
    </message>
    <message>
        <source>1. Are you satisfied with the quality of the service and its result?</source>
        <translation>1. Are you satisfied with the quality of the service and its result?</translation>
    </message>
    <message>
        <source>2. Are you satisfied with the quality of the information on how the service is provided?</source>
        <translation>2. Are you satisfied with the quality of the information on how the service is provided?</translation>
    </message>
    <message>
        <source>Choose an answer to each question.</source>
        <translation>Choose an answer to each question.</translation>
    </message>
    <message>
        <source>The applicant&apos;s answers to the survey are recorded.</source>
        <translation>The applicant&apos;s answers to the survey are recorded.</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>Find a term…</source>
        <translation>Find a term…</translation>
    </message>
    <message>
        <source>Find a term: %1</source>
        <translation>Find a term: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nothing chosen</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <source>Reading the text of the pages</source>
        <translation>Reading the text of the pages</translation>
    </message>
    <message>
        <source>Pages whose text could not be read: %1. The scans are kept as they are.</source>
        <translation>Pages whose text could not be read: %1. The scans are kept as they are.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Items back</source>
        <translation>Items back</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <source>Not closed (%1)</source>
        <translation>Not closed (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Exports to show</source>
        <translation>Exports to show</translation>
    </message>
    <message>
        <source>Exports abroad</source>
        <translation>Exports abroad</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted certificates</source>
        <translation>Trusted certificates</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Signatures are checked on this computer, without going online: against the certificates below, with the revocation data each document carries and the revocation lists imported here. The certificates of the national certification centre (%1) come with the program and are trusted from the start; compare their fingerprints with those the centre publishes. A signature gets a timestamp from the time-stamp service named in the signing dialog (by default the centre&apos;s: %2); the revocation data of the signer&apos;s certificate is then fetched from the addresses the certificate names (the centre&apos;s OCSP responder: %3) and kept in the document. Without internet the document is signed without them, and the signer is told.</source>
        <translation>Signatures are checked on this computer, without going online: against the certificates below, with the revocation data each document carries and the revocation lists imported here. The certificates of the national certification centre (%1) come with the program and are trusted from the start; compare their fingerprints with those the centre publishes. A signature gets a timestamp from the time-stamp service named in the signing dialog (by default the centre&apos;s: %2); the revocation data of the signer&apos;s certificate is then fetched from the addresses the certificate names (the centre&apos;s OCSP responder: %3) and kept in the document. Without internet the document is signed without them, and the signer is told.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <source>&amp;Add a root certificate…</source>
        <translation>&amp;Add a root certificate…</translation>
    </message>
    <message>
        <source>&amp;Remove the root…</source>
        <translation>&amp;Remove the root…</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>Revoked certificates</source>
        <translation>Revoked certificates</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Imported revocation lists</source>
        <translation>Imported revocation lists</translation>
    </message>
    <message>
        <source>&amp;Import a revocation list…</source>
        <translation>&amp;Import a revocation list…</translation>
    </message>
    <message>
        <source>Remove the &amp;list…</source>
        <translation>Remove the &amp;list…</translation>
    </message>
    <message>
        <source>Root certificates</source>
        <translation>Root certificates</translation>
    </message>
    <message>
        <source>Certificate revocation lists (CRL)</source>
        <translation>Certificate revocation lists (CRL)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>from the %1 profile</source>
        <translation>from the %1 profile</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>A root certificate</source>
        <translation>A root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is trusted now.</source>
        <translation>%1 is trusted now.</translation>
    </message>
    <message>
        <source>Remove the root</source>
        <translation>Remove the root</translation>
    </message>
    <message>
        <source>Stop trusting %1? Signatures that chain to it will no longer verify.</source>
        <translation>Stop trusting %1? Signatures that chain to it will no longer verify.</translation>
    </message>
    <message>
        <source>The root certificate was removed.</source>
        <translation>The root certificate was removed.</translation>
    </message>
    <message>
        <source>A certificate revocation list</source>
        <translation>A certificate revocation list</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Revocation lists (*.crl *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 is imported.</translation>
    </message>
    <message>
        <source>Remove the list</source>
        <translation>Remove the list</translation>
    </message>
    <message>
        <source>Remove the revocation list of %1?</source>
        <translation>Remove the revocation list of %1?</translation>
    </message>
    <message>
        <source>The revocation list was removed.</source>
        <translation>The revocation list was removed.</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accounts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Name and role…</source>
        <translation>&amp;Name and role…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Reset the password…</translation>
    </message>
    <message>
        <source>The commission has no seats yet. Add the accounts of the clerks, the members, the chairperson and the official who signs the certificates (Add…), then give each member, the chairperson and the official a seat below: a conclusion is drafted only when one chairperson sits on the commission.</source>
        <translation>The commission has no seats yet. Add the accounts of the clerks, the members, the chairperson and the official who signs the certificates (Add…), then give each member, the chairperson and the official a seat below: a conclusion is drafted only when one chairperson sits on the commission.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active; must change the password</source>
        <translation>Active; must change the password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed document</source>
        <translation>Verify a signed document</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Changes after it</source>
        <translation>Changes after it</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Open a PDF…</translation>
    </message>
    <message>
        <source>A signed document</source>
        <translation>A signed document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
    <message>
        <source>Revocation: checked by an OCSP response of %1.</source>
        <translation>Revocation: checked by an OCSP response of %1.</translation>
    </message>
    <message>
        <source>Revocation: checked against a CRL of %1.</source>
        <translation>Revocation: checked against a CRL of %1.</translation>
    </message>
    <message>
        <source>Revocation: not checked. %1</source>
        <translation>Revocation: not checked. %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>disallowed</source>
        <translation>disallowed</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Not valid: the document has no signatures.</source>
        <translation>Not valid: the document has no signatures.</translation>
    </message>
    <message>
        <source>Not valid: not everyone has signed; missing: %1.</source>
        <translation>Not valid: not everyone has signed; missing: %1.</translation>
    </message>
    <message>
        <source>Valid: every signature is intact, valid and trusted, and nothing was changed after it.</source>
        <translation>Valid: every signature is intact, valid and trusted, and nothing was changed after it.</translation>
    </message>
    <message>
        <source>Not valid: see the signatures marked in red.</source>
        <translation>Not valid: see the signatures marked in red.</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Draft without the documents</source>
        <translation>Draft without the documents</translation>
    </message>
    <message>
        <source>The conclusion may be drafted although these documents have no scanned page:</source>
        <translation>The conclusion may be drafted although these documents have no scanned page:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why the commission concludes without them</source>
        <translation>Why the commission concludes without them</translation>
    </message>
    <message>
        <source>The reason is kept in the audit journal with your name; it is printed on no document.</source>
        <translation>The reason is kept in the audit journal with your name; it is printed on no document.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Texts of the documents</source>
        <translation>Texts of the documents</translation>
    </message>
    <message>
        <source>The conclusion is issued in Kazakh and in Russian, each wholly in its language: write the purpose and the occupation in both. Names are written once and are not translated.</source>
        <translation>The conclusion is issued in Kazakh and in Russian, each wholly in its language: write the purpose and the occupation in both. Names are written once and are not translated.</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Purpose of the export</translation>
    </message>
    <message>
        <source>Applicant&apos;s occupation</source>
        <translation>Applicant&apos;s occupation</translation>
    </message>
    <message>
        <source>Not kept. %1</source>
        <translation>Not kept. %1</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>_QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Remove row %1</translation>
    </message>
</context>
</TS>
