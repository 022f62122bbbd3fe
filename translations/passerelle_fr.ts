<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Protocol</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a decimal amount</source>
        <translation>montant décimal attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>Unexpected answer from the provider: %1: %2.</source>
        <translation>Réponse inattendue de l&apos;hébergeur&#xa0;: %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>champ manquant</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected an exact integer</source>
        <translation>nombre entier exact attendu</translation>
    </message>
    <message>
        <source>integer beyond 2^53</source>
        <translation>nombre entier au-delà de 2^53</translation>
    </message>
    <message>
        <source>integer out of range (%1..%2)</source>
        <translation>nombre entier hors limites (%1..%2)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a time zone</source>
        <translation>date et heure ISO 8601 avec fuseau horaire attendues</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is larger than 16 MiB; it was refused.</source>
        <translation>La réponse de l&apos;hébergeur dépasse 16 Mio&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was empty where JSON was expected.</source>
        <translation>La réponse de l&apos;hébergeur était vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>The provider answered with a web page (HTML) instead of JSON.</source>
        <translation>L&apos;hébergeur a répondu par une page web (HTML) au lieu de JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse de l&apos;hébergeur n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>idle</source>
        <translation>au repos</translation>
    </message>
    <message>
        <source>testing databases</source>
        <translation>test des bases de données en cours</translation>
    </message>
    <message>
        <source>databases tested</source>
        <translation>bases de données testées</translation>
    </message>
    <message>
        <source>database test failed</source>
        <translation>échec du test des bases de données</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>migration en cours</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migré</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>retour en arrière en cours</translation>
    </message>
    <message>
        <source>moving back</source>
        <translation>redéplacement en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>waiting for a free server</source>
        <translation>en attente d&apos;un serveur disponible</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installation en cours</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <source>original</source>
        <translation>d&apos;origine</translation>
    </message>
    <message>
        <source>reinstall requested</source>
        <translation>réinstallation demandée</translation>
    </message>
    <message>
        <source>reinstalling</source>
        <translation>réinstallation en cours</translation>
    </message>
    <message>
        <source>reinstalled</source>
        <translation>réinstallé</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Redéplacer</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy (%2): wait for this operation to end.</source>
        <translation>%1 est occupé (%2)&#xa0;: attendez la fin de cette opération.</translation>
    </message>
    <message>
        <source>%1 is moving right now: accounts move one at a time.</source>
        <translation>%1 est en cours de déplacement&#xa0;: les comptes se déplacent un par un.</translation>
    </message>
    <message>
        <source>%1 is busy right now: the provider runs one account operation at a time.</source>
        <translation>%1 est occupé en ce moment&#xa0;: l&apos;hébergeur n&apos;exécute qu&apos;une opération de compte à la fois.</translation>
    </message>
    <message>
        <source>Database tests are for accounts still on the old infrastructure; %1 is not.</source>
        <translation>Les tests de bases de données concernent les comptes encore sur l&apos;ancienne infrastructure&#xa0;; ce n&apos;est pas le cas de %1.</translation>
    </message>
    <message>
        <source>Database tests belong to the preparation (step 1); the transit server has already been requested.</source>
        <translation>Les tests de bases de données font partie de la préparation (étape 1)&#xa0;; le serveur de transit a déjà été demandé.</translation>
    </message>
    <message>
        <source>%1 is already on the transit server.</source>
        <translation>%1 est déjà sur le serveur de transit.</translation>
    </message>
    <message>
        <source>%1 already runs on the new infrastructure.</source>
        <translation>%1 tourne déjà sur la nouvelle infrastructure.</translation>
    </message>
    <message>
        <source>%1 is already on the client server.</source>
        <translation>%1 est déjà sur le serveur client.</translation>
    </message>
    <message>
        <source>The client server reinstall has been requested: no more migrations to the transit server.</source>
        <translation>La réinstallation du serveur client a été demandée&#xa0;: plus aucune migration vers le serveur de transit.</translation>
    </message>
    <message>
        <source>The transit server is not ready yet (%1).</source>
        <translation>Le serveur de transit n&apos;est pas encore prêt (%1).</translation>
    </message>
    <message>
        <source>%1 is not on the transit server: there is nothing to roll back.</source>
        <translation>%1 n&apos;est pas sur le serveur de transit&#xa0;: il n&apos;y a pas de retour en arrière à faire.</translation>
    </message>
    <message>
        <source>Rollback is closed: the client server reinstall has been requested.</source>
        <translation>Le retour en arrière n&apos;est plus possible&#xa0;: la réinstallation du serveur client a été demandée.</translation>
    </message>
    <message>
        <source>Rollback is closed: the client server reinstall started on %1.</source>
        <translation>Le retour en arrière n&apos;est plus possible&#xa0;: la réinstallation du serveur client a commencé le %1.</translation>
    </message>
    <message>
        <source>The provider reports that no rollback is available for %1.</source>
        <translation>L&apos;hébergeur indique qu&apos;aucun retour en arrière n&apos;est possible pour %1.</translation>
    </message>
    <message>
        <source>Moving back waits until the client server has been reinstalled.</source>
        <translation>Le redéplacement attend la fin de la réinstallation du serveur client.</translation>
    </message>
    <message>
        <source>Choose first who moves the accounts back: support or you.</source>
        <translation>Choisissez d&apos;abord qui redéplace les comptes&#xa0;: le support ou vous.</translation>
    </message>
    <message>
        <source>Support moves the accounts back (you chose finalization by support).</source>
        <translation>Le support redéplace les comptes (vous avez choisi la finalisation par le support).</translation>
    </message>
    <message>
        <source>Who finalizes has already been chosen.</source>
        <translation>Vous avez déjà choisi qui effectue la finalisation.</translation>
    </message>
    <message>
        <source>The transit server has already been requested.</source>
        <translation>Le serveur de transit a déjà été demandé.</translation>
    </message>
    <message>
        <source>Send the transit server request to support first.</source>
        <translation>Envoyez d&apos;abord au support la demande de serveur de transit.</translation>
    </message>
    <message>
        <source>Send the client server reinstall request to support first.</source>
        <translation>Envoyez d&apos;abord au support la demande de réinstallation du serveur client.</translation>
    </message>
    <message numerus="yes">
        <source>Confirm that every account is ready first; %n not confirmed: %1.</source>
        <translation>
            <numerusform>Confirmez d&apos;abord que chaque compte est prêt&#xa0;; %n non confirmé&#xa0;: %1.</numerusform>
            <numerusform>Confirmez d&apos;abord que chaque compte est prêt&#xa0;; %n non confirmés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client server reinstall has already been requested.</source>
        <translation>La réinstallation du serveur client a déjà été demandée.</translation>
    </message>
    <message>
        <source>Wait until the operation on %1 ends.</source>
        <translation>Attendez la fin de l&apos;opération sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still to migrate to the transit server: %1.</source>
        <translation>
            <numerusform>%n compte encore à migrer vers le serveur de transit&#xa0;: %1.</numerusform>
            <numerusform>%n comptes encore à migrer vers le serveur de transit&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check every migrated account first; %n not checked: %1.</source>
        <translation>
            <numerusform>Vérifiez d&apos;abord chaque compte migré&#xa0;; %n non vérifié&#xa0;: %1.</numerusform>
            <numerusform>Vérifiez d&apos;abord chaque compte migré&#xa0;; %n non vérifiés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client server reinstall has not finished yet.</source>
        <translation>La réinstallation du serveur client n&apos;est pas encore terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still to move back to the client server: %1.</source>
        <translation>
            <numerusform>%n compte encore à redéplacer sur le serveur client&#xa0;: %1.</numerusform>
            <numerusform>%n comptes encore à redéplacer sur le serveur client&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration is at step %1 (%2).</source>
        <translation>La migration en est à l&apos;étape %1 (%2).</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C&apos;est la dernière étape.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Prepare the accounts</source>
        <translation>Faire les changements nécessaires</translation>
    </message>
    <message>
        <source>Request the transit server</source>
        <translation>Demande du serveur de transit</translation>
    </message>
    <message>
        <source>Transit server installation</source>
        <translation>Installation du serveur de transit</translation>
    </message>
    <message>
        <source>Migrate the accounts to the new infrastructure</source>
        <translation>Migration des comptes sur la nouvelle infrastructure</translation>
    </message>
    <message>
        <source>Verify after migration</source>
        <translation>Vérification après migration</translation>
    </message>
    <message>
        <source>Client server reinstallation</source>
        <translation>Réinstallation du serveur client</translation>
    </message>
    <message>
        <source>Finalization: move the accounts back to the client server</source>
        <translation>Finalisation&#xa0;: redéplacement des comptes sur le serveur client</translation>
    </message>
    <message>
        <source>Migration over</source>
        <translation>Migration officiellement finie</translation>
    </message>
    <message>
        <source>Follow the migration documentation, test the databases and fix what needs fixing.</source>
        <translation>Suivez la documentation de migration, testez les bases de données et corrigez ce qui doit l&apos;être.</translation>
    </message>
    <message>
        <source>Every account is ready: ask support to prepare a transit server.</source>
        <translation>Tous les comptes sont prêts&#xa0;: demandez au support de préparer un serveur de transit.</translation>
    </message>
    <message>
        <source>Support installs a transit server like yours and pre-copies files and mail. It can take hours, and there may be a wait for a free server.</source>
        <translation>Le support installe un serveur de transit de configuration équivalente au vôtre et précopie les fichiers et les mails. Cela peut durer plusieurs heures, et il peut y avoir de l&apos;attente avant qu&apos;un serveur soit disponible.</translation>
    </message>
    <message>
        <source>Migrate your accounts to the transit server, one at a time, whenever you like.</source>
        <translation>Migrez vos comptes sur le serveur de transit, un par un, quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Check each migrated account. Roll back temporarily if something is wrong, then ask support to reinstall your server.</source>
        <translation>Vérifiez chaque compte migré. En cas de souci, faites un retour en arrière temporaire, puis demandez au support de réinstaller votre serveur.</translation>
    </message>
    <message>
        <source>Support reinstalls your server on the new infrastructure. Rollback is no longer possible.</source>
        <translation>Le support réinstalle votre serveur sur la nouvelle infrastructure. Le retour en arrière n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>The accounts move back to your reinstalled server, by support in working hours or by you.</source>
        <translation>Les comptes sont redéplacés sur votre serveur réinstallé, par le support aux heures et jours ouvrés ou par vous-même.</translation>
    </message>
    <message>
        <source>Every account is back on your reinstalled server. The migration is over.</source>
        <translation>Tous les comptes sont de retour sur votre serveur réinstallé. La migration est officiellement finie.</translation>
    </message>
