<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>%1: %n day(s) off, </source>
        <translation>
            <numerusform>%1: %n day off, </numerusform>
            <numerusform>%1: %n days off, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) (%1)</source>
        <translation>
            <numerusform>%n make-up working day (%1)</numerusform>
            <numerusform>%n make-up working days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), </source>
        <translation>
            <numerusform>%n working day, </numerusform>
            <numerusform>%n working days, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off for public holidays, </source>
        <translation>
            <numerusform>%n day off for public holidays, </numerusform>
            <numerusform>%n days off for public holidays, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s).</source>
        <translation>
            <numerusform>%n make-up working day.</numerusform>
            <numerusform>%n make-up working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off, </source>
        <translation>
            <numerusform>%n day off, </numerusform>
            <numerusform>%n days off, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message numerus="yes">
        <source>%1 is already in the calendar, with %n announced day(s). Nothing was imported; to replace the year with the file, import it again and confirm the replacement.</source>
        <translation>
            <numerusform>%1 is already in the calendar, with %n announced day. Nothing was imported; to replace the year with the file, import it again and confirm the replacement.</numerusform>
            <numerusform>%1 is already in the calendar, with %n announced days. Nothing was imported; to replace the year with the file, import it again and confirm the replacement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The matter is marked as needing no materials, but lists %n material(s); remove them or take the mark away.</source>
        <translation>
            <numerusform>The matter is marked as needing no materials, but lists %n material; remove them or take the mark away.</numerusform>
            <numerusform>The matter is marked as needing no materials, but lists %n materials; remove them or take the mark away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n matter</numerusform>
            <numerusform>%n matters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active matter(s) still need this department; give them another department or deactivate them first.</source>
        <translation>
            <numerusform>%n active matter still need this department; give them another department or deactivate them first.</numerusform>
            <numerusform>%n active matters still need this department; give them another department or deactivate them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The department %1 was kept: %n active matter(s) still need it. Give them another department or deactivate them first.</source>
        <translation>
            <numerusform>The department %1 was kept: %n active matter still need it. Give them another department or deactivate them first.</numerusform>
            <numerusform>The department %1 was kept: %n active matters still need it. Give them another department or deactivate them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Mean wait: unbounded; %n window(s) cannot keep up, the queue grows all day.</source>
        <translation>
            <numerusform>Mean wait: unbounded; %n window cannot keep up, the queue grows all day.</numerusform>
            <numerusform>Mean wait: unbounded; %n windows cannot keep up, the queue grows all day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) without a one-time notice within 5 working days now count as accepted.</source>
        <translation>
            <numerusform>%n application without a one-time notice within 5 working days now count as accepted.</numerusform>
            <numerusform>%n applications without a one-time notice within 5 working days now count as accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating the history of %n application(s) over %1 days …</source>
        <translation>
            <numerusform>Generating the history of %n application over %1 days …</numerusform>
            <numerusform>Generating the history of %n applications over %1 days …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) written to %1.</source>
        <translation>
            <numerusform>%n approval written to %1.</numerusform>
            <numerusform>%n approvals written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message numerus="yes">
        <source>The %n day(s) before today hold no working day.</source>
        <translation>
            <numerusform>The %n day before today holds no working day.</numerusform>
            <numerusform>The %n days before today hold no working day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) over %1 working days</source>
        <translation>
            <numerusform>%n ticket over %1 working days</numerusform>
            <numerusform>%n tickets over %1 working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in</source>
        <translation>
            <numerusform>%n application taken in</numerusform>
            <numerusform>%n applications taken in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>%n audit row</numerusform>
            <numerusform>%n audit rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message numerus="yes">
        <source>There are %n more problem(s).</source>
        <translation>
            <numerusform>There is %n more problem.</numerusform>
            <numerusform>There are %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message numerus="yes">
        <source>%n application(s) taken in</source>
        <translation>
            <numerusform>%n application taken in</numerusform>
            <numerusform>%n applications taken in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application cannot be accepted: %n material(s) not yet present (%1). Give a one-time notice of what is missing, or accept with a deficiency if it may follow later. Nothing was saved.</source>
        <translation>
            <numerusform>The application cannot be accepted: %n material not yet present (%1). Give a one-time notice of what is missing, or accept with a deficiency if it may follow later. Nothing was saved.</numerusform>
            <numerusform>The application cannot be accepted: %n materials not yet present (%1). Give a one-time notice of what is missing, or accept with a deficiency if it may follow later. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 is accepted with a deficiency: %n material(s) owed by %2. Promised by %3.</source>
        <translation>
            <numerusform>Case %1 is accepted with a deficiency: %n material owed by %2. Promised by %3.</numerusform>
            <numerusform>Case %1 is accepted with a deficiency: %n materials owed by %2. Promised by %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One-time notice for application %1: %n material(s) to correct by %2. The application waits for them.</source>
        <translation>
            <numerusform>One-time notice for application %1: %n material to correct by %2. The application waits for them.</numerusform>
            <numerusform>One-time notice for application %1: %n materials to correct by %2. The application waits for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitDisplay</name>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>working days left</comment>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>working days overdue</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message numerus="yes">
        <source>The phone number &quot;%1&quot; has %n digit(s); a phone number has 7 to 15. Correct it or leave it empty; the ticket was not issued.</source>
        <translation>
            <numerusform>The phone number &quot;%1&quot; has %n digit; a phone number has 7 to 15. Correct it or leave it empty; the ticket was not issued.</numerusform>
            <numerusform>The phone number &quot;%1&quot; has %n digits; a phone number has 7 to 15. Correct it or leave it empty; the ticket was not issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 has been called %n time(s) without an answer. Mark it as a no-show or postpone it.</source>
        <translation>
            <numerusform>Ticket %1 has been called %n time without an answer. Mark it as a no-show or postpone it.</numerusform>
            <numerusform>Ticket %1 has been called %n times without an answer. Mark it as a no-show or postpone it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%1 to %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 to %2, %n working day</numerusform>
            <numerusform>%1 to %2, %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) behind the figure</source>
        <translation>
            <numerusform>%n row behind the figure</numerusform>
            <numerusform>%n rows behind the figure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsDemo</name>
    <message numerus="yes">
        <source>%n case(s) of the last four weeks</source>
        <translation>
            <numerusform>%n case of the last four weeks</numerusform>
            <numerusform>%n cases of the last four weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulingDemo</name>
    <message numerus="yes">
        <source>%n ticket category(s)</source>
        <translation>
            <numerusform>%n ticket category</numerusform>
            <numerusform>%n ticket categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster seat(s) for this week and the next</source>
        <translation>
            <numerusform>%n roster seat for this week and the next</numerusform>
            <numerusform>%n roster seats for this week and the next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue ticket(s) of the last four weeks</source>
        <translation>
            <numerusform>%n queue ticket of the last four weeks</numerusform>
            <numerusform>%n queue tickets of the last four weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), %1 of them followed by a rectification</source>
        <translation>
            <numerusform>%n rating, %1 of them followed by a rectification</numerusform>
            <numerusform>%n ratings, %1 of them followed by a rectification</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>After %n more wrong password the account is locked for %1 minutes.</numerusform>
            <numerusform>After %n more wrong passwords the account is locked for %1 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message numerus="yes">
        <source>A %1 number has %2 to %3 characters; this one has %n.</source>
        <translation>
            <numerusform>A %1 number has %2 to %3 characters; this one has %n.</numerusform>
            <numerusform>A %1 number has %2 to %3 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>An ID number has 18 characters; this one has %n.</numerusform>
            <numerusform>An ID number has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number after area code %1 must have 7 or 8 digits; this one has %n.</source>
        <translation>
            <numerusform>The number after area code %1 must have 7 or 8 digits; this one has %n.</numerusform>
            <numerusform>The number after area code %1 must have 7 or 8 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digits after the letter.</source>
        <translation>
            <numerusform>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digit after the letter.</numerusform>
            <numerusform>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digits after the letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</source>
        <translation>
            <numerusform>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</numerusform>
            <numerusform>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name has at most 50 characters; this one has %n.</source>
        <translation>
            <numerusform>A name has at most 50 characters; this one has %n.</numerusform>
            <numerusform>A name has at most 50 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An organisation&apos;s name has at most 100 characters; this one has %n.</source>
        <translation>
            <numerusform>An organisation&apos;s name has at most 100 characters; this one has %n.</numerusform>
            <numerusform>An organisation&apos;s name has at most 100 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An address has at most 200 characters; this one has %n.</source>
        <translation>
            <numerusform>An address has at most 200 characters; this one has %n.</numerusform>
            <numerusform>An address has at most 200 characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowDemo</name>
    <message numerus="yes">
        <source>%n case(s) in every state of the approval workflow</source>
        <translation>
            <numerusform>%n case in every state of the approval workflow</numerusform>
            <numerusform>%n cases in every state of the approval workflow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message numerus="yes">
        <source>Case %1 was already extended by %n working day(s); the law allows one extension (art. 42).</source>
        <translation>
            <numerusform>Case %1 was already extended by %n working day; the law allows one extension (art. 42).</numerusform>
            <numerusform>Case %1 was already extended by %n working days; the law allows one extension (art. 42).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An extension by %n working day(s) was requested: %1</source>
        <translation>
            <numerusform>An extension by %n working day was requested: %1</numerusform>
            <numerusform>An extension by %n working days was requested: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case was suspended for %1 (expected %n working day(s)): %2</source>
        <translation>
            <numerusform>The case was suspended for %1 (expected %n working day): %2</numerusform>
            <numerusform>The case was suspended for %1 (expected %n working days): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case was resumed after %n working day(s) of suspension.</source>
        <translation>
            <numerusform>The case was resumed after %n working day of suspension.</numerusform>
            <numerusform>The case was resumed after %n working days of suspension.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message numerus="yes">
        <source>The stage waits for %n more department(s).</source>
        <translation>
            <numerusform>The stage waits for %n more department.</numerusform>
            <numerusform>The stage waits for %n more departments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 is back in review after %n working day(s) of suspension; it is now due on %2 (statutory limit %3).</source>
        <translation>
            <numerusform>Case %1 is back in review after %n working day of suspension; it is now due on %2 (statutory limit %3).</numerusform>
            <numerusform>Case %1 is back in review after %n working days of suspension; it is now due on %2 (statutory limit %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An extension of case %1 by %n working day(s) waits for a supervisor&apos;s approval.</source>
        <translation>
            <numerusform>An extension of case %1 by %n working day waits for a supervisor&apos;s approval.</numerusform>
            <numerusform>An extension of case %1 by %n working days waits for a supervisor&apos;s approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 has %n more working day(s): it is now due on %2 (statutory limit %3). Give the applicant notice %4.</source>
        <translation>
            <numerusform>Case %1 has %n more working day: it is now due on %2 (statutory limit %3). Give the applicant notice %4.</numerusform>
            <numerusform>Case %1 has %n more working days: it is now due on %2 (statutory limit %3). Give the applicant notice %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::ApproverInbox</name>
    <message numerus="yes">
        <source>%n step(s) waiting</source>
        <translation>
            <numerusform>%n step waiting</numerusform>
            <numerusform>%n steps waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::AuditTrailView</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row verified.</numerusform>
            <numerusform>The audit trail is intact: %n rows verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::CalendarEditor</name>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>%n day off</numerusform>
            <numerusform>%n days off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n make-up working day</numerusform>
            <numerusform>%n make-up working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseListPane</name>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseProgressView</name>
    <message numerus="yes">
        <source>+ %n working day(s) extension</source>
        <translation>
            <numerusform>+ %n working day extension</numerusform>
            <numerusform>+ %n working days extension</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n round(s))</source>
        <translation>
            <numerusform>(%n round)</numerusform>
            <numerusform>(%n rounds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension by %n working day(s): %1</source>
        <translation>
            <numerusform>Extension by %n working day: %1</numerusform>
            <numerusform>Extension by %n working days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::CatalogEditor</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields. Everything you typed is still here.</source>
        <translation>
            <numerusform>Not saved: %n problem, shown next to the fields. Everything you typed is still here.</numerusform>
            <numerusform>Not saved: %n problems, shown next to the fields. Everything you typed is still here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::DemoData</name>
    <message numerus="yes">
        <source>%n staff account(s), password &quot;%1&quot; (to be changed at the first sign-in)</source>
        <translation>
            <numerusform>%n staff account, password &quot;%1&quot; (to be changed at the first sign-in)</numerusform>
            <numerusform>%n staff accounts, password &quot;%1&quot; (to be changed at the first sign-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s): %1 persons and %2 organisations</source>
        <translation>
            <numerusform>%n applicant: %1 persons and %2 organisations</numerusform>
            <numerusform>%n applicants: %1 persons and %2 organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::DisplayBoard</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::ExtensionDecisionDialog</name>
    <message numerus="yes">
        <source>%1 asks for %n more working day(s): %2</source>
        <translation>
            <numerusform>%1 asks for %n more working day: %2</numerusform>
            <numerusform>%1 asks for %n more working days: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::KioskWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n persons ahead of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated wait about %n min</source>
        <translation>
            <numerusform>estimated wait about %n min</numerusform>
            <numerusform>estimated wait about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n application(s) without a one-time notice within 5 working days now count as accepted: %1</source>
        <translation>
            <numerusform>%n application without a one-time notice within 5 working days now count as accepted: %1</numerusform>
            <numerusform>%n applications without a one-time notice within 5 working days now count as accepted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::QueuePane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>Called %n time</numerusform>
            <numerusform>Called %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>issued %1, waited %n min</source>
        <translation>
            <numerusform>issued %1, waited %n min</numerusform>
            <numerusform>issued %1, waited %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::RosterEditor</name>
    <message numerus="yes">
        <source>%n hour(s) of this week have fewer windows than advised.</source>
        <translation>
            <numerusform>%n hour of this week have fewer windows than advised.</numerusform>
            <numerusform>%n hours of this week have fewer windows than advised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 seated in %n shift(s).</source>
        <translation>
            <numerusform>%1 seated in %n shift.</numerusform>
            <numerusform>%1 seated in %n shifts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n seat(s) from last week; the seats this week had before were replaced.</source>
        <translation>
            <numerusform>Copied %n seat from last week; the seats this week had before were replaced.</numerusform>
            <numerusform>Copied %n seats from last week; the seats this week had before were replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::SupervisionCaseModel</name>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n working day(s)</source>
        <translation>
            <numerusform>extended by %n working day</numerusform>
            <numerusform>extended by %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::SupervisionView</name>
    <message numerus="yes">
        <source>Yellow when at most %n working day(s) or %1 % of a limit are left; red when overdue. Updated %2, and again as soon as anything changes.</source>
        <translation>
            <numerusform>Yellow when at most %n working day or %1 % of a limit are left; red when overdue. Updated %2, and again as soon as anything changes.</numerusform>
            <numerusform>Yellow when at most %n working days or %1 % of a limit are left; red when overdue. Updated %2, and again as soon as anything changes.</numerusform>
        </translation>
    </message>
</context>
</TS>
