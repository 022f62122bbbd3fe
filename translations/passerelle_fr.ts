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
</TS>