</context>
<context>
    <name>SupportMessage</name>
    <message>
        <source>Every account of my server is ready for the required migration. Please prepare a transit server.</source>
        <translation>Tous les comptes de mon serveur sont prêts pour la migration obligatoire. Merci de préparer un serveur de transit.</translation>
    </message>
    <message>
        <source>I would like to test the migration of some accounts on the shared transit server before the real migration.</source>
        <translation>Je souhaite tester la migration de quelques comptes sur le serveur de transit partagé avant la migration proprement dite.</translation>
    </message>
    <message>
        <source>Every account is migrated to the transit server and I checked each one. Please reinstall my server. I understand that rollback will no longer be possible.</source>
        <translation>Tous les comptes sont migrés sur le serveur de transit et je les ai tous vérifiés. Merci de réinstaller mon serveur. Je comprends que le retour en arrière ne sera plus possible.</translation>
    </message>
    <message>
        <source>My server has been reinstalled. Please move my accounts back to it (finalization by support).</source>
        <translation>Mon serveur a été réinstallé. Merci de procéder au redéplacement de mes comptes sur celui-ci (finalisation par le support).</translation>
    </message>
    <message>
        <source>- %1: databases %2, files %3, mail %4, estimated downtime %5</source>
        <translation>- %1&#xa0;: bases de données %2, fichiers %3, mails %4, coupure estimée %5</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source> (checked)</source>
        <translation> (vérifié)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Server: %1 (id %2)</source>
        <translation>Serveur&#xa0;: %1 (id %2)</translation>
    </message>
    <message>
        <source>unknown name</source>
        <translation>nom inconnu</translation>
    </message>
    <message>
        <source>Migration: %1 (id %2), deadline %3</source>
        <translation>Migration&#xa0;: %1 (id %2), date limite %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Accounts (%1), total estimated downtime %2 min:</source>
        <translation>Comptes (%1), coupure totale estimée %2&#xa0;min&#xa0;:</translation>
    </message>
    <message>
        <source>Prepared by Passerelle on %1.</source>
        <translation>Préparé par Passerelle le %1.</translation>
    </message>
