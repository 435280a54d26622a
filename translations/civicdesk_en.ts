<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
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
    <name>civicdesk::DemoData</name>
    <message numerus="yes">
        <source>%n staff account(s), password "%1" (to be changed at the first sign-in)</source>
        <translation>
            <numerusform>%n staff account, password "%1" (to be changed at the first sign-in)</numerusform>
            <numerusform>%n staff accounts, password "%1" (to be changed at the first sign-in)</numerusform>
        </translation>
    </message>
</context>
</TS>
