<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>CertificateText</name>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valide à partir du</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valide jusqu'au</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Autres noms du sujet (SAN)</translation>
        </message>
        <message>
            <source>Enhanced key usage</source>
            <translation>Utilisation améliorée de la clé</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Thumbprint (SHA-1)</source>
            <translation>Empreinte numérique (SHA-1)</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation>Empreinte SHA-256</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>ChainTreeModel</name>
        <message>
            <source>Subject</source>
            <extracomment>The ``x509.Certificate`` of the item, whatever the column.</extracomment>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valide à partir du</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valide jusqu'au</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>Clé publique</translation>
        </message>
        <message>
            <source>Thumbprint</source>
            <translation>Empreinte numérique</translation>
        </message>
    </context>
    <context>
        <name>CheckInputPage</name>
        <message>
            <source>Check a certificate</source>
            <translation>Vérifier un certificat</translation>
        </message>
        <message>
            <source>Open what the CA sent, a PFX, a chain or a request, or drop it here.</source>
            <translation>Ouvrez ce que l'AC vous a envoyé, un PFX, une chaîne ou une demande, ou déposez-le ici.</translation>
        </message>
        <message>
            <source>pic-wizard reads PEM, DER, PKCS#7 (.p7b), PKCS#12 (.pfx) and requests (.req, .csr), whatever their extension. With your profile (or the answers of this wizard) it also checks that every Edge name is there; without one it checks everything else and says what it could not check.</source>
            <translation>pic-wizard lit les fichiers PEM, DER, PKCS#7 (.p7b), PKCS#12 (.pfx) et les demandes (.req, .csr), quelle que soit leur extension. Avec votre profil (ou les réponses de cet assistant), il vérifie aussi que chaque nom Edge est présent ; sans profil, il vérifie tout le reste et indique ce qu'il n'a pas pu vérifier.</translation>
        </message>
        <message>
            <source>File to check</source>
            <translation>Fichier à vérifier</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Fi&amp;le:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Intermediate certificates</source>
            <translation>Certificats intermédiaires</translation>
        </message>
        <message>
            <source>optional: the CA's chain, if not in the file</source>
            <translation>facultatif : la chaîne de l'AC, si elle n'est pas dans le fichier</translation>
        </message>
        <message>
            <source>&amp;Chain:</source>
            <translation>&amp;Chaîne :</translation>
        </message>
        <message>
            <source>Trusted roots</source>
            <translation>Racines de confiance</translation>
        </message>
        <message>
            <source>optional: a private or test CA's root, instead of the public roots</source>
            <translation>facultatif : la racine d'une AC privée ou de test, au lieu des racines publiques</translation>
        </message>
        <message>
            <source>&amp;Trusted roots:</source>
            <translation>Racines &amp;de confiance :</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Clé privée</translation>
        </message>
        <message>
            <source>optional: the key the certificate must match</source>
            <translation>facultatif : la clé à laquelle le certificat doit correspondre</translation>
        </message>
        <message>
            <source>Private &amp;key:</source>
            <translation>Clé pri&amp;vée :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>for a PFX or an encrypted key</source>
            <translation>pour un PFX ou une clé chiffrée</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Check the names against the &amp;answers of this wizard</source>
            <translation>Vérifier les noms d'après les &amp;réponses de cet assistant</translation>
        </message>
        <message>
            <source>Against a &amp;profile:</source>
            <translation>D'après un profi&amp;l :</translation>
        </message>
        <message>
            <source>Witho&amp;ut a profile (names not checked)</source>
            <translation>Sa&amp;ns profil (noms non vérifiés)</translation>
        </message>
        <message>
            <source>Answer the SIP domain and Edge questions, pre-filled from the fil&amp;e</source>
            <translation>Répondre aux &amp;questions sur les domaines SIP et les serveurs Edge, préremplies à partir du fichier</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Nothing is changed or written: the check only reads.</source>
            <translation>Rien n'est modifié ni écrit : la vérification ne fait que lire.</translation>
        </message>
        <message>
            <source>Keys and PFX (*.key *.pem *.pfx *.p12);;All files (*)</source>
            <translation>Clés et PFX (*.key *.pem *.pfx *.p12);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>pic-wizard profiles (*.json)</source>
            <translation>Profils pic-wizard (*.json)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Chaîne</translation>
        </message>
        <message>
            <source>pic-wizard could not check this file ({what}): this is a bug.</source>
            <translation>pic-wizard n'a pas pu vérifier ce fichier ({what}) : il s'agit d'un bogue.</translation>
        </message>
    </context>
    <context>
        <name>CheckResultPage</name>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Errors must be fixed before the certificate goes on an Edge Server; warnings and notes are for you to read. The certification path shows the chain pic-wizard found to a trusted root.</source>
            <translation>Les erreurs doivent être corrigées avant que le certificat soit installé sur un serveur Edge ; les avertissements et les remarques sont fournis à titre d'information. Le chemin d'accès de certification montre la chaîne que pic-wizard a trouvée jusqu'à une racine de confiance.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Findin&amp;gs</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>Certification path</source>
            <translation>Chemin d'accès de certification</translation>
        </message>
        <message>
            <source>Certification &amp;path</source>
            <translation>C&amp;hemin d'accès de certification</translation>
        </message>
        <message>
            <source>Certificate details</source>
            <translation>Détails du certificat</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>Pict&amp;ure</source>
            <translation>Ima&amp;ge</translation>
        </message>
        <message>
            <source>Save &amp;report…</source>
            <translation>Enregistrer le &amp;rapport…</translation>
        </message>
        <message>
            <source>The result of the check as a PDF or HTML page, for a change ticket</source>
            <translation>Le résultat de la vérification en page PDF ou HTML, pour une demande de modification</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>ce certificat</translation>
        </message>
        <message>
            <source>request</source>
            <translation>cette demande</translation>
        </message>
        <message numerus="yes">
            <source>Not ready: %n problem(s) to fix in this {what}.</source>
            <translation>
                <numerusform>Pas encore utilisable : %n problème à corriger dans {what}.</numerusform>
                <numerusform>Pas encore utilisable : %n problèmes à corriger dans {what}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Lisez l'avertissement.</numerusform>
                <numerusform>Lisez les %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>This certificate is ready for your Edge pool.</source>
            <translation>Ce certificat est prêt pour votre pool de serveurs Edge.</translation>
        </message>
        <message>
            <source>This certificate is ready for your Edge Server.</source>
            <translation>Ce certificat est prêt pour votre serveur Edge.</translation>
        </message>
        <message>
            <source>This request is ready to submit to the certification authority.</source>
            <translation>Cette demande est prête à être envoyée à l'autorité de certification.</translation>
        </message>
        <message>
            <source>{file}: {verdict}</source>
            <translation>{file} : {verdict}</translation>
        </message>
        <message>
            <source>Not checked without a profile: {rules}</source>
            <translation>Non vérifié sans profil : {rules}</translation>
        </message>
    </context>
    <context>
        <name>CompletePage</name>
        <message>
            <source>Complete a request</source>
            <translation>Finaliser une demande</translation>
        </message>
        <message>
            <source>The certificate the CA issued and the key of your request become a PFX.</source>
            <translation>Le certificat émis par l'AC et la clé de votre demande sont réunis dans un PFX.</translation>
        </message>
        <message>
            <source>pic-wizard checks the certificate with the key (they must match), with the request beside the key (did the CA drop Client Authentication or a name?) and with its chain, then writes a PFX with the chain in order and a friendly name, for Import-CsCertificate on every Edge Server. Windows Server 2012 R2 and older cannot import AES-encrypted PFX files: the default is the compatible 3DES form.</source>
            <translation>pic-wizard vérifie le certificat par rapport à la clé (ils doivent correspondre), à la demande placée à côté de la clé (l'AC a-t-elle supprimé l'EKU Authentification du client ou un nom ?) et à sa chaîne, puis écrit un PFX contenant la chaîne dans l'ordre et un nom convivial, pour Import-CsCertificate sur chaque serveur Edge. Windows Server 2012 R2 et les versions antérieures ne peuvent pas importer les fichiers PFX chiffrés en AES : le format 3DES compatible est utilisé par défaut.</translation>
        </message>
        <message>
            <source>Issued certificate</source>
            <translation>Certificat émis</translation>
        </message>
        <message>
            <source>Issued &amp;certificate:</source>
            <translation>&amp;Certificat émis :</translation>
        </message>
        <message>
            <source>Intermediate certificates</source>
            <translation>Certificats intermédiaires</translation>
        </message>
        <message>
            <source>optional: the CA's chain, if not in the file</source>
            <translation>facultatif : la chaîne de l'AC, si elle n'est pas dans le fichier</translation>
        </message>
        <message>
            <source>Ch&amp;ain:</source>
            <translation>C&amp;haîne :</translation>
        </message>
        <message>
            <source>Trusted roots</source>
            <translation>Racines de confiance</translation>
        </message>
        <message>
            <source>optional: a private or test CA's root, instead of the public roots</source>
            <translation>facultatif : la racine d'une AC privée ou de test, au lieu des racines publiques</translation>
        </message>
        <message>
            <source>Tr&amp;usted roots:</source>
            <translation>A&amp;utorités racines de confiance :</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Clé privée</translation>
        </message>
        <message>
            <source>Private &amp;key (.key):</source>
            <translation>Clé pri&amp;vée (.key) :</translation>
        </message>
        <message>
            <source>Passphrase of the key</source>
            <translation>Phrase secrète de la clé</translation>
        </message>
        <message>
            <source>Key &amp;passphrase:</source>
            <translation>Phrase secrète de la c&amp;lé :</translation>
        </message>
        <message>
            <source>Friendly name</source>
            <translation>Nom convivial</translation>
        </message>
        <message>
            <source>the profile's beside the key, else the certificate's name</source>
            <translation>celui du profil à côté de la clé, sinon le nom du certificat</translation>
        </message>
        <message>
            <source>Friend&amp;ly name:</source>
            <translation>&amp;Nom convivial :</translation>
        </message>
        <message>
            <source>PFX password</source>
            <translation>Mot de passe du PFX</translation>
        </message>
        <message>
            <source>PFX password again</source>
            <translation>Confirmation du mot de passe du PFX</translation>
        </message>
        <message>
            <source>PFX pass&amp;word:</source>
            <translation>&amp;Mot de passe du PFX :</translation>
        </message>
        <message>
            <source>A&amp;gain:</source>
            <translation>Con&amp;firmation :</translation>
        </message>
        <message>
            <source>PFX encryption</source>
            <translation>Chiffrement du PFX</translation>
        </message>
        <message>
            <source>AES-256 (Windows Server 2019, Windows 10 1709 and later)</source>
            <translation>AES-256 (Windows Server 2019, Windows 10 1709 et versions ultérieures)</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>Ch&amp;iffrement :</translation>
        </message>
        <message>
            <source>PFX file</source>
            <translation>Fichier PFX</translation>
        </message>
        <message>
            <source>&amp;Target PFX file:</source>
            <translation>Fichier PFX &amp;de destination :</translation>
        </message>
        <message>
            <source>This folder does not exist yet: pic-wizard offers to make it when you write the PFX.</source>
            <translation>Ce dossier n'existe pas encore : pic-wizard propose de le créer lors de l'écriture du PFX.</translation>
        </message>
        <message>
            <source>Check and w&amp;rite the PFX</source>
            <translation>Vérifier et éc&amp;rire le PFX</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>Ce qui a été écrit</translation>
        </message>
        <message>
            <source>Private keys (*.key *.pem);;All files (*)</source>
            <translation>Clés privées (*.key *.pem);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Windows Server 2019 and later can import a PFX encrypted with AES-256; Windows Server 2016 and older need 3DES.</source>
            <translation>Windows Server 2019 et versions ultérieures peuvent importer un PFX chiffré en AES-256 ; Windows Server 2016 et versions antérieures exigent 3DES.</translation>
        </message>
        <message>
            <source>No profile beside the key says the server product: 3DES is offered, which every Windows Server imports.</source>
            <translation>Aucun profil à côté de la clé n'indique le produit serveur : 3DES est proposé, que toutes les versions de Windows Server importent.</translation>
        </message>
        <message>
            <source>The profile beside the key is for {product}, which runs on Windows Server {oldest} to {newest}: {encryption} is offered.</source>
            <translation>Le profil à côté de la clé est pour {product}, qui s'exécute sur Windows Server, de {oldest} à {newest} : {encryption} est proposé.</translation>
        </message>
        <message>
            <source>3DES</source>
            <translation>3DES</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>PFX files (*.pfx)</source>
            <translation>Fichiers PFX (*.pfx)</translation>
        </message>
        <message numerus="yes">
            <source>The certificate has %n error(s) (see the findings). Write the PFX anyway?</source>
            <translation>
                <numerusform>Le certificat comporte %n erreur (voir les constats). Écrire quand même le PFX ?</numerusform>
                <numerusform>Le certificat comporte %n erreurs (voir les constats). Écrire quand même le PFX ?</numerusform>
            </translation>
        </message>
        <message>
            <source>AES-256</source>
            <translation>AES-256</translation>
        </message>
        <message>
            <source>3DES, SHA-1</source>
            <translation>3DES, SHA-1</translation>
        </message>
        <message numerus="yes">
            <source>Written: {path} ({protection}; friendly name read back from the PFX: {name})
Checked with {checked}; chain of %n CA certificate(s).

Copy it to every Edge Server, then in the Skype for Business Server Management Shell:

{script}</source>
            <translation>
                <numerusform>Écrit : {path} ({protection} ; nom convivial relu dans le PFX : {name})
Vérifié avec {checked} ; chaîne de %n certificat d'AC.

Copiez-le sur chaque serveur Edge, puis, dans Skype for Business Server Management Shell :

{script}</numerusform>
                <numerusform>Écrit : {path} ({protection} ; nom convivial relu dans le PFX : {name})
Vérifié avec {checked} ; chaîne de %n certificats d'AC.

Copiez-le sur chaque serveur Edge, puis, dans Skype for Business Server Management Shell :