</context>
<context>
    <name>passerelle::ActionRunner</name>
    <message>
        <source>This account is not part of the migration.</source>
        <translation>Ce compte ne fait pas partie de la migration.</translation>
    </message>
    <message>
        <source>A request for %1 is already on its way.</source>
        <translation>Une demande pour %1 est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Passerelle could not write its journal (%1), so nothing was sent.</source>
        <translation>Passerelle n&apos;a pas pu écrire son journal (%1)&#xa0;: rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>%1 requested for %2.</source>
        <translation>Opération «&#xa0;%1&#xa0;» demandée pour %2.</translation>
    </message>
    <message>
        <source>The provider accepted %1 for %2.</source>
        <translation>L&apos;hébergeur a accepté l&apos;opération «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>The answer to %1 for %2 was lost and its state could not be read back. Passerelle will check again before sending anything; nothing will be sent twice.</source>
        <translation>La réponse à l&apos;opération «&#xa0;%1&#xa0;» pour %2 a été perdue et son état n&apos;a pas pu être relu. Passerelle vérifiera de nouveau avant tout envoi&#xa0;; rien ne sera envoyé deux fois.</translation>
    </message>
    <message>
        <source>confirmed by reading the account back</source>
        <translation>confirmé en relisant le compte</translation>
    </message>
    <message>
        <source>%1 for %2 had reached the provider (checked by reading the account back).</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2 était bien parvenue à l&apos;hébergeur (vérifié en relisant le compte).</translation>
    </message>
    <message>
        <source>%1 for %2 could not be confirmed. Passerelle will check again at the next start.</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2 n&apos;a pas pu être confirmée. Passerelle vérifiera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 for %2 did not start: sending it again with the same request key.</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2 n&apos;a pas démarré&#xa0;: nouvel envoi avec la même clé de requête.</translation>
    </message>
    <message>
        <source>the account is no longer part of the migration</source>
        <translation>le compte ne fait plus partie de la migration</translation>
    </message>
    <message>
        <source>found started when Passerelle restarted</source>
        <translation>trouvée démarrée au redémarrage de Passerelle</translation>
    </message>
    <message>
        <source>%1 for %2, interrupted earlier, had reached the provider.</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2, interrompue auparavant, était bien parvenue à l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>%1 for %2, interrupted earlier, did not start and is no longer allowed: %3</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2, interrompue auparavant, n&apos;a pas démarré et n&apos;est plus autorisée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 for %2, interrupted earlier, did not start: sending it again with the same request key.</source>
        <translation>L&apos;opération «&#xa0;%1&#xa0;» pour %2, interrompue auparavant, n&apos;a pas démarré&#xa0;: nouvel envoi avec la même clé de requête.</translation>
    </message>
