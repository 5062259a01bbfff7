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
        <source>{stack}: the second entry is missing.</source>
        <translation>{stack} : la seconde saisie manque.</translation>
    </message>
    <message>
        <source>{stack}: entries A and B differ on {count} ballots.</source>
        <translation>{stack} : les saisies A et B diffèrent sur {count} bulletins.</translation>
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
        <translation>Données d’exemple — les montants, dates, personnes et listes de tâches de cette campagne sont inventés pour la démonstration&#xa0;; les titres, porteurs et enveloppes viennent du bilan de la Métropole.</translation>
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
        <source>also write residents&apos; contact details and the sign-in register&apos;s keys</source>
        <translation>écrire aussi les coordonnées des habitants et les clés de la liste d’émargement</translation>
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
        <source>Warning: this file will hold residents&apos; personal data (contact details, sign-in register keys); give it only to people entitled to see them.</source>
        <translation>Attention : ce fichier contiendra des données personnelles d’habitants (coordonnées, clés de la liste d’émargement) ; ne le confiez qu’à des personnes autorisées à les voir.</translation>
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
        <source>Designation by {who}: {funded} projects funded out of {count}.</source>
        <translation>Désignation par {who} : {funded} projets lauréats sur {count}.</translation>
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
        <source>Import a project file</source>
        <translation>Importer un fichier projet</translation>
    </message>
    <message>
        <source>Importing project files (.pbdesk) comes in a coming version of pbdesk. For now you can create a campaign or open the demo.</source>
        <translation>L’import des fichiers projet (.pbdesk) arrive dans une prochaine version de pbdesk. Pour l’instant, vous pouvez créer une campagne ou ouvrir la démo.</translation>
    </message>
    <message>
        <source>Export the campaign</source>
        <translation>Exporter la campagne</translation>
    </message>
    <message>
        <source>Exporting a campaign as a project file (.pbdesk) comes in a coming version of pbdesk. Everything you enter is already saved in the database.</source>
        <translation>L’export d’une campagne en fichier projet (.pbdesk) arrive dans une prochaine version de pbdesk. Tout ce que vous saisissez est déjà enregistré dans la base de données.</translation>
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
        <translation>Avancement de la liste de tâches</translation>
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
        <translation>&amp;Liste de tâches</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de tâches</translation>
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
        <translation>Supprimer « {label} » de la liste de tâches de cette phase ?</translation>
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
        <translation>Liste de tâches</translation>
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
        <source>The register of this vote was purged.</source>
        <translation>La liste d’émargement de cette votation a été purgée.</translation>
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
        <source>the rule: {rules} (default: the file&apos;s rule)</source>
        <translation>la règle : {rules} (par défaut : celle du fichier)</translation>
    </message>
    <message>
        <source>how to break ties: id, cost or refuse (default: id)</source>
        <translation>comment départager les égalités : id, cost ou refuse (par défaut : id)</translation>
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
        <source>«{target}» is not a pabulib file; counting a campaign needs the vote module, which this pbdesk does not have yet.</source>
        <translation>« {target} » n’est pas un fichier pabulib ; le dépouillement d’une campagne demande le module de votation, que ce pbdesk n’a pas encore.</translation>
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
        <source>add1 completion: {share} per voter after {steps} steps ({runs} runs).</source>
        <translation>complément add1 : {share} par électeur après {steps} étapes ({runs} calculs).</translation>
    </message>
    <message>
        <source>This count no longer exists.</source>
        <translation>Ce dépouillement n’existe plus.</translation>
    </message>
    <message>
        <source>Another count of this campaign is already published.</source>
        <translation>Un autre dépouillement de cette campagne est déjà publié.</translation>
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