{script}</numerusform>
            </translation>
        </message>
        <message>
            <source>pic-wizard could not complete ({what}): this is a bug.</source>
            <translation>pic-wizard n'a pas pu finaliser la demande ({what}) : il s'agit d'un bogue.</translation>
        </message>
        <message>
            <source>⚠ This key does not belong to this certificate: no PFX was written.</source>
            <translation>⚠ Cette clé n'appartient pas à ce certificat : aucun PFX n'a été écrit.</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Problèmes détectés</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>3DES, SHA-1 (every Windows Server imports it)</source>
            <translation>3DES, SHA-1 (toutes les versions de Windows Server l'importent)</translation>
        </message>
        <message>
            <source>{path} exists already. Replace it?</source>
            <translation>{path} existe déjà. Voulez-vous le remplacer ?</translation>
        </message>
        <message>
            <source>Make the folder?</source>
            <translation>Créer le dossier ?</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Make it (readable by you only) and write the PFX into it?</source>
            <translation>Le dossier {folder} n'existe pas. Le créer (lisible par vous seul) et y écrire le PFX ?</translation>
        </message>
        <message>
            <source>⚠ No PFX was written: the certificate has errors (see the findings).</source>
            <translation>⚠ Aucun PFX n'a été écrit : le certificat comporte des erreurs (voir les constats).</translation>
        </message>
        <message>
            <source>the request {file}</source>
            <translation>la demande {file}</translation>
        </message>
        <message>
            <source>the profile {file}</source>
            <translation>le profil {file}</translation>
        </message>
        <message>
            <source>the key only</source>
            <translation>la clé seule</translation>
        </message>
        <message>
            <source>Edge Server {n}</source>
            <translation>Serveur Edge {n}</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something went wrong inside pic-wizard ({what}). Your files were not changed. Please report it with the details below.</source>
            <translation>Une erreur s'est produite dans pic-wizard ({what}). Vos fichiers n'ont pas été modifiés. Signalez-la avec les détails ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>DomainsPage</name>
        <message>
            <source>SIP domains</source>
            <translation>Domaines SIP</translation>
        </message>
        <message>
            <source>Every SIP domain of your users. The first one is the default domain.</source>
            <translation>Tous les domaines SIP de vos utilisateurs. Le premier est le domaine par défaut.</translation>
        </message>
        <message>
            <source>Each SIP domain needs sip.&lt;domain&gt; in the certificate: clients of that domain sign in and federate through it (Microsoft: "SAN entries for additional SIP domains"). The default domain also gives the Edge names their defaults.</source>
            <translation>Chaque domaine SIP nécessite sip.&lt;domaine&gt; dans le certificat : les clients de ce domaine s'y connectent et l'utilisent pour la fédération (Microsoft : "entrées SAN pour les domaines SIP supplémentaires"). Le domaine par défaut fournit aussi les valeurs par défaut des noms Edge.</translation>
        </message>
        <message>
            <source>SIP &amp;domains:</source>
            <translation>&amp;Domaines SIP :</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Supp&amp;rimer</translation>
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
            <source>Set as defaul&amp;t</source>
            <translation>Définir par dé&amp;faut</translation>
        </message>
        <message>
            <source>&amp;Paste many…</source>
            <translation>Co&amp;ller plusieurs…</translation>
        </message>
        <message>
            <source>&amp;Import topology…</source>
            <translation>&amp;Importer une topologie…</translation>
        </message>
        <message>
            <source>Names are checked as you type: a public CA refuses internal names (.local, .corp), single labels and IP addresses.</source>
            <translation>Les noms sont vérifiés pendant la saisie : une AC publique refuse les noms internes (.local, .corp), les noms à une seule étiquette et les adresses IP.</translation>
        </message>
        <message>
            <source>Already in the list, not added again: {names}.</source>
            <translation>Déjà dans la liste, non ajoutés de nouveau : {names}.</translation>
        </message>
        <message>
            <source>Pasted more than once, added once: {names}.</source>
            <translation>Collés plusieurs fois, ajoutés une seule fois : {names}.</translation>
        </message>
        <message numerus="yes">
            <source>Added: %n SIP domain(s).</source>
            <translation>
                <numerusform>Ajouté : %n domaine SIP.</numerusform>
                <numerusform>Ajoutés : %n domaines SIP.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Add at least your default SIP domain.</source>
            <translation>⚠ Ajoutez au moins votre domaine SIP par défaut.</translation>
        </message>
    </context>
    <context>
        <name>EdgePage</name>
        <message>
            <source>Edge services</source>
            <translation>Services Edge</translation>
        </message>
        <message>
            <source>The external names of your Edge Servers, as in Topology Builder.</source>
            <translation>Les noms externes de vos serveurs Edge, tels qu'ils sont définis dans le Générateur de topologie.</translation>
        </message>
        <message>
            <source>The subject of the certificate is the Access Edge external FQDN and is repeated as the first subject alternative name: TLS ignores the subject and reads only the SAN. The Web Conferencing Edge FQDN must be in the SAN. The A/V Edge FQDN is not needed: the A/V Authentication service does not use the subject or the SAN. Wildcards are not supported on the external Edge interface.</source>
            <translation>Le sujet du certificat est le FQDN externe du service Edge d'accès ; il est répété comme premier autre nom du sujet (SAN) : TLS ignore le sujet et ne lit que le SAN. Le FQDN du service Edge de conférence web doit figurer dans le SAN. Le FQDN du service Edge A/V n'est pas nécessaire : le service d'authentification A/V n'utilise ni le sujet ni le SAN. Les caractères génériques ne sont pas pris en charge sur l'interface Edge externe.</translation>
        </message>
        <message>
            <source>&amp;Access Edge:</source>
            <translation>Service Edge d'a&amp;ccès :</translation>
        </message>
        <message>
            <source>Access Edge FQDN</source>
            <translation>FQDN du service Edge d'accès</translation>
        </message>
        <message>
            <source>Becomes the subject, and is repeated as the first SAN entry.</source>
            <translation>Devient le sujet, et est répété comme première entrée SAN.</translation>
        </message>
        <message>
            <source>&amp;Web Conferencing Edge:</source>
            <translation>Service Edge de conférence &amp;web :</translation>
        </message>
        <message>
            <source>Web Conferencing Edge FQDN</source>
            <translation>FQDN du service Edge de conférence web</translation>
        </message>
        <message>
            <source>Meetings from outside: must be in the SAN.</source>
            <translation>Réunions depuis l'extérieur : doit figurer dans le SAN.</translation>
        </message>
        <message>
            <source>A/&amp;V Edge:</source>
            <translation>Service Edge A/&amp;V :</translation>
        </message>
        <message>
            <source>A/V Edge FQDN</source>
            <translation>FQDN du service Edge A/V</translation>
        </message>
        <message>
            <source>Not in the certificate: the A/V service does not use its names.</source>
            <translation>Absent du certificat : le service A/V n'utilise pas ses noms.</translation>
        </message>
        <message>
            <source>Sub&amp;ject name (optional):</source>
            <translation>&amp;Nom du sujet (facultatif) :</translation>
        </message>
        <message>
            <source>Subject name</source>
            <translation>Nom du sujet</translation>
        </message>
        <message>
            <source>Only to use the pool's FQDN as the subject; Microsoft recommends the Access Edge FQDN.</source>
            <translation>Uniquement pour utiliser le FQDN du pool comme sujet ; Microsoft recommande le FQDN du service Edge d'accès.</translation>
        </message>
        <message>
            <source>Extra names</source>
            <translation>Noms supplémentaires</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>E&amp;xtra names:</source>
            <translation>Noms supp&amp;lémentaires :</translation>
        </message>
        <message>
            <source>Other names the certificate must carry, separated by commas. Each one costs a SAN entry.</source>
            <translation>Autres noms que le certificat doit contenir, séparés par des virgules. Chacun occupe une entrée SAN.</translation>
        </message>
        <message>
            <source>Extra name</source>
            <translation>Nom supplémentaire</translation>
        </message>
        <message>
            <source>The file cannot be checked</source>
            <translation>Le fichier ne peut pas être vérifié</translation>
        </message>
    </context>
    <context>
        <name>FederationPage</name>
        <message>
            <source>Federation and public IM connectivity</source>
            <translation>Fédération et connectivité PIC (Public IM Connectivity)</translation>
        </message>
        <message>
            <source>Who your users talk to outside your organization.</source>
            <translation>Les interlocuteurs de vos utilisateurs en dehors de votre organisation.</translation>
        </message>
        <message>
            <source>S&amp;IP federation with partner organizations</source>
            <translation>Fédération S&amp;IP avec des organisations partenaires</translation>
        </message>
        <message>
            <source>Uses the Access Edge name: nothing more to add.</source>
            <translation>Utilise le nom du service Edge d'accès : rien d'autre à ajouter.</translation>
        </message>
        <message>
            <source>Public IM connectivity providers</source>
            <translation>Fournisseurs de services de messagerie instantanée publics</translation>
        </message>
        <message>
            <source>&amp;AOL</source>
            <translation>AO&amp;L</translation>
        </message>
        <message>
            <source>S&amp;kype / Windows Live</source>
            <translation>S&amp;kype / Windows Live</translation>
        </message>
        <message>
            <source>&amp;Yahoo!</source>
            <translation>&amp;Yahoo!</translation>
        </message>
        <message>
            <source>No change to the certificate.</source>
            <translation>Aucune modification du certificat.</translation>
        </message>
        <message>
            <source>The service ended on {date}.</source>
            <translation>Le service a pris fin le {date}.</translation>
        </message>
        <message>
            <source>XMPP federation</source>
            <translation>Fédération XMPP</translation>
        </message>
        <message>
            <source>&amp;Enable XMPP federation (port 5269)</source>
            <translation>Activer la fédération &amp;XMPP (port 5269)</translation>
        </message>
        <message>
            <source>XMPP domains</source>
            <translation>Domaines XMPP</translation>
        </message>
        <message>
            <source>XMPP &amp;domains:</source>
            <translation>&amp;Domaines XMPP :</translation>
        </message>
        <message>
            <source>Each XMPP domain is added to the SAN (default: your default SIP domain). Not supported in Skype for Business Server 2019 nor in Subscription Edition.</source>
            <translation>Chaque domaine XMPP est ajouté au SAN (par défaut : votre domaine SIP par défaut). Non pris en charge dans Skype for Business Server 2019 ni dans Subscription Edition.</translation>
        </message>
        <message>
            <source>PIC certificates are like any other Edge certificate, with one exception: AOL requires the Client Authentication enhanced key usage besides Server Authentication, on the certificate of every Edge Server.

AOL and Yahoo! public IM connectivity ended on {date}, and no Microsoft page asks for Client Authentication for any other federation. Public CAs are ending it in TLS certificates ({cutoffs}). A mutual-TLS peer that needs it needs a certificate from a private CA.</source>
            <translation>Les certificats de connectivité PIC sont identiques aux autres certificats de serveur Edge, à une exception près : AOL exige, en plus de l'utilisation améliorée de la clé (EKU) Authentification du serveur, l'EKU Authentification du client, sur le certificat de chaque serveur Edge.

La connectivité PIC avec AOL et Yahoo! a pris fin le {date}, et aucune page de Microsoft ne demande l'EKU Authentification du client pour une autre fédération. Les AC publiques cessent de l'inclure dans les certificats TLS ({cutoffs}). Un homologue TLS mutuel qui en a besoin doit recevoir un certificat d'une AC privée.</translation>
        </message>
        <message>
            <source>Adds Client Authentication to the certificate, which no public CA may issue since {forbidden}: pic-wizard will not write the request. The AOL service ended on {date}: leave AOL off.</source>
            <translation>Ajoute l'EKU Authentification du client au certificat, qu'aucune AC publique ne peut émettre depuis le {forbidden} : pic-wizard n'écrira pas la demande. Le service AOL a pris fin le {date} : laissez AOL désactivé.</translation>
        </message>
        <message>
            <source>Adds Client Authentication to the certificate. The AOL service ended on {date}, and public CAs are ending Client Authentication ({cutoffs}); from {forbidden} no public CA may issue it and pic-wizard will not write the request. Leave AOL off unless you know why you need it.</source>
            <translation>Ajoute l'EKU Authentification du client au certificat. Le service AOL a pris fin le {date}, et les AC publiques cessent d'émettre l'EKU Authentification du client ({cutoffs}) ; à partir du {forbidden}, aucune AC publique ne peut l'émettre et pic-wizard n'écrira pas la demande. Laissez AOL désactivé, sauf si vous savez pourquoi vous en avez besoin.</translation>
        </message>
        <message>
            <source>Adds Client Authentication to the certificate. The AOL service ended on {date}, and public CAs are ending Client Authentication ({cutoffs}).</source>
            <translation>Ajoute l'EKU Authentification du client au certificat. Le service AOL a pris fin le {date}, et les AC publiques cessent d'émettre l'EKU Authentification du client ({cutoffs}).</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>FileFilter</name>
        <message>
            <source>Certificates, requests and PFX (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12 *.req *.csr);;All files (*)</source>
            <translation>Certificats, demandes et PFX (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12 *.req *.csr);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Certificate store exports (*.p7b *.p7c *.sst *.cer *.crt *.pem *.der);;All files (*)</source>
            <translation>Exportations de magasins de certificats (*.p7b *.p7c *.sst *.cer *.crt *.pem *.der);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>pic-wizard profiles (*.json);;All files (*)</source>
            <translation>Profils pic-wizard (*.json);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>What to do:</source>
            <extracomment>``Severity.rank`` (``int``: 0 error, 1 warning, 2 info), whatever the column. The rule's stable ID (``str``, e.g. ``"SAN-WEBCONF-MISSING"``), whatever the column. The ``Finding`` itself, whatever the column.</extracomment>
            <translation>Solution :</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
    </context>
    <context>
        <name>FindingsStrip</name>
        <message>
            <source>Show findings</source>
            <translation>Afficher les constats</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n remarque</numerusform>
                <numerusform>%n remarques</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GeneratePage</name>
        <message>
            <source>Generate the key and the request</source>
            <translation>Générer la clé et la demande</translation>
        </message>
        <message>
            <source>The private key stays with you; the request goes to the CA.</source>
            <translation>La clé privée reste chez vous ; la demande est envoyée à l'AC.</translation>
        </message>
        <message>
            <source>pic-wizard writes &lt;name&gt;.key (the private key, PKCS#8, encrypted with AES-256 under your passphrase, readable by you only), &lt;name&gt;.req (the request to submit to the certification authority) and &lt;name&gt;.json (your answers, with no secret). Nothing is overwritten without asking.</source>
            <translation>pic-wizard écrit &lt;nom&gt;.key (la clé privée, PKCS#8, chiffrée en AES-256 avec votre phrase secrète, lisible par vous seul), &lt;nom&gt;.req (la demande à envoyer à l'autorité de certification) et &lt;nom&gt;.json (vos réponses, sans aucun secret). Aucun fichier n'est remplacé sans confirmation.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>Output fol&amp;der:</source>
            <translation>&amp;Dossier de sortie :</translation>
        </message>
        <message>
            <source>This folder does not exist yet: it is made when you generate, readable by you only.</source>
            <translation>Ce dossier n'existe pas encore : il sera créé lors de la génération, lisible par vous seul.</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nom de fichier</translation>
        </message>
        <message>
            <source>File na&amp;me:</source>
            <translation>&amp;Nom de fichier :</translation>
        </message>
        <message>
            <source>Without extension: .key, .req and .json are added.</source>
            <translation>Sans extension : .key, .req et .json sont ajoutés.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Confirmation de la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>P&amp;hrase secrète :</translation>
        </message>
        <message>
            <source>A&amp;gain:</source>
            <translation>Con&amp;firmation :</translation>
        </message>
        <message>
            <source>Write the key wi&amp;thout a passphrase (not recommended)</source>
            <translation>Écrire la clé sans phrase secrète (dé&amp;conseillé)</translation>
        </message>
        <message>
            <source>Also write the certreq &amp;INF and the PowerShell script (.inf, .ps1)</source>
            <translation>Écrire aussi le fichier &amp;INF certreq et le script PowerShell (.inf, .ps1)</translation>
        </message>
        <message>
            <source>The same request made on the Edge Server itself (certreq or Request-CsCertificate), and the lines that install the finished certificate on every Edge Server.</source>
            <translation>La même demande, faite sur le serveur Edge lui-même (certreq ou Request-CsCertificate), et les lignes qui installent le certificat final sur chaque serveur Edge.</translation>
        </message>
        <message>
            <source>Gene&amp;rate</source>
            <translation>&amp;Générer</translation>
        </message>
        <message>
            <source>Cance&amp;l generation</source>
            <translation>Annu&amp;ler la génération</translation>
        </message>
        <message>
            <source>Generating the key</source>
            <translation>Génération de la clé</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>Ce qui a été écrit</translation>
        </message>
        <message>
            <source>The answers changed after these files were written: they do not hold them. Generate again for the request to match what you chose.</source>
            <translation>Les réponses ont changé après l'écriture de ces fichiers : ils ne les contiennent pas. Générez-les de nouveau pour que la demande corresponde à vos choix.</translation></message>
        <message>
            <source>Choose the folder the files go into.</source>
            <translation>Choisissez le dossier dans lequel écrire les fichiers.</translation>
        </message>
        <message>
            <source>Give a plain file name, such as sip.contoso.com.</source>
            <translation>Indiquez un simple nom de fichier, par exemple sip.contoso.com.</translation>
        </message>
        <message>
            <source>Type a passphrase twice, or choose to write the key without one.</source>
            <translation>Tapez deux fois une phrase secrète, ou choisissez d'écrire la clé sans phrase secrète.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>élevée</translation>
        </message>
        <message>
            <source>Strength: {word} (about {bits} bits)</source>
            <translation>Robustesse : {word} (environ {bits} bits)</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Remplacer les fichiers ?</translation>
        </message>
        <message>
            <source>These files exist already:
{files}

Replace them?</source>
            <translation>Ces fichiers existent déjà :
{files}

Voulez-vous les remplacer ?</translation>
        </message>
        <message>
            <source>Generation cancelled: nothing was written.</source>
            <translation>Génération annulée : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The files cannot be written</source>
            <translation>Impossible d'écrire les fichiers</translation>
        </message>
        <message>
            <source>encrypted with your passphrase</source>
            <translation>chiffrée avec votre phrase secrète</translation>
        </message>
        <message>
            <source>NOT encrypted: keep it safe</source>
            <translation>NON chiffrée : conservez-la en lieu sûr</translation>
        </message>
        <message>
            <source>Written:
  {req}  (the request)
  {key}  (the private key, {protection})
  {json}  (your answers){windows}

Next:
  1. Submit {req_name} to your public certification authority.
  2. When it sends the certificate back, open pic-wizard again and choose "Complete a request" with the certificate and {key_name}: it checks them and makes the PFX for every Edge Server.</source>
            <translation>Fichiers écrits :
  {req}  (la demande)
  {key}  (la clé privée, {protection})
  {json}  (vos réponses){windows}

Étapes suivantes :
  1. Envoyez {req_name} à votre autorité de certification publique.
  2. Quand elle vous renvoie le certificat, rouvrez pic-wizard et choisissez « Finaliser une demande » avec le certificat et {key_name} : pic-wizard les vérifie et crée le PFX pour chaque serveur Edge.</translation>
        </message>
        <message>
            <source>Key generation failed</source>
            <translation>Échec de la génération de la clé</translation>
        </message>
    </context>
    <context>
        <name>ImportTopology</name>
        <message>
            <source>{pool} (Access Edge {access})</source>
            <translation>{pool} (service Edge d'accès {access})</translation>
        </message>
        <message>
            <source>Choose the Edge pool</source>
            <translation>Choisir le pool de serveurs Edge</translation>
        </message>
        <message>
            <source>The topology has several Edge pools. The certificate is for:</source>
            <translation>La topologie comporte plusieurs pools de serveurs Edge. Le certificat est destiné à :</translation>
        </message>
        <message>
            <source>The topology cannot be imported</source>
            <translation>Impossible d'importer la topologie</translation>
        </message>
    </context>
    <context>
        <name>ImportTopologyDialog</name>
        <message>
            <source>Import a topology</source>
            <translation>Importer une topologie</translation>
        </message>
        <message>
            <source>A Topology Builder file (.tbxml, Action &gt; Download Topology):</source>
            <translation>Un fichier du Générateur de topologie (.tbxml, Action &gt; Télécharger la topologie) :</translation>
        </message>
        <message>
            <source>Topology file</source>
            <translation>Fichier de topologie</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Or paste what Get-CsSipDomain and Get-CsService -EdgeServer | Format-List print in the Management Shell:</source>
            <translation>&amp;Ou collez ce qu'affichent Get-CsSipDomain et Get-CsService -EdgeServer | Format-List dans Management Shell :</translation>
        </message>
        <message>
            <source>Management Shell output</source>
            <translation>Sortie de Management Shell</translation>
        </message>
        <message>
            <source>Topology files (*.tbxml *.xml *.txt);;All files (*)</source>
            <translation>Fichiers de topologie (*.tbxml *.xml *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>the pasted text</source>
            <translation>le texte collé</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Tab leaves the box; Ctrl+Enter confirms.</source>
            <translation>Tab quitte la zone de texte ; Ctrl+Entrée valide.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Organization and key</source>
            <translation>Organisation et clé</translation>
        </message>
        <message>
            <source>Who the certificate is for, and the key it is made with.</source>
            <translation>À qui le certificat est destiné, et avec quelle clé il est créé.</translation>
        </message>
        <message>
            <source>Public CAs check the organization fields against your company's records. The key: RSA 2048 is what Lync Server 2013 and every federation partner accept; RSA 3072 is not listed by Lync; EC keys are listed but rarely tested with partners. The private key must be exportable: every Edge Server of a pool imports the same one.</source>
            <translation>Les AC publiques vérifient les champs relatifs à l'organisation par rapport aux informations officielles de votre entreprise. La clé : RSA 2048 est accepté par Lync Server 2013 et par tous les partenaires de fédération ; RSA 3072 ne figure pas dans la liste de Lync ; les clés EC y figurent, mais sont rarement testées avec les partenaires. La clé privée doit être exportable : chaque serveur Edge d'un pool importe la même.</translation>
        </message>
        <message>
            <source>Or&amp;ganization (O):</source>
            <translation>Or&amp;ganisation (O) :</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organizational &amp;unit (OU):</source>
            <translation>&amp;Unité d'organisation (OU) :</translation>
        </message>
        <message>
            <source>Organizational unit</source>
            <translation>Unité d'organisation</translation>
        </message>
        <message>
            <source>&amp;City or locality (L):</source>
            <translation>&amp;Ville ou localité (L) :</translation>
        </message>
        <message>
            <source>City or locality</source>
            <translation>Ville ou localité</translation>
        </message>
        <message>
            <source>S&amp;tate or province (ST):</source>
            <translation>&amp;Département ou province (ST) :</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>Département ou province</translation>
        </message>
        <message>
            <source>As registered: the CA checks them. Write the state in full (Washington, not WA).</source>
            <translation>Tels qu'ils sont enregistrés officiellement : l'AC les vérifie. Écrivez le département ou l'État en toutes lettres (Washington, et non WA).</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Countr&amp;y (C):</source>
            <translation>Pa&amp;ys (C) :</translation>
        </message>
        <message>
            <source>Friendly name</source>
            <translation>Nom convivial</translation>
        </message>
        <message>
            <source>Friend&amp;ly name:</source>
            <translation>&amp;Nom convivial :</translation>
        </message>
        <message>
            <source>How the certificate shows in the Windows certificate store and in Set-CsCertificate.</source>
            <translation>Nom sous lequel le certificat apparaît dans le magasin de certificats Windows et dans Set-CsCertificate.</translation>
        </message>
        <message>
            <source>Key type and size</source>
            <translation>Type et taille de la clé</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>RSA 2048 unless you know why: every partner accepts it.</source>
            <translation>RSA 2048, sauf raison précise : tous les partenaires l'acceptent.</translation>
        </message>
        <message>
            <source>Private key is e&amp;xportable</source>
            <translation>La clé privée est e&amp;xportable</translation>
        </message>
        <message>
            <source>Required: every member of the Edge pool imports the same key.</source>
            <translation>Obligatoire : chaque membre du pool de serveurs Edge importe la même clé.</translation>
        </message>
        <message>
            <source>Microsoft requires it even on a single Edge Server: the key is moved with the certificate, and kept as a backup.</source>
            <translation>Microsoft l'exige même sur un serveur Edge unique : la clé est déplacée avec le certificat et conservée comme sauvegarde.</translation>
        </message>
        <message>
            <source>'{text}' is not a country of the list: type its name or its two-letter code (US, FR), or choose it in the list.</source>
            <translation>« {text} » n'est pas un pays de la liste : tapez son nom ou son code à deux lettres (US, FR), ou choisissez-le dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <source>Paste SIP domains</source>
            <translation>Coller des domaines SIP</translation>
        </message>
        <message>
            <source>One domain per line, or separated by commas or spaces:</source>
            <translation>Un domaine par ligne, ou séparés par des virgules ou des espaces :</translation>
        </message>
        <message>
            <source>SIP domains to add</source>
            <translation>Domaines SIP à ajouter</translation>
        </message>
    </context>
    <context>
        <name>PicWizard</name>
        <message>
            <source>PIC Certificate Wizard</source>
            <translation>Assistant de certificats PIC</translation>
        </message>
        <message>
            <source>&amp;Save profile…</source>
            <translation>&amp;Enregistrer le profil…</translation>
        </message>
        <message>
            <source>&amp;Open profile…</source>
            <translation>&amp;Ouvrir un profil…</translation>
        </message>
        <message>
            <source>The profile cannot be opened</source>
            <translation>Impossible d'ouvrir le profil</translation>
        </message>
        <message>
            <source>The profile cannot be saved</source>
            <translation>Impossible d'enregistrer le profil</translation>
        </message>
        <message>
            <source>pic-wizard profiles (*.json);;All files (*)</source>
            <translation>Profils pic-wizard (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Enregistrer le profil</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Ouvrir un profil</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Each page says why its answers matter; the Microsoft rule behind each finding is in its fix.</source>
            <translation>Chaque page explique pourquoi ses réponses comptent ; la règle Microsoft sur laquelle repose chaque constat est indiquée dans la solution proposée.</translation>
        </message>
    </context>
    <context>
        <name>PlanPicture</name>
        <message>
            <source>Missing from the certificate</source>
            <translation>Absent du certificat</translation>
        </message>
        <message>
            <source>In the certificate, but no service needs it</source>
            <translation>Dans le certificat, mais aucun service n'en a besoin</translation>
        </message>
        <message>
            <source>Services and domains</source>
            <translation>Services et domaines</translation>
        </message>
        <message>
            <source>In the certificate</source>
            <translation>Dans le certificat</translation>
        </message>
        <message>
            <source>Picture of the certificate's names</source>
            <translation>Schéma des noms du certificat</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Your certificate</source>
            <translation>Votre certificat</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Subject alternative names (in order)</source>
            <translation>Autres noms du sujet (SAN), dans l'ordre</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Autres noms du sujet (SAN)</translation>
        </message>
        <message>
            <source>Enhanced key usage: {ekus}</source>
            <translation>Utilisation améliorée de la clé : {ekus}</translation>
        </message>
        <message>
            <source>exportable</source>
            <translation>exportable</translation>
        </message>
        <message>
            <source>NOT exportable</source>
            <translation>NON exportable</translation>
        </message>
        <message>
            <source>Key: {key}, {exportable}</source>
            <translation>Clé : {key}, {exportable}</translation>
        </message>
    </context>
    <context>
        <name>ProbeInputPage</name>
        <message>
            <source>Test a deployed Edge</source>
            <translation>Tester un serveur Edge déployé</translation>
        </message>
        <message>
            <source>Reach the Edge the way federation partners and remote users do: DNS SRV records, a TLS connection, and the certificate it serves.</source>
            <translation>Atteignez le serveur Edge comme le font les partenaires fédérés et les utilisateurs distants : enregistrements SRV DNS, connexion TLS et certificat qu'il présente.</translation>
        </message>
        <message>
            <source>For each SIP domain pic-wizard looks up the _sipfederationtls._tcp and _sip._tls SRV records, the addresses of their targets, and connects to each with TLS as a partner would. The certificate the Edge serves, with the chain exactly as sent, is judged with the same rules as a file on the Check page. A host and port (sip.contoso.com:5061) is probed as given. Run it from a computer outside your network to see what partners see.</source>
            <translation>Pour chaque domaine SIP, pic-wizard recherche les enregistrements SRV _sipfederationtls._tcp et _sip._tls, les adresses de leurs cibles, et se connecte à chacune en TLS comme le ferait un partenaire. Le certificat que présente le serveur Edge, avec la chaîne exactement telle qu'envoyée, est jugé selon les mêmes règles qu'un fichier sur la page Vérifier. Un hôte et un port (sip.contoso.com:5061) sont testés tels quels. Lancez le test depuis un ordinateur hors de votre réseau pour voir ce que voient les partenaires.</translation>
        </message>
        <message>
            <source>SIP domains or hosts</source>
            <translation>Domaines SIP ou hôtes</translation>
        </message>
        <message>
            <source>contoso.com fabrikam.com or sip.contoso.com:5061</source>
            <translation>contoso.com fabrikam.com ou sip.contoso.com:5061</translation>
        </message>
        <message>
            <source>SIP &amp;domains or hosts:</source>
            <translation>Domaines SIP ou &amp;hôtes :</translation>
        </message>
        <message>
            <source>the &amp;answers of this wizard</source>
            <translation>les &amp;réponses de cet assistant</translation>
        </message>
        <message>
            <source>a saved &amp;profile:</source>
            <translation>un profi&amp;l enregistré :</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Parcour&amp;ir…</translation>
        </message>
        <message>
            <source>T&amp;imeout:</source>
            <translation>&amp;Délai d'attente :</translation>
        </message>
        <message>
            <source>Brows&amp;e…</source>
            <translation>Par&amp;courir…</translation>
        </message>
        <message>
            <source>&amp;Trusted roots:</source>
            <translation>Racines de con&amp;fiance :</translation>
        </message>
        <message>
            <source>DNS ser&amp;ver:</source>
            <translation>Serve&amp;ur DNS :</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>only the na&amp;mes probed</source>
            <translation>seulement les &amp;noms testés</translation>
        </message>
        <message>
            <source>the profile the Edge was deployed from</source>
            <translation>le profil à partir duquel le serveur Edge a été déployé</translation>
        </message>
        <message>
            <source>Judge the names against:</source>
            <translation>Juger les noms d'après :</translation>
        </message>
        <message>
            <source>Also test the Access Edge and &amp;Web Conferencing Edge names</source>
            <translation>Tester aussi les noms des services Edge d'accès et de conférence &amp;web</translation>
        </message>
        <message>
            <source>Trusted roots</source>
            <translation>Racines de confiance</translation>
        </message>
        <message>
            <source>optional: your roots instead of the public ones</source>
            <translation>facultatif : vos racines au lieu des racines publiques</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>Serveur DNS</translation>
        </message>
        <message>
            <source>optional: an IP address, such as 192.0.2.53 or 192.0.2.53:5353</source>
            <translation>facultatif : une adresse IP, par exemple 192.0.2.53 ou 192.0.2.53:5353</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Délai d'attente</translation>
        </message>
        <message>
            <source>the longest wait of each lookup and connection</source>
            <translation>l'attente maximale de chaque recherche et de chaque connexion</translation>
        </message>
        <message>
            <source>Nothing is sent but DNS queries and the start of a TLS connection; no certificate or password leaves this computer.</source>
            <translation>Seuls des requêtes DNS et le début d'une connexion TLS sont envoyés ; aucun certificat ni mot de passe ne quitte cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>ProbeResultPage</name>
        <message>
            <source>SRV records: {srv}</source>
            <translation>Enregistrements SRV : {srv}</translation>
        </message>
        <message>
            <source>TLS version: {version}</source>
            <translation>Version TLS : {version}</translation>
        </message>
        <message>
            <source>Cipher: {cipher}</source>
            <translation>Chiffrement : {cipher}</translation>
        </message>
        <message>
            <source>Chain as served, in the order sent:</source>
            <translation>Chaîne telle que présentée, dans l'ordre d'envoi :</translation>
        </message>
        <message>
            <source>issued by {issuer}, expires {date}</source>
            <translation>délivré par {issuer}, expire le {date}</translation>
        </message>
        <message>
            <source>thumbprint {thumbprint}</source>
            <translation>empreinte numérique {thumbprint}</translation>
        </message>
        <message>
            <source>No certificate was served.</source>
            <translation>Aucun certificat n'a été présenté.</translation>
        </message>
        <message>
            <source>Client certificates asked from:</source>
            <translation>Certificats clients demandés auprès de :</translation>
        </message>
        <message>
            <source>A client certificate was asked for, from any CA.</source>
            <translation>Un certificat client a été demandé, de n'importe quelle autorité de certification.</translation>
        </message>
        <message>
            <source>No client certificate was asked for.</source>
            <translation>Aucun certificat client n'a été demandé.</translation>
        </message>
        <message>
            <source>The deployed Edge</source>
            <translation>Le serveur Edge déployé</translation>
        </message>
        <message>
            <source>Each row is an endpoint as partners and remote users reach it (or a DNS name that failed). Select one to see its findings, the chain exactly as the Edge sent it, and the certificate. Errors break federation or remote sign-in.</source>
            <translation>Chaque ligne est un point de terminaison tel que l'atteignent les partenaires et les utilisateurs distants (ou un nom DNS en échec). Sélectionnez-en un pour voir ses constats, la chaîne exactement telle que le serveur Edge l'a envoyée, et le certificat. Les erreurs empêchent la fédération ou la connexion à distance.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Stop the test; the endpoints found so far stay</source>
            <translation>Arrêter le test ; les points de terminaison déjà trouvés restent affichés</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Interrompre</translation>
        </message>
        <message>
            <source>Test &amp;again</source>
            <translation>Tester à &amp;nouveau</translation>
        </message>
        <message>
            <source>Test the same endpoints again, after a change</source>
            <translation>Tester à nouveau les mêmes points de terminaison, après une modification</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Points de terminaison</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Point de terminaison</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Endpoint verdict</source>
            <translation>Verdict du point de terminaison</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Findin&amp;gs</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>Chain as served</source>
            <translation>Chaîne telle que présentée</translation>
        </message>
        <message>
            <source>Chain as ser&amp;ved</source>
            <translation>Chaîne tel&amp;le que présentée</translation>
        </message>
        <message>
            <source>Certification path</source>
            <translation>Chemin d'accès de certification</translation>
        </message>
        <message>
            <source>Certification &amp;path</source>
            <translation>C&amp;hemin d'accès de certification</translation>
        </message>
        <message>
            <source>Certificate details</source>
            <translation>Détails du certificat</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>Pict&amp;ure</source>
            <translation>Ima&amp;ge</translation>
        </message>
        <message>
            <source>Save &amp;report…</source>
            <translation>Enregistrer le &amp;rapport…</translation>
        </message>
        <message>
            <source>What the test found, as a PDF or HTML page, for a change ticket</source>
            <translation>Ce que le test a trouvé, en PDF ou en page HTML, pour une demande de modification</translation>
        </message>
        <message>
            <source>The profile or the trusted roots changed on disk since this test. Test again to judge the Edge with them.</source>
            <translation>Le profil ou les autorités racines de confiance ont changé sur le disque depuis ce test. Testez à nouveau pour juger le serveur Edge avec eux.</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s)</source>
            <translation>
                <numerusform>%n point de terminaison</numerusform>
                <numerusform>%n points de terminaison</numerusform>
            </translation>
        </message>
        <message>
            <source>Testing… {count} so far.</source>
            <translation>Test en cours… {count} jusqu'ici.</translation>
        </message>
        <message>
            <source>pic-wizard could not test this Edge ({what}): this is a bug.</source>
            <translation>pic-wizard n'a pas pu tester ce serveur Edge ({what}) : c'est un bogue.</translation>
        </message>
        <message>
            <source>Stopped before the end: {count} tested.</source>
            <translation>Arrêté avant la fin. Testé jusqu'ici : {count}.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix.</source>
            <translation>
                <numerusform>%n problème à corriger.</numerusform>
                <numerusform>%n problèmes à corriger.</numerusform>
            </translation>
        </message>
        <message>
            <source>No endpoint could be reached, so the Edge was not tested: each row says why.</source>
            <translation>Aucun point de terminaison n'a pu être atteint, le serveur Edge n'a donc pas été testé : chaque ligne dit pourquoi.</translation>
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation>Rien à corriger.</translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Lisez l'avertissement.</numerusform>
                <numerusform>Lisez les %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count}: {verdict}</source>
            <translation>{count} : {verdict}</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>No connection was made: the findings say why.</source>
            <translation>Aucune connexion n'a été établie : les constats disent pourquoi.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix at this endpoint.</source>
            <translation>
                <numerusform>%n problème à corriger sur ce point de terminaison.</numerusform>
                <numerusform>%n problèmes à corriger sur ce point de terminaison.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to fix at this endpoint.</source>
            <translation>Rien à corriger sur ce point de terminaison.</translation>
        </message>
        <message>
            <source>{endpoint}: {verdict}</source>
            <translation>{endpoint} : {verdict}</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
    </context>
    <context>
        <name>ProductPage</name>
        <message>
            <source>Server product and deployment</source>
            <translation>Produit serveur et déploiement</translation>
        </message>
        <message>
            <source>Which server the certificate is for, and on how many Edge Servers.</source>
            <translation>À quel serveur le certificat est destiné, et sur combien de serveurs Edge.</translation>
        </message>
        <message>
            <source>Every member of an Edge pool carries the exact same certificate and private key, so the key must be exportable. XMPP federation does not exist in Skype for Business Server 2019 nor in Subscription Edition.</source>
            <translation>Chaque membre d'un pool de serveurs Edge porte exactement le même certificat et la même clé privée : la clé doit donc être exportable. La fédération XMPP n'existe ni dans Skype for Business Server 2019 ni dans Subscription Edition.</translation>
        </message>
        <message>
            <source>Server product</source>
            <translation>Produit serveur</translation>
        </message>
        <message>
            <source>Server &amp;product:</source>
            <translation>P&amp;roduit serveur :</translation>
        </message>
        <message>
            <source>Decides what the topology can hold (XMPP) and which support dates apply.</source>
            <translation>Détermine ce que la topologie peut contenir (XMPP) et les dates de support applicables.</translation>
        </message>
        <message>
            <source>A single Edge Serv&amp;er</source>
            <translation>Un seul ser&amp;veur Edge</translation>
        </message>
        <message>
            <source>An Edge pool with &amp;DNS load balancing</source>
            <translation>Un pool de serveurs Edge avec équilibrage de charge &amp;DNS</translation>
        </message>
        <message>
            <source>An Edge pool with hard&amp;ware load balancing</source>
            <translation>Un pool de serveurs Edge avec équilibrage de la charge &amp;matérielle</translation>
        </message>
        <message>
            <source>Deployment:</source>
            <translation>Déploiement :</translation>
        </message>
        <message>
            <source>In a pool, every member gets the same certificate and private key.</source>
            <translation>Dans un pool, chaque membre reçoit le même certificat et la même clé privée.</translation>
        </message>
        <message>
            <source>Number of Edge Servers</source>
            <translation>Nombre de serveurs Edge</translation>
        </message>
        <message>
            <source>Number of Edge Ser&amp;vers:</source>
            <translation>&amp;Nombre de serveurs Edge :</translation>
        </message>
        <message>
            <source>{product} runs on Windows Server {oldest} to {newest}. Windows Server 2019 and later can import a PFX encrypted with AES-256; 2016 and older need 3DES.</source>
            <translation>{product} s'exécute sur Windows Server, de {oldest} à {newest}. Windows Server 2019 et versions ultérieures peuvent importer un PFX chiffré en AES-256 ; 2016 et versions antérieures exigent 3DES.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fichier %1</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>ReadBack</name>
        <message>
            <source>Read from {source}:</source>
            <translation>Lu dans {source} :</translation>
        </message>
        <message numerus="yes">
            <source>Edge pool {pool}, %n Edge Server(s)</source>
            <translation>
                <numerusform>Pool de serveurs Edge {pool}, %n serveur Edge</numerusform>
                <numerusform>Pool de serveurs Edge {pool}, %n serveurs Edge</numerusform>
            </translation>
        </message>
        <message>
            <source>Product: {product}</source>
            <translation>Produit : {product}</translation>
        </message>
        <message>
            <source>Access Edge {access}; Web Conferencing Edge {webconf}; A/V Edge {av}</source>
            <translation>Service Edge d'accès {access} ; service Edge de conférence web {webconf} ; service Edge A/V {av}</translation>
        </message>
        <message numerus="yes">
            <source>%n SIP domain(s): {domains}</source>
            <translation>
                <numerusform>%n domaine SIP : {domains}</numerusform>
                <numerusform>%n domaines SIP : {domains}</numerusform>
            </translation>
        </message>
        <message>
            <source>Every answer stays editable: read each page before you generate.</source>
            <translation>Chaque réponse reste modifiable : relisez chaque page avant de générer.</translation>
        </message>
    </context>
    <context>
        <name>Renew</name>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>The password of {file}:</source>
            <translation>Le mot de passe de {file} :</translation>
        </message>
        <message>
            <source>This is not the password of {file} (it is case-sensitive). Type it again:</source>
            <translation>Ce n'est pas le mot de passe de {file} (il respecte la casse). Tapez-le de nouveau :</translation>
        </message>
        <message>
            <source>The certificate being replaced</source>
            <translation>Le certificat à remplacer</translation>
        </message>
        <message>
            <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.pfx *.p12);;All files (*)</source>
            <translation>Certificats (*.cer *.crt *.pem *.der *.p7b *.pfx *.p12);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The certificate cannot be read</source>
            <translation>Impossible de lire le certificat</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <source>The certificate to request, and why each name is in it.</source>
            <translation>Le certificat à demander, et la raison de la présence de chaque nom.</translation>
        </message>
        <message>
            <source>Errors must be fixed before the request is written: a public CA would refuse the request, or the Edge Server would not work with the certificate. Warnings and notes are for you to read.</source>
            <translation>Les erreurs doivent être corrigées avant l'écriture de la demande : une AC publique refuserait la demande, ou le serveur Edge ne fonctionnerait pas avec le certificat. Les avertissements et les remarques sont fournis à titre d'information.</translation>
        </message>
        <message>
            <source>Validity and renewal</source>
            <translation>Validité et renouvellement</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Sujet :</translation>
        </message>
        <message>
            <source>Enhanced key usage:</source>
            <translation>Utilisation améliorée de la clé :</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Clé :</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>Validité :</translation>
        </message>
        <message>
            <source>I ha&amp;ve read these changes</source>
            <translation>J'ai l&amp;u ces changements</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Autres noms du sujet (SAN)</translation>
        </message>
        <message>
            <source>Subject alternative na&amp;mes, in this order:</source>
            <translation>Autres &amp;noms du sujet (SAN), dans cet ordre :</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>Pict&amp;ure</source>
            <translation>Ima&amp;ge</translation>
        </message>
        <message>
            <source>Fin&amp;dings:</source>
            <translation>&amp;Constats :</translation>
        </message>
        <message>
            <source>Show findings</source>
            <translation>Afficher les constats</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Errors and warnings</source>
            <translation>Erreurs et avertissements</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Filter findings</source>
            <translation>Filtrer les constats</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Save &amp;report…</source>
            <translation>Enregistrer le &amp;rapport…</translation>
        </message>
        <message>
            <source>The plan and its findings as a PDF or HTML page, for a change ticket</source>
            <translation>Le plan et ses constats en page PDF ou HTML, pour une demande de modification</translation>
        </message>
        <message>
            <source>exportable</source>
            <translation>exportable</translation>
        </message>
        <message>
            <source>not exportable</source>
            <translation>non exportable</translation>
        </message>
        <message>
            <source>{key}, {exportable}; signed with SHA-256</source>
            <translation>{key}, {exportable} ; signée avec SHA-256</translation>
        </message>
        <message numerus="yes">
            <source>Next is disabled: fix the %n error(s) above first.</source>
            <translation>
                <numerusform>Le bouton Suivant est désactivé : corrigez d'abord l'erreur ci-dessus.</numerusform>
                <numerusform>Le bouton Suivant est désactivé : corrigez d'abord les %n erreurs ci-dessus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes from the current certificate ({file})</source>
            <translation>Changements par rapport au certificat actuel ({file})</translation>
        </message>
        <message>
            <source>None: the same names, usages and key size.</source>
            <translation>Aucun : les mêmes noms, les mêmes utilisations et la même taille de clé.</translation>
        </message>
    </context>
    <context>
        <name>RootsInputPage</name>
        <message>
            <source>Check the Edge's Trusted Root store</source>
            <translation>Vérifier le magasin Autorités de certification racines de confiance du serveur Edge</translation>
        </message>
        <message>
            <source>Open the export of the Edge Server's Trusted Root Certification Authorities store.</source>
            <translation>Ouvrez l'exportation du magasin Autorités de certification racines de confiance du serveur Edge.</translation>
        </message>
        <message>
            <source>A certificate that is not self-signed in the Trusted Root Certification Authorities store breaks mutual TLS on Windows Server 2012 and later: Lync and Skype for Business services fail to start, sign in or federate. pic-wizard reads the export (P7B, serialized store .sst, PEM or DER), lists every certificate and says what to move, remove or import. With the Edge certificate it also checks that the root it chains to is there.</source>
            <translation>Un certificat qui n'est pas auto-signé dans le magasin Autorités de certification racines de confiance casse le TLS mutuel sur Windows Server 2012 et versions ultérieures : les services Lync et Skype Entreprise ne démarrent plus, la connexion ou la fédération échoue. pic-wizard lit l'exportation (P7B, magasin sérialisé .sst, PEM ou DER), liste chaque certificat et indique ce qu'il faut déplacer, supprimer ou importer. Avec le certificat Edge, il vérifie aussi que la racine de sa chaîne s'y trouve.</translation>
        </message>
        <message>
            <source>Store export</source>
            <translation>Exportation du magasin</translation>
        </message>
        <message>
            <source>root.p7b; several files are one store</source>
            <translation>root.p7b ; plusieurs fichiers forment un seul magasin</translation>
        </message>
        <message>
            <source>Store &amp;export:</source>
            <translation>E&amp;xportation du magasin :</translation>
        </message>
        <message>
            <source>Edge certificate</source>
            <translation>Certificat Edge</translation>
        </message>
        <message>
            <source>optional: the Edge certificate, its chain or PFX</source>
            <translation>facultatif : le certificat Edge, sa chaîne ou son PFX</translation>
        </message>
        <message>
            <source>Edge &amp;certificate:</source>
            <translation>&amp;Certificat Edge :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>for a PFX</source>
            <translation>pour un PFX</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>To export the store, run this line in PowerShell on the Edge Server (as an administrator):</source>
            <translation>Pour exporter le magasin, exécutez cette ligne dans PowerShell sur le serveur Edge (en tant qu'administrateur) :</translation>
        </message>
        <message>
            <source>PowerShell command</source>
            <translation>Commande PowerShell</translation>
        </message>
        <message>
            <source>Nothing is changed or written: the check only reads.</source>
            <translation>Rien n'est modifié ni écrit : la vérification ne fait que lire.</translation>
        </message>
        <message>
            <source>pic-wizard could not check this file ({what}): this is a bug.</source>
            <translation>pic-wizard n'a pas pu vérifier ce fichier ({what}) : il s'agit d'un bogue.</translation>
        </message>
    </context>
    <context>
        <name>RootsResultPage</name>
        <message>
            <source>The Trusted Root store</source>
            <translation>Le magasin Autorités de certification racines de confiance</translation>
        </message>
        <message>
            <source>Errors break sign-in or federation: fix them on every Edge Server. Warnings and notes are for you to read. The list shows every certificate of the store, with what pic-wizard found about it.</source>
            <translation>Les erreurs empêchent la connexion ou la fédération : corrigez-les sur chaque serveur Edge. Les avertissements et les remarques sont à lire. La liste montre chaque certificat du magasin, avec ce que pic-wizard en a constaté.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Findin&amp;gs</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>Certificates of the store</source>
            <translation>Certificats du magasin</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Issued to</source>
            <translation>Délivré à</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Délivré par</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Thumbprint</source>
            <translation>Empreinte numérique</translation>
        </message>
        <message>
            <source>&amp;Certificates of the store</source>
            <translation>Certi&amp;ficats du magasin</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix in this store.</source>
            <translation>
                <numerusform>%n problème à corriger dans ce magasin.</numerusform>
                <numerusform>%n problèmes à corriger dans ce magasin.</numerusform>
            </translation>
        </message>
        <message>
            <source>No certificate is misplaced or missing.</source>
            <translation>Aucun certificat n'est mal placé ni manquant.</translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Lisez l'avertissement.</numerusform>
                <numerusform>Lisez les %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>{files} ({count}): {verdict}</source>
            <translation>{files} ({count}) : {verdict}</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificat</numerusform>
                <numerusform>%n certificats</numerusform>
            </translation>
        </message>
        <message>
            <source>The Edge certificate's chain: {chain}</source>
            <translation>Chaîne du certificat Edge : {chain}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>(itself)</source>
            <translation>(lui-même)</translation>
        </message>
    </context>
    <context>
        <name>SanTableModel</name>
        <message>
            <source>; </source>
            <comment>between the reasons of a name</comment>
            <extracomment>The DNS name (``str``), whatever the column. The reasons' texts (``list[str]``), whatever the column.</extracomment>
            <translation> ; </translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>Raison de sa présence</translation>
        </message>
    </context>
    <context>
        <name>SaveReport</name>
        <message>
            <source>PDF document (*.pdf);;Web page (*.html *.htm)</source>
            <translation>Document PDF (*.pdf);;Page web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}.</source>
            <translation>Le rapport n'a pas pu être écrit dans {path} : {reason}.</translation>
        </message>
        <message>
            <source>The report cannot be saved</source>
            <translation>Impossible d'enregistrer le rapport</translation>
        </message>
    </context>
    <context>
        <name>SipDomainsModel</name>
        <message>
            <source>SIP domain</source>
            <extracomment>The first error message of the core's judgement, ``""`` when there is none. ``True`` for the default SIP domain (row 0). Emitted after every change: rows added, removed, moved, or an entry's text edited.</extracomment>
            <translation>Domaine SIP</translation>
        </message>
        <message>
            <source>Default SIP domain</source>
            <translation>Domaine SIP par défaut</translation>
        </message>
        <message>
            <source>Written in the certificate as {name}</source>
            <translation>Écrit dans le certificat sous la forme {name}</translation>
        </message>
        <message>
            <source>empty SIP domain</source>
            <translation>domaine SIP vide</translation>
        </message>
        <message>
            <source>default SIP domain</source>
            <translation>domaine SIP par défaut</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>erreur : {message}</translation>
        </message>
    </context>
    <context>
        <name>StepsPanel</name>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrage</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>SIP domains</source>
            <translation>Domaines SIP</translation>
        </message>
        <message>
            <source>Edge services</source>
            <translation>Services Edge</translation>
        </message>
        <message>
            <source>Federation and PIC</source>
            <translation>Fédération et PIC</translation>
        </message>
        <message>
            <source>Organization and key</source>
            <translation>Organisation et clé</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Génération</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Finalisation</translation>
        </message>
        <message>
            <source>Store export</source>
            <translation>Exportation du magasin</translation>
        </message>
        <message>
            <source>Trusted Root store</source>
            <translation>Magasin racine</translation>
        </message>
        <message>
            <source>Deployed Edge</source>
            <translation>Serveur Edge déployé</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Points de terminaison</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>The external certificate of your Edge Servers carries remote access, federation and public IM connectivity. Get it right the first time.</source>
            <translation>Le certificat externe de vos serveurs Edge prend en charge l'accès à distance, la fédération et la connectivité PIC (Public IM Connectivity). Obtenez-le sans erreur du premier coup.</translation>
        </message>
        <message>
            <source>Request a new certificate: answer a few questions about your Edge topology; pic-wizard writes the private key and the request (.req) for a public certification authority.

Check: open a certificate, a chain, a PFX or a request and see whether it is right for your Edge Servers.

Complete: when the CA answers, put its certificate and your key together in a PFX for Import-CsCertificate on every Edge Server.

Check the Edge's Trusted Root store: open the export of the store and see which certificates are misplaced, doubled, expired or missing.

Test a deployed Edge: look up the SIP domains' SRV records, connect to the Edge as federation partners and remote users do, and judge the certificate it serves.</source>
            <translation>Demander un nouveau certificat : répondez à quelques questions sur votre topologie Edge ; pic-wizard écrit la clé privée et la demande (.req) pour une autorité de certification publique.

Vérifier : ouvrez un certificat, une chaîne, un PFX ou une demande et déterminez si le fichier convient à vos serveurs Edge.

Finaliser : quand l'AC répond, réunissez son certificat et votre clé dans un PFX pour Import-CsCertificate sur chaque serveur Edge.

Vérifier le magasin racine du serveur Edge : ouvrez l'exportation du magasin et voyez quels certificats sont mal placés, en double, expirés ou manquants.

Tester un serveur Edge déployé : recherchez les enregistrements SRV des domaines SIP, connectez-vous au serveur Edge comme le font les partenaires fédérés et les utilisateurs distants, et jugez le certificat qu'il présente.</translation>
        </message>
        <message>
            <source>&amp;Request a new certificate</source>
            <translation>&amp;Demander un nouveau certificat</translation>
        </message>
        <message>
            <source>Plan the names and usages, then write the key and the request.</source>
            <translation>Planifiez les noms et les utilisations, puis écrivez la clé et la demande.</translation>
        </message>
        <message>
            <source>&amp;Check a certificate, request or CA reply</source>
            <translation>&amp;Vérifier un certificat, une demande ou une réponse de l'AC</translation>
        </message>
        <message>
            <source>Before you install it: names, usages, chain, key, dates.</source>
            <translation>Avant de l'installer : noms, utilisations, chaîne, clé, dates.</translation>
        </message>
        <message>
            <source>Co&amp;mplete a request</source>
            <translation>&amp;Finaliser une demande</translation>
        </message>
        <message>
            <source>The CA's certificate and your key become a PFX for every Edge Server.</source>
            <translation>Le certificat de l'AC et votre clé sont réunis dans un PFX pour chaque serveur Edge.</translation>
        </message>
        <message>
            <source>Check the Edge's &amp;Trusted Root store</source>
            <translation>Vérifier le &amp;magasin des racines de confiance du serveur Edge</translation>
        </message>
        <message>
            <source>Misplaced intermediates, copies, expired roots, missing roots.</source>
            <translation>Certificats intermédiaires mal placés, doublons, racines expirées ou manquantes.</translation>
        </message>
        <message>
            <source>Test a &amp;deployed Edge</source>
            <translation>Tester u&amp;n serveur Edge déployé</translation>
        </message>
        <message>
            <source>DNS SRV records, TLS and the certificate the Edge serves, as partners see them.</source>
            <translation>Enregistrements SRV DNS, TLS et certificat présenté par le serveur Edge, tels que les voient les partenaires.</translation>
        </message>
        <message>
            <source>O&amp;pen a saved profile…</source>
            <translation>Ouv&amp;rir un profil enregistré…</translation>
        </message>
        <message>
            <source>&amp;Import a topology…</source>
            <translation>&amp;Importer une topologie…</translation>
        </message>
        <message>
            <source>A Topology Builder file or Management Shell output pre-fills the answers.</source>
            <translation>Un fichier du Générateur de topologie ou la sortie de Management Shell préremplit les réponses.</translation>
        </message>
        <message>
            <source>Renew from the c&amp;urrent certificate…</source>
            <translation>Renouveler à partir du certificat act&amp;uel…</translation>
        </message>
        <message>
            <source>The certificate being replaced pre-fills the answers; the Review page shows what changes. A new key is made in any case.</source>
            <translation>Le certificat à remplacer préremplit les réponses ; la page Récapitulatif montre ce qui change. Une nouvelle clé est créée dans tous les cas.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>pic-wizard speaks the chosen language from its next start.</source>
            <translation>pic-wizard utilise la langue choisie à partir de son prochain démarrage.</translation>
        </message>
        <message>
            <source>The internal Edge interface has its own certificate (from your internal CA, subject the internal Edge FQDN, no SAN needed): it is not planned here.</source>
            <translation>L'interface Edge interne a son propre certificat (émis par votre AC interne, avec le FQDN Edge interne comme sujet, sans SAN nécessaire) : il n'est pas planifié ici.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Not a DNS host name</source>
            <translation>Nom d'hôte DNS non valide</translation>
        </message>
        <message>
            <source>{field} '{name}' is not a valid DNS host name: {reason}.</source>
            <translation>{field} « {name} » : nom d'hôte DNS non valide ({reason}).</translation>
        </message>
        <message>
            <source>Use letters, digits and hyphens only, labels of 1 to 63 characters that do not start or end with a hyphen, 253 characters at most.</source>
            <translation>Utilisez uniquement des lettres, des chiffres et des traits d'union, en étiquettes de 1 à 63 caractères qui ne commencent ni ne se terminent par un trait d'union, et 253 caractères au maximum au total.</translation>
        </message>
        <message>
            <source>IP address instead of a name</source>
            <translation>Adresse IP au lieu d'un nom</translation>
        </message>
        <message>
            <source>{field} '{name}' is an IP address; the Edge certificate needs DNS names.</source>
            <translation>{field} « {name} » : il s'agit d'une adresse IP ; le certificat de serveur Edge nécessite des noms DNS.</translation>
        </message>
        <message>
            <source>Use the public DNS name that resolves to this address.</source>
            <translation>Utilisez le nom DNS public qui correspond à cette adresse.</translation>
        </message>
        <message>
            <source>Single-label name</source>
            <translation>Nom à une seule étiquette</translation>
        </message>
        <message>
            <source>{field} '{name}' has a single label; a public certification authority refuses such names.</source>
            <translation>{field} « {name} » : nom à une seule étiquette ; une autorité de certification publique refuse ce type de nom.</translation>
        </message>
        <message>
            <source>Use the fully qualified public name, for example '{name}.contoso.com'.</source>
            <translation>Utilisez le nom de domaine complet (FQDN) public, par exemple '{name}.contoso.com'.</translation>
        </message>
        <message>
            <source>Internal name</source>
            <translation>Nom interne</translation>
        </message>
        <message>
            <source>{field} '{name}' ends in '.{suffix}', which is not a public top-level domain; public certification authorities may not issue internal names (no such certificate has been valid since {internal_names_end}).</source>
            <translation>{field} « {name} » : se termine par '.{suffix}', qui n'est pas un domaine de premier niveau public ; les autorités de certification publiques ne peuvent pas émettre de certificats pour des noms internes (aucun certificat de ce type n'est valide depuis le {internal_names_end}).</translation>
        </message>
        <message>
            <source>Use a name in a domain you own on the Internet and publish it in public DNS.</source>
            <translation>Utilisez un nom appartenant à un domaine Internet dont vous êtes propriétaire et publiez-le dans le DNS public.</translation>
        </message>
        <message>
            <source>Wildcard name</source>
            <translation>Nom générique</translation>
        </message>
        <message>
            <source>{field} '{name}' is a wildcard; wildcards are not supported on the external Edge interface (only for the reverse proxy's simple URLs).</source>
            <translation>{field} « {name} » : nom générique ; les caractères génériques ne sont pas pris en charge sur l'interface Edge externe (uniquement pour les URL simples du proxy inverse).</translation>
        </message>
        <message>
            <source>Use the exact external FQDN of the Edge service.</source>
            <translation>Utilisez le FQDN externe exact du service Edge.</translation>
        </message>
        <message>
            <source>Internationalised name</source>
            <translation>Nom internationalisé</translation>
        </message>
        <message>
            <source>{field} '{unicode}' is an internationalised name; it is written in the certificate as '{ascii}'.</source>
            <translation>{field} « {unicode} » : nom internationalisé ; il est écrit dans le certificat sous la forme « {ascii} ».</translation>
        </message>
        <message>
            <source>Check that the certification authority accepts internationalised names.</source>
            <translation>Vérifiez que l'autorité de certification accepte les noms internationalisés.</translation>
        </message>
        <message>
            <source>No SIP domain</source>
            <translation>Aucun domaine SIP</translation>
        </message>
        <message>
            <source>No SIP domain is given.</source>
            <translation>Aucun domaine SIP n'est indiqué.</translation>
        </message>
        <message>
            <source>Add at least your default SIP domain (the first one in the list).</source>
            <translation>Ajoutez au moins votre domaine SIP par défaut (le premier de la liste).</translation>
        </message>
        <message>
            <source>Duplicate SIP domain</source>
            <translation>Domaine SIP en double</translation>
        </message>
        <message>
            <source>The SIP domain '{name}' is listed more than once.</source>
            <translation>Le domaine SIP « {name} » figure plusieurs fois dans la liste.</translation>
        </message>
        <message>
            <source>Remove the duplicate entry.</source>
            <translation>Supprimez l'entrée en double.</translation>
        </message>
        <message>
            <source>Subject is not the Access Edge FQDN</source>
            <translation>Le sujet n'est pas le FQDN du service Edge d'accès</translation>
        </message>
        <message>
            <source>The subject name '{name}' is not the Access Edge external FQDN '{expected}'.</source>
            <translation>Le nom du sujet « {name} » n'est pas le FQDN externe du service Edge d'accès « {expected} ».</translation>
        </message>
        <message>
            <source>Microsoft recommends the Access Edge external FQDN as the subject name; use it unless you mean the pool's FQDN.</source>
            <translation>Microsoft recommande le FQDN externe du service Edge d'accès comme nom du sujet ; utilisez-le, sauf si vous voulez utiliser le FQDN du pool.</translation>
        </message>
        <message>
            <source>Subject name missing from the SAN</source>
            <translation>Nom du sujet absent du SAN</translation>
        </message>
        <message>
            <source>The subject name '{name}' is not repeated in the subject alternative names; TLS ignores the subject and uses only the SAN entries.</source>
            <translation>Le nom du sujet « {name} » n'est pas répété dans les autres noms du sujet ; TLS ignore le sujet et n'utilise que les entrées SAN.</translation>
        </message>
        <message>
            <source>Add '{name}' as the first subject alternative name.</source>
            <translation>Ajoutez « {name} » comme premier autre nom du sujet.</translation>
        </message>
        <message>
            <source>Access Edge FQDN missing</source>
            <translation>FQDN du service Edge d'accès manquant</translation>
        </message>
        <message>
            <source>The Access Edge external FQDN '{name}' is not among the subject alternative names.</source>
            <translation>Le FQDN externe du service Edge d'accès « {name} » ne figure pas parmi les autres noms du sujet.</translation>
        </message>
        <message>
            <source>Add '{name}' to the subject alternative names.</source>
            <translation>Ajoutez « {name} » aux autres noms du sujet.</translation>
        </message>
        <message>
            <source>Web Conferencing Edge FQDN missing</source>
            <translation>FQDN du service Edge de conférence web manquant</translation>
        </message>
        <message>
            <source>The Web Conferencing Edge external FQDN '{name}' is not among the subject alternative names.</source>
            <translation>Le FQDN externe du service Edge de conférence web « {name} » ne figure pas parmi les autres noms du sujet.</translation>
        </message>
        <message>
            <source>sip.&lt;domain&gt; missing</source>
            <translation>sip.&lt;domaine&gt; manquant</translation>
        </message>
        <message>
            <source>'{name}' is not among the subject alternative names; clients of the SIP domain '{domain}' sign in and federate through it.</source>
            <translation>« {name} » ne figure pas parmi les autres noms du sujet ; les clients du domaine SIP « {domain} » s'y connectent et l'utilisent pour la fédération.</translation>
        </message>
        <message>
            <source>XMPP domain missing</source>
            <translation>Domaine XMPP manquant</translation>
        </message>
        <message>
            <source>XMPP federation is on but the XMPP domain '{name}' is not among the subject alternative names.</source>
            <translation>La fédération XMPP est activée, mais le domaine XMPP « {name} » ne figure pas parmi les autres noms du sujet.</translation>
        </message>
        <message>
            <source>Add '{name}' to the subject alternative names, or turn XMPP federation off.</source>
            <translation>Ajoutez « {name} » aux autres noms du sujet, ou désactivez la fédération XMPP.</translation>
        </message>
        <message>
            <source>A/V Edge FQDN in the SAN</source>
            <translation>FQDN du service Edge A/V dans le SAN</translation>
        </message>
        <message>
            <source>The A/V Edge external FQDN '{name}' is among the subject alternative names; the A/V service does not use the subject or the SAN.</source>
            <translation>Le FQDN externe du service Edge A/V « {name} » figure parmi les autres noms du sujet ; le service A/V n'utilise ni le sujet ni le SAN.</translation>
        </message>
        <message>
            <source>Leave it out and save a subject alternative name.</source>
            <translation>Retirez-le et économisez ainsi un autre nom du sujet.</translation>
        </message>
        <message>
            <source>Duplicate SAN entry</source>
            <translation>Entrée SAN en double</translation>
        </message>
        <message>
            <source>'{name}' appears {count} times among the subject alternative names.</source>
            <translation>« {name} » apparaît {count} fois parmi les autres noms du sujet.</translation>
        </message>
        <message>
            <source>Keep one entry.</source>
            <translation>Conservez une seule entrée.</translation>
        </message>
        <message>
            <source>Unexplained SAN entry</source>
            <translation>Entrée SAN inexpliquée</translation>
        </message>
        <message>
            <source>'{name}' is a subject alternative name the topology does not explain (a leftover from an older certificate?).</source>
            <translation>« {name} » est un autre nom du sujet que la topologie n'explique pas (un reste d'un ancien certificat ?).</translation>
        </message>
        <message>
            <source>Remove it, or add it to the profile's extra names if you need it.</source>
            <translation>Supprimez-le, ou ajoutez-le aux noms supplémentaires du profil si vous en avez besoin.</translation>
        </message>
        <message>
            <source>SAN order differs</source>
            <translation>Ordre des SAN différent</translation>
        </message>
        <message>
            <source>The subject alternative names are not in the recommended order ({expected}); Lync and Skype for Business do not depend on the order.</source>
            <translation>Les autres noms du sujet ne sont pas dans l'ordre recommandé ({expected}) ; Lync et Skype for Business ne tiennent pas compte de l'ordre.</translation>
        </message>
        <message>
            <source>Nothing to do; pic-wizard writes its requests in the recommended order.</source>
            <translation>Aucune action requise ; pic-wizard écrit ses demandes dans l'ordre recommandé.</translation>
        </message>
        <message>
            <source>Too many SAN entries</source>
            <translation>Trop d'entrées SAN</translation>
        </message>
        <message>
            <source>{count} subject alternative names; the chosen certificate product allows {limit}.</source>
            <translation>{count} autres noms du sujet ; le produit de certificat choisi en autorise {limit}.</translation>
        </message>
        <message>
            <source>Choose a certificate product with more SAN entries, or remove names.</source>
            <translation>Choisissez un produit de certificat qui autorise davantage d'entrées SAN, ou supprimez des noms.</translation>
        </message>
        <message>
            <source>XMPP with a server product without XMPP</source>
            <translation>XMPP avec un produit serveur sans XMPP</translation>
        </message>
        <message>
            <source>XMPP federation is not supported in {product}.</source>
            <translation>La fédération XMPP n'est pas prise en charge dans {product}.</translation>
        </message>
        <message>
            <source>Turn XMPP federation off, or choose the right server product.</source>
            <translation>Désactivez la fédération XMPP, ou choisissez le bon produit serveur.</translation>
        </message>
        <message>
            <source>No Server Authentication</source>
            <translation>Authentification du serveur absente</translation>
        </message>
        <message>
            <source>The {what} does not have the Server Authentication enhanced key usage.</source>
            <translation>L'élément vérifié ({what}) ne comporte pas l'utilisation améliorée de la clé Authentification du serveur.</translation>
        </message>
        <message>
            <source>Request the certificate with Server Authentication (1.3.6.1.5.5.7.3.1).</source>
            <translation>Demandez le certificat avec l'EKU Authentification du serveur (1.3.6.1.5.5.7.3.1).</translation>
        </message>
        <message>
            <source>No Client Authentication for AOL</source>
            <translation>Authentification du client absente pour AOL</translation>
        </message>
        <message>
            <source>AOL public IM connectivity is selected but the {what} does not have the Client Authentication enhanced key usage.</source>
            <translation>La connectivité PIC avec AOL est sélectionnée, mais l'élément vérifié ({what}) ne comporte pas l'utilisation améliorée de la clé Authentification du client.</translation>
        </message>
        <message>
            <source>Request Client Authentication (1.3.6.1.5.5.7.3.2) as well as Server Authentication, or turn AOL off.</source>
            <translation>Demandez l'EKU Authentification du client (1.3.6.1.5.5.7.3.2) en plus de l'EKU Authentification du serveur, ou désactivez AOL.</translation>
        </message>
        <message>
            <source>Client Authentication from a public CA</source>
            <translation>Authentification du client par une AC publique</translation>
        </message>
        <message>
            <source>Client Authentication is requested, but {problem}.</source>
            <translation>L'EKU Authentification du client est demandée, mais {problem}.</translation>
        </message>
        <message>
            <source>Turn AOL off (its service has ended): the request then asks for Server Authentication only. For a mutual-TLS peer that requires Client Authentication, use a private CA.</source>
            <translation>Désactivez AOL (service terminé) : la demande ne portera que sur l'EKU Authentification du serveur. Pour un homologue TLS mutuel qui l'exige, utilisez une AC privée.</translation>
        </message>
        <message>
            <source>Client Authentication dropped by the CA</source>
            <translation>Authentification du client supprimée par l'AC</translation>
        </message>
        <message>
            <source>The request asked for Client Authentication but the issued certificate does not have it.</source>
            <translation>La demande incluait l'utilisation améliorée de la clé Authentification du client, mais le certificat émis ne la comporte pas.</translation>
        </message>
        <message>
            <source>Ask the certification authority to reissue with Client Authentication; if it no longer can, AOL connectivity will not work with this certificate.</source>
            <translation>Demandez à l'autorité de certification de réémettre le certificat avec l'EKU Authentification du client ; si elle ne le peut plus, la connectivité avec AOL ne fonctionnera pas avec ce certificat.</translation>
        </message>
        <message>
            <source>Key usage incomplete</source>
            <translation>Utilisation de la clé incomplète</translation>
        </message>
        <message>
            <source>The RSA key's key usage lacks {missing}.</source>
            <translation>Pour la clé RSA, l'utilisation de la clé ne comporte pas {missing}.</translation>
        </message>
        <message>
            <source>Request Digital Signature and Key Encipherment key usage.</source>
            <translation>Demandez les utilisations de la clé Signature numérique et Chiffrement de clé.</translation>
        </message>
        <message>
            <source>RSA key too small</source>
            <translation>Clé RSA trop courte</translation>
        </message>
        <message>
            <source>The RSA key has {bits} bits; below 2048 bits is refused by public CAs and unsafe.</source>
            <translation>La clé RSA fait {bits} bits ; en dessous de 2 048 bits, elle est refusée par les AC publiques et n'est pas sûre.</translation>
        </message>
        <message>
            <source>Use a 2048-bit RSA key.</source>
            <translation>Utilisez une clé RSA de 2 048 bits.</translation>
        </message>
        <message>
            <source>RSA key size not listed by Lync</source>
            <translation>Taille de clé RSA non répertoriée par Lync</translation>
        </message>
        <message>
            <source>The RSA key has {bits} bits; Lync lists 1024, 2048 and 4096.</source>
            <translation>La clé RSA fait {bits} bits ; Lync répertorie 1 024, 2 048 et 4 096 bits.</translation>
        </message>
        <message>
            <source>Use 2048 bits (the common case) or 4096.</source>
            <translation>Utilisez 2 048 bits (le cas courant) ou 4 096 bits.</translation>
        </message>
        <message>
            <source>Elliptic-curve key</source>
            <translation>Clé à courbe elliptique</translation>
        </message>
        <message>
            <source>The key is elliptic-curve ({curve}); Lync lists it as supported, but many federation partners have never been tested with it.</source>
            <translation>La clé est à courbe elliptique ({curve}) ; Lync la répertorie comme prise en charge, mais de nombreux partenaires de fédération ne l'ont jamais testée.</translation>
        </message>
        <message>
            <source>Use RSA 2048 unless you know every partner accepts EC.</source>
            <translation>Utilisez RSA 2048, sauf si vous savez que tous les partenaires acceptent les clés EC.</translation>
        </message>
        <message>
            <source>Private key not exportable</source>
            <translation>Clé privée non exportable</translation>
        </message>
        <message>
            <source>The private key is not exportable; {why}</source>
            <translation>La clé privée n'est pas exportable ; {why}</translation>
        </message>
        <message>
            <source>Make the private key exportable.</source>
            <translation>Marquez la clé privée comme exportable.</translation>
        </message>
        <message>
            <source>Key does not match</source>
            <translation>La clé ne correspond pas</translation>
        </message>
        <message>
            <source>The public key of the {what} does not match the {other}.</source>
            <translation>La clé publique de l'élément vérifié ({what}) ne correspond pas à celle de l'élément comparé ({other}).</translation>
        </message>
        <message>
            <source>Use the private key (or request) that this certificate was issued for.</source>
            <translation>Utilisez la clé privée (ou la demande) pour laquelle ce certificat a été émis.</translation>
        </message>
        <message>
            <source>RSASSA-PSS signature</source>
            <translation>Signature RSASSA-PSS</translation>
        </message>
        <message>
            <source>The {what} is signed with RSASSA-PSS, which Lync does not support.</source>
            <translation>L'élément vérifié ({what}) est signé avec RSASSA-PSS, que Lync ne prend pas en charge.</translation>
        </message>
        <message>
            <source>Ask for a certificate signed with SHA-256 and PKCS#1 v1.5.</source>
            <translation>Demandez un certificat signé avec SHA-256 et PKCS#1 v1.5.</translation>
        </message>
        <message>
            <source>SHA-1 signature</source>
            <translation>Signature SHA-1</translation>
        </message>
        <message>
            <source>The {what} is signed with SHA-1.</source>
            <translation>L'élément vérifié ({what}) est signé avec SHA-1.</translation>
        </message>
        <message>
            <source>Use SHA-256.</source>
            <translation>Utilisez SHA-256.</translation>
        </message>
        <message>
            <source>Broken signature algorithm</source>
            <translation>Algorithme de signature compromis</translation>
        </message>
        <message>
            <source>The {what} is signed with {algorithm}, which is broken.</source>
            <translation>L'élément vérifié ({what}) est signé avec {algorithm}, un algorithme compromis.</translation>
        </message>
        <message>
            <source>Certificate expired</source>
            <translation>Certificat expiré</translation>
        </message>
        <message>
            <source>The certificate expired on {not_after}.</source>
            <translation>Le certificat a expiré le {not_after}.</translation>
        </message>
        <message>
            <source>Renew the certificate.</source>
            <translation>Renouvelez le certificat.</translation>
        </message>
        <message>
            <source>Certificate not yet valid</source>
            <translation>Certificat pas encore valide</translation>
        </message>
        <message>
            <source>The certificate is not valid before {not_before}.</source>
            <translation>Le certificat n'est pas valide avant le {not_before}.</translation>
        </message>
        <message>
            <source>Wait until then, or check the server's clock.</source>
            <translation>Attendez cette date, ou vérifiez l'horloge du serveur.</translation>
        </message>
        <message>
            <source>Certificate expiring soon</source>
            <translation>Expiration prochaine du certificat</translation>
        </message>
        <message>
            <source>The certificate expires on {not_after}, in {days} days.</source>
            <translation>Le certificat expire le {not_after}, dans {days} jours.</translation>
        </message>
        <message>
            <source>Renew it now: a public certificate takes days to reissue.</source>
            <translation>Renouvelez-le dès maintenant : la réémission d'un certificat public prend plusieurs jours.</translation>
        </message>
        <message>
            <source>No CRL distribution point</source>
            <translation>Aucun point de distribution CRL</translation>
        </message>
        <message>
            <source>The certificate has no CRL distribution point; Lync requires one on every server certificate.</source>
            <translation>Le certificat ne comporte aucun point de distribution CRL ; Lync en exige un sur chaque certificat de serveur.</translation>
        </message>
        <message>
            <source>Get a certificate from a CA that publishes a CRL distribution point.</source>
            <translation>Obtenez un certificat auprès d'une AC qui publie un point de distribution CRL.</translation>
        </message>
        <message>
            <source>Self-signed certificate</source>
            <translation>Certificat auto-signé</translation>
        </message>
        <message>
            <source>The certificate is self-signed; federation partners and remote clients will not trust it.</source>
            <translation>Le certificat est auto-signé ; les partenaires de fédération et les clients distants ne lui feront pas confiance.</translation>
        </message>
        <message>
            <source>Submit the request to a public certification authority.</source>
            <translation>Envoyez la demande à une autorité de certification publique.</translation>
        </message>
        <message>
            <source>CA certificate as a server certificate</source>
            <translation>Certificat d'AC utilisé comme certificat de serveur</translation>
        </message>
        <message>
            <source>The certificate is a CA certificate (basic constraints CA=true), not a server certificate.</source>
            <translation>Le certificat est un certificat d'AC (contraintes de base CA=true), et non un certificat de serveur.</translation>
        </message>
        <message>
            <source>Use the server certificate the CA issued for your request, not its CA certificate.</source>
            <translation>Utilisez le certificat de serveur que l'AC a émis pour votre demande, et non son certificat d'AC.</translation>
        </message>
        <message>
            <source>Validity longer than public CAs may issue</source>
            <translation>Validité plus longue que ce qu'une AC publique peut émettre</translation>
        </message>
        <message>
            <source>The certificate is valid for {days} days; public CAs could issue at most {max_days} days on {not_before}. It may not come from a public CA.</source>
            <translation>Le certificat est valide pendant {days} jours ; à la date du {not_before}, les AC publiques pouvaient émettre des certificats de {max_days} jours au maximum. Il ne provient peut-être pas d'une AC publique.</translation>
        </message>
        <message>
            <source>Check that the certificate comes from a public certification authority.</source>
            <translation>Vérifiez que le certificat provient d'une autorité de certification publique.</translation>
        </message>
        <message>
            <source>Intermediate certificate missing</source>
            <translation>Certificat intermédiaire manquant</translation>
        </message>
        <message>
            <source>The chain is incomplete: the certificate of '{issuer}' (key identifier {key_id}) is missing.</source>
            <translation>La chaîne est incomplète : le certificat de « {issuer} » (identificateur de clé {key_id}) est manquant.</translation>
        </message>
        <message>
            <source>Get it from your CA{download}. {advice}</source>
            <translation>Procurez-le auprès de votre AC{download}. {advice}</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>Non approuvé</translation>
        </message>
        <message>
            <source>No path to a trusted root: {reason}.</source>
            <translation>Aucun chemin vers une racine de confiance : {reason}.</translation>
        </message>
        <message>
            <source>Use a certificate from a public certification authority: federation partners and remote clients trust public roots only. To test with a private CA, give its root as the trusted roots.</source>
            <translation>Utilisez un certificat émis par une autorité de certification publique : les partenaires de fédération et les clients distants n'approuvent que les racines publiques. Pour un test avec une AC privée, fournissez sa racine comme racines de confiance.</translation>
        </message>
        <message>
            <source>Chain out of order</source>
            <translation>Chaîne dans le désordre</translation>
        </message>
        <message>
            <source>{certificates} are not in chain order (server certificate first, then each issuer).</source>
            <translation>{certificates} ne sont pas dans l'ordre de la chaîne (certificat de serveur d'abord, puis chaque émetteur).</translation>
        </message>
        <message>
            <source>{order_fix}</source>
            <translation>{order_fix}</translation>
        </message>
        <message>
            <source>AOL public IM connectivity has ended</source>
            <translation>La connectivité PIC avec AOL a pris fin</translation>
        </message>
        <message>
            <source>AOL is selected, but the AOL public IM connectivity service ended on {date}.</source>
            <translation>AOL est sélectionné, mais le service de connectivité PIC d'AOL a pris fin le {date}.</translation>
        </message>
        <message>
            <source>Turn AOL off unless you have a specific reason.</source>
            <translation>Désactivez AOL, sauf raison particulière.</translation>
        </message>
        <message>
            <source>Yahoo! public IM connectivity has ended</source>
            <translation>La connectivité PIC avec Yahoo! a pris fin</translation>
        </message>
        <message>
            <source>Yahoo! is selected, but the Yahoo! public IM connectivity service ended on {date}.</source>
            <translation>Yahoo! est sélectionné, mais le service de connectivité PIC de Yahoo! a pris fin le {date}.</translation>
        </message>
        <message>
            <source>Turn Yahoo! off.</source>
            <translation>Yahoo! doit être désactivé.</translation>
        </message>
        <message>
            <source>Product past extended support</source>
            <translation>Fin du support étendu du produit</translation>
        </message>
        <message>
            <source>{product} is past the end of its extended support ({date}).</source>
            <translation>Le support étendu de {product} a pris fin ({date}).</translation>
        </message>
        <message>
            <source>Plan the move to a supported product.</source>
            <translation>Planifiez la migration vers un produit pris en charge.</translation>
        </message>
        <message>
            <source>Same certificate on every pool member</source>
            <translation>Même certificat sur chaque membre du pool</translation>
        </message>
        <message>
            <source>This is an Edge pool of {servers} servers: install this same certificate and private key on every member.</source>
            <translation>Il s'agit d'un pool de serveurs Edge de {servers} serveurs : installez ce même certificat et cette même clé privée sur chaque membre.</translation>
        </message>
        <message>
            <source>Export the certificate with its private key (PFX) and import it on each Edge Server.</source>
            <translation>Exportez le certificat avec sa clé privée (PFX) et importez-le sur chaque serveur Edge.</translation>
        </message>
        <message>
            <source>Name dropped by the CA</source>
            <translation>Nom supprimé par l'AC</translation>
        </message>
        <message>
            <source>The request asked for '{name}' but the issued certificate does not carry it.</source>
            <translation>La demande incluait « {name} », mais le certificat émis ne le comporte pas.</translation>
        </message>
        <message>
            <source>Ask the certification authority to reissue with every requested name.</source>
            <translation>Demandez à l'autorité de certification de réémettre le certificat avec tous les noms demandés.</translation>
        </message>
        <message>
            <source>Name added by the CA</source>
            <translation>Nom ajouté par l'AC</translation>
        </message>
        <message>
            <source>The certification authority added '{name}', which the request did not ask for.</source>
            <translation>L'autorité de certification a ajouté « {name} », que la demande n'incluait pas.</translation>
        </message>
        <message>
            <source>Nothing to do, unless the name is not yours.</source>
            <translation>Aucune action requise, sauf si ce nom ne vous appartient pas.</translation>
        </message>
        <message>
            <source>Subject changed by the CA</source>
            <translation>Sujet modifié par l'AC</translation>
        </message>
        <message>
            <source>The request's subject name was '{requested}'; the certificate's is '{name}'.</source>
            <translation>Le nom du sujet de la demande était « {requested} » ; celui du certificat est « {name} ».</translation>
        </message>
        <message>
            <source>Check that this is the certificate issued for your request.</source>
            <translation>Vérifiez qu'il s'agit bien du certificat émis pour votre demande.</translation>
        </message>
        <message>
            <source>Subject name too long</source>
            <translation>Nom du sujet trop long</translation>
        </message>
        <message>
            <source>The subject name '{name}' has {length} characters; a certificate's common name holds at most 64 (RFC 5280), so no CA can issue it.</source>
            <translation>Le nom du sujet « {name} » compte {length} caractères ; le nom commun d'un certificat en contient au maximum 64 (RFC 5280) : aucune AC ne peut donc l'émettre.</translation>
        </message>
        <message>
            <source>Use a shorter Access Edge FQDN, or give a shorter pool FQDN as the subject name.</source>
            <translation>Utilisez un FQDN du service Edge d'accès plus court, ou indiquez un FQDN de pool plus court comme nom du sujet.</translation>
        </message>
        <message>
            <source>PFX without its private key</source>
            <translation>PFX sans sa clé privée</translation>
        </message>
        <message>
            <source>The PFX file holds no private key; Import-CsCertificate on an Edge Server needs the certificate with its key.</source>
            <translation>Le fichier PFX ne contient aucune clé privée ; Import-CsCertificate sur un serveur Edge nécessite le certificat avec sa clé.</translation>
        </message>
        <message>
            <source>Export the certificate again with its private key ('Yes, export the private key'), or complete it with the key made with the request.</source>
            <translation>Exportez de nouveau le certificat avec sa clé privée (« Oui, exporter la clé privée »), ou finalisez-le avec la clé créée avec la demande.</translation>
        </message>
        <message>
            <source>Request signature invalid</source>
            <translation>Signature de la demande non valide</translation>
        </message>
        <message>
            <source>The request's signature does not verify: the file is damaged or was altered.</source>
            <translation>La signature de la demande ne peut pas être vérifiée : le fichier est endommagé ou a été modifié.</translation>
        </message>
        <message>
            <source>Generate the request again.</source>
            <translation>Générez de nouveau la demande.</translation>
        </message>
        <message>
            <source>Not a root certificate in the Trusted Root store</source>
            <translation>Certificat non racine dans le magasin racine</translation>
        </message>
        <message>
            <source>'{name}' is in the Trusted Root Certification Authorities store but is not self-signed ({signer}). Windows Server 2012 and later then refuse the certificates of servers and partners that connect with mutual TLS: Lync and Skype for Business services fail to start, sign in or federate (Microsoft KB 2795828).</source>
            <translation>« {name} » se trouve dans le magasin Autorités de certification racines de confiance mais n'est pas auto-signé ({signer}). Windows Server 2012 et versions ultérieures refusent alors les certificats des serveurs et des partenaires qui se connectent en TLS mutuel : les services Lync et Skype Entreprise ne démarrent plus, la connexion ou la fédération échoue (article de la Base de connaissances Microsoft 2795828).</translation>
        </message>
        <message>
            <source>On every Edge Server, move it to the {store} store of the local computer (certlm.msc), then restart the Skype for Business services.</source>
            <translation>Sur chaque serveur Edge, déplacez-le dans le magasin {store} de l'ordinateur local (certlm.msc), puis redémarrez les services Skype Entreprise.</translation>
        </message>
        <message>
            <source>Certificate twice in the Trusted Root store</source>
            <translation>Certificat en double dans le magasin racine</translation>
        </message>
        <message>
            <source>'{name}' is {count} times in the store (thumbprint {thumbprint}).</source>
            <translation>« {name} » figure {count} fois dans le magasin (empreinte numérique {thumbprint}).</translation>
        </message>
        <message>
            <source>Keep one copy: delete the others in the Certificates console of the local computer (certlm.msc). A copy that Group Policy distributes comes back until the policy changes.</source>
            <translation>Gardez un seul exemplaire : supprimez les autres dans la console Certificats de l'ordinateur local (certlm.msc). Un exemplaire distribué par une stratégie de groupe revient tant que la stratégie ne change pas.</translation>
        </message>
        <message>
            <source>Expired certificate in the Trusted Root store</source>
            <translation>Certificat expiré dans le magasin racine</translation>
        </message>
        <message>
            <source>'{name}' expired on {not_after}. {why}.</source>
            <translation>« {name} » a expiré le {not_after}. {why}.</translation>
        </message>
        <message>
            <source>{advice}</source>
            <translation>{advice}</translation>
        </message>
        <message>
            <source>Root certificate missing from the Trusted Root store</source>
            <translation>Certificat racine absent du magasin racine</translation>
        </message>
        <message>
            <source>The root '{name}' is not in the Trusted Root Certification Authorities store: {why}.</source>
            <translation>La racine « {name} » n'est pas dans le magasin Autorités de certification racines de confiance : {why}.</translation>
        </message>
        <message>
            <source>No usage asked for: the CA decides</source>
            <translation>Aucune utilisation demandée : l'AC décide</translation>
        </message>
        <message>
            <source>The {what} asks for no enhanced key usage: the certification authority's product decides which usages the certificate gets.</source>
            <translation>L'élément vérifié ({what}) ne demande aucune utilisation améliorée de la clé : le produit de l'autorité de certification décide des utilisations que recevra le certificat.</translation>
        </message>
        <message>
            <source>Check the issued certificate: it needs Server Authentication (1.3.6.1.5.5.7.3.1), and pic-wizard checks it.</source>
            <translation>Vérifiez le certificat émis : il doit comporter l'EKU Authentification du serveur (1.3.6.1.5.5.7.3.1), et pic-wizard le vérifie.</translation>
        </message>
        <message>
            <source>SRV record missing</source>
            <translation>Enregistrement SRV manquant</translation>
        </message>
        <message>
            <source>There is no SRV record '{name}': {reason}. {why}</source>
            <translation>Il n'existe pas d'enregistrement SRV « {name} » : {reason}. {why}</translation>
        </message>
        <message>
            <source>In the external DNS zone of {domain}, create the SRV record '{name}' with port {port} and the Access Edge external FQDN ({target}) as its target.</source>
            <translation>Dans la zone DNS externe de {domain}, créez l'enregistrement SRV « {name} » avec le port {port} et, pour cible, le FQDN externe du service Edge d'accès ({target}).</translation>
        </message>
        <message>
            <source>SRV target not in the certificate</source>
            <translation>Cible SRV absente du certificat</translation>
        </message>
        <message>
            <source>The SRV record '{srv}' leads to '{name}', which the certificate served there does not carry ({names}); federation partners and remote clients connect to the SRV target and require its name in the certificate.</source>
            <translation>L'enregistrement SRV « {srv} » mène à « {name} », que le certificat présenté à cette adresse ne porte pas ({names}) ; les partenaires fédérés et les clients distants se connectent à la cible SRV et exigent son nom dans le certificat.</translation>
        </message>
        <message>
            <source>Point the SRV record to the Access Edge external FQDN the certificate carries, or get a certificate with '{name}' among its subject alternative names.</source>
            <translation>Faites pointer l'enregistrement SRV vers le FQDN externe du service Edge d'accès que porte le certificat, ou obtenez un certificat qui compte « {name} » parmi ses autres noms du sujet.</translation>
        </message>
        <message>
            <source>No address</source>
            <translation>Aucune adresse</translation>
        </message>
        <message>
            <source>'{name}' has no A or AAAA record: {reason}. Nobody can connect to it.</source>
            <translation>« {name} » n'a pas d'enregistrement A ni AAAA : {reason}. Personne ne peut s'y connecter.</translation>
        </message>
        <message>
            <source>In the external DNS zone, create the A record (and the AAAA record for IPv6) of '{name}' with the public address of the Edge's external interface.</source>
            <translation>Dans la zone DNS externe, créez l'enregistrement A (et l'enregistrement AAAA pour IPv6) de « {name} » avec l'adresse publique de l'interface externe du serveur Edge.</translation>
        </message>
        <message>
            <source>DNS lookup failed</source>
            <translation>Échec de la recherche DNS</translation>
        </message>
        <message>
            <source>The DNS server gave no answer for '{name}': {reason}. Whether the record exists is not known, and nothing behind it was tested.</source>
            <translation>Le serveur DNS n'a donné aucune réponse pour « {name} » : {reason}. On ne sait pas si l'enregistrement existe, et rien derrière lui n'a été testé.</translation>
        </message>
        <message>
            <source>Check that the DNS server asked (the one given to pic-wizard, else this computer's) is reachable and answers, and that the name servers of your external DNS zone answer from the Internet; then test again.</source>
            <translation>Vérifiez que le serveur DNS interrogé (celui donné à pic-wizard, sinon celui de cet ordinateur) est joignable et répond, et que les serveurs de noms de votre zone DNS externe répondent depuis Internet ; puis testez à nouveau.</translation>
        </message>
        <message>
            <source>Cannot connect</source>
            <translation>Connexion impossible</translation>
        </message>
        <message>
            <source>No TLS session with '{name}' at {address} port {port}: {reason}.</source>
            <translation>Aucune session TLS avec « {name} » à l'adresse {address}, port {port} : {reason}.</translation>
        </message>
        <message>
            <source>Check that the Edge's external interface listens on TCP {port}, that the firewalls let TCP {port} through from the Internet to it, and that the Edge services are started (Get-CsWindowsService on the Edge Server).</source>
            <translation>Vérifiez que l'interface externe du serveur Edge écoute sur le port TCP {port}, que les pare-feu laissent passer le port TCP {port} depuis Internet jusqu'à elle et que les services Edge sont démarrés (Get-CsWindowsService sur le serveur Edge).</translation>
        </message>
        <message>
            <source>Intermediate certificate not served</source>
            <translation>Certificat intermédiaire non présenté</translation>
        </message>
        <message>
            <source>The Edge does not send the certificate of '{issuer}' (key identifier {key_id}) with its own: federation partners and clients that do not hold it cannot build the chain to a trusted root.</source>
            <translation>Le serveur Edge n'envoie pas le certificat de « {issuer} » (identificateur de clé {key_id}) avec le sien : les partenaires fédérés et les clients qui ne l'ont pas ne peuvent pas construire la chaîne jusqu'à une racine de confiance.</translation>
        </message>
        <message>
            <source>Get it from your CA{download}. On every Edge Server, import it into the Intermediate Certification Authorities store of the local computer (certlm.msc, or Import-Certificate -FilePath issuing.cer -CertStoreLocation Cert:\LocalMachine\CA), then restart the Edge services (Stop-CsWindowsService, then Start-CsWindowsService).</source>
            <translation>Procurez-le auprès de votre AC{download}. Sur chaque serveur Edge, importez-le dans le magasin Autorités de certification intermédiaires de l'ordinateur local (certlm.msc, ou Import-Certificate -FilePath issuing.cer -CertStoreLocation Cert:\LocalMachine\CA), puis redémarrez les services Edge (Stop-CsWindowsService, puis Start-CsWindowsService).</translation>
        </message>
        <message>
            <source>Old TLS version</source>
            <translation>Version de TLS ancienne</translation>
        </message>
        <message>
            <source>The Edge speaks {version} at most; TLS 1.0 and 1.1 are deprecated (RFC 8996), and Microsoft 365 and up-to-date federation partners refuse them.</source>
            <translation>Le serveur Edge parle au plus {version} ; TLS 1.0 et 1.1 sont dépréciés (RFC 8996), et Microsoft 365 et les partenaires fédérés à jour les refusent.</translation>
        </message>
        <message>
            <source>Enable TLS 1.2 on every Edge Server: install the product's latest cumulative update and the Windows updates Microsoft lists for TLS 1.2, then turn TLS 1.0 and 1.1 off.</source>
            <translation>Activez TLS 1.2 sur chaque serveur Edge : installez la dernière mise à jour cumulative du produit et les mises à jour Windows que Microsoft indique pour TLS 1.2, puis désactivez TLS 1.0 et 1.1.</translation>
        </message>
        <message>
            <source>Served certificate is not the planned one</source>
            <translation>Le certificat présenté n'est pas celui du plan</translation>
        </message>
        <message>
            <source>The certificate served ('{name}', valid to {not_after}) is not the one the profile's plan describes: {difference}. The previous certificate may still be assigned.</source>
            <translation>Le certificat présenté (« {name} », valide jusqu'au {not_after}) n'est pas celui que décrit le plan du profil : {difference}. L'ancien certificat est peut-être encore attribué.</translation>
        </message>
        <message>
            <source>Assign the new certificate on every Edge Server (Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal -Thumbprint …), or check that the profile is the deployed one.</source>
            <translation>Attribuez le nouveau certificat sur chaque serveur Edge (Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal -Thumbprint …), ou vérifiez que le profil est bien celui du déploiement.</translation>
        </message>
        <message>
            <source>Name not in the served certificate</source>
            <translation>Nom absent du certificat présenté</translation>
        </message>
        <message>
            <source>The certificate served for '{name}' port {port} does not carry that name ({names}); clients and partners that connect to it refuse the certificate.</source>
            <translation>Le certificat présenté pour « {name} », port {port}, ne porte pas ce nom ({names}) ; les clients et les partenaires qui s'y connectent refusent le certificat.</translation>
        </message>
        <message>
            <source>Assign a certificate with '{name}' among its subject alternative names, or connect through a name the certificate carries.</source>
            <translation>Attribuez un certificat qui compte « {name} » parmi ses autres noms du sujet, ou connectez-vous par un nom que porte le certificat.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>'{file}' does not exist.</source>
            <translation>« {file} » n'existe pas.</translation>
        </message>
        <message>
            <source>Check the path.</source>
            <translation>Vérifiez le chemin d'accès.</translation>
        </message>
        <message>
            <source>Cannot read '{file}': {reason}.</source>
            <translation>Impossible de lire « {file} » : {reason}.</translation>
        </message>
        <message>
            <source>Check the path and its permissions.</source>
            <translation>Vérifiez le chemin d'accès et ses autorisations.</translation>
        </message>
        <message>
            <source>'{file}' is a folder, not a file.</source>
            <translation>« {file} » est un dossier, et non un fichier.</translation>
        </message>
        <message>
            <source>Give the path of a file.</source>
            <translation>Indiquez le chemin d'accès d'un fichier.</translation>
        </message>
        <message>
            <source>'{file}' holds neither Get-CsSipDomain nor Get-CsService -EdgeServer output.</source>
            <translation>« {file} » ne contient ni la sortie de Get-CsSipDomain ni celle de Get-CsService -EdgeServer.</translation>
        </message>
        <message>
            <source>Paste what Get-CsSipDomain and Get-CsService -EdgeServer | Format-List print in the Skype for Business Server Management Shell, or give the .tbxml file.</source>
            <translation>Collez ce qu'affichent Get-CsSipDomain et Get-CsService -EdgeServer | Format-List dans Skype for Business Server Management Shell, ou indiquez le fichier .tbxml.</translation>
        </message>
        <message>
            <source>'{file}' is neither UTF-8 nor UTF-16 text.</source>
            <translation>« {file} » n'est ni du texte UTF-8 ni du texte UTF-16.</translation>
        </message>
        <message>
            <source>Give the file as Topology Builder or the Management Shell saved it, or save it again as UTF-8.</source>
            <translation>Indiquez le fichier tel que le Générateur de topologie ou Management Shell l'a enregistré, ou enregistrez-le de nouveau en UTF-8.</translation>
        </message>
        <message>
            <source>In '{file}', {field} is cut short ('{value}'): the console did not print it whole.</source>
            <translation>Dans « {file} », {field} est tronqué (« {value} ») : la console ne l'a pas affiché en entier.</translation>
        </message>
        <message>
            <source>Run the command again with | Format-List, in a wider window, and copy its output.</source>
            <translation>Relancez la commande avec | Format-List, dans une fenêtre plus large, et copiez sa sortie.</translation>
        </message>
        <message>
            <source>'{file}' holds no certificate (it holds {found}).</source>
            <translation>« {file} » ne contient aucun certificat (il contient {found}).</translation>
        </message>
        <message>
            <source>Give the certificate being replaced (.cer, .crt, .p7b or .pfx).</source>
            <translation>Indiquez le certificat à remplacer (.cer, .crt, .p7b ou .pfx).</translation>
        </message>
        <message>
            <source>The certificate in '{file}' has no name to renew from (no subject CN, no DNS name).</source>
            <translation>Le certificat de « {file} » ne comporte aucun nom à partir duquel renouveler (ni CN de sujet, ni nom DNS).</translation>
        </message>
        <message>
            <source>Give the external Edge certificate being replaced, or start from a profile.</source>
            <translation>Indiquez le certificat Edge externe à remplacer, ou partez d'un profil.</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which a Topology Builder file never does; pic-wizard does not read it.</source>
            <translation>« {file} » déclare un DOCTYPE ou des entités, ce que ne fait jamais un fichier du Générateur de topologie ; pic-wizard ne le lit pas.</translation>
        </message>
        <message>
            <source>In Topology Builder, download the topology again (Action, Download Topology) and give that file.</source>
            <translation>Dans le Générateur de topologie, téléchargez de nouveau la topologie (Action, Télécharger la topologie) et indiquez ce fichier.</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML (line {line}, column {column}).</source>
            <translation>« {file} » n'est pas du XML bien formé (ligne {line}, colonne {column}).</translation>
        </message>
        <message>
            <source>'{file}' is not a Topology Builder file.</source>
            <translation>« {file} » n'est pas un fichier du Générateur de topologie.</translation>
        </message>
        <message>
            <source>Give the .tbxml file that Topology Builder saves with Download Topology.</source>
            <translation>Indiquez le fichier .tbxml que le Générateur de topologie enregistre avec Télécharger la topologie.</translation>
        </message>
        <message>
            <source>The topology in '{file}' has no Edge pool.</source>
            <translation>La topologie de « {file} » ne comporte aucun pool de serveurs Edge.</translation>
        </message>
        <message>
            <source>Define the Edge pool in Topology Builder, publish the topology and download it again, or answer the questions on the Edge services page.</source>
            <translation>Définissez le pool de serveurs Edge dans le Générateur de topologie, publiez la topologie et téléchargez-la de nouveau, ou répondez aux questions de la page Services Edge.</translation>
        </message>
        <message>
            <source>The topology in '{file}' has {count} Edge pools: {pools}.</source>
            <translation>La topologie de « {file} » comporte {count} pools de serveurs Edge : {pools}.</translation>
        </message>
        <message>
            <source>Choose the pool the certificate is for with --pool.</source>
            <translation>Choisissez avec --pool le pool auquel le certificat est destiné.</translation>
        </message>
        <message>
            <source>The topology in '{file}' has no Edge pool '{pool}' (it has {pools}).</source>
            <translation>La topologie de « {file} » ne comporte pas de pool de serveurs Edge « {pool} » (elle comporte {pools}).</translation>
        </message>
        <message>
            <source>Give one of these pools, by its internal FQDN or one of its servers.</source>
            <translation>Indiquez l'un de ces pools, par son FQDN interne ou par l'un de ses serveurs.</translation>
        </message>
        <message>
            <source>'{file}' nests elements more than {limit} deep; a Topology Builder file nests about ten, so pic-wizard does not read it.</source>
            <translation>« {file} » imbrique des éléments sur plus de {limit} niveaux ; un fichier du Générateur de topologie en imbrique une dizaine, aussi pic-wizard ne le lit pas.</translation>
        </message>
        <message>
            <source>'{file}' has an element with more than {limit} attributes, more than any Topology Builder file; pic-wizard does not read it.</source>
            <translation>« {file} » contient un élément de plus de {limit} attributs, plus qu'aucun fichier du Générateur de topologie ; pic-wizard ne le lit pas.</translation>
        </message>
        <message>
            <source>'{file}' has more than {limit} elements, more than any Topology Builder file; pic-wizard does not read it.</source>
            <translation>« {file} » contient plus de {limit} éléments, plus qu'aucun fichier du Générateur de topologie ; pic-wizard ne le lit pas.</translation>
        </message>
        <message>
            <source>'{file}' is empty.</source>
            <translation>« {file} » est vide.</translation>
        </message>
        <message>
            <source>Save the file again from the certification authority's e-mail or web page.</source>
            <translation>Enregistrez de nouveau le fichier à partir du courrier électronique ou de la page web de l'autorité de certification.</translation>
        </message>
        <message>
            <source>'{file}' is {size} bytes; pic-wizard reads files of up to {limit} bytes here.</source>
            <translation>« {file} » fait {size} octets ; ici, pic-wizard lit les fichiers de {limit} octets au maximum.</translation>
        </message>
        <message>
            <source>Check that this is the right file.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier.</translation>
        </message>
        <message>
            <source>'{file}' is not a regular file (a pipe, a device or a socket).</source>
            <translation>« {file} » n'est pas un fichier normal (c'est un canal, un périphérique ou un socket).</translation>
        </message>
        <message>
            <source>Save the content to a file and give its path.</source>
            <translation>Enregistrez le contenu dans un fichier et indiquez son chemin d'accès.</translation>
        </message>
        <message>
            <source>The first line of '{file}' is empty.</source>
            <translation>La première ligne de « {file} » est vide.</translation>
        </message>
        <message>
            <source>Write the password on the first line of the file.</source>
            <translation>Écrivez le mot de passe sur la première ligne du fichier.</translation>
        </message>
        <message>
            <source>'{file}' is not text (UTF-8 or UTF-16).</source>
            <translation>« {file} » n'est pas un fichier texte (UTF-8 ou UTF-16).</translation>
        </message>
        <message>
            <source>Write the password on the first line of a text file.</source>
            <translation>Écrivez le mot de passe sur la première ligne d'un fichier texte.</translation>
        </message>
        <message>
            <source>The passphrase is {length} bytes long; at most 1023 can be used.</source>
            <translation>La phrase secrète fait {length} octets ; au maximum 1 023 octets sont utilisables.</translation>
        </message>
        <message>
            <source>Choose a shorter passphrase.</source>
            <translation>Choisissez une phrase secrète plus courte.</translation>
        </message>
        <message>
            <source>'{value}' cannot be a file base name: it must not contain a folder or start with a dot.</source>
            <translation>« {value} » ne peut pas être un nom de base de fichier : il ne doit ni contenir de dossier ni commencer par un point.</translation>
        </message>
        <message>
            <source>Give a plain name such as sip.contoso.com; choose the folder with --out.</source>
            <translation>Indiquez un simple nom, par exemple sip.contoso.com ; choisissez le dossier avec --out.</translation>
        </message>
        <message>
            <source>'{file}' is one of the files the PFX is made from: writing the PFX there would replace it.</source>
            <translation>« {file} » est l'un des fichiers à partir desquels le PFX est créé : écrire le PFX à cet endroit le remplacerait.</translation>
        </message>
        <message>
            <source>Choose another name for the PFX file, such as edge.pfx.</source>
            <translation>Choisissez un autre nom pour le fichier PFX, par exemple edge.pfx.</translation>
        </message>
        <message>
            <source>The folder '{file}' does not exist.</source>
            <translation>Le dossier « {file} » n'existe pas.</translation>
        </message>
        <message>
            <source>Create it, or choose a folder that exists.</source>
            <translation>Créez-le, ou choisissez un dossier qui existe.</translation>
        </message>
        <message>
            <source>'{file}' is not a folder.</source>
            <translation>« {file} » n'est pas un dossier.</translation>
        </message>
        <message>
            <source>Give with --out the folder the request and key go into.</source>
            <translation>Indiquez avec --out le dossier dans lequel écrire la demande et la clé.</translation>
        </message>
        <message>
            <source>Cannot write the output: {reason}.</source>
            <translation>Impossible d'écrire la sortie : {reason}.</translation>
        </message>
        <message>
            <source>Check the disk or the program that reads the output.</source>
            <translation>Vérifiez le disque ou le programme qui lit la sortie.</translation>
        </message>
        <message>
            <source>'{file}' holds only CA certificates ('{subject}'), not the Edge Server's certificate.</source>
            <translation>« {file} » contient uniquement des certificats d'AC (« {subject} »), et non le certificat du serveur Edge.</translation>
        </message>
        <message>
            <source>Give the Edge certificate, with this file as --chain.</source>
            <translation>Indiquez le certificat Edge, avec ce fichier comme --chain.</translation>
        </message>
        <message>
            <source>pic-wizard could not check '{file}' ({reason}): this is a bug in pic-wizard.</source>
            <translation>pic-wizard n'a pas pu vérifier « {file} » ({reason}) : il s'agit d'un bogue de pic-wizard.</translation>
        </message>
        <message>
            <source>Please report it with the file, if it holds nothing secret.</source>
            <translation>Signalez-le en joignant le fichier, s'il ne contient rien de secret.</translation>
        </message>
        <message>
            <source>'{file}' is cut short: the block '-----BEGIN {label}-----' has no END line.</source>
            <translation>« {file} » est tronqué : le bloc '-----BEGIN {label}-----' n'a pas de ligne END.</translation>
        </message>
        <message>
            <source>Copy the whole block again, from the BEGIN line to the END line.</source>
            <translation>Copiez de nouveau le bloc entier, de la ligne BEGIN à la ligne END.</translation>
        </message>
        <message>
            <source>The {label} block in '{file}' is damaged: {reason}.</source>
            <translation>Le bloc {label} de « {file} » est endommagé : {reason}.</translation>
        </message>
        <message>
            <source>Save or copy the file again; do not edit it.</source>
            <translation>Enregistrez ou copiez de nouveau le fichier ; ne le modifiez pas.</translation>
        </message>
        <message>
            <source>'{file}' is cut short: it should be {expected} bytes long and is {size}.</source>
            <translation>« {file} » est tronqué : il devrait faire {expected} octets et en fait {size}.</translation>
        </message>
        <message>
            <source>Download or copy the file again.</source>
            <translation>Téléchargez ou copiez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>The {what} in '{file}' is damaged: {reason}.</source>
            <translation>Le contenu ({what}) de « {file} » est endommagé : {reason}.</translation>
        </message>
        <message>
            <source>Download or copy the file again; do not edit it.</source>
            <translation>Téléchargez ou copiez de nouveau le fichier ; ne le modifiez pas.</translation>
        </message>
        <message>
            <source>The private key in '{file}' is of a kind pic-wizard cannot use ({reason}).</source>
            <translation>La clé privée de « {file} » est d'un type que pic-wizard ne peut pas utiliser ({reason}).</translation>
        </message>
        <message>
            <source>Use an RSA key, or an EC key on P-256 or P-384.</source>
            <translation>Utilisez une clé RSA, ou une clé EC sur P-256 ou P-384.</translation>
        </message>
        <message>
            <source>'{file}' is a certificate revocation list (CRL), not a certificate.</source>
            <translation>« {file} » est une liste de révocation de certificats (CRL), et non un certificat.</translation>
        </message>
        <message>
            <source>Give the certificate file (.cer, .crt, .pem or .p7b) the CA sent for your request.</source>
            <translation>Indiquez le fichier de certificat (.cer, .crt, .pem ou .p7b) que l'AC a envoyé pour votre demande.</translation>
        </message>
        <message>
            <source>'{file}' is an e-mail message (S/MIME), not a certificate file.</source>
            <translation>« {file} » est un message électronique (S/MIME), et non un fichier de certificat.</translation>
        </message>
        <message>
            <source>Save the certificate attached to the message, or download the .cer or .p7b file from the CA.</source>
            <translation>Enregistrez le certificat joint au message, ou téléchargez le fichier .cer ou .p7b auprès de l'AC.</translation>
        </message>
        <message>
            <source>'{file}' is not a certificate, chain, request, PFX or private key that pic-wizard can read.</source>
            <translation>« {file} » n'est ni un certificat, ni une chaîne, ni une demande, ni un PFX, ni une clé privée que pic-wizard peut lire.</translation>
        </message>
        <message>
            <source>Give a PEM (.cer, .crt, .pem), DER, PKCS#7 (.p7b), PKCS#12 (.pfx, .p12), request (.req, .csr) or key file.</source>
            <translation>Indiquez un fichier PEM (.cer, .crt, .pem), DER, PKCS#7 (.p7b), PKCS#12 (.pfx, .p12), de demande (.req, .csr) ou de clé.</translation>
        </message>
        <message>
            <source>'{file}' holds no certificate, request or private key (found: {labels}).</source>
            <translation>« {file} » ne contient ni certificat, ni demande de certificat, ni clé privée (trouvé : {labels}).</translation>
        </message>
        <message>
            <source>Give the certificate, chain, request or key file itself.</source>
            <translation>Indiquez le fichier du certificat, de la chaîne, de la demande ou de la clé lui-même.</translation>
        </message>
        <message>
            <source>Give the file of the CA's intermediate or root certificates (.cer, .crt, .p7b).</source>
            <translation>Indiquez le fichier des certificats intermédiaires ou racines de l'AC (.cer, .crt, .p7b).</translation>
        </message>
        <message>
            <source>'{file}' is protected by a password.</source>
            <translation>« {file} » est protégé par un mot de passe.</translation>
        </message>
        <message>
            <source>Give the password with --password-file (its first line) or the PIC_WIZARD_PASSWORD environment variable.</source>
            <translation>Indiquez le mot de passe avec --password-file (sa première ligne) ou la variable d'environnement PIC_WIZARD_PASSWORD.</translation>
        </message>
        <message>
            <source>The password for '{file}' is wrong.</source>
            <translation>Le mot de passe de « {file} » est incorrect.</translation>
        </message>
        <message>
            <source>Check the password (it is case-sensitive) and give it again.</source>
            <translation>Vérifiez le mot de passe (il respecte la casse) et indiquez-le de nouveau.</translation>
        </message>
        <message>
            <source>'{file}' is a PFX file with no certificate in it.</source>
            <translation>« {file} » est un fichier PFX qui ne contient aucun certificat.</translation>
        </message>
        <message>
            <source>Export the certificate again with its private key and chain.</source>
            <translation>Exportez de nouveau le certificat avec sa clé privée et sa chaîne.</translation>
        </message>
        <message>
            <source>'{file}' holds a private key, not a certificate.</source>
            <translation>« {file} » contient une clé privée, et non un certificat.</translation>
        </message>
        <message>
            <source>Give the key with --key, beside the certificate it belongs to.</source>
            <translation>Indiquez la clé avec --key, à côté du certificat auquel elle appartient.</translation>
        </message>
        <message>
            <source>'{file}' holds no certificate request (it holds {found}).</source>
            <translation>« {file} » ne contient aucune demande de certificat (il contient {found}).</translation>
        </message>
        <message>
            <source>Give the .req or .csr file that was submitted to the CA.</source>
            <translation>Indiquez le fichier .req ou .csr qui a été envoyé à l'AC.</translation>
        </message>
        <message>
            <source>'{file}' holds no private key (it holds {found}).</source>
            <translation>« {file} » ne contient aucune clé privée (il contient {found}).</translation>
        </message>
        <message>
            <source>Give the .key file written with the request, or the PFX with its key.</source>
            <translation>Indiquez le fichier .key écrit avec la demande, ou le PFX avec sa clé.</translation>
        </message>
        <message>
            <source>'{file}' asks for {count} iterations of password hashing {where}: exporters write a few thousand, and pic-wizard refuses more than {limit}, which would take minutes to compute.</source>
            <translation>« {file} » demande {count} itérations de hachage du mot de passe {where} : les outils d'exportation en écrivent quelques milliers, et pic-wizard en refuse plus de {limit}, dont le calcul prendrait plusieurs minutes.</translation>
        </message>
        <message>
            <source>Check that this is the right file, or export it again from Windows or OpenSSL.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier, ou exportez-le de nouveau depuis Windows ou OpenSSL.</translation>
        </message>
        <message>
            <source>The encrypted private key in '{file}' is {size} bytes, more than any key a certificate uses (at most {limit} bytes); checking it would take minutes.</source>
            <translation>La clé privée chiffrée de « {file} » fait {size} octets, plus que toute clé utilisée par un certificat ({limit} octets au maximum) ; sa vérification prendrait plusieurs minutes.</translation>
        </message>
        <message>
            <source>Check that this is the right file, or export it again with its key.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier, ou exportez-le de nouveau avec sa clé.</translation>
        </message>
        <message>
            <source>The private key in '{file}' has {bits}-bit numbers: no certificate uses a key above {limit} bits (RSA), and checking it would take minutes.</source>
            <translation>La clé privée de « {file} » contient des nombres de {bits} bits : aucun certificat n'utilise de clé de plus de {limit} bits (RSA), et sa vérification prendrait plusieurs minutes.</translation>
        </message>
        <message>
            <source>Check that this is the right file: give the key written with the request.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier : indiquez la clé écrite avec la demande.</translation>
        </message>
        <message>
            <source>A {what} in '{file}' has a {bits}-bit public key: no CA issues keys above {limit} bits (RSA), and checking its signatures would take minutes.</source>
            <translation>« {file} » contient une clé publique de {bits} bits ({what}) : aucune AC ne délivre de clé de plus de {limit} bits (RSA), et la vérification de ses signatures prendrait plusieurs minutes.</translation>
        </message>
        <message>
            <source>'{file}' holds more than {limit} {what}; pic-wizard reads at most {limit} in one file.</source>
            <translation>« {file} » contient plus de {limit} éléments ({what}) ; pic-wizard en lit au maximum {limit} par fichier.</translation>
        </message>
        <message>
            <source>Give a smaller file: a chain holds a few certificates, a trust bundle a few hundred.</source>
            <translation>Indiquez un fichier plus petit : une chaîne contient quelques certificats, un ensemble de certificats racines quelques centaines.</translation>
        </message>
        <message>
            <source>A {what} in '{file}' has a name of a kind pic-wizard cannot read (an X.400 address or an EDI party name) in its extensions.</source>
            <translation>« {file} » contient, dans les extensions ({what}), un nom d'un type que pic-wizard ne peut pas lire (une adresse X.400 ou un nom de partie EDI).</translation>
        </message>
        <message>
            <source>Check that this is the right file: an Edge certificate and its CAs have none.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier : un certificat Edge et ses AC n'en ont aucun.</translation>
        </message>
        <message>
            <source>'{file}' is a PKCS#7 file holding {kind}, not a signed certificate chain.</source>
            <translation>« {file} » est un fichier PKCS#7 contenant {kind}, et non une chaîne de certificats signée.</translation>
        </message>
        <message>
            <source>Give the certificate or the .p7b chain the CA sent for your request.</source>
            <translation>Indiquez le certificat ou la chaîne .p7b envoyés par l'AC pour votre demande.</translation>
        </message>
        <message>
            <source>'{file}' is a certificate revocation list (CRL) of an unknown version ({version}), not a certificate.</source>
            <translation>« {file} » est une liste de révocation de certificats (CRL) d'une version inconnue ({version}), et non un certificat.</translation>
        </message>
        <message>
            <source>'{file}' is not a pic-wizard profile: it is not valid JSON ({reason}).</source>
            <translation>« {file} » n'est pas un profil pic-wizard : ce n'est pas du JSON valide ({reason}).</translation>
        </message>
        <message>
            <source>Give a profile saved by pic-wizard (pic-wizard-cli example writes one).</source>
            <translation>Indiquez un profil enregistré par pic-wizard (pic-wizard-cli example en écrit un).</translation>
        </message>
        <message>
            <source>'{file}' is JSON but not a pic-wizard profile.</source>
            <translation>« {file} » est un fichier JSON, mais pas un profil pic-wizard.</translation>
        </message>
        <message>
            <source>'{file}' was saved by a newer pic-wizard (profile version {version}; this one reads up to {supported}).</source>
            <translation>« {file} » a été enregistré par une version plus récente de pic-wizard (version de profil {version} ; cette version lit jusqu'à la version {supported}).</translation>
        </message>
        <message>
            <source>Update pic-wizard.</source>
            <translation>Mettez à jour pic-wizard.</translation>
        </message>
        <message>
            <source>'{file}': {path} {problem}.</source>
            <translation>« {file} » : {path} {problem}.</translation>
        </message>
        <message>
            <source>Correct the profile, or start again from pic-wizard-cli example.</source>
            <translation>Corrigez le profil, ou recommencez à partir de pic-wizard-cli example.</translation>
        </message>
        <message>
            <source>'{file}' already exists; pic-wizard never overwrites a file silently.</source>
            <translation>« {file} » existe déjà ; pic-wizard ne remplace jamais un fichier sans vous le signaler.</translation>
        </message>
        <message>
            <source>Choose another folder or name, or give --force to replace it.</source>
            <translation>Choisissez un autre dossier ou un autre nom, ou indiquez --force pour le remplacer.</translation>
        </message>
        <message>
            <source>'{file}' is a folder.</source>
            <translation>« {file} » est un dossier.</translation>
        </message>
        <message>
            <source>Give the name of the file to write (in that folder, for example).</source>
            <translation>Indiquez le nom du fichier à écrire (dans ce dossier, par exemple).</translation>
        </message>
        <message>
            <source>Cannot write '{file}': {reason}.</source>
            <translation>Impossible d'écrire « {file} » : {reason}.</translation>
        </message>
        <message>
            <source>Choose a folder you can write to.</source>
            <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
        </message>
        <message>
            <source>The private key needs a passphrase to be encrypted.</source>
            <translation>La clé privée a besoin d'une phrase secrète pour être chiffrée.</translation>
        </message>
        <message>
            <source>Give --passphrase-file (its first line is the passphrase), or --no-encrypt to write the key unencrypted.</source>
            <translation>Indiquez --passphrase-file (sa première ligne est la phrase secrète), ou --no-encrypt pour écrire la clé sans la chiffrer.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>Type the same passphrase twice.</source>
            <translation>Tapez deux fois la même phrase secrète.</translation>
        </message>
        <message>
            <source>The new files could not all be written, and the previous '{file}' could not be put back: it is kept as '{kept}'.</source>
            <translation>Les nouveaux fichiers n'ont pas tous pu être écrits, et l'ancien « {file} » n'a pas pu être remis en place : il est conservé sous le nom « {kept} ».</translation>
        </message>
        <message>
            <source>Rename '{kept}' back to '{file}'.</source>
            <translation>Renommez « {kept} » en « {file} ».</translation>
        </message>
        <message>
            <source>The private key does not belong to the certificate '{subject}': their public keys differ.</source>
            <translation>La clé privée n'appartient pas au certificat « {subject} » : leurs clés publiques sont différentes.</translation>
        </message>
        <message>
            <source>Give the key that was written with the request this certificate was issued for.</source>
            <translation>Indiquez la clé qui a été écrite avec la demande pour laquelle ce certificat a été émis.</translation>
        </message>
        <message>
            <source>A PFX file cannot hold this kind of private key ({kind}).</source>
            <translation>Un fichier PFX ne peut pas contenir ce type de clé privée ({kind}).</translation>
        </message>
        <message>
            <source>Use the RSA or EC key the certificate was requested with.</source>
            <translation>Utilisez la clé RSA ou EC avec laquelle le certificat a été demandé.</translation>
        </message>
        <message>
            <source>The PFX file needs a password: Import-CsCertificate and the Certificates console ask for one.</source>
            <translation>Le fichier PFX nécessite un mot de passe : Import-CsCertificate et la console Certificats le demandent.</translation>
        </message>
        <message>
            <source>Give a password for the PFX file.</source>
            <translation>Indiquez un mot de passe pour le fichier PFX.</translation>
        </message>
        <message>
            <source>The PFX password is {length} bytes long; at most {limit} can be used.</source>
            <translation>Le mot de passe du PFX fait {length} octets ; au maximum {limit} octets sont utilisables.</translation>
        </message>
        <message>
            <source>Choose a shorter password.</source>
            <translation>Choisissez un mot de passe plus court.</translation>
        </message>
        <message>
            <source>The PFX password is not text (UTF-8).</source>
            <translation>Le mot de passe du PFX n'est pas du texte (UTF-8).</translation>
        </message>
        <message>
            <source>Type the password again, or write it on the first line of a text file.</source>
            <translation>Tapez de nouveau le mot de passe, ou écrivez-le sur la première ligne d'un fichier texte.</translation>
        </message>
        <message>
            <source>The friendly name '{value}' holds a character a PFX file cannot store ({character}).</source>
            <translation>Le nom convivial « {value} » contient un caractère qu'un fichier PFX ne peut pas stocker ({character}).</translation>
        </message>
        <message>
            <source>Use letters, digits, spaces and punctuation only.</source>
            <translation>Utilisez uniquement des lettres, des chiffres, des espaces et des signes de ponctuation.</translation>
        </message>
        <message>
            <source>The PFX needs a password, and there is no terminal to ask for it twice.</source>
            <translation>Le fichier PFX a besoin d'un mot de passe, et aucun terminal ne permet de le demander deux fois.</translation>
        </message>
        <message>
            <source>Give --pfx-password-file F (its first line is the password), or run the command at a terminal.</source>
            <translation>Indiquez --pfx-password-file F (sa première ligne est le mot de passe), ou lancez la commande dans un terminal.</translation>
        </message>
        <message>
            <source>Nothing was entered at the PFX password prompt (the input ended, or was not UTF-8 text).</source>
            <translation>Rien n'a été saisi à la demande du mot de passe du PFX (l'entrée s'est terminée, ou n'était pas du texte UTF-8).</translation>
        </message>
        <message>
            <source>Type the password at the prompt, or give --pfx-password-file F (its first line is the password).</source>
            <translation>Tapez le mot de passe à la demande, ou indiquez --pfx-password-file F (sa première ligne est le mot de passe).</translation>
        </message>
        <message>
            <source>The two PFX passwords differ.</source>
            <translation>Les deux mots de passe du PFX sont différents.</translation>
        </message>
        <message>
            <source>Type the same password twice.</source>
            <translation>Tapez deux fois le même mot de passe.</translation>
        </message>
        <message>
            <source>No issued certificate was given.</source>
            <translation>Aucun certificat émis n'a été indiqué.</translation>
        </message>
        <message>
            <source>Give the certificate the CA sent back for the request (.cer, .crt or .p7b).</source>
            <translation>Indiquez le certificat que l'autorité de certification a renvoyé pour la demande (.cer, .crt ou .p7b).</translation>
        </message>
        <message>
            <source>No private key was given: a PFX holds the certificate and its key.</source>
            <translation>Aucune clé privée n'a été indiquée : un fichier PFX contient le certificat et sa clé.</translation>
        </message>
        <message>
            <source>Give the .key file written with the request.</source>
            <translation>Indiquez le fichier .key écrit avec la demande.</translation>
        </message>
        <message>
            <source>No PFX file was chosen.</source>
            <translation>Aucun fichier PFX n'a été choisi.</translation>
        </message>
        <message>
            <source>Choose where to write the PFX file.</source>
            <translation>Choisissez où écrire le fichier PFX.</translation>
        </message>
        <message>
            <source>This plan has errors ({count}); a CA would refuse or a server would reject this certificate.</source>
            <translation>Ce plan comporte des erreurs ({count}) ; une AC refuserait ce certificat ou un serveur le rejetterait.</translation>
        </message>
        <message>
            <source>Fix the errors listed above (pic-wizard-cli plan shows them), then try again.</source>
            <translation>Corrigez les erreurs indiquées ci-dessus (pic-wizard-cli plan les affiche), puis réessayez.</translation>
        </message>
        <message>
            <source>'{value}' is not a date.</source>
            <translation>« {value} » n'est pas une date.</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, such as 2026-11-27.</source>
            <translation>Écrivez la date au format AAAA-MM-JJ, par exemple 2026-11-27.</translation>
        </message>
        <message>
            <source>'{value}' is not the FQDN of an Edge Server.</source>
            <translation>« {value} » n'est pas le FQDN d'un serveur Edge.</translation>
        </message>
        <message>
            <source>Give each Edge Server's fully qualified name, such as edge01.contoso.net.</source>
            <translation>Indiquez le nom de domaine complet de chaque serveur Edge, par exemple edge01.contoso.net.</translation>
        </message>
        <message>
            <source>--jobs {value} is not a number of processes.</source>
            <translation>--jobs {value} n'est pas un nombre de processus.</translation>
        </message>
        <message>
            <source>Give 1 or more.</source>
            <translation>Indiquez 1 ou plus.</translation>
        </message>
        <message>
            <source>'{file}' holds no certificate, chain, PKCS#7, PFX or request file, nor do its subfolders (symbolic links are not followed).</source>
            <translation>« {file} » ne contient aucun fichier de certificat, de chaîne, PKCS#7, PFX ou de demande, ni ses sous-dossiers (les liens symboliques ne sont pas suivis).</translation>
        </message>
        <message>
            <source>Give the folder the certificates are in, or the files themselves.</source>
            <translation>Indiquez le dossier où se trouvent les certificats, ou les fichiers eux-mêmes.</translation>
        </message>
        <message>
            <source>Standard output is closed: pic-wizard has nowhere to write what it finds.</source>
            <translation>La sortie standard est fermée : pic-wizard n'a nulle part où écrire ce qu'il trouve.</translation>
        </message>
        <message>
            <source>Run the command without &gt;&amp;-; to keep no output, send it to a file or to /dev/null (NUL on Windows).</source>
            <translation>Exécutez la commande sans &gt;&amp;- ; pour ne garder aucune sortie, envoyez-la dans un fichier ou vers /dev/null (NUL sous Windows).</translation>
        </message>
        <message>
            <source>Nothing was entered at the passphrase prompt (the input ended, or was not UTF-8 text).</source>
            <translation>Rien n'a été saisi à la demande de phrase secrète (l'entrée s'est terminée, ou n'était pas du texte UTF-8).</translation>
        </message>
        <message>
            <source>Type the passphrase at the prompt, or give --passphrase-file (its first line is the passphrase), or --no-encrypt to write the key unencrypted.</source>
            <translation>Tapez la phrase secrète à la demande, ou indiquez --passphrase-file (sa première ligne est la phrase secrète), ou --no-encrypt pour écrire la clé sans la chiffrer.</translation>
        </message>
        <message>
            <source>'{file}' is a serialized certificate store (.sst) that pic-wizard cannot read: {reason}.</source>
            <translation>« {file} » est un magasin de certificats sérialisé (.sst) que pic-wizard ne peut pas lire : {reason}.</translation>
        </message>
        <message>
            <source>Export the store again on the Edge Server: Export-Certificate -Cert (Get-ChildItem Cert:\LocalMachine\Root) -FilePath root.p7b -Type P7B.</source>
            <translation>Exportez de nouveau le magasin sur le serveur Edge : Export-Certificate -Cert (Get-ChildItem Cert:\LocalMachine\Root) -FilePath root.p7b -Type P7B.</translation>
        </message>
        <message>
            <source>'{file}' is not an export of a certificate store that pic-wizard can read.</source>
            <translation>« {file} » n'est pas une exportation de magasin de certificats que pic-wizard sait lire.</translation>
        </message>
        <message>
            <source>Give the file Export-Certificate wrote on the Edge Server: a P7B (.p7b), a serialized store (.sst), or certificates in PEM or DER (.cer, .crt, .pem).</source>
            <translation>Donnez le fichier qu'Export-Certificate a écrit sur le serveur Edge : un P7B (.p7b), un magasin sérialisé (.sst), ou des certificats PEM ou DER (.cer, .crt, .pem).</translation>
        </message>
        <message>
            <source>'{file}' holds no certificate (it holds {found}), so it is not an export of a certificate store.</source>
            <translation>« {file} » ne contient aucun certificat (il contient {found}) : ce n'est pas l'exportation d'un magasin de certificats.</translation>
        </message>
        <message>
            <source>On the Edge Server, export the Trusted Root Certification Authorities store: Export-Certificate -Cert (Get-ChildItem Cert:\LocalMachine\Root) -FilePath root.p7b -Type P7B.</source>
            <translation>Sur le serveur Edge, exportez le magasin Autorités de certification racines de confiance : Export-Certificate -Cert (Get-ChildItem Cert:\LocalMachine\Root) -FilePath root.p7b -Type P7B.</translation>
        </message>
        <message>
            <source>No export of the Trusted Root Certification Authorities store was given.</source>
            <translation>Aucune exportation du magasin Autorités de certification racines de confiance n'a été fournie.</translation>
        </message>
        <message>
            <source>Give the file that Export-Certificate wrote on the Edge Server (.p7b, .sst or .cer).</source>
            <translation>Indiquez le fichier écrit par Export-Certificate sur le serveur Edge (.p7b, .sst ou .cer).</translation>
        </message>
        <message>
            <source>--warn-days {value} is not a number of days.</source>
            <translation>--warn-days {value} n'est pas un nombre de jours.</translation>
        </message>
        <message>
            <source>Give a whole number of days from 0 to 3650, such as --warn-days 30 (the default).</source>
            <translation>Indiquez un nombre entier de jours, de 0 à 3650, par exemple --warn-days 30 (la valeur par défaut).</translation>
        </message>
        <message>
            <source>Nothing to probe: no SIP domain or host was given.</source>
            <translation>Rien à tester : aucun domaine SIP ni hôte n'a été donné.</translation>
        </message>
        <message>
            <source>Give a SIP domain, such as contoso.com, or a host and port, such as sip.contoso.com:5061.</source>
            <translation>Donnez un domaine SIP, comme contoso.com, ou un hôte et un port, comme sip.contoso.com:5061.</translation>
        </message>
        <message>
            <source>'{value}' is neither a SIP domain nor a host and port.</source>
            <translation>« {value} » n'est ni un domaine SIP ni un hôte et un port.</translation>
        </message>
        <message>
            <source>Give a SIP domain, such as contoso.com, or a host and port, such as sip.contoso.com:5061 (an IP address needs its port).</source>
            <translation>Donnez un domaine SIP, comme contoso.com, ou un hôte et un port, comme sip.contoso.com:5061 (une adresse IP doit être suivie de son port).</translation>
        </message>
        <message>
            <source>The DNS server '{value}' is not an IP address with an optional port.</source>
            <translation>Le serveur DNS « {value} » n'est pas une adresse IP suivie éventuellement d'un port.</translation>
        </message>
        <message>
            <source>Give the DNS server's address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</source>
            <translation>Donnez l'adresse du serveur DNS, comme 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:53.</translation>
        </message>
        <message>
            <source>--resolve {value} is not a host name and an IP address.</source>
            <translation>--resolve {value} n'est pas un nom d'hôte suivi d'une adresse IP.</translation>
        </message>
        <message>
            <source>Give HOST:IP, such as --resolve sip.contoso.com:192.0.2.10.</source>
            <translation>Donnez HÔTE:IP, comme --resolve sip.contoso.com:192.0.2.10.</translation>
        </message>
        <message>
            <source>--connect-to {value} is not a host and port followed by an IP address and port.</source>
            <translation>--connect-to {value} n'est pas un hôte et un port suivis d'une adresse IP et d'un port.</translation>
        </message>
        <message>
            <source>Give HOST:PORT:IP:PORT, such as --connect-to sip.contoso.com:5061:192.0.2.10:5061.</source>
            <translation>Donnez HÔTE:PORT:IP:PORT, comme --connect-to sip.contoso.com:5061:192.0.2.10:5061.</translation>
        </message>
        <message>
            <source>--timeout {value} is not a number of seconds from 0.1 to 60.</source>
            <translation>--timeout {value} n'est pas un nombre de secondes entre 0.1 et 60.</translation>
        </message>
        <message>
            <source>Give a number of seconds, such as --timeout 5 (the default).</source>
            <translation>Donnez un nombre de secondes, comme --timeout 5 (la valeur par défaut).</translation>
        </message>
        <message>
            <source>Testing the Access Edge and Web Conferencing Edge names needs the profile that names them.</source>
            <translation>Tester les noms du service Edge d'accès et du service Edge de conférence web demande le profil qui les nomme.</translation>
        </message>
        <message>
            <source>Give the profile with --profile, or name the Edge's hosts as HOST:PORT targets.</source>
            <translation>Donnez le profil avec --profile, ou nommez les hôtes du serveur Edge comme cibles HÔTE:PORT.</translation>
        </message>
        <message>
            <source>A saved profile was chosen to judge against, but no profile file is named.</source>
            <translation>Un profil enregistré a été choisi comme référence, mais aucun fichier de profil n'est nommé.</translation>
        </message>
        <message>
            <source>Name the profile's file.</source>
            <translation>Nommez le fichier du profil.</translation>
        </message>
        <message>
            <source>A report is of a profile, of files to check or of a probe: give one of them.</source>
            <translation>Un rapport porte sur un profil, sur des fichiers à vérifier ou sur un test : donnez l'un d'eux.</translation>
        </message>
        <message>
            <source>Give a profile (.json), the files to check, or --probe followed by the SIP domains or HOST:PORT to probe.</source>
            <translation>Donnez un profil (.json), les fichiers à vérifier, ou --probe suivi des domaines SIP ou des HÔTE:PORT à tester.</translation>
        </message>
        <message>
            <source>Open a profile saved by pic-wizard (Save profile… writes one).</source>
            <translation>Ouvrez un profil enregistré par pic-wizard (Enregistrer le profil… en écrit un).</translation>
        </message>
        <message>
            <source>Correct the profile, or answer the wizard's questions again.</source>
            <translation>Corrigez le profil, ou répondez de nouveau aux questions de l'assistant.</translation>
        </message>
        <message>
            <source>Choose the Edge pool the certificate is for in the list.</source>
            <translation>Choisissez dans la liste le pool de serveurs Edge auquel le certificat est destiné.</translation>
        </message>
        <message>
            <source>Give a plain file name, such as sip.contoso.com.</source>
            <translation>Indiquez un simple nom de fichier, par exemple sip.contoso.com.</translation>
        </message>
        <message>
            <source>Choose the folder the files go into.</source>
            <translation>Choisissez le dossier dans lequel écrire les fichiers.</translation>
        </message>
        <message>
            <source>Give the Edge certificate, with this file as its chain.</source>
            <translation>Indiquez le certificat Edge, avec ce fichier comme chaîne.</translation>
        </message>
        <message>
            <source>Type the password in the Password field.</source>
            <translation>Tapez le mot de passe dans le champ Mot de passe.</translation>
        </message>
        <message>
            <source>Type the password again in the Password field (it is case-sensitive).</source>
            <translation>Tapez de nouveau le mot de passe dans le champ Mot de passe (il respecte la casse).</translation>
        </message>
        <message>
            <source>Give the key as the private key, beside the certificate it belongs to.</source>
            <translation>Indiquez la clé comme clé privée, à côté du certificat auquel elle appartient.</translation>
        </message>
        <message>
            <source>Choose another folder or name, or agree to replace the file.</source>
            <translation>Choisissez un autre dossier ou un autre nom, ou acceptez de remplacer le fichier.</translation>
        </message>
        <message>
            <source>Type a passphrase twice, or choose to write the key without one.</source>
            <translation>Tapez deux fois une phrase secrète, ou choisissez d'écrire la clé sans phrase secrète.</translation>
        </message>
        <message>
            <source>Type the PFX password twice.</source>
            <translation>Tapez deux fois le mot de passe du PFX.</translation>
        </message>
        <message>
            <source>Go back and fix the errors the Review page lists, then generate.</source>
            <translation>Revenez en arrière et corrigez les erreurs que la page Récapitulatif indique, puis générez.</translation>
        </message>
        <message>
            <source>Give a whole number of days from 0 to 3650.</source>
            <translation>Indiquez un nombre entier de jours, de 0 à 3650.</translation>
        </message>
        <message>
            <source>Give the DNS server's address, such as 192.0.2.53 or 192.0.2.53:5353.</source>
            <translation>Donnez l'adresse du serveur DNS, comme 192.0.2.53 ou 192.0.2.53:5353.</translation>
        </message>
        <message>
            <source>Give a host name and its address, such as sip.contoso.com and 192.0.2.10.</source>
            <translation>Donnez un nom d'hôte et son adresse, comme sip.contoso.com et 192.0.2.10.</translation>
        </message>
        <message>
            <source>Give a host and port, then the address and port to reach it at.</source>
            <translation>Donnez un hôte et un port, puis l'adresse et le port où le joindre.</translation>
        </message>
        <message>
            <source>Give a number of seconds from 0.1 to 60.</source>
            <translation>Donnez un nombre de secondes entre 0.1 et 60.</translation>
        </message>
        <message>
            <source>Open the profile of the Edge, or give its hosts and ports.</source>
            <translation>Ouvrez le profil du serveur Edge, ou donnez ses hôtes et ses ports.</translation>
        </message>
        <message>
            <source>Open the profile with Browse…, or choose what else to judge against.</source>
            <translation>Ouvrez le profil avec Parcourir…, ou choisissez une autre référence.</translation>
        </message>
        <message>
            <source>Save the report from the Review page, a check's Result page or a probe's.</source>
            <translation>Enregistrez le rapport depuis la page Récapitulatif, la page Résultat d'une vérification ou celle d'un test.</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>subject name, repeated in the SAN: TLS uses only the SAN entries</source>
            <translation>nom du sujet, répété dans le SAN : TLS n'utilise que les entrées SAN</translation>
        </message>
        <message>
            <source>Access Edge external FQDN (remote sign-in, federation, PIC)</source>
            <translation>FQDN externe du service Edge d'accès (connexion à distance, fédération, PIC)</translation>
        </message>
        <message>
            <source>Web Conferencing Edge external FQDN (meetings)</source>
            <translation>FQDN externe du service Edge de conférence web (réunions)</translation>
        </message>
        <message>
            <source>sip.&lt;domain&gt; for the SIP domain {domain}</source>
            <translation>sip.&lt;domaine&gt; pour le domaine SIP {domain}</translation>
        </message>
        <message>
            <source>XMPP domain {domain} (XMPP federation)</source>
            <translation>domaine XMPP {domain} (fédération XMPP)</translation>
        </message>
        <message>
            <source>extra name added to the profile</source>
            <translation>nom supplémentaire ajouté au profil</translation>
        </message>
    </context>
    <context>
        <name>Params</name>
        <message>
            <source>Edge Server</source>
            <translation>Serveur Edge</translation>
        </message>
        <message>
            <source>Subject name</source>
            <translation>Nom du sujet</translation>
        </message>
        <message>
            <source>XMPP domain</source>
            <translation>Domaine XMPP</translation>
        </message>
        <message>
            <source>SIP domain</source>
            <translation>Domaine SIP</translation>
        </message>
        <message>
            <source>Extra name</source>
            <translation>Nom supplémentaire</translation>
        </message>
        <message>
            <source>it is a symbolic link to a folder that does not exist</source>
            <translation>c'est un lien symbolique vers un dossier qui n'existe pas</translation>
        </message>
        <message>
            <source>it was replaced by a symbolic link or a file</source>
            <translation>il a été remplacé par un lien symbolique ou un fichier</translation>
        </message>
        <message>
            <source>must be a whole number from 1</source>
            <translation>doit être un nombre entier à partir de 1</translation>
        </message>
        <message>
            <source>is not a profile field</source>
            <translation>n'est pas un champ de profil</translation>
        </message>
        <message>
            <source>must be from 1 to 64</source>
            <translation>doit être compris entre 1 et 64</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166 country code such as US or FR</source>
            <translation>« {value} » n'est pas un code de pays ISO 3166 tel que US ou FR</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>doit être l'une des valeurs {choices}</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>doit être au moins 1</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>doit être un objet</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>contains an invisible character (such as a text direction mark)</source>
            <translation>contient un caractère invisible (comme une marque de sens du texte)</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be a list of names</source>
            <translation>doit être une liste de noms</translation>
        </message>
        <message>
            <source>has more than 1000 names</source>
            <translation>contient plus de 1 000 noms</translation>
        </message>
        <message>
            <source>must be one of {choices} (not '{value}')</source>
            <translation>doit être l'une des valeurs {choices} (et non « {value} »)</translation>
        </message>
        <message>
            <source>contains a character that is not valid text</source>
            <translation>contient un caractère qui n'est pas du texte valide</translation>
        </message>
        <message>
            <source>line {line}, column {column}</source>
            <translation>ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <source>it is nested or sized beyond reason</source>
            <translation>son imbrication ou sa taille dépasse toute mesure raisonnable</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>ce n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>ce fichier ou ce dossier n'existe pas</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c'est un dossier</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>une partie du chemin d'accès n'est pas un dossier</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>autorisation refusée</translation>
        </message>
        <message>
            <source>the file system is read-only</source>
            <translation>le système de fichiers est en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the disk quota is exceeded</source>
            <translation>le quota de disque est dépassé</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>le nom est trop long</translation>
        </message>
        <message>
            <source>it already exists</source>
            <translation>il existe déjà</translation>
        </message>
        <message>
            <source>an input/output error</source>
            <translation>une erreur d'entrée/sortie</translation>
        </message>
        <message>
            <source>there are too many symbolic links (a loop)</source>
            <translation>il y a trop de liens symboliques (une boucle)</translation>
        </message>
        <message>
            <source>it ends with a dot</source>
            <translation>il se termine par un point</translation>
        </message>
        <message>
            <source>no public CA may issue it in a TLS certificate issued on or after {forbidden} (Chrome Root Program)</source>
            <translation>aucune AC publique ne peut l'inclure dans un certificat TLS émis à partir du {forbidden} (Chrome Root Program)</translation>
        </message>
        <message>
            <source>the public CAs named have stopped issuing it ({cutoffs}), and none may issue it from {forbidden} (Chrome Root Program). Expect a certificate without it</source>
            <translation>les AC publiques citées ont cessé de l'émettre ({cutoffs}), et aucune ne le peut dès le {forbidden} (Chrome Root Program). Attendez-vous à un certificat sans elle</translation>
        </message>
        <message>
            <source>Subject alternative name</source>
            <translation>Autre nom du sujet (SAN)</translation>
        </message>
        <message>
            <source>public CAs are dropping it ({cutoffs}); none may issue it from {forbidden} (Chrome Root Program). Unless your order asks for it explicitly, expect it to be stripped</source>
            <translation>les AC publiques l'abandonnent ({cutoffs}) ; aucune ne le peut dès le {forbidden} (Chrome Root Program). Sans demande explicite à l'AC, elle sera retirée</translation>
        </message>
        <message>
            <source>public CAs are dropping it ({cutoffs}). Unless your order asks for it explicitly, expect it to be stripped</source>
            <translation>les AC publiques l'abandonnent ({cutoffs}). Sans demande explicite à l'AC, elle sera retirée</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>il est vide</translation>
        </message>
        <message>
            <source>it is not a valid internationalised name</source>
            <translation>ce n'est pas un nom internationalisé valide</translation>
        </message>
        <message>
            <source>it has {length} characters, more than 253</source>
            <translation>il compte {length} caractères, plus de 253</translation>
        </message>
        <message>
            <source>the label '{label}' starts or ends with a hyphen</source>
            <translation>l'étiquette « {label} » commence ou se termine par un trait d'union</translation>
        </message>
        <message>
            <source>the label '{label}' contains '{characters}'</source>
            <translation>l'étiquette « {label} » contient « {characters} »</translation>
        </message>
        <message>
            <source>it has an empty label (two dots in a row)</source>
            <translation>il contient une étiquette vide (deux points à la suite)</translation>
        </message>
        <message>
            <source>the label '{label}…' is over 63 characters long</source>
            <translation>l'étiquette '{label}…' dépasse 63 caractères</translation>
        </message>
        <message>
            <source>an 'xn--' label is not a valid A-label</source>
            <translation>une étiquette 'xn--' n'est pas une étiquette A valide</translation>
        </message>
        <message>
            <source>every member of an Edge pool needs the same certificate and private key.</source>
            <translation>chaque membre d'un pool de serveurs Edge a besoin du même certificat et de la même clé privée.</translation>
        </message>
        <message>
            <source>the key is made on this computer, not on the Edge Server, and must be moved there with the certificate.</source>
            <translation>la clé est créée sur cet ordinateur, et non sur le serveur Edge, et doit y être transférée avec le certificat.</translation>
        </message>
        <message>
            <source>Microsoft requires an exportable key even on a single Edge Server, and you cannot move the certificate to a new server or keep a backup.</source>
            <translation>Microsoft exige une clé exportable même sur un serveur Edge unique, et sans elle vous ne pouvez ni déplacer le certificat vers un nouveau serveur ni en garder une sauvegarde.</translation>
        </message>
        <message>
            <source>Access Edge FQDN</source>
            <translation>FQDN du service Edge d'accès</translation>
        </message>
        <message>
            <source>Web Conferencing Edge FQDN</source>
            <translation>FQDN du service Edge de conférence web</translation>
        </message>
        <message>
            <source>A/V Edge FQDN</source>
            <translation>FQDN du service Edge A/V</translation>
        </message>
        <message>
            <source>The certificates the Edge serves</source>
            <translation>Les certificats que sert le serveur Edge</translation>
        </message>
        <message>
            <source>Most clients accept it. The Edge Server sends the chain Windows builds from the certificate stores of the local computer: check that the Intermediate Certification Authorities store holds the issuer of the Edge certificate, and no expired or replaced one.</source>
            <translation>La plupart des clients l'acceptent. Le serveur Edge envoie la chaîne que Windows construit à partir des magasins de certificats de l'ordinateur local : vérifiez que le magasin Autorités de certification intermédiaires contient l'émetteur du certificat Edge, et aucun émetteur expiré ou remplacé.</translation>
        </message>
        <message>
            <source>the name does not exist</source>
            <translation>le nom n'existe pas</translation>
        </message>
        <message>
            <source>the name has no record of that type</source>
            <translation>le nom n'a pas d'enregistrement de ce type</translation>
        </message>
        <message>
            <source>the DNS server did not answer in time</source>
            <translation>le serveur DNS n'a pas répondu à temps</translation>
        </message>
        <message>
            <source>the DNS server could not answer</source>
            <translation>le serveur DNS n'a pas pu répondre</translation>
        </message>
        <message>
            <source>Federation partners find your Access Edge through it.</source>
            <translation>Les partenaires fédérés trouvent votre service Edge d'accès grâce à lui.</translation>
        </message>
        <message>
            <source>Remote clients find your Access Edge through it to sign in.</source>
            <translation>Les clients distants trouvent votre service Edge d'accès grâce à lui pour se connecter.</translation>
        </message>
        <message>
            <source>the connection was refused (nothing listens on the port)</source>
            <translation>la connexion a été refusée (rien n'écoute sur ce port)</translation>
        </message>
        <message>
            <source>no answer within {timeout} seconds</source>
            <translation>aucune réponse en {timeout} secondes</translation>
        </message>
        <message>
            <source>the connection was reset during the handshake</source>
            <translation>la connexion a été réinitialisée pendant la négociation</translation>
        </message>
        <message>
            <source>the server ended the handshake</source>
            <translation>le serveur a mis fin à la négociation</translation>
        </message>
        <message>
            <source>the address cannot be reached</source>
            <translation>l'adresse est inaccessible</translation>
        </message>
        <message>
            <source>the connection was reset during the handshake ({detail})</source>
            <translation>la connexion a été réinitialisée pendant la négociation ({detail})</translation>
        </message>
        <message>
            <source>the server ended the handshake ({detail})</source>
            <translation>le serveur a mis fin à la négociation ({detail})</translation>
        </message>
        <message>
            <source>the address cannot be reached ({detail})</source>
            <translation>l'adresse est inaccessible ({detail})</translation>
        </message>
        <message>
            <source>it lacks {missing}</source>
            <translation>il lui manque {missing}</translation>
        </message>
        <message>
            <source>it carries {added}, which the plan does not</source>
            <translation>il porte {added}, que le plan ne prévoit pas</translation>
        </message>
        <message>
            <source>its subject name is not {planned}</source>
            <translation>son nom du sujet n'est pas {planned}</translation>
        </message>
        <message>
            <source>Intermediate Certification Authorities</source>
            <translation>Autorités de certification intermédiaires</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>On every Edge Server, import it into the Trusted Root Certification Authorities store of the local computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root); a public root can also come from Windows Update.</source>
            <translation>Sur chaque serveur Edge, importez-la dans le magasin Autorités de certification racines de confiance de l'ordinateur local (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root) ; une racine publique peut aussi venir de Windows Update.</translation>
        </message>
        <message>
            <source>On every Edge Server, import the root certificate of the CA that issued the Edge certificate into the Trusted Root Certification Authorities store of the local computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root). If '{name}' is an intermediate CA rather than the root, give the Edge certificate with its whole chain (the CA's full chain file, .p7b, or the PFX with its chain) to name the root.</source>
            <translation>Sur chaque serveur Edge, importez le certificat racine de l'AC qui a émis le certificat Edge dans le magasin Autorités de certification racines de confiance de l'ordinateur local (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root). Si « {name} » est une AC intermédiaire et non la racine, fournissez le certificat Edge avec toute sa chaîne (le fichier de chaîne complète de l'AC, .p7b, ou le PFX avec sa chaîne) pour nommer la racine.</translation>
        </message>
        <message>
            <source>Give the Edge certificate with its whole chain (the CA's full chain file, .p7b, or the PFX with its chain), so that the root it chains to can be looked for in the store. If '{issuer}' is itself the root of your CA, import it into the Trusted Root Certification Authorities store of every Edge Server.</source>
            <translation>Fournissez le certificat Edge avec toute sa chaîne (le fichier de chaîne complète de l'AC, .p7b, ou le PFX avec sa chaîne), pour que la racine à laquelle il aboutit puisse être cherchée dans le magasin. Si « {issuer} » est lui-même la racine de votre AC, importez-le dans le magasin Autorités de certification racines de confiance de chaque serveur Edge.</translation>
        </message>
        <message>
            <source>the Edge certificate '{certificate}' chains to it through '{intermediate}', and neither the store nor the certificate's file holds it; without it Windows cannot build that certificate's chain, and the Edge services cannot use it</source>
            <translation>la chaîne du certificat Edge « {certificate} » y aboutit par « {intermediate} », et ni le magasin ni le fichier du certificat ne la contiennent ; sans elle, Windows ne peut pas construire la chaîne de ce certificat et les services Edge ne peuvent pas l'utiliser</translation>
        </message>
        <message>
            <source>Windows requires it all the same: it still checks what was signed before that date with it (Microsoft KB 293781, "Required trusted root certificates")</source>
            <translation>Windows en a pourtant besoin : il vérifie encore avec lui ce qui a été signé avant cette date (article de la Base de connaissances Microsoft 293781, « Certificats racines de confiance requis »)</translation>
        </message>
        <message>
            <source>Keep it: Microsoft asks not to remove it, as Windows may then not work correctly.</source>
            <translation>Conservez-le : Microsoft demande de ne pas le supprimer, car Windows risquerait alors de ne plus fonctionner correctement.</translation>
        </message>
        <message>
            <source>It does no harm: Windows uses an expired root only to check what was signed before that date</source>
            <translation>Il ne gêne en rien : Windows n'utilise une racine expirée que pour vérifier ce qui a été signé avant cette date</translation>
        </message>
        <message>
            <source>Nothing to do. Remove it only if nothing signed before {not_after} (old signed programs or documents, time stamps) still needs it; never remove a root Windows requires (Microsoft KB 293781).</source>
            <translation>Rien à faire. Ne le supprimez que si rien de ce qui a été signé avant le {not_after} (anciens programmes ou documents signés, horodatages) n'en a encore besoin ; ne supprimez jamais une racine dont Windows a besoin (article de la Base de connaissances Microsoft 293781).</translation>
        </message>
        <message>
            <source>the Edge certificate '{certificate}' chains to it; without it Windows cannot build that certificate's chain, and the Edge services cannot use it</source>
            <translation>la chaîne du certificat Edge « {certificate} » y aboutit ; sans elle, Windows ne peut pas construire la chaîne de ce certificat et les services Edge ne peuvent pas l'utiliser</translation>
        </message>
        <message>
            <source>the store holds a root of that name (thumbprint {other_thumbprint}), but with another key, which did not sign the chain of the Edge certificate '{certificate}'; without the right root Windows cannot build that chain, and the Edge services cannot use the certificate</source>
            <translation>le magasin contient une racine de ce nom (empreinte numérique {other_thumbprint}), mais avec une autre clé, qui n'a pas signé la chaîne du certificat Edge « {certificate} » ; sans la bonne racine, Windows ne peut pas construire cette chaîne et les services Edge ne peuvent pas utiliser le certificat</translation>
        </message>
        <message>
            <source>On every Edge Server, import the root with the right key, from the CA that issued the Edge certificate, into the Trusted Root Certification Authorities store of the local computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root); the store's root of the same name does not replace it.</source>
            <translation>Sur chaque serveur Edge, importez la racine qui a la bonne clé, celle de l'AC qui a émis le certificat Edge, dans le magasin Autorités de certification racines de confiance de l'ordinateur local (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root) ; la racine du même nom présente dans le magasin ne la remplace pas.</translation>
        </message>
        <message>
            <source>it bears its own name as issuer, but another key signed it: it is self-issued, not self-signed</source>
            <translation>il porte son propre nom comme émetteur, mais une autre clé l'a signé : il est auto-émis, pas auto-signé</translation>
        </message>
        <message>
            <source>its issuer is '{issuer}'</source>
            <translation>son émetteur est « {issuer} »</translation>
        </message>
        <message>
            <source>the federation endpoints of Microsoft 365 (Teams, Skype for Business Online) chain to it (SHA-1 thumbprint {thumbprint}); an Edge Server that cannot reach Windows Update cannot fetch it</source>
            <translation>les chaînes des points de terminaison de fédération de Microsoft 365 (Teams, Skype Entreprise Online) y aboutissent (empreinte numérique SHA-1 {thumbprint}) ; un serveur Edge qui n'atteint pas Windows Update ne peut pas la récupérer</translation>
        </message>
        <message>
            <source>Nothing to do on an Edge Server that reaches Windows Update: Windows' automatic root update adds a public root the first time a chain needs it. On an Edge Server that cannot (a disconnected network, or the automatic root update turned off), import it into the Trusted Root Certification Authorities store of the local computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root), as Microsoft asks for Windows in disconnected environments.</source>
            <translation>Rien à faire sur un serveur Edge qui atteint Windows Update : la mise à jour automatique des certificats racines de Windows ajoute une racine publique la première fois qu'une chaîne en a besoin. Sur un serveur Edge qui ne l'atteint pas (réseau déconnecté, ou mise à jour automatique des certificats racines désactivée), importez-la dans le magasin Autorités de certification racines de confiance de l'ordinateur local (Import-Certificate -FilePath ROOT.cer -CertStoreLocation Cert:\LocalMachine\Root), comme Microsoft le demande pour Windows dans les environnements déconnectés.</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>request</source>
            <translation>demande de certificat</translation>
        </message>
        <message>
            <source>The certificates in the file</source>
            <translation>Les certificats du fichier</translation>
        </message>
        <message>
            <source>Nothing to do; pic-wizard writes exports in order.</source>
            <translation>Aucune action requise ; pic-wizard écrit les exportations dans l'ordre.</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>clé privée</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>ce dossier n'existe pas</translation>
        </message>
        <message>
            <source>planned certificate</source>
            <translation>certificat prévu</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Validité</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>EKU</source>
            <translation>EKU</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>CRL distribution point</source>
            <translation>Point de distribution de la liste de révocation (CRL)</translation>
        </message>
        <message>
            <source>Client Authentication</source>
            <translation>Authentification du client</translation>
        </message>
        <message>
            <source>SAN</source>
            <translation>SAN</translation>
        </message>
        <message>
            <source>XMPP federation</source>
            <translation>Fédération XMPP</translation>
        </message>
        <message>
            <source>Edge pool</source>
            <translation>Pool de serveurs Edge</translation>
        </message>
        <message>
            <source>Key usage</source>
            <translation>Utilisation de la clé</translation>
        </message>
        <message>
            <source>SIP domains</source>
            <translation>Domaines SIP</translation>
        </message>
        <message>
            <source>the chain breaks the rules of public certificates</source>
            <translation>la chaîne enfreint les règles des certificats publics</translation>
        </message>
        <message>
            <source>Give it as the chain (the CA's full chain file, .p7b, has it). If it is the root of a private or test CA, give it as the trusted roots instead: a test can then pass, but federation partners trust only public CAs.</source>
            <translation>Fournissez-le comme chaîne (le fichier de chaîne complète de l'AC, .p7b, le contient). S'il s'agit de la racine d'une AC privée ou de test, fournissez-la plutôt comme racines de confiance : un test peut alors réussir, mais les partenaires de fédération n'approuvent que les AC publiques.</translation>
        </message>
        <message>
            <source>a certificate of the chain is signed with an algorithm public certification authorities no longer use</source>
            <translation>un certificat de la chaîne est signé avec un algorithme que les autorités de certification publiques n'utilisent plus</translation>
        </message>
        <message>
            <source>a certificate of the chain is outside its validity period</source>
            <translation>un certificat de la chaîne est hors de sa période de validité</translation>
        </message>
        <message>
            <source>a certificate of the chain is not a CA certificate</source>
            <translation>un certificat de la chaîne n'est pas un certificat d'autorité de certification</translation>
        </message>
        <message>
            <source>a CA certificate of the chain may not sign certificates</source>
            <translation>un certificat d'autorité de certification de la chaîne n'a pas le droit de signer des certificats</translation>
        </message>
        <message>
            <source>a name is outside what the issuing CA may certify</source>
            <translation>un nom sort de ce que l'autorité de certification émettrice peut certifier</translation>
        </message>
        <message>
            <source>the chain is too long</source>
            <translation>la chaîne est trop longue</translation>
        </message>
        <message>
            <source>a CA of the chain may not have that many CAs below it (path length constraint)</source>
            <translation>une autorité de certification de la chaîne ne peut pas avoir autant d'autorités sous elle (contrainte de longueur du chemin)</translation>
        </message>
        <message>
            <source>a key of the chain is too weak or of an unsupported type</source>
            <translation>une clé de la chaîne est trop faible ou d'un type non pris en charge</translation>
        </message>
        <message>
            <source>a certificate of the chain is not an X.509 version 3 certificate</source>
            <translation>un certificat de la chaîne n'est pas un certificat X.509 version 3</translation>
        </message>
        <message>
            <source>a certificate of the chain has a serial number RFC 5280 forbids (negative, zero or longer than 20 bytes)</source>
            <translation>un certificat de la chaîne a un numéro de série que la RFC 5280 interdit (négatif, nul ou de plus de 20 octets)</translation>
        </message>
        <message>
            <source>a certificate of the chain writes a date before 2050 in the form RFC 5280 reserves for later dates (GeneralizedTime)</source>
            <translation>un certificat de la chaîne écrit une date antérieure à 2050 sous la forme que la RFC 5280 réserve aux dates ultérieures (GeneralizedTime)</translation>
        </message>
        <message>
            <source>a certificate of the chain has an empty issuer name</source>
            <translation>un certificat de la chaîne a un nom d'émetteur vide</translation>
        </message>
        <message>
            <source>a certificate of the chain has a critical extension no client knows, so every client must refuse it</source>
            <translation>un certificat de la chaîne a une extension critique qu'aucun client ne connaît : tout client doit donc le refuser</translation>
        </message>
        <message>
            <source>a certificate of the chain names two different signature algorithms</source>
            <translation>un certificat de la chaîne indique deux algorithmes de signature différents</translation>
        </message>
        <message>
            <source>a signature of the chain does not verify</source>
            <translation>une signature de la chaîne n'est pas valide</translation>
        </message>
        <message>
            <source>an extension of a certificate of the chain breaks the rules of public certificates</source>
            <translation>une extension d'un certificat de la chaîne enfreint les règles des certificats publics</translation>
        </message>
        <message>
            <source>no trusted root was given</source>
            <translation>aucune racine de confiance n'a été fournie</translation>
        </message>
        <message>
            <source> (it publishes it at {url})</source>
            <translation> (elle le publie à l'adresse {url})</translation>
        </message>
        <message>
            <source>the root '{root}' is not among the trusted roots</source>
            <translation>la racine « {root} » ne fait pas partie des racines de confiance</translation>
        </message>
        <message>
            <source>the signature of '{signed}' does not verify with the certificate of '{issuer}' (damaged, or not its issuer)</source>
            <translation>la signature de « {signed} » ne se vérifie pas avec le certificat de « {issuer} » (endommagé, ou ce n'est pas son émetteur)</translation>
        </message>
        <message>
            <source>for its integrity check (MAC)</source>
            <translation>pour son contrôle d'intégrité (MAC)</translation>
        </message>
        <message>
            <source>for its certificates</source>
            <translation>pour ses certificats</translation>
        </message>
        <message>
            <source>for its private key</source>
            <translation>pour sa clé privée</translation>
        </message>
        <message>
            <source>for all its derivations together</source>
            <translation>pour l'ensemble de ses dérivations</translation>
        </message>
        <message>
            <source>data</source>
            <translation>des données</translation>
        </message>
        <message>
            <source>an encrypted (enveloped) message</source>
            <translation>un message chiffré (enveloppé)</translation>
        </message>
        <message>
            <source>a signed and encrypted message</source>
            <translation>un message signé et chiffré</translation>
        </message>
        <message>
            <source>a digest</source>
            <translation>un condensat</translation>
        </message>
        <message>
            <source>encrypted data</source>
            <translation>des données chiffrées</translation>
        </message>
        <message>
            <source>an unknown kind of content</source>
            <translation>un contenu de type inconnu</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificats</translation>
        </message>
        <message>
            <source>private keys</source>
            <translation>clés privées</translation>
        </message>
        <message>
            <source>a certificate request</source>
            <translation>une demande de certificat</translation>
        </message>
        <message>
            <source>a private key</source>
            <translation>une clé privée</translation>
        </message>
        <message>
            <source>nothing pic-wizard can use</source>
            <translation>rien que pic-wizard puisse utiliser</translation>
        </message>
        <message>
            <source>PEM blocks</source>
            <translation>blocs PEM</translation>
        </message>
        <message>
            <source>elements</source>
            <translation>éléments</translation>
        </message>
        <message>
            <source>it is not a valid certificate</source>
            <translation>ce n'est pas un certificat valide</translation>
        </message>
        <message>
            <source>a certificate</source>
            <translation>un certificat</translation>
        </message>
        <message>
            <source>{certificates} certificates</source>
            <translation>{certificates} certificats</translation>
        </message>
        <message>
            <source>it is not a valid key</source>
            <translation>ce n'est pas une clé valide</translation>
        </message>
        <message>
            <source>its ASN.1 encoding is invalid</source>
            <translation>son encodage ASN.1 n'est pas valide</translation>
        </message>
        <message>
            <source>the Base64 text is invalid</source>
            <translation>le texte Base64 n'est pas valide</translation>
        </message>
        <message>
            <source>it is not a valid request</source>
            <translation>ce n'est pas une demande de certificat valide</translation>
        </message>
        <message>
            <source>it is not a PKCS#7 certificate chain</source>
            <translation>ce n'est pas une chaîne de certificats PKCS#7</translation>
        </message>
        <message>
            <source>it does not start as a serialized certificate store</source>
            <translation>il ne commence pas comme un magasin de certificats sérialisé</translation>
        </message>
        <message>
            <source>it is cut short before its end marker</source>
            <translation>il est tronqué avant son marqueur de fin</translation>
        </message>
        <message>
            <source>an element has an identifier the format does not allow</source>
            <translation>un élément porte un identificateur que le format n'autorise pas</translation>
        </message>
        <message>
            <source>an element has an encoding the format does not allow</source>
            <translation>un élément a un codage que le format n'autorise pas</translation>
        </message>
        <message>
            <source>an element is longer than the rest of the file</source>
            <translation>un élément est plus long que le reste du fichier</translation>
        </message>
        <message>
            <source>its end marker is damaged</source>
            <translation>son marqueur de fin est endommagé</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n remarque</numerusform>
                <numerusform>%n remarques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked with the key, {what}; the chain holds %n CA certificate(s).</source>
            <translation>
                <numerusform>Vérifié avec la clé, {what} ; la chaîne contient %n certificat d'autorité.</numerusform>
                <numerusform>Vérifié avec la clé, {what} ; la chaîne contient %n certificats d'autorité.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The store holds %n certificate(s):</source>
            <translation>
                <numerusform>Le magasin contient %n certificat :</numerusform>
                <numerusform>Le magasin contient %n certificats :</numerusform>
            </translation>
        </message>
        <message>
            <source>write the seed example profile (Contoso/Fabrikam, AOL)</source>
            <translation>écrire le profil d'exemple (Contoso/Fabrikam, AOL)</translation>
        </message>
        <message>
            <source>make a profile from a Topology Builder file (.tbxml, Download Topology)</source>
            <translation>créer un profil à partir d'un fichier du Générateur de topologie (.tbxml, Télécharger la topologie)</translation>
        </message>
        <message>
            <source>the answers of the certificate being replaced, and what renewing changes</source>
            <translation>les réponses du certificat à remplacer, et ce que le renouvellement change</translation>
        </message>
        <message>
            <source>show the certificate a profile needs, and its findings</source>
            <translation>afficher le certificat dont un profil a besoin, et ses constats</translation>
        </message>
        <message>
            <source>generate the private key and the request (.req)</source>
            <translation>générer la clé privée et la demande (.req)</translation>
        </message>
        <message>
            <source>make the PFX from the issued certificate and the key, checked together</source>
            <translation>créer le fichier PFX à partir du certificat émis et de la clé, vérifiés ensemble</translation>
        </message>
        <message>
            <source>check certificates, chains, PFX files or requests</source>
            <translation>vérifier des certificats, des chaînes, des fichiers PFX ou des demandes</translation>
        </message>
        <message>
            <source>check an export of the Edge Server's Trusted Root store</source>
            <translation>vérifier une exportation du magasin racine de confiance du serveur Edge</translation>
        </message>
        <message>
            <source>test a deployed Edge: DNS SRV records, TLS and the certificate it serves</source>
            <translation>tester un serveur Edge déployé : enregistrements DNS SRV, TLS et le certificat qu'il présente</translation>
        </message>
        <message>
            <source>write a certreq INF: the same request, key made on the Edge</source>
            <translation>écrire un INF pour certreq : la même demande, clé créée sur le serveur Edge</translation>
        </message>
        <message>
            <source>write the Request/Import/Set-CsCertificate lines for the profile</source>
            <translation>écrire les lignes Request/Import/Set-CsCertificate du profil</translation>
        </message>
        <message>
            <source>write a report of a plan or of a check (HTML or PDF) for a change ticket</source>
            <translation>écrire le rapport d'un plan ou d'une vérification (HTML ou PDF) pour une demande de modification</translation>
        </message>
        <message>
            <source>certificates, chains, PFX files or requests; a folder: the files below it</source>
            <translation>des certificats, chaînes, fichiers PFX ou demandes ; un dossier : les fichiers qu'il contient</translation>
        </message>
        <message>
            <source>check as on this day (UTC)</source>
            <translation>vérifier comme à ce jour (UTC)</translation>
        </message>
        <message>
            <source>one JSON object per file, per line</source>
            <translation>un objet JSON par fichier, par ligne</translation>
        </message>
        <message>
            <source>processes for a large audit (default: one per CPU; 1 to stay in one process)</source>
            <translation>processus pour un grand audit (par défaut : un par processeur ; 1 pour rester dans un seul processus)</translation>
        </message>
        <message>
            <source>the certificate the CA issued</source>
            <translation>le certificat émis par l'autorité de certification</translation>
        </message>
        <message>
            <source>the private key of the request</source>
            <translation>la clé privée de la demande</translation>
        </message>
        <message>
            <source>the PFX file to write</source>
            <translation>le fichier PFX à écrire</translation>
        </message>
        <message>
            <source>intermediate certificates</source>
            <translation>certificats intermédiaires</translation>
        </message>
        <message>
            <source>trusted roots instead of the public ones (certifi)</source>
            <translation>racines de confiance à la place des racines publiques (certifi)</translation>
        </message>
        <message>
            <source>the request the certificate answers (default: the .req beside the key)</source>
            <translation>la demande à laquelle le certificat répond (par défaut : le .req à côté de la clé)</translation>
        </message>
        <message>
            <source>the profile the certificate is for (default: the .json beside the key)</source>
            <translation>le profil auquel le certificat est destiné (par défaut : le .json à côté de la clé)</translation>
        </message>
        <message>
            <source>the key's passphrase (first line); or set PIC_WIZARD_PASSWORD</source>
            <translation>la phrase secrète de la clé (première ligne) ; ou définissez PIC_WIZARD_PASSWORD</translation>
        </message>
        <message>
            <source>the PFX password (first line); else asked twice at the terminal</source>
            <translation>le mot de passe du PFX (première ligne) ; sinon demandé deux fois dans le terminal</translation>
        </message>
        <message>
            <source>encrypt with AES-256, which Windows Server 2019 and later import (default: as the profile's server product suggests: 3DES unless all its Windows Servers do)</source>
            <translation>chiffrer en AES-256, que Windows Server 2019 et versions ultérieures importent (par défaut : selon le produit serveur du profil : 3DES, sauf si toutes ses versions de Windows Server l'importent)</translation>
        </message>
        <message>
            <source>encrypt with 3DES, which every Windows Server imports (2016 and older need it)</source>
            <translation>chiffrer en 3DES, que toutes les versions de Windows Server importent (2016 et versions antérieures l'exigent)</translation>
        </message>
        <message>
            <source>the PFX's friendly name (default: the profile's, else the certificate's name)</source>
            <translation>le nom convivial du PFX (par défaut : celui du profil, sinon le nom du certificat)</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>remplacer FILE s'il existe</translation>
        </message>
        <message>
            <source>write the PFX even though errors are found (exit code 1)</source>
            <translation>écrire le PFX même si des erreurs sont trouvées (code de sortie 1)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>afficher du JSON</translation>
        </message>
        <message>
            <source>Password for the PFX: </source>
            <translation>Mot de passe du PFX : </translation>
        </message>
        <message>
            <source>Same password again: </source>
            <translation>Le même mot de passe, à nouveau : </translation>
        </message>
        <message>
            <source>This key does not belong to this certificate: no PFX was written.</source>
            <translation>Cette clé n'appartient pas à ce certificat : aucun fichier PFX n'a été écrit.</translation>
        </message>
        <message>
            <source>AES-256</source>
            <translation>AES-256</translation>
        </message>
        <message>
            <source>3DES, SHA-1</source>
            <translation>3DES, SHA-1</translation>
        </message>
        <message>
            <source>No PFX was written: fix the errors above, or give --allow-errors to write it anyway.</source>
            <translation>Aucun fichier PFX n'a été écrit : corrigez les erreurs ci-dessus, ou indiquez --allow-errors pour l'écrire malgré tout.</translation>
        </message>
        <message>
            <source>the request {file}</source>
            <translation>la demande {file}</translation>
        </message>
        <message>
            <source>the profile {file}</source>
            <translation>le profil {file}</translation>
        </message>
        <message>
            <source>nothing else</source>
            <translation>rien d'autre</translation>
        </message>
        <message>
            <source>Wrote the PFX: {path} ({protection}; friendly name: {name})</source>
            <translation>PFX écrit : {path} ({protection} ; nom convivial : {name})</translation>
        </message>
        <message>
            <source>folder to write into</source>
            <translation>dossier où écrire</translation>
        </message>
        <message>
            <source>file base name (default: the subject name)</source>
            <translation>nom de base des fichiers (par défaut : le nom du sujet)</translation>
        </message>
        <message>
            <source>encrypt the key with F's first line</source>
            <translation>chiffrer la clé avec la première ligne de F</translation>
        </message>
        <message>
            <source>write the private key unencrypted</source>
            <translation>écrire la clé privée sans chiffrement</translation>
        </message>
        <message>
            <source>replace existing files</source>
            <translation>remplacer les fichiers existants</translation>
        </message>
        <message>
            <source>judge dates as on this day</source>
            <translation>juger les dates comme à ce jour</translation>
        </message>
        <message>
            <source>Passphrase for the private key: </source>
            <translation>Phrase secrète de la clé privée : </translation>
        </message>
        <message>
            <source>Same passphrase again: </source>
            <translation>La même phrase secrète, à nouveau : </translation>
        </message>
        <message>
            <source>encrypted with AES-256</source>
            <translation>chiffrée en AES-256</translation>
        </message>
        <message>
            <source>NOT encrypted</source>
            <translation>NON chiffrée</translation>
        </message>
        <message>
            <source>, readable by you only</source>
            <translation>, lisible par vous seul</translation>
        </message>
        <message>
            <source>; keep it in a folder only you can read</source>
            <translation> ; gardez-la dans un dossier que vous seul pouvez lire</translation>
        </message>
        <message>
            <source>Next: submit the .req file to your public certification authority. Keep the .key file safe: with the certificate the CA sends back, it makes the PFX to import on every Edge Server. Then check the reply:</source>
            <translation>Ensuite : soumettez le fichier .req à votre autorité de certification publique. Gardez le fichier .key en lieu sûr : avec le certificat que l'autorité de certification renvoie, il forme le PFX à importer sur chaque serveur Edge. Vérifiez ensuite la réponse :</translation>
        </message>
        <message>
            <source>Wrote the request: {path}</source>
            <translation>Demande écrite : {path}</translation>
        </message>
        <message>
            <source>Wrote the private key: {path} ({protection})</source>
            <translation>Clé privée écrite : {path} ({protection})</translation>
        </message>
        <message>
            <source>Subject: {subject}; SAN: {san}</source>
            <translation>Sujet : {subject} ; SAN : {san}</translation>
        </message>
        <message>
            <source>Warnings ({count}):</source>
            <translation>Avertissements ({count}) :</translation>
        </message>
        <message>
            <source>write to FILE instead of standard output</source>
            <translation>écrire dans FILE au lieu de la sortie standard</translation>
        </message>
        <message>
            <source>Wrote the example profile to {path}</source>
            <translation>Profil d'exemple écrit dans {path}</translation>
        </message>
        <message>
            <source>the Edge pool, when there are several</source>
            <translation>le pool de serveurs Edge, s'il y en a plusieurs</translation>
        </message>
        <message>
            <source>the server product (default: sfbse, Subscription Edition, or sfb2015 when the pool runs the XMPP proxy, which 2019 and Subscription Edition do not have)</source>
            <translation>le produit serveur (par défaut : sfbse, Subscription Edition, ou sfb2015 quand le pool exécute le proxy XMPP, que 2019 et Subscription Edition n'ont pas)</translation>
        </message>
        <message>
            <source>write to PROFILE instead of standard output</source>
            <translation>écrire dans PROFILE au lieu de la sortie standard</translation>
        </message>
        <message>
            <source>replace PROFILE if it exists</source>
            <translation>remplacer PROFILE s'il existe</translation>
        </message>
        <message>
            <source>Wrote the profile of the Edge pool {pool} to {path}</source>
            <translation>Profil du pool de serveurs Edge {pool} écrit dans {path}</translation>
        </message>
        <message>
            <source>write to F instead of standard output</source>
            <translation>écrire dans F au lieu de la sortie standard</translation>
        </message>
        <message>
            <source>replace F if it exists</source>
            <translation>remplacer F s'il existe</translation>
        </message>
        <message>
            <source>the certreq INF</source>
            <translation>le fichier INF pour certreq</translation>
        </message>
        <message>
            <source>an Edge Server of the pool (repeat for each member)</source>
            <translation>un serveur Edge du pool (à répéter pour chaque membre)</translation>
        </message>
        <message>
            <source>the PowerShell script</source>
            <translation>le script PowerShell</translation>
        </message>
        <message>
            <source>a SIP domain (its SRV records are looked up), or HOST:PORT</source>
            <translation>un domaine SIP (ses enregistrements SRV sont recherchés), ou HÔTE:PORT</translation>
        </message>
        <message>
            <source>judge as on this day (UTC)</source>
            <translation>juger comme à ce jour (UTC)</translation>
        </message>
        <message>
            <source>one JSON object per endpoint, per line</source>
            <translation>un objet JSON par point de terminaison, par ligne</translation>
        </message>
        <message>
            <source>the answers to renew with</source>
            <translation>les réponses avec lesquelles renouveler</translation>
        </message>
        <message>
            <source>a Topology Builder file to renew with</source>
            <translation>un fichier du Générateur de topologie avec lequel renouveler</translation>
        </message>
        <message>
            <source>write the answers to PROFILE</source>
            <translation>écrire les réponses dans PROFILE</translation>
        </message>
        <message>
            <source>the PFX password (first line)</source>
            <translation>le mot de passe du PFX (première ligne)</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>Ce qui change</translation>
        </message>
        <message>
            <source>Next: pic-wizard-cli csr makes a new private key and request from these answers; the current key is not reused.</source>
            <translation>Ensuite : pic-wizard-cli csr crée une nouvelle clé privée et une nouvelle demande à partir de ces réponses ; la clé actuelle n'est pas réutilisée.</translation>
        </message>
        <message>
            <source>Renewing {file} ({subject}, valid to {end} UTC)</source>
            <translation>Renouvellement de {file} ({subject}, valide jusqu'au {end} UTC)</translation>
        </message>
        <message>
            <source>Nothing: the same names, usages and key size.</source>
            <translation>Rien : les mêmes noms, les mêmes utilisations et la même taille de clé.</translation>
        </message>
        <message>
            <source>Wrote the answers to {path}</source>
            <translation>Réponses écrites dans {path}</translation>
        </message>
        <message>
            <source>a profile (.json): the plan; else the files to check</source>
            <translation>un profil (.json) : le plan ; sinon les fichiers à vérifier</translation>
        </message>
        <message>
            <source>the report's format (default: from the extension of --out, else PDF)</source>
            <translation>le format du rapport (par défaut : selon l'extension de --out, sinon PDF)</translation>
        </message>
        <message>
            <source>the report file to write</source>
            <translation>le fichier du rapport à écrire</translation>
        </message>
        <message>
            <source>a report of a probe of these SIP domains or HOST:PORT (the options of probe)</source>
            <translation>un rapport du test de ces domaines SIP ou HÔTE:PORT (les options de probe)</translation>
        </message>
        <message>
            <source>Wrote the report: {path}</source>
            <translation>Rapport écrit : {path}</translation>
        </message>
        <message>
            <source>the export of Cert:\LocalMachine\Root (.p7b, .sst, PEM or DER); several files are one store</source>
            <translation>l'exportation de Cert:\LocalMachine\Root (.p7b, .sst, PEM ou DER) ; plusieurs fichiers forment un seul magasin</translation>
        </message>
        <message>
            <source>the Edge certificate (certificate, chain or PFX): its root must be in the store</source>
            <translation>le certificat Edge (certificat, chaîne ou PFX) : sa racine doit être dans le magasin</translation>
        </message>
        <message>
            <source>password of a PFX (first line); or set PIC_WIZARD_PASSWORD</source>
            <translation>mot de passe d'un PFX (première ligne) ; ou définissez PIC_WIZARD_PASSWORD</translation>
        </message>
        <message>
            <source>judge dates as on this day (UTC)</source>
            <translation>juger les dates comme à ce jour (UTC)</translation>
        </message>
        <message>
            <source>pic-wizard-cli: error: {message}</source>
            <translation>pic-wizard-cli : erreur : {message}</translation>
        </message>
        <message>
            <source>Wrote {what}: {path}</source>
            <translation>Écrit ({what}) : {path}</translation>
        </message>
        <message>
            <source>the profile the certificate is for</source>
            <translation>le profil auquel le certificat est destiné</translation>
        </message>
        <message>
            <source>the private key the certificate should match</source>
            <translation>la clé privée à laquelle le certificat doit correspondre</translation>
        </message>
        <message>
            <source>the request the certificate answers</source>
            <translation>la demande à laquelle le certificat répond</translation>
        </message>
        <message>
            <source>warn when a certificate has fewer than N days left (default: 30)</source>
            <translation>avertir lorsqu'il reste moins de N jours à un certificat (par défaut : 30)</translation>
        </message>
        <message>
            <source>password of PFX files and keys (first line); or set PIC_WIZARD_PASSWORD</source>
            <translation>mot de passe des fichiers PFX et des clés (première ligne) ; ou définir PIC_WIZARD_PASSWORD</translation>
        </message>
        <message>
            <source>also probe the profile's Access Edge (5061, 443) and Web Conferencing Edge (443); on a single-IP Edge (one name for both), 5061 and 444</source>
            <translation>tester aussi le service Edge d'accès (5061, 443) et le service Edge de conférence web (443) du profil ; sur un serveur Edge à une seule adresse IP (un seul nom pour les deux), 5061 et 444</translation>
        </message>
        <message>
            <source>ask this DNS server (default: the system's)</source>
            <translation>interroger ce serveur DNS (par défaut : celui du système)</translation>
        </message>
        <message>
            <source>connect to IP for HOST without asking DNS (repeatable)</source>
            <translation>se connecter à IP pour HÔTE sans interroger le DNS (répétable)</translation>
        </message>
        <message>
            <source>reach HOST:PORT at IP:PORT instead, still as HOST (a port forward; repeatable)</source>
            <translation>joindre HÔTE:PORT à IP:PORT, toujours en tant qu'HÔTE (une redirection de port ; répétable)</translation>
        </message>
        <message>
            <source>the longest wait of each lookup and each connection (default: 5)</source>
            <translation>l'attente la plus longue de chaque recherche et de chaque connexion (par défaut : 5)</translation>
        </message>
        <message>
            <source>the profile the Edge was deployed from</source>
            <translation>le profil à partir duquel le serveur Edge a été déployé</translation>
        </message>
        <message>
            <source>Plan, request and check the external Edge certificate of Lync Server 2013 and Skype for Business Server.</source>
            <translation>Planifier, demander et vérifier le certificat Edge externe de Lync Server 2013 et de Skype for Business Server.</translation>
        </message>
        <message>
            <source>Exit codes: 0 no error found, 1 errors found, 2 unreadable input, bad command line or output that cannot be written, 3 a bug in pic-wizard.</source>
            <translation>Codes de sortie : 0 aucune erreur trouvée, 1 erreurs trouvées, 2 entrée illisible, ligne de commande incorrecte ou sortie impossible à écrire, 3 un bogue de pic-wizard.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher la version du programme et quitter</translation>
        </message>
        <message>
            <source>the language of messages (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG; on Windows, the display language)</source>
            <translation>la langue des messages (par défaut : LANGUAGE, LC_ALL, LC_MESSAGES ou LANG ; sous Windows, la langue d'affichage)</translation>
        </message>
        <message>
            <source>command</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>pic-wizard-cli: interrupted</source>
            <translation>pic-wizard-cli : interrompu</translation>
        </message>
        <message>
            <source>pic-wizard-cli: internal error ({error}). This is a bug in pic-wizard; please report it with the command you ran.</source>
            <translation>pic-wizard-cli : erreur interne ({error}). C'est un bogue de pic-wizard ; signalez-le avec la commande que vous avez lancée.</translation>
        </message>
        <message>
            <source>Fix:</source>
            <translation>Solution :</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERREUR</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>AVERTISSEMENT</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>REMARQUE</translation>
        </message>
        <message>
            <source>exportable</source>
            <translation>exportable</translation>
        </message>
        <message>
            <source>NOT exportable</source>
            <translation>NON exportable</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Subject alternative names, in this order</source>
            <translation>Autres noms du sujet (SAN), dans cet ordre</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>certificate request</source>
            <translation>demande de certificat</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Sujet :</translation>
        </message>
        <message>
            <source>SAN:</source>
            <translation>SAN :</translation>
        </message>
        <message>
            <source>EKU:</source>
            <translation>EKU :</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Clé :</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>PRÊT</translation>
        </message>
        <message>
            <source>READY, with warnings to read</source>
            <translation>PRÊT, avec des avertissements à lire</translation>
        </message>
        <message>
            <source>NOT READY</source>
            <translation>PAS PRÊT</translation>
        </message>
        <message>
            <source>{file}: cannot be checked: {message}</source>
            <translation>{file} : vérification impossible : {message}</translation>
        </message>
        <message>
            <source>no problem found</source>
            <translation>aucun problème trouvé</translation>
        </message>
        <message>
            <source>warnings to read</source>
            <translation>avertissements à lire</translation>
        </message>
        <message>
            <source>problems to fix</source>
            <translation>problèmes à corriger</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Enhanced key usage</source>
            <translation>Utilisation améliorée de la clé</translation>
        </message>
        <message>
            <source>Key usage</source>
            <translation>Utilisation de la clé</translation>
        </message>
        <message>
            <source>Validity and renewal</source>
            <translation>Validité et renouvellement</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Émetteur :</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Validité :</translation>
        </message>
        <message>
            <source>Renewal:</source>
            <translation>Renouvellement :</translation>
        </message>
        <message>
            <source>Thumbprint:</source>
            <translation>Empreinte :</translation>
        </message>
        <message>
            <source>Chain:</source>
            <translation>Chaîne :</translation>
        </message>
        <message>
            <source>SRV:</source>
            <translation>SRV :</translation>
        </message>
        <message>
            <source>TLS:</source>
            <translation>TLS :</translation>
        </message>
        <message>
            <source>Served:</source>
            <translation>Présenté :</translation>
        </message>
        <message>
            <source>Client CAs:</source>
            <translation>AC clientes :</translation>
        </message>
        <message>
            <source>a single Edge Server</source>
            <translation>un serveur Edge unique</translation>
        </message>
        <message>
            <source>an Edge pool of {n} servers (DNS load balancing)</source>
            <translation>un pool de serveurs Edge de {n} serveurs (équilibrage de charge DNS)</translation>
        </message>
        <message>
            <source>an Edge pool of {n} servers (hardware load balancing)</source>
            <translation>un pool de serveurs Edge de {n} serveurs (équilibrage de la charge matérielle)</translation>
        </message>
        <message>
            <source>External Edge certificate for {product}, {deployment}</source>
            <translation>Certificat Edge externe pour {product}, {deployment}</translation>
        </message>
        <message>
            <source>Trusted Root store ({files}): {verdict} ({counts})</source>
            <translation>Magasin racine de confiance ({files}) : {verdict} ({counts})</translation>
        </message>
        <message>
            <source>{target}: {endpoint}: {verdict} ({counts})</source>
            <translation>{target} : {endpoint} : {verdict} ({counts})</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>{key}, {exportable}; signed with SHA-256</source>
            <translation>{key}, {exportable} ; signée avec SHA-256</translation>
        </message>
        <message>
            <source>Findings: {counts}</source>
            <translation>Constats : {counts}</translation>
        </message>
        <message>
            <source>{file}: {what}: {verdict} ({counts})</source>
            <translation>{file} : {what} : {verdict} ({counts})</translation>
        </message>
        <message>
            <source>{start} to {end} UTC</source>
            <translation>du {start} au {end} UTC</translation>
        </message>
        <message>
            <source>{thumbprint} (SHA-1, as Windows shows it)</source>
            <translation>{thumbprint} (SHA-1, comme l'affiche Windows)</translation>
        </message>
        <message>
            <source>Not checked without --profile: {rules}</source>
            <translation>Non vérifié sans --profile : {rules}</translation>
        </message>
        <message>
            <source>Edge certificate: {subject}</source>
            <translation>Certificat Edge : {subject}</translation>
        </message>
        <message>
            <source>valid to {end}, thumbprint {thumbprint}</source>
            <translation>valide jusqu'au {end}, empreinte numérique {thumbprint}</translation>
        </message>
        <message>
            <source>Its chain:</source>
            <translation>Sa chaîne :</translation>
        </message>
    </context>
    <context>
        <name>Lifetime</name>
        <message numerus="yes">
            <source>Expires on {not_after}, in %n day(s). Renew it by {renew_by}.</source>
            <translation>
                <numerusform>Expire le {not_after}, dans %n jour. Renouvelez-le au plus tard le {renew_by}.</numerusform>
                <numerusform>Expire le {not_after}, dans %n jours. Renouvelez-le au plus tard le {renew_by}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expires on {not_after}, in %n day(s). Renew it now: the day to renew by, {renew_by}, has passed.</source>
            <translation>
                <numerusform>Expire le {not_after}, dans %n jour. Renouvelez-le maintenant : la date de renouvellement, le {renew_by}, est passée.</numerusform>
                <numerusform>Expire le {not_after}, dans %n jours. Renouvelez-le maintenant : la date de renouvellement, le {renew_by}, est passée.</numerusform>
            </translation>
        </message>
        <message>
            <source>A public CA issues it for {max_days} days at most: issued on {on}, it expires by {latest_expiry}. Put {renew_by} in your calendar to renew it.</source>
            <translation>Une AC publique l'émet pour {max_days} jours au plus : émis le {on}, il expire au plus tard le {latest_expiry}. Notez le {renew_by} dans votre calendrier pour le renouveler.</translation>
        </message>
        <message>
            <source>A public CA issues it for {max_days} days at most: issued on {on}, it expires by {latest_expiry}. Put {renew_by} in your calendar to renew it; the next one may last {renewal_max_days} days at most.</source>
            <translation>Une AC publique l'émet pour {max_days} jours au plus : émis le {on}, il expire au plus tard le {latest_expiry}. Notez le {renew_by} dans votre calendrier pour le renouveler ; le suivant durera {renewal_max_days} jours au plus.</translation>
        </message>
        <message>
            <source>Expired on {not_after}.</source>
            <translation>Expiré le {not_after}.</translation>
        </message>
    </context>
    <context>
        <name>PoolList</name>
        <message numerus="yes">
            <source>{pool} (%n server(s), Access Edge {access})</source>
            <translation>
                <numerusform>{pool} (%n serveur, service Edge d'accès {access})</numerusform>
                <numerusform>{pool} (%n serveurs, service Edge d'accès {access})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n endpoint(s)</source>
            <translation>
                <numerusform>%n point de terminaison</numerusform>
                <numerusform>%n points de terminaison</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n remarque</numerusform>
                <numerusform>%n remarques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix.</source>
            <translation>
                <numerusform>%n problème à corriger.</numerusform>
                <numerusform>%n problèmes à corriger.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Lisez l'avertissement.</numerusform>
                <numerusform>Lisez les %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>a single Edge Server</source>
            <translation>un serveur Edge unique</translation>
        </message>
        <message>
            <source>an Edge pool of {n} servers (DNS load balancing)</source>
            <translation>un pool de serveurs Edge de {n} serveurs (équilibrage de charge DNS)</translation>
        </message>
        <message>
            <source>an Edge pool of {n} servers (hardware load balancing)</source>
            <translation>un pool de serveurs Edge de {n} serveurs (équilibrage de la charge matérielle)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Ready, with warnings to read</source>
            <translation>Prêt, avec des avertissements à lire</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Pas prêt</translation>
        </message>
        <message>
            <source>External Edge certificate: plan</source>
            <translation>Certificat Edge externe : plan</translation>
        </message>
        <message>
            <source>Thumbprint (SHA-1, as Windows shows it)</source>
            <translation>Empreinte numérique (SHA-1, comme l'affiche Windows)</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation>Empreinte SHA-256</translation>
        </message>
        <message>
            <source>External Edge certificate: check</source>
            <translation>Certificat Edge externe : vérification</translation>
        </message>
        <message>
            <source>Deployed Edge: probe</source>
            <translation>Serveur Edge déployé : test</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>Topologie</translation>
        </message>
        <message>
            <source>Certificate to request</source>
            <translation>Certificat à demander</translation>
        </message>
        <message>
            <source>Subject alternative names, in this order</source>
            <translation>Autres noms du sujet (SAN), dans cet ordre</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Why it is there</source>
            <translation>Raison de sa présence</translation>
        </message>
        <message>
            <source>Changes from the current certificate</source>
            <translation>Changements par rapport au certificat actuel</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Certificate request</source>
            <translation>Demande de certificat</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Autres noms du sujet (SAN)</translation>
        </message>
        <message>
            <source>Enhanced key usage</source>
            <translation>Utilisation améliorée de la clé</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Stopped before the end: only the endpoints below were tested, and what was not tested may be broken.</source>
            <translation>Arrêté avant la fin : seuls les points de terminaison ci-dessous ont été testés, et ce qui ne l'a pas été peut être défaillant.</translation>
        </message>
        <message>
            <source>What was tested</source>
            <translation>Ce qui a été testé</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Que faire</translation>
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
            <source>exportable</source>
            <translation>exportable</translation>
        </message>
        <message>
            <source>not exportable</source>
            <translation>non exportable</translation>
        </message>
        <message>
            <source>Key usage</source>
            <translation>Utilisation de la clé</translation>
        </message>
        <message>
            <source>Validity and renewal</source>
            <translation>Validité et renouvellement</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valide à partir du</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valide jusqu'au</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>Certification path</source>
            <translation>Chemin d'accès de certification</translation>
        </message>
        <message>
            <source>No endpoint could be reached, so the Edge was not tested: each row below says why.</source>
            <translation>Aucun point de terminaison n'a pu être atteint, le serveur Edge n'a donc pas été testé : chaque ligne ci-dessous dit pourquoi.</translation>
        </message>
        <message>
            <source>Made on {date} by pic-wizard {version}</source>
            <translation>Établi le {date} par pic-wizard {version}</translation>
        </message>
        <message>
            <source>Picture of the plan</source>
            <translation>Schéma du plan</translation>
        </message>
        <message>
            <source>Findings: {counts}</source>
            <translation>Constats : {counts}</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>Déploiement</translation>
        </message>
        <message>
            <source>SIP domains</source>
            <translation>Domaines SIP</translation>
        </message>
        <message>
            <source>Access Edge</source>
            <translation>Service Edge d'accès</translation>
        </message>
        <message>
            <source>Web Conferencing Edge</source>
            <translation>Service Edge de conférence web</translation>
        </message>
        <message>
            <source>A/V Edge</source>
            <translation>Service Edge A/V</translation>
        </message>
        <message>
            <source>SIP federation</source>
            <translation>Fédération SIP</translation>
        </message>
        <message>
            <source>Public IM connectivity</source>
            <translation>Connectivité PIC (Public IM Connectivity)</translation>
        </message>
        <message>
            <source>XMPP federation</source>
            <translation>Fédération XMPP</translation>
        </message>
        <message>
            <source>{key}, {exportable}; signed with SHA-256</source>
            <translation>{key}, {exportable} ; signée avec SHA-256</translation>
        </message>
        <message>
            <source>Friendly name</source>
            <translation>Nom convivial</translation>
        </message>
        <message>
            <source>None: the same names, usages and key size.</source>
            <translation>Aucun : les mêmes noms, les mêmes utilisations et la même taille de clé.</translation>
        </message>
        <message>
            <source>{what}: {file}</source>
            <translation>{what} : {file}</translation>
        </message>
        <message>
            <source>Not checked without a profile: {rules}</source>
            <translation>Non vérifié sans profil : {rules}</translation>
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation>Rien à corriger.</translation>
        </message>
        <message>
            <source>the answers of the wizard</source>
            <translation>les réponses de l'assistant</translation>
        </message>
        <message>
            <source>the names probed only (the topology's names not checked)</source>
            <translation>seulement les noms testés (les noms de la topologie ne sont pas vérifiés)</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <source>Names judged against</source>
            <translation>Noms jugés d'après</translation>
        </message>
        <message>
            <source>The Edge services' own names</source>
            <translation>Noms propres des services Edge</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>Serveur DNS</translation>
        </message>
        <message>
            <source>Trusted roots</source>
            <translation>Autorités racines de confiance</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Délai d'attente</translation>
        </message>
        <message>
            <source>SRV records</source>
            <translation>Enregistrements SRV</translation>
        </message>
        <message>
            <source>TLS version</source>
            <translation>Version de TLS</translation>
        </message>
        <message>
            <source>Cipher</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>Chain as served</source>
            <translation>Chaîne telle que présentée</translation>
        </message>
        <message>
            <source>Client certificates asked from</source>
            <translation>Certificats clients demandés à</translation>
        </message>
        <message>
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>{count}: {verdict}</source>
            <translation>{count} : {verdict}</translation>
        </message>
        <message>
            <source>the profile {file}</source>
            <translation>le profil {file}</translation>
        </message>
        <message>
            <source>{target}: {endpoint}</source>
            <translation>{target} : {endpoint}</translation>
        </message>
        <message>
            <source>no path to a trusted root was found</source>
            <translation>aucun chemin vers une racine de confiance n'a été trouvé</translation>
        </message>
        <message>
            <source>No finding.</source>
            <translation>Aucun constat.</translation>
        </message>
        <message>
            <source>tested too</source>
            <translation>testés aussi</translation>
        </message>
        <message>
            <source>not tested</source>
            <translation>non testés</translation>
        </message>
        <message>
            <source>this computer's</source>
            <translation>celui de cet ordinateur</translation>
        </message>
        <message>
            <source>the public roots (Mozilla's)</source>
            <translation>les racines publiques (celles de Mozilla)</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
    </context>
    <context>
        <name>Picture</name>
        <message>
            <source>not in the certificate</source>
            <translation>absent du certificat</translation>
        </message>
        <message>
            <source>Edge pool of {n} servers: one certificate for all</source>
            <translation>Pool de serveurs Edge de {n} serveurs : un certificat pour tous</translation>
        </message>
        <message>
            <source>{node} {name}: not in the certificate</source>
            <translation>{node} {name} : absent du certificat</translation>
        </message>
        <message>
            <source>Access Edge</source>
            <translation>Service Edge d'accès</translation>
        </message>
        <message>
            <source>Web Conferencing Edge</source>
            <translation>Service Edge de conférence web</translation>
        </message>
        <message>
            <source>A/V Edge</source>
            <translation>Service Edge A/V</translation>
        </message>
        <message>
            <source>Subject name</source>
            <translation>Nom du sujet</translation>
        </message>
        <message>
            <source>SIP domain</source>
            <translation>Domaine SIP</translation>
        </message>
        <message>
            <source>XMPP domain</source>
            <translation>Domaine XMPP</translation>
        </message>
        <message>
            <source>Extra names</source>
            <translation>Noms supplémentaires</translation>
        </message>
        <message>
            <source>No service</source>
            <translation>Aucun service</translation>
        </message>
        <message>
            <source>Subject CN</source>
            <translation>CN du sujet</translation>
        </message>
        <message>
            <source>SAN {n}</source>
            <translation>SAN {n}</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Non requis</translation>
        </message>
        <message>
            <source>{node} needs {slot}: {name}</source>
            <translation>{node} a besoin de {slot} : {name}</translation>
        </message>
        <message>
            <source>{node} needs {slot}: {name}, missing from the certificate</source>
            <translation>{node} a besoin de {slot} : {name}, absent du certificat</translation>
        </message>
        <message>
            <source>{name} is in the certificate, but no service needs it</source>
            <translation>{name} est dans le certificat, mais aucun service n'en a besoin</translation>
        </message>
    </context>
    <context>
        <name>Renewal</name>
        <message>
            <source>The subject changes from {old} to {new}.</source>
            <translation>Le sujet passe de {old} à {new}.</translation>
        </message>
        <message>
            <source>{old} is in the current certificate; the new plan drops it.</source>
            <translation>{old} figure dans le certificat actuel ; le nouveau plan le retire.</translation>
        </message>
        <message>
            <source>{new} is added: the current certificate lacks it.</source>
            <translation>{new} est ajouté : le certificat actuel ne le contient pas.</translation>
        </message>
        <message>
            <source>{old} is no longer asked for.</source>
            <translation>N'est plus demandé : {old}.</translation>
        </message>
        <message>
            <source>{new} is asked for; the current certificate lacks it.</source>
            <translation>Demandé en plus : {new} (absent du certificat actuel).</translation>
        </message>
        <message>
            <source>The key changes from {old} to {new} (a new key in any case).</source>
            <translation>La clé passe de {old} à {new} (une nouvelle clé dans tous les cas).</translation>
        </message>
        <message>
            <source>{old} is in the current certificate but is left out of the answers: it holds a control or invisible character, or is too long. Type it again if it is needed.</source>
            <translation>{old} figure dans le certificat actuel mais n'est pas repris dans les réponses : il contient un caractère de contrôle ou invisible, ou il est trop long. Saisissez-le à nouveau s'il est nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>Written</name>
        <message>
            <source>Created the folder {path}</source>
            <translation>Dossier créé : {path}</translation>
        </message>
        <message>
            <source>Removed what an interrupted earlier run left: {hidden}.</source>
            <translation>Ce qu'une exécution précédente interrompue a laissé a été supprimé : {hidden}.</translation>
        </message>
        <message>
            <source>An earlier run was interrupted while replacing {files}: put them back as they were.</source>
            <translation>Une exécution précédente a été interrompue pendant le remplacement de {files} : ils ont été remis tels qu'ils étaient.</translation>
        </message>
        <message>
            <source>Could not put back {file}: it is kept as {kept}.</source>
            <translation>Impossible de remettre {file} en place : il est conservé sous le nom {kept}.</translation>
        </message>
        <message>
            <source>An earlier run was interrupted before writing {request}: removed its key {files}, which no request was made with (no certificate can need it).</source>
            <translation>Une exécution précédente a été interrompue avant d'écrire {request} : sa clé {files}, avec laquelle aucune demande n'a été faite (aucun certificat ne peut en avoir besoin), a été supprimée.</translation>
        </message>
    </context>
    <context>
        <name>Usage</name>
        <message>
            <source>Server Authentication</source>
            <translation>Authentification du serveur</translation>
        </message>
        <message>
            <source>Client Authentication</source>
            <translation>Authentification du client</translation>
        </message>
        <message>
            <source>Code Signing</source>
            <translation>Signature du code</translation>
        </message>
        <message>
            <source>Secure Email</source>
            <translation>Messagerie électronique sécurisée</translation>
        </message>
        <message>
            <source>Time Stamping</source>
            <translation>Horodatage</translation>
        </message>
        <message>
            <source>OCSP Signing</source>
            <translation>Signature OCSP</translation>
        </message>
        <message>
            <source>Any Purpose</source>
            <translation>Tous les usages</translation>
        </message>
        <message>
            <source>Digital Signature</source>
            <translation>Signature numérique</translation>
        </message>
        <message>
            <source>Key Encipherment</source>
            <translation>Chiffrement de clé</translation>
        </message>
    </context>
    <context>
        <name>Countries</name>
        <message>
            <source>Andorra</source>
            <translation>Andorre</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>Émirats arabes unis</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>Afghanistan</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>Antigua-et-Barbuda</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>Albanie</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Arménie</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>Antarctique</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentine</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>Samoa américaines</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Autriche</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>Îles Åland</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Azerbaïdjan</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>Bosnie-Herzégovine</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>Barbade</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Bulgarie</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>Bahreïn</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Bénin</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>Bermudes</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivie</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>Pays-Bas caribéens</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brésil</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>Bhoutan</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>Île Bouvet</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Biélorussie</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>Îles Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>Congo-Kinshasa</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>République centrafricaine</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>Congo-Brazzaville</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>Côte d’Ivoire</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>Îles Cook</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chili</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Cameroun</translation>
        </message>
        <message>
            <source>China</source>
            <translation>Chine</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>Cap-Vert</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>Curaçao</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>Île Christmas</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>Chypre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Tchéquie</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Allemagne</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Danemark</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>Dominique</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>République dominicaine</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>Algérie</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>Estonie</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Égypte</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>Sahara occidental</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>Érythrée</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>Espagne</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Éthiopie</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finlande</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>Fidji</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>Îles Malouines</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>Micronésie</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>Îles Féroé</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>Grenade</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Géorgie</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>Guyane française</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>Guernesey</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>Ghana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <translation>Gibraltar</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>Groenland</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>Gambie</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>Guinée</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>Guadeloupe</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>Guinée équatoriale</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>Grèce</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>Guatemala</translation>
        </message>
        <message>
            <source>Guam</source>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>Guinée-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>Hong Kong (R.A.S. de Chine)</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>Îles Heard-et-MacDonald</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Croatie</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>Haïti</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>Hongrie</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonésie</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israël</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>Île de Man</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Inde</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>Territoire britannique de l’océan Indien</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>Islande</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italie</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>Jamaïque</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordanie</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenya</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Kirghizistan</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Cambodge</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>Kiribati</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>Comores</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>Saint-Christophe-et-Niévès</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>Corée du Nord</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>Corée du Sud</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>Koweït</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>Îles Caïmans</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Kazakhstan</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>Liban</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>Sainte-Lucie</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>Lesotho</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>Lituanie</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>Lettonie</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>Libye</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>Moldavie</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Monténégro</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>Saint-Martin</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>Îles Marshall</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Macédoine du Nord</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>Myanmar (Birmanie)</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Mongolie</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>Macao (R.A.S. de Chine)</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>Îles Mariannes du Nord</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritanie</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>Malte</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>Maurice</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>Maldives</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>Malaisie</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>Namibie</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>Nouvelle-Calédonie</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>Île Norfolk</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <translation>Nigeria</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <translation>Nicaragua</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norvège</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>Népal</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Niue</source>
            <translation>Niue</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nouvelle-Zélande</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>Oman</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Pérou</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>Polynésie française</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>Papouasie-Nouvelle-Guinée</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Pologne</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>Saint-Pierre-et-Miquelon</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>Îles Pitcairn</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>Territoires palestiniens</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>La Réunion</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Roumanie</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Serbie</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Russie</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>Arabie saoudite</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>Îles Salomon</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>Soudan</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Suède</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapour</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>Sainte-Hélène</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Slovénie</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>Svalbard et Jan Mayen</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>Slovaquie</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>Saint-Marin</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Sénégal</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>Somalie</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>Soudan du Sud</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>Sao Tomé-et-Principe</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>Saint-Martin (partie néerlandaise)</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>Syrie</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>Îles Turques-et-Caïques</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>Terres australes françaises</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>Thaïlande</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Tadjikistan</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>Tokelau</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>Timor-Leste</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Turkménistan</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunisie</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>Turquie</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>Trinité-et-Tobago</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>Taïwan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>Tanzanie</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>Ouganda</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>Îles mineures éloignées des États-Unis</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Ouzbékistan</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>Cité du Vatican</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>Saint-Vincent-et-les-Grenadines</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>Îles Vierges britanniques</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>Îles Vierges des États-Unis</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Viêt Nam</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>Wallis-et-Futuna</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>Yémen</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>Afrique du Sud</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>Zambie</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>Zimbabwe</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>conflicting option string: %s</source>
            <translation>chaîne d'option en conflit : %s</translation>
        </message>
        <message>
            <source>conflicting option strings: %s</source>
            <translation>chaînes d'option en conflit : %s</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>.__call__() not defined</source>
            <translation>.__call__() n'est pas défini</translation>
        </message>
        <message>
            <source>'required' is an invalid argument for positionals</source>
            <translation>'required' n'est pas un argument valide pour les arguments positionnels</translation>
        </message>
        <message>
            <source>mutually exclusive arguments must be optional</source>
            <translation>des arguments mutuellement exclusifs doivent être facultatifs</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options </translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut être %(matches)s</translation>
        </message>
        <message>
            <source>%r is not callable</source>
            <translation>%r n'est pas appelable</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choix possibles : %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d'ouvrir '%(filename)s' : %(error)s</translation>
        </message>
        <message>
            <source>cannot merge actions - two groups are named %r</source>
            <translation>impossible de fusionner les actions : deux groupes s'appellent %r</translation>
        </message>
        <message>
            <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
            <translation>chaîne d'option non valide %(option)r : elle doit commencer par un caractère parmi %(prefix_chars)r</translation>
        </message>
        <message>
            <source>dest= is required for options like %r</source>
            <translation>dest= est requis pour les options comme %r</translation>
        </message>
        <message>
            <source>invalid conflict_resolution value: %r</source>
            <translation>valeur de conflict_resolution non valide : %r</translation>
        </message>
        <message>
            <source>cannot have multiple subparser arguments</source>
            <translation>un seul argument de sous-commandes est possible</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur non valide : %(value)r</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>conflicting subparser: %s</source>
            <translation>sous-commande en conflit : %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix possibles : %(choices)s)</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont requis : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l'un des arguments %s est requis</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>%s argument attendu</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>%s arguments attendus</translation>
        </message>
        <message>
            <source>conflicting subparser alias: %s</source>
            <translation>alias de sous-commande en conflit : %s</translation>
        </message>
        <message>
            <source>argument "-" with mode %r</source>
            <translation>argument "-" avec le mode %r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>incompatible avec l'argument %s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>chaîne d'option inattendue : %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument explicite ignoré : %r</translation>
        </message>
    </context>
</TS>