</context>
<context>
    <name>passerelle::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>passerelle::MigrationSession</name>
    <message>
        <source>This account is not part of the migration.</source>
        <translation>Ce compte ne fait pas partie de la migration.</translation>
    </message>
    <message>
        <source>A request for %1 is already on its way.</source>
        <translation>Une demande pour %1 est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Migration %1 is not offered to this account.</source>
        <translation>La migration %1 n&apos;est pas proposée à ce compte.</translation>
    </message>
    <message>
        <source>No migration is offered to this account.</source>
        <translation>Aucune migration n&apos;est proposée à ce compte.</translation>
    </message>
    <message>
        <source>Several migrations are offered (%1): choose one.</source>
        <translation>Plusieurs migrations sont proposées (%1)&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <source>The migration is now at step %1: %2.</source>
        <translation>La migration en est maintenant à l&apos;étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>The shared transit server is for testing before the transit server is requested.</source>
        <translation>Le serveur de transit partagé sert aux tests avant la demande du serveur de transit.</translation>
    </message>
    <message>
        <source>Passerelle could not write its journal (%1), so nothing was sent.</source>
        <translation>Passerelle n&apos;a pas pu écrire son journal (%1)&#xa0;: rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The provider does not take support requests through the API: the message is ready to copy.</source>
        <translation>L&apos;hébergeur ne reçoit pas les demandes au support par l&apos;API&#xa0;: le message est prêt à être copié.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: send again, support cannot receive it twice.</source>
        <translation>%1 La réponse a été perdue&#xa0;: envoyez de nouveau, le support ne peut pas la recevoir deux fois.</translation>
    </message>
    <message>
        <source>Request sent to support.</source>
        <translation>Demande envoyée au support.</translation>
    </message>
    <message>
        <source>found received when Passerelle restarted</source>
        <translation>trouvée reçue au redémarrage de Passerelle</translation>
    </message>
    <message>
        <source>not received by support</source>
        <translation>non reçue par le support</translation>
    </message>
    <message>
        <source>A request to support, interrupted earlier, did not arrive: send it again.</source>
        <translation>Une demande au support, interrompue auparavant, n&apos;est pas arrivée&#xa0;: envoyez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StepListWindow</name>
    <message>
        <source>Passerelle — private cloud migration</source>
        <translation>Passerelle — migration du Cloud Privé</translation>
    </message>
    <message>
        <source>The eight steps of the required migration:</source>
        <translation>Les huit étapes de la migration obligatoire&#xa0;:</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Étapes de la migration</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Step %1 — %2 (%3)</source>
        <translation>Étape %1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>passerelle::JournalLock</name>
    <message>
        <source>Passerelle is already running for this journal (pid %1). Close it first; this instance stops here so that no action is sent twice. Journal: %2</source>
        <translation>Passerelle est déjà ouvert pour ce journal (pid %1). Fermez-le d’abord&#xa0;; cette instance s’arrête ici pour qu’aucune action ne soit envoyée deux fois. Journal&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot lock the journal %1: permission denied.</source>
        <translation>Impossible de verrouiller le journal %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Cannot lock the journal %1.</source>
        <translation>Impossible de verrouiller le journal %1.</translation>
    </message>
