<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgeBand</name>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 à 29 ans</translation>
    </message>
    <message>
        <source>30 to 59</source>
        <translation>30 à 59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Only a database file on this computer can be restored.</source>
        <translation>Seule une base enregistrée dans un fichier de cet ordinateur peut être restaurée.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored. The database as it was before is kept in «{path}».</source>
        <translation>Sauvegarde restaurée. La base telle qu’elle était avant est conservée dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>pbdesk keeps backups of the database: restore the latest one (or an older one) to carry on. The damaged file is kept in the backups folder.</source>
        <translation>pbdesk garde des sauvegardes de la base&#xa0;: restaurez la plus récente (ou une plus ancienne) pour continuer. Le fichier endommagé est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The application is already «{status}».</source>
        <translation>Le dépôt est déjà « {status} ».</translation>
    </message>
    <message>
        <source>An application «{before}» cannot become «{after}».</source>
        <translation>Un dépôt « {before} » ne peut pas devenir « {after} ».</translation>
    </message>
    <message>
        <source>Say why the application is «{status}».</source>
        <translation>Indiquez le motif : le dépôt est « {status} ».</translation>
    </message>
    <message>
        <source>Give the project a title.</source>
        <translation>Donnez un titre au projet.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Le titre est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>The amount requested is above the call&apos;s ceiling per project.</source>
        <translation>Le montant demandé dépasse le plafond par projet fixé par l’appel.</translation>
    </message>
    <message>
        <source>Budget line {number}: {problem}</source>
        <translation>Ligne de budget {number} : {problem}</translation>
    </message>
    <message>
        <source>Budget line {number}: give it a label.</source>
        <translation>Ligne de budget {number} : donnez-lui un intitulé.</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>Ce dépôt n’existe plus.</translation>
    </message>
    <message>
        <source>The territory is not one of this campaign&apos;s.</source>
        <translation>Ce territoire n’appartient pas à cette campagne.</translation>
    </message>
    <message>
        <source>This holder no longer exists.</source>
        <translation>Ce porteur n’existe plus.</translation>
    </message>
    <message>
        <source>A stake chosen is not one of this campaign&apos;s.</source>
        <translation>Un des enjeux choisis n’appartient pas à cette campagne.</translation>
    </message>
    <message>
        <source>Someone else changed this application in the meantime; reload it and enter your changes again.</source>
        <translation>Quelqu’un d’autre a modifié ce dépôt entre-temps ; rechargez-le et saisissez à nouveau vos modifications.</translation>
    </message>
    <message>
        <source>Application {number}: {problem}</source>
        <translation>Dépôt {number} : {problem}</translation>
    </message>
    <message>
        <source>«{name}» is too large to attach ({size} MB; 50 MB at most).</source>
        <translation>« {name} » est trop volumineux pour être joint ({size} Mo ; 50 Mo au plus).</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>Cette pièce jointe n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>— no territory —</source>
        <translation>— aucun territoire —</translation>
    </message>
    <message>
        <source>at most {amount} per project</source>
        <translation>au plus {amount} par projet</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouveau dépôt</translation>
    </message>
    <message>
        <source>Application {number}</source>
        <translation>Dépôt n°&#xa0;{number}</translation>
    </message>
    <message>
        <source>— no holder —</source>
        <translation>— aucun porteur —</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The application was saved, but:</source>
        <translation>Le dépôt est enregistré, mais&#xa0;:</translation>
    </message>
    <message>
        <source>Total: {total} (amount requested: {requested})</source>
        <translation>Total&#xa0;: {total} (montant demandé&#xa0;: {requested})</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>«{name}» is too large to attach (50 MB at most).</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être joint (50 Mo au plus).</translation>
    </message>
    <message>
        <source>No program on this computer could open «{name}».</source>
        <translation>Aucun programme de cet ordinateur n&apos;a pu ouvrir «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>«{name}» could not be written: {problem}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être écrit&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>«{name}» could not be read: {problem}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;older:</source>
        <translation>P&amp;orteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New holder…</source>
        <translation>&amp;Nouveau porteur…</translation>
    </message>
    <message>
        <source>Record a holder who is not in the list yet, and choose it</source>
        <translation>Enregistrer un porteur qui n&apos;est pas encore dans la liste, et le choisir</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>T&amp;erritoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stakes:</source>
        <translation>Enje&amp;ux&#xa0;:</translation>
    </message>
    <message>
        <source>Tick the stakes this project answers (Space ticks the current one)</source>
        <translation>Cochez les enjeux auxquels répond ce projet (Espace coche l&apos;enjeu courant)</translation>
    </message>
    <message>
        <source>Re&amp;quested amount:</source>
        <translation>&amp;Montant demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Rece&amp;ived on:</source>
        <translation>&amp;Date de réception&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>A few lines that present the project on the ballot and the posters</source>
        <translation>Quelques lignes qui présentent le projet sur le bulletin et les affiches</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>The project in full, as the holder describes it</source>
        <translation>Le projet en entier, tel que le porteur le décrit</translation>
    </message>
    <message>
        <source>Target publi&amp;c:</source>
        <translation>Public &amp;visé&#xa0;:</translation>
    </message>
    <message>
        <source>Who the project is for: families, young people, elderly residents…</source>
        <translation>À qui s&apos;adresse le projet&#xa0;: familles, jeunes, habitants âgés…</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>One line per expense: what it is, its amount and who else pays for it, if anyone. Type in a cell to change it; Insert adds a line and Delete removes the current one.</source>
        <translation>Une ligne par dépense&#xa0;: ce qu&apos;elle est, son montant et qui d&apos;autre la finance, le cas échéant. Tapez dans une cellule pour la modifier&#xa0;; Inser ajoute une ligne et Suppr retire la ligne courante.</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a budget line (Insert)</source>
        <translation>Ajouter une ligne de budget (Inser)</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the current budget line (Delete)</source>
        <translation>Retirer la ligne de budget courante (Suppr)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Files are kept inside the workspace (50 MB at most each), so the campaign travels as one file. Files added or removed here are stored when you press OK.</source>
        <translation>Les fichiers sont conservés dans l&apos;espace de travail (50 Mo au plus chacun)&#xa0;: la campagne se transmet en un seul fichier. Les fichiers ajoutés ou retirés ici sont enregistrés quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose files to attach (Insert)</source>
        <translation>Choisir des fichiers à joindre (Inser)</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected file with the usual program (Enter)</source>
        <translation>Ouvrir le fichier sélectionné avec le programme habituel (Entrée)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file on this computer</source>
        <translation>Enregistrer une copie du fichier sélectionné sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the application (Delete)</source>
        <translation>Retirer le fichier sélectionné du dépôt (Suppr)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Every status change of this application, with its reason. The status is changed from the table of applications (Change status…).</source>
        <translation>Chaque changement de statut de ce dépôt, avec son motif. Le statut se change depuis le tableau des dépôts (Changer le statut…).</translation>
    </message>
</context>
<context>
    <name>ApplicationReviewsModel</name>
    <message>
        <source>Reviewer</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{total} / {best}</source>
        <translation>{total} / {best}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{scored}/{count} scored</source>
        <translation>{scored}/{count} notés</translation>
    </message>
    <message>
        <source>{count} × «no»</source>
        <translation>{count} × «&#xa0;non&#xa0;»</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>recevable</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>submitted</source>
        <translation>déposé</translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>recevable</translation>
    </message>
    <message>
        <source>inadmissible</source>
        <translation>irrecevable</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>instruit</translation>
    </message>
    <message>
        <source>selected for the vote</source>
        <translation>retenu pour la votation</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>lauréat</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non lauréat</translation>
    </message>
</context>
<context>
    <name>ApplicationsCheckModel</name>
    <message>
        <source>No. {number} — {title}</source>
        <translation>N°&#xa0;{number} — {title}</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>Enjeux</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>{holder} · new</source>
        <translation>{holder} · nouveau</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{holder} never held a project in an earlier edition: a new holder.</source>
        <translation>{holder} n&apos;a porté aucun projet lors d&apos;une édition précédente&#xa0;: un nouveau porteur.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Delete an application</source>
        <translation>Supprimer un dépôt</translation>
    </message>
    <message>
        <source>Delete application {number} «{title}» with its budget, attachments and status history? This cannot be undone.</source>
        <translation>Supprimer le dépôt n°&#xa0;{number} «&#xa0;{title}&#xa0;» avec son budget, ses pièces jointes et l&apos;historique de ses statuts&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete applications</source>
        <translation>Supprimer des dépôts</translation>
    </message>
    <message>
        <source>Delete the {count} selected applications with their budgets, attachments and status histories? This cannot be undone.</source>
        <translation>Supprimer les {count} dépôts sélectionnés avec leurs budgets, leurs pièces jointes et l&apos;historique de leurs statuts&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>All stakes</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>Tous les porteurs</translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation>{shown} dépôts sur {total}</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 dépôt</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} dépôts</translation>
    </message>
    <message>
        <source>{applications} · requested {requested} · envelope {envelope}</source>
        <translation>{applications} · demandé {requested} · enveloppe {envelope}</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>The projects received for the call, with their holder and where they stand. Select several rows (Shift or Ctrl) to change their status together; every change is written in the journal with its reason.</source>
        <translation>Les projets reçus en réponse à l&apos;appel, avec leur porteur et où ils en sont. Sélectionnez plusieurs lignes (Maj ou Ctrl) pour changer leur statut ensemble&#xa0;; chaque changement est inscrit au Journal avec son motif.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Title or holder</source>
        <translation>Titre ou porteur</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>T&amp;erritoire&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;ke:</source>
        <translation>En&amp;jeu&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;lder:</source>
        <translation>&amp;Porteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Record an application received (Insert)</source>
        <translation>Enregistrer un dépôt reçu (Inser)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the selected application (Enter or double-click)</source>
        <translation>Ouvrir le dépôt sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected applications (Delete)</source>
        <translation>Supprimer les dépôts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Chan&amp;ge status…</source>
        <translation>Changer le stat&amp;ut…</translation>
    </message>
    <message>
        <source>Change the status of every selected application at once (Ctrl+T)</source>
        <translation>Changer d&apos;un coup le statut de tous les dépôts sélectionnés (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>AssignedModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Recommendation: {recommendation}</source>
        <translation>Avis&#xa0;: {recommendation}</translation>
    </message>
    <message>
        <source>{holder}, asks for {amount}</source>
        <translation>{holder}, demande {amount}</translation>
    </message>
    <message>
        <source>{total} / {best}</source>
        <translation>{total} / {best}</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>{whole}.{tenth} MB</source>
        <translation>{whole},{tenth} Mo</translation>
    </message>
    <message>
        <source>{name} (added on OK)</source>
        <translation>{name} (ajouté à l&apos;appui sur OK)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database «{name}» is damaged ({problem}); it was not changed. Its backups are in «{folder}» (newest first, from Fichier › Sauvegardes).</source>
        <translation>La base « {name} » est endommagée ({problem}) ; elle n’a pas été modifiée. Ses sauvegardes sont dans « {folder} » (les plus récentes d’abord, depuis Fichier › Sauvegardes).</translation>
    </message>
    <message>
        <source>The backup «{path}» is damaged ({problem}); nothing was restored.</source>
        <translation>La sauvegarde « {path} » est endommagée ({problem}) ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The restored database is damaged ({problem}); the file «{saved}» holds what was there before.</source>
        <translation>La base restaurée est endommagée ({problem}) ; le fichier « {saved} » contient ce qu’il y avait avant.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>The demo is a throw-away copy: it has no backups to restore. Close the demo to see the backups of your own database.</source>
        <translation>La démo est une copie jetable&#xa0;: elle n’a pas de sauvegarde à restaurer. Fermez la démo pour voir les sauvegardes de votre propre base.</translation>
    </message>
    <message>
        <source>This database is on a server: its backups are made by its administrator.</source>
        <translation>Cette base est sur un serveur&#xa0;: ses sauvegardes sont faites par son administrateur.</translation>
    </message>
    <message>
        <source>Database: {database}
Backups folder: {folder}</source>
        <translation>Base&#xa0;: {database}
Dossier des sauvegardes&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>This backup was made before residents&apos; personal data was erased, on {date}: restoring it brings back the erased names and contact details, and they would have to be erased again.</source>
        <translation>Cette sauvegarde date d’avant l’effacement des données personnelles des habitants, le {date} : la restaurer fait revenir les noms et coordonnées effacés, qu’il faudrait effacer à nouveau.</translation>
    </message>
    <message>
        <source>Restore a backup made before an erasure</source>
        <translation>Restaurer une sauvegarde antérieure à un effacement</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Cette base n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole database by the backup of {date}? Everything entered since then is replaced by what the database held at that moment. The current file is backed up first: you can come back to it from this list.</source>
        <translation>Remplacer toute la base par la sauvegarde du {date}&#xa0;? Tout ce qui a été saisi depuis est remplacé par ce que la base contenait à ce moment-là. Le fichier actuel est d’abord sauvegardé&#xa0;: vous pourrez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>pbdesk copies the database each time it opens it, and keeps the copies of the last 7 days and the last 5 openings. Restoring one replaces everything in the database by what it held then; the current file is backed up first.</source>
        <translation>pbdesk copie la base à chaque ouverture et garde les copies des 7 derniers jours et des 5 dernières ouvertures. En restaurer une remplace tout le contenu de la base par ce qu’elle contenait alors&#xa0;; le fichier actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Sauvegardes (les plus récentes d’abord)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>Fichier endommagé mis de côté</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size}&#xa0;ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>BallotCodesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Dépôt n°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>The code operators type at the count for this project.</source>
        <translation>Le code que les opérateurs tapent au dépouillement pour ce projet.</translation>
    </message>
</context>
<context>
    <name>BallotCodesPage</name>
    <message>
        <source>Codes given: {added}; codes taken back: {removed}.</source>
        <translation>Codes attribués : {added} ; codes retirés : {removed}.</translation>
    </message>
    <message>
        <source>Every project retained already has its code.</source>
        <translation>Chaque projet retenu a déjà son code.</translation>
    </message>
    <message>
        <source>Code changed.</source>
        <translation>Code modifié.</translation>
    </message>
    <message>
        <source>No project is retained for the vote yet. Projects are retained in the synthesis of phase 7 (applications and review); come back here to give them their ballot codes.</source>
        <translation>Aucun projet n’est encore retenu pour la votation. Les projets sont retenus dans la synthèse de la phase 7 (dépôts et instruction) ; revenez ensuite ici pour leur attribuer leur code de bulletin.</translation>
    </message>
    <message>
        <source>{count} projects are retained for the vote and have no code yet: give them their codes with «Assign codes».</source>
        <translation>{count} projets sont retenus pour la votation et n’ont pas encore de code : attribuez-les avec « Attribuer les codes ».</translation>
    </message>
    <message>
        <source>{count} retained projects have no code yet: «Assign codes» gives them one.</source>
        <translation>{count} projets retenus n’ont pas encore de code : « Attribuer les codes » leur en donne un.</translation>
    </message>
    <message>
        <source>{count} projects on the ballot, {amount} in all.</source>
        <translation>{count} projets sur le bulletin, {amount} au total.</translation>
    </message>
    <message>
        <source>Project codes</source>
        <translation>Codes des projets</translation>
    </message>
    <message>
        <source>Each project on the ballot gets a short code, printed next to its title: at the count, operators type the codes ticked on each ballot. The table&apos;s order is the ballot&apos;s printed order.</source>
        <translation>Chaque projet soumis au vote reçoit un code court, imprimé à côté de son titre : au dépouillement, les opérateurs tapent les codes cochés sur chaque bulletin. L’ordre du tableau est l’ordre d’impression du bulletin.</translation>
    </message>
    <message>
        <source>Ballots have been entered: the codes and their order are frozen with the vote rules, since the ballots stored are written in codes.</source>
        <translation>Des bulletins ont été saisis : les codes et leur ordre sont figés avec le règlement, car les bulletins enregistrés sont écrits en codes.</translation>
    </message>
    <message>
        <source>&amp;Projects on the ballot (F2 changes the selected code, Alt+Up and Alt+Down move a project):</source>
        <translation>&amp;Projets soumis au vote (F2 modifie le code sélectionné, Alt+Haut et Alt+Bas déplacent un projet) :</translation>
    </message>
    <message>
        <source>A&amp;ssign codes</source>
        <translation>Attri&amp;buer les codes</translation>
    </message>
    <message>
        <source>Give a code to every project retained for the vote that has none, and take codes back from projects no longer retained.</source>
        <translation>Donner un code à chaque projet retenu pour la votation qui n’en a pas, et retirer les codes des projets qui ne sont plus retenus.</translation>
    </message>
    <message>
        <source>&amp;Edit the code</source>
        <translation>&amp;Modifier le code</translation>
    </message>
    <message>
        <source>Type another code for the selected project (F2 in the table).</source>
        <translation>Taper un autre code pour le projet sélectionné (F2 dans le tableau).</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the selected project up on the ballot (Alt+Up in the table).</source>
        <translation>Faire monter le projet sélectionné sur le bulletin (Alt+Haut dans le tableau).</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Move the selected project down on the ballot (Alt+Down in the table).</source>
        <translation>Faire descendre le projet sélectionné sur le bulletin (Alt+Bas dans le tableau).</translation>
    </message>
</context>
<context>
    <name>BallotEntryPage</name>
    <message>
        <source>Add the polling stations first (settings of the vote).</source>
        <translation>Ajoutez d’abord les bureaux de vote (règlement de la votation).</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Choisissez le bureau de vote.</translation>
    </message>
    <message>
        <source>Type the operator&apos;s name.</source>
        <translation>Saisissez le nom de la personne qui saisit.</translation>
    </message>
    <message>
        <source>This entry is closed; reopen it to go on typing.</source>
        <translation>Cette saisie est close ; rouvrez-la pour continuer.</translation>
    </message>
    <message>
        <source>Close entry {label} of «{station}» with {count} ballots? Reopening it later needs a reason for the journal.</source>
        <translation>Terminer la saisie {label} de «&#xa0;{station}&#xa0;» avec {count} bulletins ? La rouvrir ensuite demandera un motif pour le Journal.</translation>
    </message>
    <message>
        <source>Close an entry</source>
        <translation>Terminer une saisie</translation>
    </message>
    <message>
        <source>Entry {label} closed.</source>
        <translation>Saisie {label} terminée.</translation>
    </message>
    <message>
        <source>Reopen an entry</source>
        <translation>Rouvrir une saisie</translation>
    </message>
    <message>
        <source>Why is entry {label} of «{station}» reopened?</source>
        <translation>Pourquoi rouvrir la saisie {label} de «&#xa0;{station}&#xa0;» ?</translation>
    </message>
    <message>
        <source>Entry {label} reopened.</source>
        <translation>Saisie {label} rouverte.</translation>
    </message>
    <message>
        <source>No. {sequence} — {message}</source>
        <translation>N° {sequence} — {message}</translation>
    </message>
    <message>
        <source>There is no ballot to take back.</source>
        <translation>Il n’y a aucun bulletin à retirer.</translation>
    </message>
    <message>
        <source>Ballot no. {sequence} taken back.</source>
        <translation>Bulletin n° {sequence} retiré.</translation>
    </message>
    <message>
        <source>Correct a ballot</source>
        <translation>Corriger un bulletin</translation>
    </message>
    <message>
        <source>Type the number of the ballot and what the paper really says.</source>
        <translation>Saisissez le numéro du bulletin et ce que dit réellement le bulletin papier.</translation>
    </message>
    <message>
        <source>Ballot no. {sequence} corrected.</source>
        <translation>Bulletin n° {sequence} corrigé.</translation>
    </message>
    <message>
        <source>Insert a skipped ballot</source>
        <translation>Insérer un bulletin oublié</translation>
    </message>
    <message>
        <source>The ballot gets this number and the ballots from this number on move up one.</source>
        <translation>Le bulletin prend ce numéro ; les bulletins suivants sont décalés d’un rang.</translation>
    </message>
    <message>
        <source>Ballot inserted at no. {sequence}.</source>
        <translation>Bulletin inséré au n° {sequence}.</translation>
    </message>
    <message>
        <source>Remove a ballot</source>
        <translation>Supprimer un bulletin</translation>
    </message>
    <message>
        <source>Remove a ballot typed twice: the ballots after it move down one. The removal is written in the journal.</source>
        <translation>Supprimer un bulletin saisi deux fois : les bulletins suivants reculent d’un rang. La suppression est inscrite au Journal.</translation>
    </message>
    <message>
        <source>Ballot removed; the next ones moved down one.</source>
        <translation>Bulletin supprimé ; les suivants ont reculé d’un rang.</translation>
    </message>
    <message>
        <source>{station}, stack {stack}</source>
        <translation>{station}, lot {stack}</translation>
    </message>
    <message>
        <source>Entry {label} — {where} — operator: {operator}</source>
        <translation>Saisie {label} — {where} — saisie par : {operator}</translation>
    </message>
    <message>
        <source>Type code:points for each project (3:2 7:1), then Enter.</source>
        <translation>Saisissez code:points pour chaque projet (3:2 7:1), puis Entrée.</translation>
    </message>
    <message>
        <source>Type the codes in the order of preference (3 7 12), then Enter.</source>
        <translation>Saisissez les codes dans l’ordre de préférence (3 7 12), puis Entrée.</translation>
    </message>
    <message>
        <source>Type the codes of the ballot (3 7 12), then Enter.</source>
        <translation>Saisissez les codes cochés sur le bulletin (3 7 12), puis Entrée.</translation>
    </message>
    <message>
        <source>An empty line is a blank ballot; start with * for a ballot you judge spoilt (torn, signed…).</source>
        <translation>Une ligne vide est un bulletin blanc ; commencez par * pour un bulletin que vous jugez nul (déchiré, signé…).</translation>
    </message>
    <message>
        <source>Ballots: {total} · valid: {valid} · blank: {blank} · spoilt: {nul}</source>
        <translation>Bulletins : {total} · valables : {valid} · blancs : {blank} · nuls : {nul}</translation>
    </message>
    <message>
        <source>Count — ballot entry</source>
        <translation>Dépouillement — saisie</translation>
    </message>
    <message>
        <source>Each operator enters a stack of a station&apos;s ballots in an entry of their own. With double entry, a second operator enters the same stack again (entry B); the count is official when both agree.</source>
        <translation>Chaque personne saisit un lot de bulletins d’un bureau dans sa propre saisie. En double saisie, une seconde personne saisit à nouveau le même lot (saisie B) ; le dépouillement est officiel quand les deux concordent.</translation>
    </message>
    <message>
        <source>&amp;Resume the entry</source>
        <translation>&amp;Reprendre la saisie</translation>
    </message>
    <message>
        <source>Go on typing the ballots of the selected entry (Enter)</source>
        <translation>Continuer la saisie des bulletins sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>C&amp;lose the entry</source>
        <translation>&amp;Terminer la saisie</translation>
    </message>
    <message>
        <source>The whole stack is typed: close the selected entry</source>
        <translation>Tout le lot est saisi : terminer la saisie sélectionnée</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Rou&amp;vrir…</translation>
    </message>
    <message>
        <source>Reopen the selected closed entry, saying why</source>
        <translation>Rouvrir la saisie terminée sélectionnée, en indiquant pourquoi</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>Stac&amp;k:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Empty for the whole box, or “box 1”, “1 to 200”…</source>
        <translation>Vide pour toute l’urne, ou «&#xa0;urne 1&#xa0;», «&#xa0;1 à 200&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur·rice :</translation>
    </message>
    <message>
        <source>Who types the ballots</source>
        <translation>Qui saisit les bulletins</translation>
    </message>
    <message>
        <source>Start &amp;entry</source>
        <translation>Commencer la &amp;saisie</translation>
    </message>
    <message>
        <source>Open an entry of this stack (the second one is entry B) and type its ballots</source>
        <translation>Ouvrir une saisie de ce lot (la deuxième est la saisie B) et saisir ses bulletins</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>B&amp;ulletin :</translation>
    </message>
    <message>
        <source>3 7 12 then Enter</source>
        <translation>3 7 12 puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Undo the last (Ctrl+Z)</source>
        <translation>Retirer le d&amp;ernier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take back the last ballot entered</source>
        <translation>Retirer le dernier bulletin saisi</translation>
    </message>
    <message>
        <source>Correc&amp;t… (Ctrl+E)</source>
        <translation>Corri&amp;ger… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Replace a ballot, given its number</source>
        <translation>Remplacer un bulletin, d’après son numéro</translation>
    </message>
    <message>
        <source>&amp;Insert… (Ctrl+I)</source>
        <translation>&amp;Insérer… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Insert a skipped ballot at its number; the next ones move up one</source>
        <translation>Insérer un bulletin oublié à son numéro ; les suivants avancent d’un rang</translation>
    </message>
    <message>
        <source>&amp;Delete… (Ctrl+Del)</source>
        <translation>Su&amp;pprimer… (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Remove a ballot typed twice, given its number; the next ones move down one</source>
        <translation>Supprimer un bulletin saisi deux fois, d’après son numéro ; les suivants reculent d’un rang</translation>
    </message>
    <message>
        <source>B&amp;ack to the list (Esc)</source>
        <translation>Reve&amp;nir à la liste (Échap)</translation>
    </message>
    <message>
        <source>Leave the entry open and go back to the list of entries</source>
        <translation>Laisser la saisie ouverte et revenir à la liste des saisies</translation>
    </message>
</context>
<context>
    <name>BallotFixDialog</name>
    <message>
        <source>Correct a ballot</source>
        <translation>Corriger un bulletin</translation>
    </message>
    <message>
        <source>Ballot &amp;number:</source>
        <translation>&amp;Numéro du bulletin :</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>&amp;Bulletin :</translation>
    </message>
    <message>
        <source>3 7 12 — empty for blank, * for spoilt</source>
        <translation>3 7 12 — vide pour blanc, * pour nul</translation>
    </message>
</context>
<context>
    <name>BallotKind</name>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Several projects (approval)</source>
        <translation>Plusieurs projets (approbation)</translation>
    </message>
    <message>
        <source>Ranked (preferential)</source>
        <translation>Classement (vote préférentiel)</translation>
    </message>
    <message>
        <source>Points to share out</source>
        <translation>Points à répartir</translation>
    </message>
    <message>
        <source>Budget ballot (within the envelope)</source>
        <translation>Bulletin budgétaire (dans l’enveloppe)</translation>
    </message>
</context>
<context>
    <name>BallotStatus</name>
    <message>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blanc</translation>
    </message>
    <message>
        <source>spoilt</source>
        <translation>nul</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <source>This entry session no longer exists.</source>
        <translation>Cette saisie n’existe plus.</translation>
    </message>
    <message>
        <source>«{station}» was counted by hand: its totals are entered, not its ballots.</source>
        <translation>« {station} » a été dépouillé à la main : on saisit ses totaux, pas ses bulletins.</translation>
    </message>
    <message>
        <source>This stack was already entered twice.</source>
        <translation>Ce lot a déjà été saisi deux fois.</translation>
    </message>
    <message>
        <source>An entry is pass A or pass B.</source>
        <translation>Une saisie est la saisie A ou la saisie B.</translation>
    </message>
    <message>
        <source>Entry {label} of this stack is closed; reopen it to go on.</source>
        <translation>La saisie {label} de ce lot est close ; rouvrez-la pour continuer.</translation>
    </message>
    <message>
        <source>Say why the entry is reopened.</source>
        <translation>Indiquez pourquoi la saisie est rouverte.</translation>
    </message>
    <message>
        <source>This entry is closed; reopen it to add ballots.</source>
        <translation>Cette saisie est close ; rouvrez-la pour ajouter des bulletins.</translation>
    </message>
    <message>
        <source>There is no ballot {sequence} in this entry.</source>
        <translation>Il n’y a pas de bulletin n° {sequence} dans cette saisie.</translation>
    </message>
    <message>
        <source>Entry {label} seems to have skipped ballot {sequence} of entry {other}.</source>
        <translation>La saisie {label} semble avoir sauté le bulletin n° {sequence} de la saisie {other}.</translation>
    </message>
    <message>
        <source>This stack of ballots no longer exists.</source>
        <translation>Ce lot de bulletins n’existe plus.</translation>
    </message>
    <message>
        <source>This stack has not been entered twice.</source>
        <translation>Ce lot n’a pas été saisi deux fois.</translation>
    </message>
    <message>
        <source>No skipped ballot was found in this stack.</source>
        <translation>Aucun bulletin sauté n’a été trouvé dans ce lot.</translation>
    </message>
    <message>
        <source>{stack}: nothing entered yet.</source>
        <translation>{stack} : rien n’est encore saisi.</translation>
    </message>
    <message>
        <source>{stack}: entry {label} is not closed.</source>
        <translation>{stack} : la saisie {label} n’est pas close.</translation>
    </message>
    <message>
        <source>{stack}: entered {count} times ({labels}); discard the entry that should not count.</source>
        <translation>{stack} : saisi {count} fois ({labels}) ; écartez la saisie qui ne doit pas compter.</translation>
    </message>
    <message>
        <source>{stack}: the second entry is missing.</source>
        <translation>{stack} : la seconde saisie manque.</translation>
    </message>
    <message>
        <source>{stack}: entries A and B differ on {count} ballots.</source>
        <translation>{stack} : les saisies A et B diffèrent sur {count} bulletins.</translation>
    </message>
    <message>
        <source>Say why this entry is discarded.</source>
        <translation>Dites pourquoi cette saisie est écartée.</translation>
    </message>
    <message>
        <source>Only a stack entered more than twice has an entry to discard; correct the differences instead.</source>
        <translation>Seul un lot saisi plus de deux fois a une saisie à écarter ; corrigez plutôt les écarts.</translation>
    </message>
    <message>
        <source>Entry {label} is still being typed: close it before discarding it.</source>
        <translation>La saisie {label} est encore en cours : fermez-la avant de l’écarter.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: {funded} project funded out of {count}, envelope {amount}.</source>
        <translation>{title}&#xa0;: {funded} projet lauréat sur {count}, enveloppe {amount}.</translation>
    </message>
    <message>
        <source>{title}: {funded} projects funded out of {count}, envelope {amount}.</source>
        <translation>{title}&#xa0;: {funded} projets lauréats sur {count}, enveloppe {amount}.</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <source>No count to show yet.</source>
        <translation>Aucun dépouillement à montrer pour l’instant.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non lauréat</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>{title} — envelope {amount}</source>
        <translation>{title} — enveloppe {amount}</translation>
    </message>
    <message>
        <source>{funded} of {envelope}</source>
        <translation>{funded} sur {envelope}</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Autres financeurs</translation>
    </message>
</context>
<context>
    <name>Call</name>
    <message>
        <source>The call cannot close before it opens.</source>
        <translation>L’appel ne peut pas se clore avant de s’ouvrir.</translation>
    </message>
    <message>
        <source>The ceiling per project must be above zero.</source>
        <translation>Le plafond par projet doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>CallKind</name>
    <message>
        <source>AAP — call for projects</source>
        <translation>AAP — appel à projets</translation>
    </message>
    <message>
        <source>AMI — call for expressions of interest</source>
        <translation>AMI — appel à manifestation d’intérêt</translation>
    </message>
    <message>
        <source>AAS — call for solutions</source>
        <translation>AAS — appel à solutions</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>Criteria version {version}. No review grid has been sent for this version yet.</source>
        <translation>Version {version} des critères. Aucune grille d’instruction n’a encore été envoyée pour cette version.</translation>
    </message>
    <message>
        <source>Criteria version {version}. Review grids were sent on {date} at {time}: if you change the criteria now, the grids already sent will be refused when they come back.</source>
        <translation>Version {version} des critères. Des grilles d’instruction ont été envoyées le {date} à {time}&#xa0;: si vous modifiez les critères maintenant, les grilles déjà envoyées seront refusées à leur retour.</translation>
    </message>
    <message>
        <source>Best possible weighted total: {total} points.</source>
        <translation>Meilleur total pondéré possible&#xa0;: {total} points.</translation>
    </message>
    <message>
        <source>This campaign has no review criteria yet.</source>
        <translation>Cette campagne n’a pas encore de critères d’instruction.</translation>
    </message>
    <message>
        <source>This campaign has no review criteria yet. Start from the default grid ({eligibility} eligibility criteria, {scored} scored criteria) and adapt it, or add criteria one by one.</source>
        <translation>Cette campagne n’a pas encore de critères d’instruction. Partez de la grille par défaut ({eligibility} critères de recevabilité, {scored} critères notés) et adaptez-la, ou ajoutez les critères un par un.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The call has unsaved changes. Save them?</source>
        <translation>L’appel a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez ce qui est signalé en rouge.</translation>
    </message>
    <message>
        <source>Review grids have already been sent to reviewers for these criteria. After this change, the grids already sent will be refused when they come back, and new grids will have to be sent.</source>
        <translation>Des grilles d’instruction ont déjà été envoyées aux instructeurs pour ces critères. Après cette modification, les grilles déjà envoyées seront refusées à leur retour et il faudra envoyer de nouvelles grilles.</translation>
    </message>
    <message>
        <source>Change the criteria anyway?</source>
        <translation>Modifier les critères quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Review grids already sent</source>
        <translation>Grilles d’instruction déjà envoyées</translation>
    </message>
    <message>
        <source>Remove the criterion «{name}»?</source>
        <translation>Supprimer le critère «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Supprimer un critère</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>The call tells holders when and how to apply; the review grid is what reviewers fill in for each application.</source>
        <translation>L’appel indique aux porteurs quand et comment déposer&#xa0;; la grille d’instruction est ce que les instructeurs remplissent pour chaque dépôt.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>(chosen in the Frame of the campaign)</source>
        <translation>(choisie dans le Cadre de la campagne)</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>&amp;Ouverture le&#xa0;:</translation>
    </message>
    <message>
        <source>The first day holders can send an application.</source>
        <translation>Le premier jour où les porteurs peuvent déposer.</translation>
    </message>
    <message>
        <source>C&amp;loses on:</source>
        <translation>C&amp;lôture le&#xa0;:</translation>
    </message>
    <message>
        <source>The last day an application is received in time.</source>
        <translation>Le dernier jour où un dépôt est reçu dans les délais.</translation>
    </message>
    <message>
        <source>Ceiling per &amp;project (€):</source>
        <translation>Plafond par &amp;projet (€)&#xa0;:</translation>
    </message>
    <message>
        <source>for example 5 000</source>
        <translation>par exemple 5 000</translation>
    </message>
    <message>
        <source>The most one project may ask for, in euros: 5 000 or 5000,50. Leave empty for no ceiling.</source>
        <translation>Le montant maximal qu’un projet peut demander, en euros&#xa0;: 5 000 ou 5000,50. Laissez vide s’il n’y a pas de plafond.</translation>
    </message>
    <message>
        <source>Leave empty for no ceiling.</source>
        <translation>Laissez vide s’il n’y a pas de plafond.</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Règlement&#xa0;:</translation>
    </message>
    <message>
        <source>Who may apply, what can be funded, the operating share allowed, how applications are reviewed…</source>
        <translation>Qui peut déposer, ce qui peut être financé, la part de fonctionnement admise, comment les dépôts sont instruits…</translation>
    </message>
    <message>
        <source>Discard cha&amp;nges</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Show the call as last saved.</source>
        <translation>Revenir à l’appel tel qu’il a été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the call (Ctrl+S).</source>
        <translation>Enregistrer l’appel (Ctrl+S).</translation>
    </message>
    <message>
        <source>Review grid</source>
        <translation>Grille d’instruction</translation>
    </message>
    <message>
        <source>Start from &amp;the default grid</source>
        <translation>Partir de la &amp;grille par défaut</translation>
    </message>
    <message>
        <source>Add the default criteria to this campaign; you can then change them.</source>
        <translation>Ajouter les critères par défaut à cette campagne&#xa0;; vous pourrez ensuite les modifier.</translation>
    </message>
    <message>
        <source>Eligibility criteria (&amp;yes/no):</source>
        <translation>Critères de rece&amp;vabilité (oui/non)&#xa0;:</translation>
    </message>
    <message>
        <source>Scored criteria (&amp;weighted):</source>
        <translation>Critères &amp;notés (pondérés)&#xa0;:</translation>
    </message>
    <message>
        <source>Add el&amp;igibility criterion…</source>
        <translation>A&amp;jouter un critère de recevabilité…</translation>
    </message>
    <message>
        <source>Add a yes/no criterion (Insert in the eligibility table)</source>
        <translation>Ajouter un critère oui/non (Inser dans le tableau de recevabilité)</translation>
    </message>
    <message>
        <source>&amp;Add scored criterion…</source>
        <translation>Ajouter un critère no&amp;té…</translation>
    </message>
    <message>
        <source>Add a criterion scored on a scale (Insert in the scored table)</source>
        <translation>Ajouter un critère noté sur une échelle (Inser dans le tableau des critères notés)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Edit the selected criterion (Enter or double-click)</source>
        <translation>Modifier le critère sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove the selected criterion (Delete)</source>
        <translation>Supprimer le critère sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected criterion up in the grid (Alt+Up)</source>
        <translation>Monter le critère sélectionné dans la grille (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Move the selected criterion down in the grid (Alt+Down)</source>
        <translation>Descendre le critère sélectionné dans la grille (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>There is no campaign «{reference}».</source>
        <translation>Il n’y a pas de campagne « {reference} ».</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>pbdesk</source>
        <translation>pbdesk</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A checklist item needs a label.</source>
        <translation>Un élément de la liste doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>This checklist item no longer exists.</source>
        <translation>Cet élément de la liste n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Done on {date}.</source>
        <translation>Fait le {date}.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected item.</source>
        <translation>La barre d’espace coche ou décoche l’élément sélectionné.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>En retard.</translation>
    </message>
    <message>
        <source>Delete clears the date while you edit it.</source>
        <translation>Pendant la saisie, la touche Suppr efface la date.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot save the screenshot «{path}».</source>
        <translation>Impossible d’enregistrer la capture « {path} ».</translation>
    </message>
    <message>
        <source>«{1}» is not a pbdesk command.</source>
        <translation>« {1} » n’est pas une commande de pbdesk.</translation>
    </message>
    <message>
        <source>Missing argument: {0}.</source>
        <translation>Argument manquant : {0}.</translation>
    </message>
    <message>
        <source>Unknown option or argument: {0}.</source>
        <translation>Option ou argument inconnu : {0}.</translation>
    </message>
    <message>
        <source>The option {0} needs a value.</source>
        <translation>L’option {0} demande une valeur.</translation>
    </message>
    <message>
        <source>pbdesk — participatory budgets in priority neighbourhoods.</source>
        <translation>pbdesk — les budgets participatifs des quartiers prioritaires.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $PBDESK_DB, then the file in the user data folder)</source>
        <translation>fichier de base de données ou adresse SQLAlchemy (par défaut : $PBDESK_DB, sinon le fichier du dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>open a throw-away copy of the demo workspace</source>
        <translation>ouvrir une copie jetable de l’espace de démonstration</translation>
    </message>
    <message>
        <source>draw the main window once loaded, save it as a PNG, exit</source>
        <translation>dessiner la fenêtre principale une fois chargée, l’enregistrer en PNG, quitter</translation>
    </message>
    <message>
        <source>open the app and show what importing this project file does (a lone FILE.pbdesk does the same)</source>
        <translation>ouvrir l’application et montrer ce que ferait l’import de ce fichier projet (un FICHIER.pbdesk seul fait de même)</translation>
    </message>
    <message>
        <source>create or upgrade the database</source>
        <translation>créer ou mettre à niveau la base de données</translation>
    </message>
    <message>
        <source>also add the demo workspace</source>
        <translation>ajouter aussi l’espace de démonstration</translation>
    </message>
    <message>
        <source>list the campaigns</source>
        <translation>lister les campagnes</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>écrire un document JSON</translation>
    </message>
    <message>
        <source>Database ready: {name} (schema {revision}).</source>
        <translation>Base de données prête : {name} (schéma {revision}).</translation>
    </message>
    <message>
        <source>A copy from before the upgrade is kept: {path}.</source>
        <translation>Une copie d’avant la mise à niveau est conservée : {path}.</translation>
    </message>
    <message>
        <source>The demo workspace is already there.</source>
        <translation>L’espace de démonstration est déjà présent.</translation>
    </message>
    <message>
        <source>{count} sample campaigns added.</source>
        <translation>{count} campagnes d’exemple ajoutées.</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Aucune campagne pour l’instant.</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (données d’exemple)</translation>
    </message>
    <message>
        <source>review grids (Excel): export, import</source>
        <translation>grilles d’instruction (Excel) : export, import</translation>
    </message>
    <message>
        <source>write the review grid(s) of a campaign to an .xlsx file</source>
        <translation>écrire la ou les grilles d’instruction d’une campagne dans un fichier .xlsx</translation>
    </message>
    <message>
        <source>id or short name</source>
        <translation>numéro ou nom court</translation>
    </message>
    <message>
        <source>only this reviewer&apos;s grid (default: one sheet per reviewer, in one workbook)</source>
        <translation>seulement la grille de cet instructeur (par défaut : une feuille par instructeur, dans un seul classeur)</translation>
    </message>
    <message>
        <source>read a returned grid back into the campaign</source>
        <translation>relire dans la campagne une grille renvoyée</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>montrer seulement ce qui changerait</translation>
    </message>
    <message>
        <source>Review grid written to {path}: {reviewers} ({rows} applications to review).</source>
        <translation>Grille d’instruction écrite dans {path} : {reviewers} ({rows} dépôt(s) à instruire).</translation>
    </message>
    <message>
        <source>«{path}» was not imported and nothing changed; problems found: {count}.</source>
        <translation>« {path} » n’a pas été importé et rien n’a changé ; problèmes relevés : {count}.</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n’a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>print a pack to PDF: ballots, posters, booklet, sign-in sheets…</source>
        <translation>imprimer du matériel en PDF : bulletins, affiches, livret, listes d’émargement…</translation>
    </message>
    <message>
        <source>what to print: {kinds}</source>
        <translation>ce qu’il faut imprimer : {kinds}</translation>
    </message>
    <message>
        <source>only this polling station (default: every station)</source>
        <translation>seulement ce bureau de vote (par défaut : tous les bureaux)</translation>
    </message>
    <message>
        <source>ballots per station (default: the print settings)</source>
        <translation>bulletins par bureau (par défaut : les réglages d’impression)</translation>
    </message>
    <message>
        <source>ballots per sheet (default: the print settings)</source>
        <translation>bulletins par feuille (par défaut : les réglages d’impression)</translation>
    </message>
    <message>
        <source>paper size (default: A3 for posters, A4 otherwise)</source>
        <translation>format du papier (par défaut : A3 pour les affiches, A4 sinon)</translation>
    </message>
    <message>
        <source>large print (16 points or more) for residents with low vision</source>
        <translation>gros caractères (16 points ou plus) pour les habitants malvoyants</translation>
    </message>
    <message>
        <source>a serial number and a QR code on each ballot</source>
        <translation>un numéro de série et un QR code sur chaque bulletin</translation>
    </message>
    <message>
        <source>no serial number on the ballots</source>
        <translation>pas de numéro de série sur les bulletins</translation>
    </message>
    <message>
        <source>with posters: the vote-day poster instead of the project posters</source>
        <translation>avec posters : l’affiche du jour de la votation au lieu des affiches des projets</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist.</source>
        <translation>Le dossier « {folder} » n’existe pas.</translation>
    </message>
    <message>
        <source>--vote-day goes with the posters.</source>
        <translation>--vote-day s’emploie avec les affiches (posters).</translation>
    </message>
    <message>
        <source>«{path}» could not be written: {reason}</source>
        <translation>« {path} » n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>{kind} of «{campaign}» written to {path}: 1 page.</source>
        <translation>{kind} — « {campaign} » : 1 page écrite dans {path}.</translation>
    </message>
    <message>
        <source>{kind} of «{campaign}» written to {path}: {pages} pages.</source>
        <translation>{kind} — « {campaign} » : {pages} pages écrites dans {path}.</translation>
    </message>
    <message>
        <source>No polling station «{name}» in this campaign; stations: {names}.</source>
        <translation>Pas de bureau de vote « {name} » dans cette campagne ; bureaux : {names}.</translation>
    </message>
    <message>
        <source>Vote-day poster</source>
        <translation>Affiche du jour de la votation</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Affiches</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>Livret</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Listes d’émargement</translation>
    </message>
    <message>
        <source>Count records</source>
        <translation>Procès-verbaux de dépouillement</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Follow-up sheets</source>
        <translation>Fiches de suivi</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Space or double-click: keep the other version</source>
        <translation>Espace ou double-clic&#xa0;: garder l’autre version</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{kind} «{label}»</source>
        <translation>{kind} «&#xa0;{label}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>La source et la destination sont la même base.</translation>
    </message>
    <message>
        <source>The database «{name}» already holds records (table «{table}»); copy into an empty database. Nothing was changed.</source>
        <translation>La base « {name} » contient déjà des enregistrements (table « {table} ») ; copiez dans une base vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy was undone: table «{table}» has {copied} records in the target and {count} in the source.</source>
        <translation>La copie a été annulée : la table « {table} » a {copied} enregistrements dans la destination et {count} dans la source.</translation>
    </message>
</context>
<context>
    <name>CoreGroupKind</name>
    <message>
        <source>Parents&apos; collective</source>
        <translation>Collectif de parents</translation>
    </message>
    <message>
        <source>Conseil citoyen</source>
        <translation>Conseil citoyen</translation>
    </message>
    <message>
        <source>Collective of volunteer residents</source>
        <translation>Collectif d’habitants volontaires</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>This stack has one entry: nothing to compare.</source>
        <translation>Ce lot n’a qu’une saisie : rien à comparer.</translation>
    </message>
    <message>
        <source>Entries A and B agree on all {count} ballots.</source>
        <translation>Les saisies A et B concordent sur les {count} bulletins.</translation>
    </message>
    <message>
        <source>{count} ballots differ. Take the paper ballot with that number and keep the entry that matches it, or type what it says.</source>
        <translation>{count} bulletins diffèrent. Prenez le bulletin papier de ce numéro et gardez la saisie qui lui correspond, ou saisissez ce qu’il dit.</translation>
    </message>
    <message>
        <source>This stack was entered {count} times ({labels}): keep the two entries that match the paper ballots and set the others aside.</source>
        <translation>Ce lot a été saisi {count} fois ({labels}) : gardez les deux saisies conformes aux bulletins papier et écartez les autres.</translation>
    </message>
    <message>
        <source>Signatures: {signatures} (of which {proxies} by proxy) · ballots: {ballots} (valid {valid}, blank {blank}, spoilt {nul}) · gap: {gap}</source>
        <translation>Émargements : {signatures} (dont {proxies} par procuration) · bulletins : {ballots} (valables {valid}, blancs {blank}, nuls {nul}) · écart : {gap}</translation>
    </message>
    <message>
        <source>Not official yet: finish the entries first.</source>
        <translation>Pas encore officiel : terminez d’abord les saisies.</translation>
    </message>
    <message>
        <source>Reconciliation recorded; it matches the figures.</source>
        <translation>Rapprochement enregistré ; il correspond aux chiffres.</translation>
    </message>
    <message>
        <source>Reconciliation to record (not done yet, or the figures changed since).</source>
        <translation>Rapprochement à enregistrer (pas encore fait, ou les chiffres ont changé depuis).</translation>
    </message>
    <message>
        <source>Counted by hand: totals entered.</source>
        <translation>Dépouillé à la main : totaux saisis.</translation>
    </message>
    <message>
        <source>Hand count entered: {valid} valid, {blank} blank, {nul} spoilt.</source>
        <translation>Dépouillement manuel saisi : {valid} valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>Ballots entered one by one.</source>
        <translation>Bulletins saisis un par un.</translation>
    </message>
    <message>
        <source>The ballots of this station are entered one by one: no hand count.</source>
        <translation>Les bulletins de ce bureau sont saisis un par un : pas de dépouillement manuel.</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>Rien n’est encore saisi.</translation>
    </message>
    <message>
        <source>If the station counted by hand, type its totals instead of its ballots.</source>
        <translation>Si le bureau a dépouillé à la main, saisissez ses totaux au lieu de ses bulletins.</translation>
    </message>
    <message>
        <source>What the paper ballot says</source>
        <translation>Ce que dit le bulletin papier</translation>
    </message>
    <message>
        <source>Type paper ballot no. {sequence} as it is (codes; empty for blank; * for spoilt):</source>
        <translation>Saisissez le bulletin papier n° {sequence} tel qu’il est (codes ; vide pour blanc ; * pour nul) :</translation>
    </message>
    <message>
        <source>pbdesk</source>
        <translation>pbdesk</translation>
    </message>
    <message>
        <source>{count} with {label}</source>
        <translation>{count} avec {label}</translation>
    </message>
    <message>
        <source>Entry {label} — {operator} — ballots: {ballots} — differs: {against}</source>
        <translation>Saisie {label} — {operator} — bulletins : {ballots} — écarts : {against}</translation>
    </message>
    <message>
        <source>This stack was entered {count} times. Which entry should not count? (Ballots that differ, counted against each other entry. The entry set aside is kept apart and no longer counts.)</source>
        <translation>Ce lot a été saisi {count} fois. Quelle saisie ne doit pas compter ? (Bulletins qui diffèrent, comptés par rapport à chaque autre saisie. La saisie écartée est gardée à part et ne compte plus.)</translation>
    </message>
    <message>
        <source>Discard an entry</source>
        <translation>Écarter une saisie</translation>
    </message>
    <message>
        <source>Why is entry {label} discarded? (kept in the journal)</source>
        <translation>Pourquoi écarter la saisie {label} ? (motif gardé dans le journal)</translation>
    </message>
    <message>
        <source>«{text}» is not a number of ballots.</source>
        <translation>«{text}» n’est pas un nombre de bulletins.</translation>
    </message>
    <message>
        <source>Remove the hand count</source>
        <translation>Retirer le dépouillement manuel</translation>
    </message>
    <message>
        <source>Remove the hand count of «{station}»? Its totals are deleted.</source>
        <translation>Retirer le dépouillement manuel de «&#xa0;{station}&#xa0;» ? Ses totaux sont supprimés.</translation>
    </message>
    <message>
        <source>Entry A says: {ballot}</source>
        <translation>La saisie A dit : {ballot}</translation>
    </message>
    <message>
        <source>Entry B says: {ballot}</source>
        <translation>La saisie B dit : {ballot}</translation>
    </message>
    <message>
        <source>Count — check</source>
        <translation>Dépouillement — contrôle</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>Stacks and double entry</source>
        <translation>Lots et double saisie</translation>
    </message>
    <message>
        <source>Ballots where entries A and B differ</source>
        <translation>Bulletins où les saisies A et B diffèrent</translation>
    </message>
    <message>
        <source>Keep &amp;A</source>
        <translation>&amp;Garder A</translation>
    </message>
    <message>
        <source>The paper ballot says what entry A says: set entry B to it</source>
        <translation>Le bulletin papier dit ce que dit la saisie A : aligner la saisie B sur elle</translation>
    </message>
    <message>
        <source>Keep &amp;B</source>
        <translation>Gard&amp;er B</translation>
    </message>
    <message>
        <source>The paper ballot says what entry B says: set entry A to it</source>
        <translation>Le bulletin papier dit ce que dit la saisie B : aligner la saisie A sur elle</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Neither is right: type what the paper ballot says, for both entries</source>
        <translation>Aucune n’est juste : saisir ce que dit le bulletin papier, pour les deux saisies</translation>
    </message>
    <message>
        <source>Re&amp;pair the skip</source>
        <translation>Ré&amp;parer l’oubli</translation>
    </message>
    <message>
        <source>Insert the skipped ballot in the entry that missed it</source>
        <translation>Insérer le bulletin oublié dans la saisie où il manque</translation>
    </message>
    <message>
        <source>D&amp;iscard an entry…</source>
        <translation>Écarter une &amp;saisie…</translation>
    </message>
    <message>
        <source>This stack was entered more than twice: remove the entry that should not count</source>
        <translation>Ce lot a été saisi plus de deux fois : retirez la saisie qui ne doit pas compter</translation>
    </message>
    <message>
        <source>Reconciliation with the register</source>
        <translation>Rapprochement avec la liste d’émargement</translation>
    </message>
    <message>
        <source>Ballots in the bo&amp;x:</source>
        <translation>Bulletins dans l’&amp;urne :</translation>
    </message>
    <message>
        <source>Counted by hand; empty: as entered</source>
        <translation>Comptés à la main ; vide : comme saisis</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>Re&amp;marque :</translation>
    </message>
    <message>
        <source>Why ballots and signatures differ</source>
        <translation>Pourquoi bulletins et émargements diffèrent</translation>
    </message>
    <message>
        <source>R&amp;ecord the reconciliation</source>
        <translation>Enregistrer le rapprochemen&amp;t</translation>
    </message>
    <message>
        <source>Hand count</source>
        <translation>Dépouillement manuel</translation>
    </message>
    <message>
        <source>Hand co&amp;unt…</source>
        <translation>Dépouillement à la ma&amp;in…</translation>
    </message>
    <message>
        <source>Type a station&apos;s totals counted by hand, instead of its ballots one by one</source>
        <translation>Saisir les totaux d’un bureau dépouillé à la main, au lieu de ses bulletins un par un</translation>
    </message>
    <message>
        <source>Remove the hand coun&amp;t</source>
        <translation>Retirer le dépouillement manue&amp;l</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Counted on</source>
        <translation>Dépouillé le</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Ballots (valid, blank, spoilt)</source>
        <translation>Bulletins (valables, blancs, nuls)</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{valid}, {blank}, {nul}</source>
        <translation>{valid}, {blank}, {nul}</translation>
    </message>
    <message>
        <source>Published on {day}</source>
        <translation>Publié le {day}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Linked stake</source>
        <translation>Enjeu lié</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>Give the criterion a name.</source>
        <translation>Donnez un nom au critère.</translation>
    </message>
    <message>
        <source>The weight must be between 1 and 10.</source>
        <translation>Le poids doit être compris entre 1 et 10.</translation>
    </message>
    <message>
        <source>The scale must go from a lower to a higher whole number, between 0 and 20 (for example 0 to 3).</source>
        <translation>L’échelle doit aller d’un nombre entier à un nombre plus grand, entre 0 et 20 (par exemple de 0 à 3).</translation>
    </message>
    <message>
        <source>{value} is not a score between {low} and {high}.</source>
        <translation>{value} n’est pas une note entre {low} et {high}.</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Ce critère n’existe plus.</translation>
    </message>
    <message>
        <source>This campaign already has criteria: the default grid is only offered to start from nothing.</source>
        <translation>Cette campagne a déjà des critères : la grille par défaut ne se propose que pour partir de rien.</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>What reviewers look at, and what each score means</source>
        <translation>Ce que les instructeurs regardent, et ce que veut dire chaque note</translation>
    </message>
    <message>
        <source>New scored criterion</source>
        <translation>Nouveau critère noté</translation>
    </message>
    <message>
        <source>New eligibility criterion</source>
        <translation>Nouveau critère de recevabilité</translation>
    </message>
    <message>
        <source>Edit a criterion</source>
        <translation>Modifier un critère</translation>
    </message>
    <message>
        <source>No linked stake</source>
        <translation>Aucun enjeu lié</translation>
    </message>
    <message>
        <source>{priority}. {title}</source>
        <translation>{priority}. {title}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>What reviewers check</source>
        <translation>Ce que les instructeurs vérifient</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>How much the criterion counts in the total: its score is multiplied by the weight.</source>
        <translation>Combien le critère compte dans le total&#xa0;: sa note est multipliée par le poids.</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>Éc&amp;helle de&#xa0;:</translation>
    </message>
    <message>
        <source>The lowest score a reviewer can give.</source>
        <translation>La note la plus basse qu’un instructeur peut donner.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>jus&amp;qu’à</translation>
    </message>
    <message>
        <source>The highest score a reviewer can give.</source>
        <translation>La note la plus haute qu’un instructeur peut donner.</translation>
    </message>
    <message>
        <source>Linked sta&amp;ke:</source>
        <translation>&amp;Enjeu lié&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the priority stake this criterion checks.</source>
        <translation>Facultatif&#xa0;: l’enjeu prioritaire que ce critère vérifie.</translation>
    </message>
</context>
<context>
    <name>CriterionKind</name>
    <message>
        <source>Eligibility (yes/no)</source>
        <translation>Recevabilité (oui/non)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Noté</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Sample data — the amounts, dates, people and checklists of this campaign are invented for the demo; titles, holders and envelopes come from the Métropole&apos;s review.</source>
        <translation>Données d’exemple — les montants, dates, personnes et listes de contrôle de cette campagne sont inventés pour la démonstration&#xa0;; les titres, porteurs et enveloppes viennent du bilan de la Métropole.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Follow-up alerts</source>
        <translation>Alertes du suivi</translation>
    </message>
    <message>
        <source>&amp;Progress by phase</source>
        <translation>A&amp;vancement par phase</translation>
    </message>
    <message>
        <source>Press Enter or double-click a phase to open it.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur une phase pour l’ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Next due</source>
        <translation>&amp;Prochaines échéances</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open its phase.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur un élément pour ouvrir sa phase.</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Aucune échéance.</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>En chiffres</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>of which new holders</source>
        <translation>dont nouveaux porteurs</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>Enjeux</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Instructeurs</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Core group</source>
        <translation>Noyau dur</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Participants met</source>
        <translation>Participants rencontrés</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>«{url}» is not a database address.</source>
        <translation>« {url} » n’est pas une adresse de base de données.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime; nothing was saved. Reload it and enter your changes again.</source>
        <translation>Quelqu’un d’autre a modifié cet enregistrement entre-temps&#xa0;; rien n’a été enregistré. Rechargez-le et saisissez à nouveau vos modifications.</translation>
    </message>
    <message>
        <source>There is no database at «{path}».</source>
        <translation>Il n’y a pas de base de données à « {path} ».</translation>
    </message>
    <message>
        <source>«{path}» is a folder, not a database file.</source>
        <translation>« {path} » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot use the database «{url}»: {reason}</source>
        <translation>Impossible d’utiliser la base de données « {url} » : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database «{name}»: {reason}</source>
        <translation>Impossible d’ouvrir la base de données « {name} » : {reason}</translation>
    </message>
    <message>
        <source>«{path}» is not a pbdesk database (not an SQLite file).</source>
        <translation>« {path} » n’est pas une base pbdesk (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>«{name}» holds tables but is not a pbdesk database.</source>
        <translation>« {name} » contient des tables mais n’est pas une base pbdesk.</translation>
    </message>
    <message>
        <source>The database «{name}» was written by a newer pbdesk (schema {revision}); install the newer pbdesk to open it. It was not changed.</source>
        <translation>La base « {name} » a été écrite par une version plus récente de pbdesk (schéma {revision}) ; installez cette version pour l’ouvrir. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The migrated database has broken links: {problems}</source>
        <translation>La base mise à niveau contient des liens cassés : {problems}</translation>
    </message>
</context>
<context>
    <name>DecisionMode</name>
    <message>
        <source>Residents&apos; vote</source>
        <translation>Votation des habitants</translation>
    </message>
    <message>
        <source>Designation without a vote (by the core group)</source>
        <translation>Désignation sans votation (par le noyau dur)</translation>
    </message>
</context>
<context>
    <name>DesignationModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Pas décidé</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non lauréat</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Modifié, pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>DesignationPage</name>
    <message>
        <source>Decision on project {number}: {title}</source>
        <translation>Décision sur le projet {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Decision on the selected project</source>
        <translation>Décision sur le projet sélectionné</translation>
    </message>
    <message>
        <source>{funded} designated out of {envelope}</source>
        <translation>{funded} désignés sur {envelope}</translation>
    </message>
    <message>
        <source>{excess} over the envelope</source>
        <translation>{excess} de plus que l’enveloppe</translation>
    </message>
    <message>
        <source>This campaign decides by a vote: see its results instead.</source>
        <translation>Cette campagne décide par une votation&#xa0;: voyez plutôt ses résultats.</translation>
    </message>
    <message>
        <source>No project to designate yet: applications must be reviewed first (phase 7).</source>
        <translation>Aucun projet à désigner pour l’instant&#xa0;: les dépôts doivent d’abord être instruits (phase 7).</translation>
    </message>
    <message>
        <source>Designation recorded on {day}, decided by {who}: no project funded out of {count}.</source>
        <translation>Désignation enregistrée le {day} (décision&#xa0;: {who})&#xa0;: aucun projet lauréat sur {count}.</translation>
    </message>
    <message>
        <source>Designation recorded on {day}, decided by {who}: 1 project funded out of {count}.</source>
        <translation>Désignation enregistrée le {day} (décision&#xa0;: {who})&#xa0;: 1 projet lauréat sur {count}.</translation>
    </message>
    <message>
        <source>Designation recorded on {day}, decided by {who}: {funded} projects funded out of {count}.</source>
        <translation>Désignation enregistrée le {day} (décision&#xa0;: {who})&#xa0;: {funded} projets lauréats sur {count}.</translation>
    </message>
    <message>
        <source>No designation recorded yet.</source>
        <translation>Aucune désignation enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Decide on at least one project.</source>
        <translation>Décidez d’au moins un projet.</translation>
    </message>
    <message>
        <source>Give the core group&apos;s reasons for this project.</source>
        <translation>Donnez les motifs du noyau dur pour ce projet.</translation>
    </message>
    <message>
        <source>Say who decided (the core group).</source>
        <translation>Dites qui a décidé (le noyau dur).</translation>
    </message>
    <message>
        <source>Designation not saved</source>
        <translation>Désignation non enregistrée</translation>
    </message>
    <message>
        <source>The designation has changes that are not saved. Save them?</source>
        <translation>La désignation a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Designation by the core group</source>
        <translation>Désignation par le noyau dur</translation>
    </message>
    <message>
        <source>This campaign decides without a vote: the core group designates the projects funded and says why for each one. Saving sets the statuses funded or not funded, writes the journal and schedules the review one year after the decision.</source>
        <translation>Cette campagne décide sans votation&#xa0;: le noyau dur désigne les projets lauréats et dit pourquoi pour chacun. Enregistrer fixe les statuts lauréat ou non lauréat, écrit le Journal et programme le bilan un an après la décision.</translation>
    </message>
    <message>
        <source>What the projects designated funded cost, against the campaign&apos;s envelope (frame)</source>
        <translation>Ce que coûtent les projets désignés lauréats, au regard de l’enveloppe de la campagne (Cadre)</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>Déc&amp;ision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>Why the core group funds this project, or not</source>
        <translation>Pourquoi le noyau dur retient ce projet, ou non</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Décidé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the designation</source>
        <translation>Enre&amp;gistrer la désignation</translation>
    </message>
    <message>
        <source>Record the decisions, set the statuses and schedule the one-year review (Ctrl+S)</source>
        <translation>Enregistrer les décisions, fixer les statuts et programmer le bilan à un an (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Entry A</source>
        <translation>Saisie A</translation>
    </message>
    <message>
        <source>Entry B</source>
        <translation>Saisie B</translation>
    </message>
</context>
<context>
    <name>DirectCountDialog</name>
    <message>
        <source>The ballots of «{station}» were counted by hand at the station: type the totals of the count report. They are marked as a hand count.</source>
        <translation>Les bulletins de «&#xa0;{station}&#xa0;» ont été dépouillés à la main au bureau : saisissez les totaux du procès-verbal de dépouillement. Ils sont marqués comme dépouillement manuel.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>Hand count</source>
        <translation>Dépouillement manuel</translation>
    </message>
    <message>
        <source>Valid &amp;ballots:</source>
        <translation>Bulletins &amp;valables :</translation>
    </message>
    <message>
        <source>B&amp;lank ballots:</source>
        <translation>Bulletins b&amp;lancs :</translation>
    </message>
    <message>
        <source>&amp;Spoilt ballots:</source>
        <translation>Bulletins &amp;nuls :</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Voix par projet</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Who counted, anything to note</source>
        <translation>Qui a compté, ce qu’il faut noter</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
</context>
<context>
    <name>EditionsChart</name>
    <message>
        <source>{name}: envelope {envelope}, paid {paid}.</source>
        <translation>{name}&#xa0;: enveloppe {envelope}, payé {paid}.</translation>
    </message>
</context>
<context>
    <name>EditionsExport</name>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>New holders</source>
        <translation>Nouveaux porteurs</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Spent (paid)</source>
        <translation>Dépensé (payé)</translation>
    </message>
    <message>
        <source>Spent / allocated</source>
        <translation>Dépensé / alloué</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <source>Participatory budgets: the editions compared</source>
        <translation>Budgets participatifs&#xa0;: les éditions comparées</translation>
    </message>
    <message>
        <source>Total ({count} editions)</source>
        <translation>Total ({count} éditions)</translation>
    </message>
    <message>
        <source>A dash means pbdesk does not know the figure (no vote, or no follow-up recorded yet). Voters: signatures of the register, else ballots counted.</source>
        <translation>Un tiret signifie que pbdesk ne connaît pas le chiffre (pas de votation, ou pas encore de suivi enregistré). Votants&#xa0;: signatures de la liste d’émargement, à défaut bulletins dépouillés.</translation>
    </message>
</context>
<context>
    <name>EditionsModel</name>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>New holders</source>
        <translation>Nouveaux porteurs</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Spent (paid)</source>
        <translation>Dépensé (payé)</translation>
    </message>
    <message>
        <source>{new} new holders out of {all}</source>
        <translation>{new} nouveaux porteurs sur {all}</translation>
    </message>
    <message>
        <source>No vote figures (decided without a vote, or not counted yet)</source>
        <translation>Pas de chiffres de votation (décidé sans votation, ou pas encore dépouillé)</translation>
    </message>
    <message>
        <source>No funded project is followed yet</source>
        <translation>Aucun projet lauréat n’est encore suivi</translation>
    </message>
    <message>
        <source>No follow-up recorded yet</source>
        <translation>Aucun suivi enregistré pour l’instant</translation>
    </message>
    <message>
        <source>{paid} paid out of {allocated} allocated</source>
        <translation>{paid} payés sur {allocated} alloués</translation>
    </message>
</context>
<context>
    <name>EditionsPage</name>
    <message>
        <source>pbdesk</source>
        <translation>pbdesk</translation>
    </message>
    <message>
        <source>Export the editions to Excel</source>
        <translation>Exporter les éditions vers Excel</translation>
    </message>
    <message>
        <source>editions.xlsx</source>
        <translation>editions.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot write «{path}»: {reason}</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No edition yet.</source>
        <translation>Aucune édition pour l’instant.</translation>
    </message>
    <message>
        <source>Total of {count} edition: {envelope} of envelope.</source>
        <translation>Total de {count} édition&#xa0;: {envelope} d’enveloppe.</translation>
    </message>
    <message>
        <source>Total of {count} editions: {envelope} of envelopes.</source>
        <translation>Total des {count} éditions&#xa0;: {envelope} d’enveloppes.</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} dépôt</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} dépôts</translation>
    </message>
    <message>
        <source>, {count} of them from a new holder.</source>
        <translation>, dont {count} d’un nouveau porteur.</translation>
    </message>
    <message>
        <source>, {count} of them from new holders.</source>
        <translation>, dont {count} de nouveaux porteurs.</translation>
    </message>
    <message>
        <source>{count} voter.</source>
        <translation>{count} votant.</translation>
    </message>
    <message>
        <source>{count} voters.</source>
        <translation>{count} votants.</translation>
    </message>
    <message>
        <source>{count} project funded</source>
        <translation>{count} projet lauréat</translation>
    </message>
    <message>
        <source>{count} projects funded</source>
        <translation>{count} projets lauréats</translation>
    </message>
    <message>
        <source>, {count} carried out</source>
        <translation>, dont {count} réalisé</translation>
    </message>
    <message>
        <source>, {count} of them carried out</source>
        <translation>, dont {count} réalisés</translation>
    </message>
    <message>
        <source>{paid} paid out of {allocated} allocated ({share}).</source>
        <translation>{paid} payés sur {allocated} alloués ({share}).</translation>
    </message>
    <message>
        <source>Compare the editions</source>
        <translation>Comparer les éditions</translation>
    </message>
    <message>
        <source>Every campaign of this workspace side by side: what was at stake, who took part, what was funded, carried out and paid. A dash means the figure is not known yet.</source>
        <translation>Toutes les campagnes de cet espace de travail côte à côte&#xa0;: l’enveloppe, qui a participé, ce qui a été financé, réalisé et payé. Un tiret signifie que le chiffre n’est pas encore connu.</translation>
    </message>
    <message>
        <source>Press Enter to open the edition&apos;s dashboard.</source>
        <translation>Appuyez sur Entrée pour ouvrir le tableau de bord de l’édition.</translation>
    </message>
    <message>
        <source>Envelope and money paid, per edition</source>
        <translation>Enveloppe et argent payé, par édition</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook, with the totals (Ctrl+E).</source>
        <translation>Enregistrer le tableau dans un classeur Excel, avec les totaux (Ctrl+E).</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed on {moment}</source>
        <translation>terminée le {moment}</translation>
    </message>
</context>
<context>
    <name>ExchangeCli</name>
    <message>
        <source>write a campaign to a .pbdesk project file</source>
        <translation>écrire une campagne dans un fichier projet .pbdesk</translation>
    </message>
    <message>
        <source>id or short name</source>
        <translation>identifiant ou nom court</translation>
    </message>
    <message>
        <source>add a campaign from a .pbdesk file, or merge it into its copy here</source>
        <translation>ajouter une campagne depuis un fichier .pbdesk, ou la fusionner avec sa copie ici</translation>
    </message>
    <message>
        <source>only show what the import would do</source>
        <translation>montrer seulement ce que ferait l’import</translation>
    </message>
    <message>
        <source>copy the whole database into an empty one (SQLite or PostgreSQL)</source>
        <translation>copier toute la base dans une base vide (SQLite ou PostgreSQL)</translation>
    </message>
    <message>
        <source>the empty target database: a file or a SQLAlchemy URL</source>
        <translation>la base de destination, vide : un fichier ou une URL SQLAlchemy</translation>
    </message>
    <message>
        <source>also write residents&apos; contact details and the sign-in register&apos;s keys and secret</source>
        <translation>écrire aussi les coordonnées des habitants, les clés et le secret de la liste d’émargement</translation>
    </message>
    <message>
        <source>Warning: this file will hold residents&apos; personal data (contact details, sign-in register keys and secret); give it only to people entitled to see them.</source>
        <translation>Attention : ce fichier contiendra des données personnelles d’habitants (coordonnées, clés et secret de la liste d’émargement) ; ne le confiez qu’à des personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>«{campaign}» written to {path}: {records} records, {attachments} attachments, {kilobytes} kB.</source>
        <translation>« {campaign} » écrite dans {path} : {records} enregistrements, {attachments} pièces jointes, {kilobytes} ko.</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these records; this database&apos;s version is kept (here / in the file):</source>
        <translation>Conflits : ces enregistrements ont changé des deux côtés ; la version de cette base est gardée (ici / dans le fichier) :</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n’a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>«{campaign}» imported: {added} records added.</source>
        <translation>« {campaign} » importée : {added} enregistrements ajoutés.</translation>
    </message>
    <message>
        <source>«{campaign}» merged: {added} records added, {updated} updated, {kept} conflicts kept as they are here.</source>
        <translation>« {campaign} » fusionnée : {added} enregistrements ajoutés, {updated} mis à jour, {kept} conflits laissés tels qu’ici.</translation>
    </message>
    <message>
        <source>Database copied to {target}: {records} records in {tables} tables, counts checked on both sides.</source>
        <translation>Base copiée vers {target} : {records} enregistrements dans {tables} tables, comptes vérifiés des deux côtés.</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>New expense</source>
        <translation>Nouvelle dépense</translation>
    </message>
    <message>
        <source>Edit an expense</source>
        <translation>Modifier une dépense</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yee:</source>
        <translation>Pa&amp;yé à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice or order number</source>
        <translation>Numéro de facture ou de bon de commande</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmitted</source>
        <translation>&amp;Engagée</translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation>&amp;Payée</translation>
    </message>
</context>
<context>
    <name>ExpenseState</name>
    <message>
        <source>committed</source>
        <translation>engagée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
</context>
<context>
    <name>ExpensesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payé à</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>ExportProjectDialog</name>
    <message>
        <source>Export the campaign</source>
        <translation>Exporter la campagne</translation>
    </message>
    <message>
        <source>pbdesk project files (*.pbdesk)</source>
        <translation>Fichiers projet pbdesk (*.pbdesk)</translation>
    </message>
    <message>
        <source>Choose where to write the project file.</source>
        <translation>Choisissez où écrire le fichier projet.</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>«{name}» already exists. Replace it?</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Arrêté&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>«{campaign}» exported to {path} ({records} records, {attachments} attachments).</source>
        <translation>«&#xa0;{campaign}&#xa0;» exportée dans {path} ({records}&#xa0;enregistrements, {attachments}&#xa0;pièces jointes).</translation>
    </message>
    <message>
        <source>The campaign is written to one project file (.pbdesk) that another team, another laptop or next year&apos;s team can import.</source>
        <translation>La campagne est écrite dans un seul fichier projet (.pbdesk), qu’une autre équipe, un autre ordinateur ou l’équipe de l’an prochain peut importer.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Include &amp;personal data</source>
        <translation>Inclure les &amp;données personnelles</translation>
    </message>
    <message>
        <source>By default residents&apos; personal data stays on this computer: their contact details and the sign-in register&apos;s keys and secret are left out of the file.</source>
        <translation>Par défaut, les données personnelles des habitants restent sur cet ordinateur&#xa0;: leurs coordonnées, les clés et le secret de la liste d’émargement ne sont pas écrits dans le fichier.</translation>
    </message>
    <message>
        <source>Warning: the file will hold residents&apos; personal data (contact details of residents, keys and secret of the sign-in register). Give it only to people entitled to see them, for example the laptops of the same vote day, and delete it once imported.</source>
        <translation>Attention&#xa0;: le fichier contiendra des données personnelles d’habitants (coordonnées des habitants, clés et secret de la liste d’émargement). Ne le confiez qu’à des personnes autorisées à les voir, par exemple les ordinateurs d’une même journée de votation, et supprimez-le une fois importé.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The whole edition</source>
        <translation>L’édition dans son ensemble</translation>
    </message>
</context>
<context>
    <name>FeedbackSource</name>
    <message>
        <source>meeting</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The project is already «{status}».</source>
        <translation>Le projet est déjà «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>A project «{before}» cannot become «{after}».</source>
        <translation>Un projet «&#xa0;{before}&#xa0;» ne peut pas devenir «&#xa0;{after}&#xa0;».</translation>
    </message>
    <message>
        <source>Say why the project is «{status}».</source>
        <translation>Indiquez pourquoi le projet est «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>Too long ({limit} characters at most).</source>
        <translation>Trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation>Un nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The progress is a percentage, 0 to 100.</source>
        <translation>L’avancement est un pourcentage, de 0 à 100.</translation>
    </message>
    <message>
        <source>The financial report cannot come in before the financial year ends.</source>
        <translation>Le compte rendu financier ne peut pas arriver avant la fin de l’exercice.</translation>
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation>Indiquez la date du versement.</translation>
    </message>
    <message>
        <source>Give the planned date of the payment.</source>
        <translation>Indiquez la date prévue du versement.</translation>
    </message>
    <message>
        <source>Give the amount of the payment.</source>
        <translation>Indiquez le montant du versement.</translation>
    </message>
    <message>
        <source>Give the milestone&apos;s title.</source>
        <translation>Indiquez l’intitulé du jalon.</translation>
    </message>
    <message>
        <source>Give the date the milestone was reached.</source>
        <translation>Indiquez la date à laquelle le jalon a été atteint.</translation>
    </message>
    <message>
        <source>Give the planned date.</source>
        <translation>Indiquez la date prévue.</translation>
    </message>
    <message>
        <source>Give the date of the update.</source>
        <translation>Indiquez la date de l’actualité.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Écrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Give the date of the expense.</source>
        <translation>Indiquez la date de la dépense.</translation>
    </message>
    <message>
        <source>Say what the expense is for.</source>
        <translation>Indiquez l’objet de la dépense.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n’existe plus.</translation>
    </message>
    <message>
        <source>«{title}» was not funded: add it as carried out outside the vote first.</source>
        <translation>«&#xa0;{title}&#xa0;» n’a pas été retenu&#xa0;: ajoutez-le d’abord comme réalisé hors votation.</translation>
    </message>
    <message>
        <source>This project is not followed.</source>
        <translation>Ce projet n’est pas suivi.</translation>
    </message>
    <message>
        <source>«{title}» was funded by the vote: it is already followed.</source>
        <translation>«&#xa0;{title}&#xa0;» a été retenu par la votation&#xa0;: il est déjà suivi.</translation>
    </message>
    <message>
        <source>«{title}» is already followed.</source>
        <translation>«&#xa0;{title}&#xa0;» est déjà suivi.</translation>
    </message>
    <message>
        <source>Only a project carried out outside the vote can be removed.</source>
        <translation>Seul un projet réalisé hors votation peut être retiré du suivi.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Ce versement n’existe plus.</translation>
    </message>
    <message>
        <source>This milestone no longer exists.</source>
        <translation>Ce jalon n’existe plus.</translation>
    </message>
    <message>
        <source>This update no longer exists.</source>
        <translation>Cette actualité n’existe plus.</translation>
    </message>
    <message>
        <source>«{name}» is not a photo (JPEG, PNG, GIF or WebP).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une photo (JPEG, PNG, GIF ou WebP).</translation>
    </message>
    <message>
        <source>«{name}» cannot be read.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>«{name}» is too large ({size} MB; 20 MB at most).</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux ({size} Mo&#xa0;; 20 Mo au plus).</translation>
    </message>
    <message>
        <source>«{name}» changed while it was read; try again.</source>
        <translation>«&#xa0;{name}&#xa0;» a changé pendant sa lecture&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This photo no longer exists.</source>
        <translation>Cette photo n’existe plus.</translation>
    </message>
    <message>
        <source>This expense no longer exists.</source>
        <translation>Cette dépense n’existe plus.</translation>
    </message>
    <message>
        <source>«{title}» spent {amount} more than allocated.</source>
        <translation>«&#xa0;{title}&#xa0;» a dépensé {amount} de plus que le montant alloué.</translation>
    </message>
    <message>
        <source>«{title}»: milestone «{milestone}» late (planned {date}).</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: jalon «&#xa0;{milestone}&#xa0;» en retard (prévu le {date}).</translation>
    </message>
    <message>
        <source>«{title}»: financial report overdue since {date}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: compte rendu financier en retard depuis le {date}.</translation>
    </message>
    <message>
        <source>The one-year review is due on {date}.</source>
        <translation>Le bilan à un an est prévu le {date}.</translation>
    </message>
    <message>
        <source>The one-year review was due on {date} and has not been held.</source>
        <translation>Le bilan à un an était prévu le {date} et n’a pas eu lieu.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Allocated {allocated} · committed {committed} · paid {paid} · remaining {remaining}</source>
        <translation>Alloué {allocated} · engagé {committed} · payé {paid} · reste {remaining}</translation>
    </message>
    <message>
        <source>overspent {amount}</source>
        <translation>dépassement {amount}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The subsidy of this project was changed. Save the changes?</source>
        <translation>La subvention de ce projet a été modifiée. Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — en retard</translation>
    </message>
    <message>
        <source>No expense yet</source>
        <translation>Aucune dépense pour l’instant</translation>
    </message>
    <message>
        <source>1 expense, {amount}</source>
        <translation>1 dépense, {amount}</translation>
    </message>
    <message>
        <source>{count} expenses, {amount}</source>
        <translation>{count} dépenses, {amount}</translation>
    </message>
    <message>
        <source>paid {paid} of {awarded} · planned {planned}</source>
        <translation>versé {paid} sur {awarded} alloués · prévu {planned}</translation>
    </message>
    <message>
        <source>Every application is already followed.</source>
        <translation>Tous les dépôts sont déjà suivis.</translation>
    </message>
    <message>
        <source>Carried out outside the vote</source>
        <translation>Réalisé hors votation</translation>
    </message>
    <message>
        <source>Project not chosen by the vote but carried out:</source>
        <translation>Projet non retenu par la votation mais réalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Remove a payment</source>
        <translation>Retirer un versement</translation>
    </message>
    <message>
        <source>Remove the payment of {amount}?</source>
        <translation>Retirer le versement de {amount}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove a milestone</source>
        <translation>Retirer un jalon</translation>
    </message>
    <message>
        <source>Remove the milestone «{title}»?</source>
        <translation>Retirer le jalon «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove an update</source>
        <translation>Retirer une actualité</translation>
    </message>
    <message>
        <source>Remove the update of {date} and its photos?</source>
        <translation>Retirer l’actualité du {date} et ses photos&#xa0;?</translation>
    </message>
    <message>
        <source>Remove an expense</source>
        <translation>Retirer une dépense</translation>
    </message>
    <message>
        <source>Remove the expense «{label}» of {amount}?</source>
        <translation>Retirer la dépense «&#xa0;{label}&#xa0;» de {amount}&#xa0;?</translation>
    </message>
    <message>
        <source>Follow-up of the projects</source>
        <translation>Suivi des projets</translation>
    </message>
    <message>
        <source>&amp;Projects followed</source>
        <translation>&amp;Projets suivis</translation>
    </message>
    <message>
        <source>Add a project carried out outside the vote…</source>
        <translation>Ajouter un projet réalisé hors votation…</translation>
    </message>
    <message>
        <source>The bar: paid (dark), committed (light) against the allocation; red when overspent.</source>
        <translation>La barre&#xa0;: payé (foncé), engagé (clair) par rapport au montant alloué&#xa0;; en rouge en cas de dépassement.</translation>
    </message>
    <message>
        <source>No funded project yet: projects appear here once the results are published.</source>
        <translation>Aucun projet lauréat pour l’instant&#xa0;: les projets apparaissent ici une fois les résultats publiés.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Why it is suspended or abandoned</source>
        <translation>Pourquoi le projet est suspendu ou abandonné</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Su&amp;bsidy</source>
        <translation>Su&amp;bvention</translation>
    </message>
    <message>
        <source>Amount a&amp;warded:</source>
        <translation>Subvent&amp;ion allouée&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onvention reference:</source>
        <translation>Référence de la c&amp;onvention&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gnée le&#xa0;:</translation>
    </message>
    <message>
        <source>Financial year en&amp;ds on:</source>
        <translation>Fin de l’e&amp;xercice comptable&#xa0;:</translation>
    </message>
    <message>
        <source>Financial report rece&amp;ived on:</source>
        <translation>Compte &amp;rendu financier reçu le&#xa0;:</translation>
    </message>
    <message>
        <source>Report due:</source>
        <translation>Compte rendu attendu le&#xa0;:</translation>
    </message>
    <message>
        <source>Percen&amp;t done:</source>
        <translation>Avancemen&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Number of beneficiaries:</source>
        <translation>&amp;Nombre de bénéficiaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activities reported:</source>
        <translation>Activités réa&amp;lisées&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the subsidy and the holder&apos;s report (Ctrl+S).</source>
        <translation>Enregistrer la subvention et le bilan du porteur (Ctrl+S).</translation>
    </message>
    <message>
        <source>Payments of the subsidy</source>
        <translation>Versements de la subvention</translation>
    </message>
    <message>
        <source>Paid (dark) and planned (light) payments against the subsidy awarded; red when more is planned than awarded.</source>
        <translation>Versé (foncé) et prévu (clair) par rapport à la subvention allouée&#xa0;; en rouge si les versements prévus dépassent la subvention allouée.</translation>
    </message>
    <message>
        <source>Edit the update (F2) to add or remove photos and to write their captions.</source>
        <translation>Modifiez l’actualité (F2) pour ajouter ou retirer des photos et écrire leurs légendes.</translation>
    </message>
    <message>
        <source>Add update…</source>
        <translation>Ajouter une actualité…</translation>
    </message>
    <message>
        <source>Write an update, with photos (Insert).</source>
        <translation>Rédiger une actualité, avec des photos (Inser).</translation>
    </message>
    <message>
        <source>Correct the selected update, its photos and their captions (Enter or F2).</source>
        <translation>Corriger l’actualité sélectionnée, ses photos et leurs légendes (Entrée ou F2).</translation>
    </message>
    <message>
        <source>Insert adds an expense, Enter or F2 changes the selected one, Delete removes it.</source>
        <translation>Inser ajoute une dépense, Entrée ou F2 modifie la dépense sélectionnée, Suppr la retire.</translation>
    </message>
    <message>
        <source>Change the selected expense (Enter or F2).</source>
        <translation>Modifier la dépense sélectionnée (Entrée ou F2).</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer versé</translation>
    </message>
    <message>
        <source>The selected payment was paid today, of its planned amount.</source>
        <translation>Le versement sélectionné a été effectué aujourd’hui, du montant prévu.</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>Ajouter un versement…</translation>
    </message>
    <message>
        <source>Plan a payment of the subsidy (Insert in the table).</source>
        <translation>Prévoir un versement de la subvention (Inser dans le tableau).</translation>
    </message>
    <message>
        <source>Correct the selected payment: dates and amounts (Enter or F2).</source>
        <translation>Corriger le versement sélectionné&#xa0;: dates et montants (Entrée ou F2).</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Retirer le versement</translation>
    </message>
    <message>
        <source>Remove the selected payment (Delete).</source>
        <translation>Retirer le versement sélectionné (Suppr).</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <source>Late milestones are shown in red.</source>
        <translation>Les jalons en retard apparaissent en rouge.</translation>
    </message>
    <message>
        <source>Mark reached</source>
        <translation>Marquer atteint</translation>
    </message>
    <message>
        <source>The selected milestone was reached today.</source>
        <translation>Le jalon sélectionné a été atteint aujourd’hui.</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Ajouter un jalon…</translation>
    </message>
    <message>
        <source>Add a milestone (Insert).</source>
        <translation>Ajouter un jalon (Inser).</translation>
    </message>
    <message>
        <source>Correct the selected milestone: title, dates, status (Enter or F2).</source>
        <translation>Corriger le jalon sélectionné&#xa0;: titre, dates, statut (Entrée ou F2).</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Retirer le jalon</translation>
    </message>
    <message>
        <source>Remove the selected milestone (Delete).</source>
        <translation>Retirer le jalon sélectionné (Suppr).</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Act&amp;ualités</translation>
    </message>
    <message>
        <source>Photos of the selected update:</source>
        <translation>Photos de l’actualité sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation>Retirer l’actualité</translation>
    </message>
    <message>
        <source>Remove the selected update and its photos (Delete).</source>
        <translation>Retirer l’actualité sélectionnée et ses photos (Suppr).</translation>
    </message>
    <message>
        <source>&amp;Expenses</source>
        <translation>Dépens&amp;es</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Record an expense (Insert).</source>
        <translation>Enregistrer une dépense (Inser).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected expense (Delete).</source>
        <translation>Retirer la dépense sélectionnée (Suppr).</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>prize-winner</source>
        <translation>lauréat</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>carried out</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>carried out outside the vote</source>
        <translation>réalisé hors votation</translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>L’année doit être comprise entre 2000 et 2100.</translation>
    </message>
    <message>
        <source>The short name «{slug}» may only hold lower-case letters, digits and dashes (for example belle-de-mai-2019).</source>
        <translation>Le nom court « {slug} » ne peut contenir que des minuscules sans accent, des chiffres et des tirets (par exemple belle-de-mai-2019).</translation>
    </message>
    <message>
        <source>Add at least one territory.</source>
        <translation>Ajoutez au moins un territoire.</translation>
    </message>
    <message>
        <source>Territory {number}: give it a name.</source>
        <translation>Territoire {number} : donnez-lui un nom.</translation>
    </message>
    <message>
        <source>Territory {number}: «{name}» is already in the list.</source>
        <translation>Territoire {number} : « {name} » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Territory {number}: the postcode «{postcode}» must have five digits.</source>
        <translation>Territoire {number} : le code postal « {postcode} » doit comporter cinq chiffres.</translation>
    </message>
    <message>
        <source>Territory {number}: «{code}» is not a QPV code (for example QN01301M).</source>
        <translation>Territoire {number} : « {code} » n’est pas un code QPV (par exemple QN01301M).</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>La campagne ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>A campaign decided without a vote has no vote date.</source>
        <translation>Une campagne décidée sans votation n’a pas de date de votation.</translation>
    </message>
    <message>
        <source>The vote date must fall between the campaign&apos;s start and end.</source>
        <translation>La date de votation doit tomber entre le début et la fin de la campagne.</translation>
    </message>
    <message>
        <source>The short name «{slug}» is already used by another campaign.</source>
        <translation>Le nom court « {slug} » est déjà utilisé par une autre campagne.</translation>
    </message>
    <message>
        <source>Someone else changed this campaign&apos;s frame in the meantime; reload it and enter your changes again.</source>
        <translation>Quelqu’un d’autre a modifié le cadre de cette campagne entre-temps ; rechargez-le et saisissez à nouveau vos modifications.</translation>
    </message>
</context>
<context>
    <name>FrameField</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thématique</translation>
    </message>
    <message>
        <source>aims</source>
        <translation>finalités</translation>
    </message>
    <message>
        <source>call</source>
        <translation>forme de l’appel</translation>
    </message>
    <message>
        <source>core group</source>
        <translation>noyau dur</translation>
    </message>
    <message>
        <source>decision mode</source>
        <translation>mode de décision</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>vote date</source>
        <translation>date de votation</translation>
    </message>
    <message>
        <source>territories</source>
        <translation>territoires</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>The frame fixes the perimeter, the envelope and the rules of the campaign.</source>
        <translation>Le cadre fixe le périmètre, l’enveloppe et les règles de la campagne.</translation>
    </message>
    <message>
        <source>Sample campaign: the figures the source document does not give are invented.</source>
        <translation>Campagne d’exemple&#xa0;: les chiffres que le document source ne donne pas sont des données d’exemple, inventées.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>for example Air Bel 2021</source>
        <translation>par exemple Air Bel 2021</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ann&amp;ée&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;rt name:</source>
        <translation>Nom co&amp;urt&#xa0;:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes. It names the campaign in files and on the command line. Filled in from the name until you change it.</source>
        <translation>Lettres minuscules, chiffres et tirets. Il désigne la campagne dans les fichiers et en ligne de commande. Il suit le nom tant que vous ne le modifiez pas.</translation>
    </message>
    <message>
        <source>for example air-bel-2021</source>
        <translation>par exemple air-bel-2021</translation>
    </message>
    <message>
        <source>Enve&amp;lope (€):</source>
        <translation>&amp;Enveloppe (€)&#xa0;:</translation>
    </message>
    <message>
        <source>The amount residents decide on, in euros: 95 000 or 95000,50.</source>
        <translation>Le montant dont les habitants décident, en euros&#xa0;: 95&#xa0;000 ou 95000,50.</translation>
    </message>
    <message>
        <source>&amp;Theme (optional):</source>
        <translation>&amp;Thème (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>for example living together, the environment</source>
        <translation>par exemple le vivre-ensemble, l’environnement</translation>
    </message>
    <message>
        <source>A&amp;ims:</source>
        <translation>Fina&amp;lités&#xa0;:</translation>
    </message>
    <message>
        <source>Why this campaign: what the team and the residents expect from it.</source>
        <translation>Pourquoi cette campagne&#xa0;: ce que l’équipe et les habitants en attendent.</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>The quartiers in the &amp;perimeter. Type in a cell to change it (F2 edits, Enter confirms).</source>
        <translation>Les quartiers du &amp;périmètre. Tapez dans une case pour la modifier (F2 pour modifier, Entrée pour valider).</translation>
    </message>
    <message>
        <source>&amp;Add territory</source>
        <translation>A&amp;jouter un territoire</translation>
    </message>
    <message>
        <source>Add an empty row (Insert in the table).</source>
        <translation>Ajouter une ligne vide (touche Inser dans le tableau).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected territory (Delete in the table).</source>
        <translation>Retirer le territoire sélectionné (touche Suppr dans le tableau).</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected territory up (Alt+Up in the table).</source>
        <translation>Monter le territoire sélectionné (Alt+Haut dans le tableau).</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Move the selected territory down (Alt+Down in the table).</source>
        <translation>Descendre le territoire sélectionné (Alt+Bas dans le tableau).</translation>
    </message>
    <message>
        <source>Rules and dates</source>
        <translation>Règles et dates</translation>
    </message>
    <message>
        <source>Le&amp;gal form of the call:</source>
        <translation>Forme juridi&amp;que de l’appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of core group:</source>
        <translation>T&amp;ype de noyau dur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision mode:</source>
        <translation>M&amp;ode de décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;ote date:</source>
        <translation>Date de la &amp;votation&#xa0;:</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save.</source>
        <translation>Oublier les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>Créer la campagne</translation>
    </message>
    <message>
        <source>Create the campaign with this frame (Ctrl+S).</source>
        <translation>Créer la campagne avec ce cadre (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the frame (Ctrl+S).</source>
        <translation>Enregistrer le cadre (Ctrl+S).</translation>
    </message>
    <message>
        <source>The new campaign has not been created yet. Create it now?</source>
        <translation>La nouvelle campagne n’a pas encore été créée. La créer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The frame has unsaved changes. Save them?</source>
        <translation>Le cadre a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>Remove a territory</source>
        <translation>Retirer un territoire</translation>
    </message>
    <message>
        <source>Remove «{name}» from the territories? It is gone for good once you save.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» des territoires&#xa0;? Il disparaîtra pour de bon à l’enregistrement.</translation>
    </message>
    <message>
        <source>Campaign created.</source>
        <translation>Campagne créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez ce qui est signalé en rouge.</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>The call has no criteria yet: define them before exporting grids.</source>
        <translation>L’appel n’a pas encore de critères : définissez-les avant d’exporter les grilles.</translation>
    </message>
    <message>
        <source>The campaign has no reviewers yet: add them first.</source>
        <translation>La campagne n’a pas encore d’instructeurs : ajoutez-les d’abord.</translation>
    </message>
    <message>
        <source>«{name}» has no application to review.</source>
        <translation>« {name} » n’a aucun dépôt à instruire.</translation>
    </message>
    <message>
        <source>No reviewer has an application to review.</source>
        <translation>Aucun instructeur n’a de dépôt à instruire.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Mode d’emploi</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Cannot write «{path}» (is it open in another program?): {reason}</source>
        <translation>Impossible d’écrire « {path} » (est-il ouvert dans un autre programme ?) : {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{low} to {high}, weight {weight}</source>
        <translation>{low} à {high}, coefficient {weight}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Amount requested (€)</source>
        <translation>Montant demandé (€)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Reason if «{no}»</source>
        <translation>Raison si « {no} »</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>out of {best}</source>
        <translation>sur {best}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>from the list</source>
        <translation>dans la liste</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>Review grid — {campaign} — {reviewer} ({kind})</source>
        <translation>Grille d’instruction — {campaign} — {reviewer} ({kind})</translation>
    </message>
    <message>
        <source>Fill in the white cells only (the others are protected); the sheet «{sheet}» explains each criterion. Save as .xlsx and send the file back.</source>
        <translation>Remplissez seulement les cellules blanches (les autres sont protégées) ; la feuille « {sheet} » explique chaque critère. Enregistrez au format .xlsx et renvoyez le fichier.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your opinion</source>
        <translation>Votre avis</translation>
    </message>
    <message>
        <source>Type a whole number from {low} to {high}.</source>
        <translation>Tapez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>Choose «{yes}» or «{no}».</source>
        <translation>Choisissez « {yes} » ou « {no} ».</translation>
    </message>
    <message>
        <source>«{yes}» or «{no}»; a «{no}» needs its reason.</source>
        <translation>« {yes} » ou « {no} » ; un « {no} » demande sa raison.</translation>
    </message>
    <message>
        <source>Choose a recommendation from the list.</source>
        <translation>Choisissez un avis dans la liste.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choisissez dans la liste.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>{count} caractères au plus.</translation>
    </message>
    <message>
        <source>Free text ({count} characters at most).</source>
        <translation>Texte libre ({count} caractères au plus).</translation>
    </message>
    <message>
        <source>«{name}»</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>Review grid — {campaign}</source>
        <translation>Grille d’instruction — {campaign}</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Instructeur : {name}</translation>
    </message>
    <message>
        <source>Reviewers: one sheet each ({names})</source>
        <translation>Instructeurs : une feuille chacun ({names})</translation>
    </message>
    <message>
        <source>Made on {date}, for version {version} of the criteria.</source>
        <translation>Faite le {date}, pour la version {version} des critères.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>In your grid sheet, fill in only the white cells: the other cells are protected.</source>
        <translation>Dans votre feuille de grille, remplissez seulement les cellules blanches : les autres cellules sont protégées.</translation>
    </message>
    <message>
        <source>For each eligibility criterion, answer «{yes}» or «{no}»; a «{no}» needs its reason in the next column.</source>
        <translation>Pour chaque critère de recevabilité, répondez « {yes} » ou « {no} » ; un « {no} » demande sa raison dans la colonne voisine.</translation>
    </message>
    <message>
        <source>For each scored criterion, give a whole number on its scale; the weighted total is computed by itself.</source>
        <translation>Pour chaque critère noté, donnez un nombre entier sur son échelle ; le total pondéré se calcule tout seul.</translation>
    </message>
    <message>
        <source>Choose your recommendation from the list and, if you wish, add a comment.</source>
        <translation>Choisissez votre avis dans la liste et, si vous le souhaitez, ajoutez un commentaire.</translation>
    </message>
    <message>
        <source>A row left empty changes nothing. A row you fill replaces, as a whole, what was recorded for that application (an empty cell in it clears the value).</source>
        <translation>Une ligne laissée vide ne change rien. Une ligne remplie remplace entièrement ce qui était enregistré pour ce dépôt (une cellule vide y efface la valeur).</translation>
    </message>
    <message>
        <source>Do not rename the file&apos;s sheets or add rows. Save as an Excel workbook (.xlsx) and send it back to the team.</source>
        <translation>Ne renommez pas les feuilles du fichier et n’ajoutez pas de lignes. Enregistrez-le au format classeur Excel (.xlsx) et renvoyez-le à l’équipe.</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>Les critères</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Criterion and what it means</source>
        <translation>Critère et ce qu’il signifie</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Stopped: nothing was written or changed.</source>
        <translation>Interrompu : rien n’a été écrit ni modifié.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Review synthesis — {campaign}</source>
        <translation>Synthèse de l’instruction — {campaign}</translation>
    </message>
    <message>
        <source>Made on {date}. Totals are out of {best}; reviewers disagree strongly when their totals are further apart than a quarter of that (highlighted).</source>
        <translation>Faite le {date}. Les totaux sont sur {best} ; les instructeurs sont en fort désaccord quand leurs totaux s’écartent de plus du quart de ce maximum (surligné).</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Eligibility concerns</source>
        <translation>Réserves de recevabilité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{scored}/{count} scored</source>
        <translation>{scored}/{count} notés</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>{reviewer} — {criterion}: {reason}</source>
        <translation>{reviewer} — {criterion} : {reason}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
</context>
<context>
    <name>GridChangesModel</name>
    <message>
        <source>Reviewer</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No. {number} {title}</source>
        <translation>N°&#xa0;{number} {title}</translation>
    </message>
</context>
<context>
    <name>GridImport</name>
    <message>
        <source>Nothing changes: this grid is already imported.</source>
        <translation>Rien ne change : cette grille est déjà importée.</translation>
    </message>
    <message>
        <source>«{reviewer}» (sheet «{sheet}»): {rows} applications filled in, {reviews} reviews and {values} values change.</source>
        <translation>« {reviewer} » (feuille « {sheet} ») : {rows} dépôt(s) rempli(s) ; {reviews} instruction(s) et {values} valeur(s) changent.</translation>
    </message>
    <message>
        <source>This grid (made on {made}) replaces the one made on {before}.</source>
        <translation>Cette grille (faite le {made}) remplace celle faite le {before}.</translation>
    </message>
    <message>
        <source>No. {number} «{title}»: new review ({count} values).</source>
        <translation>N° {number} « {title} » : nouvelle instruction ({count} valeur(s)).</translation>
    </message>
    <message>
        <source>{what}: {before} → {after}</source>
        <translation>{what} : {before} → {after}</translation>
    </message>
    <message>
        <source>No. {number} «{title}»: {changes}</source>
        <translation>N° {number} « {title} » : {changes}</translation>
    </message>
    <message>
        <source>… and more problems: check the grid, or start again from a new one.</source>
        <translation>… et d’autres problèmes : vérifiez la grille, ou repartez d’une nouvelle grille.</translation>
    </message>
    <message>
        <source>Sheet «{sheet}», cell {cell}: {problem}</source>
        <translation>Feuille « {sheet} », cellule {cell} : {problem}</translation>
    </message>
    <message>
        <source>Sheet «{sheet}»: {problem}</source>
        <translation>Feuille « {sheet} » : {problem}</translation>
    </message>
    <message>
        <source>This grid belongs to another campaign («{other}»), not to «{campaign}»: nothing was imported.</source>
        <translation>Cette grille appartient à une autre campagne (« {other} »), pas à « {campaign} » : rien n’a été importé.</translation>
    </message>
    <message>
        <source>This grid was made for version {grid} of the criteria, which have changed since (version {current}): export a new grid and send it to the reviewer.</source>
        <translation>Cette grille a été faite pour la version {grid} des critères, qui ont changé depuis (version {current}) : exportez une nouvelle grille et envoyez-la à l’instructeur.</translation>
    </message>
    <message>
        <source>The sheet «{sheet}» is missing: it was deleted or renamed. Give it back its name, or start again from a new grid.</source>
        <translation>La feuille « {sheet} » manque : elle a été supprimée ou renommée. Rendez-lui son nom, ou repartez d’une nouvelle grille.</translation>
    </message>
    <message>
        <source>the reviewer of this grid is not (or no longer) in the campaign.</source>
        <translation>l’instructeur de cette grille n’est pas (ou plus) dans la campagne.</translation>
    </message>
    <message>
        <source>the column «{column}» is missing (the grid was changed): start again from a new grid.</source>
        <translation>la colonne « {column} » manque (la grille a été modifiée) : repartez d’une nouvelle grille.</translation>
    </message>
    <message>
        <source>this column is not one pbdesk wrote (the grid was changed).</source>
        <translation>cette colonne n’a pas été écrite par pbdesk (la grille a été modifiée).</translation>
    </message>
    <message>
        <source>this row was added by hand; pbdesk only reads the rows of the applications it put in the grid.</source>
        <translation>cette ligne a été ajoutée à la main ; pbdesk ne lit que les lignes des dépôts qu’il a mis dans la grille.</translation>
    </message>
    <message>
        <source>this row repeats the application of row {other} (a copied row).</source>
        <translation>cette ligne répète le dépôt de la ligne {other} (une ligne copiée).</translation>
    </message>
    <message>
        <source>the application of this row (no. {number}) is not (or no longer) in the campaign.</source>
        <translation>le dépôt de cette ligne (n° {number}) n’est pas (ou plus) dans la campagne.</translation>
    </message>
    <message>
        <source>application {number} is not (or no longer) given to «{reviewer}» to review.</source>
        <translation>le dépôt {number} n’est pas (ou plus) confié à « {reviewer} » pour instruction.</translation>
    </message>
    <message>
        <source>this grid was made on {made}, but a newer grid from «{reviewer}» (made on {newer}) is already imported: the older grid is refused.</source>
        <translation>cette grille a été faite le {made}, mais une grille plus récente de « {reviewer} » (faite le {newer}) est déjà importée : la grille plus ancienne est refusée.</translation>
    </message>
    <message>
        <source>the review of application {number} was changed in pbdesk on {changed}, after this grid was made ({made}): export a new grid, which carries it.</source>
        <translation>l’instruction du dépôt {number} a été modifiée dans pbdesk le {changed}, après la création de cette grille (le {made}) : exportez une nouvelle grille, qui la reprend.</translation>
    </message>
    <message>
        <source>say why the answer to «{criterion}» is «{no}».</source>
        <translation>dites pourquoi la réponse à « {criterion} » est « {no} ».</translation>
    </message>
    <message>
        <source>«{value}» is a formula; type the value itself.</source>
        <translation>« {value} » est une formule ; tapez la valeur elle-même.</translation>
    </message>
    <message>
        <source>«{value}» is not a score between {low} and {high}.</source>
        <translation>« {value} » n’est pas une note entre {low} et {high}.</translation>
    </message>
    <message>
        <source>«{value}» is neither «{yes}» nor «{no}».</source>
        <translation>« {value} » n’est ni « {yes} » ni « {no} ».</translation>
    </message>
    <message>
        <source>«{value}» is not one of the recommendations ({choices}).</source>
        <translation>« {value} » n’est pas un des avis possibles ({choices}).</translation>
    </message>
    <message>
        <source>the text is too long ({length} characters; {limit} at most).</source>
        <translation>le texte est trop long ({length} caractères ; {limit} au plus).</translation>
    </message>
    <message>
        <source>The file «{name}» cannot be read: {reason}</source>
        <translation>Le fichier « {name} » ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>«{name}» is an old Excel file (.xls): open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>« {name} » est un ancien fichier Excel (.xls) : ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format classeur Excel (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>«{name}» is far too large to be a review grid ({size} MB).</source>
        <translation>« {name} » est bien trop volumineux pour être une grille d’instruction ({size} Mo).</translation>
    </message>
    <message>
        <source>far too large once unpacked</source>
        <translation>bien trop volumineux une fois décompressé</translation>
    </message>
    <message>
        <source>«{name}» is a workbook with macros: pbdesk does not open those. Save it as an Excel workbook (.xlsx), without macros, then import that file.</source>
        <translation>« {name} » est un classeur avec macros : pbdesk ne les ouvre pas. Enregistrez-le au format classeur Excel (.xlsx), sans macros, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>«{name}» is not an Excel workbook (.xlsx).</source>
        <translation>« {name} » n’est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>«{name}» is damaged and cannot be read as a workbook ({reason}).</source>
        <translation>« {name} » est endommagé et ne peut pas être lu comme un classeur ({reason}).</translation>
    </message>
    <message>
        <source>«{name}» is not a pbdesk review grid (or its hidden part was removed): export a new grid from pbdesk.</source>
        <translation>« {name} » n’est pas une grille d’instruction de pbdesk (ou sa partie cachée a été supprimée) : exportez une nouvelle grille depuis pbdesk.</translation>
    </message>
</context>
<context>
    <name>GridImportDialog</name>
    <message>
        <source>Grid «{name}», made on {date}</source>
        <translation>Grille «&#xa0;{name}&#xa0;», faite le {date}</translation>
    </message>
    <message>
        <source>File «{name}»</source>
        <translation>Fichier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Review grid refused</source>
        <translation>Grille d’instruction refusée</translation>
    </message>
    <message>
        <source>One problem was found: nothing is imported.</source>
        <translation>Un problème a été trouvé&#xa0;: rien n’est importé.</translation>
    </message>
    <message>
        <source>{count} problems were found: nothing is imported.</source>
        <translation>{count} problèmes ont été trouvés&#xa0;: rien n’est importé.</translation>
    </message>
    <message>
        <source>Correct these cells in the workbook and import it again, or send the reviewer a new grid.</source>
        <translation>Corrigez ces cellules dans le classeur puis importez-le de nouveau, ou envoyez une nouvelle grille à l’instructeur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing changes: this grid is already imported.</source>
        <translation>Rien ne change&#xa0;: cette grille est déjà importée.</translation>
    </message>
    <message>
        <source>Import a review grid</source>
        <translation>Importer une grille d’instruction</translation>
    </message>
    <message>
        <source>Nothing is changed until you press «Apply the changes».</source>
        <translation>Rien n’est modifié tant que vous n’appuyez pas sur «&#xa0;Appliquer les changements&#xa0;».</translation>
    </message>
    <message>
        <source>«{reviewer}» (sheet «{sheet}»): {rows} applications filled in; {reviews} reviews and {values} values change.</source>
        <translation>«&#xa0;{reviewer}&#xa0;» (feuille «&#xa0;{sheet}&#xa0;»)&#xa0;: {rows} dépôt(s) rempli(s)&#xa0;; {reviews} instruction(s) et {values} valeur(s) changent.</translation>
    </message>
    <message>
        <source>It replaces the grid made on {date}.</source>
        <translation>Elle remplace la grille faite le {date}.</translation>
    </message>
    <message>
        <source>Cop&amp;y the list</source>
        <translation>Copier la &amp;liste</translation>
    </message>
    <message>
        <source>Copy these lines, to paste them in an e-mail to the reviewer</source>
        <translation>Copier ces lignes, pour les coller dans un courriel à l’instructeur</translation>
    </message>
    <message>
        <source>&amp;Apply the changes</source>
        <translation>A&amp;ppliquer les changements</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Holder</name>
    <message>
        <source>Give the holder&apos;s name.</source>
        <translation>Indiquez le nom du porteur.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>«{rna}» is not an RNA number (W followed by 9 digits).</source>
        <translation>« {rna} » n’est pas un numéro RNA (W suivi de 9 chiffres).</translation>
    </message>
    <message>
        <source>«{siret}» is not a valid SIRET number (14 digits, check key).</source>
        <translation>« {siret} » n’est pas un numéro SIRET valide (14 chiffres, clé de contrôle).</translation>
    </message>
    <message>
        <source>This holder no longer exists.</source>
        <translation>Ce porteur n’existe plus.</translation>
    </message>
    <message>
        <source>A holder named «{name}» already exists.</source>
        <translation>Un porteur nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>«{name}» holds {count} applications and cannot be removed.</source>
        <translation>« {name} » porte {count} dépôts et ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <source>New holder</source>
        <translation>Nouveau porteur</translation>
    </message>
    <message>
        <source>Edit a holder</source>
        <translation>Modifier un porteur</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Association, collective or group of residents</source>
        <translation>Association, collectif ou groupe d&apos;habitants</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;RNA number:</source>
        <translation>Numéro &amp;RNA&#xa0;:</translation>
    </message>
    <message>
        <source>W followed by 9 digits, e.g. W133012345</source>
        <translation>W suivi de 9 chiffres, par exemple W133012345</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>Held a project in an earlier edi&amp;tion</source>
        <translation>A déjà porté un projet lors d&apos;une édition &amp;antérieure</translation>
    </message>
    <message>
        <source>Tick it when the holder carried a project in an edition this workspace does not know; otherwise it counts as a new holder.</source>
        <translation>Cochez si le porteur a mené un projet lors d&apos;une édition que cet espace de travail ne connaît pas&#xa0;; sinon il compte comme un nouveau porteur.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HolderKind</name>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Group of residents</source>
        <translation>Groupe d’habitants</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Earlier edition</source>
        <translation>Édition antérieure</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>HoldersPage</name>
    <message>
        <source>Remove a holder</source>
        <translation>Supprimer un porteur</translation>
    </message>
    <message>
        <source>Remove the holder «{name}»? This cannot be undone.</source>
        <translation>Supprimer le porteur «&#xa0;{name}&#xa0;»&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>«{name}» holds an application and cannot be removed. Delete the application first, or give it another holder.</source>
        <translation>«&#xa0;{name}&#xa0;» porte un dépôt et ne peut pas être supprimé. Supprimez d&apos;abord le dépôt, ou donnez-lui un autre porteur.</translation>
    </message>
    <message>
        <source>«{name}» holds {count} applications and cannot be removed. Delete the applications first, or give them another holder.</source>
        <translation>«&#xa0;{name}&#xa0;» porte {count} dépôts et ne peut pas être supprimé. Supprimez d&apos;abord les dépôts, ou donnez-leur un autre porteur.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>{shown} of {total} holders</source>
        <translation>{shown} porteurs sur {total}</translation>
    </message>
    <message>
        <source>1 holder</source>
        <translation>1 porteur</translation>
    </message>
    <message>
        <source>{count} holders</source>
        <translation>{count} porteurs</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>The associations, collectives and groups of residents who hold projects. They are shared by every campaign of this workspace. A holder is new when it never held a project in an earlier edition: a sign that the call reached beyond the usual operators.</source>
        <translation>Les associations, collectifs et groupes d&apos;habitants qui portent des projets. Ils sont communs à toutes les campagnes de cet espace de travail. Un porteur est nouveau s&apos;il n&apos;a porté aucun projet lors d&apos;une édition précédente&#xa0;: signe que l&apos;appel a touché au-delà des opérateurs habituels.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, RNA or SIRET</source>
        <translation>Nom, RNA ou SIRET</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a holder (Insert)</source>
        <translation>Ajouter un porteur (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected holder (Enter or double-click)</source>
        <translation>Modifier le porteur sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected holder (Delete); a holder with applications is kept</source>
        <translation>Supprimer le porteur sélectionné (Suppr)&#xa0;; un porteur qui a des dépôts est conservé</translation>
    </message>
</context>
<context>
    <name>ImportProjectDialog</name>
    <message>
        <source>Import a project file</source>
        <translation>Importer un fichier projet</translation>
    </message>
    <message>
        <source>pbdesk project files (*.pbdesk);;All files (*)</source>
        <translation>Fichiers projet pbdesk (*.pbdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Project file «{name}»</source>
        <translation>Fichier projet «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Reading and checking «{name}»…</source>
        <translation>Lecture et vérification de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Double signatures: {count} of the incoming sign-ins are of residents already signed here. They are imported and flagged in the register, so that the count can deal with them.</source>
        <translation>Doubles émargements&#xa0;: {count} des émargements entrants sont d’habitants ayant déjà émargé ici. Ils sont importés et signalés dans la liste d’émargement, pour que le dépouillement en tienne compte.</translation>
    </message>
    <message>
        <source>Nothing is written until you press «Import».</source>
        <translation>Rien n’est écrit tant que vous n’appuyez pas sur «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to import: this database already holds what the file holds.</source>
        <translation>Rien à importer&#xa0;: cette base contient déjà tout ce que contient le fichier.</translation>
    </message>
    <message>
        <source>Nothing to import: «{campaign}» is already in this database, with everything the file holds.</source>
        <translation>Rien à importer&#xa0;: «&#xa0;{campaign}&#xa0;» est déjà dans cette base, avec tout ce que contient le fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{count} ballot</source>
        <translation>{count}&#xa0;bulletin</translation>
    </message>
    <message>
        <source>{count} ballots</source>
        <translation>{count}&#xa0;bulletins</translation>
    </message>
    <message>
        <source>{ballots} (of which {count} was typed twice: double entry)</source>
        <translation>{ballots} (dont {count} saisi deux fois&#xa0;: double saisie)</translation>
    </message>
    <message>
        <source>{ballots} (of which {count} were typed twice: double entry)</source>
        <translation>{ballots} (dont {count} saisis deux fois&#xa0;: double saisie)</translation>
    </message>
    <message>
        <source>{count} sign-in register entry</source>
        <translation>{count}&#xa0;ligne de la liste d’émargement</translation>
    </message>
    <message>
        <source>{count} sign-in register entries</source>
        <translation>{count}&#xa0;lignes de la liste d’émargement</translation>
    </message>
    <message>
        <source>Vote day: {ballots} and {sign_ins} arrive.</source>
        <translation>Jour de la votation&#xa0;: {ballots} et {sign_ins} arrivent.</translation>
    </message>
    <message>
        <source>They are united with those of this database, without duplicates.</source>
        <translation>Ils sont réunis avec ceux de cette base, sans doublons.</translation>
    </message>
    <message>
        <source>Importing «{name}»…</source>
        <translation>Import de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>«{name}» could not be read: {error}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Project file refused</source>
        <translation>Fichier projet refusé</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Arrêté&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>«{campaign}» imported: {added} records added.</source>
        <translation>«&#xa0;{campaign}&#xa0;» importée&#xa0;: {added}&#xa0;enregistrements ajoutés.</translation>
    </message>
    <message>
        <source>«{campaign}» merged: {added} records added, {updated} updated, {kept} conflicts kept as here, {taken} taken from the file.</source>
        <translation>«&#xa0;{campaign}&#xa0;» fusionnée&#xa0;: {added}&#xa0;enregistrements ajoutés, {updated} mis à jour, {kept}&#xa0;conflits gardés tels qu’ici, {taken} repris du fichier.</translation>
    </message>
    <message>
        <source>Nothing was imported: this database is as it was.</source>
        <translation>Rien n’a été importé&#xa0;: cette base est telle qu’elle était.</translation>
    </message>
    <message>
        <source>&amp;Records by kind:</source>
        <translation>&amp;Enregistrements par type&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nflicts: both sides changed these records since they last met. Choose, record by record, the version to keep.</source>
        <translation>Co&amp;nflits&#xa0;: ces enregistrements ont changé des deux côtés depuis le dernier échange. Choisissez, enregistrement par enregistrement, la version à garder.</translation>
    </message>
    <message>
        <source>&amp;Switch the choice</source>
        <translation>&amp;Changer le choix</translation>
    </message>
    <message>
        <source>Take the other version for the selected records (Space)</source>
        <translation>Prendre l’autre version pour les enregistrements sélectionnés (Espace)</translation>
    </message>
    <message>
        <source>&amp;Keep all local</source>
        <translation>&amp;Garder tout le local</translation>
    </message>
    <message>
        <source>&amp;Take all incoming</source>
        <translation>&amp;Prendre tout l’entrant</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <source>the planned amount</source>
        <translation>le montant prévu</translation>
    </message>
    <message>
        <source>Leave empty when the planned amount was paid.</source>
        <translation>Laissez vide si le montant prévu a été versé.</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Nouveau versement</translation>
    </message>
    <message>
        <source>Edit a payment</source>
        <translation>Modifier un versement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>A payment of the subsidy to the holder: when it is planned and, once made, when it was paid.</source>
        <translation>Un versement de la subvention au porteur&#xa0;: la date prévue puis, une fois effectué, la date du versement.</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Prévu le&#xa0;:</translation>
    </message>
    <message>
        <source>Planned a&amp;mount:</source>
        <translation>&amp;Montant prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;id on:</source>
        <translation>&amp;Versé le&#xa0;:</translation>
    </message>
    <message>
        <source>Tick when the payment was made; leave unticked while it is only planned.</source>
        <translation>Cochez une fois le versement effectué&#xa0;; laissez décoché tant qu’il n’est que prévu.</translation>
    </message>
    <message>
        <source>Paid amo&amp;unt:</source>
        <translation>Montan&amp;t versé&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>For example: first payment (50 %)</source>
        <translation>Par exemple&#xa0;: premier versement (50 %)</translation>
    </message>
</context>
<context>
    <name>InstalmentsModel</name>
    <message>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non versé</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Campaign «{name}» created, envelope {envelope}.</source>
        <translation>Campagne « {name} » créée, enveloppe de {envelope}.</translation>
    </message>
    <message>
        <source>Frame changed: {fields}.</source>
        <translation>Cadre modifié : {fields}.</translation>
    </message>
    <message>
        <source>Phase {phase}: {before} → {after}.</source>
        <translation>Phase {phase} : {before} → {after}.</translation>
    </message>
    <message>
        <source>Phase {phase}: co-evaluation note updated.</source>
        <translation>Phase {phase} : note de co-évaluation mise à jour.</translation>
    </message>
    <message>
        <source>Phase {phase}: item «{label}» added.</source>
        <translation>Phase {phase} : élément « {label} » ajouté.</translation>
    </message>
    <message>
        <source>Phase {phase}: «{label}» done.</source>
        <translation>Phase {phase} : « {label} » fait.</translation>
    </message>
    <message>
        <source>Phase {phase}: «{label}» reopened.</source>
        <translation>Phase {phase} : « {label} » rouvert.</translation>
    </message>
    <message>
        <source>Phase {phase}: item «{label}» removed.</source>
        <translation>Phase {phase} : élément « {label} » supprimé.</translation>
    </message>
    <message>
        <source>Personal data of {count} residents erased (GDPR).</source>
        <translation>Données personnelles de {count} habitants effacées (RGPD).</translation>
    </message>
    <message>
        <source>Application {number} «{title}» received, {amount}.</source>
        <translation>Dépôt {number} « {title} » reçu, {amount}.</translation>
    </message>
    <message>
        <source>Application {number} «{title}» deleted.</source>
        <translation>Dépôt {number} « {title} » supprimé.</translation>
    </message>
    <message>
        <source>Application {number} «{title}»: {before} → {after}.</source>
        <translation>Dépôt {number} « {title} » : {before} → {after}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Call updated.</source>
        <translation>Appel mis à jour.</translation>
    </message>
    <message>
        <source>Review grids sent before this change will be refused.</source>
        <translation>Les grilles d’instruction envoyées avant ce changement seront refusées.</translation>
    </message>
    <message>
        <source>Criterion «{name}» saved.</source>
        <translation>Critère « {name} » enregistré.</translation>
    </message>
    <message>
        <source>Criterion «{name}» removed.</source>
        <translation>Critère « {name} » supprimé.</translation>
    </message>
    <message>
        <source>Default review grid adopted ({count} criteria).</source>
        <translation>Grille d’instruction par défaut adoptée ({count} critères).</translation>
    </message>
    <message>
        <source>Review grid exported for {names} ({rows} applications).</source>
        <translation>Grille d’instruction exportée pour {names} ({rows} dépôt(s)).</translation>
    </message>
    <message>
        <source>Review grid of «{reviewer}» (made on {made}) imported: {rows} applications filled in, {reviews} reviews and {values} values changed.</source>
        <translation>Grille d’instruction de « {reviewer} » (faite le {made}) importée : {rows} dépôt(s) rempli(s) ; {reviews} instruction(s) et {values} valeur(s) modifiée(s).</translation>
    </message>
    <message>
        <source>It replaces the grid made on {before}.</source>
        <translation>Elle remplace la grille faite le {before}.</translation>
    </message>
    <message>
        <source>Reviewer «{name}» ({kind}) added.</source>
        <translation>Instructeur « {name} » ({kind}) ajouté.</translation>
    </message>
    <message>
        <source>Reviewer «{name}» removed, with {count} reviews.</source>
        <translation>Instructeur « {name} » retiré, avec {count} instruction(s).</translation>
    </message>
    <message>
        <source>Ballot codes: {added} given, {removed} taken back.</source>
        <translation>Codes des bulletins : {added} attribués, {removed} retirés.</translation>
    </message>
    <message>
        <source>Ballot code {before} becomes {after}.</source>
        <translation>Le code de bulletin {before} devient {after}.</translation>
    </message>
    <message>
        <source>Ballot entry {label} opened at «{station}» by {operator}.</source>
        <translation>Saisie des bulletins {label} ouverte à « {station} » par {operator}.</translation>
    </message>
    <message>
        <source>Ballot entry {label} closed: {valid} valid, {blank} blank, {nul} spoilt.</source>
        <translation>Saisie des bulletins {label} close : {valid} valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>Ballot entry {label} reopened. Reason: {reason}</source>
        <translation>Saisie des bulletins {label} rouverte. Motif : {reason}</translation>
    </message>
    <message>
        <source>Entry {label}: ballot {sequence} ({typed}) taken back.</source>
        <translation>Saisie {label} : bulletin n° {sequence} ({typed}) annulé.</translation>
    </message>
    <message>
        <source>Entry {label}: ballot {sequence} corrected, {before} → {after}.</source>
        <translation>Saisie {label} : bulletin n° {sequence} corrigé, {before} → {after}.</translation>
    </message>
    <message>
        <source>Entry {label}: ballot inserted at {sequence} ({typed}).</source>
        <translation>Saisie {label} : bulletin inséré au n° {sequence} ({typed}).</translation>
    </message>
    <message>
        <source>Entry {label}: ballot {sequence} ({typed}) removed.</source>
        <translation>Saisie {label} : bulletin n° {sequence} ({typed}) supprimé.</translation>
    </message>
    <message>
        <source>Polling station «{name}» added.</source>
        <translation>Bureau de vote « {name} » ajouté.</translation>
    </message>
    <message>
        <source>Polling station «{name}» removed.</source>
        <translation>Bureau de vote « {name} » supprimé.</translation>
    </message>
    <message>
        <source>Vote settings saved: {kind}, {rule}.</source>
        <translation>Règlement de la votation enregistré : {kind}, {rule}.</translation>
    </message>
    <message>
        <source>Vote settings changed: {fields}.</source>
        <translation>Règlement de la votation modifié : {fields}.</translation>
    </message>
    <message>
        <source>{count} ballots entered changed status under the new settings.</source>
        <translation>{count} bulletins déjà saisis changent de statut avec le nouveau règlement.</translation>
    </message>
    <message>
        <source>Vote settings frozen: the first ballot was entered.</source>
        <translation>Règlement de la votation figé : le premier bulletin a été saisi.</translation>
    </message>
    <message>
        <source>Vote settings unfrozen. Reason: {reason}</source>
        <translation>Règlement de la votation débloqué. Motif : {reason}</translation>
    </message>
    <message>
        <source>Register from {origin} merged: {count} signatures, {doubles} double.</source>
        <translation>Liste d’émargement de {origin} fusionnée : {count} émargements, {doubles} en double.</translation>
    </message>
    <message>
        <source>Sign-in register purged: {count} entries deleted, counts per station, day and age band kept.</source>
        <translation>Liste d’émargement purgée : {count} émargements effacés, comptes conservés par bureau, jour et tranche d’âge.</translation>
    </message>
    <message>
        <source>Designation by {who}: {funded} project funded out of {count}.</source>
        <translation>Désignation (décision&#xa0;: {who})&#xa0;: {funded} projet lauréat sur {count}.</translation>
    </message>
    <message>
        <source>Designation by {who}: {funded} projects funded out of {count}.</source>
        <translation>Désignation (décision&#xa0;: {who})&#xa0;: {funded} projets lauréats sur {count}.</translation>
    </message>
    <message>
        <source>Draw by lot held, number {seed}, before {witnesses}.</source>
        <translation>Tirage au sort effectué, nombre {seed}, devant {witnesses}.</translation>
    </message>
    <message>
        <source>Votes counted ({rule}): {valid} valid, {blank} blank, {nul} spoilt; {funded} projects funded for {amount}.</source>
        <translation>Votes dépouillés ({rule}) : {valid} valables, {blank} blancs, {nul} nuls ; {funded} projets lauréats pour {amount}.</translation>
    </message>
    <message>
        <source>Results published: {funded} projects funded for {amount} ({rule}).</source>
        <translation>Résultats publiés : {funded} projets lauréats pour {amount} ({rule}).</translation>
    </message>
    <message>
        <source>One-year review scheduled for {date}.</source>
        <translation>Bilan à un an prévu le {date}.</translation>
    </message>
    <message>
        <source>Hand count of «{station}» entered: {valid} valid, {blank} blank, {nul} spoilt.</source>
        <translation>Dépouillement manuel de « {station} » saisi : {valid} valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>Hand count of «{station}» removed.</source>
        <translation>Dépouillement manuel de « {station} » supprimé.</translation>
    </message>
    <message>
        <source>«{station}» reconciled: {ballots} ballots, {signatures} signatures, gap {gap}.</source>
        <translation>« {station} » rapproché : {ballots} bulletins, {signatures} émargements, écart {gap}.</translation>
    </message>
    <message>
        <source>Project file «{file}» merged: {added} records added, {updated} updated, {kept} conflicts kept as they were here, {taken} taken from the file.</source>
        <translation>Fichier projet « {file} » fusionné : {added} enregistrements ajoutés, {updated} mis à jour, {kept} conflits laissés tels qu’ici, {taken} repris du fichier.</translation>
    </message>
    <message>
        <source>Personal data of {count} residents erased (GDPR), as in the project file «{file}».</source>
        <translation>Données personnelles de {count} habitants effacées (RGPD), comme dans le fichier projet «{file}».</translation>
    </message>
    <message>
        <source>«{title}» followed as carried out outside the vote.</source>
        <translation>«&#xa0;{title}&#xa0;» suivi comme réalisé hors votation.</translation>
    </message>
    <message>
        <source>«{title}» no longer followed.</source>
        <translation>«&#xa0;{title}&#xa0;» n’est plus suivi.</translation>
    </message>
    <message>
        <source>Follow-up of «{title}» saved (subsidy {amount}).</source>
        <translation>Suivi de «&#xa0;{title}&#xa0;» enregistré (subvention {amount}).</translation>
    </message>
    <message>
        <source>«{title}»: {before} → {after}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: {before} → {after}.</translation>
    </message>
    <message>
        <source>«{title}»: payment of {amount} on {date}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: versement de {amount} le {date}.</translation>
    </message>
    <message>
        <source>«{title}»: payment of {amount} planned.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: versement de {amount} prévu.</translation>
    </message>
    <message>
        <source>«{title}»: payment of {amount} removed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: versement de {amount} retiré.</translation>
    </message>
    <message>
        <source>«{title}»: milestone «{milestone}» ({status}).</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: jalon «&#xa0;{milestone}&#xa0;» ({status}).</translation>
    </message>
    <message>
        <source>«{title}»: milestone «{milestone}» removed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: jalon «&#xa0;{milestone}&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>«{title}»: public update of {date}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: actualité publique du {date}.</translation>
    </message>
    <message>
        <source>«{title}»: internal update of {date}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: actualité interne du {date}.</translation>
    </message>
    <message>
        <source>«{title}»: update of {date} removed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: actualité du {date} retirée.</translation>
    </message>
    <message>
        <source>«{title}»: photo «{name}» added.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: photo «&#xa0;{name}&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>«{title}»: caption of photo «{name}» changed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: légende de la photo «&#xa0;{name}&#xa0;» modifiée.</translation>
    </message>
    <message>
        <source>«{title}»: photo «{name}» removed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: photo «&#xa0;{name}&#xa0;» retirée.</translation>
    </message>
    <message>
        <source>«{title}»: expense «{label}» of {amount} ({state}).</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: dépense «&#xa0;{label}&#xa0;» de {amount} ({state}).</translation>
    </message>
    <message>
        <source>«{title}»: expense «{label}» of {amount} removed.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: dépense «&#xa0;{label}&#xa0;» de {amount} retirée.</translation>
    </message>
    <message>
        <source>One-year review held on {date} ({count} residents).</source>
        <translation>Bilan à un an tenu le {date} ({count} habitants).</translation>
    </message>
    <message>
        <source>One-year review set for {date}.</source>
        <translation>Bilan à un an fixé au {date}.</translation>
    </message>
    <message>
        <source>One-year review record saved.</source>
        <translation>Compte rendu du bilan à un an enregistré.</translation>
    </message>
    <message>
        <source>Residents&apos; feedback recorded ({source}).</source>
        <translation>Avis d’habitant enregistré ({source}).</translation>
    </message>
    <message>
        <source>Residents&apos; feedback removed.</source>
        <translation>Avis d’habitant retiré.</translation>
    </message>
    <message>
        <source>Ballot entry {label} of {stack} set aside ({count} ballots, typed by {operator}); reason: «{reason}».</source>
        <translation>Saisie {label} de {stack} écartée ({count} bulletins, saisis par {operator}) ; motif : «{reason}».</translation>
    </message>
    <message>
        <source>Entries renamed: {renamed}.</source>
        <translation>Saisies renommées : {renamed}.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every decision is recorded here with its date and author: the campaign&apos;s memory.</source>
        <translation>Chaque décision est consignée ici avec sa date et son auteur&#xa0;: la mémoire de la campagne.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>An author or words of the summary</source>
        <translation>Un auteur ou des mots du résumé</translation>
    </message>
    <message>
        <source>Shows only the lines whose author or summary contain these words (Ctrl+F).</source>
        <translation>N’affiche que les lignes dont l’auteur ou le résumé contient ces mots (Ctrl+F).</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown} entrées sur {total}</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entrées</translation>
    </message>
</context>
<context>
    <name>KindsModel</name>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Taken from the file</source>
        <translation>Repris du fichier</translation>
    </message>
    <message>
        <source>Kept as here</source>
        <translation>Gardés tels qu’ici</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo (throw-away copy)</source>
        <translation>Démo (copie jetable)</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>Campaign created.</source>
        <translation>Campagne créée.</translation>
    </message>
    <message>
        <source>Compare editions</source>
        <translation>Comparer les éditions</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The new language takes effect the next time pbdesk starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de pbdesk.</translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete «{name}» and everything in it (checklists, team, meetings, journal)? This cannot be undone.</source>
        <translation>Supprimer « {name} » et tout son contenu (listes, équipe, rencontres, journal) ? C’est définitif.</translation>
    </message>
    <message>
        <source>Campaign «{name}» deleted.</source>
        <translation>Campagne « {name} » supprimée.</translation>
    </message>
    <message>
        <source>About pbdesk</source>
        <translation>À propos de pbdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pbdesk {version}&lt;/h3&gt;&lt;p&gt;The desk of participatory budgets in the priority neighbourhoods: the nine phases, applications and their review, the vote, and the years of follow-up.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pbdesk {version}&lt;/h3&gt;&lt;p&gt;Le bureau des budgets participatifs des quartiers prioritaires : les neuf phases, les dépôts et leur instruction, la votation et les années de suivi.&lt;/p&gt;&lt;p&gt;Base de données : {database}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Close the demo</source>
        <translation>&amp;Fermer la démo</translation>
    </message>
    <message>
        <source>&amp;Import a project file…</source>
        <translation>&amp;Importer un fichier projet…</translation>
    </message>
    <message>
        <source>&amp;Export the campaign…</source>
        <translation>&amp;Exporter la campagne…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Frame</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <source>&amp;Team and core group</source>
        <translation>Équipe et &amp;noyau dur</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Rencontres</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>P&amp;revious phase</source>
        <translation>Phase &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt phase</source>
        <translation>Phase &amp;suivante</translation>
    </message>
    <message>
        <source>Prepare the &amp;vote material…</source>
        <translation>Préparer le matériel de &amp;vote…</translation>
    </message>
    <message>
        <source>Ballots, posters, booklet, sign-in sheets, count reports and results as PDF</source>
        <translation>Bulletins, affiches, livret, feuilles d’émargement, PV de dépouillement et résultats en PDF</translation>
    </message>
    <message>
        <source>&amp;Print the reports for residents…</source>
        <translation>&amp;Imprimer les bilans pour les habitants…</translation>
    </message>
    <message>
        <source>Residents&apos; report and poster (where did the money go?) and the end-of-edition report, as PDF</source>
        <translation>Rapport et affiche pour les habitants (où est passé l’argent&#xa0;?) et bilan de l’édition, en PDF</translation>
    </message>
    <message>
        <source>Compare &amp;editions…</source>
        <translation>Co&amp;mparer les éditions…</translation>
    </message>
    <message>
        <source>Every campaign side by side: envelope, applications, turnout, funded, carried out, spent</source>
        <translation>Toutes les campagnes côte à côte : enveloppe, dépôts, participation, projets financés, réalisés, dépenses</translation>
    </message>
    <message>
        <source>De&amp;lete the campaign…</source>
        <translation>Su&amp;pprimer la campagne…</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Go to the &amp;page</source>
        <translation>Aller à la &amp;page</translation>
    </message>
    <message>
        <source>&amp;About pbdesk</source>
        <translation>À &amp;propos de pbdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A head count cannot be negative.</source>
        <translation>Un effectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Women and men add up to {count}, more than the {total} participants.</source>
        <translation>Femmes et hommes font {count}, plus que les {total} participants.</translation>
    </message>
    <message>
        <source>The age bands add up to {count}, more than the {total} participants.</source>
        <translation>Les tranches d’âge font {count}, plus que les {total} participants.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Cette rencontre n’existe plus.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Leave “—” if you did not count.</source>
        <translation>Laissez «&#xa0;—&#xa0;» si vous n&apos;avez pas compté.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Modifier une rencontre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Pha&amp;se:</source>
        <translation>Ph&amp;ase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Square, school, community centre…</source>
        <translation>Place, école, centre social…</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Breakdown (optional, anonymous)</source>
        <translation>Répartition (facultative, anonyme)</translation>
    </message>
    <message>
        <source>Head counts only, never names. Leave “—” where you did not count.</source>
        <translation>Des nombres seulement, jamais de noms. Laissez «&#xa0;—&#xa0;» là où vous n&apos;avez pas compté.</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Femmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Men:</source>
        <translation>&amp;Hommes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Under 18:</source>
        <translation>&amp;Moins de 18 ans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;18–29:</source>
        <translation>&amp;18–29 ans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;30–59:</source>
        <translation>&amp;30–59 ans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;60 and over:</source>
        <translation>&amp;60 ans et plus&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Door-to-door</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Public meeting</source>
        <translation>Réunion publique</translation>
    </message>
    <message>
        <source>Festive moment</source>
        <translation>Temps festif</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Going out to meet residents is real work, and it deserves to be documented: record each door-to-door round, stand, workshop or meeting, with the number of people met and, if you wish, an anonymous breakdown.</source>
        <translation>Aller vers les habitants est un vrai travail, qui mérite d&apos;être documenté&#xa0;: notez chaque porte-à-porte, stand, atelier ou réunion, avec le nombre de personnes rencontrées et, si vous le souhaitez, une répartition anonyme.</translation>
    </message>
    <message>
        <source>Pha&amp;se:</source>
        <translation>P&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Record a meeting (Insert)</source>
        <translation>Noter une rencontre (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter or double-click)</source>
        <translation>Modifier la rencontre sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Delete)</source>
        <translation>Supprimer la rencontre sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation>Supprimer une rencontre</translation>
    </message>
    <message>
        <source>Remove the meeting “{kind}” of {date}? This cannot be undone.</source>
        <translation>Supprimer la rencontre «&#xa0;{kind}&#xa0;» du {date}&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 rencontre</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} rencontres</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} participants</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Edit a milestone</source>
        <translation>Modifier un jalon</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>For example: planters delivered</source>
        <translation>Par exemple&#xa0;: bacs livrés</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Prévu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>Atte&amp;int le&#xa0;:</translation>
    </message>
    <message>
        <source>Tick when the milestone was reached; it then counts as reached.</source>
        <translation>Cochez quand le jalon a été atteint&#xa0;; il compte alors comme atteint.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>The planned date has passed and the milestone is not reached.</source>
        <translation>La date prévue est passée et le jalon n’est pas atteint.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, for example 95 000.</source>
        <translation>Saisissez un montant en euros, par exemple 95 000.</translation>
    </message>
    <message>
        <source>The amount «{text}» is negative.</source>
        <translation>Le montant « {text} » est négatif.</translation>
    </message>
    <message>
        <source>«{text}» is not an amount in euros (at most two decimals).</source>
        <translation>« {text} » n’est pas un montant en euros (deux décimales au plus).</translation>
    </message>
    <message>
        <source>The amount «{text}» is too large.</source>
        <translation>Le montant « {text} » est trop élevé.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>MoneyBar</name>
    <message>
        <source>Allocated {allocated}, committed {committed}, paid {paid}</source>
        <translation>Alloué {allocated}, engagé {committed}, payé {paid}</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Current phase: {phase}</source>
        <translation>Phase en cours : {phase}</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Team and core group</source>
        <translation>Équipe et noyau dur</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>Enjeux</translation>
    </message>
    <message>
        <source>Call and review grid</source>
        <translation>Appel et grille</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Reviewers and reviews</source>
        <translation>Instructeurs et avis</translation>
    </message>
    <message>
        <source>Review synthesis</source>
        <translation>Synthèse de l’instruction</translation>
    </message>
    <message>
        <source>Vote rules</source>
        <translation>Règlement de la votation</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Bureaux de vote</translation>
    </message>
    <message>
        <source>Project codes</source>
        <translation>Codes des projets</translation>
    </message>
    <message>
        <source>Sign-in register</source>
        <translation>Émargement</translation>
    </message>
    <message>
        <source>Ballot entry</source>
        <translation>Dépouillement — saisie</translation>
    </message>
    <message>
        <source>Count checks</source>
        <translation>Dépouillement — contrôle</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Project follow-up</source>
        <translation>Suivi des projets</translation>
    </message>
    <message>
        <source>One-year review</source>
        <translation>Bilan à un an</translation>
    </message>
</context>
<context>
    <name>NulReason</name>
    <message>
        <source>too many projects</source>
        <translation>trop de projets</translation>
    </message>
    <message>
        <source>too few projects</source>
        <translation>pas assez de projets</translation>
    </message>
    <message>
        <source>the same project twice</source>
        <translation>le même projet deux fois</translation>
    </message>
    <message>
        <source>too many points on a project</source>
        <translation>trop de points sur un projet</translation>
    </message>
    <message>
        <source>too many points in all</source>
        <translation>trop de points au total</translation>
    </message>
    <message>
        <source>over the envelope</source>
        <translation>au-delà de l’enveloppe</translation>
    </message>
    <message>
        <source>declared spoilt at the count</source>
        <translation>déclaré nul au dépouillement</translation>
    </message>
</context>
<context>
    <name>OneYearReview</name>
    <message>
        <source>Give the date the review was held.</source>
        <translation>Indiquez la date à laquelle le bilan a eu lieu.</translation>
    </message>
    <message>
        <source>The satisfaction is a score from 1 to 5.</source>
        <translation>La satisfaction est une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Give a score or a comment.</source>
        <translation>Donnez une note ou un commentaire.</translation>
    </message>
    <message>
        <source>This feedback no longer exists.</source>
        <translation>Cet avis n’existe plus.</translation>
    </message>
</context>
<context>
    <name>OneYearReviewPage</name>
    <message>
        <source>The whole edition</source>
        <translation>L’édition dans son ensemble</translation>
    </message>
    <message>
        <source>Estimate: {date}, one year after the vote. No reminder until the results are published.</source>
        <translation>Estimation&#xa0;: {date}, un an après la votation. Aucun rappel avant la publication des résultats.</translation>
    </message>
    <message>
        <source>The review was due on {date} and has not been held yet.</source>
        <translation>Le bilan à un an était prévu le {date} et n’a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Next: invite the residents and the holders, hold the meeting, then write here the date it was held, who came and what was said; or set a new date in «Scheduled on».</source>
        <translation>Prochaine étape&#xa0;: inviter les habitants et les porteurs, tenir la rencontre, puis noter ici sa date, qui est venu et ce qui s’est dit&#xa0;; ou fixer une nouvelle date dans «&#xa0;Prévu le&#xa0;».</translation>
    </message>
    <message>
        <source>The review is due on {date}: time to invite the residents.</source>
        <translation>Le bilan à un an est prévu le {date}&#xa0;: il est temps d’inviter les habitants.</translation>
    </message>
    <message>
        <source>No date is set for the review yet. It is planned one year after the results are published (or the designation recorded); you may also set its date yourself in «Scheduled on».</source>
        <translation>Aucune date n’est encore fixée pour le bilan à un an. Il est prévu un an après la publication des résultats (ou l’enregistrement de la désignation)&#xa0;; vous pouvez aussi fixer sa date vous-même dans «&#xa0;Prévu le&#xa0;».</translation>
    </message>
    <message>
        <source>No opinion yet: after the meeting, type each one above, then Enter.</source>
        <translation>Aucun avis pour l’instant&#xa0;: après la rencontre, saisissez-les un par un ci-dessus, puis Entrée.</translation>
    </message>
    <message>
        <source>1 opinion</source>
        <translation>1 avis</translation>
    </message>
    <message>
        <source>{count} opinions</source>
        <translation>{count} avis</translation>
    </message>
    <message>
        <source>{opinions}, average satisfaction {average}/5</source>
        <translation>{opinions}, satisfaction moyenne {average}/5</translation>
    </message>
    <message>
        <source>One-year review</source>
        <translation>Bilan à un an</translation>
    </message>
    <message>
        <source>The review&apos;s record was changed. Save the changes?</source>
        <translation>Le compte rendu du bilan a été modifié. Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation>Retirer un avis</translation>
    </message>
    <message>
        <source>Remove the selected feedback?</source>
        <translation>Retirer l’avis sélectionné&#xa0;?</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La rencontre</translation>
    </message>
    <message>
        <source>&amp;Scheduled on:</source>
        <translation>&amp;Prévu le&#xa0;:</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Tenu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Residents present:</source>
        <translation>&amp;Habitants présents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Ce qui s’est d&amp;it&#xa0;:</translation>
    </message>
    <message>
        <source>Decisio&amp;ns:</source>
        <translation>Décisio&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the review&apos;s record (Ctrl+S).</source>
        <translation>Enregistrer le compte rendu du bilan (Ctrl+S).</translation>
    </message>
    <message>
        <source>Residents&apos; feedback (anonymous)</source>
        <translation>Avis des habitants (anonymes)</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>Sati&amp;sfaction&#xa0;:</translation>
    </message>
    <message>
        <source>1 (not at all satisfied) to 5 (very satisfied); — for none.</source>
        <translation>De 1 (pas du tout satisfait) à 5 (très satisfait)&#xa0;; — si aucune note.</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Enter adds the feedback</source>
        <translation>Entrée ajoute l’avis</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajoute&amp;r</translation>
    </message>
    <message>
        <source>Delete removes the selected feedback.</source>
        <translation>Suppr retire l’avis sélectionné.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>OptionalDateDelegate</name>
    <message>
        <source>Type the date (dd/mm/yyyy); Delete leaves it empty.</source>
        <translation>Tapez la date (jj/mm/aaaa) ; la touche Suppr la laisse vide.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Tick to give a date; untick to leave it empty.</source>
        <translation>Cochez pour donner une date ; décochez pour la laisser vide.</translation>
    </message>
</context>
<context>
    <name>Pabulib</name>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>Cannot read «{path}»: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un champ entre guillemets n’est pas refermé.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file must start with META.</source>
        <translation>le fichier doit commencer par META.</translation>
    </message>
    <message>
        <source>the section {section} appears twice.</source>
        <translation>la section {section} apparaît deux fois.</translation>
    </message>
    <message>
        <source>the VOTES section comes before PROJECTS.</source>
        <translation>la section VOTES vient avant PROJECTS.</translation>
    </message>
    <message>
        <source>expected {expected} fields separated by «;», found {found}.</source>
        <translation>{expected} champs séparés par « ; » attendus, {found} trouvés.</translation>
    </message>
    <message>
        <source>the file ends without a {section} section.</source>
        <translation>le fichier se termine sans section {section}.</translation>
    </message>
    <message>
        <source>the section {section} has no header line.</source>
        <translation>la section {section} n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>the {section} header has no «{column}» column.</source>
        <translation>l’en-tête de {section} n’a pas de colonne « {column} ».</translation>
    </message>
    <message>
        <source>the META key «{key}» appears twice.</source>
        <translation>la clé META « {key} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>the META section gives no vote_type.</source>
        <translation>la section META ne donne pas de vote_type.</translation>
    </message>
    <message>
        <source>unknown vote type «{value}».</source>
        <translation>type de vote inconnu « {value} ».</translation>
    </message>
    <message>
        <source>the META section gives no budget.</source>
        <translation>la section META ne donne pas de budget.</translation>
    </message>
    <message>
        <source>a project has no id.</source>
        <translation>un projet n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>the project «{id}» is listed twice.</source>
        <translation>le projet « {id} » figure deux fois.</translation>
    </message>
    <message>
        <source>the vote type {type} needs a points column.</source>
        <translation>le type de vote {type} demande une colonne points.</translation>
    </message>
    <message>
        <source>the voter «{id}» appears twice.</source>
        <translation>le votant « {id} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>a voter has no id.</source>
        <translation>un votant n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>the vote names the unknown project «{id}».</source>
        <translation>le vote cite le projet inconnu « {id} ».</translation>
    </message>
    <message>
        <source>«{value}» is not a whole number of points.</source>
        <translation>« {value} » n’est pas un nombre entier de points.</translation>
    </message>
    <message>
        <source>the vote names the project «{id}» twice.</source>
        <translation>le vote cite deux fois le projet « {id} ».</translation>
    </message>
    <message>
        <source>«{value}» is not an amount.</source>
        <translation>« {value} » n’est pas un montant.</translation>
    </message>
    <message>
        <source>A project id holds a comma, which pabulib forbids.</source>
        <translation>Un identifiant de projet contient une virgule, ce que pabulib interdit.</translation>
    </message>
    <message>
        <source>Amounts in this unit cannot be written as decimals.</source>
        <translation>Les montants dans cette unité ne peuvent pas s’écrire en nombres décimaux.</translation>
    </message>
</context>
<context>
    <name>PdfFilesDialog</name>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Dossier des fichiers PDF</translation>
    </message>
    <message>
        <source>Choose the folder where the PDF files go.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers PDF.</translation>
    </message>
    <message>
        <source>The folder «{folder}» cannot be created: {error}</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» ne peut pas être créé : {error}</translation>
    </message>
    <message>
        <source>Building the PDF files…</source>
        <translation>Fabrication des fichiers PDF…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The PDF files could not be built: {error}</source>
        <translation>Les fichiers PDF n’ont pas pu être fabriqués : {error}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>{piece}: {file} ({pages})</source>
        <translation>{piece} : {file} ({pages})</translation>
    </message>
    <message>
        <source>{piece}: {reason}</source>
        <translation>{piece} : {reason}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>No program on this computer opens «{name}».</source>
        <translation>Aucun programme de cet ordinateur n’ouvre «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Habitant</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>This resident&apos;s personal data was erased.</source>
        <translation>Les données personnelles de cet habitant ont été effacées.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address.</source>
        <translation>« {email} » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>«{phone}» is not a phone number.</source>
        <translation>« {phone} » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A resident&apos;s contact details can only be kept with their consent: tick the consent box or leave the contact details empty.</source>
        <translation>Les coordonnées d’un habitant ne sont conservées qu’avec son consentement : cochez la case de consentement ou laissez les coordonnées vides.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>Resident {number} (erased)</source>
        <translation>Habitant·e {number} (effacé·e)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Service, association, collective…</source>
        <translation>Service, association, collectif…</translation>
    </message>
    <message>
        <source>Re&amp;sident of the neighbourhood</source>
        <translation>Habite le &amp;quartier</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <source>The person &amp;consents to their contact details being kept</source>
        <translation>La personne a donné son accor&amp;d</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Date du consente&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>Contact details of residents are kept only with their consent and can be erased at any time.</source>
        <translation>Les coordonnées des habitants ne sont conservées qu&apos;avec leur consentement et peuvent être effacées à tout moment.</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Preparatory phase</source>
        <translation>Phase préparatoire</translation>
    </message>
    <message>
        <source>Reaching out to residents</source>
        <translation>Aller vers les habitants</translation>
    </message>
    <message>
        <source>Identifying the core group</source>
        <translation>Identification du noyau dur</translation>
    </message>
    <message>
        <source>Co-building the stakes</source>
        <translation>Co-construire les enjeux</translation>
    </message>
    <message>
        <source>Co-building the shared diagnosis</source>
        <translation>Co-construire le diagnostic partagé</translation>
    </message>
    <message>
        <source>Launching the call</source>
        <translation>Lancement de l’appel</translation>
    </message>
    <message>
        <source>Applications and review</source>
        <translation>Dépôts et instruction</translation>
    </message>
    <message>
        <source>Presenting the projects, vote, results</source>
        <translation>Présentation des projets, votation, résultats</translation>
    </message>
    <message>
        <source>Reporting back to residents</source>
        <translation>Retour vers les habitants</translation>
    </message>
    <message>
        <source>Fix the aims, define the frame (perimeter, envelope, process, theme), the review criteria and the follow-up tools, form the project team, mobilise the services and plan festive moments.</source>
        <translation>Fixer les finalités, définir le cadre (périmètre, enveloppe, processus, thématique), les critères d’instruction et les outils de suivi, constituer l’équipe projet, mobiliser les services et prévoir des temps festifs.</translation>
    </message>
    <message>
        <source>Go where residents are: door-to-door, stands, schools, local events.</source>
        <translation>Aller là où sont les habitants : porte-à-porte, stands, écoles, événements du quartier.</translation>
    </message>
    <message>
        <source>Gather the core group of residents (parents&apos; collective, conseil citoyen, volunteers) who will carry the process.</source>
        <translation>Réunir le noyau dur d’habitants (collectif de parents, conseil citoyen, volontaires) qui portera la démarche.</translation>
    </message>
    <message>
        <source>With the core group, name the neighbourhood&apos;s priority stakes.</source>
        <translation>Avec le noyau dur, nommer les enjeux prioritaires du quartier.</translation>
    </message>
    <message>
        <source>Discuss the stakes with local associations in cooperation workshops and agree a shared diagnosis.</source>
        <translation>Discuter les enjeux avec les associations en ateliers coopération et s’accorder sur un diagnostic partagé.</translation>
    </message>
    <message>
        <source>Choose the legal form (AAP, AMI or AAS), write the rules and launch the call.</source>
        <translation>Choisir la forme juridique (AAP, AMI ou AAS), écrire le règlement et lancer l’appel.</translation>
    </message>
    <message>
        <source>Receive the applications, review them against the criteria, announce the projects selected for the vote.</source>
        <translation>Recevoir les dépôts, les instruire selon les critères, annoncer les projets retenus pour la votation.</translation>
    </message>
    <message>
        <source>Present every project in public space, hold a festive and solemn vote, count the ballots and publish the results.</source>
        <translation>Présenter chaque projet dans l’espace public, tenir une votation festive et solennelle, dépouiller et publier les résultats.</translation>
    </message>
    <message>
        <source>Co-realisation, co-monitoring, co-evaluation: what was done, where the money went, the review one year after the vote.</source>
        <translation>Co-réalisation, co-suivi, co-évaluation : ce qui a été fait, où est passé l’argent, le bilan un an après la votation.</translation>
    </message>
    <message>
        <source>This campaign has no such phase.</source>
        <translation>Cette campagne n’a pas cette phase.</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Checklist progress</source>
        <translation>Avancement de la liste de contrôle</translation>
    </message>
    <message>
        <source>The phase&apos;s status; a change is saved at once and written in the journal.</source>
        <translation>Le statut de la phase ; un changement est enregistré aussitôt et noté dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Sta&amp;tut :</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Aj&amp;outer un élément</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Co-evaluation</source>
        <translation>Co-évaluation</translation>
    </message>
    <message>
        <source>What went w&amp;ell</source>
        <translation>Ce qui a &amp;bien marché</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>What to ad&amp;just</source>
        <translation>Ce qui est à a&amp;juster</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Cocher ou décocher</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove the item…</source>
        <translation>Supprimer l’élément…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>Effacer l’échéance</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>{done} of {total} items done</source>
        <translation>Éléments faits : {done} sur {total}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message>
        <source>Remove «{label}» from the checklist of this phase?</source>
        <translation>Supprimer « {label} » de la liste de contrôle de cette phase ?</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>The co-evaluation note of phase {phase} was changed. Save it?</source>
        <translation>La note de co-évaluation de la phase {phase} a été modifiée. L’enregistrer ?</translation>
    </message>
</context>
<context>
    <name>PhaseStatus</name>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your &amp;name (written in the journal):</source>
        <translation>Votre &amp;nom (inscrit dans le journal) :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect the next time pbdesk starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de pbdesk.</translation>
    </message>
</context>
<context>
    <name>PrintBallot</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>BALLOT</source>
        <translation>Bulletin de vote</translation>
    </message>
    <message>
        <source>Polling station stamp</source>
        <translation>Cachet du bureau de vote</translation>
    </message>
    <message>
        <source>Ballot number</source>
        <translation>Numéro du bulletin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins de vote</translation>
    </message>
    <message>
        <source>Tick one project.</source>
        <translation>Cochez un seul projet.</translation>
    </message>
    <message>
        <source>Tick as many projects as you like.</source>
        <translation>Cochez autant de projets que vous le souhaitez.</translation>
    </message>
    <message>
        <source>Tick at least {low} projects.</source>
        <translation>Cochez au moins {low} projets.</translation>
    </message>
    <message>
        <source>Tick exactly {count} projects.</source>
        <translation>Cochez exactement {count} projets.</translation>
    </message>
    <message>
        <source>Tick from 1 to {high} projects.</source>
        <translation>Cochez de 1 à {high} projets.</translation>
    </message>
    <message>
        <source>Tick from {low} to {high} projects.</source>
        <translation>Cochez de {low} à {high} projets.</translation>
    </message>
    <message>
        <source>Number your choices 1, 2, 3… (1 = the one you prefer): from {low} to {high} projects.</source>
        <translation>Numérotez vos choix 1, 2, 3… (1 = celui que vous préférez) : de {low} à {high} projets.</translation>
    </message>
    <message>
        <source>Number your choices 1, 2, 3… (1 = the one you prefer): {count} projects.</source>
        <translation>Numérotez vos choix 1, 2, 3… (1 = celui que vous préférez) : {count} projets.</translation>
    </message>
    <message>
        <source>Share out at most {total} points, at most {each} to one project.</source>
        <translation>Répartissez au plus {total} points, au plus {each} pour un même projet.</translation>
    </message>
    <message>
        <source>Tick the projects you choose: their total must not exceed {envelope}.</source>
        <translation>Cochez les projets que vous choisissez : leur total ne doit pas dépasser {envelope}.</translation>
    </message>
</context>
<context>
    <name>PrintBooklet</name>
    <message>
        <source>Holder: {name}</source>
        <translation>Porteur : {name}</translation>
    </message>
    <message>
        <source>Answers: {stakes}</source>
        <translation>Répond aux enjeux : {stakes}</translation>
    </message>
    <message>
        <source>Project booklet</source>
        <translation>Livret des projets</translation>
    </message>
    <message>
        <source>Vote on {date}</source>
        <translation>Votation le {date}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>PrintDesignation</name>
    <message>
        <source>Funded: designated by {by} on {date}.</source>
        <translation>Lauréat : désigné par {by} le {date}.</translation>
    </message>
    <message>
        <source>Funded: designated on {date}.</source>
        <translation>Lauréat : désigné le {date}.</translation>
    </message>
    <message>
        <source>Not funded: decided by {by} on {date}.</source>
        <translation>Non lauréat : décision de {by} le {date}.</translation>
    </message>
    <message>
        <source>Not funded: decided on {date}.</source>
        <translation>Non lauréat : décision du {date}.</translation>
    </message>
    <message>
        <source>Projects designated without a vote by {by} on {date}.</source>
        <translation>Projets désignés sans votation par {by} le {date}.</translation>
    </message>
    <message>
        <source>Projects designated without a vote on {date}.</source>
        <translation>Projets désignés sans votation le {date}.</translation>
    </message>
    <message>
        <source>Projects designated without a vote, by the core group.</source>
        <translation>Projets désignés sans votation, par le noyau dur.</translation>
    </message>
</context>
<context>
    <name>PrintFollowUp</name>
    <message>
        <source>Overspending: {amount} more than the amount decided.</source>
        <translation>Dépassement&#xa0;: {amount} de plus que le montant décidé.</translation>
    </message>
    <message>
        <source>Overspending: {amount} more than the amount voted.</source>
        <translation>Dépassement&#xa0;: {amount} de plus que le montant voté.</translation>
    </message>
    <message>
        <source>Sample data: these figures are an example.</source>
        <translation>Données d’exemple&#xa0;: ces chiffres sont fictifs.</translation>
    </message>
    <message>
        <source>Where it stands: {status} ({progress} % done).</source>
        <translation>Où en est-on&#xa0;: {status} (réalisé à {progress}&#xa0;%).</translation>
    </message>
    <message>
        <source>Where it stands: {status}.</source>
        <translation>Où en est-on&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>What has been done: no news published yet.</source>
        <translation>Ce qui a été fait&#xa0;: pas encore de nouvelles publiées.</translation>
    </message>
    <message>
        <source>What has been done ({date}): {text}</source>
        <translation>Ce qui a été fait ({date})&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Next step: none, the project is carried out.</source>
        <translation>Prochaine étape&#xa0;: aucune, le projet est réalisé.</translation>
    </message>
    <message>
        <source>Next step: to be announced.</source>
        <translation>Prochaine étape&#xa0;: à venir, elle vous sera annoncée.</translation>
    </message>
    <message>
        <source>Next step: {step}.</source>
        <translation>Prochaine étape&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>Next step: {step} (planned for {date}, late).</source>
        <translation>Prochaine étape&#xa0;: {step} (prévue le {date}, en retard).</translation>
    </message>
    <message>
        <source>Next step: {step} (planned for {date}).</source>
        <translation>Prochaine étape&#xa0;: {step} (prévue le {date}).</translation>
    </message>
    <message>
        <source>Outside the vote: {amount}</source>
        <translation>Hors votation&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Decided: {amount}</source>
        <translation>Décidé&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Voted: {amount}</source>
        <translation>Voté&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>The projects below were chosen without a vote, by the core group, on {date}. Here is, project by project, what has been done and where the money went.</source>
        <translation>Les projets ci-dessous ont été choisis sans votation, par le noyau dur, le {date}. Voici, projet par projet, ce qui a été fait et où est passé l’argent.</translation>
    </message>
    <message>
        <source>The projects below were chosen without a vote, by the core group. Here is, project by project, what has been done and where the money went.</source>
        <translation>Les projets ci-dessous ont été choisis sans votation, par le noyau dur. Voici, projet par projet, ce qui a été fait et où est passé l’argent.</translation>
    </message>
    <message>
        <source>You voted for the projects below on {date}. Here is, project by project, what has been done and where the money went.</source>
        <translation>Vous avez voté pour les projets ci-dessous le {date}. Voici, projet par projet, ce qui a été fait et où est passé l’argent.</translation>
    </message>
    <message>
        <source>You voted for the projects below. Here is, project by project, what has been done and where the money went.</source>
        <translation>Vous avez voté pour les projets ci-dessous. Voici, projet par projet, ce qui a été fait et où est passé l’argent.</translation>
    </message>
    <message>
        <source>Spent: {amount}</source>
        <translation>Dépensé&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>{done} project carried out out of {count}.</source>
        <translation>{done} projet réalisé sur {count}.</translation>
    </message>
    <message>
        <source>{done} projects carried out out of {count}.</source>
        <translation>{done} projets réalisés sur {count}.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Where did the money go?</source>
        <translation>Où est passé l’argent&#xa0;?</translation>
    </message>
    <message>
        <source>{campaign}: the funded projects, on {date}</source>
        <translation>{campaign}&#xa0;: les projets lauréats, au {date}</translation>
    </message>
    <message>
        <source>No project is followed yet.</source>
        <translation>Aucun projet n’est encore suivi.</translation>
    </message>
</context>
<context>
    <name>PrintPV</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>counted by hand, totals typed in</source>
        <translation>dépouillement à la main, totaux saisis</translation>
    </message>
    <message>
        <source>ballots typed in one by one</source>
        <translation>bulletins saisis un par un</translation>
    </message>
    <message>
        <source>nothing counted yet</source>
        <translation>rien de dépouillé pour l’instant</translation>
    </message>
    <message>
        <source>Signatures on the sign-in sheets</source>
        <translation>Signatures sur les listes d’émargement</translation>
    </message>
    <message>
        <source>of which proxy votes</source>
        <translation>dont votes par procuration</translation>
    </message>
    <message>
        <source>Ballots found in the ballot box</source>
        <translation>Bulletins trouvés dans l’urne</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non relevé</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>Bulletins dépouillés</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Bulletins valables</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Bulletins blancs</translation>
    </message>
    <message>
        <source>Spoilt ballots (nuls)</source>
        <translation>Bulletins nuls</translation>
    </message>
    <message>
        <source>Gap: ballots minus signatures</source>
        <translation>Écart : bulletins moins signatures</translation>
    </message>
    <message>
        <source>How the ballots were counted</source>
        <translation>Mode de dépouillement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Draw by lot</source>
        <translation>Tirage au sort</translation>
    </message>
    <message>
        <source>Number drawn (seed)</source>
        <translation>Numéro tiré (graine)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record of the count (PV de dépouillement)</source>
        <translation>Procès-verbal de dépouillement</translation>
    </message>
    <message>
        <source>Sample data: this PV is an example.</source>
        <translation>Données d’exemple : ce procès-verbal est fictif.</translation>
    </message>
    <message>
        <source>Sign-ins and ballots</source>
        <translation>Émargements et bulletins</translation>
    </message>
    <message>
        <source>Not official yet: {problem}</source>
        <translation>Pas encore officiel : {problem}</translation>
    </message>
    <message>
        <source>Gap and remarks</source>
        <translation>Écart et observations</translation>
    </message>
    <message>
        <source>Explain the gap here:</source>
        <translation>Expliquez l’écart ici :</translation>
    </message>
    <message>
        <source>No gap between the ballots and the signatures.</source>
        <translation>Aucun écart entre les bulletins et les signatures.</translation>
    </message>
    <message>
        <source>The reconciliation of this station is not recorded yet.</source>
        <translation>Le rapprochement de ce bureau n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Voix par projet</translation>
    </message>
    <message>
        <source>Signatures of the station&apos;s officers</source>
        <translation>Signatures des membres du bureau</translation>
    </message>
    <message>
        <source>Done at ____________________, on ____ / ____ / ________ at ____ h ____.</source>
        <translation>Fait à ____________________, le ____ / ____ / ________ à ____ h ____.</translation>
    </message>
    <message>
        <source>President of the station</source>
        <translation>Président(e) du bureau</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assesseur</translation>
    </message>
    <message>
        <source>Record of the count: summary of all stations</source>
        <translation>Procès-verbal de dépouillement : récapitulatif des bureaux</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valables</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <source>Spoilt</source>
        <translation>Nuls</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Bureaux de vote</translation>
    </message>
    <message>
        <source>Proxy votes</source>
        <translation>Votes par procuration</translation>
    </message>
    <message>
        <source>Double signatures found in merged registers</source>
        <translation>Doubles signatures trouvées en réunissant les registres</translation>
    </message>
    <message>
        <source>Ballot kind</source>
        <translation>Type de bulletin</translation>
    </message>
    <message>
        <source>Votes per project, all stations</source>
        <translation>Voix par projet, tous bureaux confondus</translation>
    </message>
    <message>
        <source>Projects funded by the count</source>
        <translation>Projets financés selon le dépouillement</translation>
    </message>
    <message>
        <source>Count published on {moment}.</source>
        <translation>Résultats publiés le {moment}.</translation>
    </message>
    <message>
        <source>Count of {moment}, not published yet.</source>
        <translation>Décompte du {moment}, pas encore publié.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total funded (envelope {envelope})</source>
        <translation>Total financé (enveloppe de {envelope})</translation>
    </message>
    <message>
        <source>For the campaign team</source>
        <translation>Pour l’équipe de la campagne</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Record of the count</source>
        <translation>Procès-verbal de dépouillement</translation>
    </message>
</context>
<context>
    <name>PrintPackDialog</name>
    <message>
        <source>Close «{name}» in the PDF viewer, then try again: nothing was changed in the folder.</source>
        <translation>Fermez «&#xa0;{name}&#xa0;» dans la visionneuse puis recommencez&#xa0;: rien n’a été changé dans le dossier.</translation>
    </message>
    <message>
        <source>«{name}» could not be replaced ({error}): nothing was changed in the folder.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être remplacé ({error})&#xa0;: rien n’a été changé dans le dossier.</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Par code</translation>
    </message>
    <message>
        <source>Random order (drawn once, the same at every print)</source>
        <translation>Ordre aléatoire (tiré une fois, le même à chaque impression)</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>&amp;Posters of the projects</source>
        <translation>Affiches des pro&amp;jets</translation>
    </message>
    <message>
        <source>Only the posters of the projects: this campaign decided without a vote.</source>
        <translation>Seulement les affiches des projets : cette campagne a été décidée sans votation.</translation>
    </message>
    <message>
        <source>One poster per project, and the vote-day poster in a file of its own</source>
        <translation>Une affiche par projet, et l’affiche du jour de la votation dans un fichier à part</translation>
    </message>
    <message>
        <source>The results are not published yet (phase 8, results).</source>
        <translation>Les résultats ne sont pas encore publiés (phase 8, résultats).</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(une image)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Accent colour of the printed pieces</source>
        <translation>Couleur d’accent des documents imprimés</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file «{name}» cannot be read: {error}</source>
        <translation>Le fichier «&#xa0;{name}&#xa0;» ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>ballots</source>
        <translation>bulletins</translation>
    </message>
    <message>
        <source>posters</source>
        <translation>affiches</translation>
    </message>
    <message>
        <source>booklet</source>
        <translation>livret</translation>
    </message>
    <message>
        <source>sign-in-sheets</source>
        <translation>emargement</translation>
    </message>
    <message>
        <source>record-of-the-count</source>
        <translation>pv-depouillement</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultats</translation>
    </message>
    <message>
        <source>vote-day-poster</source>
        <translation>affiche-jour-de-votation</translation>
    </message>
    <message>
        <source>Tick at least one piece to print.</source>
        <translation>Cochez au moins un document à imprimer.</translation>
    </message>
    <message>
        <source>Prepare the vote material</source>
        <translation>Préparer le matériel de vote</translation>
    </message>
    <message>
        <source>Vote-day poster</source>
        <translation>Affiche du jour de la votation</translation>
    </message>
    <message>
        <source>Tick the pieces to print. Each piece becomes one PDF file in the folder you choose; look at it, then print it.</source>
        <translation>Cochez les documents à imprimer. Chacun devient un fichier PDF dans le dossier choisi : regardez-le, puis imprimez-le.</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Ballots</source>
        <translation>&amp;Bulletins</translation>
    </message>
    <message>
        <source>&amp;Posters of the projects and of the vote day</source>
        <translation>Affiches des pro&amp;jets et du jour du vote</translation>
    </message>
    <message>
        <source>Boo&amp;klet of the projects</source>
        <translation>&amp;Livret des projets</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheets</source>
        <translation>Feuilles d’é&amp;margement</translation>
    </message>
    <message>
        <source>Record of the cou&amp;nt (PV)</source>
        <translation>&amp;PV de dépouillement</translation>
    </message>
    <message>
        <source>&amp;Results (poster and report)</source>
        <translation>Résult&amp;ats (affiche et rapport)</translation>
    </message>
    <message>
        <source>Quantities and options</source>
        <translation>Quantités et options</translation>
    </message>
    <message>
        <source>Polling s&amp;tation:</source>
        <translation>B&amp;ureau de vote :</translation>
    </message>
    <message>
        <source>Cop&amp;ies per station:</source>
        <translation>E&amp;xemplaires par bureau :</translation>
    </message>
    <message>
        <source>Ballots printed for each polling station, and lines of its sign-in sheets</source>
        <translation>Bulletins imprimés pour chaque bureau de vote, et lignes de ses feuilles d’émargement</translation>
    </message>
    <message>
        <source>Ballots per sh&amp;eet:</source>
        <translation>Bulletins par &amp;feuille :</translation>
    </message>
    <message>
        <source>Paper si&amp;ze of the posters:</source>
        <translation>Forma&amp;t des affiches :</translation>
    </message>
    <message>
        <source>Ballots, posters and sheets in large type, for residents with low vision</source>
        <translation>Bulletins, affiches et feuilles en gros caractères, pour les habitants malvoyants</translation>
    </message>
    <message>
        <source>Large t&amp;ype (16 pt at least)</source>
        <translation>&amp;Gros caractères (16 pt au moins)</translation>
    </message>
    <message>
        <source>A number and a QR code on each ballot, never linked to a voter</source>
        <translation>Un numéro et un QR code sur chaque bulletin, jamais reliés à un votant</translation>
    </message>
    <message>
        <source>Serial numbers and &amp;QR codes</source>
        <translation>Numéros de série et &amp;QR codes</translation>
    </message>
    <message>
        <source>Print settings of the campaign</source>
        <translation>Réglages d’impression de la campagne</translation>
    </message>
    <message>
        <source>Accent colo&amp;ur:</source>
        <translation>&amp;Couleur d’accent :</translation>
    </message>
    <message>
        <source>Choose the colour of titles and bands</source>
        <translation>Choisir la couleur des titres et des bandeaux</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo :</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Re&amp;move the logo</source>
        <translation>&amp;Supprimer le logo</translation>
    </message>
    <message>
        <source>Pro&amp;ject order:</source>
        <translation>Or&amp;dre des projets :</translation>
    </message>
    <message>
        <source>Personal data &amp;contact:</source>
        <translation>&amp;Interlocuteur RGPD :</translation>
    </message>
    <message>
        <source>Printed on the sign-in sheets: who residents write to about their personal data. Empty: the first team member of a public service who can be reached.</source>
        <translation>Imprimé sur les listes d’émargement : à qui les habitants écrivent au sujet de leurs données personnelles. Vide : le premier membre de l’équipe d’un service public joignable.</translation>
    </message>
    <message>
        <source>Data protection officer of the city, for example: dpo@ville.fr</source>
        <translation>Délégué·e à la protection des données de la ville, par exemple : dpo@ville.fr</translation>
    </message>
    <message>
        <source>Keep the colour, logo, order, contact and quantities for the next prints (Ctrl+S)</source>
        <translation>Garder la couleur, le logo, l’ordre, le contact et les quantités pour les prochaines impressions (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save in fol&amp;der:</source>
        <translation>Dossi&amp;er :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>S&amp;ave these settings for the campaign</source>
        <translation>E&amp;nregistrer ces réglages pour la campagne</translation>
    </message>
    <message>
        <source>Shuffle the ballots before the vote: handed out in printed order, a serial number could be linked to a line of the sign-in sheet.</source>
        <translation>Mélangez les bulletins avant le vote : distribués dans l’ordre d’impression, un numéro de série pourrait être rapproché d’une ligne de la liste d’émargement.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Géné&amp;rer</translation>
    </message>
    <message>
        <source>Generated files:</source>
        <translation>Fichiers produits :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Open the PDF in the computer&apos;s PDF viewer, to look at it and print it (Ctrl+P)</source>
        <translation>Ouvrir le PDF dans la visionneuse de l’ordinateur, pour le regarder et l’imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PrintPoster</name>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Participatory budget · vote on {date}</source>
        <translation>Budget participatif · votation le {date}</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Porteur du projet</translation>
    </message>
    <message>
        <source>Answers: {stakes}</source>
        <translation>Répond aux enjeux : {stakes}</translation>
    </message>
    <message>
        <source>Vote on {date} at your polling station!</source>
        <translation>Le {date}, votez dans votre bureau de vote !</translation>
    </message>
    <message>
        <source>Vote at your polling station!</source>
        <translation>Votez dans votre bureau de vote !</translation>
    </message>
    <message>
        <source>Vote on {date} at your polling station (list on the vote-day poster)!</source>
        <translation>Le {date}, votez dans votre bureau de vote (liste sur l’affiche du jour de la votation) !</translation>
    </message>
    <message>
        <source>Vote at your polling station (list on the vote-day poster)!</source>
        <translation>Votez dans votre bureau de vote (liste sur l’affiche du jour de la votation) !</translation>
    </message>
    <message>
        <source>Vote on {date}!</source>
        <translation>Votez le {date} !</translation>
    </message>
    <message>
        <source>Come and vote!</source>
        <translation>Venez voter !</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Affiches</translation>
    </message>
    <message>
        <source>Vote for your neighbourhood&apos;s projects!</source>
        <translation>Votez pour les projets de votre quartier !</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>Le {date}</translation>
    </message>
    <message>
        <source>Date to be announced</source>
        <translation>Date à venir</translation>
    </message>
    <message>
        <source>{count} project, {amount} to share out</source>
        <translation>{count} projet, {amount} à répartir</translation>
    </message>
    <message>
        <source>{count} projects, {amount} to share out</source>
        <translation>{count} projets, {amount} à répartir</translation>
    </message>
    <message>
        <source>Polling stations to be announced.</source>
        <translation>Bureaux de vote à venir.</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Où ?</translation>
    </message>
    <message>
        <source>Who can vote?</source>
        <translation>Qui peut voter ?</translation>
    </message>
    <message>
        <source>How to vote?</source>
        <translation>Comment voter ?</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Vote-day poster</source>
        <translation>Affiche du jour de la votation</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Core group</source>
        <translation>Noyau dur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votation</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Sample data: the figures of this edition are invented.</source>
        <translation>Données d’exemple&#xa0;: les chiffres de cette édition sont inventés.</translation>
    </message>
    <message>
        <source> (from {start} to {end})</source>
        <translation> (du {start} au {end})</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>fait le {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>Meetings: {count}, {people} participants.</source>
        <translation>Rencontres&#xa0;: {count}, {people} participants.</translation>
    </message>
    <message>
        <source>{date}{place}: {people} participants</source>
        <translation>{date}{place}&#xa0;: {people} participants</translation>
    </message>
    <message>
        <source>Co-evaluation — what went well: {text}</source>
        <translation>Co-évaluation — ce qui a bien marché&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Co-evaluation — to adjust: {text}</source>
        <translation>Co-évaluation — à ajuster&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No application was recorded.</source>
        <translation>Aucun dépôt n’a été enregistré.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Project and holder</source>
        <translation>Projet et porteur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Review mean</source>
        <translation>Moyenne de l’instruction</translation>
    </message>
    <message>
        <source>{mean} / {best}</source>
        <translation>{mean}&#xa0;/&#xa0;{best}</translation>
    </message>
    <message>
        <source>Results published on {date}: {count} projects funded for {amount}.</source>
        <translation>Résultats publiés le {date}&#xa0;: {count} projets lauréats pour {amount}.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>lauréat</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non lauréat</translation>
    </message>
    <message>
        <source>No result is published and no designation is recorded yet.</source>
        <translation>Aucun résultat n’est publié et aucune désignation n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>No project is followed yet.</source>
        <translation>Aucun projet n’est encore suivi.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Voté</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>{name} ({place})</source>
        <translation>{name} ({place})</translation>
    </message>
    <message>
        <source>Status: {status}{dates}. Checklist: {done} item done of {total}.</source>
        <translation>Statut&#xa0;: {status}{dates}. Liste de contrôle&#xa0;: {done} point fait sur {total}.</translation>
    </message>
    <message>
        <source>Status: {status}{dates}. Checklist: {done} items done of {total}.</source>
        <translation>Statut&#xa0;: {status}{dates}. Liste de contrôle&#xa0;: {done} points faits sur {total}.</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} dépôt</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} dépôts</translation>
    </message>
    <message>
        <source>from {holders} holder</source>
        <translation>de {holders} porteur</translation>
    </message>
    <message>
        <source>from {holders} holders</source>
        <translation>de {holders} porteurs</translation>
    </message>
    <message>
        <source>{new} new to the process</source>
        <translation>{new} nouveau dans la démarche</translation>
    </message>
    <message>
        <source>{new} of them new to the process</source>
        <translation>dont {new} nouveaux dans la démarche</translation>
    </message>
    <message>
        <source>{applications} {holders} ({new}).</source>
        <translation>{applications} {holders} ({new}).</translation>
    </message>
    <message>
        <source>Results published on {date}: {count} project funded for {amount}.</source>
        <translation>Résultats publiés le {date}&#xa0;: {count} projet lauréat pour {amount}.</translation>
    </message>
    <message>
        <source>No vote: the projects were designated on {date}. Decided by: {who}.</source>
        <translation>Pas de votation&#xa0;: les projets ont été désignés le {date}. Décision&#xa0;: {who}.</translation>
    </message>
    <message>
        <source>No vote: the projects were designated on {date}.</source>
        <translation>Pas de votation&#xa0;: les projets ont été désignés le {date}.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Total ({count} project)</source>
        <translation>Total ({count} projet)</translation>
    </message>
    <message>
        <source>Total ({count} projects)</source>
        <translation>Total ({count} projets)</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>The review one year after the vote</source>
        <translation>Le bilan à un an</translation>
    </message>
    <message>
        <source>Not held yet (planned for {date}).</source>
        <translation>Pas encore tenu (prévu le {date}).</translation>
    </message>
    <message>
        <source>Held on {date}{place}, with {count} residents.</source>
        <translation>Tenu le {date}{place}, avec {count} habitants.</translation>
    </message>
    <message>
        <source> at {place}</source>
        <translation> à {place}</translation>
    </message>
    <message>
        <source>What was said: {text}</source>
        <translation>Ce qui a été dit&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation>Décisions&#xa0;: {text}</translation>
    </message>
    <message>
        <source>the whole edition</source>
        <translation>l’ensemble de l’édition</translation>
    </message>
    <message>
        <source>Residents&apos; opinions on {what}: {count}, average satisfaction {average} / 5.</source>
        <translation>Avis des habitants sur {what}&#xa0;: {count}, satisfaction moyenne {average}&#xa0;/&#xa0;5.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>not applicable (no vote: designation)</source>
        <translation>sans objet (pas de votation&#xa0;: désignation)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non connu</translation>
    </message>
    <message>
        <source>not known (no follow-up recorded)</source>
        <translation>non connu (aucun suivi enregistré)</translation>
    </message>
    <message>
        <source>{done} of {funded} ({share})</source>
        <translation>{done} sur {funded} ({share})</translation>
    </message>
    <message>
        <source>not known (no expense recorded)</source>
        <translation>non connu (aucune dépense enregistrée)</translation>
    </message>
    <message>
        <source>{paid} of {allocated} ({share})</source>
        <translation>{paid} sur {allocated} ({share})</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>New holders</source>
        <translation>Nouveaux porteurs</translation>
    </message>
    <message>
        <source>{new} of {all} ({share})</source>
        <translation>{new} sur {all} ({share})</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Funded projects carried out</source>
        <translation>Projets lauréats réalisés</translation>
    </message>
    <message>
        <source>Carried out outside the vote</source>
        <translation>Réalisés hors votation</translation>
    </message>
    <message>
        <source>Spent (paid) out of allocated</source>
        <translation>Dépensé (payé) sur l’alloué</translation>
    </message>
    <message>
        <source>From the decision to the first payment</source>
        <translation>De la décision au premier versement</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>No co-evaluation note says what to adjust.</source>
        <translation>Aucune note de co-évaluation ne dit quoi ajuster.</translation>
    </message>
    <message>
        <source>Decisions of the one-year review</source>
        <translation>Décisions du bilan à un an</translation>
    </message>
    <message>
        <source>1. The frame</source>
        <translation>1. Le cadre</translation>
    </message>
    <message>
        <source>2. The phases</source>
        <translation>2. Les phases</translation>
    </message>
    <message>
        <source>3. Applications and decisions</source>
        <translation>3. Dépôts et décisions</translation>
    </message>
    <message>
        <source>4. The vote and its results</source>
        <translation>4. La votation et ses résultats</translation>
    </message>
    <message>
        <source>5. Follow-up and spending</source>
        <translation>5. Suivi et dépenses</translation>
    </message>
    <message>
        <source>6. Indicators</source>
        <translation>6. Indicateurs</translation>
    </message>
    <message>
        <source>7. Lessons</source>
        <translation>7. Enseignements</translation>
    </message>
    <message>
        <source>End-of-edition report</source>
        <translation>Bilan de l’édition</translation>
    </message>
    <message>
        <source>{campaign}, as of {date}</source>
        <translation>{campaign}, au {date}</translation>
    </message>
</context>
<context>
    <name>PrintReportsDialog</name>
    <message>
        <source>residents-report</source>
        <translation>rapport-habitants</translation>
    </message>
    <message>
        <source>residents-poster</source>
        <translation>affiche-habitants</translation>
    </message>
    <message>
        <source>end-of-edition-report</source>
        <translation>bilan-edition</translation>
    </message>
    <message>
        <source>Tick at least one document to print.</source>
        <translation>Cochez au moins un document à imprimer.</translation>
    </message>
    <message>
        <source>Residents&apos; poster</source>
        <translation>Affiche pour le quartier</translation>
    </message>
    <message>
        <source>Residents&apos; report</source>
        <translation>Rapport aux habitants</translation>
    </message>
    <message>
        <source>End-of-edition report</source>
        <translation>Bilan de l’édition</translation>
    </message>
    <message>
        <source>Print the reports</source>
        <translation>Imprimer les bilans</translation>
    </message>
    <message>
        <source>Tell the residents where the money went, and keep the record of the edition. Each document ticked becomes one PDF file in the folder you choose; look at it, then print it.</source>
        <translation>Dites aux habitants où est passé l’argent, et gardez la mémoire de l’édition. Chaque document coché devient un fichier PDF dans le dossier choisi&#xa0;: regardez-le, puis imprimez-le.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>One card per funded project: amounts voted and spent, what has been done, the next step (public updates only)</source>
        <translation>Une fiche par projet lauréat&#xa0;: montants votés et dépensés, ce qui a été fait, la prochaine étape (nouvelles publiques seulement)</translation>
    </message>
    <message>
        <source>&amp;Residents&apos; report, A4: “Where did the money go?”</source>
        <translation>&amp;Rapport aux habitants, A4&#xa0;: «&#xa0;Où est passé l’argent&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>The same news as a poster for the neighbourhood: the totals, then eight projects per sheet</source>
        <translation>Les mêmes nouvelles en affiche pour le quartier&#xa0;: les totaux, puis huit projets par feuille</translation>
    </message>
    <message>
        <source>Residents&apos; &amp;poster, A3</source>
        <translation>Affiche pour le &amp;quartier, A3</translation>
    </message>
    <message>
        <source>The whole edition for the record: frame, phases, applications, vote, follow-up, indicators and lessons</source>
        <translation>Toute l’édition, pour mémoire&#xa0;: cadre, phases, dépôts, votation, suivi, indicateurs et enseignements</translation>
    </message>
    <message>
        <source>&amp;End-of-edition report, A4</source>
        <translation>&amp;Bilan de l’édition, A4</translation>
    </message>
    <message>
        <source>Bigger text in the three documents, for residents with low vision</source>
        <translation>Texte plus gros dans les trois documents, pour les habitants malvoyants</translation>
    </message>
    <message>
        <source>Large t&amp;ype, for residents with low vision</source>
        <translation>&amp;Gros caractères, pour les habitants malvoyants</translation>
    </message>
    <message>
        <source>&amp;Where to save:</source>
        <translation>Dossi&amp;er :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Gé&amp;nérer</translation>
    </message>
    <message>
        <source>Generated files:</source>
        <translation>Fichiers produits :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF in the computer&apos;s PDF viewer, to look at it and print it (Ctrl+P)</source>
        <translation>Ouvrir le PDF dans la visionneuse de l’ordinateur, pour le regarder et l’imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PrintResults</name>
    <message>
        <source>The projects are taken from the most voted to the least voted; each is funded if its cost fits in what is left of the envelope, otherwise the next one is looked at.</source>
        <translation>Les projets sont pris du plus voté au moins voté ; chacun est financé si son coût tient dans ce qui reste de l’enveloppe, sinon on passe au suivant.</translation>
    </message>
    <message>
        <source>The projects are taken from the most voted to the least voted and funded while they fit in the envelope; the count stops at the first project that does not fit.</source>
        <translation>Les projets sont pris du plus voté au moins voté et financés tant qu’ils tiennent dans l’enveloppe ; le décompte s’arrête au premier projet qui ne tient pas.</translation>
    </message>
    <message>
        <source>Every project chosen by at least {threshold} % of the valid ballots is funded, from the most voted, while the envelope allows.</source>
        <translation>Chaque projet choisi par au moins {threshold}&#xa0;% des bulletins valables est financé, en commençant par le plus voté, tant que l’enveloppe le permet.</translation>
    </message>
    <message>
        <source>Method of Equal Shares: the envelope is shared equally among the voters, and each project is paid for by the voters who chose it; the projects whose supporters can pay for them at the lowest price each are funded first.</source>
        <translation>Méthode des parts égales : l’enveloppe est partagée à égalité entre les votants, et chaque projet est payé par les votants qui l’ont choisi ; les projets que leurs soutiens peuvent payer au plus petit prix chacun sont financés d’abord.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (counting projects): the envelope is shared equally among the voters, each project is paid for by the voters who chose it, and every funded project counts the same for them, whatever its cost.</source>
        <translation>Méthode des parts égales (en nombre de projets) : l’enveloppe est partagée à égalité entre les votants, chaque projet est payé par les votants qui l’ont choisi, et chaque projet financé compte autant pour eux, quel que soit son coût.</translation>
    </message>
    <message>
        <source>Method of Equal Shares: the envelope is shared equally among the voters, each project is paid for by the voters who chose it; each voter&apos;s share was then raised step by step as long as the funded projects stayed within the envelope.</source>
        <translation>Méthode des parts égales : l’enveloppe est partagée à égalité entre les votants, chaque projet est payé par les votants qui l’ont choisi ; la part de chaque votant a ensuite été augmentée pas à pas tant que les projets financés restaient dans l’enveloppe.</translation>
    </message>
    <message>
        <source>Method of Equal Shares with shares raised step by step, then what was left of the envelope went to the most voted projects that still fit.</source>
        <translation>Méthode des parts égales avec des parts augmentées pas à pas, puis ce qui restait de l’enveloppe est allé aux projets les plus votés qui tenaient encore.</translation>
    </message>
    <message>
        <source>In a tie, the cheaper project comes first, then a draw by lot held before witnesses.</source>
        <translation>En cas d’égalité, le projet le moins cher passe d’abord, puis un tirage au sort devant témoins.</translation>
    </message>
    <message>
        <source>A tie that changes the outcome is settled by the team, not by the count.</source>
        <translation>Une égalité qui change le résultat est tranchée par l’équipe, pas par le décompte.</translation>
    </message>
    <message>
        <source>In a tie, the project with the smaller code comes first.</source>
        <translation>En cas d’égalité, le projet au plus petit code passe d’abord.</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} points</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voix</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} voix</translation>
    </message>
    <message>
        <source>{ballots} ballots: {valid} valid, {blank} blank, {nul} spoilt.</source>
        <translation>{ballots} bulletins : {valid} valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>{voters} residents signed in; {ballots} ballots: {valid} valid, {blank} blank, {nul} spoilt.</source>
        <translation>{voters} habitants ont émargé ; {ballots} bulletins : {valid} valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>Results of the participatory budget</source>
        <translation>Résultats du budget participatif</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>voter (sign-ins)</source>
        <translation>votant (émargements)</translation>
    </message>
    <message>
        <source>voters (sign-ins)</source>
        <translation>votants (émargements)</translation>
    </message>
    <message>
        <source>ballots</source>
        <translation>bulletins</translation>
    </message>
    <message>
        <source>projects funded</source>
        <translation>projets financés</translation>
    </message>
    <message>
        <source>of {envelope}</source>
        <translation>sur {envelope}</translation>
    </message>
    <message>
        <source>No project could be funded.</source>
        <translation>Aucun projet n’a pu être financé.</translation>
    </message>
    <message>
        <source>{territory} — envelope {envelope}, {used} funded</source>
        <translation>{territory} — enveloppe de {envelope}, {used} financés</translation>
    </message>
    <message>
        <source>Turnout: {text}</source>
        <translation>Participation : {text}</translation>
    </message>
    <message>
        <source>Rule: {text}</source>
        <translation>Règle : {text}</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Rapport des résultats</translation>
    </message>
    <message>
        <source>Sample data: these results are an example.</source>
        <translation>Données d’exemple : ces résultats sont fictifs.</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publiés le</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Projets financés</translation>
    </message>
    <message>
        <source>Total funded</source>
        <translation>Total financé</translation>
    </message>
    <message>
        <source>Ballot kind</source>
        <translation>Type de bulletin</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>La règle</translation>
    </message>
    <message>
        <source>Draw by lot: number {seed}, held on {moment} before {witnesses}.</source>
        <translation>Tirage au sort : numéro {seed}, tenu le {moment} devant {witnesses}.</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Turnout per station</source>
        <translation>Participation par bureau</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valables</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <source>Spoilt</source>
        <translation>Nuls</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Turnout per territory</source>
        <translation>Participation par territoire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>No territory</source>
        <translation>Sans territoire</translation>
    </message>
    <message>
        <source>Rounds of Equal Shares</source>
        <translation>Tours de la méthode des parts égales</translation>
    </message>
    <message>
        <source>With an envelope per territory, a ballot that chose projects of two territories counts among the voters of both; the turnout per territory counts the ballots of its polling stations.</source>
        <translation>Avec une enveloppe par territoire, un bulletin qui a choisi des projets de deux territoires compte parmi les votants des deux&#xa0;; la participation par territoire compte les bulletins de ses bureaux de vote.</translation>
    </message>
    <message>
        <source>The rounds below are counted with these raised shares: «Shares left» is what the voters still hold of them, not euros left in the envelope.</source>
        <translation>Les tours ci-dessous sont comptés avec ces parts augmentées&#xa0;: «&#xa0;Parts restantes&#xa0;» est ce que les votants en détiennent encore, pas les euros qui restent dans l’enveloppe.</translation>
    </message>
    <message>
        <source>Shares left</source>
        <translation>Parts restantes</translation>
    </message>
    <message>
        <source>1 ballot chose at least one project of this territory: this voter holds its envelope of {budget}.</source>
        <translation>1 bulletin a choisi au moins un projet de ce territoire&#xa0;: ce votant détient son enveloppe de {budget}.</translation>
    </message>
    <message>
        <source>{voters} ballots chose at least one project of this territory: these voters share its envelope of {budget}, {share} each.</source>
        <translation>{voters} bulletins ont choisi au moins un projet de ce territoire&#xa0;: ces votants se partagent son enveloppe de {budget}, soit {share} chacun.</translation>
    </message>
    <message>
        <source>1 valid ballot: this voter holds the envelope of {budget}.</source>
        <translation>1 bulletin valable&#xa0;: ce votant détient l’enveloppe de {budget}.</translation>
    </message>
    <message>
        <source>{voters} valid ballots: these voters share the envelope of {budget}, {share} each.</source>
        <translation>{voters} bulletins valables&#xa0;: ces votants se partagent l’enveloppe de {budget}, soit {share} chacun.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Price per voter</source>
        <translation>Prix par votant</translation>
    </message>
    <message>
        <source>Paying in full</source>
        <translation>Paient en entier</translation>
    </message>
    <message>
        <source>Paying in part</source>
        <translation>Paient en partie</translation>
    </message>
    <message>
        <source>Tie between {codes}.</source>
        <translation>Égalité entre {codes}.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>The accent colour is written #RRGGBB, for example #1F5F8B.</source>
        <translation>La couleur d’accent s’écrit #RRVVBB, par exemple #1F5F8B.</translation>
    </message>
    <message>
        <source>Projects are printed in the order of their codes or in a random order.</source>
        <translation>Les projets s’impriment dans l’ordre de leurs codes ou dans un ordre tiré au sort.</translation>
    </message>
    <message>
        <source>Print between 1 and 100 000 ballots per polling station.</source>
        <translation>Imprimez entre 1 et 100 000 bulletins par bureau de vote.</translation>
    </message>
    <message>
        <source>Print 1, 2 or 4 ballots per sheet.</source>
        <translation>Imprimez 1, 2 ou 4 bulletins par feuille.</translation>
    </message>
    <message>
        <source>The contact for personal data is too long (300 characters at most).</source>
        <translation>Le contact pour les données personnelles est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>The logo is too large (5 MB at most).</source>
        <translation>Le logo est trop lourd (5 Mo au plus).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>random order (draw {seed})</source>
        <translation>ordre tiré au sort (tirage {seed})</translation>
    </message>
    <message>
        <source>order of the codes</source>
        <translation>ordre des codes</translation>
    </message>
    <message>
        <source>Print settings saved: {count} ballots per polling station, {per_sheet} per sheet, projects in {order}.</source>
        <translation>Réglages d’impression enregistrés : {count} bulletins par bureau de vote, {per_sheet} par feuille, projets dans l’{order}.</translation>
    </message>
</context>
<context>
    <name>PrintSignIn</name>
    <message>
        <source>Personal data. Purpose: checking that each resident votes only once in the participatory budget «{campaign}». Retention: until the end of the recourse period, {months} months after the results are published; then these sheets are destroyed.</source>
        <translation>Données personnelles. Finalité : vérifier que chaque habitant ne vote qu’une fois au budget participatif «&#xa0;{campaign}&#xa0;». Conservation : jusqu’à la fin du délai de recours, {months} mois après la publication des résultats ; ces feuilles sont ensuite détruites.</translation>
    </message>
    <message>
        <source>The digital register keeps the names for the same period.</source>
        <translation>Le registre numérique conserve les noms pendant la même durée.</translation>
    </message>
    <message>
        <source>The digital register keeps only a coded fingerprint of the identity, never the name.</source>
        <translation>Le registre numérique ne garde qu’une empreinte chiffrée de l’identité, jamais le nom.</translation>
    </message>
    <message>
        <source>Your rights: access, correction, erasure, restriction and objection (GDPR, articles 15 to 21), and a complaint to the CNIL (cnil.fr).</source>
        <translation>Vos droits : accès, rectification, effacement, limitation et opposition (RGPD, articles 15 à 21), et réclamation auprès de la CNIL (cnil.fr).</translation>
    </message>
    <message>
        <source>the participatory budget team, at the polling station</source>
        <translation>l’équipe du budget participatif, au bureau de vote</translation>
    </message>
    <message>
        <source>Contact: {contact}.</source>
        <translation>Contact : {contact}.</translation>
    </message>
    <message>
        <source>For the desk: the ballots carry serial numbers. Shuffle the stack of ballots before the vote, so that no number can be linked to a line of this sheet.</source>
        <translation>Pour le bureau : les bulletins portent un numéro de série. Mélangez la pile de bulletins avant le vote, afin qu’aucun numéro ne puisse être rapproché d’une ligne de cette liste.</translation>
    </message>
    <message>
        <source>Proxy: name of the voter represented</source>
        <translation>Procuration : nom du mandant</translation>
    </message>
    <message>
        <source>Proxy (not allowed)</source>
        <translation>Procuration (non autorisée)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>date: ____ / ____ / ________</source>
        <translation>date : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Liste d’émargement</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Listes d’émargement</translation>
    </message>
</context>
<context>
    <name>PrintVoteDay</name>
    <message>
        <source>Every resident aged {age} or over, whatever their nationality.</source>
        <translation>Toutes les habitantes et tous les habitants de {age} ans et plus, quelle que soit leur nationalité.</translation>
    </message>
    <message>
        <source>Every resident, whatever their age or nationality.</source>
        <translation>Toutes les habitantes et tous les habitants, quels que soient leur âge et leur nationalité.</translation>
    </message>
    <message>
        <source>Residents of: {places}.</source>
        <translation>Habitantes et habitants de : {places}.</translation>
    </message>
    <message>
        <source>Bring a proof of address.</source>
        <translation>Munissez-vous d’un justificatif de domicile.</translation>
    </message>
    <message>
        <source>No document needed: you say where you live.</source>
        <translation>Aucun justificatif : vous déclarez votre adresse.</translation>
    </message>
    <message>
        <source>Sign the register at the polling station.</source>
        <translation>Signez la liste d’émargement au bureau de vote.</translation>
    </message>
    <message>
        <source>Put your ballot in the box.</source>
        <translation>Glissez votre bulletin dans l’urne.</translation>
    </message>
    <message>
        <source>You may vote for someone else with a proxy ({count} at most).</source>
        <translation>Vous pouvez voter pour une autre personne avec une procuration ({count} au plus).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>«{kind}» is not a printed piece; choose one of: {kinds}.</source>
        <translation>« {kind} » n’est pas une pièce à imprimer ; choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <source>Printing «{kind}» is not available in this version yet.</source>
        <translation>L’impression « {kind} » n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>This polling station is not one of the campaign&apos;s.</source>
        <translation>Ce bureau de vote n’appartient pas à la campagne.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or A3.</source>
        <translation>Le format du papier doit être A4 ou A3.</translation>
    </message>
    <message>
        <source>Print 1, 2 or 4 ballots per sheet.</source>
        <translation>Imprimez 1, 2 ou 4 bulletins par feuille.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 100 000.</source>
        <translation>Le nombre d’exemplaires doit être compris entre 1 et 100 000.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>No project is selected for the vote yet: nothing to print.</source>
        <translation>Aucun projet n’est encore retenu pour la votation : rien à imprimer.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done}&#xa0;/&#xa0;{total}</translation>
    </message>
    <message>
        <source>{done} of {total} checklist items done</source>
        <translation>Éléments faits&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>«{name}» could not be imported: the database refused a record ({reason}). Nothing was changed.</source>
        <translation>« {name} » n’a pas pu être importé : la base a refusé un enregistrement ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>«{name}» could not be imported: {reason}. Nothing was changed.</source>
        <translation>« {name} » n’a pas pu être importé : {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database or «{name}» changed since the summary was made; nothing was imported. Make the summary again.</source>
        <translation>La base ou « {name} » a changé depuis le résumé ; rien n’a été importé. Refaites le résumé.</translation>
    </message>
    <message>
        <source>«{name}» is refused: it holds {count} members, more than the {limit} allowed.</source>
        <translation>« {name} » est refusé : il contient {count} éléments, plus que les {limit} permis.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» has an unsafe path (it could leave its folder).</source>
        <translation>« {name} » est refusé : l’élément « {member} » a un chemin dangereux (il pourrait sortir de son dossier).</translation>
    </message>
    <message>
        <source>«{name}» is refused: it holds «{member}», which has no place in a pbdesk project file.</source>
        <translation>« {name} » est refusé : il contient « {member} », qui n’a pas sa place dans un fichier projet pbdesk.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» appears twice.</source>
        <translation>« {name} » est refusé : l’élément « {member} » y figure deux fois.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» is encrypted or compressed in a way pbdesk does not read.</source>
        <translation>« {name} » est refusé : l’élément « {member} » est chiffré ou compressé d’une façon que pbdesk ne lit pas.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» would take {size} MB once unpacked, more than the {limit} MB allowed.</source>
        <translation>« {name} » est refusé : l’élément « {member} » occuperait {size} Mo une fois décompressé, plus que les {limit} Mo permis.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» is compressed {ratio} times, which only zip bombs do.</source>
        <translation>« {name} » est refusé : l’élément « {member} » est compressé {ratio} fois, ce que seules les bombes zip font.</translation>
    </message>
    <message>
        <source>«{name}» is refused: its records would take {size} MB once unpacked, more than the {limit} MB allowed.</source>
        <translation>« {name} » est refusé : une fois décompressés, ses enregistrements occuperaient {size} Mo, plus que les {limit} Mo permis.</translation>
    </message>
    <message>
        <source>«{name}» is refused: once unpacked it would take {size} MB, more than the {limit} MB allowed.</source>
        <translation>« {name} » est refusé : une fois décompressé, il occuperait {size} Mo, plus que les {limit} Mo permis.</translation>
    </message>
    <message>
        <source>«{name}» is refused: its members overlap, which only zip bombs do.</source>
        <translation>« {name} » est refusé : ses éléments se chevauchent, ce que seules les bombes zip font.</translation>
    </message>
    <message>
        <source>«{name}» is damaged: its member «{member}» cannot be read.</source>
        <translation>« {name} » est endommagé : son élément « {member} » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>«{name}» is damaged or was changed: the member «{member}» does not match its checksum.</source>
        <translation>« {name} » est endommagé ou a été modifié : l’élément « {member} » ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>«{name}» is refused: a record of «{member}» takes more than {limit} MB.</source>
        <translation>« {name} » est refusé : un enregistrement de « {member} » occupe plus de {limit} Mo.</translation>
    </message>
    <message>
        <source>«{name}» has no manifest.json: it is not a pbdesk project file.</source>
        <translation>« {name} » n’a pas de manifest.json : ce n’est pas un fichier projet pbdesk.</translation>
    </message>
    <message>
        <source>The manifest of «{name}» is not valid JSON.</source>
        <translation>Le manifeste de « {name} » n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The manifest of «{name}» lacks «{field}» or holds a wrong value there.</source>
        <translation>Le manifeste de « {name} » n’a pas de « {field} » ou y porte une valeur erronée.</translation>
    </message>
    <message>
        <source>«{name}» is not a pbdesk project file (its format is «{format}»).</source>
        <translation>« {name} » n’est pas un fichier projet pbdesk (son format est « {format} »).</translation>
    </message>
    <message>
        <source>«{name}» was written by pbdesk {version} in format {format}, which this pbdesk does not read yet (it reads format {known}): install pbdesk {version} or newer to open it.</source>
        <translation>« {name} » a été écrit par pbdesk {version} au format {format}, que ce pbdesk ne lit pas encore (il lit le format {known}) : installez pbdesk {version} ou plus récent pour l’ouvrir.</translation>
    </message>
    <message>
        <source>«{name}» is damaged: the manifest lists «{member}», which the file does not hold.</source>
        <translation>« {name} » est endommagé : le manifeste cite « {member} », que le fichier ne contient pas.</translation>
    </message>
    <message>
        <source>«{name}» is refused: the member «{member}» is not listed in its manifest.</source>
        <translation>« {name} » est refusé : l’élément « {member} » ne figure pas dans son manifeste.</translation>
    </message>
    <message>
        <source>«{name}» has no data.json: it is not a pbdesk project file.</source>
        <translation>« {name} » n’a pas de data.json : ce n’est pas un fichier projet pbdesk.</translation>
    </message>
    <message>
        <source>There is no file «{path}».</source>
        <translation>Il n’y a pas de fichier « {path} ».</translation>
    </message>
    <message>
        <source>«{path}» is a folder, not a file.</source>
        <translation>« {path} » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read «{path}»: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>«{name}» is not a pbdesk project file: it is not a zip archive.</source>
        <translation>« {name} » n’est pas un fichier projet pbdesk : ce n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>The data of «{name}» is malformed: «{part}» is missing or of the wrong kind.</source>
        <translation>Les données de « {name} » sont mal formées : « {part} » manque ou n’est pas du bon type.</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» has a wrong value in «{column}»: {value}.</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » a une valeur erronée dans « {column} » : {value}.</translation>
    </message>
    <message>
        <source>«{name}» holds a column «{column}» in «{table}», which this pbdesk does not know: install pbdesk {version} or newer to open it.</source>
        <translation>« {name} » contient une colonne « {column} » dans « {table} », que ce pbdesk ne connaît pas : installez pbdesk {version} ou plus récent pour l’ouvrir.</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» lacks «{column}».</source>
        <translation>Dans « {name} », il manque « {column} » à l’enregistrement {uuid} de « {table} ».</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» has «{value}» in «{column}», which is not one of the allowed values ({allowed}).</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » porte « {value} » dans « {column} », qui n’est pas une des valeurs permises ({allowed}).</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» has a negative amount in «{column}».</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » a un montant négatif dans « {column} ».</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» breaks the rule «{rule}».</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » enfreint la règle « {rule} ».</translation>
    </message>
    <message>
        <source>The data of «{name}» is not valid JSON.</source>
        <translation>Les données de « {name} » ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>«{name}» holds records of «{table}», which this pbdesk does not know: install pbdesk {version} or newer to open it.</source>
        <translation>« {name} » contient des enregistrements de « {table} », que ce pbdesk ne connaît pas : installez pbdesk {version} ou plus récent pour l’ouvrir.</translation>
    </message>
    <message>
        <source>In «{name}», the identifier {uuid} appears twice in «{table}».</source>
        <translation>Dans « {name} », l’identifiant {uuid} figure deux fois dans « {table} ».</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» is not used by the campaign.</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » n’est utilisé par aucun élément de la campagne.</translation>
    </message>
    <message>
        <source>In «{name}», ballot {uuid} names «{code}», which is not a code of the campaign&apos;s ballot.</source>
        <translation>Dans « {name} », le bulletin {uuid} porte « {code} », qui n’est pas un code du bulletin de vote de la campagne.</translation>
    </message>
    <message>
        <source>«{name}» does not hold the campaign its manifest announces.</source>
        <translation>« {name} » ne contient pas la campagne qu’annonce son manifeste.</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» refers in «{column}» to {target}, which is not in the file.</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » renvoie dans « {column} » à {target}, qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>In «{name}», records {uuid} and {other} of «{table}» have the same {columns}.</source>
        <translation>Dans « {name} », les enregistrements {uuid} et {other} de « {table} » ont les mêmes {columns}.</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» does not match its file «{member}» (size or checksum).</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » ne correspond pas à son fichier « {member} » (taille ou somme de contrôle).</translation>
    </message>
    <message>
        <source>Stopped: nothing was written or changed.</source>
        <translation>Arrêté : rien n’a été écrit ni modifié.</translation>
    </message>
    <message>
        <source>In «{name}», record {uuid} of «{table}» already belongs to another campaign of this database.</source>
        <translation>Dans « {name} », l’enregistrement {uuid} de « {table} » appartient déjà à une autre campagne de cette base.</translation>
    </message>
    <message>
        <source>«{name}» cannot be merged: records {uuid} and {other} of «{table}» would have the same {columns}.</source>
        <translation>« {name} » ne peut pas être fusionné : les enregistrements {uuid} et {other} de « {table} » auraient les mêmes {columns}.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>taken from the file</source>
        <translation>repris du fichier</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>identiques</translation>
    </message>
    <message>
        <source>kept as here</source>
        <translation>gardés tels qu’ici</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>«{campaign}» is not in this database: it will be added whole ({records} records, {attachments} attachments).</source>
        <translation>« {campaign} » n’est pas dans cette base : elle sera ajoutée entière ({records} enregistrements, {attachments} pièces jointes).</translation>
    </message>
    <message>
        <source>«{campaign}» is already in this database: the file will be merged into it.</source>
        <translation>« {campaign} » est déjà dans cette base : le fichier y sera fusionné.</translation>
    </message>
    <message>
        <source>Records to add: {count}.</source>
        <translation>Enregistrements à ajouter : {count}.</translation>
    </message>
    <message>
        <source>Records changed in the file only, taken from it: {count}.</source>
        <translation>Enregistrements modifiés seulement dans le fichier, repris de celui-ci : {count}.</translation>
    </message>
    <message>
        <source>Records the same on both sides: {count}.</source>
        <translation>Enregistrements identiques des deux côtés : {count}.</translation>
    </message>
    <message>
        <source>Records changed here only, kept as they are here: {count}.</source>
        <translation>Enregistrements modifiés seulement ici, gardés tels qu’ici : {count}.</translation>
    </message>
    <message>
        <source>Records changed on both sides (conflicts): {count}.</source>
        <translation>Enregistrements modifiés des deux côtés (conflits) : {count}.</translation>
    </message>
    <message>
        <source>«{label}» ({table}): «{column}» {before} is taken here; it becomes {after}.</source>
        <translation>« {label} » ({table}) : « {column} » {before} est déjà pris ici ; il devient {after}.</translation>
    </message>
    <message>
        <source>The file holds no personal data: residents&apos; contact details stay as they are here.</source>
        <translation>Le fichier ne contient pas de données personnelles : les coordonnées des habitants restent telles qu’ici.</translation>
    </message>
    <message>
        <source>The file comes without the register&apos;s secret: the campaign gets a new one here, so registers keyed with the old secret cannot be merged into it (prepare the vote day&apos;s laptops from a file with personal data).</source>
        <translation>Le fichier ne contient pas le secret de la liste d’émargement : la campagne en reçoit un nouveau ici, si bien que les émargements faits avec l’ancien secret ne pourront pas y être fusionnés (préparez les ordinateurs du jour de la votation à partir d’un fichier avec les données personnelles).</translation>
    </message>
    <message>
        <source>Signatures of the file keyed with another register secret than this database&apos;s: {count}. They cannot be checked for double signatures here.</source>
        <translation>Émargements du fichier faits avec un autre secret de liste d’émargement que celui de cette base : {count}. Les doubles émargements ne peuvent pas être recherchés pour eux ici.</translation>
    </message>
    <message>
        <source>Signatures of the file without the register&apos;s keys: {count}. They cannot be checked for double signatures.</source>
        <translation>Émargements du fichier sans les clés de la liste d’émargement : {count}. Les doubles émargements ne peuvent pas être recherchés pour eux.</translation>
    </message>
    <message>
        <source>The folder «{path}» does not exist.</source>
        <translation>Le dossier « {path} » n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write «{path}»: {reason}</source>
        <translation>Impossible d’écrire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>The campaign could not be read from the database: {reason}</source>
        <translation>La campagne n’a pas pu être lue dans la base : {reason}</translation>
    </message>
    <message>
        <source>There is no campaign with id {id}.</source>
        <translation>Il n’y a pas de campagne d’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>ProjectResultsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non lauréat</translation>
    </message>
</context>
<context>
    <name>ProjectUpdateDialog</name>
    <message>
        <source>New update</source>
        <translation>Nouvelle actualité</translation>
    </message>
    <message>
        <source>Edit an update</source>
        <translation>Modifier une actualité</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Saving the update and its photos…</source>
        <translation>Enregistrement de l’actualité et de ses photos…</translation>
    </message>
    <message>
        <source>The update could not be saved: {error}</source>
        <translation>L’actualité n’a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to &amp;residents</source>
        <translation>Visible des &amp;habitants</translation>
    </message>
    <message>
        <source>Public updates appear in the report back to residents; the others stay within the team.</source>
        <translation>Les actualités publiques figurent dans le compte rendu aux habitants&#xa0;; les autres restent internes à l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, in plain words the residents understand…</source>
        <translation>Ce qui s’est passé, avec des mots simples que les habitants comprennent…</translation>
    </message>
    <message>
        <source>&amp;Photos:</source>
        <translation>&amp;Photos&#xa0;:</translation>
    </message>
    <message>
        <source>The first photo of the latest public update is printed in the report back to residents.</source>
        <translation>La première photo de la dernière actualité publique est imprimée dans le compte rendu aux habitants.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>A&amp;jouter des photos…</translation>
    </message>
    <message>
        <source>Choose one or more photos (Insert in the list).</source>
        <translation>Choisir une ou plusieurs photos (Inser dans la liste).</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Reti&amp;rer la photo</translation>
    </message>
    <message>
        <source>Remove the selected photo (Delete in the list).</source>
        <translation>Retirer la photo sélectionnée (Suppr dans la liste).</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Ce que montre la photo sélectionnée</translation>
    </message>
</context>
<context>
    <name>ProjectVotesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>{remaining} · overspent {amount}</source>
        <translation>{remaining} · dépassement {amount}</translation>
    </message>
    <message>
        <source>Overspent by {amount}</source>
        <translation>Dépassement de {amount}</translation>
    </message>
    <message>
        <source>1 milestone late</source>
        <translation>1 jalon en retard</translation>
    </message>
    <message>
        <source>{count} milestones late</source>
        <translation>{count} jalons en retard</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>favourable</source>
        <translation>favorable</translation>
    </message>
    <message>
        <source>favourable with reservations</source>
        <translation>favorable avec réserves</translation>
    </message>
    <message>
        <source>unfavourable</source>
        <translation>défavorable</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <source>amount requested</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>vote day</source>
        <translation>jour de la votation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>reçu le</translation>
    </message>
    <message>
        <source>settings frozen at</source>
        <translation>réglages figés le</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>internal number</source>
        <translation>numéro interne</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>créé le</translation>
    </message>
    <message>
        <source>changed on</source>
        <translation>modifié le</translation>
    </message>
    <message>
        <source>version number</source>
        <translation>numéro de version</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>application</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>project holder</source>
        <translation>porteur de projet</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>polling station</source>
        <translation>bureau de vote</translation>
    </message>
    <message>
        <source>ballot stack</source>
        <translation>lot de bulletins</translation>
    </message>
    <message>
        <source>entry session</source>
        <translation>séance de saisie</translation>
    </message>
    <message>
        <source>stake</source>
        <translation>enjeu</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>instructeur</translation>
    </message>
    <message>
        <source>review</source>
        <translation>instruction</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>direct count</source>
        <translation>décompte direct</translation>
    </message>
    <message>
        <source>tie draw</source>
        <translation>tirage au sort</translation>
    </message>
    <message>
        <source>project follow-up</source>
        <translation>suivi du projet</translation>
    </message>
    <message>
        <source>project update</source>
        <translation>actualité du projet</translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation>prénom et nom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>full description</source>
        <translation>description détaillée</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>notes libres</translation>
    </message>
    <message>
        <source>free note</source>
        <translation>note libre</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>further details</source>
        <translation>précisions</translation>
    </message>
    <message>
        <source>photo caption</source>
        <translation>légende de la photo</translation>
    </message>
    <message>
        <source>aims of the campaign</source>
        <translation>objectifs de la campagne</translation>
    </message>
    <message>
        <source>rules of the call</source>
        <translation>règlement de l’appel</translation>
    </message>
    <message>
        <source>people aimed at</source>
        <translation>public visé</translation>
    </message>
    <message>
        <source>reason given</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>reasons for the decision</source>
        <translation>motifs de la décision</translation>
    </message>
    <message>
        <source>reason for the status</source>
        <translation>motif du statut</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>ce qui a bien marché</translation>
    </message>
    <message>
        <source>what to adjust</source>
        <translation>ce qui est à ajuster</translation>
    </message>
    <message>
        <source>minutes of the meeting</source>
        <translation>compte rendu</translation>
    </message>
    <message>
        <source>decisions taken</source>
        <translation>décisions prises</translation>
    </message>
    <message>
        <source>activities carried out</source>
        <translation>actions menées</translation>
    </message>
    <message>
        <source>witnesses of the draw</source>
        <translation>témoins du tirage</translation>
    </message>
    <message>
        <source>reviewer&apos;s recommendation</source>
        <translation>avis de l’instructeur</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>current state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>phase of the campaign</source>
        <translation>phase de la campagne</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>laptop of origin</source>
        <translation>ordinateur d’origine</translation>
    </message>
    <message>
        <source>kind of action</source>
        <translation>type d’action</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>statut avant</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>statut après</translation>
    </message>
    <message>
        <source>kind of call</source>
        <translation>type d’appel</translation>
    </message>
    <message>
        <source>kind of core group</source>
        <translation>type de noyau dur</translation>
    </message>
    <message>
        <source>how the decision is made</source>
        <translation>mode de décision</translation>
    </message>
    <message>
        <source>kind of ballot</source>
        <translation>type de bulletin</translation>
    </message>
    <message>
        <source>proof of residence</source>
        <translation>justificatif de résidence</translation>
    </message>
    <message>
        <source>allocation rule</source>
        <translation>règle d’attribution</translation>
    </message>
    <message>
        <source>tie-break rule</source>
        <translation>règle de départage</translation>
    </message>
    <message>
        <source>version of the criteria</source>
        <translation>version des critères</translation>
    </message>
    <message>
        <source>catalogue item</source>
        <translation>élément du catalogue</translation>
    </message>
    <message>
        <source>sample record</source>
        <translation>enregistrement d’exemple</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>type d’enregistrement</translation>
    </message>
    <message>
        <source>identifier of the record</source>
        <translation>identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>exchange states</source>
        <translation>états d’échange</translation>
    </message>
    <message>
        <source>organisation or body</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>numéro RNA</translation>
    </message>
    <message>
        <source>SIRET number</source>
        <translation>numéro SIRET</translation>
    </message>
    <message>
        <source>lives in the area</source>
        <translation>habite le quartier</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>consentement donné le</translation>
    </message>
    <message>
        <source>erased on</source>
        <translation>effacé le</translation>
    </message>
    <message>
        <source>holder of an earlier edition</source>
        <translation>porteur d’une édition précédente</translation>
    </message>
    <message>
        <source>person in charge</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>entered by</source>
        <translation>saisi par</translation>
    </message>
    <message>
        <source>entry operator</source>
        <translation>opérateur de saisie</translation>
    </message>
    <message>
        <source>decision made by</source>
        <translation>décidé par</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>publié par</translation>
    </message>
    <message>
        <source>reviews every application</source>
        <translation>instruit tous les dépôts</translation>
    </message>
    <message>
        <source>number of participants</source>
        <translation>nombre de participants</translation>
    </message>
    <message>
        <source>number of women</source>
        <translation>nombre de femmes</translation>
    </message>
    <message>
        <source>number of men</source>
        <translation>nombre d’hommes</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>aged 18 to 29</source>
        <translation>18 à 29 ans</translation>
    </message>
    <message>
        <source>aged 30 to 59</source>
        <translation>30 à 59 ans</translation>
    </message>
    <message>
        <source>aged 60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>residents present</source>
        <translation>habitants présents</translation>
    </message>
    <message>
        <source>beneficiaries reached</source>
        <translation>bénéficiaires touchés</translation>
    </message>
    <message>
        <source>number of activities</source>
        <translation>nombre d’actions</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horaires d’ouverture</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>town (commune)</source>
        <translation>commune du territoire</translation>
    </message>
    <message>
        <source>code of the priority area (QPV)</source>
        <translation>code du quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>order in the list</source>
        <translation>ordre dans la liste</translation>
    </message>
    <message>
        <source>number in the stack</source>
        <translation>numéro dans le lot</translation>
    </message>
    <message>
        <source>progress (%)</source>
        <translation>avancement (%)</translation>
    </message>
    <message>
        <source>weight of the criterion</source>
        <translation>poids du critère</translation>
    </message>
    <message>
        <source>lowest mark</source>
        <translation>note minimale</translation>
    </message>
    <message>
        <source>highest mark</source>
        <translation>note maximale</translation>
    </message>
    <message>
        <source>threshold (%)</source>
        <translation>seuil (%)</translation>
    </message>
    <message>
        <source>time for an appeal (months)</source>
        <translation>délai de recours (mois)</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>recevabilité</translation>
    </message>
    <message>
        <source>funding granted</source>
        <translation>financement accordé</translation>
    </message>
    <message>
        <source>funded outside the vote</source>
        <translation>financé hors votation</translation>
    </message>
    <message>
        <source>shown to the public</source>
        <translation>visible du public</translation>
    </message>
    <message>
        <source>ceiling per project</source>
        <translation>plafond par projet</translation>
    </message>
    <message>
        <source>amount awarded</source>
        <translation>montant attribué</translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation>montant prévu</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>montant versé</translation>
    </message>
    <message>
        <source>total cost of the winners</source>
        <translation>coût total des lauréats</translation>
    </message>
    <message>
        <source>co-funders</source>
        <translation>autres financeurs</translation>
    </message>
    <message>
        <source>paid to</source>
        <translation>payé à</translation>
    </message>
    <message>
        <source>reference of the invoice</source>
        <translation>référence de la pièce</translation>
    </message>
    <message>
        <source>reference of the agreement</source>
        <translation>référence de la convention</translation>
    </message>
    <message>
        <source>end of the financial year</source>
        <translation>fin de l’exercice</translation>
    </message>
    <message>
        <source>opening date</source>
        <translation>date d’ouverture</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>fait le</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>planned date</source>
        <translation>date prévue</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>prévu le</translation>
    </message>
    <message>
        <source>date paid</source>
        <translation>versé le</translation>
    </message>
    <message>
        <source>date of the expense</source>
        <translation>date de la dépense</translation>
    </message>
    <message>
        <source>date of the update</source>
        <translation>date de l’actualité</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>date de la décision</translation>
    </message>
    <message>
        <source>agreement signed on</source>
        <translation>convention signée le</translation>
    </message>
    <message>
        <source>date the financial report came in</source>
        <translation>bilan financier reçu le</translation>
    </message>
    <message>
        <source>day of signing</source>
        <translation>jour de l’émargement</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>grids sent on</source>
        <translation>grilles envoyées le</translation>
    </message>
    <message>
        <source>grid filled in on</source>
        <translation>grille remplie le</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>ouverte le</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>close le</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>émargé le</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>tiré le</translation>
    </message>
    <message>
        <source>counted on</source>
        <translation>dépouillé le</translation>
    </message>
    <message>
        <source>published on</source>
        <translation>publié le</translation>
    </message>
    <message>
        <source>register purged on</source>
        <translation>liste d’émargement purgée le</translation>
    </message>
    <message>
        <source>fewest choices</source>
        <translation>nombre de choix minimum</translation>
    </message>
    <message>
        <source>most choices</source>
        <translation>nombre de choix maximum</translation>
    </message>
    <message>
        <source>points to share</source>
        <translation>points à répartir</translation>
    </message>
    <message>
        <source>most points per project</source>
        <translation>points par projet au plus</translation>
    </message>
    <message>
        <source>minimum age</source>
        <translation>âge minimum</translation>
    </message>
    <message>
        <source>proxy voting allowed</source>
        <translation>procurations permises</translation>
    </message>
    <message>
        <source>most proxies per voter</source>
        <translation>procurations par votant au plus</translation>
    </message>
    <message>
        <source>one envelope per territory</source>
        <translation>une enveloppe par territoire</translation>
    </message>
    <message>
        <source>at least one project per territory</source>
        <translation>au moins un projet par territoire</translation>
    </message>
    <message>
        <source>ballots typed twice (double entry)</source>
        <translation>bulletins saisis deux fois (double saisie)</translation>
    </message>
    <message>
        <source>secret key of the register</source>
        <translation>clé secrète de la liste d’émargement</translation>
    </message>
    <message>
        <source>register keeps the names</source>
        <translation>noms gardés dans la liste d’émargement</translation>
    </message>
    <message>
        <source>settings frozen</source>
        <translation>réglages figés</translation>
    </message>
    <message>
        <source>code on the ballot</source>
        <translation>code sur le bulletin</translation>
    </message>
    <message>
        <source>entry (A or B)</source>
        <translation>saisie (A ou B)</translation>
    </message>
    <message>
        <source>what was typed</source>
        <translation>texte saisi</translation>
    </message>
    <message>
        <source>choices on the ballot</source>
        <translation>choix du bulletin</translation>
    </message>
    <message>
        <source>resident&apos;s identity key</source>
        <translation>clé d’identité de l’habitant</translation>
    </message>
    <message>
        <source>key of the register</source>
        <translation>clé de la liste d’émargement</translation>
    </message>
    <message>
        <source>by proxy</source>
        <translation>par procuration</translation>
    </message>
    <message>
        <source>proxy holder&apos;s key</source>
        <translation>clé du mandataire</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>number of signatures</source>
        <translation>nombre d’émargements</translation>
    </message>
    <message>
        <source>proxy votes</source>
        <translation>procurations</translation>
    </message>
    <message>
        <source>ballots in the box</source>
        <translation>bulletins dans l’urne</translation>
    </message>
    <message>
        <source>ballots counted</source>
        <translation>bulletins comptés</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>bulletins valables</translation>
    </message>
    <message>
        <source>blank ballots</source>
        <translation>bulletins blancs</translation>
    </message>
    <message>
        <source>spoilt ballots</source>
        <translation>bulletins nuls</translation>
    </message>
    <message>
        <source>votes received</source>
        <translation>voix obtenues</translation>
    </message>
    <message>
        <source>points received</source>
        <translation>points obtenus</translation>
    </message>
    <message>
        <source>seed of the draw</source>
        <translation>graine du tirage</translation>
    </message>
    <message>
        <source>result of the count</source>
        <translation>résultat du dépouillement</translation>
    </message>
    <message>
        <source>details of the count</source>
        <translation>détail du calcul</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>type de fichier</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>taille du fichier</translation>
    </message>
    <message>
        <source>fingerprint of the file</source>
        <translation>empreinte du fichier</translation>
    </message>
    <message>
        <source>content of the file</source>
        <translation>contenu du fichier</translation>
    </message>
    <message>
        <source>accent colour</source>
        <translation>couleur d’accent</translation>
    </message>
    <message>
        <source>logo image</source>
        <translation>image du logo</translation>
    </message>
    <message>
        <source>file name of the logo</source>
        <translation>nom du fichier du logo</translation>
    </message>
    <message>
        <source>order of the projects</source>
        <translation>ordre des projets</translation>
    </message>
    <message>
        <source>seed of the random order</source>
        <translation>graine de l’ordre aléatoire</translation>
    </message>
    <message>
        <source>numbers on the ballots</source>
        <translation>numéros sur les bulletins</translation>
    </message>
    <message>
        <source>ballots per polling station</source>
        <translation>bulletins par bureau de vote</translation>
    </message>
    <message>
        <source>ballots on each sheet</source>
        <translation>bulletins par feuille</translation>
    </message>
    <message>
        <source>large print version</source>
        <translation>version en gros caractères</translation>
    </message>
    <message>
        <source>contact for personal data</source>
        <translation>interlocuteur RGPD</translation>
    </message>
    <message>
        <source>set aside on</source>
        <translation>écartée le</translation>
    </message>
    <message>
        <source>why it was set aside</source>
        <translation>motif de la mise à l’écart</translation>
    </message>
    <message>
        <source>kind of holder</source>
        <translation>type de porteur</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>type de rencontre</translation>
    </message>
    <message>
        <source>kind of reviewer</source>
        <translation>type d’instructeur</translation>
    </message>
    <message>
        <source>kind of criterion</source>
        <translation>type de critère</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>name of the stack</source>
        <translation>nom du lot</translation>
    </message>
    <message>
        <source>item of expenditure</source>
        <translation>poste de dépense</translation>
    </message>
    <message>
        <source>what was paid for</source>
        <translation>objet de la dépense</translation>
    </message>
    <message>
        <source>instalment</source>
        <translation>versement</translation>
    </message>
    <message>
        <source>order on the ballot</source>
        <translation>ordre sur le bulletin</translation>
    </message>
    <message>
        <source>where the stake comes from</source>
        <translation>origine de l’enjeu</translation>
    </message>
    <message>
        <source>kind of count</source>
        <translation>type de décompte</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>dépouillé à partir de</translation>
    </message>
    <message>
        <source>entered from</source>
        <translation>saisie depuis</translation>
    </message>
    <message>
        <source>received through</source>
        <translation>reçu par</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>note donnée</translation>
    </message>
    <message>
        <source>counted by</source>
        <translation>dépouillé par</translation>
    </message>
    <message>
        <source>written by</source>
        <translation>rédigé par</translation>
    </message>
    <message>
        <source>state of the expense</source>
        <translation>état de la dépense</translation>
    </message>
    <message>
        <source>ballot valid, blank or spoilt</source>
        <translation>bulletin valable, blanc ou nul</translation>
    </message>
    <message>
        <source>difference between signatures and ballots</source>
        <translation>écart entre émargements et bulletins</translation>
    </message>
    <message>
        <source>date held</source>
        <translation>date de la rencontre</translation>
    </message>
    <message>
        <source>state of the phase</source>
        <translation>état de la phase</translation>
    </message>
    <message>
        <source>text of the update</source>
        <translation>texte de l’actualité</translation>
    </message>
    <message>
        <source>linked record</source>
        <translation>enregistrement lié</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>autre information</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>project holders</source>
        <translation>porteurs de projet</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>éléments des listes de contrôle</translation>
    </message>
    <message>
        <source>journal lines</source>
        <translation>lignes du Journal</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>rencontres</translation>
    </message>
    <message>
        <source>people (team, core group)</source>
        <translation>personnes (équipe, noyau dur)</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <source>territories</source>
        <translation>territoires</translation>
    </message>
    <message>
        <source>tie draws</source>
        <translation>tirages au sort (égalités)</translation>
    </message>
    <message>
        <source>vote settings</source>
        <translation>réglages de la votation</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>dépôts</translation>
    </message>
    <message>
        <source>polling stations</source>
        <translation>bureaux de vote</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>instructeurs</translation>
    </message>
    <message>
        <source>stakes</source>
        <translation>enjeux</translation>
    </message>
    <message>
        <source>envelopes by territory</source>
        <translation>enveloppes par territoire</translation>
    </message>
    <message>
        <source>vote results</source>
        <translation>résultats de la votation</translation>
    </message>
    <message>
        <source>stakes of applications</source>
        <translation>enjeux des dépôts</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>ballot codes</source>
        <translation>codes des bulletins</translation>
    </message>
    <message>
        <source>ballot stacks</source>
        <translation>lots de bulletins</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <source>review criteria</source>
        <translation>critères d’instruction</translation>
    </message>
    <message>
        <source>designations</source>
        <translation>désignations</translation>
    </message>
    <message>
        <source>direct counts</source>
        <translation>décomptes directs</translation>
    </message>
    <message>
        <source>direct count lines</source>
        <translation>lignes des décomptes directs</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>instructions</translation>
    </message>
    <message>
        <source>review assignments</source>
        <translation>attributions d’instruction</translation>
    </message>
    <message>
        <source>review values</source>
        <translation>notes d’instruction</translation>
    </message>
    <message>
        <source>sign-in register entries</source>
        <translation>lignes de la liste d’émargement</translation>
    </message>
    <message>
        <source>sign-in counts</source>
        <translation>comptes d’émargements</translation>
    </message>
    <message>
        <source>polling station reconciliations</source>
        <translation>rapprochements des bureaux de vote</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>changements de statut</translation>
    </message>
    <message>
        <source>ballot entry sessions</source>
        <translation>séances de saisie des bulletins</translation>
    </message>
    <message>
        <source>typed ballots (entries A and B)</source>
        <translation>saisies de bulletins (saisies A et B)</translation>
    </message>
    <message>
        <source>project follow-ups</source>
        <translation>suivis de projet</translation>
    </message>
    <message>
        <source>subsidy instalments</source>
        <translation>versements de la subvention</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
    <message>
        <source>project updates</source>
        <translation>actualités des projets</translation>
    </message>
    <message>
        <source>photos of updates</source>
        <translation>photos des actualités</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>one-year reviews</source>
        <translation>bilans à un an</translation>
    </message>
    <message>
        <source>residents&apos; feedback</source>
        <translation>avis des habitants</translation>
    </message>
    <message>
        <source>settings for printing</source>
        <translation>réglages d’impression</translation>
    </message>
    <message>
        <source>states of exchanged records</source>
        <translation>états des enregistrements échangés</translation>
    </message>
    <message>
        <source>other records</source>
        <translation>autres enregistrements</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Type the voter&apos;s last name.</source>
        <translation>Saisissez le nom de l’électeur.</translation>
    </message>
    <message>
        <source>Type the voter&apos;s first name.</source>
        <translation>Saisissez le prénom de l’électeur.</translation>
    </message>
    <message>
        <source>{date} cannot be a voter&apos;s birth date.</source>
        <translation>Le {date} ne peut pas être la date de naissance d’un électeur.</translation>
    </message>
    <message>
        <source>The person giving the proxy already voted: signed at «{station}» on {day} at {time}.</source>
        <translation>La personne qui donne procuration a déjà voté : émargement à « {station} » le {day} à {time}.</translation>
    </message>
    <message>
        <source>Already signed at «{station}» on {day} at {time}: no second vote.</source>
        <translation>Déjà émargé à « {station} » le {day} à {time} : pas de second vote.</translation>
    </message>
    <message>
        <source>(register imported from {origin})</source>
        <translation>(liste importée de {origin})</translation>
    </message>
    <message>
        <source>A voter cannot hold their own proxy.</source>
        <translation>Un électeur ne peut pas détenir sa propre procuration.</translation>
    </message>
    <message>
        <source>Proxy vote signed: give one ballot.</source>
        <translation>Vote par procuration émargé : remettez un bulletin.</translation>
    </message>
    <message>
        <source>Signed: give one ballot.</source>
        <translation>Émargé : remettez un bulletin.</translation>
    </message>
    <message>
        <source>The register of this vote was purged: nobody can sign it any more.</source>
        <translation>La liste d’émargement de cette votation a été purgée : plus personne ne peut émarger.</translation>
    </message>
    <message>
        <source>The results of this vote are published: the register is closed, nobody can sign it any more.</source>
        <translation>Les résultats de cette votation sont publiés : la liste d’émargement est close, plus personne ne peut émarger.</translation>
    </message>
    <message>
        <source>This vote does not allow proxies.</source>
        <translation>Cette votation n’admet pas les procurations.</translation>
    </message>
    <message>
        <source>The vote is open from {age} years old.</source>
        <translation>La votation est ouverte à partir de {age} ans.</translation>
    </message>
    <message>
        <source>A proxy holder must be {age} years old or more.</source>
        <translation>Le mandataire d’une procuration doit avoir {age} ans ou plus.</translation>
    </message>
    <message>
        <source>This person already holds {count} proxies, the most allowed.</source>
        <translation>Cette personne détient déjà {count} procurations, le maximum autorisé.</translation>
    </message>
    <message>
        <source>Check a proof of address before signing.</source>
        <translation>Vérifiez un justificatif de domicile avant l’émargement.</translation>
    </message>
    <message>
        <source>The register from {origin} was made with another secret: it does not come from this campaign&apos;s file, and cannot be merged.</source>
        <translation>La liste d’émargement de {origin} a été faite avec une autre clé secrète : elle ne vient pas du fichier de cette campagne et ne peut pas être fusionnée.</translation>
    </message>
    <message>
        <source>The register is kept until the recourse period after the results is over; the results are not published yet.</source>
        <translation>La liste d’émargement est conservée jusqu’à la fin du délai de recours après les résultats ; les résultats ne sont pas encore publiés.</translation>
    </message>
    <message>
        <source>The register is kept for recourse until {date}.</source>
        <translation>La liste d’émargement est conservée pour les recours jusqu’au {date}.</translation>
    </message>
</context>
<context>
    <name>ResidenceRule</name>
    <message>
        <source>Declared by the voter</source>
        <translation>Déclarée par l’électeur</translation>
    </message>
    <message>
        <source>Proof of address shown</source>
        <translation>Justificatif de domicile présenté</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Most votes first</source>
        <translation>Les plus votés d’abord</translation>
    </message>
    <message>
        <source>Most votes first, stopping at the first that does not fit</source>
        <translation>Les plus votés d’abord, arrêt au premier qui ne rentre pas</translation>
    </message>
    <message>
        <source>Threshold of votes</source>
        <translation>Seuil de voix</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>Méthode des parts égales</translation>
    </message>
    <message>
        <source>Method of Equal Shares, counting projects</source>
        <translation>Méthode des parts égales, par nombre de projets</translation>
    </message>
    <message>
        <source>Method of Equal Shares with completion</source>
        <translation>Méthode des parts égales avec complément</translation>
    </message>
    <message>
        <source>Equal Shares with completion, then most votes</source>
        <translation>Parts égales avec complément, puis les plus votés</translation>
    </message>
    <message>
        <source>The cheaper project first, then a draw by lot</source>
        <translation>Le projet le moins cher d’abord, puis un tirage au sort</translation>
    </message>
    <message>
        <source>Refuse and ask the team to decide</source>
        <translation>Refuser et demander à l’équipe de trancher</translation>
    </message>
    <message>
        <source>The smaller project code first</source>
        <translation>Le plus petit code de projet d’abord</translation>
    </message>
    <message>
        <source>With the completion, each voter&apos;s share was raised until the envelope was used: the rounds are counted with these raised shares, so «Shares left» is what the voters still hold of them, not euros left in the envelope.</source>
        <translation>Avec le complément, la part de chaque votant a été augmentée jusqu’à utiliser l’enveloppe&#xa0;: les tours sont comptés avec ces parts augmentées&#xa0;; «&#xa0;Parts restantes&#xa0;» est donc ce que les votants en détiennent encore, pas les euros qui restent dans l’enveloppe.</translation>
    </message>
    <message>
        <source>The envelope is shared equally among the voters: «Shares left» is what they still hold of their shares after each round.</source>
        <translation>L’enveloppe est partagée à parts égales entre les votants&#xa0;: «&#xa0;Parts restantes&#xa0;» est ce qu’il leur reste de leurs parts après chaque tour.</translation>
    </message>
    <message>
        <source>1 ballot with at least one of its projects</source>
        <translation>1 bulletin avec au moins un de ses projets</translation>
    </message>
    <message>
        <source>{count} ballots with at least one of its projects</source>
        <translation>{count} bulletins avec au moins un de ses projets</translation>
    </message>
    <message>
        <source>1 valid ballot</source>
        <translation>1 bulletin valable</translation>
    </message>
    <message>
        <source>{count} valid ballots</source>
        <translation>{count} bulletins valables</translation>
    </message>
    <message>
        <source>No count yet.</source>
        <translation>Pas encore de dépouillement.</translation>
    </message>
    <message>
        <source>Count of {when} with the rule «{rule}» (ties: {tie}): {valid} valid ballots, {blank} blank, {nul} spoilt.</source>
        <translation>Dépouillement du {when} avec la règle «&#xa0;{rule}&#xa0;» (égalités&#xa0;: {tie})&#xa0;: {valid} bulletins valables, {blank} blancs, {nul} nuls.</translation>
    </message>
    <message>
        <source>Draw by lot number {seed} of {when}, before {witnesses}.</source>
        <translation>Tirage au sort numéro {seed} du {when}, devant {witnesses}.</translation>
    </message>
    <message>
        <source>{envelope}: {amount} for {voters}; {funded} funded, {left} left.</source>
        <translation>{envelope}&#xa0;: {amount} pour {voters}&#xa0;; {funded} attribués, reste {left}.</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <source>Funded in this order: {codes}.</source>
        <translation>Lauréats dans cet ordre&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Ties settled: {ties}.</source>
        <translation>Égalités départagées&#xa0;: {ties}.</translation>
    </message>
    <message>
        <source>With Equal Shares per territory, each envelope is shared among the ballots that chose at least one of its projects (the voters of that envelope); a ballot that chose projects of two territories counts in both. The turnout per territory counts the sign-ins and ballots of its polling stations.</source>
        <translation>Avec les parts égales par territoire, chaque enveloppe est partagée entre les bulletins qui ont choisi au moins un de ses projets (les votants de cette enveloppe)&#xa0;; un bulletin qui a choisi des projets de deux territoires compte dans les deux. La participation par territoire compte les émargements et les bulletins de ses bureaux de vote.</translation>
    </message>
    <message>
        <source>Save the vote settings first (phase 8, settings of the vote).</source>
        <translation>Enregistrez d’abord le règlement de la votation (phase 8, règlement de la votation).</translation>
    </message>
    <message>
        <source>No count yet: once the ballots are entered and official, press Count.</source>
        <translation>Pas encore de dépouillement&#xa0;: une fois les bulletins saisis et officiels, appuyez sur Compter.</translation>
    </message>
    <message>
        <source>Published result: {funded} projects funded for {amount}; published on {day} by {who}.</source>
        <translation>Résultat publié&#xa0;: {funded} projets lauréats pour {amount}&#xa0;; publié le {day} par {who}.</translation>
    </message>
    <message>
        <source>This count is not the result: the count of {day} is published already.</source>
        <translation>Ce dépouillement n’est pas le résultat&#xa0;: celui du {day} est déjà publié.</translation>
    </message>
    <message>
        <source>Count not published yet: {funded} projects funded for {amount}. Publish it to make it the result.</source>
        <translation>Dépouillement pas encore publié&#xa0;: {funded} projets lauréats pour {amount}. Publiez-le pour en faire le résultat.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Dépouillement</translation>
    </message>
    <message>
        <source>Counting the ballots…</source>
        <translation>Dépouillement des bulletins…</translation>
    </message>
    <message>
        <source>The count failed: {error}</source>
        <translation>Le dépouillement a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Publish this count as the campaign&apos;s result? {funded} projects become funded ({amount}) and {others} not funded; the journal keeps it and the one-year review is scheduled. A published result cannot be replaced by another count.</source>
        <translation>Publier ce dépouillement comme résultat de la campagne&#xa0;? {funded} projets deviennent lauréats ({amount}) et {others} non lauréats&#xa0;; le Journal le garde et le bilan à un an est programmé. Un résultat publié ne peut pas être remplacé par un autre dépouillement.</translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation>Publier les résultats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ties:</source>
        <translation>Égali&amp;tés&#xa0;:</translation>
    </message>
    <message>
        <source>Cou&amp;nt</source>
        <translation>Co&amp;mpter</translation>
    </message>
    <message>
        <source>Count the official ballots with this rule and keep the count (Ctrl+Enter)</source>
        <translation>Dépouiller les bulletins officiels avec cette règle et garder le dépouillement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Publish the results…</source>
        <translation>&amp;Publier les résultats…</translation>
    </message>
    <message>
        <source>Make the count shown the campaign&apos;s result: statuses funded or not funded, journal, one-year review</source>
        <translation>Faire du dépouillement affiché le résultat de la campagne&#xa0;: statuts lauréat ou non lauréat, Journal, bilan à un an</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>Pro&amp;jets</translation>
    </message>
    <message>
        <source>Count detai&amp;ls</source>
        <translation>Détai&amp;l du dépouillement</translation>
    </message>
    <message>
        <source>Sh&amp;ow each round of Equal Shares</source>
        <translation>Affich&amp;er chaque tour de la méthode des parts égales</translation>
    </message>
    <message>
        <source>T&amp;urnout</source>
        <translation>Partic&amp;ipation</translation>
    </message>
    <message>
        <source>Per polling station</source>
        <translation>Par bureau de vote</translation>
    </message>
    <message>
        <source>Per territory</source>
        <translation>Par territoire</translation>
    </message>
    <message>
        <source>Past count&amp;s</source>
        <translation>Dépouillement&amp;s précédents</translation>
    </message>
    <message>
        <source>Every count is kept. Select one to show it in the other tabs; only the one shown can be published.</source>
        <translation>Chaque dépouillement est gardé. Sélectionnez-en un pour l’afficher dans les autres onglets&#xa0;; seul celui affiché peut être publié.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>A criterion answered is not one of this campaign&apos;s.</source>
        <translation>Un des critères renseignés n’appartient pas à cette campagne.</translation>
    </message>
    <message>
        <source>«{criterion}» is answered yes or no, not with a score.</source>
        <translation>« {criterion} » se répond par oui ou non, pas par une note.</translation>
    </message>
    <message>
        <source>«{criterion}»: say why the answer is no.</source>
        <translation>« {criterion} » : dites pourquoi la réponse est non.</translation>
    </message>
    <message>
        <source>«{criterion}» is answered with a score, not yes or no.</source>
        <translation>« {criterion} » se répond par une note, pas par oui ou non.</translation>
    </message>
    <message>
        <source>«{criterion}»: {value} is not a score between {low} and {high}.</source>
        <translation>« {criterion} » : {value} n’est pas une note entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Application {number} is not given to «{name}» to review.</source>
        <translation>Le dépôt {number} n’est pas confié à « {name} » pour instruction.</translation>
    </message>
    <message>
        <source>This review changed in the meantime (someone else, or a grid imported); reload it and enter your changes again.</source>
        <translation>Cette instruction a changé entre-temps (quelqu’un d’autre, ou une grille importée) ; rechargez-la et saisissez à nouveau vos modifications.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review by {name}</source>
        <translation>Instruction par {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Is the criterion met? A «no» needs its reason.</source>
        <translation>Le critère est-il rempli&#xa0;? Un «&#xa0;non&#xa0;» demande son motif.</translation>
    </message>
    <message>
        <source>Reason, required for «No»</source>
        <translation>Motif, obligatoire pour «&#xa0;Non&#xa0;»</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>poids {weight}</translation>
    </message>
    <message>
        <source>The score counts {weight} times in the weighted total.</source>
        <translation>La note compte {weight} fois dans le total pondéré.</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}; the dash leaves it unscored.</source>
        <translation>Un nombre entier de {low} à {high}&#xa0;; le tiret le laisse sans note.</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <source>No. {number} — {title}</source>
        <translation>N°&#xa0;{number} — {title}</translation>
    </message>
    <message>
        <source>{holder} · {territory}</source>
        <translation>{holder} · {territory}</translation>
    </message>
    <message>
        <source>Application {position} of {count}</source>
        <translation>Dépôt {position} sur {count}</translation>
    </message>
    <message>
        <source>— / {best} ({scored} of {count} criteria scored)</source>
        <translation>— / {best} ({scored} critère(s) noté(s) sur {count})</translation>
    </message>
    <message>
        <source>{total} / {best}</source>
        <translation>{total} / {best}</translation>
    </message>
    <message>
        <source>Unsaved review</source>
        <translation>Instruction non enregistrée</translation>
    </message>
    <message>
        <source>Close without saving what you typed for this application?</source>
        <translation>Fermer sans enregistrer ce que vous avez saisi pour ce dépôt&#xa0;?</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Montant demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This campaign has no review criteria yet: define them on the page of the call.</source>
        <translation>Cette campagne n’a pas encore de critères d’instruction&#xa0;: définissez-les sur la page de l’appel.</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>A&amp;vis&#xa0;:</translation>
    </message>
    <message>
        <source>Weighted total:</source>
        <translation>Total pondéré&#xa0;:</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Enregistrer et &amp;suivant</translation>
    </message>
    <message>
        <source>Save this review and open the next application (Ctrl+Enter)</source>
        <translation>Enregistrer cette instruction et ouvrir le dépôt suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save this review and close (Ctrl+S)</source>
        <translation>Enregistrer cette instruction et fermer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>This reviewer no longer exists.</source>
        <translation>Cet instructeur n’existe plus.</translation>
    </message>
    <message>
        <source>There is no reviewer «{name}» in this campaign.</source>
        <translation>Il n’y a pas d’instructeur « {name} » dans cette campagne.</translation>
    </message>
    <message>
        <source>This person is not in the campaign&apos;s team.</source>
        <translation>Cette personne ne fait pas partie de l’équipe de la campagne.</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name.</source>
        <translation>Donnez le nom de l’instructeur.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>An application chosen is not one of this campaign&apos;s.</source>
        <translation>Un des dépôts choisis n’appartient pas à cette campagne.</translation>
    </message>
    <message>
        <source>A reviewer named «{name}» already exists.</source>
        <translation>Un instructeur nommé « {name} » existe déjà.</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>— not in the team —</source>
        <translation>— hors de l’équipe —</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nouvel instructeur</translation>
    </message>
    <message>
        <source>Edit a reviewer</source>
        <translation>Modifier un instructeur</translation>
    </message>
    <message>
        <source>{count} of {total} applications ticked.</source>
        <translation>{count} dépôt(s) coché(s) sur {total}.</translation>
    </message>
    <message>
        <source>Tick the applications this reviewer reviews, or choose all of them.</source>
        <translation>Cochez les dépôts que cet instructeur instruit, ou choisissez-les tous.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Team &amp;member:</source>
        <translation>Membre de l’é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>When the reviewer belongs to the project team or the core group, choose them: their name and details are filled in</source>
        <translation>Quand l’instructeur fait partie de l’équipe projet ou du noyau dur, choisissez-le&#xa0;: son nom et ses coordonnées sont repris</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Service, council, collective…</source>
        <translation>Service, conseil, collectif…</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Applications reviewed</source>
        <translation>Dépôts instruits</translation>
    </message>
    <message>
        <source>Reviews &amp;all the applications of the campaign</source>
        <translation>Instruit &amp;tous les dépôts de la campagne</translation>
    </message>
    <message>
        <source>Reviews only the applications &amp;ticked below:</source>
        <translation>Instruit seulement les dépôts coché&amp;s ci-dessous&#xa0;:</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current application</source>
        <translation>Espace coche ou décoche le dépôt courant</translation>
    </message>
</context>
<context>
    <name>ReviewerKind</name>
    <message>
        <source>Technical service</source>
        <translation>Service technique</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Core group member</source>
        <translation>Membre du noyau dur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ReviewersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Reviews done</source>
        <translation>Instructions terminées</translation>
    </message>
    <message>
        <source>{complete} complete, {partial} begun, {left} not started, out of {expected}.</source>
        <translation>{complete} terminée(s), {partial} commencée(s), {left} non commencée(s), sur {expected}.</translation>
    </message>
    <message>
        <source>Reviews every application of the campaign ({count}).</source>
        <translation>Instruit tous les dépôts de la campagne ({count}).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>{done} / {expected}</source>
        <translation>{done} / {expected}</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>every reviewer, in one workbook</source>
        <translation>tous les instructeurs, dans un seul classeur</translation>
    </message>
    <message>
        <source>each reviewer in a workbook of their own</source>
        <translation>chaque instructeur dans son propre classeur</translation>
    </message>
    <message>
        <source>the selected reviewer only</source>
        <translation>l’instructeur sélectionné seulement</translation>
    </message>
    <message>
        <source>Applications to review</source>
        <translation>Dépôts à instruire</translation>
    </message>
    <message>
        <source>Applications reviewed by {name}</source>
        <translation>Dépôts instruits par {name}</translation>
    </message>
    <message>
        <source>{complete} complete · {partial} partial · {left} not started</source>
        <translation>{complete} terminée(s) · {partial} partielle(s) · {left} non commencée(s)</translation>
    </message>
    <message>
        <source>Remove «{name}» and the {count} reviews they recorded? This cannot be undone.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» et les {count} instruction(s) enregistrée(s)&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Remove the reviewer «{name}»?</source>
        <translation>Retirer l’instructeur «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove a reviewer</source>
        <translation>Retirer un instructeur</translation>
    </message>
    <message>
        <source>Select the reviewer whose grid to export.</source>
        <translation>Sélectionnez l’instructeur dont il faut exporter la grille.</translation>
    </message>
    <message>
        <source>Folder for the review grids</source>
        <translation>Dossier des grilles d’instruction</translation>
    </message>
    <message>
        <source>grids</source>
        <translation>grilles</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>Export review grids</source>
        <translation>Exporter les grilles d’instruction</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the review grids…</source>
        <translation>Écriture des grilles d’instruction…</translation>
    </message>
    <message>
        <source>Export stopped: no grid was written.</source>
        <translation>Export arrêté&#xa0;: aucune grille n’a été écrite.</translation>
    </message>
    <message>
        <source>No reviewer has applications to review: no grid was written.</source>
        <translation>Aucun instructeur n’a de dépôt à instruire&#xa0;: aucune grille n’a été écrite.</translation>
    </message>
    <message>
        <source>{count} grids written in «{folder}»: {files}.</source>
        <translation>{count} grille(s) écrite(s) dans «&#xa0;{folder}&#xa0;»&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Grid written to «{path}» for {names} ({rows} applications).</source>
        <translation>Grille écrite dans «&#xa0;{path}&#xa0;» pour {names} ({rows} dépôt(s)).</translation>
    </message>
    <message>
        <source>Import a returned grid</source>
        <translation>Importer une grille retournée</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx *.xlsm *.xls);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a review grid</source>
        <translation>Importer une grille d’instruction</translation>
    </message>
    <message>
        <source>Checking «{name}»…</source>
        <translation>Vérification de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Import of «{name}» stopped: nothing was changed.</source>
        <translation>Import de «&#xa0;{name}&#xa0;» arrêté&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>«{name}» was refused: nothing was changed.</source>
        <translation>«&#xa0;{name}&#xa0;» a été refusé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>«{name}» was not imported.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été importé.</translation>
    </message>
    <message>
        <source>Importing «{name}»…</source>
        <translation>Import de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>«{name}»: nothing changed.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <source>«{name}» imported: {reviews} reviews and {values} values changed.</source>
        <translation>«&#xa0;{name}&#xa0;» importé&#xa0;: {reviews} instruction(s) et {values} valeur(s) modifiée(s).</translation>
    </message>
    <message>
        <source>The job stopped on an unexpected error; nothing was changed. {error}</source>
        <translation>Le travail s’est arrêté sur une erreur inattendue&#xa0;; rien n’a été modifié. {error}</translation>
    </message>
    <message>
        <source>No reviewer yet.</source>
        <translation>Aucun instructeur pour l’instant.</translation>
    </message>
    <message>
        <source>{count} reviewers · {complete} of {expected} reviews complete</source>
        <translation>{count} instructeur(s) · {complete} instruction(s) terminée(s) sur {expected}</translation>
    </message>
    <message>
        <source>Reviewers and reviews</source>
        <translation>Instructeurs et avis</translation>
    </message>
    <message>
        <source>Who reviews which applications, and how far each has got. Reviews are typed here or come back in Excel grids: drop a returned grid (.xlsx) on this page to import it.</source>
        <translation>Qui instruit quels dépôts, et où en est chacun. Les instructions se saisissent ici ou reviennent dans des grilles Excel&#xa0;: déposez une grille retournée (.xlsx) sur cette page pour l’importer.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Instructeurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a reviewer (Insert)</source>
        <translation>Ajouter un instructeur (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected reviewer and what they review</source>
        <translation>Modifier l’instructeur sélectionné et les dépôts qu’il instruit</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected reviewer and their reviews (Delete)</source>
        <translation>Retirer l’instructeur sélectionné et ses instructions (Suppr)</translation>
    </message>
    <message>
        <source>Enter opens the review of the selected application</source>
        <translation>Entrée ouvre l’instruction du dépôt sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open the review…</source>
        <translation>&amp;Saisir l’instruction…</translation>
    </message>
    <message>
        <source>Type the selected reviewer&apos;s review of the selected application (Enter)</source>
        <translation>Saisir l’instruction du dépôt sélectionné par l’instructeur sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Excel review grids</source>
        <translation>Grilles d’instruction Excel</translation>
    </message>
    <message>
        <source>Grids &amp;to export:</source>
        <translation>Grilles à e&amp;xporter&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport review grids…</source>
        <translation>&amp;Exporter les grilles…</translation>
    </message>
    <message>
        <source>Write the workbooks to send to the reviewers, to fill in Excel or LibreOffice</source>
        <translation>Écrire les classeurs à envoyer aux instructeurs, à remplir dans Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Import a returned grid…</source>
        <translation>&amp;Importer une grille retournée…</translation>
    </message>
    <message>
        <source>Check a grid a reviewer sent back, see what it changes, then apply it (you can also drop the file on this page)</source>
        <translation>Vérifier une grille renvoyée par un instructeur, voir ce qu’elle change, puis l’appliquer (vous pouvez aussi déposer le fichier sur cette page)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Elected representative</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Local actor</source>
        <translation>Acteur de proximité</translation>
    </message>
    <message>
        <source>Trusted third party</source>
        <translation>Tiers acteur de confiance</translation>
    </message>
    <message>
        <source>Core group member</source>
        <translation>Membre du noyau dur</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Most paid by a supporter</source>
        <translation>Part maximale d’un soutien</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Paient en entier</translation>
    </message>
    <message>
        <source>Paid in part</source>
        <translation>Paient en partie</translation>
    </message>
    <message>
        <source>Shares left</source>
        <translation>Parts restantes</translation>
    </message>
    <message>
        <source>What the voters still hold of their shares after this round. With the completion (add1), the shares were raised: this is not what is left of the envelope.</source>
        <translation>Ce que les votants détiennent encore de leurs parts après ce tour. Avec le complément (add1), les parts ont été augmentées&#xa0;: ce n’est pas ce qui reste de l’enveloppe.</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Save the vote settings first.</source>
        <translation>Enregistrez d’abord le règlement de la votation.</translation>
    </message>
    <message>
        <source>Add the polling stations first (settings of the vote).</source>
        <translation>Ajoutez d’abord les bureaux de vote (règlement de la votation).</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Choisissez le bureau de vote.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <source>Type the first name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, for example 14/07/1985.</source>
        <translation>Saisissez la date de naissance en jour/mois/année, par exemple 14/07/1985.</translation>
    </message>
    <message>
        <source>Purge the sign-in register? Its entries are deleted for good; only the number of signatures per station, day and age band is kept. Nobody will be able to check a double vote afterwards.</source>
        <translation>Purger la liste d’émargement ? Ses inscriptions sont supprimées définitivement ; seul le nombre d’émargements par bureau, jour et tranche d’âge est conservé. Personne ne pourra plus vérifier un double vote.</translation>
    </message>
    <message>
        <source>Purge the register</source>
        <translation>Purger le registre</translation>
    </message>
    <message>
        <source>Register purged: {count} entries deleted, counts kept.</source>
        <translation>Registre purgé : {count} inscriptions supprimées, décomptes conservés.</translation>
    </message>
    <message>
        <source>{band}: {count}</source>
        <translation>{band} : {count}</translation>
    </message>
    <message>
        <source>In all: {signatures} signatures, of which {proxies} by proxy.</source>
        <translation>Au total : {signatures} émargements, dont {proxies} par procuration.</translation>
    </message>
    <message>
        <source>By age: {bands}.</source>
        <translation>Par âge : {bands}.</translation>
    </message>
    <message>
        <source>{count} double signatures found when registers were merged.</source>
        <translation>{count} doubles émargements trouvés en fusionnant les registres.</translation>
    </message>
    <message>
        <source>This station: {here} signed · all stations: {total}</source>
        <translation>Ce bureau : {here} émargements · tous les bureaux : {total}</translation>
    </message>
    <message>
        <source>Purged on {date}: only the counts per station, day and age band are kept.</source>
        <translation>Purgé le {date} : seuls les décomptes par bureau, jour et tranche d’âge sont conservés.</translation>
    </message>
    <message>
        <source>The register is kept until the recourse period after the published results is over; then it can be purged.</source>
        <translation>Le registre est conservé jusqu’à la fin du délai de recours après la publication des résultats ; il pourra alors être purgé.</translation>
    </message>
    <message>
        <source>The recourse period is over: the register may be purged.</source>
        <translation>Le délai de recours est écoulé : le registre peut être purgé.</translation>
    </message>
    <message>
        <source>The register is kept for recourse until {date}.</source>
        <translation>Le registre est conservé pour les recours jusqu’au {date}.</translation>
    </message>
    <message>
        <source>Sign-in register</source>
        <translation>Émargement</translation>
    </message>
    <message>
        <source>Type the voter&apos;s identity and press Enter: pbdesk says at once whether they may vote. Only a keyed fingerprint of the identity is kept, never the names (unless the campaign chose to keep them), and nothing links it to a ballot.</source>
        <translation>Saisissez l’identité de la personne et appuyez sur Entrée : pbdesk dit aussitôt si elle peut voter. Seule une empreinte chiffrée de l’identité est conservée, jamais les noms (sauf si la campagne a choisi de les garder), et rien ne la relie à un bulletin.</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>Voter present</source>
        <translation>Personne présente</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>All first names, in order</source>
        <translation>Tous les prénoms, dans l’ordre</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de na&amp;issance :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Pr&amp;oof of address seen</source>
        <translation>&amp;Justificatif de domicile vu</translation>
    </message>
    <message>
        <source>Vote by &amp;proxy</source>
        <translation>Vote par pr&amp;ocuration</translation>
    </message>
    <message>
        <source>The voter present votes for someone else, who gave them a proxy</source>
        <translation>La personne présente vote pour quelqu’un d’autre, qui lui a donné procuration</translation>
    </message>
    <message>
        <source>Person giving the proxy</source>
        <translation>Personne qui donne procuration</translation>
    </message>
    <message>
        <source>Last &amp;name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Firs&amp;t name:</source>
        <translation>P&amp;rénom :</translation>
    </message>
    <message>
        <source>Birth dat&amp;e:</source>
        <translation>Dat&amp;e de naissance :</translation>
    </message>
    <message>
        <source>Si&amp;gn (Enter)</source>
        <translation>Émar&amp;ger (Entrée)</translation>
    </message>
    <message>
        <source>Check the voter and sign them in; the fields are cleared for the next one</source>
        <translation>Vérifier la personne et l’émarger ; les champs sont vidés pour la suivante</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Le registre</translation>
    </message>
    <message>
        <source>P&amp;urge the register…</source>
        <translation>P&amp;urger le registre…</translation>
    </message>
    <message>
        <source>Delete the register&apos;s entries, keeping only counts per station, day and age band</source>
        <translation>Supprimer les inscriptions du registre en ne gardant que les décomptes par bureau, jour et tranche d’âge</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Of which proxies</source>
        <translation>Dont procurations</translation>
    </message>
</context>
<context>
    <name>StacksModel</name>
    <message>
        <source>Stack</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>official: entries A and B agree</source>
        <translation>officiel : les saisies A et B concordent</translation>
    </message>
    <message>
        <source>official: one entry</source>
        <translation>officiel : une saisie</translation>
    </message>
</context>
<context>
    <name>Stake</name>
    <message>
        <source>Give the stake a title.</source>
        <translation>Donnez un titre à l’enjeu.</translation>
    </message>
    <message>
        <source>This stake no longer exists.</source>
        <translation>Cet enjeu n’existe plus.</translation>
    </message>
</context>
<context>
    <name>StakeDialog</name>
    <message>
        <source>New stake</source>
        <translation>Nouvel enjeu</translation>
    </message>
    <message>
        <source>Edit a stake</source>
        <translation>Modifier un enjeu</translation>
    </message>
    <message>
        <source>Whole perimeter</source>
        <translation>Tout le périmètre</translation>
    </message>
    <message>
        <source>Workshop of {date}, {place}</source>
        <translation>Atelier du {date}, {place}</translation>
    </message>
    <message>
        <source>Workshop of {date}</source>
        <translation>Atelier du {date}</translation>
    </message>
    <message>
        <source>for example Workshop at the social centre, 12 March</source>
        <translation>par exemple Atelier au centre social, 12 mars</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>for example Places for young people to meet</source>
        <translation>par exemple Des lieux où les jeunes peuvent se retrouver</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>What the diagnosis found, in the residents&apos; words</source>
        <translation>Ce que le diagnostic a fait ressortir, avec les mots des habitants</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>Which workshop or meeting the stake came from. Type freely or pick one of the workshops recorded in the meetings.</source>
        <translation>L’atelier ou la rencontre d’où vient l’enjeu. Saisissez librement ou choisissez un des ateliers enregistrés dans les rencontres.</translation>
    </message>
</context>
<context>
    <name>StakesModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Whole perimeter</source>
        <translation>Tout le périmètre</translation>
    </message>
</context>
<context>
    <name>StakesPage</name>
    <message>
        <source>Remove the stake «{title}»? No application refers to it.</source>
        <translation>Supprimer l’enjeu «&#xa0;{title}&#xa0;»&#xa0;? Aucun dépôt ne s’y réfère.</translation>
    </message>
    <message>
        <source>Remove the stake «{title}»? One application refers to it and will lose that link. Criteria linked to it lose the link too.</source>
        <translation>Supprimer l’enjeu «&#xa0;{title}&#xa0;»&#xa0;? Un dépôt s’y réfère et perdra ce lien. Les critères qui y sont liés perdent aussi le lien.</translation>
    </message>
    <message>
        <source>Remove the stake «{title}»? {count} applications refer to it and will lose that link. Criteria linked to it lose the link too.</source>
        <translation>Supprimer l’enjeu «&#xa0;{title}&#xa0;»&#xa0;? {count} dépôts s’y réfèrent et perdront ce lien. Les critères qui y sont liés perdent aussi le lien.</translation>
    </message>
    <message>
        <source>Remove a stake</source>
        <translation>Supprimer un enjeu</translation>
    </message>
    <message>
        <source>No stake yet.</source>
        <translation>Aucun enjeu pour l’instant.</translation>
    </message>
    <message>
        <source>1 stake.</source>
        <translation>1 enjeu.</translation>
    </message>
    <message>
        <source>{count} stakes.</source>
        <translation>{count} enjeux.</translation>
    </message>
    <message>
        <source>Priority stakes</source>
        <translation>Enjeux prioritaires</translation>
    </message>
    <message>
        <source>Name the stakes of the neighbourhood with the core group, from the shared diagnosis, and put them in priority order: the first one matters most. Applications and scored review criteria can then refer to them.</source>
        <translation>Nommez les enjeux du quartier avec le noyau dur, à partir du diagnostic partagé, et classez-les par priorité&#xa0;: le premier compte le plus. Les dépôts et les critères notés de la grille d’instruction pourront ensuite s’y référer.</translation>
    </message>
    <message>
        <source>Drag a row, or use Alt+Up and Alt+Down, to change the priority order.</source>
        <translation>Faites glisser une ligne, ou utilisez Alt+Haut et Alt+Bas, pour changer l’ordre de priorité.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a stake at the end of the list (Insert)</source>
        <translation>Ajouter un enjeu en fin de liste (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected stake (Enter or double-click)</source>
        <translation>Modifier l’enjeu sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected stake (Delete)</source>
        <translation>Supprimer l’enjeu sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Give the selected stake a higher priority (Alt+Up)</source>
        <translation>Donner une priorité plus haute à l’enjeu sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Give the selected stake a lower priority (Alt+Down)</source>
        <translation>Donner une priorité plus basse à l’enjeu sélectionné (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New polling station</source>
        <translation>Nouveau bureau de vote</translation>
    </message>
    <message>
        <source>Edit a polling station</source>
        <translation>Modifier un bureau de vote</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>for example Stand at the market</source>
        <translation>par exemple Stand du marché</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Address or landmark</source>
        <translation>Adresse ou repère</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <source>&amp;Opening days and hours:</source>
        <translation>&amp;Jours et heures d’ouverture :</translation>
    </message>
    <message>
        <source>for example Saturday 13 June, 9 am to 5 pm</source>
        <translation>par exemple samedi 13 juin, de 9 h à 17 h</translation>
    </message>
</context>
<context>
    <name>StationFiguresModel</name>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valables</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <source>Spoilt</source>
        <translation>Nuls</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Opening days and hours</source>
        <translation>Jours et heures d’ouverture</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Remove a polling station</source>
        <translation>Supprimer un bureau de vote</translation>
    </message>
    <message>
        <source>Remove the polling station «{name}»?</source>
        <translation>Supprimer le bureau de vote « {name} » ?</translation>
    </message>
    <message>
        <source>No polling station yet: add one with Insert or the Add button.</source>
        <translation>Aucun bureau de vote pour l’instant : ajoutez-en un avec la touche Inser ou le bouton Ajouter.</translation>
    </message>
    <message>
        <source>1 polling station.</source>
        <translation>1 bureau de vote.</translation>
    </message>
    <message>
        <source>{count} polling stations.</source>
        <translation>{count} bureaux de vote.</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Bureaux de vote</translation>
    </message>
    <message>
        <source>Where residents vote: a stand at the market, a school, a social centre. Each station keeps its own sign-in register and ballot box; its ballots are counted and reconciled station by station.</source>
        <translation>Là où les habitants votent : un stand au marché, une école, un centre social. Chaque bureau tient sa propre liste d’émargement et son urne ; ses bulletins sont dépouillés et rapprochés bureau par bureau.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a polling station (Insert)</source>
        <translation>Ajouter un bureau de vote (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected station (Enter or double-click)</source>
        <translation>Modifier le bureau sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected station (Delete); only while it has no signature or ballot</source>
        <translation>Supprimer le bureau sélectionné (Suppr) ; seulement tant qu’il n’a ni émargement ni bulletin</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>{status} (back, to correct a mistake)</source>
        <translation>{status} (retour en arrière, pour corriger une erreur)</translation>
    </message>
    <message>
        <source>Change the status of an application</source>
        <translation>Changer le statut d&apos;un dépôt</translation>
    </message>
    <message>
        <source>Change the status of {count} applications</source>
        <translation>Changer le statut de {count} dépôts</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Application {number} «{title}», now {status}.</source>
        <translation>Dépôt n°&#xa0;{number} «&#xa0;{title}&#xa0;», actuellement {status}.</translation>
    </message>
    <message>
        <source>{count} applications selected: {parts}.</source>
        <translation>{count} dépôts sélectionnés&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>No status can be reached from every selected application: select applications that stand at the same stage.</source>
        <translation>Aucun statut n&apos;est accessible depuis tous les dépôts sélectionnés&#xa0;: sélectionnez des dépôts qui en sont à la même étape.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The application will become «{status}».</source>
        <translation>Le dépôt deviendra «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>{count} applications will become «{status}».</source>
        <translation>{count} dépôts deviendront «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>Give the reason for «{status}»: the holders are told.</source>
        <translation>Indiquez le motif pour «&#xa0;{status}&#xa0;»&#xa0;: il est communiqué aux porteurs.</translation>
    </message>
    <message>
        <source>Nothing was changed. {problem}</source>
        <translation>Rien n&apos;a été modifié. {problem}</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <source>Told to the holders; required for a refusal</source>
        <translation>Communiqué aux porteurs&#xa0;; obligatoire pour un refus</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>SynthesisModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Weighted total given by {name} ({kind}), out of {best}</source>
        <translation>Total pondéré donné par {name} ({kind}), sur {best}</translation>
    </message>
    <message>
        <source>Highest total minus lowest total</source>
        <translation>Total le plus haut moins total le plus bas</translation>
    </message>
    <message>
        <source>Eligibility criteria a reviewer answered «no» to</source>
        <translation>Critères de recevabilité auxquels un instructeur a répondu «&#xa0;non&#xa0;»</translation>
    </message>
    <message>
        <source>Reviewers disagree strongly: their totals are {spread} points apart, more than {share}% of the best total ({best}).</source>
        <translation>Fort désaccord entre instructeurs&#xa0;: leurs totaux sont à {spread} points l’un de l’autre, plus de {share}&#xa0;% du meilleur total ({best}).</translation>
    </message>
    <message>
        <source>{scored}/{count} scored</source>
        <translation>{scored}/{count} notés</translation>
    </message>
    <message>
        <source>{count} × «no»</source>
        <translation>{count} × «&#xa0;non&#xa0;»</translation>
    </message>
    <message>
        <source>{reviewer} — {criterion}: {reason}</source>
        <translation>{reviewer} — {criterion}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: {recommendation}</source>
        <translation>{name}&#xa0;: {recommendation}</translation>
    </message>
</context>
<context>
    <name>SynthesisPage</name>
    <message>
        <source>Weighted totals out of {best}. Reviewers disagree strongly when their totals are more than {share}% of that apart ({gap} points): those rows are highlighted and marked with a warning sign.</source>
        <translation>Totaux pondérés sur {best}. Les instructeurs sont en fort désaccord quand leurs totaux sont séparés de plus de {share}&#xa0;% de ce total ({gap} points)&#xa0;: ces lignes sont surlignées et marquées d’un signe d’avertissement.</translation>
    </message>
    <message>
        <source>{count} applications · 1 strong disagreement</source>
        <translation>{count} dépôt(s) · 1 fort désaccord</translation>
    </message>
    <message>
        <source>Nobody reviews this campaign&apos;s applications yet: add reviewers on the page «Reviewers and reviews».</source>
        <translation>Personne n’instruit encore les dépôts de cette campagne&#xa0;: ajoutez des instructeurs sur la page «&#xa0;Instructeurs et avis&#xa0;».</translation>
    </message>
    <message>
        <source>This campaign has no scored criteria yet, so there are no totals: define the review grid on the page of the call.</source>
        <translation>Cette campagne n’a pas encore de critère noté, donc pas de total&#xa0;: définissez la grille d’instruction sur la page de l’appel.</translation>
    </message>
    <message>
        <source>{count} applications · {disagreements} strong disagreements</source>
        <translation>{count} dépôt(s) · {disagreements} forts désaccords</translation>
    </message>
    <message>
        <source>Reviews of the selected application</source>
        <translation>Instructions du dépôt sélectionné</translation>
    </message>
    <message>
        <source>Reviews of No. {number} «{title}»</source>
        <translation>Instructions du n°&#xa0;{number} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Decision so far: {status}</source>
        <translation>Décision à ce jour&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Decision so far: {status} ({reason})</source>
        <translation>Décision à ce jour&#xa0;: {status} ({reason})</translation>
    </message>
    <message>
        <source>{reviewer} answered «no» to «{criterion}»: {reason}</source>
        <translation>{reviewer} a répondu «&#xa0;non&#xa0;» à «&#xa0;{criterion}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>Export the synthesis workbook</source>
        <translation>Exporter le classeur de synthèse</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the synthesis workbook…</source>
        <translation>Écriture du classeur de synthèse…</translation>
    </message>
    <message>
        <source>Synthesis workbook written to «{path}».</source>
        <translation>Classeur de synthèse écrit dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Export stopped: no workbook was written.</source>
        <translation>Export arrêté&#xa0;: aucun classeur n’a été écrit.</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected error; no workbook was written. {error}</source>
        <translation>L’export s’est arrêté sur une erreur inattendue&#xa0;; aucun classeur n’a été écrit. {error}</translation>
    </message>
    <message>
        <source>Review synthesis</source>
        <translation>Synthèse de l’instruction</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Title or number</source>
        <translation>Titre ou numéro</translation>
    </message>
    <message>
        <source>Only strong &amp;disagreements</source>
        <translation>Seulement les désaccords f&amp;orts</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>Décid&amp;er…</translation>
    </message>
    <message>
        <source>Record the team&apos;s decision on the selected applications, with its reason (Ctrl+T)</source>
        <translation>Enregistrer la décision de l’équipe sur les dépôts sélectionnés, avec son motif (Ctrl+T)</translation>
    </message>
    <message>
        <source>E&amp;xport the synthesis workbook…</source>
        <translation>E&amp;xporter le classeur de synthèse…</translation>
    </message>
    <message>
        <source>An Excel workbook for the steering committee: every reviewer&apos;s totals, the disagreements and the decisions</source>
        <translation>Un classeur Excel pour le comité de pilotage&#xa0;: les totaux de chaque instructeur, les désaccords et les décisions</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Two projects have the same id «{id}».</source>
        <translation>Deux projets ont le même identifiant « {id} ».</translation>
    </message>
    <message>
        <source>The project «{id}» has a negative cost.</source>
        <translation>Le projet « {id} » a un coût négatif.</translation>
    </message>
    <message>
        <source>The budget is negative.</source>
        <translation>Le budget est négatif.</translation>
    </message>
    <message>
        <source>The unit of money must be positive.</source>
        <translation>L’unité monétaire doit être positive.</translation>
    </message>
    <message>
        <source>A ballot names the same project twice.</source>
        <translation>Un bulletin cite deux fois le même projet.</translation>
    </message>
    <message>
        <source>A ballot names a project not on the list.</source>
        <translation>Un bulletin cite un projet absent de la liste.</translation>
    </message>
    <message>
        <source>A single-choice ballot names {count} projects.</source>
        <translation>Un bulletin à choix unique cite {count} projets.</translation>
    </message>
    <message>
        <source>A ballot gives no points.</source>
        <translation>Un bulletin ne donne aucun point.</translation>
    </message>
    <message>
        <source>A ballot names {projects} projects but gives {points} points.</source>
        <translation>Un bulletin cite {projects} projets mais donne des points pour {points}.</translation>
    </message>
    <message>
        <source>A ballot gives negative points.</source>
        <translation>Un bulletin donne des points négatifs.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{score} points</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voix</translation>
    </message>
    <message>
        <source>{votes} votes</source>
        <translation>{votes} voix</translation>
    </message>
    <message>
        <source>funded: {support}, rank {rank}; {left} left</source>
        <translation>financé : {support}, rang {rank} ; reste {left}</translation>
    </message>
    <message>
        <source>not funded: {cost} requested, only {left} left</source>
        <translation>non financé : {cost} demandés, il restait {left}</translation>
    </message>
    <message>
        <source>not funded: the count stopped at project «{stopper}», which did not fit</source>
        <translation>non financé : le dépouillement s’est arrêté au projet « {stopper} », qui ne tenait pas dans l’enveloppe</translation>
    </message>
    <message>
        <source>not funded: {support}, below the threshold of {threshold}</source>
        <translation>non financé : {support}, sous le seuil de {threshold}</translation>
    </message>
    <message>
        <source>not funded: nobody voted for it</source>
        <translation>non financé : personne n’a voté pour lui</translation>
    </message>
    <message>
        <source>funded in round {round}: its only supporter paid {price}; {left} left</source>
        <translation>financé au tour {round} : son unique soutien a payé {price} ; reste {left}</translation>
    </message>
    <message>
        <source>funded in round {round}: its {payers} supporters shared the cost, {price} at most each; {left} left</source>
        <translation>financé au tour {round} : ses {payers} soutiens se sont partagé le coût, {price} au plus chacun ; reste {left}</translation>
    </message>
    <message>
        <source>funded: it costs nothing</source>
        <translation>financé : il ne coûte rien</translation>
    </message>
    <message>
        <source>not funded: its supporters ({supporters}) had only {available} left of their shares for {cost}</source>
        <translation>non financé : ses soutiens ({supporters}) n’avaient plus que {available} de leurs parts pour {cost}</translation>
    </message>
    <message>
        <source>funded by the greedy completion: {support}; {left} left</source>
        <translation>financé par le complément glouton : {support} ; reste {left}</translation>
    </message>
    <message>
        <source>«{name}» is not a counting rule; choose one of {rules}.</source>
        <translation>« {name} » n’est pas une règle de dépouillement ; choisissez parmi {rules}.</translation>
    </message>
    <message>
        <source>The projects {projects} are tied and the tie changes the outcome; choose how to break it (by cost and draw, or by id).</source>
        <translation>Les projets {projects} sont à égalité et l’égalité change le résultat ; choisissez comment la départager (par coût puis tirage au sort, ou par identifiant).</translation>
    </message>
    <message>
        <source>The ballots do not match the list of projects.</source>
        <translation>Les bulletins ne correspondent pas à la liste des projets.</translation>
    </message>
    <message>
        <source>The threshold rule needs a threshold (a score or a percentage).</source>
        <translation>La règle du seuil demande un seuil (un score ou un pourcentage).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>TallyCli</name>
    <message>
        <source>greedy, by votes</source>
        <translation>glouton, par nombre de voix</translation>
    </message>
    <message>
        <source>greedy without skipping</source>
        <translation>glouton sans saut</translation>
    </message>
    <message>
        <source>greedy above a threshold</source>
        <translation>glouton au-dessus d’un seuil</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>méthode des parts égales</translation>
    </message>
    <message>
        <source>Method of Equal Shares, one per funded project</source>
        <translation>méthode des parts égales, un point par projet financé</translation>
    </message>
    <message>
        <source>Method of Equal Shares completed by add1</source>
        <translation>méthode des parts égales complétée par add1</translation>
    </message>
    <message>
        <source>Method of Equal Shares completed by add1, then greedy</source>
        <translation>méthode des parts égales complétée par add1, puis gloutonne</translation>
    </message>
    <message>
        <source>by project id</source>
        <translation>par identifiant de projet</translation>
    </message>
    <message>
        <source>cheaper first, then a draw</source>
        <translation>le moins cher d’abord, puis tirage au sort</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>count the votes of a campaign or of a pabulib file</source>
        <translation>dépouiller les votes d’une campagne ou d’un fichier pabulib</translation>
    </message>
    <message>
        <source>the seed of the draw for --tie-break cost (default: new)</source>
        <translation>la graine du tirage au sort pour --tie-break cost (par défaut : une nouvelle)</translation>
    </message>
    <message>
        <source>for the threshold rule: a minimum score, or a percentage of the voters (default: the file&apos;s min_project_score_threshold)</source>
        <translation>pour la règle du seuil : un score minimal, ou un pourcentage des votants (par défaut : le min_project_score_threshold du fichier)</translation>
    </message>
    <message>
        <source>There is no pabulib file «{path}».</source>
        <translation>Il n’y a pas de fichier pabulib « {path} ».</translation>
    </message>
    <message>
        <source>«{value}» is not a value of {option}; choose one of {choices}.</source>
        <translation>« {value} » n’est pas une valeur de {option} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>The seed «{value}» is not a whole number.</source>
        <translation>La graine « {value} » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The threshold «{value}» is neither a score nor a percentage.</source>
        <translation>Le seuil « {value} » n’est ni un score ni un pourcentage.</translation>
    </message>
    <message>
        <source>{file} — rule: {rule} ({name}); ties: {ties}</source>
        <translation>{file} — règle : {rule} ({name}) ; égalités : {ties}</translation>
    </message>
    <message>
        <source>Budget: {budget} — {voters} voters — {projects} projects</source>
        <translation>Budget : {budget} — {voters} votants — {projects} projets</translation>
    </message>
    <message>
        <source>Funded: {count} projects for {cost}; {left} left</source>
        <translation>Financés : {count} projets pour {cost} ; reste {left}</translation>
    </message>
    <message>
        <source>Seed of the draw: {seed}</source>
        <translation>Graine du tirage au sort : {seed}</translation>
    </message>
    <message>
        <source>add1 completion: {budget} per voter after {steps} raises</source>
        <translation>complément add1 : {budget} par votant après {steps} hausses</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>the rule: {rules} (default: the campaign&apos;s or the file&apos;s rule)</source>
        <translation>la règle : {rules} (par défaut : celle de la campagne ou du fichier)</translation>
    </message>
    <message>
        <source>how to break ties: id, cost or refuse (default: the campaign&apos;s; id for a file)</source>
        <translation>départage des égalités : id, cost ou refuse (par défaut : celui de la campagne ; id pour un fichier)</translation>
    </message>
    <message>
        <source>write a campaign&apos;s ballots as a pabulib file</source>
        <translation>écrire les bulletins d’une campagne dans un fichier pabulib</translation>
    </message>
    <message>
        <source>write the official valid ballots of a campaign (.pb)</source>
        <translation>écrire les bulletins valides officiels d’une campagne (.pb)</translation>
    </message>
    <message>
        <source>The folder of «{path}» does not exist.</source>
        <translation>Le dossier de «{path}» n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write «{path}»: {reason}.</source>
        <translation>Impossible d’écrire «{path}» : {reason}.</translation>
    </message>
    <message>
        <source>{voters} ballots and {projects} projects written to {path}.</source>
        <translation>{voters} bulletins et {projects} projets écrits dans {path}.</translation>
    </message>
    <message>
        <source>--seed and --threshold are for pabulib files: a campaign counts with its settings and the draw recorded before witnesses.</source>
        <translation>--seed et --threshold valent pour les fichiers pabulib : une campagne se compte avec son règlement et le tirage au sort enregistré devant témoins.</translation>
    </message>
    <message>
        <source>Envelope: {budget} — {valid} valid ballots, {blank} blank, {nul} spoilt</source>
        <translation>Enveloppe : {budget} — {valid} bulletins valides, {blank} blancs, {nul} nuls</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Rounds of Equal Shares:</source>
        <translation>Tours de la méthode des parts égales :</translation>
    </message>
    <message>
        <source>{round}. {project}: {price} per supporter; {left} left to voters</source>
        <translation>{round}. {project} : {price} par soutien ; reste {left} aux votants</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team and core group</source>
        <translation>Équipe et noyau dur</translation>
    </message>
    <message>
        <source>The project team brings together elected representatives, public services, local actors and the trusted third party; the core group gathers the residents who carry the process. Residents&apos; contact details are kept only with their consent (GDPR).</source>
        <translation>L&apos;équipe projet réunit les élus, les services, les acteurs de proximité et le tiers acteur de confiance&#xa0;; le noyau dur rassemble les habitants qui portent la démarche. Les coordonnées des habitants ne sont conservées qu&apos;avec leur consentement (RGPD).</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Nom ou organisme</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a person (Insert)</source>
        <translation>Ajouter une personne (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation>Modifier la personne sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Retirer la personne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Erase residents&apos; &amp;personal data…</source>
        <translation>Effacer les données &amp;personnelles des habitants…</translation>
    </message>
    <message>
        <source>Replace the names and contact details of every resident by a placeholder; the number of residents is kept.</source>
        <translation>Remplace le nom et les coordonnées de chaque habitant par une mention anonyme&#xa0;; le nombre d&apos;habitants est conservé.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove «{name}» from the team and core group? This cannot be undone.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» de l&apos;équipe et du noyau dur&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>There is no resident&apos;s personal data to erase.</source>
        <translation>Il n&apos;y a aucune donnée personnelle d&apos;habitant à effacer.</translation>
    </message>
    <message>
        <source>Erase the name and contact details of the one resident of this campaign? The row stays, so the number of residents is kept. This cannot be undone.</source>
        <translation>Effacer le nom et les coordonnées de l&apos;unique habitant de cette campagne&#xa0;? La ligne reste&#xa0;: le nombre d&apos;habitants est conservé. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Erase the names and contact details of the {count} residents of this campaign? Their rows stay, so the number of residents is kept. This cannot be undone.</source>
        <translation>Effacer les noms et les coordonnées des {count} habitants de cette campagne&#xa0;? Les lignes restent&#xa0;: le nombre d&apos;habitants est conservé. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Erase residents&apos; personal data</source>
        <translation>Effacer les données personnelles des habitants</translation>
    </message>
    <message>
        <source>1 resident erased; the count is kept.</source>
        <translation>1 habitant effacé&#xa0;; le décompte est conservé.</translation>
    </message>
    <message>
        <source>{count} residents erased; the count is kept.</source>
        <translation>{count} habitants effacés&#xa0;; le décompte est conservé.</translation>
    </message>
    <message>
        <source>A backup of this database was made before the erasure, on {date}. It still holds the names and contact details just erased: restoring it would bring them back.

Delete this backup now? If you keep it, pbdesk deletes it when it opens this database on or after {until}.</source>
        <translation>Une sauvegarde de cette base a été faite avant l’effacement, le {date}. Elle contient encore les noms et coordonnées qui viennent d’être effacés : la restaurer les ferait revenir.

Supprimer cette sauvegarde maintenant ? Si vous la gardez, pbdesk la supprime lorsqu’il ouvre cette base le {until} ou après.</translation>
    </message>
    <message>
        <source>{count} backups of this database were made before the erasure, the oldest on {oldest}. They still hold the names and contact details just erased: restoring one of them would bring them back.

Delete these backups now? The backups made after the erasure are kept. If you keep them, pbdesk deletes them when it opens this database on or after {until}.</source>
        <translation>{count} sauvegardes de cette base ont été faites avant l’effacement, la plus ancienne le {oldest}. Elles contiennent encore les noms et coordonnées qui viennent d’être effacés : en restaurer une les ferait revenir.

Supprimer ces sauvegardes maintenant ? Les sauvegardes faites après l’effacement sont conservées. Si vous les gardez, pbdesk les supprime lorsqu’il ouvre cette base le {until} ou après.</translation>
    </message>
    <message>
        <source>Backups made before the erasure</source>
        <translation>Sauvegardes antérieures à l’effacement</translation>
    </message>
    <message>
        <source>The backup made before the erasure is kept until {until} at most.</source>
        <translation>La sauvegarde antérieure à l’effacement est conservée au plus tard jusqu’au {until}.</translation>
    </message>
    <message>
        <source>The {count} backups made before the erasure are kept until {until} at most.</source>
        <translation>Les {count} sauvegardes antérieures à l’effacement sont conservées au plus tard jusqu’au {until}.</translation>
    </message>
    <message>
        <source>No backup of the database as it is now could be made ({reason}), so the older backups were kept.</source>
        <translation>Aucune sauvegarde de la base dans son état actuel n’a pu être faite ({reason}) : les sauvegardes plus anciennes ont donc été gardées.</translation>
    </message>
    <message>
        <source>{count} backups made before the erasure could not be deleted (another program may be using them). Delete them from the folder «{folder}»: {files}</source>
        <translation>{count} sauvegardes antérieures à l’effacement n’ont pas pu être supprimées (un autre programme les utilise peut-être). Supprimez-les depuis le dossier «{folder}» : {files}</translation>
    </message>
    <message>
        <source>The backup made before the erasure was deleted.</source>
        <translation>La sauvegarde antérieure à l’effacement a été supprimée.</translation>
    </message>
    <message>
        <source>The {count} backups made before the erasure were deleted.</source>
        <translation>Les {count} sauvegardes antérieures à l’effacement ont été supprimées.</translation>
    </message>
    <message>
        <source>A backup of the database as it is now was made.</source>
        <translation>Une sauvegarde de la base dans son état actuel a été faite.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Team: {team} · Core group: {core}</source>
        <translation>Équipe projet&#xa0;: {team} · Noyau dur&#xa0;: {core}</translation>
    </message>
</context>
<context>
    <name>TerritoriesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>QPV code (optional)</source>
        <translation>Code QPV (facultatif)</translation>
    </message>
    <message>
        <source>The code of the quartier prioritaire, for example QN01301M.</source>
        <translation>Le code du quartier prioritaire, par exemple QN01301M.</translation>
    </message>
</context>
<context>
    <name>TerritoryTurnoutModel</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valables</translation>
    </message>
    <message>
        <source>No territory</source>
        <translation>Sans territoire</translation>
    </message>
</context>
<context>
    <name>TieDrawDialog</name>
    <message>
        <source>Projects {codes} are tied (same votes, same cost) and only some of them can be funded. Hold a draw by lot before witnesses: its number decides the order of the tied projects, and anyone can redo the count with it. It is written in the journal and the minutes (PV).</source>
        <translation>Les projets {codes} sont à égalité (mêmes voix, même coût) et seuls certains peuvent être lauréats. Faites un tirage au sort devant témoins&#xa0;: son numéro décide de l’ordre des projets à égalité, et chacun peut refaire le dépouillement avec lui. Il est inscrit au Journal et au procès-verbal (PV).</translation>
    </message>
    <message>
        <source>drawn by pbdesk when you press OK</source>
        <translation>tiré par pbdesk quand vous validez</translation>
    </message>
    <message>
        <source>Type a whole number of at most 15 digits.</source>
        <translation>Tapez un nombre entier de 15 chiffres au plus.</translation>
    </message>
    <message>
        <source>Name the witnesses of the draw.</source>
        <translation>Nommez les témoins du tirage.</translation>
    </message>
    <message>
        <source>Draw by lot</source>
        <translation>Tirage au sort</translation>
    </message>
    <message>
        <source>&amp;Number drawn:</source>
        <translation>&amp;Numéro tiré&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty: pbdesk draws the number when you press OK, before the witnesses. Or type the number the witnesses drew themselves (dice, paper slips).</source>
        <translation>Laissez vide : pbdesk tire le nombre quand vous validez, devant les témoins. Ou tapez le nombre que les témoins ont tiré eux-mêmes (dés, papiers).</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Témoins&#xa0;:</translation>
    </message>
    <message>
        <source>Names of the people present at the draw</source>
        <translation>Noms des personnes présentes au tirage</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>les habitants</translation>
    </message>
    <message>
        <source>team only</source>
        <translation>l’équipe seulement</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>A ballot that is not blank names at least one project.</source>
        <translation>Un bulletin qui n’est pas blanc désigne au moins un projet.</translation>
    </message>
    <message>
        <source>The most projects per ballot cannot be fewer than the fewest.</source>
        <translation>Le nombre maximal de projets par bulletin ne peut pas être inférieur au nombre minimal.</translation>
    </message>
    <message>
        <source>Say how many ranks a ballot has.</source>
        <translation>Indiquez combien de rangs compte un bulletin.</translation>
    </message>
    <message>
        <source>Say how many points each voter shares out.</source>
        <translation>Indiquez combien de points chaque électeur répartit.</translation>
    </message>
    <message>
        <source>Say how many points one project may receive at most.</source>
        <translation>Indiquez combien de points un projet peut recevoir au plus.</translation>
    </message>
    <message>
        <source>The minimum age must be between 0 and 120.</source>
        <translation>L’âge minimal doit être compris entre 0 et 120 ans.</translation>
    </message>
    <message>
        <source>A proxy holder must be allowed at least one proxy.</source>
        <translation>Un mandataire doit pouvoir détenir au moins une procuration.</translation>
    </message>
    <message>
        <source>The recourse period is between 0 and 24 months.</source>
        <translation>Le délai de recours est compris entre 0 et 24 mois.</translation>
    </message>
    <message>
        <source>Give an envelope to each of the campaign&apos;s territories (two or more).</source>
        <translation>Donnez une enveloppe à chacun des territoires de la campagne (deux ou plus).</translation>
    </message>
    <message>
        <source>An envelope cannot be negative.</source>
        <translation>Une enveloppe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The territories&apos; envelopes add up to more than the campaign&apos;s {amount}.</source>
        <translation>Les enveloppes des territoires dépassent au total les {amount} de la campagne.</translation>
    </message>
    <message>
        <source>The threshold rule needs a percentage of valid ballots above 0.</source>
        <translation>La règle du seuil demande un pourcentage des bulletins valables supérieur à 0.</translation>
    </message>
    <message>
        <source>Ties are broken by cost then a draw by lot, or refused.</source>
        <translation>Les égalités se départagent par le coût puis par tirage au sort, ou sont refusées.</translation>
    </message>
    <message>
        <source>At least one project per territory needs two territories or more.</source>
        <translation>« Au moins un projet par territoire » demande deux territoires ou plus.</translation>
    </message>
    <message>
        <source>With an envelope per territory, each territory already has its own money: «at least one project per territory» applies to a single envelope.</source>
        <translation>Avec une enveloppe par territoire, chaque territoire a déjà son propre budget : « au moins un projet par territoire » vaut pour une enveloppe unique.</translation>
    </message>
    <message>
        <source>«{code}» cannot be a ballot code: one to six letters or digits.</source>
        <translation>« {code} » ne peut pas être un code de bulletin : de une à six lettres ou chiffres.</translation>
    </message>
    <message>
        <source>«{item}» is not code:points (for example 3:2); type it again.</source>
        <translation>« {item} » n’est pas de la forme code:points (par exemple 3:2) ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This ballot takes codes only, without points: «{item}».</source>
        <translation>Ce bulletin se saisit avec des codes seuls, sans points : « {item} ».</translation>
    </message>
    <message>
        <source>There is no project {code} on the ballot; type the ballot again.</source>
        <translation>Il n’y a pas de projet {code} sur le bulletin ; saisissez à nouveau le bulletin.</translation>
    </message>
    <message>
        <source>There are no projects {codes} on the ballot; type the ballot again.</source>
        <translation>Il n’y a pas de projets {codes} sur le bulletin ; saisissez à nouveau le bulletin.</translation>
    </message>
    <message>
        <source>Code {code} was typed twice; type the ballot again.</source>
        <translation>Le code {code} a été saisi deux fois ; saisissez à nouveau le bulletin.</translation>
    </message>
    <message>
        <source>Blank ballot.</source>
        <translation>Bulletin blanc.</translation>
    </message>
    <message>
        <source>Valid: {choices}.</source>
        <translation>Valable : {choices}.</translation>
    </message>
    <message>
        <source>Spoilt: {count} projects, {most} at most.</source>
        <translation>Nul : {count} projets, {most} au plus.</translation>
    </message>
    <message>
        <source>Spoilt: {count} projects, at least {fewest}.</source>
        <translation>Nul : {count} projets, {fewest} au moins.</translation>
    </message>
    <message>
        <source>Spoilt: more than {most} points on one project.</source>
        <translation>Nul : plus de {most} points sur un projet.</translation>
    </message>
    <message>
        <source>Spoilt: more than {most} points in all.</source>
        <translation>Nul : plus de {most} points au total.</translation>
    </message>
    <message>
        <source>Spoilt: the projects chosen cost more than the envelope.</source>
        <translation>Nul : les projets choisis coûtent plus que l’enveloppe.</translation>
    </message>
    <message>
        <source>Spoilt: the same project at two ranks.</source>
        <translation>Nul : le même projet à deux rangs.</translation>
    </message>
    <message>
        <source>Spoilt ballot.</source>
        <translation>Bulletin nul.</translation>
    </message>
    <message>
        <source>Ballots are already entered: a project cannot leave the ballot now.</source>
        <translation>Des bulletins sont déjà saisis : un projet ne peut plus quitter le bulletin.</translation>
    </message>
    <message>
        <source>This project is not on the ballot.</source>
        <translation>Ce projet n’est pas sur le bulletin.</translation>
    </message>
    <message>
        <source>Ballots are already entered: the codes cannot change now.</source>
        <translation>Des bulletins sont déjà saisis : les codes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>The code {code} is already application {number}&apos;s.</source>
        <translation>Le code {code} est déjà celui du dépôt n° {number}.</translation>
    </message>
    <message>
        <source>This polling station no longer exists.</source>
        <translation>Ce bureau de vote n’existe plus.</translation>
    </message>
    <message>
        <source>Give the polling station a name.</source>
        <translation>Donnez un nom au bureau de vote.</translation>
    </message>
    <message>
        <source>The territory is not one of this campaign&apos;s.</source>
        <translation>Ce territoire n’est pas un de ceux de la campagne.</translation>
    </message>
    <message>
        <source>The polling station «{name}» has signatures or ballots; it cannot be removed.</source>
        <translation>Le bureau de vote « {name} » a des émargements ou des bulletins ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Save the vote settings first (Phase 8, settings of the vote).</source>
        <translation>Enregistrez d’abord le règlement de la votation (phase 8, règlement de la votation).</translation>
    </message>
    <message>
        <source>The vote settings are frozen since the first ballot was entered; unfreeze them first, giving a reason for the journal.</source>
        <translation>Le règlement de la votation est figé depuis la saisie du premier bulletin ; débloquez-le d’abord en donnant un motif pour le journal.</translation>
    </message>
    <message>
        <source>Someone else changed the vote settings in the meantime; reload them and enter your changes again.</source>
        <translation>Quelqu’un d’autre a modifié le règlement de la votation entre-temps ; rechargez-le et saisissez à nouveau vos modifications.</translation>
    </message>
    <message>
        <source>Say why the vote settings must change.</source>
        <translation>Indiquez pourquoi le règlement de la votation doit changer.</translation>
    </message>
    <message>
        <source>No project has a ballot code yet: give the codes first.</source>
        <translation>Aucun projet n’a encore de code de bulletin : attribuez d’abord les codes.</translation>
    </message>
    <message>
        <source>The projects designated funded come to {total}, {excess} more than the envelope of {envelope}: nothing was saved.</source>
        <translation>Les projets désignés lauréats totalisent {total}, soit {excess} de plus que l’enveloppe de {envelope}&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Designate at least one project.</source>
        <translation>Désignez au moins un projet.</translation>
    </message>
    <message>
        <source>This campaign decides by a vote, not by designation.</source>
        <translation>Cette campagne décide par une votation, pas par désignation.</translation>
    </message>
    <message>
        <source>Application {number} is «{status}»: it cannot be designated.</source>
        <translation>Le dépôt n° {number} est « {status} » : il ne peut pas être désigné.</translation>
    </message>
    <message>
        <source>Give the core group&apos;s reasons for application {number}.</source>
        <translation>Donnez les motifs du noyau dur pour le dépôt n° {number}.</translation>
    </message>
    <message>
        <source>This campaign decides without a vote: record the designation.</source>
        <translation>Cette campagne décide sans votation : enregistrez la désignation.</translation>
    </message>
    <message>
        <source>The count is not official yet: {problem}</source>
        <translation>Le dépouillement n’est pas encore officiel : {problem}</translation>
    </message>
    <message>
        <source>({count} more stacks to settle)</source>
        <translation>({count} autres lots à régler)</translation>
    </message>
    <message>
        <source>No ballot has been entered or counted yet.</source>
        <translation>Aucun bulletin n’a encore été saisi ni dépouillé.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{score} points</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voix</translation>
    </message>
    <message>
        <source>{votes} votes</source>
        <translation>{votes} voix</translation>
    </message>
    <message>
        <source>Projects {codes} are tied (same votes, same cost) and only some can be funded: hold the draw by lot before witnesses and record it, then count again.</source>
        <translation>Les projets {codes} sont à égalité (mêmes voix, même coût) et tous ne peuvent pas être financés : faites le tirage au sort devant témoins, enregistrez-le, puis dépouillez à nouveau.</translation>
    </message>
    <message>
        <source>Equal Shares needs every ballot; stations counted by hand only give totals. Choose a greedy rule.</source>
        <translation>La méthode des parts égales a besoin de chaque bulletin ; les bureaux dépouillés à la main ne donnent que des totaux. Choisissez une règle par ordre des voix.</translation>
    </message>
    <message>
        <source>Project {code} has no territory, but each territory has its own envelope.</source>
        <translation>Le projet {code} n’a pas de territoire, alors que chaque territoire a sa propre enveloppe.</translation>
    </message>
    <message>
        <source>funded: best placed project of {territory} that fits, {support} (at least one funded project per territory)</source>
        <translation>financé : projet le mieux placé de {territory} qui tient dans l’enveloppe, {support} (au moins un projet lauréat par territoire)</translation>
    </message>
    <message>
        <source>Name the witnesses of the draw.</source>
        <translation>Nommez les témoins du tirage au sort.</translation>
    </message>
    <message>
        <source>The draw&apos;s number must have 15 digits at most.</source>
        <translation>Le nombre du tirage au sort doit avoir 15 chiffres au plus.</translation>
    </message>
    <message>
        <source>With the completion (add1 method), each voter&apos;s share was raised step by step from {start} to {share}, as long as the funded projects stayed within the envelope ({steps} steps).</source>
        <translation>Avec le complément (méthode add1), la part de chaque votant a été augmentée pas à pas de {start} à {share}, tant que les projets financés restaient dans l’enveloppe ({steps} étapes).</translation>
    </message>
    <message>
        <source>This count no longer exists.</source>
        <translation>Ce dépouillement n’existe plus.</translation>
    </message>
    <message>
        <source>Some stations were counted by hand: their totals are not ballots, so the campaign cannot be written as a pabulib file of ballots.</source>
        <translation>Des bureaux ont été dépouillés à la main : leurs totaux ne sont pas des bulletins, la campagne ne peut donc pas être écrite en fichier pabulib de bulletins.</translation>
    </message>
    <message>
        <source>Another count of this campaign is already published.</source>
        <translation>Un autre dépouillement de cette campagne est déjà publié.</translation>
    </message>
    <message>
        <source>This count does not use the rule and tie rule of the vote settings: only a count under the règlement can be published (other rules are for comparison).</source>
        <translation>Ce décompte n’utilise pas la règle ni le départage du règlement de la votation : seul un décompte selon le règlement peut être publié (les autres règles servent à comparer).</translation>
    </message>
    <message>
        <source>Ballots, hand counts or projects changed since this count: count again before publishing.</source>
        <translation>Des bulletins, des dépouillements manuels ou des projets ont changé depuis ce dépouillement : dépouillez à nouveau avant de publier.</translation>
    </message>
    <message>
        <source>Hold the review one year after the vote</source>
        <translation>Organiser le bilan un an après la votation</translation>
    </message>
    <message>
        <source>«{station}» has ballots entered one by one: its totals come from them.</source>
        <translation>« {station} » a des bulletins saisis un par un : ses totaux en découlent.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un compte ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A project cannot have more votes than there are valid ballots.</source>
        <translation>Un projet ne peut pas avoir plus de voix qu’il n’y a de bulletins valables.</translation>
    </message>
    <message>
        <source>With a single choice, the projects&apos; votes ({total}) must add up to the valid ballots ({valid}).</source>
        <translation>Avec un choix unique, les voix des projets ({total}) doivent faire le total des bulletins valables ({valid}).</translation>
    </message>
    <message>
        <source>{total} votes cannot come from {valid} valid ballots of {most} projects at most.</source>
        <translation>{total} voix ne peuvent pas venir de {valid} bulletins valables de {most} projets au plus.</translation>
    </message>
    <message>
        <source>«{station}»: {ballots} ballots for {signatures} signatures; explain the gap before recording it.</source>
        <translation>« {station} » : {ballots} bulletins pour {signatures} émargements ; expliquez l’écart avant de l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>VoteDayPapers</name>
    <message>
        <source>This campaign decided without a vote: there are no vote papers to print.</source>
        <translation>Campagne décidée sans votation : il n’y a pas de documents de vote à imprimer.</translation>
    </message>
    <message>
        <source>The campaign has no polling station yet (phase 8).</source>
        <translation>La campagne n’a pas encore de bureau de vote (phase 8).</translation>
    </message>
    <message>
        <source>The results are not published yet: publish them (phase 8, results) before printing them.</source>
        <translation>Les résultats ne sont pas encore publiés : publiez-les (phase 8, résultats) avant de les imprimer.</translation>
    </message>
</context>
<context>
    <name>VoteField</name>
    <message>
        <source>ballot kind</source>
        <translation>type de bulletin</translation>
    </message>
    <message>
        <source>fewest projects</source>
        <translation>nombre minimal de projets</translation>
    </message>
    <message>
        <source>most projects</source>
        <translation>nombre maximal de projets</translation>
    </message>
    <message>
        <source>points per voter</source>
        <translation>points par électeur</translation>
    </message>
    <message>
        <source>points per project</source>
        <translation>points par projet</translation>
    </message>
    <message>
        <source>minimum age</source>
        <translation>âge minimal</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>résidence</translation>
    </message>
    <message>
        <source>proxies</source>
        <translation>procurations</translation>
    </message>
    <message>
        <source>proxies per holder</source>
        <translation>procurations par mandataire</translation>
    </message>
    <message>
        <source>envelope per territory</source>
        <translation>enveloppe par territoire</translation>
    </message>
    <message>
        <source>territories&apos; envelopes</source>
        <translation>enveloppes des territoires</translation>
    </message>
    <message>
        <source>at least one project per territory</source>
        <translation>au moins un projet par territoire</translation>
    </message>
    <message>
        <source>allocation rule</source>
        <translation>règle d’attribution</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>tie rule</source>
        <translation>règle d’égalité</translation>
    </message>
    <message>
        <source>double entry</source>
        <translation>double saisie</translation>
    </message>
    <message>
        <source>recourse period</source>
        <translation>délai de recours</translation>
    </message>
    <message>
        <source>names in the register</source>
        <translation>noms dans la liste d’émargement</translation>
    </message>
</context>
<context>
    <name>VoteSettingsPage</name>
    <message>
        <source>The envelope of this territory, in euros.</source>
        <translation>L’enveloppe de ce territoire, en euros.</translation>
    </message>
    <message>
        <source>{territory}:</source>
        <translation>{territory} :</translation>
    </message>
    <message>
        <source>Ballots have been entered since {when}: the rules are frozen, so that the count follows the rules the voters knew. To change them, unlock them and say why; the reason goes to the journal and the ballots already entered are checked again against the new rules.</source>
        <translation>Des bulletins sont saisis depuis le {when} : le règlement est figé, pour que le dépouillement suive les règles que les votants connaissaient. Pour le modifier, déverrouillez-le en indiquant pourquoi ; la raison est inscrite au journal et les bulletins déjà saisis sont vérifiés à nouveau selon les nouvelles règles.</translation>
    </message>
    <message>
        <source>Ballots have been entered: the rules are frozen, so that the count follows the rules the voters knew. To change them, unlock them and say why; the reason goes to the journal.</source>
        <translation>Des bulletins ont été saisis : le règlement est figé, pour que le dépouillement suive les règles que les votants connaissaient. Pour le modifier, déverrouillez-le en indiquant pourquoi ; la raison est inscrite au journal.</translation>
    </message>
    <message>
        <source>Key of the sign-in register: {key}. Registers typed on other laptops merge only when they carry the same key.</source>
        <translation>Clé de la liste d’émargement : {key}. Les listes saisies sur d’autres ordinateurs ne se fusionnent que si elles portent la même clé.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The vote rules have unsaved changes. Save them?</source>
        <translation>Le règlement de la votation a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The campaign has a single territory (see the frame).</source>
        <translation>La campagne n’a qu’un territoire (voir le Cadre).</translation>
    </message>
    <message>
        <source>&amp;One envelope for the whole campaign ({amount})</source>
        <translation>&amp;Une enveloppe pour toute la campagne ({amount})</translation>
    </message>
    <message>
        <source>Shared out: {total} of the campaign&apos;s {envelope}.</source>
        <translation>Réparti : {total} sur les {envelope} de la campagne.</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Les plus votés d’abord</translation>
    </message>
    <message>
        <source>Most votes first, stopping at the first that does not fit</source>
        <translation>Les plus votés d’abord, arrêt au premier qui ne rentre pas</translation>
    </message>
    <message>
        <source>Threshold of votes</source>
        <translation>Seuil de voix</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>Méthode des parts égales</translation>
    </message>
    <message>
        <source>Method of Equal Shares, counting projects</source>
        <translation>Méthode des parts égales, par nombre de projets</translation>
    </message>
    <message>
        <source>Method of Equal Shares with completion</source>
        <translation>Méthode des parts égales avec complément</translation>
    </message>
    <message>
        <source>Equal Shares with completion, then most votes</source>
        <translation>Parts égales avec complément, puis les plus votés</translation>
    </message>
    <message>
        <source>Projects are funded in order of votes; one that no longer fits in what is left is skipped and the next ones are tried.</source>
        <translation>Les projets sont financés dans l’ordre des voix ; un projet qui ne rentre plus dans ce qui reste est sauté et les suivants sont essayés.</translation>
    </message>
    <message>
        <source>Projects are funded in order of votes; the count stops at the first one that no longer fits in what is left.</source>
        <translation>Les projets sont financés dans l’ordre des voix ; l’attribution s’arrête au premier qui ne rentre plus dans ce qui reste.</translation>
    </message>
    <message>
        <source>Every project chosen on at least the share of valid ballots below is funded, in order of votes, while money remains.</source>
        <translation>Chaque projet choisi sur au moins la part de bulletins valables indiquée ci-dessous est financé, dans l’ordre des voix, tant qu’il reste de l’argent.</translation>
    </message>
    <message>
        <source>Each voter holds an equal share of the envelope and pays for the projects they chose; fairer to smaller groups of residents.</source>
        <translation>Chaque votant détient une part égale de l’enveloppe et paie les projets qu’il a choisis ; plus juste envers les petits groupes d’habitants.</translation>
    </message>
    <message>
        <source>Equal Shares where a voter values each funded project they chose the same, whatever its cost.</source>
        <translation>Parts égales où chaque projet financé choisi compte autant pour le votant, quel que soit son coût.</translation>
    </message>
    <message>
        <source>Equal Shares, then each voter&apos;s share is raised one euro at a time while the outcome stays within the envelope, so that less money is left over.</source>
        <translation>Parts égales, puis la part de chaque votant est augmentée d’un euro à la fois tant que le résultat tient dans l’enveloppe, pour laisser moins d’argent inutilisé.</translation>
    </message>
    <message>
        <source>Equal Shares with completion; what is still left then funds further projects in order of votes.</source>
        <translation>Parts égales avec complément ; ce qui reste finance ensuite d’autres projets dans l’ordre des voix.</translation>
    </message>
    <message>
        <source>The cheaper project first, then a draw by lot</source>
        <translation>Le projet le moins cher d’abord, puis un tirage au sort</translation>
    </message>
    <message>
        <source>Refuse and ask the team to decide</source>
        <translation>Refuser et demander à l’équipe de trancher</translation>
    </message>
    <message>
        <source>The smaller project code first</source>
        <translation>Le plus petit code de projet d’abord</translation>
    </message>
    <message>
        <source>Valid ballot:</source>
        <translation>Bulletin valable :</translation>
    </message>
    <message>
        <source>Blank ballot:</source>
        <translation>Bulletin blanc :</translation>
    </message>
    <message>
        <source>Spoilt ballot:</source>
        <translation>Bulletin nul :</translation>
    </message>
    <message>
        <source>it names exactly one project.</source>
        <translation>il désigne exactement un projet.</translation>
    </message>
    <message>
        <source>it names one project or more, as many as the voter likes.</source>
        <translation>il désigne un projet ou plus, autant que le votant le souhaite.</translation>
    </message>
    <message>
        <source>it names at least {fewest} projects.</source>
        <translation>il désigne au moins {fewest} projets.</translation>
    </message>
    <message>
        <source>it names exactly {count} projects.</source>
        <translation>il désigne exactement {count} projets.</translation>
    </message>
    <message>
        <source>it names from {fewest} to {most} projects.</source>
        <translation>il désigne de {fewest} à {most} projets.</translation>
    </message>
    <message>
        <source>say how many ranks the ballot has.</source>
        <translation>indiquez combien de rangs compte le bulletin.</translation>
    </message>
    <message>
        <source>it ranks exactly {count} projects (1st, 2nd…), each at one rank only.</source>
        <translation>il classe exactement {count} projets (1er, 2e…), chacun à un seul rang.</translation>
    </message>
    <message>
        <source>it ranks from {fewest} to {most} projects (1st, 2nd…), each at one rank only.</source>
        <translation>il classe de {fewest} à {most} projets (1er, 2e…), chacun à un seul rang.</translation>
    </message>
    <message>
        <source>it gives {total} points or fewer in all, and {each} or fewer to any one project.</source>
        <translation>il donne au plus {total} points en tout, et au plus {each} à un même projet.</translation>
    </message>
    <message>
        <source>in each territory, the projects it chooses cost no more than that territory&apos;s envelope.</source>
        <translation>dans chaque territoire, les projets choisis ne coûtent pas plus que l’enveloppe de ce territoire.</translation>
    </message>
    <message>
        <source>the projects it chooses cost {amount} or less together.</source>
        <translation>les projets choisis coûtent ensemble {amount} ou moins.</translation>
    </message>
    <message>
        <source>it gives no point to any project.</source>
        <translation>il ne donne aucun point à aucun projet.</translation>
    </message>
    <message>
        <source>it names no project.</source>
        <translation>il ne désigne aucun projet.</translation>
    </message>
    <message>
        <source>it gives more than {total} points in all or more than {each} to one project, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il donne plus de {total} points en tout ou plus de {each} à un même projet, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>the projects it chooses cost more than the envelope, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>les projets choisis coûtent plus que l’enveloppe, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it ranks more than {most} or fewer than {fewest} projects, puts a project at two ranks, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il classe plus de {most} ou moins de {fewest} projets, place un projet à deux rangs, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it ranks more than {most} projects, puts a project at two ranks, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il classe plus de {most} projets, place un projet à deux rangs, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it names two projects or more, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il désigne deux projets ou plus, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it names more or fewer than {count} projects, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il désigne plus ou moins de {count} projets, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it names more than {most} or fewer than {fewest} projects, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il désigne plus de {most} ou moins de {fewest} projets, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it names more than {most} projects, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il désigne plus de {most} projets, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>it names fewer than {fewest} projects, or the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>il désigne moins de {fewest} projets, ou le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>only when the count declares it spoilt (torn, signed, unreadable).</source>
        <translation>seulement si le dépouillement le déclare nul (déchiré, signé, illisible).</translation>
    </message>
    <message>
        <source>The rules are frozen: unlock them first.</source>
        <translation>Le règlement est figé : déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>Vote rules saved.</source>
        <translation>Règlement enregistré.</translation>
    </message>
    <message>
        <source>Unlock the vote rules</source>
        <translation>Déverrouiller le règlement</translation>
    </message>
    <message>
        <source>Ballots have been entered under these rules. Why must they change? The reason is written in the journal.</source>
        <translation>Des bulletins ont été saisis selon ce règlement. Pourquoi doit-il changer ? La raison est inscrite au journal.</translation>
    </message>
    <message>
        <source>The vote rules can be changed again.</source>
        <translation>Le règlement peut de nouveau être modifié.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Rien n’a été enregistré : corrigez ce qui est indiqué en rouge.</translation>
    </message>
    <message>
        <source>Vote rules</source>
        <translation>Règlement de la votation</translation>
    </message>
    <message>
        <source>The rules of the vote as residents will read them: the ballot, who may vote, the envelopes and how the money is shared out. They freeze when the first ballot is entered.</source>
        <translation>Les règles de la votation telles que les habitants les liront : le bulletin, qui peut voter, les enveloppes et la façon de répartir l’argent. Elles se figent à la saisie du premier bulletin.</translation>
    </message>
    <message>
        <source>These rules have not been saved yet: the values shown are suggestions.</source>
        <translation>Ce règlement n’a pas encore été enregistré : les valeurs affichées sont des suggestions.</translation>
    </message>
    <message>
        <source>This campaign decides without a vote (designation by the core group, see the frame): these rules are not used.</source>
        <translation>Cette campagne décide sans votation (désignation par le noyau dur, voir le Cadre) : ce règlement n’est pas utilisé.</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>Déverr&amp;ouiller…</translation>
    </message>
    <message>
        <source>Allow the rules to change again; you will be asked why, for the journal.</source>
        <translation>Permettre de modifier à nouveau le règlement ; la raison vous sera demandée, pour le journal.</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>&amp;Ballot kind:</source>
        <translation>Type de &amp;bulletin :</translation>
    </message>
    <message>
        <source>Fe&amp;west projects:</source>
        <translation>Nombre &amp;minimum de projets :</translation>
    </message>
    <message>
        <source>A ballot that names fewer projects (but at least one) is spoilt.</source>
        <translation>Un bulletin qui désigne moins de projets (mais au moins un) est nul.</translation>
    </message>
    <message>
        <source>&amp;Most projects:</source>
        <translation>Nombre ma&amp;ximum de projets :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A ballot that names more projects is spoilt. For a ranked ballot, the number of ranks.</source>
        <translation>Un bulletin qui désigne plus de projets est nul. Pour un bulletin à classement, le nombre de rangs.</translation>
    </message>
    <message>
        <source>&amp;Most points per voter:</source>
        <translation>&amp;Maximum de points par votant :</translation>
    </message>
    <message>
        <source>Most points per pro&amp;ject:</source>
        <translation>Ma&amp;ximum de points par projet :</translation>
    </message>
    <message>
        <source>Who may vote</source>
        <translation>Qui peut voter</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>Âg&amp;e minimum :</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>Ré&amp;sidence :</translation>
    </message>
    <message>
        <source>Pro&amp;xies allowed</source>
        <translation>Procura&amp;tions autorisées</translation>
    </message>
    <message>
        <source>Proxies per hol&amp;der:</source>
        <translation>Procurations par ma&amp;ndataire :</translation>
    </message>
    <message>
        <source>The most proxies one voter may carry for others.</source>
        <translation>Le nombre maximal de procurations qu’un votant peut porter pour d’autres.</translation>
    </message>
    <message>
        <source>&amp;Keep voters&apos; names in clear in the sign-in register</source>
        <translation>&amp;Garder les noms des votants en clair dans la liste d’émargement</translation>
    </message>
    <message>
        <source>Personal data (GDPR): by default the register keeps only a coded key of each voter, enough to refuse a second vote. Keep names in clear only if your règlement requires it, say so to voters, and purge the register after the recourse period.</source>
        <translation>Données personnelles (RGPD) : par défaut, la liste ne garde qu’une clé codée de chaque votant, suffisante pour refuser un second vote. Ne gardez les noms en clair que si votre règlement l’exige, informez-en les votants et purgez la liste après le délai de recours.</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <source>&amp;One envelope for the whole campaign</source>
        <translation>&amp;Une enveloppe pour toute la campagne</translation>
    </message>
    <message>
        <source>One envelope per &amp;territory</source>
        <translation>Une enveloppe par terr&amp;itoire</translation>
    </message>
    <message>
        <source>At least one funded &amp;project per territory</source>
        <translation>Au moins un pro&amp;jet financé par territoire</translation>
    </message>
    <message>
        <source>With a single envelope, the count first funds the best project of each territory, then goes on by the rule.</source>
        <translation>Avec une enveloppe unique, l’attribution finance d’abord le meilleur projet de chaque territoire, puis continue selon la règle.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Allocation r&amp;ule:</source>
        <translation>&amp;Règle d’attribution :</translation>
    </message>
    <message>
        <source>Thre&amp;shold:</source>
        <translation>Seuil (&amp;pourcentage) :</translation>
    </message>
    <message>
        <source> % of valid ballots</source>
        <translation> % des bulletins valables</translation>
    </message>
    <message>
        <source>T&amp;ie rule:</source>
        <translation>Ex ae&amp;quo :</translation>
    </message>
    <message>
        <source>Double &amp;entry required: two operators type each stack of ballots</source>
        <translation>&amp;Vérifier par une double saisie : deux opérateurs saisissent chaque lot de bulletins</translation>
    </message>
    <message>
        <source>Recourse period (mo&amp;nths):</source>
        <translation>Dé&amp;lai de recours (mois) :</translation>
    </message>
    <message>
        <source>After the results, the sign-in register is kept this long for appeals, then purged (only counts remain).</source>
        <translation>Après les résultats, la liste d’émargement est gardée ce temps-là pour les recours, puis purgée (seuls les comptages restent).</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save.</source>
        <translation>Oublier les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the vote rules (Ctrl+S).</source>
        <translation>Enregistrer le règlement (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to pbdesk</source>
        <translation>Bienvenue dans pbdesk</translation>
    </message>
    <message>
        <source>pbdesk takes your team through the nine phases of a participatory budget: from the frame to the vote, and the years of follow-up after it. Everything stays on this computer.</source>
        <translation>pbdesk accompagne votre équipe dans les neuf phases d’un budget participatif : du cadre à la votation, puis les années de suivi qui la suivent. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Import a project file</source>
        <translation>&amp;Importer un fichier projet</translation>
    </message>
    <message>
        <source>The demo opens a throw-away copy of the four editions of the Métropole Aix-Marseille-Provence (2019–2022): nothing you change there touches your own campaigns.</source>
        <translation>La démo ouvre une copie jetable des quatre éditions de la Métropole Aix-Marseille-Provence (2019–2022) : rien de ce que vous y changez ne touche vos propres campagnes.</translation>
    </message>
</context>
</TS>
