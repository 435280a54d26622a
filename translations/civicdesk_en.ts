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
        <source>The matter is marked as needing no materials, but lists %n; remove them or take the mark away.</source>
        <translation><numerusform>The matter is marked as needing no materials, but lists %n; remove it or take the mark away.</numerusform><numerusform>The matter is marked as needing no materials, but lists %n; remove them or take the mark away.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
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
        <translation><numerusform>A %1 number has %2 to %3 characters; this one has %n.</numerusform><numerusform>A %1 number has %2 to %3 characters; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation><numerusform>An ID number has 18 characters; this one has %n.</numerusform><numerusform>An ID number has 18 characters; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation><numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform><numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation><numerusform>A mobile number has 11 digits; this one has %n.</numerusform><numerusform>A mobile number has 11 digits; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The number after area code %1 must have 7 or 8 digits; this one has %n.</source>
        <translation><numerusform>The number after area code %1 must have 7 or 8 digits; this one has %n.</numerusform><numerusform>The number after area code %1 must have 7 or 8 digits; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digits after the letter.</source>
        <translation><numerusform>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digit after the letter.</numerusform><numerusform>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digits after the letter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</source>
        <translation><numerusform>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</numerusform><numerusform>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A name has at most 50 characters; this one has %n.</source>
        <translation><numerusform>A name has at most 50 characters; this one has %n.</numerusform><numerusform>A name has at most 50 characters; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An organisation's name has at most 100 characters; this one has %n.</source>
        <translation><numerusform>An organisation's name has at most 100 characters; this one has %n.</numerusform><numerusform>An organisation's name has at most 100 characters; this one has %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An address has at most 200 characters; this one has %n.</source>
        <translation><numerusform>An address has at most 200 characters; this one has %n.</numerusform><numerusform>An address has at most 200 characters; this one has %n.</numerusform></translation>
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
    <name>civicdesk::DemoData</name>
    <message numerus="yes">
        <source>%n staff account(s), password "%1" (to be changed at the first sign-in)</source>
        <translation>
            <numerusform>%n staff account, password "%1" (to be changed at the first sign-in)</numerusform>
            <numerusform>%n staff accounts, password "%1" (to be changed at the first sign-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s): %1 persons and %2 organisations</source>
        <translation><numerusform>%n applicant: %1 persons and %2 organisations</numerusform><numerusform>%n applicants: %1 persons and %2 organisations</numerusform></translation>
    </message>
</context>
</TS>