</context>
<context>
    <name>passerelle::KeychainJob</name>
    <message>
        <source>No API key is saved in the system keychain for this provider and account.</source>
        <translation>Aucune clé d’API n’est enregistrée dans le trousseau du système pour ce fournisseur et ce compte.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key cannot be kept there (%1).</source>
        <translation>L’accès au trousseau du système a été refusé&#xa0;: la clé d’API ne peut pas y être conservée (%1).</translation>
    </message>
    <message>
        <source>it is locked: %1</source>
        <translation>il est verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not delete the API key from the system keychain (%1).</source>
        <translation>Impossible de supprimer la clé d’API du trousseau du système (%1).</translation>
    </message>
    <message>
        <source>No system keychain answered (%1).</source>
        <translation>Aucun trousseau du système n’a répondu (%1).</translation>
    </message>
    <message>
        <source>No system keychain answered: the API key was not saved (%1).</source>
        <translation>Aucun trousseau du système n’a répondu&#xa0;: la clé d’API n’a pas été enregistrée (%1).</translation>
    </message>
    <message>
        <source>No system keychain answered: the API key was not deleted (%1).</source>
        <translation>Aucun trousseau du système n’a répondu&#xa0;: la clé d’API n’a pas été supprimée (%1).</translation>
    </message>
    <message>
        <source>no answer within %1 s: none is running, it is locked, or it does not respond</source>
        <translation>pas de réponse en %1&#xa0;s&#xa0;: aucun n’est lancé, il est verrouillé ou il ne répond pas</translation>
    </message>
