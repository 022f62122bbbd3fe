<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountRisks</name>
    <message numerus="yes">
        <source>%n of %1 site addresses broken</source>
        <translation>
            <numerusform>%n of %1 site addresses broken</numerusform>
            <numerusform>%n of %1 site addresses broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramSceneText</name>
    <message numerus="yes">
        <source>%1, %2, hosts %n account(s): %3.</source>
        <translation>
            <numerusform>%1, %2, hosts %n account: %3.</numerusform>
            <numerusform>%1, %2, hosts %n accounts: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactChanges</name>
    <message numerus="yes">
        <source>%n accounts marked as ready to migrate.</source>
        <translation>
            <numerusform>%n account marked as ready to migrate.</numerusform>
            <numerusform>%n accounts marked as ready to migrate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts no longer marked as ready.</source>
        <translation>
            <numerusform>%n account no longer marked as ready.</numerusform>
            <numerusform>%n accounts no longer marked as ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts marked as checked.</source>
        <translation>
            <numerusform>%n account marked as checked.</numerusform>
            <numerusform>%n accounts marked as checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts no longer marked as checked.</source>
        <translation>
            <numerusform>%n account no longer marked as checked.</numerusform>
            <numerusform>%n accounts no longer marked as checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message numerus="yes">
        <source>A queue of %n account(s) set to start at %1.</source>
        <translation>
            <numerusform>A queue of %n account set to start at %1.</numerusform>
            <numerusform>A queue of %n accounts set to start at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%n account(s) done</source>
        <translation>
            <numerusform>%n account done</numerusform>
            <numerusform>%n accounts done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (queue stopped)</source>
        <translation>
            <numerusform>%n not started (queue stopped)</numerusform>
            <numerusform>%n not started (queue stopped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message numerus="yes">
        <source>%n account(s) will start moving one after another at %1: in %2.</source>
        <translation>
            <numerusform>%n account will start moving at %1: in %2.</numerusform>
            <numerusform>%n accounts will start moving one after another at %1: in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to migrate: about %1 of downtime in all, ending around %2 if started now.</source>
        <translation>
            <numerusform>%n account to migrate: about %1 of downtime in all, ending around %2 if started now.</numerusform>
            <numerusform>%n accounts to migrate: about %1 of downtime in all, ending around %2 if started now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to move back: about %1 of downtime in all, ending around %2 if started now.</source>
        <translation>
            <numerusform>%n account to move back: about %1 of downtime in all, ending around %2 if started now.</numerusform>
            <numerusform>%n accounts to move back: about %1 of downtime in all, ending around %2 if started now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue of %n account(s) set to start at %1 did not start: that time passed long ago (it is now %2; the computer slept, its clock jumped or Passerelle was closed). Nothing was sent. Select the accounts again to start now or at a new time.</source>
        <translation>
            <numerusform>The queue of %n account set to start at %1 did not start: that time passed long ago (it is now %2; the computer slept, its clock jumped or Passerelle was closed). Nothing was sent. Select the accounts again to start now or at a new time.</numerusform>
            <numerusform>The queue of %n accounts set to start at %1 did not start: that time passed long ago (it is now %2; the computer slept, its clock jumped or Passerelle was closed). Nothing was sent. Select the accounts again to start now or at a new time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm that every account is ready first; %n not confirmed: %1.</source>
        <translation>
            <numerusform>Confirm that every account is ready first; %n not confirmed: %1.</numerusform>
            <numerusform>Confirm that every account is ready first; %n not confirmed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still to migrate to the transit server: %1.</source>
        <translation>
            <numerusform>%n account still to migrate to the transit server: %1.</numerusform>
            <numerusform>%n accounts still to migrate to the transit server: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check every migrated account first; %n not checked: %1.</source>
        <translation>
            <numerusform>Check every migrated account first; %n not checked: %1.</numerusform>
            <numerusform>Check every migrated account first; %n not checked: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still to move back to the client server: %1.</source>
        <translation>
            <numerusform>%n account still to move back to the client server: %1.</numerusform>
            <numerusform>%n accounts still to move back to the client server: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteCheckReport</name>
    <message numerus="yes">
        <source>%n address(es) checked</source>
        <translation>
            <numerusform>%n address checked</numerusform>
            <numerusform>%n addresses checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken.</source>
        <translation>
            <numerusform>%n broken.</numerusform>
            <numerusform>%n broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) not checked (too many for one account).</source>
        <translation>
            <numerusform>%n address not checked (too many for one account).</numerusform>
            <numerusform>%n addresses not checked (too many for one account).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteCheckText</name>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>more than %n redirect</numerusform>
            <numerusform>more than %n redirects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not checked: only the first %n addresses of an account are checked</source>
        <translation>
            <numerusform>not checked: only %n address of an account is checked</numerusform>
            <numerusform>not checked: only the first %n addresses of an account are checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnderWay</name>
    <message numerus="yes">
        <source>%n account(s) of the queue have not started: they do not start while Passerelle is closed.</source>
        <translation>
            <numerusform>%n account of the queue has not started: it does not start while Passerelle is closed.</numerusform>
            <numerusform>%n accounts of the queue have not started: they do not start while Passerelle is closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::KeepAwake</name>
    <message numerus="yes">
        <source>%n more account(s) of the queue to start: each starts when the previous one ends.</source>
        <translation>
            <numerusform>%n more account of the queue to start: each starts when the previous one ends.</numerusform>
            <numerusform>%n more accounts of the queue to start: each starts when the previous one ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::SiteWatch</name>
    <message numerus="yes">
        <source>%1: sites checked, %2 of %n address(es) broken.</source>
        <translation>
            <numerusform>%1: sites checked, %2 of %n address broken.</numerusform>
            <numerusform>%1: sites checked, %2 of %n addresses broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sites checked, some answer differently than before (%n address(es)).</source>
        <translation>
            <numerusform>%1: sites checked, some answer differently than before (%n address).</numerusform>
            <numerusform>%1: sites checked, some answer differently than before (%n addresses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sites checked, the same as before (%n address(es)).</source>
        <translation>
            <numerusform>%1: sites checked, the same as before (%n address).</numerusform>
            <numerusform>%1: sites checked, the same as before (%n addresses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sites&apos; reference was recorded (%n address(es)).</source>
        <translation>
            <numerusform>%1: the sites&apos; reference was recorded (%n address).</numerusform>
            <numerusform>%1: the sites&apos; reference was recorded (%n addresses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RollbackSuggestions</name>
    <message numerus="yes">
        <source>%1: %2 of %n site address(es) broken since the migration. Rollback is still open: you can put the account back on the old infrastructure while the cause is found.</source>
        <translation>
            <numerusform>%1: %2 of %n site address broken since the migration. Rollback is still open: you can put the account back on the old infrastructure while the cause is found.</numerusform>
            <numerusform>%1: %2 of %n site addresses broken since the migration. Rollback is still open: you can put the account back on the old infrastructure while the cause is found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SitesDialog</name>
    <message numerus="yes">
        <source>%1: %2 of %n address(es) broken.</source>
        <translation>
            <numerusform>%1: %2 of %n address broken.</numerusform>
            <numerusform>%1: %2 of %n addresses broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n address(es)).</source>
        <translation>
            <numerusform>%1 (%n address).</numerusform>
            <numerusform>%1 (%n addresses).</numerusform>
        </translation>
    </message>
</context>
</TS>
