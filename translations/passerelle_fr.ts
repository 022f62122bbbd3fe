<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountActions</name>
    <message>
        <source>Migrate %1</source>
        <translation>Migrer %1</translation>
    </message>
    <message>
        <source>Move %1 back</source>
        <translation>Redéplacer %1</translation>
    </message>
    <message>
        <source>%1 — about %2</source>
        <translation>%1 — environ %2</translation>
    </message>
    <message>
        <source>Migrate the selected accounts</source>
        <translation>Migrer les comptes sélectionnés</translation>
    </message>
    <message>
        <source>Move the selected accounts back</source>
        <translation>Redéplacer les comptes sélectionnés</translation>
    </message>
    <message>
        <source>These accounts will move one after another. Each is unavailable while it moves: about %1 in total, ending around %2 (estimates).</source>
        <translation>Ces comptes passeront l’un après l’autre. Chacun est indisponible pendant son déplacement&#xa0;: environ %1 au total, fin vers %2 (estimations).</translation>
    </message>
    <message>
        <source>%1 moves to the transit server, on the new infrastructure. It will be unavailable for about %2 (an estimate: one minute per GiB of databases).</source>
        <translation>%1 passe sur le serveur de transit, sur la nouvelle infrastructure. Il sera indisponible pendant environ %2 (une estimation&#xa0;: une minute par Gio de bases de données).</translation>
    </message>
    <message>
        <source>%1 moves back to your reinstalled server. It will be unavailable for about %2 (an estimate: one minute per GiB of databases).</source>
        <translation>%1 revient sur votre serveur réinstallé. Il sera indisponible pendant environ %2 (une estimation&#xa0;: une minute par Gio de bases de données).</translation>
    </message>
    <message>
        <source>Migrate the selected accounts later</source>
        <translation>Migrer les comptes sélectionnés plus tard</translation>
    </message>
    <message>
        <source>Move the selected accounts back later</source>
        <translation>Rapatrier les comptes sélectionnés plus tard</translation>
    </message>
    <message>
        <source>These accounts will move one after another from %1, each unavailable while it moves: about %2 in total, so the downtime window is %1 to about %3 (estimates). Leave Passerelle open: it keeps the computer awake until then.</source>
        <translation>Ces comptes seront déplacés l’un après l’autre à partir du %1, chacun indisponible pendant son déplacement&#xa0;: environ %2 au total, soit une fenêtre d’indisponibilité du %1 à environ %3 (estimations). Laissez Passerelle ouvert&#xa0;: il garde l’ordinateur éveillé jusque-là.</translation>
    </message>
    <message>
        <source>Schedule for %1</source>
        <translation>Programmer pour le %1</translation>
    </message>
    <message>
        <source>Roll %1 back</source>
        <translation>Ramener %1 en arrière</translation>
    </message>
    <message>
        <source>%1 moves back from the transit server to the client server, on the old infrastructure. It will be unavailable for about %2 (an estimate: one minute per GiB of databases). Its &quot;checked&quot; tick is removed: it must be migrated and checked again.</source>
        <translation>%1 repart du serveur de transit vers le serveur client, sur l’ancienne infrastructure. Il sera indisponible pendant environ %2 (une estimation&#xa0;: une minute par Gio de bases de données). Sa coche «&#xa0;vérifié&#xa0;» est retirée&#xa0;: il faudra le migrer et le vérifier de nouveau.</translation>
    </message>
</context>
<context>
    <name>AccountRisks</name>
    <message numerus="yes">
        <source>%n of %1 site addresses broken</source>
        <translation>
            <numerusform>%n adresse de site sur %1 en panne</numerusform>
            <numerusform>%n adresses de site sur %1 en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>not offered by the new infrastructure: %1</source>
        <translation>non proposé par la nouvelle infrastructure&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: these accounts still have problems. Once the reinstall starts they can no longer be rolled back; roll them back first if you are not sure:</source>
        <translation>Attention&#xa0;: ces comptes ont encore des problèmes. Une fois la réinstallation commencée, ils ne pourront plus revenir en arrière&#xa0;; ramenez-les d’abord en arrière si vous avez un doute&#xa0;:</translation>
    </message>
    <message>
        <source>%1 still has problems: %2. Tick it as checked anyway? Support will be told, and once the reinstall starts it can no longer be rolled back.</source>
        <translation>%1 a encore des problèmes&#xa0;: %2. Le cocher quand même comme vérifié&#xa0;? Le support en sera informé, et une fois la réinstallation commencée, il ne pourra plus revenir en arrière.</translation>
    </message>
    <message>
        <source>Left to you: %1. Fix what is broken on your server, or ask support.</source>
        <translation>Reste à faire de votre côté&#xa0;: %1. Réparez ce qui ne fonctionne pas sur votre serveur, ou demandez au support.</translation>
    </message>
</context>
<context>
    <name>AccountsCsv</name>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>estimated downtime (s)</source>
        <translation>coupure estimée (s)</translation>
    </message>
    <message>
        <source>observed downtime (s)</source>
        <translation>coupure observée (s)</translation>
    </message>
</context>
<context>
    <name>ActivityCategory</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Changement d’état</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
</context>
<context>
    <name>ApiAddress</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>L’adresse de l’API n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http only on this computer).</source>
        <translation>L’adresse de l’API doit utiliser https (http simple seulement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, a query or a fragment.</source>
        <translation>L’adresse de l’API ne doit contenir ni nom d’utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The API address must end with /v1/.</source>
        <translation>L’adresse de l’API doit se terminer par /v1/.</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
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
        <translation>L’adresse de l’API de l’hébergeur (par défaut %1).</translation>
    </message>
    <message>
        <source>Use the key for this hosting account.</source>
        <translation>Utilise la clé pour ce compte d’hébergement.</translation>
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
        <translation>Utilise le simulateur hors ligne&#xa0;; rien n’atteint l’hébergeur.</translation>
    </message>
    <message>
        <source>The API key is never read from the command line: save it with the wizard or set PASSERELLE_API_KEY.</source>
        <translation>La clé d’API n’est jamais lue sur la ligne de commande&#xa0;: enregistrez-la avec l’assistant ou définissez PASSERELLE_API_KEY.</translation>
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
    <message>
        <source>With &apos;plan&apos;: also write the plan as an iCalendar file (- for standard output, instead of the plan).</source>
        <translation>Avec «&#xa0;plan&#xa0;»&#xa0;: écrit aussi le plan dans un fichier iCalendar (- pour la sortie standard, à la place du plan).</translation>
    </message>
    <message>
        <source>--ics goes with &apos;plan&apos; only.</source>
        <translation>--ics ne s’emploie qu’avec «&#xa0;plan&#xa0;».</translation>
    </message>
    <message>
        <source>--ics needs a file name, or - for standard output.</source>
        <translation>--ics attend un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>check-sites: record the sites&apos; current answers as the reference to compare with.</source>
        <translation>check-sites&#xa0;: enregistrer les réponses actuelles des sites comme référence de comparaison.</translation>
    </message>
    <message>
        <source>check-sites: when a site&apos;s URL asks for HOST:PORT, connect to HOST2:PORT2 instead (as curl does); the Host header and the certificate check stay for HOST. Repeatable.</source>
        <translation>check-sites&#xa0;: quand l’adresse d’un site demande HOST:PORT, se connecter plutôt à HOST2:PORT2 (comme curl)&#xa0;; l’en-tête Host et la vérification du certificat restent pour HOST. Peut être répété.</translation>
    </message>
    <message>
        <source>status | plan | test | migrate | rollback | move-back | check-sites</source>
        <translation>status | plan | test | migrate | rollback | move-back | check-sites</translation>
    </message>
    <message>
        <source>--baseline and --connect-to belong to check-sites.</source>
        <translation>--baseline et --connect-to ne s’utilisent qu’avec check-sites.</translation>
    </message>
    <message>
        <source>--connect-to needs HOST:PORT:HOST2:PORT2, not &apos;%1&apos;.</source>
        <translation>--connect-to attend HOST:PORT:HOST2:PORT2, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The command-line face of Passerelle, the guided private cloud migration.
The API key comes from the system keychain (saved by the wizard) or the PASSERELLE_API_KEY environment variable, never from the command line.
Exit codes: 0 done, 1 failed, 2 usage, 3 not allowed now, 4 key refused, 5 cannot reach the API, 6 accepted but its outcome could not be read yet (run status later). check-sites exits 0 when no site is broken, 1 when one is.</source>
        <translation>La ligne de commande de Passerelle, la migration guidée vers le cloud privé.
La clé d’API vient du trousseau du système (enregistrée par l’assistant) ou de la variable d’environnement PASSERELLE_API_KEY, jamais de la ligne de commande.
Codes de sortie&#xa0;: 0 fait, 1 échec, 2 usage, 3 pas permis maintenant, 4 clé refusée, 5 API injoignable, 6 action acceptée dont le résultat n’a pas encore pu être lu (lancez status plus tard). check-sites sort avec 0 si aucun site n’est en panne, 1 sinon.</translation>
    </message>
    <message>
        <source>After a damaged journal was set aside, start a new one from the provider&apos;s state.</source>
        <translation>Après la mise de côté d’un journal endommagé, en commencer un nouveau à partir de l’état chez l’hébergeur.</translation>
    </message>
    <message>
        <source>migrate and move-back: start at TIME, local (2026-12-02T02:00:00, or HH:MM[:SS] for the next such time); nothing is sent before then.</source>
        <translation>migrate et move-back&#xa0;: démarrer à TIME, heure locale (2026-12-02T02:00:00, ou HH:MM[:SS] pour la prochaine heure de ce type)&#xa0;; rien n’est envoyé avant.</translation>
    </message>
    <message>
        <source>The account to act on (name or id); migrate, move-back and check-sites take any number (migrate and move-back move them one after another).</source>
        <translation>Le compte concerné (nom ou identifiant)&#xa0;; migrate, move-back et check-sites en acceptent plusieurs (migrate et move-back les déplacent l’un après l’autre).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an ACCOUNT.</source>
        <translation>«&#xa0;%1&#xa0;» demande un ACCOUNT.</translation>
    </message>
    <message>
        <source>Each ACCOUNT once, please.</source>
        <translation>Chaque ACCOUNT une seule fois, s’il vous plaît.</translation>
    </message>
    <message>
        <source>--at goes with &apos;migrate&apos; and &apos;move-back&apos; only.</source>
        <translation>--at ne va qu’avec «&#xa0;migrate&#xa0;» et «&#xa0;move-back&#xa0;».</translation>
    </message>
    <message>
        <source>--at needs a local date and time like 2026-12-02T02:00:00, or HH:MM, not &apos;%1&apos;.</source>
        <translation>--at demande une date et une heure locales comme 2026-12-02T02:00:00, ou HH:MM, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
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
    <name>Countdown</name>
    <message>
        <source>Transit server free for %1 more (until %2).</source>
        <translation>Serveur de transit gratuit encore %1 (jusqu’au %2).</translation>
    </message>
    <message>
        <source>The transit server&apos;s free period ended on %1. Cost so far: %2; each extra day costs %3.</source>
        <translation>La période gratuite du serveur de transit a pris fin le %1. Coût à ce jour&#xa0;: %2&#xa0;; chaque jour supplémentaire coûte %3.</translation>
    </message>
    <message>
        <source>Your finalization week: %1 left to move every account back at no extra cost (until %2).</source>
        <translation>Votre semaine de finalisation&#xa0;: encore %1 pour redéplacer tous les comptes sans frais supplémentaires (jusqu’au %2).</translation>
    </message>
    <message>
        <source>Your finalization week ended on %1: the transit server is now billed by the day.</source>
        <translation>Votre semaine de finalisation a pris fin le %1&#xa0;: le serveur de transit est désormais facturé à la journée.</translation>
    </message>
    <message>
        <source>Migration deadline: %1 (%2 left).</source>
        <translation>Date limite de la migration&#xa0;: %1 (encore %2).</translation>
    </message>
    <message>
        <source>The migration deadline passed on %1.</source>
        <translation>La date limite de la migration est passée depuis le %1.</translation>
    </message>
    <message>
        <source>Rollback available until the reinstall starts.</source>
        <translation>Retour en arrière possible jusqu’au début de la réinstallation.</translation>
    </message>
    <message>
        <source>Rollback closed since %1.</source>
        <translation>Retour en arrière impossible depuis le %1.</translation>
    </message>
    <message>
        <source>Rollback closed: the reinstall of the client server was requested.</source>
        <translation>Retour en arrière impossible&#xa0;: la réinstallation du serveur client a été demandée.</translation>
    </message>
    <message>
        <source>At the current pace (what is left to move, plus the reinstall&apos;s usual hours) you would be done around %1, within the free period: no extra cost. Each day past it would cost %2.</source>
        <translation>Au rythme actuel (ce qu’il reste à déplacer, plus la durée habituelle de la réinstallation), vous auriez terminé vers le %1, dans la période gratuite&#xa0;: aucun frais supplémentaire. Chaque jour au-delà coûterait %2.</translation>
    </message>
    <message>
        <source>At the current pace (what is left to move, plus the reinstall&apos;s usual hours) you would be done around %1: the transit server would cost %2 by then, %3 per extra day.</source>
        <translation>Au rythme actuel (ce qu’il reste à déplacer, plus la durée habituelle de la réinstallation), vous auriez terminé vers le %1&#xa0;: le serveur de transit coûterait alors %2, soit %3 par jour supplémentaire.</translation>
    </message>
    <message>
        <source>If you move the accounts back yourself, you have one week at no extra cost (until %1). If support does it, the transit server&apos;s free period applies (until %2).</source>
        <translation>Si vous redéplacez les comptes vous-même, vous disposez d’une semaine sans frais supplémentaires (jusqu’au %1). Si le support s’en charge, c’est la période gratuite du serveur de transit qui s’applique (jusqu’au %2).</translation>
    </message>
    <message>
        <source>Support moves the accounts back: the transit server&apos;s free period applies (until %1).</source>
        <translation>Le support redéplace les comptes&#xa0;: la période gratuite du serveur de transit s’applique (jusqu’au %1).</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>not offered by the new infrastructure: %1</source>
        <translation>non proposé par la nouvelle infrastructure&#xa0;: %1</translation>
    </message>
    <message>
        <source>last database test failed: %1</source>
        <translation>le dernier test des bases de données a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some databases may not migrate as they are. Fix them (or remove them) and test again before migrating:</source>
        <translation>Certaines bases de données risquent de ne pas migrer en l’état. Corrigez-les (ou supprimez-les) et testez à nouveau avant de migrer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DiagramSceneText</name>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>old version</source>
        <translation>ancienne version</translation>
    </message>
    <message>
        <source>%1, %2, hosts no account.</source>
        <translation>%1, %2, n’héberge aucun compte.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, hosts %n account(s): %3.</source>
        <translation>
            <numerusform>%1, %2, héberge %n compte&#xa0;: %3.</numerusform>
            <numerusform>%1, %2, héberge %n comptes&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client server</source>
        <translation>Serveur client</translation>
    </message>
    <message>
        <source>Client server: %1.</source>
        <translation>Serveur client&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Transit server</source>
        <translation>Serveur de transit</translation>
    </message>
    <message>
        <source>The transit server does not exist yet.</source>
        <translation>Le serveur de transit n’existe pas encore.</translation>
    </message>
    <message>
        <source>Transit server: %1.</source>
        <translation>Serveur de transit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is moving from the client server to the transit server.</source>
        <translation>%1 passe du serveur client au serveur de transit.</translation>
    </message>
    <message>
        <source>%1 is moving from the transit server to the client server.</source>
        <translation>%1 passe du serveur de transit au serveur client.</translation>
    </message>
    <message>
        <source>installing, files and mail pre-copied: %1</source>
        <translation>installation en cours, fichiers et courriels précopiés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FactChanges</name>
    <message>
        <source>account #%1</source>
        <translation>compte n° %1</translation>
    </message>
    <message>
        <source>You chose to let support move the accounts back.</source>
        <translation>Vous avez choisi de laisser le support rapatrier les comptes.</translation>
    </message>
    <message>
        <source>You chose to move the accounts back yourself.</source>
        <translation>Vous avez choisi de rapatrier les comptes vous-même.</translation>
    </message>
    <message>
        <source>You withdrew your choice of who moves the accounts back.</source>
        <translation>Vous avez retiré votre choix de qui rapatrie les comptes.</translation>
    </message>
    <message>
        <source>%1 is ready to migrate.</source>
        <translation>%1 est prêt à migrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts marked as ready to migrate.</source>
        <translation>
            <numerusform>%n compte marqué comme prêt à migrer.</numerusform>
            <numerusform>%n comptes marqués comme prêts à migrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer marked as ready.</source>
        <translation>%1 n’est plus marqué comme prêt.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts no longer marked as ready.</source>
        <translation>
            <numerusform>%n compte n’est plus marqué comme prêt.</numerusform>
            <numerusform>%n comptes ne sont plus marqués comme prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was checked after its migration.</source>
        <translation>%1 a été vérifié après sa migration.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts marked as checked.</source>
        <translation>
            <numerusform>%n compte marqué comme vérifié.</numerusform>
            <numerusform>%n comptes marqués comme vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer marked as checked.</source>
        <translation>%1 n’est plus marqué comme vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts no longer marked as checked.</source>
        <translation>
            <numerusform>%n compte n’est plus marqué comme vérifié.</numerusform>
            <numerusform>%n comptes ne sont plus marqués comme vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You said your domains use the provider&apos;s DNS.</source>
        <translation>Vous avez indiqué que vos domaines utilisent les DNS de l’hébergeur.</translation>
    </message>
    <message>
        <source>You said your domains use another DNS.</source>
        <translation>Vous avez indiqué que vos domaines utilisent d’autres DNS.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; French puts a no-break space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>0 hours</source>
        <translation>0 heure</translation>
    </message>
    <message>
        <source>0 minutes</source>
        <translation>0 minute</translation>
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
        <translation>L’API de l’hébergeur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection broke before the answer arrived; the request may or may not have been carried out. Its state is read back before anything is sent again.</source>
        <translation>La connexion a été coupée avant la réponse&#xa0;; la requête a peut-être été exécutée, peut-être pas. Son état est relu avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>The connection to the provider&apos;s API broke.</source>
        <translation>La connexion à l’API de l’hébergeur a été coupée.</translation>
    </message>
    <message>
        <source>Cannot reach the provider&apos;s API.</source>
        <translation>Impossible de joindre l’API de l’hébergeur.</translation>
    </message>
    <message>
        <source>The secure connection to the provider&apos;s API could not be verified, so it was closed.</source>
        <translation>La connexion sécurisée à l’API de l’hébergeur n’a pas pu être vérifiée&#xa0;: elle a été fermée.</translation>
    </message>
    <message>
        <source>The provider&apos;s API redirected to another address; the request was stopped so that the API key is not sent there.</source>
        <translation>L’API de l’hébergeur a redirigé vers une autre adresse&#xa0;; la requête a été arrêtée pour que la clé d’API n’y soit pas envoyée.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is too large (over 16 MiB) and was not read.</source>
        <translation>La réponse de l’hébergeur est trop grande (plus de 16&#xa0;Mio) et n’a pas été lue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The provider does not take support requests through the API.</source>
        <translation>L’hébergeur ne prend pas de demandes au support par l’API.</translation>
    </message>
    <message>
        <source>The provider does not know this migration or account.</source>
        <translation>L’hébergeur ne connaît pas cette migration ou ce compte.</translation>
    </message>
    <message>
        <source>The provider does not allow this now.</source>
        <translation>L’hébergeur ne le permet pas maintenant.</translation>
    </message>
    <message>
        <source>The provider could not process this request.</source>
        <translation>L’hébergeur n’a pas pu traiter cette requête.</translation>
    </message>
    <message>
        <source>The provider&apos;s API asks to slow down; try again shortly.</source>
        <translation>L’API de l’hébergeur demande de ralentir&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The provider&apos;s API has a problem; try again later.</source>
        <translation>L’API de l’hébergeur a un problème&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider&apos;s API redirected the request; it was not followed.</source>
        <translation>L’API de l’hébergeur a redirigé la requête&#xa0;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The provider&apos;s API refused the request as malformed.</source>
        <translation>L’API de l’hébergeur a refusé la requête comme mal formée.</translation>
    </message>
    <message>
        <source>The provider&apos;s API gave an unexpected answer.</source>
        <translation>L’API de l’hébergeur a donné une réponse inattendue.</translation>
    </message>
    <message>
        <source>The provider&apos;s API redirected the request round in a loop; it was stopped.</source>
        <translation>L’API de l’hébergeur a redirigé la requête en boucle&#xa0;; elle a été arrêtée.</translation>
    </message>
    <message>
        <source>The provider&apos;s API answered this request with a redirect, which it never does for an action; the request may or may not have been carried out. Its state is read back before anything is sent again.</source>
        <translation>L’API de l’hébergeur a répondu à cette requête par une redirection, ce qu’elle ne fait jamais pour une action&#xa0;; la requête a pu être exécutée ou non. Son état est relu avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>The provider&apos;s API asks to wait %1 before any further request. Passerelle does not wait that long: this request was stopped. Try again later, or ask the provider why.</source>
        <translation>L’API de l’hébergeur demande d’attendre %1 avant toute nouvelle requête. Passerelle n’attend pas si longtemps&#xa0;: cette requête a été arrêtée. Réessayez plus tard, ou demandez-en la raison à l’hébergeur.</translation>
    </message>
    <message>
        <source>The provider refused the connection: %1 Check the API key and the account or customer it acts for.</source>
        <translation>L’hébergeur a refusé la connexion&#xa0;: %1 Vérifiez la clé d’API et le compte ou le client pour lequel elle agit.</translation>
    </message>
    <message>
        <source>The provider does not let this API key act for this account or customer. Check the account name or customer e-mail.</source>
        <translation>L’hébergeur n’autorise pas cette clé d’API à agir pour ce compte ou ce client. Vérifiez le nom du compte ou l’adresse e-mail du client.</translation>
    </message>
    <message>
        <source>The API key was refused. Check that you copied it whole from the API keys page of your administration panel, that it is still valid, and the account or customer it acts for.</source>
        <translation>La clé d’API a été refusée. Vérifiez que vous l’avez copiée en entier depuis la page des clés d’API de votre panneau d’administration, qu’elle est toujours valide, et le compte ou le client pour lequel elle agit.</translation>
    </message>
</context>
<context>
    <name>JournalDiskSpace</name>
    <message>
        <source>No space left on the disk of the journal %1 (%2 free): Passerelle cannot write its journal, so it sent nothing. Free some space on that disk and start again; the journal itself is intact.</source>
        <translation>Plus de place sur le disque du journal %1 (%2 libres)&#xa0;: Passerelle ne peut pas écrire son journal, il n’a donc rien envoyé. Libérez de la place sur ce disque et recommencez&#xa0;; le journal lui-même est intact.</translation>
    </message>
</context>
<context>
    <name>JournalIntegrity</name>
    <message>
        <source>its tables cannot be read</source>
        <translation>ses tables sont illisibles</translation>
    </message>
    <message>
        <source>%1 is missing or changed</source>
        <translation>%1 manque ou a changé</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Leave the rehearsal?</source>
        <translation>Quitter la répétition&#xa0;?</translation>
    </message>
    <message>
        <source>Start the rehearsal again?</source>
        <translation>Recommencer la répétition&#xa0;?</translation>
    </message>
    <message>
        <source>Everything done in this rehearsal is thrown away: the next dry-run starts again from the beginning. Nothing of it ever reached your provider.</source>
        <translation>Tout ce qui a été fait dans cette répétition est abandonné&#xa0;: le prochain essai à blanc repart du début. Rien n’en est jamais parvenu à votre hébergeur.</translation>
    </message>
    <message>
        <source>Leave the rehearsal</source>
        <translation>Quitter la répétition</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Quit while something is under way?</source>
        <translation>Quitter pendant qu’une opération est en cours&#xa0;?</translation>
    </message>
    <message>
        <source>What runs at the provider&apos;s side goes on there without Passerelle. Passerelle reads its outcome and picks everything up again at its next start.</source>
        <translation>Ce qui tourne chez l’hébergeur s’y poursuit sans Passerelle. Passerelle en lira le résultat et reprendra tout au prochain démarrage.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>A queue of %n account(s) set to start at %1.</source>
        <translation>
            <numerusform>Une file de %n compte réglée pour démarrer le %1.</numerusform>
            <numerusform>Une file de %n comptes réglée pour démarrer le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A queue set for later starts only while Passerelle is open: if it is closed at that time, the queue starts when Passerelle is opened again within the hour, or is said missed.</source>
        <translation>Une file réglée pour plus tard ne démarre que si Passerelle est ouvert&#xa0;: s’il est fermé à cette heure-là, la file démarre quand Passerelle est rouvert dans l’heure, sinon elle est signalée comme manquée.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 terminée</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>L’hébergeur indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The transit server is ready</source>
        <translation>Le serveur de transit est prêt</translation>
    </message>
    <message>
        <source>You can now migrate your accounts to %1.</source>
        <translation>Vous pouvez maintenant migrer vos comptes vers %1.</translation>
    </message>
    <message>
        <source>Your server is reinstalled</source>
        <translation>Votre serveur est réinstallé</translation>
    </message>
    <message>
        <source>The accounts can now move back to it.</source>
        <translation>Les comptes peuvent maintenant y être rapatriés.</translation>
    </message>
    <message>
        <source>Finalization done</source>
        <translation>Finalisation terminée</translation>
    </message>
    <message>
        <source>Every account is back on your reinstalled server: the migration is over.</source>
        <translation>Tous les comptes sont de retour sur votre serveur réinstallé&#xa0;: la migration est terminée.</translation>
    </message>
    <message>
        <source>The move-back queue has ended</source>
        <translation>La file de rapatriement est terminée</translation>
    </message>
    <message>
        <source>The migration queue has ended</source>
        <translation>La file de migration est terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) done</source>
        <translation>
            <numerusform>%n compte terminé</numerusform>
            <numerusform>%n comptes terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (queue stopped)</source>
        <translation>
            <numerusform>%n non démarré (file arrêtée)</numerusform>
            <numerusform>%n non démarrés (file arrêtée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passerelle needs you</source>
        <translation>Passerelle a besoin de vous</translation>
    </message>
    <message>
        <source>Step %1, %2: it is your turn.</source>
        <translation>Étape %1, %2&#xa0;: c’est à vous.</translation>
    </message>
    <message>
        <source>The free transit period ends in 24 hours</source>
        <translation>La période gratuite du serveur de transit se termine dans 24&#xa0;heures</translation>
    </message>
    <message>
        <source>From %1 the transit server is billed per day.</source>
        <translation>À partir du %1, le serveur de transit est facturé à la journée.</translation>
    </message>
    <message>
        <source>The finalization week ends in 24 hours</source>
        <translation>La semaine de finalisation se termine dans 24&#xa0;heures</translation>
    </message>
    <message>
        <source>Move the accounts back before %1.</source>
        <translation>Rapatriez les comptes avant le %1.</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Répétition&#xa0;: %1</translation>
    </message>
    <message>
        <source>An action&apos;s outcome is unknown</source>
        <translation>L’issue d’une action est inconnue</translation>
    </message>
    <message>
        <source>The scheduled queue did not start</source>
        <translation>La file programmée n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>OpenBackend</name>
    <message>
        <source>An API key is needed to reach the provider.</source>
        <translation>Une clé d’API est nécessaire pour joindre l’hébergeur.</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1</source>
        <translation>Le scénario est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Répétition&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 moves back to the client server (downtime)</source>
        <translation>%1 revient sur le serveur client (coupure)</translation>
    </message>
    <message>
        <source>%1 migrates to the transit server (downtime)</source>
        <translation>%1 migre vers le serveur de transit (coupure)</translation>
    </message>
    <message>
        <source>Estimated downtime: %1 (one minute per GiB of databases; an estimate, not a promise).
The accounts move one after another: these times hold if the queue starts when this calendar was made, and shift if it starts later.</source>
        <translation>Coupure estimée&#xa0;: %1 (une minute par Gio de bases de données&#xa0;; une estimation, pas une promesse).
Les comptes passent l’un après l’autre&#xa0;: ces horaires valent si la file démarre au moment où ce calendrier a été créé, et se décalent si elle démarre plus tard.</translation>
    </message>
    <message>
        <source>The transit server&apos;s free period ends</source>
        <translation>Fin de la période gratuite du serveur de transit</translation>
    </message>
    <message>
        <source>From now on, every started day of the transit server is billed at the client server&apos;s daily price.</source>
        <translation>Désormais, chaque journée entamée du serveur de transit est facturée au prix journalier du serveur client.</translation>
    </message>
    <message>
        <source>The finalization week ends</source>
        <translation>Fin de la semaine de finalisation</translation>
    </message>
    <message>
        <source>Moving the accounts back yourself is free until now: every account should be back on the client server.</source>
        <translation>Rapatrier les comptes vous-même est gratuit jusqu’à maintenant&#xa0;: tous les comptes devraient être de retour sur le serveur client.</translation>
    </message>
    <message>
        <source>The migration&apos;s deadline</source>
        <translation>Date limite de la migration</translation>
    </message>
    <message>
        <source>The provider&apos;s deadline for the whole migration.</source>
        <translation>La date limite fixée par l’hébergeur pour toute la migration.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Accounts to move back to the client server, in order:</source>
        <translation>Comptes à ramener sur le serveur client, dans l’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts to migrate to the transit server, in order:</source>
        <translation>Comptes à migrer vers le serveur de transit, dans l’ordre&#xa0;:</translation>
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
        <translation>Serveur de transit gratuit jusqu’au&#xa0;: %1, puis %2 par jour</translation>
    </message>
    <message>
        <source>Transit server billed so far: %1</source>
        <translation>Serveur de transit facturé à ce jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finalization free until: %1</source>
        <translation>Finalisation gratuite jusqu’au&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanWarning</name>
    <message>
        <source>Warning: this plan ends on %1, after the migration deadline (%2). Even one account after another without a pause, the downtimes do not fit: ask the provider&apos;s support now.</source>
        <translation>Attention&#xa0;: ce plan se termine le %1, après la date limite de la migration (%2). Même un compte après l’autre sans pause, les interruptions ne tiennent pas&#xa0;: contactez dès maintenant le support de l’hébergeur.</translation>
    </message>
</context>
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
        <translation>Réponse inattendue de l’hébergeur&#xa0;: %1&#xa0;: %2.</translation>
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
        <translation>La réponse de l’hébergeur dépasse 16 Mio&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was empty where JSON was expected.</source>
        <translation>La réponse de l’hébergeur était vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>The provider answered with a web page (HTML) instead of JSON.</source>
        <translation>L’hébergeur a répondu par une page web (HTML) au lieu de JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse de l’hébergeur n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>expected a host name (no scheme, port, path or user name)</source>
        <translation>nom d’hôte attendu (sans schéma, port, chemin ni nom d’utilisateur)</translation>
    </message>
    <message>
        <source>repeated address</source>
        <translation>adresse répétée</translation>
    </message>
    <message>
        <source>answers for %1 where %2 was asked</source>
        <translation>répond pour %1 alors que %2 était demandé</translation>
    </message>
    <message>
        <source>%1 appears twice in the list</source>
        <translation>%1 figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>The provider&apos;s answer gives the field &quot;%1&quot; twice in one object.</source>
        <translation>La réponse de l’hébergeur donne deux fois le champ «&#xa0;%1&#xa0;» dans un même objet.</translation>
    </message>
    <message>
        <source>%1 comes before %2</source>
        <translation>%1 est antérieur à %2</translation>
    </message>
    <message>
        <source>missing while the status is &quot;%1&quot;</source>
        <translation>absent alors que le statut est «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not ready_at + %1 days</source>
        <translation>n’est pas ready_at + %1 jours</translation>
    </message>
    <message>
        <source>Unexpected answer from the provider: the migration is for server %1, which is not in your list of servers.</source>
        <translation>Réponse inattendue de l’hébergeur&#xa0;: la migration concerne le serveur %1, qui n’est pas dans votre liste de serveurs.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>No migration %1.</source>
        <translation>Aucune migration %1.</translation>
    </message>
    <message>
        <source>No account %1 in this migration.</source>
        <translation>Aucun compte %1 dans cette migration.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header is required.</source>
        <translation>L’en-tête Idempotency-Key est obligatoire.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another request.</source>
        <translation>Cette Idempotency-Key a déjà servi pour une autre requête.</translation>
    </message>
    <message>
        <source>An operation is already running on account %1.</source>
        <translation>Une opération est déjà en cours sur le compte %1.</translation>
    </message>
    <message>
        <source>Account %1 is being moved; wait until it is done.</source>
        <translation>Le compte %1 est en cours de déplacement&#xa0;; attendez la fin.</translation>
    </message>
    <message>
        <source>Only an account still on the old infrastructure can be tested.</source>
        <translation>Seul un compte encore sur l’ancienne infrastructure peut être testé.</translation>
    </message>
    <message>
        <source>Database tests belong to the preparation, before the transit server is requested.</source>
        <translation>Les tests de bases de données font partie de la préparation, avant la demande du serveur de transit.</translation>
    </message>
    <message>
        <source>Account %1 is already on the transit server.</source>
        <translation>Le compte %1 est déjà sur le serveur de transit.</translation>
    </message>
    <message>
        <source>Account %1 already runs on the new infrastructure.</source>
        <translation>Le compte %1 tourne déjà sur la nouvelle infrastructure.</translation>
    </message>
    <message>
        <source>The client server reinstallation was requested: no more migrations.</source>
        <translation>La réinstallation du serveur client a été demandée&#xa0;: plus aucune migration.</translation>
    </message>
    <message>
        <source>The transit server is not ready yet.</source>
        <translation>Le serveur de transit n’est pas encore prêt.</translation>
    </message>
    <message>
        <source>Account %1 is not on the transit server.</source>
        <translation>Le compte %1 n’est pas sur le serveur de transit.</translation>
    </message>
    <message>
        <source>Rollback is no longer possible: the client server reinstallation was requested.</source>
        <translation>Le retour en arrière n’est plus possible&#xa0;: la réinstallation du serveur client a été demandée.</translation>
    </message>
    <message>
        <source>Account %1 is already on the client server.</source>
        <translation>Le compte %1 est déjà sur le serveur client.</translation>
    </message>
    <message>
        <source>The client server is not reinstalled yet.</source>
        <translation>Le serveur client n’est pas encore réinstallé.</translation>
    </message>
    <message>
        <source>Support moves the accounts back for this migration.</source>
        <translation>Le support redéplace les comptes pour cette migration.</translation>
    </message>
    <message>
        <source>Ask for the finalization first (by support or by yourself).</source>
        <translation>Demandez d’abord la finalisation (par le support ou par vous-même).</translation>
    </message>
    <message>
        <source>This action is not allowed now.</source>
        <translation>Cette action n’est pas permise maintenant.</translation>
    </message>
    <message>
        <source>Database %1: %2 is not available on the new infrastructure; export its data and remove the database before migrating.</source>
        <translation>Base de données %1&#xa0;: %2 n’est pas disponible sur la nouvelle infrastructure&#xa0;; exportez ses données et supprimez la base avant de migrer.</translation>
    </message>
    <message>
        <source>The transit server was already requested.</source>
        <translation>Le serveur de transit a déjà été demandé.</translation>
    </message>
    <message>
        <source>The client server reinstallation was already requested.</source>
        <translation>La réinstallation du serveur client a déjà été demandée.</translation>
    </message>
    <message>
        <source>The transit server is not ready.</source>
        <translation>Le serveur de transit n’est pas prêt.</translation>
    </message>
    <message>
        <source>Every account must be on the transit server first (%1 is not).</source>
        <translation>Tous les comptes doivent d’abord être sur le serveur de transit (%1 ne l’est pas).</translation>
    </message>
    <message>
        <source>finalization_by must be &quot;support&quot; or &quot;customer&quot;.</source>
        <translation>finalization_by doit valoir «&#xa0;support&#xa0;» ou «&#xa0;customer&#xa0;».</translation>
    </message>
    <message>
        <source>The finalization was already requested.</source>
        <translation>La finalisation a déjà été demandée.</translation>
    </message>
    <message>
        <source>Unknown support request.</source>
        <translation>Demande au support inconnue.</translation>
    </message>
    <message>
        <source>cannot connect: %1 is not a site of this rehearsal</source>
        <translation>connexion impossible&#xa0;: %1 n’est pas un site de cette répétition</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <source>Queue: %1 still to go, about %2 of downtime left, ending around %3.</source>
        <translation>File&#xa0;: encore %1, environ %2 de coupure restante, fin vers %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will start moving one after another at %1: in %2.</source>
        <translation>
            <numerusform>%n compte commencera à se déplacer le %1&#xa0;: dans %2.</numerusform>
            <numerusform>%n comptes commenceront à se déplacer l’un après l’autre le %1&#xa0;: dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to migrate: about %1 of downtime in all, ending around %2 if started now.</source>
        <translation>
            <numerusform>%n compte à migrer&#xa0;: environ %1 de coupure au total, fin vers %2 si vous lancez maintenant.</numerusform>
            <numerusform>%n comptes à migrer&#xa0;: environ %1 de coupure au total, fin vers %2 si vous lancez maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to move back: about %1 of downtime in all, ending around %2 if started now.</source>
        <translation>
            <numerusform>%n compte à redéplacer&#xa0;: environ %1 de coupure au total, fin vers %2 si vous lancez maintenant.</numerusform>
            <numerusform>%n comptes à redéplacer&#xa0;: environ %1 de coupure au total, fin vers %2 si vous lancez maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, as they may not migrate now: %1.</source>
        <translation>Laissés de côté, car ils ne peuvent pas migrer maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Skipped, as they may not move back now: %1.</source>
        <translation>Laissés de côté, car ils ne peuvent pas être redéplacés maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing in this selection may migrate now. %1</source>
        <translation>Rien dans cette sélection ne peut migrer maintenant. %1</translation>
    </message>
    <message>
        <source>Nothing in this selection may move back now. %1</source>
        <translation>Rien dans cette sélection ne peut être redéplacé maintenant. %1</translation>
    </message>
    <message>
        <source>Select the accounts to migrate first.</source>
        <translation>Sélectionnez d’abord les comptes à migrer.</translation>
    </message>
    <message>
        <source>Select the accounts to move back first.</source>
        <translation>Sélectionnez d’abord les comptes à redéplacer.</translation>
    </message>
    <message>
        <source>Select several accounts (Shift or Ctrl) to migrate them one after another.</source>
        <translation>Sélectionnez plusieurs comptes (Maj ou Ctrl) pour les migrer l’un après l’autre.</translation>
    </message>
    <message>
        <source>Select several accounts (Shift or Ctrl) to move them back one after another.</source>
        <translation>Sélectionnez plusieurs comptes (Maj ou Ctrl) pour les redéplacer l’un après l’autre.</translation>
    </message>
    <message>
        <source>A queue is running; stop it first to start another.</source>
        <translation>Une file est en cours&#xa0;; arrêtez-la d’abord pour en lancer une autre.</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>programmé pour le %1</translation>
    </message>
    <message>
        <source>%1 waits in the queue scheduled for %2. Starting it now takes it out of that queue; the others still start at %2.</source>
        <translation>%1 attend dans la file programmée pour le %2. Le lancer maintenant le retire de cette file&#xa0;; les autres démarrent toujours le %2.</translation>
    </message>
    <message numerus="yes">
        <source>The queue of %n account(s) set to start at %1 did not start: that time passed long ago (it is now %2; the computer slept, its clock jumped or Passerelle was closed). Nothing was sent. Select the accounts again to start now or at a new time.</source>
        <translation>
            <numerusform>La file de %n compte prévue à %1 n’a pas démarré&#xa0;: cette heure est passée depuis longtemps (il est %2&#xa0;; l’ordinateur s’est mis en veille, son horloge a sauté ou Passerelle était fermé). Rien n’a été envoyé. Sélectionnez à nouveau les comptes pour démarrer maintenant ou à une nouvelle heure.</numerusform>
            <numerusform>La file de %n comptes prévue à %1 n’a pas démarré&#xa0;: cette heure est passée depuis longtemps (il est %2&#xa0;; l’ordinateur s’est mis en veille, son horloge a sauté ou Passerelle était fermé). Rien n’a été envoyé. Sélectionnez à nouveau les comptes pour démarrer maintenant ou à une nouvelle heure.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the skipped accounts of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>ReinstallText</name>
    <message>
        <source>Domains that do not use the provider&apos;s DNS servers need no A/AAAA change: the client server redirects them transparently.</source>
        <translation>Les domaines qui n’utilisent pas les serveurs DNS de l’hébergeur ne demandent aucune modification A/AAAA&#xa0;: le serveur client les redirige de façon transparente.</translation>
    </message>
    <message>
        <source>During the reinstall, your server&apos;s IP addresses are rerouted to the transit server: about %1 of unavailability for them, none if your domains use the provider&apos;s DNS servers.</source>
        <translation>Pendant la réinstallation, les adresses IP de votre serveur sont routées vers le serveur de transit&#xa0;: environ %1 d’indisponibilité pour elles, aucune si vos domaines utilisent les serveurs DNS de l’hébergeur.</translation>
    </message>
    <message>
        <source>During the reinstall, your server&apos;s IP addresses are rerouted to the transit server. Your domains use the provider&apos;s DNS servers: no unavailability.</source>
        <translation>Pendant la réinstallation, les adresses IP de votre serveur sont routées vers le serveur de transit. Vos domaines utilisent les serveurs DNS de l’hébergeur&#xa0;: aucune indisponibilité.</translation>
    </message>
    <message>
        <source>During the reinstall, your server&apos;s IP addresses are rerouted to the transit server: about %1 of unavailability for them.</source>
        <translation>Pendant la réinstallation, les adresses IP de votre serveur sont routées vers le serveur de transit&#xa0;: environ %1 d’indisponibilité pour elles.</translation>
    </message>
    <message>
        <source>Reinstalled.</source>
        <translation>Réinstallé.</translation>
    </message>
    <message>
        <source>Reinstalling since a time the provider did not report (it usually takes %1).</source>
        <translation>Réinstallation en cours depuis une heure que l’hébergeur n’a pas indiquée (elle prend habituellement %1).</translation>
    </message>
    <message>
        <source>Waiting for support to start the reinstall (it usually takes %1).</source>
        <translation>En attente du démarrage de la réinstallation par le support (elle prend habituellement %1).</translation>
    </message>
    <message>
        <source>%1 so far: longer than the usual %2. Passerelle keeps checking.</source>
        <translation>%1 jusqu’ici&#xa0;: plus que les %2 habituelles. Passerelle continue de vérifier.</translation>
    </message>
    <message>
        <source>%1 of the usual %2.</source>
        <translation>%1 sur les %2 habituelles.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Migration report</source>
        <translation>Rapport de migration</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>non observée</translation>
    </message>
    <message>
        <source>Dates and cost</source>
        <translation>Dates et coût</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Transit server free until</source>
        <translation>Serveur de transit gratuit jusqu’au</translation>
    </message>
    <message>
        <source>Finalization week starts</source>
        <translation>Début de la semaine de finalisation</translation>
    </message>
    <message>
        <source>Finalization free until</source>
        <translation>Finalisation sans surcoût jusqu’au</translation>
    </message>
    <message>
        <source>Transit cost so far</source>
        <translation>Coût du serveur de transit à ce jour</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Downtime estimated</source>
        <translation>Coupure estimée</translation>
    </message>
    <message>
        <source>Downtime observed</source>
        <translation>Coupure observée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>No activity recorded yet.</source>
        <translation>Aucune activité enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation>Rapport de migration</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry-run: nothing was sent to the provider.</source>
        <translation>Simulation hors ligne&#xa0;: rien n’a été envoyé à l’hébergeur.</translation>
    </message>
    <message>
        <source>Site checks</source>
        <translation>Vérification des sites</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>No site checked yet.</source>
        <translation>Aucun site vérifié pour l’instant.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Downtime per move, estimated</source>
        <translation>Coupure par déplacement, estimée</translation>
    </message>
    <message>
        <source>Last move, observed</source>
        <translation>Dernier déplacement, observé</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No move observed yet.</source>
        <translation>Aucun déplacement observé pour l’instant.</translation>
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
        <translation>en attente d’un serveur disponible</translation>
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
        <translation>d’origine</translation>
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
        <translation>%1 est occupé en ce moment&#xa0;: l’hébergeur n’exécute qu’une opération de compte à la fois.</translation>
    </message>
    <message>
        <source>Database tests are for accounts still on the old infrastructure; %1 is not.</source>
        <translation>Les tests de bases de données concernent les comptes encore sur l’ancienne infrastructure&#xa0;; ce n’est pas le cas de %1.</translation>
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
        <translation>Le serveur de transit n’est pas encore prêt (%1).</translation>
    </message>
    <message>
        <source>%1 is not on the transit server: there is nothing to roll back.</source>
        <translation>%1 n’est pas sur le serveur de transit&#xa0;: il n’y a pas de retour en arrière à faire.</translation>
    </message>
    <message>
        <source>Rollback is closed: the client server reinstall has been requested.</source>
        <translation>Le retour en arrière n’est plus possible&#xa0;: la réinstallation du serveur client a été demandée.</translation>
    </message>
    <message>
        <source>Rollback is closed: the client server reinstall started on %1.</source>
        <translation>Le retour en arrière n’est plus possible&#xa0;: la réinstallation du serveur client a commencé le %1.</translation>
    </message>
    <message>
        <source>The provider reports that no rollback is available for %1.</source>
        <translation>L’hébergeur indique qu’aucun retour en arrière n’est possible pour %1.</translation>
    </message>
    <message>
        <source>Moving back waits until the client server has been reinstalled.</source>
        <translation>Le redéplacement attend la fin de la réinstallation du serveur client.</translation>
    </message>
    <message>
        <source>Choose first who moves the accounts back: support or you.</source>
        <translation>Choisissez d’abord qui redéplace les comptes&#xa0;: le support ou vous.</translation>
    </message>
    <message>
        <source>Support moves the accounts back (you chose finalization by support).</source>
        <translation>Le support redéplace les comptes (vous avez choisi la finalisation par le support).</translation>
    </message>
    <message>
        <source>The transit server has already been requested.</source>
        <translation>Le serveur de transit a déjà été demandé.</translation>
    </message>
    <message>
        <source>Send the transit server request to support first.</source>
        <translation>Envoyez d’abord au support la demande de serveur de transit.</translation>
    </message>
    <message>
        <source>Send the client server reinstall request to support first.</source>
        <translation>Envoyez d’abord au support la demande de réinstallation du serveur client.</translation>
    </message>
    <message numerus="yes">
        <source>Confirm that every account is ready first; %n not confirmed: %1.</source>
        <translation>
            <numerusform>Confirmez d’abord que chaque compte est prêt&#xa0;; %n non confirmé&#xa0;: %1.</numerusform>
            <numerusform>Confirmez d’abord que chaque compte est prêt&#xa0;; %n non confirmés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client server reinstall has already been requested.</source>
        <translation>La réinstallation du serveur client a déjà été demandée.</translation>
    </message>
    <message>
        <source>Wait until the operation on %1 ends.</source>
        <translation>Attendez la fin de l’opération sur %1.</translation>
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
            <numerusform>Vérifiez d’abord chaque compte migré&#xa0;; %n non vérifié&#xa0;: %1.</numerusform>
            <numerusform>Vérifiez d’abord chaque compte migré&#xa0;; %n non vérifiés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client server reinstall has not finished yet.</source>
        <translation>La réinstallation du serveur client n’est pas encore terminée.</translation>
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
        <translation>La migration en est à l’étape %1 (%2).</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C’est la dernière étape.</translation>
    </message>
    <message>
        <source>Database test of %1</source>
        <translation>Test des bases de données de %1</translation>
    </message>
    <message>
        <source>Migration of %1</source>
        <translation>Migration de %1</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Retour en arrière de %1</translation>
    </message>
    <message>
        <source>Move back of %1</source>
        <translation>Redéplacement de %1</translation>
    </message>
    <message>
        <source>You have already chosen who moves the accounts back.</source>
        <translation>Vous avez déjà choisi qui redéplace les comptes.</translation>
    </message>
    <message>
        <source>client server</source>
        <translation>serveur client</translation>
    </message>
    <message>
        <source>transit server</source>
        <translation>serveur de transit</translation>
    </message>
    <message>
        <source>old</source>
        <translation>ancienne</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>This account is not part of the migration.</source>
        <translation>Ce compte ne fait pas partie de la migration.</translation>
    </message>
    <message>
        <source>A request for %1 is already on its way.</source>
        <translation>Une demande pour %1 est déjà en cours d’envoi.</translation>
    </message>
    <message>
        <source>A request for %1 is on its way to the provider: accounts are handled one at a time.</source>
        <translation>Une demande pour %1 est en route vers l’hébergeur&#xa0;: les comptes passent un par un.</translation>
    </message>
    <message>
        <source>The shared transit server is for testing before the transit server is requested.</source>
        <translation>Le serveur de transit partagé sert aux tests avant la demande du serveur de transit.</translation>
    </message>
    <message>
        <source>%1 did not happen: the provider shows the account as %2 again, without the operation&apos;s result and without reporting a failure. It failed or was cancelled at the provider; ask their support before trying again.</source>
        <translation>%1 n’a pas eu lieu&#xa0;: l’hébergeur montre de nouveau le compte comme «&#xa0;%2&#xa0;», sans le résultat de l’opération et sans signaler d’échec. Elle a échoué ou a été annulée chez l’hébergeur&#xa0;; demandez à son support avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>nombre entier positif ou nul attendu</translation>
    </message>
    <message>
        <source>expected an integer of at least %1</source>
        <translation>nombre entier d’au moins %1 attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>chaîne de caractères non vide attendue</translation>
    </message>
    <message>
        <source>expected an ISO 8601 UTC timestamp such as 2026-11-23T10:00:00Z</source>
        <translation>horodatage ISO 8601 UTC attendu, par exemple 2026-11-23T10:00:00Z</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown database type &quot;%1&quot; (expected MYSQL, POSTGRESQL, COUCHDB, MONGODB or RABBITMQ)</source>
        <translation>type de base de données inconnu «&#xa0;%1&#xa0;» (MYSQL, POSTGRESQL, COUCHDB, MONGODB ou RABBITMQ attendu)</translation>
    </message>
    <message>
        <source>expected a decimal amount such as &quot;4.20&quot;</source>
        <translation>montant décimal attendu, par exemple «&#xa0;4.20&#xa0;»</translation>
    </message>
    <message>
        <source>unknown database type</source>
        <translation>type de base de données inconnu</translation>
    </message>
    <message>
        <source>duplicate database id %1</source>
        <translation>identifiant de base de données en double&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected at least one account</source>
        <translation>au moins un compte attendu</translation>
    </message>
    <message>
        <source>duplicate account id %1</source>
        <translation>identifiant de compte en double&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate account name &quot;%1&quot;</source>
        <translation>nom de compte en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>objet JSON attendu au premier niveau</translation>
    </message>
    <message>
        <source>expected an integer from 0 to 90</source>
        <translation>nombre entier de 0 à 90 attendu</translation>
    </message>
    <message>
        <source>expected an e-mail address</source>
        <translation>adresse e-mail attendue</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a scenario</source>
        <translation>%1 est trop grand pour être un scénario</translation>
    </message>
    <message>
        <source>duplicate site id %1</source>
        <translation>identifiant de site %1 en double</translation>
    </message>
    <message>
        <source>expected a host name such as &quot;shop.example.com&quot;</source>
        <translation>nom d’hôte attendu, comme «&#xa0;shop.example.com&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate address &quot;%1&quot;</source>
        <translation>adresse «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>SimHttpText</name>
    <message>
        <source>Authentication credentials were not provided.</source>
        <translation>Les identifiants d’authentification n’ont pas été fournis.</translation>
    </message>
    <message>
        <source>Only HTTP Basic authentication is accepted.</source>
        <translation>Seule l’authentification HTTP Basic est acceptée.</translation>
    </message>
    <message>
        <source>Malformed Basic credentials.</source>
        <translation>Identifiants Basic mal formés.</translation>
    </message>
    <message>
        <source>The password must be empty.</source>
        <translation>Le mot de passe doit être vide.</translation>
    </message>
    <message>
        <source>Invalid API key.</source>
        <translation>Clé d’API non valide.</translation>
    </message>
    <message>
        <source>Unknown account for this key.</source>
        <translation>Compte inconnu pour cette clé.</translation>
    </message>
    <message>
        <source>Invalid customer e-mail address.</source>
        <translation>Adresse e-mail du client non valide.</translation>
    </message>
    <message>
        <source>Unknown qualifier after the API key.</source>
        <translation>Qualificatif inconnu après la clé d’API.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Méthode non permise.</translation>
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3</source>
        <translation>--%1&#xa0;: nombre de %2 à %3 attendu</translation>
    </message>
    <message>
        <source>Serves the provider&apos;s migration API on 127.0.0.1 from a simulated provider.</source>
        <translation>Sert l’API de migration de l’hébergeur sur 127.0.0.1 à partir d’un hébergeur simulé.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (printed on the first line).</source>
        <translation>Port TCP sur 127.0.0.1&#xa0;; 0 en choisit un libre (écrit sur la première ligne).</translation>
    </message>
    <message>
        <source>Scenario file (JSON); the built-in scenario by default.</source>
        <translation>Fichier de scénario (JSON)&#xa0;; le scénario intégré par défaut.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 360: one hour per ten seconds).</source>
        <translation>Secondes simulées par seconde réelle (360 par défaut&#xa0;: une heure toutes les dix secondes).</translation>
    </message>
    <message>
        <source>The API key clients must send (default dry-run-key).</source>
        <translation>La clé d’API que les clients doivent envoyer (dry-run-key par défaut).</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Retarde chaque réponse de MS millisecondes.</translation>
    </message>
    <message>
        <source>Answer this share of requests (0..1) with 503.</source>
        <translation>Répond par 503 à cette part des requêtes (0..1).</translation>
    </message>
    <message>
        <source>Enforce 50 POST and 250 GET per sliding minute (429 + Retry-After).</source>
        <translation>Impose 50 POST et 250 GET par minute glissante (429 + Retry-After).</translation>
    </message>
    <message>
        <source>Process the Nth POST, then close its connection without answering.</source>
        <translation>Traite le Nième POST, puis ferme sa connexion sans répondre.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--api-key: expected a non-empty key without spaces or colons</source>
        <translation>--api-key&#xa0;: clé non vide attendue, sans espace ni deux-points</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header is required.</source>
        <translation>L’en-tête Idempotency-Key est obligatoire.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID.</source>
        <translation>L’en-tête Idempotency-Key doit être un UUID.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with a topic and a message.</source>
        <translation>Le corps doit être un objet JSON avec un sujet (topic) et un message.</translation>
    </message>
    <message>
        <source>Invalid support request: %1 is missing or invalid.</source>
        <translation>Demande au support non valide&#xa0;: %1 manque ou n’est pas valide.</translation>
    </message>
    <message>
        <source>This key acts on account %1 only.</source>
        <translation>Cette clé n’agit que sur le compte %1.</translation>
    </message>
    <message>
        <source>The body must be a JSON object ({}).</source>
        <translation>Le corps doit être un objet JSON ({}).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
</context>
<context>
    <name>SimMain</name>
    <message>
        <source>Bad scenario: %1</source>
        <translation>Scénario incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>SiteCheckReport</name>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2&#xa0;: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) checked</source>
        <translation>
            <numerusform>%n adresse vérifiée</numerusform>
            <numerusform>%n adresses vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken.</source>
        <translation>
            <numerusform>%n en panne.</numerusform>
            <numerusform>%n en panne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) not checked (too many for one account).</source>
        <translation>
            <numerusform>%n adresse non vérifiée (trop nombreuses pour un compte).</numerusform>
            <numerusform>%n adresses non vérifiées (trop nombreuses pour un compte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteCheckText</name>
    <message>
        <source>the connection closed before a complete answer</source>
        <translation>la connexion s’est fermée avant une réponse complète</translation>
    </message>
    <message>
        <source>the answer was cut short</source>
        <translation>la réponse a été interrompue</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are too long</source>
        <translation>les en-têtes de la réponse sont trop longs</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>ce n’est pas une réponse HTTP</translation>
    </message>
    <message>
        <source>the answer gives two different lengths</source>
        <translation>la réponse annonce deux longueurs différentes</translation>
    </message>
    <message>
        <source>the server switched protocols unasked</source>
        <translation>le serveur a changé de protocole sans qu’on le lui demande</translation>
    </message>
    <message>
        <source>the answer&apos;s length is not a number</source>
        <translation>la longueur de la réponse n’est pas un nombre</translation>
    </message>
    <message>
        <source>the answer&apos;s chunked body is malformed</source>
        <translation>le corps de la réponse, envoyé par morceaux, est mal formé</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3</source>
        <translation>HTTP %1, %2, %3</translation>
    </message>
    <message>
        <source>HTTP %1: the server failed</source>
        <translation>HTTP %1&#xa0;: erreur du serveur</translation>
    </message>
    <message>
        <source>HTTP %1, was %2</source>
        <translation>HTTP %1 au lieu de %2</translation>
    </message>
    <message>
        <source>answers now (%1); it did not when the reference was recorded (%2)</source>
        <translation>répond désormais (%1)&#xa0;; ce n’était pas le cas quand la référence a été enregistrée (%2)</translation>
    </message>
    <message>
        <source>title %1, was %2</source>
        <translation>titre %1 au lieu de %2</translation>
    </message>
    <message>
        <source>size %1, was %2</source>
        <translation>taille %1 au lieu de %2</translation>
    </message>
    <message>
        <source>served over http only, was https</source>
        <translation>servi en http seulement au lieu de https</translation>
    </message>
    <message>
        <source>reference recorded: %1</source>
        <translation>référence enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>same as the reference: %1</source>
        <translation>identique à la référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>réponse illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte</translation>
    </message>
    <message>
        <source>redirected to a non-web address (%1)</source>
        <translation>redirigé vers une adresse qui n’est pas une page web (%1)</translation>
    </message>
    <message>
        <source>redirected to an invalid address</source>
        <translation>redirigé vers une adresse invalide</translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>boucle de redirections sur %1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>plus de %n redirection</numerusform>
            <numerusform>plus de %n redirections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse complète en %n seconde</numerusform>
            <numerusform>pas de réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown host: %1</source>
        <translation>hôte inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused: not a public address (%1); Passerelle probes the customer&apos;s own network only when --connect-to asks for it</source>
        <translation>refusé&#xa0;: pas une adresse publique (%1)&#xa0;; Passerelle ne sonde le réseau du client que si --connect-to le demande</translation>
    </message>
    <message numerus="yes">
        <source>not checked: only the first %n addresses of an account are checked</source>
        <translation>
            <numerusform>non vérifiée&#xa0;: seule %n adresse par compte est vérifiée</numerusform>
            <numerusform>non vérifiée&#xa0;: seules les %n premières adresses d’un compte sont vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>SiteObservationText</name>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (cut)</source>
        <translation>%1 (tronqué)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>pas de certificat</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>StartTime</name>
    <message>
        <source>The start time %1 is already past (it is now %2): choose a time to come.</source>
        <translation>L’heure de départ %1 est déjà passée (il est maintenant %2)&#xa0;: choisissez une heure à venir.</translation>
    </message>
    <message>
        <source>The start time %1 is after the migration&apos;s deadline (%2): choose a time before it.</source>
        <translation>L’heure de départ %1 tombe après la date limite de la migration (%2)&#xa0;: choisissez une heure avant cette date.</translation>
    </message>
    <message>
        <source>%1 is after the end of the free transit period (%2); the transit server is billed from then on.</source>
        <translation>%1 tombe après la fin de la période gratuite du serveur de transit (%2)&#xa0;; le serveur de transit est facturé à partir de là.</translation>
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
        <translation>Serveur de transit&#xa0;: %1 (%2, gratuit jusqu’au %3)</translation>
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
    <name>StepNames</name>
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
        <translation>Suivez la documentation de migration, testez les bases de données et corrigez ce qui doit l’être.</translation>
    </message>
    <message>
        <source>Every account is ready: ask support to prepare a transit server.</source>
        <translation>Tous les comptes sont prêts&#xa0;: demandez au support de préparer un serveur de transit.</translation>
    </message>
    <message>
        <source>Support installs a transit server like yours and pre-copies files and mail. It can take hours, and there may be a wait for a free server.</source>
        <translation>Le support installe un serveur de transit de configuration équivalente au vôtre et précopie les fichiers et les courriels. Cela peut durer plusieurs heures, et il peut y avoir de l’attente avant qu’un serveur soit disponible.</translation>
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
        <translation>Le support réinstalle votre serveur sur la nouvelle infrastructure. Le retour en arrière n’est plus possible.</translation>
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
    <name>StepTexts</name>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Who acts now: you.</source>
        <translation>Qui agit maintenant&#xa0;: vous.</translation>
    </message>
    <message>
        <source>Who acts now: support.</source>
        <translation>Qui agit maintenant&#xa0;: le support.</translation>
    </message>
    <message>
        <source>Who acts now: you choose, support or you.</source>
        <translation>Qui agit maintenant&#xa0;: à vous de choisir, le support ou vous.</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Plus rien à faire.</translation>
    </message>
    <message>
        <source>Next: you ask support for a transit server.</source>
        <translation>Ensuite&#xa0;: vous demandez un serveur de transit au support.</translation>
    </message>
    <message>
        <source>Next: support installs the transit server; Passerelle follows it for you.</source>
        <translation>Ensuite&#xa0;: le support installe le serveur de transit&#xa0;; Passerelle suit l’avancement pour vous.</translation>
    </message>
    <message>
        <source>Next: you migrate your accounts, one at a time, whenever you like.</source>
        <translation>Ensuite&#xa0;: vous migrez vos comptes, un par un, quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Next: you check each migrated account.</source>
        <translation>Ensuite&#xa0;: vous vérifiez chaque compte migré.</translation>
    </message>
    <message>
        <source>Next: support reinstalls your server; from then on, rollback is no longer possible.</source>
        <translation>Ensuite&#xa0;: le support réinstalle votre serveur&#xa0;; dès lors, le retour en arrière n’est plus possible.</translation>
    </message>
    <message>
        <source>Next: the accounts move back to your reinstalled server.</source>
        <translation>Ensuite&#xa0;: les comptes sont redéplacés sur votre serveur réinstallé.</translation>
    </message>
    <message>
        <source>Next: the migration is over.</source>
        <translation>Ensuite&#xa0;: la migration est terminée.</translation>
    </message>
    <message>
        <source>The transit server is given back; nothing else happens.</source>
        <translation>Le serveur de transit est rendu&#xa0;; rien d’autre ne se passe.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This step is done; the migration is at step %1 (%2). %3</source>
        <translation>Cette étape est terminée&#xa0;; la migration en est à l’étape %1 (%2). %3</translation>
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
        <translation>- %1&#xa0;: bases de données %2, fichiers %3, courriels %4, coupure estimée %5</translation>
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
        <source>Prepared by Passerelle on %1.</source>
        <translation>Préparé par Passerelle le %1.</translation>
    </message>
    <message>
        <source>Migration: %1 (id %2)</source>
        <translation>Migration&#xa0;: %1 (id %2)</translation>
    </message>
    <message>
        <source>Accounts (%1), total estimated downtime %2:</source>
        <translation>Comptes (%1), coupure totale estimée %2&#xa0;:</translation>
    </message>
    <message>
        <source>Please prepare a transit server for the required migration of my server. Not every account is marked ready yet (see the list below).</source>
        <translation>Merci de préparer un serveur de transit pour la migration obligatoire de mon serveur. Tous les comptes ne sont pas encore marqués prêts (voir la liste ci-dessous).</translation>
    </message>
    <message>
        <source>Some databases need attention before they can migrate (see the list below).</source>
        <translation>Certaines bases de données demandent une intervention avant de pouvoir migrer (voir la liste ci-dessous).</translation>
    </message>
    <message>
        <source>Not every account is migrated to the transit server yet (see the list below). Please do not reinstall my server before I ask for it again.</source>
        <translation>Tous les comptes ne sont pas encore migrés vers le serveur de transit (voir la liste ci-dessous). Merci de ne pas réinstaller mon serveur avant que je le redemande.</translation>
    </message>
    <message>
        <source>Every account is migrated to the transit server, but I have not checked each one yet (see the list below). Please do not reinstall my server before I ask for it again.</source>
        <translation>Tous les comptes sont migrés vers le serveur de transit, mais je ne les ai pas encore tous vérifiés (voir la liste ci-dessous). Merci de ne pas réinstaller mon serveur avant que je le redemande.</translation>
    </message>
    <message>
        <source>My server has been reinstalled. I will move my accounts back to it myself, within the free week (until %1): support does not need to move them.</source>
        <translation>Mon serveur a été réinstallé. Je redéplacerai mes comptes moi-même, pendant la semaine gratuite (jusqu’au %1)&#xa0;: le support n’a pas à les déplacer.</translation>
    </message>
    <message>
        <source>My server has been reinstalled. I will move my accounts back to it myself, within the free week: support does not need to move them.</source>
        <translation>Mon serveur a été réinstallé. Je redéplacerai mes comptes moi-même, pendant la semaine gratuite&#xa0;: le support n’a pas à les déplacer.</translation>
    </message>
    <message>
        <source>My server has been reinstalled. I have not chosen yet who moves my accounts back to it.</source>
        <translation>Mon serveur a été réinstallé. Je n’ai pas encore choisi qui redéplace mes comptes.</translation>
    </message>
    <message>
        <source>not marked ready yet</source>
        <translation>pas encore marqué prêt</translation>
    </message>
    <message>
        <source>still on the client server, to migrate (again)</source>
        <translation>encore sur le serveur client, à migrer (de nouveau)</translation>
    </message>
    <message>
        <source>migrated, not checked yet</source>
        <translation>migré, pas encore vérifié</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Please prepare a transit server for the required migration of my server. I prepared every account as the migration documentation says.</source>
        <translation>Merci de préparer un serveur de transit pour la migration obligatoire de mon serveur. J’ai préparé chaque compte comme l’indique la documentation de migration.</translation>
    </message>
    <message>
        <source>Every account is migrated to the transit server and I checked each one, but some still have problems that I accept (see the list below). Please reinstall my server. I understand that rollback will no longer be possible.</source>
        <translation>Tous les comptes sont migrés sur le serveur de transit et je les ai tous vérifiés, mais certains ont encore des problèmes que j’accepte (voir la liste ci-dessous). Merci de réinstaller mon serveur. Je comprends que le retour en arrière ne sera plus possible.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UnderWay</name>
    <message>
        <source>%1 is %2 at the provider: the provider finishes it whether Passerelle is open or not.</source>
        <translation>%1&#xa0;: %2 chez l’hébergeur, qui termine l’opération, que Passerelle soit ouverte ou non.</translation>
    </message>
    <message>
        <source>An action for %1 was sent and its answer is not read yet: the provider may be running it.</source>
        <translation>Une action pour %1 a été envoyée et sa réponse n’est pas encore lue&#xa0;: l’hébergeur l’exécute peut-être.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of the queue have not started: they do not start while Passerelle is closed.</source>
        <translation>
            <numerusform>%n compte de la file n’a pas commencé&#xa0;: il ne démarre pas tant que Passerelle est fermée.</numerusform>
            <numerusform>%n comptes de la file n’ont pas commencé&#xa0;: ils ne démarrent pas tant que Passerelle est fermée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support is preparing your transit server: it goes on without Passerelle.</source>
        <translation>Le support prépare votre serveur de transit&#xa0;: cela se poursuit sans Passerelle.</translation>
    </message>
    <message>
        <source>Support is reinstalling your server: it goes on without Passerelle.</source>
        <translation>Le support réinstalle votre serveur&#xa0;: cela se poursuit sans Passerelle.</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Start the offline simulation.</source>
        <translation>Lance la simulation hors ligne.</translation>
    </message>
    <message>
        <source>Walk the dry-run through every step and save one picture per page into DIR.</source>
        <translation>Parcourt l’essai à blanc à travers chaque étape et enregistre une image par page dans DIR.</translation>
    </message>
    <message>
        <source>Language: fr or en (default: the system&apos;s).</source>
        <translation>Langue&#xa0;: fr ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Start in support mode, safe for screen sharing (key hidden, e-mail masked).</source>
        <translation>Démarrer en mode support, sans risque en partage d’écran (clé cachée, e-mail masqué).</translation>
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
    <name>passerelle::IntentPipeline</name>
    <message>
        <source>Passerelle could not write its journal (%1), so nothing was sent.</source>
        <translation>Passerelle n’a pas pu écrire son journal (%1)&#xa0;: rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>%1: request sent.</source>
        <translation>%1&#xa0;: demande envoyée.</translation>
    </message>
    <message>
        <source>%1: accepted by the provider.</source>
        <translation>%1&#xa0;: acceptée par l’hébergeur.</translation>
    </message>
    <message>
        <source>%1: the answer was lost and the account could not be read back. Passerelle will check again before sending anything; nothing will be sent twice.</source>
        <translation>%1&#xa0;: la réponse a été perdue et le compte n’a pas pu être relu. Passerelle vérifiera de nouveau avant tout envoi&#xa0;; rien ne sera envoyé deux fois.</translation>
    </message>
    <message>
        <source>confirmed by reading the account back</source>
        <translation>confirmé en relisant le compte</translation>
    </message>
    <message>
        <source>%1: it had reached the provider (checked by reading the account back).</source>
        <translation>%1&#xa0;: elle avait atteint l’hébergeur (vérifié en relisant le compte).</translation>
    </message>
    <message>
        <source>%1: could not be confirmed. Passerelle will check again at the next start.</source>
        <translation>%1&#xa0;: n’a pas pu être confirmée. Passerelle vérifiera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1: it did not start; sending it again with the same request key.</source>
        <translation>%1&#xa0;: elle n’a pas démarré&#xa0;; nouvel envoi avec la même clé de requête.</translation>
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
        <source>%1, interrupted earlier: it had reached the provider.</source>
        <translation>%1, interrompue plus tôt&#xa0;: elle avait atteint l’hébergeur.</translation>
    </message>
    <message>
        <source>%1, interrupted earlier: it did not start and is no longer allowed. %2</source>
        <translation>%1, interrompue plus tôt&#xa0;: elle n’a pas démarré et n’est plus permise. %2</translation>
    </message>
    <message>
        <source>%1, interrupted earlier: it did not start; sending it again with the same request key.</source>
        <translation>%1, interrompue plus tôt&#xa0;: elle n’a pas démarré&#xa0;; nouvel envoi avec la même clé de requête.</translation>
    </message>
    <message>
        <source>%1 The answer was lost. You can send the request again: support will not receive it twice.</source>
        <translation>%1 La réponse a été perdue. Vous pouvez renvoyer la demande&#xa0;: le support ne la recevra pas deux fois.</translation>
    </message>
    <message>
        <source>The provider does not take support requests through the API: the message is ready to copy.</source>
        <translation>L’hébergeur ne reçoit pas les demandes au support par l’API&#xa0;: le message est prêt à être copié.</translation>
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
        <translation>Une demande au support, interrompue auparavant, n’est pas arrivée&#xa0;: envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>seen by reading the account back</source>
        <translation>vue en relisant le compte</translation>
    </message>
    <message>
        <source>%1 was accepted by the provider earlier; waiting for it to show it.</source>
        <translation>%1&#xa0;: l’hébergeur a accepté cette action plus tôt&#xa0;; attente de la voir apparaître chez lui.</translation>
    </message>
    <message>
        <source>seen by reading the account</source>
        <translation>vue en lisant le compte</translation>
    </message>
    <message>
        <source>accepted, but the provider&apos;s reads showed nothing of it</source>
        <translation>acceptée, mais les lectures de l’hébergeur n’en ont rien montré</translation>
    </message>
    <message>
        <source>%1 was accepted by the provider, but reading the account again still shows nothing of it. Its outcome is unknown: ask the provider&apos;s support before deciding it again. Passerelle will not send it again by itself.</source>
        <translation>%1&#xa0;: l’hébergeur a accepté cette action, mais le compte relu n’en montre toujours rien. Son résultat est inconnu&#xa0;: demandez au support de l’hébergeur avant de la décider à nouveau. Passerelle ne la renverra pas de lui-même.</translation>
    </message>
    <message>
        <source>%1: the provider accepted it on %2 but never showed it started. Passerelle does not send it again, as it could then run twice: ask support what became of it.</source>
        <translation>%1&#xa0;: le fournisseur l’a acceptée le %2 mais ne l’a jamais montrée commencée. Passerelle ne l’envoie pas de nouveau, car elle pourrait alors s’exécuter deux fois&#xa0;: demandez au support ce qu’elle est devenue.</translation>
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
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>%1 is read-only for this user</source>
        <translation>%1 est en lecture seule pour cet utilisateur</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>le système l’a refusé</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal: %2.</source>
        <translation>Impossible de créer le dossier %1 pour le journal&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 is read-only for this user: Passerelle cannot take or clear the journal&apos;s lock (left by pid %2). Make the folder writable, or use another journal.</source>
        <translation>Le dossier du journal %1 est en lecture seule pour cet utilisateur&#xa0;: Passerelle ne peut ni prendre ni lever le verrou du journal (laissé par le pid %2). Rendez le dossier accessible en écriture, ou utilisez un autre journal.</translation>
    </message>
</context>
<context>
    <name>passerelle::KeepAwake</name>
    <message>
        <source>A queue is set to start at %1.</source>
        <translation>Une file est programmée pour démarrer le %1.</translation>
    </message>
    <message>
        <source>%1: %2, until the provider says it ended.</source>
        <translation>%1&#xa0;: %2, jusqu’à ce que l’hébergeur annonce la fin.</translation>
    </message>
    <message>
        <source>A request is on its way to the provider.</source>
        <translation>Une demande est en route vers l’hébergeur.</translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) of the queue to start: each starts when the previous one ends.</source>
        <translation>
            <numerusform>Encore %n compte de la file à démarrer&#xa0;: chacun démarre quand le précédent est terminé.</numerusform>
            <numerusform>Encore %n comptes de la file à démarrer&#xa0;: chacun démarre quand le précédent est terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue&apos;s last account is about to move.</source>
        <translation>Le dernier compte de la file va être déplacé.</translation>
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
    <name>passerelle::MigrationSession</name>
    <message>
        <source>Migration %1 is not offered to this account.</source>
        <translation>La migration %1 n’est pas proposée à ce compte.</translation>
    </message>
    <message>
        <source>No migration is offered to this account.</source>
        <translation>Aucune migration n’est proposée à ce compte.</translation>
    </message>
    <message>
        <source>Several migrations are offered (%1): choose one.</source>
        <translation>Plusieurs migrations sont proposées (%1)&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <source>The migration is now at step %1: %2.</source>
        <translation>La migration en est maintenant à l’étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>Request sent to support.</source>
        <translation>Demande envoyée au support.</translation>
    </message>
    <message>
        <source>%1 is back on the old infrastructure: check it again after its next migration.</source>
        <translation>%1 est revenu sur l’ancienne infrastructure&#xa0;: vérifiez-le à nouveau après sa prochaine migration.</translation>
    </message>
    <message>
        <source>Transit server: %1 → %2.</source>
        <translation>Serveur de transit&#xa0;: %1 → %2.</translation>
    </message>
    <message>
        <source>Client server: %1 → %2.</source>
        <translation>Serveur client&#xa0;: %1 → %2.</translation>
    </message>
    <message>
        <source>%1: the database test failed: %2</source>
        <translation>%1&#xa0;: le test des bases de données a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
</context>
<context>
    <name>passerelle::QueueRunner</name>
    <message>
        <source>%1: not sent, its name at the provider is now &quot;%2&quot; (it was &quot;%1&quot; when the queue was set): it may no longer be the account you chose.</source>
        <translation>%1&#xa0;: non envoyé, son nom chez le fournisseur est désormais «&#xa0;%2&#xa0;» (il était «&#xa0;%1&#xa0;» quand la file a été réglée)&#xa0;: ce n’est peut-être plus le compte que vous avez choisi.</translation>
    </message>
    <message>
        <source>%1 left the provider&apos;s list of accounts while it moved: its outcome is unknown, and the queue stops here. Ask the provider&apos;s support what became of it.</source>
        <translation>%1 a quitté la liste des comptes du fournisseur pendant son déplacement&#xa0;: son issue est inconnue, et la file s’arrête ici. Demandez au support du fournisseur ce qu’il est devenu.</translation>
    </message>
</context>
<context>
    <name>passerelle::RestAdminApi</name>
    <message>
        <source>A request was missing its idempotency key.</source>
        <translation>Il manquait sa clé d’idempotence à une requête.</translation>
    </message>
</context>
<context>
    <name>passerelle::SiteWatch</name>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Reference taken</source>
        <translation>Référence prise</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>%1: the sites&apos; reference could not be recorded in time; the migration goes on, and the check after it will have nothing to compare with.</source>
        <translation>%1&#xa0;: la référence des sites n’a pas pu être enregistrée à temps&#xa0;; la migration continue, et la vérification qui la suivra n’aura rien à quoi comparer.</translation>
    </message>
    <message>
        <source>%1: the sites could not be read, so they were not checked (%2).</source>
        <translation>%1&#xa0;: les sites n’ont pas pu être lus, ils n’ont donc pas été vérifiés (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: sites checked, %2 of %n address(es) broken.</source>
        <translation>
            <numerusform>%1&#xa0;: sites vérifiés, %2 sur %n adresse en panne.</numerusform>
            <numerusform>%1&#xa0;: sites vérifiés, %2 sur %n adresses en panne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sites checked, some answer differently than before (%n address(es)).</source>
        <translation>
            <numerusform>%1&#xa0;: sites vérifiés, certains ne répondent plus comme avant (%n adresse).</numerusform>
            <numerusform>%1&#xa0;: sites vérifiés, certains ne répondent plus comme avant (%n adresses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sites checked, the same as before (%n address(es)).</source>
        <translation>
            <numerusform>%1&#xa0;: sites vérifiés, identiques à avant (%n adresse).</numerusform>
            <numerusform>%1&#xa0;: sites vérifiés, identiques à avant (%n adresses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sites&apos; reference was recorded (%n address(es)).</source>
        <translation>
            <numerusform>%1&#xa0;: la référence des sites a été enregistrée (%n adresse).</numerusform>
            <numerusform>%1&#xa0;: la référence des sites a été enregistrée (%n adresses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::SqliteJournal</name>
    <message>
        <source>The journal %1 was written by a newer version of Passerelle (schema version %2; this version knows up to %3). Update Passerelle to continue this migration; the journal was left untouched.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de Passerelle (schéma version %2&#xa0;; cette version connaît jusqu’à la %3). Mettez Passerelle à jour pour poursuivre cette migration&#xa0;; le journal n’a pas été modifié.</translation>
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
    <message>
        <source>Cannot write down a site&apos;s reference answer</source>
        <translation>Impossible de noter la réponse de référence d’un site</translation>
    </message>
    <message>
        <source>Cannot read the sites&apos; reference answers</source>
        <translation>Impossible de lire les réponses de référence des sites</translation>
    </message>
    <message>
        <source>The journal was damaged and is kept as %1; no new journal was started yet, so Passerelle sent nothing.</source>
        <translation>Le journal était endommagé et il est conservé sous le nom %1&#xa0;; aucun nouveau journal n’a encore été commencé, donc Passerelle n’a rien envoyé.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2), so Passerelle did not use it and sent nothing. It could not be moved aside: move it elsewhere yourself to start a new journal.</source>
        <translation>Le journal %1 est endommagé (%2)&#xa0;: Passerelle ne l’a pas utilisé et n’a rien envoyé. Il n’a pas pu être mis de côté&#xa0;: déplacez-le vous-même pour commencer un nouveau journal.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2), so Passerelle did not use it and sent nothing. It is kept as %3.</source>
        <translation>Le journal %1 est endommagé (%2)&#xa0;: Passerelle ne l’a pas utilisé et n’a rien envoyé. Il est conservé sous le nom %3.</translation>
    </message>
    <message>
        <source>Cannot write down the scheduled queue</source>
        <translation>Impossible d’inscrire la file programmée</translation>
    </message>
    <message>
        <source>Cannot remove the scheduled queue</source>
        <translation>Impossible de retirer la file programmée</translation>
    </message>
    <message>
        <source>Cannot read the scheduled queue</source>
        <translation>Impossible de lire la file programmée</translation>
    </message>
    <message>
        <source>Cannot write down a reminder</source>
        <translation>Impossible d’inscrire un rappel</translation>
    </message>
    <message>
        <source>Cannot read the reminders already given</source>
        <translation>Impossible de lire les rappels déjà donnés</translation>
    </message>
    <message>
        <source>Cannot write down a site check</source>
        <translation>Impossible de noter une vérification de site</translation>
    </message>
    <message>
        <source>Cannot read the site checks</source>
        <translation>Impossible de lire les vérifications des sites</translation>
    </message>
    <message>
        <source>Cannot read the accepted actions from the journal</source>
        <translation>Impossible de lire dans le journal les actions acceptées</translation>
    </message>
    <message>
        <source>Cannot write down what the provider shows of an action</source>
        <translation>Impossible de noter ce que l’hébergeur montre d’une action</translation>
    </message>
    <message>
        <source>action %1 is unknown or was not accepted</source>
        <translation>l’action %1 est inconnue ou n’a pas été acceptée</translation>
    </message>
    <message>
        <source>Cannot read the actions of unknown outcome from the journal</source>
        <translation>Impossible de lire dans le journal les actions à l’issue inconnue</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::AccountTarget</name>
    <message>
        <source>&apos;%1&apos; is the name of one account (id %2) and the id of another (%3): name the account you mean by its other name or id.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’un compte (identifiant %2) et l’identifiant d’un autre (%3)&#xa0;: désignez le compte voulu par son autre nom ou identifiant.</translation>
    </message>
    <message>
        <source>No account &apos;%1&apos; in this migration.</source>
        <translation>Aucun compte «&#xa0;%1&#xa0;» dans cette migration.</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::CliLauncher</name>
    <message>
        <source>No API key saved for this address and account.</source>
        <translation>Aucune clé d’API enregistrée pour cette adresse et ce compte.</translation>
    </message>
    <message>
        <source>%1 Save the key with the wizard, or set PASSERELLE_API_KEY.</source>
        <translation>%1 Enregistrez la clé avec l’assistant, ou définissez PASSERELLE_API_KEY.</translation>
    </message>
    <message>
        <source>%1 To start a new journal from the provider&apos;s state, run the command again with --new-journal; the ticks and choices of the damaged one are not carried over.</source>
        <translation>%1 Pour commencer un nouveau journal à partir de l’état chez l’hébergeur, relancez la commande avec --new-journal&#xa0;; les coches et les choix du journal endommagé ne sont pas repris.</translation>
    </message>
    <message>
        <source>Waiting %1 s: every Passerelle program using this key shares the provider&apos;s request limits.</source>
        <translation>Attente de %1&#xa0;s&#xa0;: tous les programmes Passerelle qui utilisent cette clé partagent les limites de requêtes de l’hébergeur.</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::CliRunner</name>
    <message>
        <source>The migration could not be read.</source>
        <translation>La migration n’a pas pu être lue.</translation>
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
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Accepted by the provider; waiting for the operation to end...</source>
        <translation>Accepté par l’hébergeur&#xa0;; attente de la fin de l’opération…</translation>
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
        <translation>Impossible de lire l’état cette fois-ci (%1)&#xa0;; l’attente continue.</translation>
    </message>
    <message>
        <source>%1 was accepted by the provider and is on its way there, but its state cannot be read now (%2). Run &apos;passerelle-cli status&apos; later: it will show the outcome.</source>
        <translation>%1&#xa0;: l’hébergeur a accepté l’action, qui suit son cours chez lui, mais son état est illisible pour l’instant (%2). Lancez «&#xa0;passerelle-cli status&#xa0;» plus tard&#xa0;: il en montrera le résultat.</translation>
    </message>
    <message>
        <source>%1 is still running at the provider, long past its estimated end (%2). Passerelle stops waiting here; the operation goes on. Run &apos;passerelle-cli status&apos; later: it will show the outcome.</source>
        <translation>%1 est toujours en cours chez l’hébergeur, bien après sa fin estimée (%2). Passerelle cesse d’attendre ici&#xa0;; l’opération continue. Lancez «&#xa0;passerelle-cli status&#xa0;» plus tard&#xa0;: il en montrera l’issue.</translation>
    </message>
    <message>
        <source>%1 (decided %2) was accepted by the provider, but no read has shown it yet. Run &apos;%3&apos; to follow it: it waits for the provider to show it and sends nothing new.</source>
        <translation>%1 (action décidée le %2)&#xa0;: l’hébergeur l’a acceptée, mais aucune lecture ne l’a encore montrée. Lancez «&#xa0;%3&#xa0;» pour la suivre&#xa0;: la commande attend que l’hébergeur la montre et n’envoie rien de nouveau.</translation>
    </message>
    <message>
        <source>%1 (decided %2) was interrupted before the provider answered; it may not have reached it. Nothing was sent now. Run &apos;%3&apos; to settle it: it is sent again with its original request key only if it did not start.</source>
        <translation>%1 (action décidée le %2)&#xa0;: interrompue avant la réponse de l’hébergeur, elle ne lui est peut-être pas parvenue. Rien n’a été envoyé cette fois. Lancez «&#xa0;%3&#xa0;» pour la régler&#xa0;: elle est renvoyée avec sa clé de requête d’origine seulement si elle n’a pas commencé.</translation>
    </message>
    <message>
        <source>%1 was decided earlier and reached the provider; following it instead of sending it again...</source>
        <translation>%1&#xa0;: action décidée plus tôt et reçue par l’hébergeur&#xa0;; suivi de l’opération au lieu de la renvoyer…</translation>
    </message>
    <message>
        <source>An action interrupted earlier for %1 is being sent again with its original request key; waiting for the provider&apos;s answer...</source>
        <translation>Une action interrompue plus tôt pour %1 est renvoyée avec sa clé de requête d’origine&#xa0;; attente de la réponse de l’hébergeur…</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::QueueCommand</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
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
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation>Pas permis maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan: %1, one after another.</source>
        <translation>Plan&#xa0;: %1, l’un après l’autre.</translation>
    </message>
    <message>
        <source>  %1: about %2, from about %3</source>
        <translation>  %1&#xa0;: environ %2, à partir d’environ %3</translation>
    </message>
    <message>
        <source>Downtime window: %1 to about %2 (%3 in all, estimates).</source>
        <translation>Fenêtre d’indisponibilité&#xa0;: du %1 à environ %2 (%3 au total, estimations).</translation>
    </message>
    <message>
        <source>Confirmation needed: run this on a terminal, or pass --yes.</source>
        <translation>Confirmation nécessaire&#xa0;: lancez ceci dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>Go ahead with this plan?</source>
        <translation>Lancer ce plan&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Waiting until %1 (%2 from now). Nothing is sent before then; Ctrl-C stops without sending anything.</source>
        <translation>Attente jusqu’au %1 (dans %2). Rien n’est envoyé avant&#xa0;; Ctrl-C arrête sans rien envoyer.</translation>
    </message>
    <message>
        <source>Starting now.</source>
        <translation>Démarrage maintenant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The start time %1 passed long ago while waiting (the computer slept or its clock jumped; it is now %2): nothing was sent. Run the command again to start now or at a new time.</source>
        <translation>L’heure de départ %1 est passée depuis longtemps pendant l’attente (l’ordinateur était en veille ou son horloge a sauté&#xa0;; il est maintenant %2)&#xa0;: rien n’a été envoyé. Relancez la commande pour commencer tout de suite ou à une nouvelle heure.</translation>
    </message>
    <message>
        <source>--at: %1 Nothing was sent.</source>
        <translation>--at&#xa0;: %1 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>At %1 the journal could not be taken again: %2 Nothing was sent. Run the command again once the other Passerelle has finished.</source>
        <translation>À %1, le journal n’a pas pu être repris&#xa0;: %2 Rien n’a été envoyé. Relancez la commande une fois que l’autre Passerelle a fini.</translation>
    </message>
    <message>
        <source>Meanwhile the journal is free: other Passerelle commands (status, plan...) may use it.</source>
        <translation>En attendant, le journal est libre&#xa0;: les autres commandes de Passerelle (status, plan…) peuvent s’en servir.</translation>
    </message>
    <message>
        <source>The journal stays held while this command waits (a request is still on its way): other Passerelle commands are refused until the queue starts.</source>
        <translation>Le journal reste réservé pendant que cette commande attend (une demande est encore en route)&#xa0;: les autres commandes Passerelle sont refusées jusqu’au démarrage de la file.</translation>
    </message>
    <message>
        <source>%1: not started (no longer in this migration&apos;s list)</source>
        <translation>%1&#xa0;: non démarré (n’est plus dans la liste de cette migration)</translation>
    </message>
</context>
<context>
    <name>passerelle::cli::SiteCheckCommand</name>
    <message>
        <source>The reference could not be kept: %1</source>
        <translation>La référence n’a pas pu être conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The migration could not be read.</source>
        <translation>La migration n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>An action interrupted earlier is being sent again with its original request key; waiting for the provider&apos;s answer...</source>
        <translation>Une action interrompue plus tôt est renvoyée avec sa clé de requête d’origine&#xa0;; attente de la réponse de l’hébergeur…</translation>
    </message>
</context>
<context>
    <name>passerelle::simhttp::SimHttpServer</name>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Simulated server trouble: try again later.</source>
        <translation>Panne simulée du serveur&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Request was throttled.</source>
        <translation>La requête a été ralentie (limite de débit).</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AboutBox</name>
    <message>
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>Passerelle %1</source>
        <translation>Passerelle %1</translation>
    </message>
    <message>
        <source>A guided, safe, resumable wizard for your provider&apos;s private cloud migration.</source>
        <translation>Un assistant guidé, sûr et reprenable pour la migration vers le Cloud Privé de votre hébergeur.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>The provider&apos;s help on the migration</source>
        <translation>L’aide de l’hébergeur sur la migration</translation>
    </message>
    <message>
        <source>The provider&apos;s support page</source>
        <translation>La page du support de l’hébergeur</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AccountsPanel</name>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AccountsTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1&#xa0;: disponible</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Estimated downtime: %1</source>
        <translation>Coupure estimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No action available now</source>
        <translation>Aucune action possible maintenant</translation>
    </message>
    <message>
        <source>Available actions: %1</source>
        <translation>Actions possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Estimated downtime</source>
        <translation>Coupure estimée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>An estimate (one minute per GiB of databases), never a promise.</source>
        <translation>Une estimation (une minute par Gio de bases de données), jamais une promesse.</translation>
    </message>
    <message>
        <source>%1. Click for the details of each address.</source>
        <translation>%1. Cliquez pour le détail de chaque adresse.</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AccountsView</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Select an account and press Enter to choose an action: %1 test, %2 migrate, %3 rollback, %4 move back.</source>
        <translation>Sélectionnez un compte et appuyez sur Entrée pour choisir une action&#xa0;: %1 tester, %2 migrer, %3 retour en arrière, %4 redéplacer.</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <source>Site checks…</source>
        <translation>Vérification des sites…</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ActionButtonsDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ActivityDialog</name>
    <message>
        <source>Export report (&amp;HTML)…</source>
        <translation>Exporter le rapport (&amp;HTML)…</translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)…</source>
        <translation>Exporter le rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export accounts (&amp;CSV)…</source>
        <translation>Exporter les comptes (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Filter: account, text, time…</source>
        <translation>Filtrer&#xa0;: compte, texte, heure…</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>Filtrer le journal d’activité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline, downtime, cost and dates, as a web page. E-mail addresses are masked.</source>
        <translation>Chronologie, coupures, coût et dates, sous forme de page web. Les adresses e-mail sont masquées.</translation>
    </message>
    <message>
        <source>The same report as a PDF document. E-mail addresses are masked.</source>
        <translation>Le même rapport en document PDF. Les adresses e-mail sont masquées.</translation>
    </message>
    <message>
        <source>One line per account, for a spreadsheet.</source>
        <translation>Une ligne par compte, pour un tableur.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the accounts as CSV</source>
        <translation>Exporter les comptes en CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF en cours d’écriture…</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Écriture du rapport dans %1…</translation>
    </message>
    <message>
        <source>A PDF of the report is being written: wait until it is saved.</source>
        <translation>Un PDF du rapport est en cours d’écriture&#xa0;: attendez qu’il soit enregistré.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ActivityTableModel</name>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::Autopilot</name>
    <message>
        <source>stopped at step %1: %2</source>
        <translation>arrêt à l’étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped before the migration was found</source>
        <translation>arrêt avant d’avoir trouvé la migration</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AwayBar</name>
    <message>
        <source>Des&amp;ktop notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Mise en veille</translation>
    </message>
    <message>
        <source>Tells you when an operation or a queue ends, when a support step is done, a day before a free period ends, and when Passerelle needs you.</source>
        <translation>Vous prévient quand une opération ou une file se termine, quand une étape du support est faite, la veille de la fin d’une période gratuite, et quand Passerelle a besoin de vous.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AwayServices</name>
    <message>
        <source>This computer may go to sleep: the desktop did not answer Passerelle&apos;s request to keep it awake. Keep it from sleeping yourself while work is pending. %1</source>
        <translation>Cet ordinateur peut se mettre en veille&#xa0;: le bureau n’a pas répondu à la demande de Passerelle de le garder éveillé. Empêchez vous-même la mise en veille tant qu’un travail est en cours. %1</translation>
    </message>
    <message>
        <source>Passerelle keeps this computer awake. %1</source>
        <translation>Passerelle garde cet ordinateur éveillé. %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CalendarButton</name>
    <message>
        <source>Add to ca&amp;lendar…</source>
        <translation>Ajouter à l’a&amp;genda…</translation>
    </message>
    <message>
        <source>Saves the planned downtimes and the deadlines as an iCalendar file (.ics).</source>
        <translation>Enregistre les coupures prévues et les échéances dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Add the plan to a calendar</source>
        <translation>Ajouter le plan à un agenda</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Plan saved to %1: open it with your calendar to add it.</source>
        <translation>Plan enregistré dans %1&#xa0;: ouvrez-le avec votre agenda pour l’ajouter.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ConfirmationDialog</name>
    <message>
        <source>I &amp;understand</source>
        <translation>Je &amp;comprends</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ConnectionPage</name>
    <message>
        <source>The provider could not be reached (%1). Check your connection and the API URL, then try again.</source>
        <translation>Impossible de joindre l’hébergeur (%1). Vérifiez votre connexion et l’URL de l’API, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to the provider failed (%1). Nothing was sent.</source>
        <translation>La connexion sécurisée à l’hébergeur a échoué (%1). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Try it offline (dry-run)</source>
        <translation>&amp;Essayer hors ligne (essai à blanc)</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>&amp;Retenir la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Forget my key</source>
        <translation>&amp;Oublier ma clé</translation>
    </message>
    <message>
        <source>Connect to your provider</source>
        <translation>Connexion à votre hébergeur</translation>
    </message>
    <message>
        <source>Passerelle reads your migration with your API key and does only what you ask.</source>
        <translation>Passerelle lit votre migration avec votre clé d’API et ne fait que ce que vous demandez.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Your API key</source>
        <translation>Votre clé d’API</translation>
    </message>
    <message>
        <source>Account name or customer e-mail</source>
        <translation>Nom du compte ou e-mail du client</translation>
    </message>
    <message>
        <source>account name or customer e-mail</source>
        <translation>nom du compte ou e-mail du client</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try it offline (dry-run)</source>
        <translation>Essayer hors ligne (essai à blanc)</translation>
    </message>
    <message>
        <source>A simulated migration on this computer: nothing reaches your provider.</source>
        <translation>Une migration simulée sur cet ordinateur&#xa0;: rien n’atteint votre hébergeur.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account or e-mail:</source>
        <translation>Co&amp;mpte ou e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced: change the API URL</source>
        <translation>Avancé&#xa0;: changer l’URL de l’API</translation>
    </message>
    <message>
        <source>Starting the offline simulation…</source>
        <translation>Démarrage de la simulation hors ligne…</translation>
    </message>
    <message>
        <source>Looking for your migration…</source>
        <translation>Recherche de votre migration…</translation>
    </message>
    <message>
        <source>Start a new &amp;journal</source>
        <translation>Commencer un nouveau &amp;journal</translation>
    </message>
    <message>
        <source>Reads the migration again from the provider; the ticks and choices of the damaged journal are not carried over.</source>
        <translation>Relit la migration chez l’hébergeur&#xa0;; les coches et les choix du journal endommagé ne sont pas repris.</translation>
    </message>
    <message>
        <source>Use anot&amp;her account</source>
        <translation>U&amp;tiliser un autre compte</translation>
    </message>
    <message>
        <source>Empties the fields for another API address, account or key. The saved key stays in the keychain until you forget it.</source>
        <translation>Vide les champs pour une autre adresse d’API, un autre compte ou une autre clé. La clé enregistrée reste dans le trousseau jusqu’à ce que vous l’oubliiez.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CountdownPanel</name>
    <message>
        <source>Rollback</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Transit server free period</source>
        <translation>Période gratuite du serveur de transit</translation>
    </message>
    <message>
        <source>Finalization week</source>
        <translation>Semaine de finalisation</translation>
    </message>
    <message>
        <source>Migration deadline</source>
        <translation>Date limite de la migration</translation>
    </message>
    <message>
        <source>Countdowns</source>
        <translation>Comptes à rebours</translation>
    </message>
    <message>
        <source>Cost projection</source>
        <translation>Projection des coûts</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::FinalizationPage</name>
    <message>
        <source>&amp;Support moves the accounts back, during working hours and days</source>
        <translation>Le support redéplace les comptes, aux &amp;heures et jours ouvrés</translation>
    </message>
    <message>
        <source>I move &amp;them back myself: one week at no extra cost</source>
        <translation>Je les &amp;redéplace moi-même&#xa0;: une semaine sans frais supplémentaires</translation>
    </message>
    <message>
        <source>Who moves the accounts back?</source>
        <translation>Qui redéplace les comptes&#xa0;?</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::FreedesktopNotifier</name>
    <message>
        <source>Show in Passerelle</source>
        <translation>Afficher dans Passerelle</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KeyKeeper</name>
    <message>
        <source>Your API key was read from the system keychain.</source>
        <translation>Votre clé d’API a été lue dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain answered: a key you type is used for this run only, never written.</source>
        <translation>Aucun trousseau du système n’a répondu&#xa0;: une clé saisie sert pour cette session seulement, sans jamais être enregistrée.</translation>
    </message>
    <message>
        <source>Your API key could not be saved in the system keychain (%1). It is used for this run only; you will type it again next time.</source>
        <translation>Votre clé d’API n’a pas pu être enregistrée dans le trousseau du système (%1). Elle sert pour cette session seulement&#xa0;; vous la saisirez de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Your API key is saved in the system keychain.</source>
        <translation>Votre clé d’API est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>La clé n’a pas pu être retirée du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your API key is no longer in the system keychain.</source>
        <translation>Votre clé d’API n’est plus dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>To continue:</source>
        <translation>Pour continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MigrationOverPage</name>
    <message>
        <source>Summary of the migration</source>
        <translation>Résumé de la migration</translation>
    </message>
    <message>
        <source>Accounts migrated: %1.</source>
        <translation>Comptes migrés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Downtime, estimated: %1 in total (each account moved twice).</source>
        <translation>Coupure estimée&#xa0;: %1 au total (chaque compte déplacé deux fois).</translation>
    </message>
    <message>
        <source>Downtime, observed by Passerelle: %1 over %2 moves.</source>
        <translation>Coupure observée par Passerelle&#xa0;: %1 sur %2 déplacements.</translation>
    </message>
    <message>
        <source>Downtime, observed: no move was watched from start to end by Passerelle.</source>
        <translation>Coupure observée&#xa0;: aucun déplacement n’a été suivi du début à la fin par Passerelle.</translation>
    </message>
    <message>
        <source>Transit server cost beyond the free period: %1.</source>
        <translation>Coût du serveur de transit au-delà de la période gratuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Transit server ready: %1. Reinstall started: %2. Reinstalled: %3.</source>
        <translation>Serveur de transit prêt&#xa0;: %1. Réinstallation commencée&#xa0;: %2. Réinstallé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>E&amp;xport the report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Downtime per move, estimated</source>
        <translation>Coupure par déplacement, estimée</translation>
    </message>
    <message>
        <source>To the transit server, observed</source>
        <translation>Vers le serveur de transit, observée</translation>
    </message>
    <message>
        <source>Back, observed</source>
        <translation>Retour, observée</translation>
    </message>
    <message>
        <source>Downtime per account</source>
        <translation>Coupure par compte</translation>
    </message>
    <message>
        <source>The report (HTML, PDF) with every account, move and step of the migration.</source>
        <translation>Le rapport (HTML, PDF) avec chaque compte, chaque déplacement et chaque étape de la migration.</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>non observée</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF en cours d’écriture…</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OperationProgress</name>
    <message>
        <source>Progress of the running operation</source>
        <translation>Avancement de l’opération en cours</translation>
    </message>
    <message>
        <source>%1: %2, about %3 left (estimate).</source>
        <translation>%1&#xa0;: %2, encore environ %3 (estimation).</translation>
    </message>
    <message>
        <source>%1: %2, finishing (longer than estimated).</source>
        <translation>%1&#xa0;: %2, en cours de fin (plus long que prévu).</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::PasserelleWizard</name>
    <message>
        <source>Passerelle — private cloud migration</source>
        <translation>Passerelle — migration du Cloud Privé</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Su&amp;pport mode</source>
        <translation>Mo&amp;de support</translation>
    </message>
    <message>
        <source>For screen sharing with support: e-mail addresses masked, larger text.</source>
        <translation>Pour le partage d’écran avec le support&#xa0;: adresses e-mail masquées, texte plus grand.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic summary</source>
        <translation>Cop&amp;ier le résumé de diagnostic</translation>
    </message>
    <message>
        <source>Copies a summary for your support ticket, without key or e-mail addresses.</source>
        <translation>Copie un résumé pour votre ticket au support, sans clé ni adresses e-mail.</translation>
    </message>
    <message>
        <source>Activit&amp;y…</source>
        <translation>Activit&amp;é…</translation>
    </message>
    <message>
        <source>Every action, answer and state change with its time; export the report.</source>
        <translation>Chaque action, réponse et changement d’état avec son heure&#xa0;; exporter le rapport.</translation>
    </message>
    <message>
        <source>Ab&amp;out…</source>
        <translation>&amp;À propos…</translation>
    </message>
    <message>
        <source>Version, licence, and the provider&apos;s help and support pages.</source>
        <translation>Version, licence, et les pages d’aide et de support de l’hébergeur.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>REHEARSAL (dry-run) — Passerelle — private cloud migration</source>
        <translation>RÉPÉTITION (essai à blanc) — Passerelle — migration du Cloud Privé</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::PrepareAccountsPage</name>
    <message>
        <source>Every account is &amp;ready: I followed the migration documentation and fixed what the database tests found.</source>
        <translation>&amp;Chaque compte est prêt&#xa0;: j’ai suivi la documentation de migration et corrigé ce que les tests de bases de données ont trouvé.</translation>
    </message>
    <message>
        <source>Run a database test on each account (Test), on the provider&apos;s test servers. You can fix problems and test again as often as you like.</source>
        <translation>Lancez un test des bases de données sur chaque compte (Tester), sur les serveurs de test de l’hébergeur. Vous pouvez corriger les problèmes et tester de nouveau aussi souvent que vous le souhaitez.</translation>
    </message>
    <message>
        <source>Record the &amp;sites&apos; reference</source>
        <translation>Enregistrer la &amp;référence des sites</translation>
    </message>
    <message>
        <source>Check every address of every account now and keep the answers as the reference that the checks after each move are compared with.</source>
        <translation>Vérifier maintenant chaque adresse de chaque compte et garder les réponses comme référence, à laquelle les vérifications après chaque déplacement seront comparées.</translation>
    </message>
    <message>
        <source>Migration deadline</source>
        <translation>Date limite de la migration</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::QueueControls</name>
    <message>
        <source>Migrate &amp;selected, one after another</source>
        <translation>Migrer la sé&amp;lection à la suite</translation>
    </message>
    <message>
        <source>Mo&amp;ve selected back, one after another</source>
        <translation>Redéplacer la sé&amp;lection à la suite</translation>
    </message>
    <message>
        <source>Start &amp;at…</source>
        <translation>Dém&amp;arrer à…</translation>
    </message>
    <message>
        <source>Migrate the selected accounts one after another from a time you choose, for example at night.</source>
        <translation>Migrer les comptes sélectionnés l’un après l’autre à partir de l’heure choisie, par exemple la nuit.</translation>
    </message>
    <message>
        <source>Move the selected accounts back one after another from a time you choose, for example at night.</source>
        <translation>Redéplacer les comptes sélectionnés l’un après l’autre à partir de l’heure choisie, par exemple la nuit.</translation>
    </message>
    <message>
        <source>The account moving now finishes; the others do not start.</source>
        <translation>Le compte en cours de déplacement termine&#xa0;; les autres ne démarrent pas.</translation>
    </message>
    <message>
        <source>Cancel the sc&amp;heduled start</source>
        <translation>Ann&amp;uler le démarrage programmé</translation>
    </message>
    <message>
        <source>Stop the q&amp;ueue</source>
        <translation>Arrê&amp;ter la file</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RequestTransitPage</name>
    <message>
        <source>Migration deadline</source>
        <translation>Date limite de la migration</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RollbackSuggestions</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Site checks of %1</source>
        <translation>Vérification des sites de %1</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>Retour en arrière de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n site address(es) broken since the migration. Rollback is still open: you can put the account back on the old infrastructure while the cause is found.</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n adresse de site en panne depuis la migration. Le retour en arrière est encore possible&#xa0;: vous pouvez remettre le compte sur l’ancienne infrastructure le temps d’en trouver la cause.</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n adresses de site en panne depuis la migration. Le retour en arrière est encore possible&#xa0;: vous pouvez remettre le compte sur l’ancienne infrastructure le temps d’en trouver la cause.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ServerDiagram</name>
    <message>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>Server diagram</source>
        <translation>Schéma des serveurs</translation>
    </message>
    <message>
        <source>CLIENT SERVER</source>
        <translation>SERVEUR CLIENT</translation>
    </message>
    <message>
        <source>TRANSIT SERVER</source>
        <translation>SERVEUR DE TRANSIT</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>old version</source>
        <translation>ancienne version</translation>
    </message>
    <message>
        <source>does not exist yet</source>
        <translation>n’existe pas encore</translation>
    </message>
    <message>
        <source>OLD VERSION</source>
        <translation>ANCIENNE VERSION</translation>
    </message>
    <message>
        <source>NEW VERSION</source>
        <translation>NOUVELLE VERSION</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SitesDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Sites of %1</source>
        <translation>Sites de %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Expiration du certificat</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Each address, before and after</source>
        <translation>Chaque adresse, avant et après</translation>
    </message>
    <message>
        <source>Check every address of this account now and compare with the reference.</source>
        <translation>Vérifier maintenant chaque adresse de ce compte et la comparer à la référence.</translation>
    </message>
    <message>
        <source>No reference could be recorded before the migration: there is nothing to compare the answers with.</source>
        <translation>Aucune référence n’a pu être enregistrée avant la migration&#xa0;: il n’y a rien à quoi comparer les réponses.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Dernière vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n address(es) broken.</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n adresse en panne.</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n adresses en panne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n address(es)).</source>
        <translation>
            <numerusform>%1 (%n adresse).</numerusform>
            <numerusform>%1 (%n adresses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StartTimeDialog</name>
    <message>
        <source>Start the queue later</source>
        <translation>Démarrer la file plus tard</translation>
    </message>
    <message>
        <source>When should the first account start (your local time)? Passerelle must stay open until then; it keeps the computer awake.</source>
        <translation>Quand le premier compte doit-il démarrer (votre heure locale)&#xa0;? Passerelle doit rester ouvert jusque-là&#xa0;; il garde l’ordinateur éveillé.</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Démarrer à</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StepPage</name>
    <message>
        <source>Step %1 of 8 — %2</source>
        <translation>Étape %1 sur 8 — %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>%1 Passerelle keeps trying; what you see is the last state read.</source>
        <translation>%1 Passerelle continue d’essayer&#xa0;; vous voyez le dernier état lu.</translation>
    </message>
    <message>
        <source>Last read from the provider: %1.</source>
        <translation>Dernière lecture auprès de l’hébergeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is on its way at the provider, but its state cannot be read now (%3). Nothing is needed from you: Passerelle keeps trying, and picks the outcome up even after a restart.</source>
        <translation>%1 (%2) suit son cours chez l’hébergeur, mais son état est illisible pour l’instant (%3). Vous n’avez rien à faire&#xa0;: Passerelle continue d’essayer et retrouvera le résultat, même après un redémarrage.</translation>
    </message>
    <message>
        <source>REHEARSAL (dry-run): a simulated migration on this computer. Nothing here reaches your provider.</source>
        <translation>RÉPÉTITION (essai à blanc)&#xa0;: une migration simulée sur cet ordinateur. Rien ici ne parvient à votre hébergeur.</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SupportProgressPage</name>
    <message>
        <source>Support received your request and will prepare a transit server like yours.</source>
        <translation>Le support a reçu votre demande et va préparer un serveur de transit semblable au vôtre.</translation>
    </message>
    <message>
        <source>Support is waiting for a free server that matches yours. This can take a while.</source>
        <translation>Le support attend un serveur disponible qui corresponde au vôtre. Cela peut prendre du temps.</translation>
    </message>
    <message>
        <source>The transit server is ready.</source>
        <translation>Le serveur de transit est prêt.</translation>
    </message>
    <message>
        <source>Support received your request and will reinstall your server. Your sites keep running on the transit server.</source>
        <translation>Le support a reçu votre demande et va réinstaller votre serveur. Vos sites continuent de tourner sur le serveur de transit.</translation>
    </message>
    <message>
        <source>Support is reinstalling your server on the new infrastructure and pre-copying files and mail. This takes hours; your sites keep running.</source>
        <translation>Le support réinstalle votre serveur sur la nouvelle infrastructure et précopie fichiers et courriels. Cela prend des heures&#xa0;; vos sites continuent de tourner.</translation>
    </message>
    <message>
        <source>Your server is reinstalled.</source>
        <translation>Votre serveur est réinstallé.</translation>
    </message>
    <message>
        <source>What support is doing</source>
        <translation>Ce que fait le support</translation>
    </message>
    <message>
        <source>Files and mail pre-copied</source>
        <translation>Fichiers et courriels précopiés</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Passerelle checks regularly by itself; this asks the provider right away (F5 or Ctrl+R on every step).</source>
        <translation>Passerelle vérifie régulièrement d’elle-même&#xa0;; ce bouton interroge l’hébergeur tout de suite (F5 ou Ctrl+R à chaque étape).</translation>
    </message>
    <message>
        <source>What the reinstall means for your sites</source>
        <translation>Ce que la réinstallation implique pour vos sites</translation>
    </message>
    <message>
        <source>Reinstall progress</source>
        <translation>Avancement de la réinstallation</translation>
    </message>
    <message>
        <source>Support is installing the transit server and pre-copying your files and mail (%1 done). This takes hours.</source>
        <translation>Le support installe le serveur de transit et précopie vos fichiers et courriels (%1 effectués). Cela prend des heures.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SupportRequestBox</name>
    <message>
        <source>Send the re&amp;quest to support</source>
        <translation>&amp;Envoyer la demande au support</translation>
    </message>
    <message>
        <source>I &amp;have sent it</source>
        <translation>Je l’ai envo&amp;yée</translation>
    </message>
    <message>
        <source>&amp;Message to support (prepared by Passerelle, you may edit it):</source>
        <translation>&amp;Message au support (préparé par Passerelle, vous pouvez le modifier)&#xa0;:</translation>
    </message>
    <message>
        <source>Message to support</source>
        <translation>Message au support</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <source>Open the support pa&amp;ge</source>
        <translation>&amp;Ouvrir la page du support</translation>
    </message>
    <message>
        <source>Your provider does not take this request through the API. Copy the message, send it from the support page, then confirm here.</source>
        <translation>Votre hébergeur ne prend pas cette demande par l’API. Copiez le message, envoyez-le depuis la page du support, puis confirmez ici.</translation>
    </message>
    <message>
        <source>No browser could open %1: open it yourself.</source>
        <translation>Aucun navigateur n’a pu ouvrir %1&#xa0;: ouvrez-la vous-même.</translation>
    </message>
    <message>
        <source>Request sent. Passerelle keeps checking its progress.</source>
        <translation>Demande envoyée. Passerelle continue de suivre son avancement.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::TrayNotifier</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::VerifyPage</name>
    <message>
        <source>Accounts you checked</source>
        <translation>Comptes que vous avez vérifiés</translation>
    </message>
    <message>
        <source>&amp;I checked these accounts (sites, mail, databases):</source>
        <translation>J’ai &amp;vérifié ces comptes (sites, courriels, bases de données)&#xa0;:</translation>
    </message>
    <message>
        <source>Ask support to reinstall your server</source>
        <translation>Demander au support de réinstaller votre serveur</translation>
    </message>
    <message>
        <source>You checked the accounts below. Once the reinstall starts, rollback is no longer possible: your accounts stay on the new infrastructure.</source>
        <translation>Vous avez vérifié les comptes ci-dessous. Une fois la réinstallation commencée, le retour en arrière n’est plus possible&#xa0;: vos comptes restent sur la nouvelle infrastructure.</translation>
    </message>
    <message>
        <source>Ask for the reinstall</source>
        <translation>Demander la réinstallation</translation>
    </message>
    <message>
        <source>Check all &amp;sites again</source>
        <translation>Vérifier à no&amp;uveau tous les sites</translation>
    </message>
    <message>
        <source>Check every address of every account now and compare with the reference.</source>
        <translation>Vérifier maintenant chaque adresse de chaque compte et la comparer à la référence.</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sites&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Tick the accounts whose sites are the same (%1)</source>
        <translation>Coc&amp;her les comptes dont les sites sont identiques (%1)</translation>
    </message>
    <message>
        <source>Tick %1 as checked despite its problems?</source>
        <translation>Cocher %1 comme vérifié malgré ses problèmes&#xa0;?</translation>
    </message>
    <message>
        <source>Tick it as checked</source>
        <translation>Le cocher comme vérifié</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