</context>
<context>
    <name>passerelle::SqliteJournal</name>
    <message>
        <source>The journal %1 was written by a newer version of Passerelle (schema version %2; this version knows up to %3). Update Passerelle to continue this migration; the journal was left untouched.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de Passerelle (schéma version %2&#xa0;; cette version connaît jusqu’à la %3). Mettez Passerelle à jour pour poursuivre cette migration&#xa0;; le journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>Impossible de créer le dossier %1 pour le journal.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Impossible d’ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Passerelle journal or is damaged: %2</source>
        <translation>Le fichier %1 n’est pas un journal de Passerelle ou il est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Passerelle journal.</source>
        <translation>Le fichier %1 n’est pas un journal de Passerelle.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation>Impossible de préparer le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 has schema version %2, which this version of Passerelle cannot upgrade.</source>
        <translation>Le journal %1 a la version de schéma %2, que cette version de Passerelle ne sait pas mettre à jour.</translation>
    </message>
    <message>
        <source>Cannot create or upgrade the journal %1; it was left as it was: %2</source>
        <translation>Impossible de créer ou de mettre à jour le journal %1&#xa0;; il a été laissé tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read your choices from the journal</source>
        <translation>Impossible de lire vos choix dans le journal</translation>
    </message>
    <message>
        <source>Cannot read your ticks from the journal</source>
        <translation>Impossible de lire vos cases cochées dans le journal</translation>
    </message>
    <message>
        <source>Cannot save your choices in the journal</source>
        <translation>Impossible d’enregistrer vos choix dans le journal</translation>
    </message>
    <message>
        <source>Cannot save your ticks in the journal</source>
        <translation>Impossible d’enregistrer vos cases cochées dans le journal</translation>
    </message>
    <message>
        <source>Cannot write down the action before sending it</source>
        <translation>Impossible de noter l’action avant de l’envoyer</translation>
    </message>
    <message>
        <source>the action has no time</source>
        <translation>l’action n’a pas d’heure</translation>
    </message>
    <message>
        <source>Cannot write down the answer to an action</source>
        <translation>Impossible de noter la réponse à une action</translation>
    </message>
    <message>
        <source>the answer has no time</source>
        <translation>la réponse n’a pas d’heure</translation>
    </message>
    <message>
        <source>action %1 is unknown or already has an answer</source>
        <translation>l’action %1 est inconnue ou a déjà une réponse</translation>
    </message>
    <message>
        <source>Cannot read the unanswered actions from the journal</source>
        <translation>Impossible de lire dans le journal les actions restées sans réponse</translation>
    </message>
    <message>
        <source>Cannot write to the activity log</source>
        <translation>Impossible d’écrire dans le journal d’activité</translation>
    </message>
    <message>
        <source>Cannot read the activity log</source>
        <translation>Impossible de lire le journal d’activité</translation>
    </message>
    <message>
        <source>Cannot write down an observed operation</source>
        <translation>Impossible de noter une opération observée</translation>
    </message>
    <message>
        <source>Cannot read the observed operations</source>
        <translation>Impossible de lire les opérations observées</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>L&apos;adresse de l&apos;API n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http only on this computer).</source>
        <translation>L&apos;adresse de l&apos;API doit utiliser https (http simple seulement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, a query or a fragment.</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The API address must end with /v1/.</source>
        <translation>L&apos;adresse de l&apos;API doit se terminer par /v1/.</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>The command-line face of Passerelle, the guided private cloud migration.
The API key comes from the system keychain (saved by the wizard) or the PASSERELLE_API_KEY environment variable, never from the command line.
Exit codes: 0 done, 1 failed, 2 usage, 3 not allowed now, 4 key refused, 5 cannot reach the API.</source>
        <translation>La ligne de commande de Passerelle, la migration guidée vers le cloud privé.
La clé d&apos;API vient du trousseau du système (enregistrée par l&apos;assistant) ou de la variable d&apos;environnement PASSERELLE_API_KEY, jamais de la ligne de commande.
Codes de sortie&#xa0;: 0 fait, 1 échec, 2 usage, 3 pas permis maintenant, 4 clé refusée, 5 API injoignable.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Écrit du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne demande pas de confirmation.</translation>
    </message>
    <message>
        <source>The provider&apos;s API address (default %1).</source>
        <translation>L&apos;adresse de l&apos;API de l&apos;hébergeur (par défaut %1).</translation>
    </message>
    <message>
        <source>Use the key for this hosting account.</source>
        <translation>Utilise la clé pour ce compte d&apos;hébergement.</translation>
    </message>
    <message>
        <source>Use the key for this customer.</source>
        <translation>Utilise la clé pour ce client.</translation>
    </message>
    <message>
        <source>The migration (default: the only one offered).</source>
        <translation>La migration (par défaut&#xa0;: la seule proposée).</translation>
    </message>
    <message>
        <source>Use the offline simulator; nothing reaches the provider.</source>
        <translation>Utilise le simulateur hors ligne&#xa0;; rien n&apos;atteint l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>status | plan | test | migrate | rollback | move-back</source>
        <translation>status | plan | test | migrate | rollback | move-back</translation>
    </message>
    <message>
        <source>The account to act on (name or id).</source>
        <translation>Le compte concerné (nom ou identifiant).</translation>
    </message>
    <message>
        <source>The API key is never read from the command line: save it with the wizard or set PASSERELLE_API_KEY.</source>
        <translation>La clé d&apos;API n&apos;est jamais lue sur la ligne de commande&#xa0;: enregistrez-la avec l&apos;assistant ou définissez PASSERELLE_API_KEY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no account.</source>
        <translation>«&#xa0;%1&#xa0;» ne prend pas de compte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs exactly one ACCOUNT.</source>
        <translation>«&#xa0;%1&#xa0;» demande exactement un COMPTE.</translation>
    </message>
    <message>
        <source>Which command?</source>
        <translation>Quelle commande&#xa0;?</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use --account or --customer, not both.</source>
        <translation>Utilisez --account ou --customer, pas les deux.</translation>
    </message>
    <message>
        <source>--migration needs a positive number.</source>
        <translation>--migration demande un nombre positif.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
</context>
<context>
    <name>HttpErrorMapping</name>
    <message>
        <source>The request timed out; it may or may not have been carried out. Its state is read back before anything is sent again.</source>
        <translation>La requête a expiré&#xa0;; elle a peut-être été exécutée, peut-être pas. Son état est relu avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>The provider&apos;s API did not answer in time.</source>
        <translation>L&apos;API de l&apos;hébergeur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection broke before the answer arrived; the request may or may not have been carried out. Its state is read back before anything is sent again.</source>
        <translation>La connexion a été coupée avant la réponse&#xa0;; la requête a peut-être été exécutée, peut-être pas. Son état est relu avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>The connection to the provider&apos;s API broke.</source>
        <translation>La connexion à l&apos;API de l&apos;hébergeur a été coupée.</translation>
    </message>
    <message>
        <source>Cannot reach the provider&apos;s API.</source>
        <translation>Impossible de joindre l&apos;API de l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>The secure connection to the provider&apos;s API could not be verified, so it was closed.</source>
        <translation>La connexion sécurisée à l&apos;API de l&apos;hébergeur n&apos;a pas pu être vérifiée&#xa0;: elle a été fermée.</translation>
    </message>
    <message>
        <source>The provider&apos;s API redirected to another address; the request was stopped so that the API key is not sent there.</source>
        <translation>L&apos;API de l&apos;hébergeur a redirigé vers une autre adresse&#xa0;; la requête a été arrêtée pour que la clé d&apos;API n&apos;y soit pas envoyée.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is too large (over 16 MiB) and was not read.</source>
        <translation>La réponse de l&apos;hébergeur est trop grande (plus de 16&#xa0;Mio) et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The API key was refused. Check the key and the account or customer it acts for.</source>
        <translation>La clé d&apos;API a été refusée. Vérifiez la clé et le compte ou le client pour lequel elle agit.</translation>
    </message>
    <message>
        <source>The provider does not take support requests through the API.</source>
        <translation>L&apos;hébergeur ne prend pas de demandes au support par l&apos;API.</translation>
    </message>
    <message>
        <source>The provider does not know this migration or account.</source>
        <translation>L&apos;hébergeur ne connaît pas cette migration ou ce compte.</translation>
    </message>
    <message>
        <source>The provider does not allow this now.</source>
        <translation>L&apos;hébergeur ne le permet pas maintenant.</translation>
    </message>
    <message>
        <source>The provider could not process this request.</source>
        <translation>L&apos;hébergeur n&apos;a pas pu traiter cette requête.</translation>
    </message>
    <message>
        <source>The provider&apos;s API asks to slow down; try again shortly.</source>
        <translation>L&apos;API de l&apos;hébergeur demande de ralentir&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The provider&apos;s API has a problem; try again later.</source>
        <translation>L&apos;API de l&apos;hébergeur a un problème&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider&apos;s API redirected the request; it was not followed.</source>
        <translation>L&apos;API de l&apos;hébergeur a redirigé la requête&#xa0;; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The provider&apos;s API refused the request as malformed.</source>
        <translation>L&apos;API de l&apos;hébergeur a refusé la requête comme mal formée.</translation>
    </message>
    <message>
        <source>The provider&apos;s API gave an unexpected answer.</source>
        <translation>L&apos;API de l&apos;hébergeur a donné une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Accounts to move back to the client server, in order:</source>
        <translation>Comptes à ramener sur le serveur client, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts to migrate to the transit server, in order:</source>
        <translation>Comptes à migrer vers le serveur de transit, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>Total downtime (accounts move one at a time): %1</source>
        <translation>Interruption totale (les comptes passent un par un)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migration deadline: %1</source>
        <translation>Date limite de la migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transit server free until: %1, then %2 per day</source>
        <translation>Serveur de transit gratuit jusqu&apos;au&#xa0;: %1, puis %2 par jour</translation>
    </message>
    <message>
        <source>Transit server billed so far: %1</source>
        <translation>Serveur de transit facturé à ce jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finalization free until: %1</source>
        <translation>Finalisation gratuite jusqu&apos;au&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Migration %1: %2 (deadline %3)</source>
        <translation>Migration %1&#xa0;: %2 (date limite %3)</translation>
    </message>
    <message>
        <source>[dry run: simulated provider]</source>
        <translation>[essai à blanc&#xa0;: hébergeur simulé]</translation>
    </message>
    <message>
        <source>Step %1 of 8: %2</source>
        <translation>Étape %1 sur 8&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client server: %1 (%2)</source>
        <translation>Serveur client&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Transit server: %1 (%2, free until %3)</source>
        <translation>Serveur de transit&#xa0;: %1 (%2, gratuit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DATABASES</source>
        <translation>BASES</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>MAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>DOWNTIME</source>
        <translation>COUPURE</translation>
    </message>
    <message>
        <source>ALLOWED NOW</source>
        <translation>PERMIS MAINTENANT</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::CliLauncher</name>
    <message>
        <source>No API key saved for this address and account.</source>
        <translation>Aucune clé d&apos;API enregistrée pour cette adresse et ce compte.</translation>
    </message>
    <message>
        <source>%1 Save the key with the wizard, or set PASSERELLE_API_KEY.</source>
        <translation>%1 Enregistrez la clé avec l&apos;assistant, ou définissez PASSERELLE_API_KEY.</translation>
    </message>
</context>
<context>
    <name>passerelle::ActionReconciler</name>
    <message>
        <source>The account is no longer listed by the provider.</source>
        <translation>L&apos;hébergeur ne liste plus ce compte.</translation>
    </message>
</context>
<context>
    <name>passerelle::RestAdminApi</name>
    <message>
        <source>A request was missing its idempotency key.</source>
        <translation>Il manquait sa clé d&apos;idempotence à une requête.</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::CliRunner</name>
    <message>
        <source>The migration could not be read.</source>
        <translation>La migration n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No account &apos;%1&apos; in this migration.</source>
        <translation>Aucun compte «&#xa0;%1&#xa0;» dans cette migration.</translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation>Pas permis maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confirmation needed: run this on a terminal, or pass --yes.</source>
        <translation>Confirmation nécessaire&#xa0;: lancez ceci dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>%1 for %2 (estimated downtime %3)?</source>
        <translation>%1 pour %2 (interruption estimée %3)&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2, estimated end %3</source>
        <translation>%1&#xa0;: %2, fin estimée %3</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Accepted by the provider; waiting for the operation to end...</source>
        <translation>Accepté par l&apos;hébergeur&#xa0;; attente de la fin de l&apos;opération…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Could not read the state this time (%1); still waiting.</source>
        <translation>Impossible de lire l&apos;état cette fois-ci (%1)&#xa0;; l&apos;attente continue.</translation>
    </message>
</context>
</TS>
