<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgentDesk::Auth::AuthorizationOutcome</name>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that an administrator of your organization must approve first. Ask your administrator to grant consent, then sign in again.</source>
        <translation>AgentDesk a besoin d’autorisations qu’un administrateur de votre organisation doit d’abord approuver. Demandez-lui d’accorder son consentement, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt and was ignored for your security. Please sign in again.</source>
        <translation>La réponse de connexion ne correspondait pas à cette tentative et a été ignorée pour votre sécurité. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error. Please try again.</source>
        <translation>Le service de connexion a signalé une erreur. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error: %1</source>
        <translation>Le service de connexion a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The sign-in service answered without a sign-in code. Please try again.</source>
        <translation>Le service de connexion a répondu sans code de connexion. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse d’une connexion.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>Connexion terminée</translation>
    </message>
    <message>
        <source>You can close this window and return to AgentDesk.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à AgentDesk.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::OAuthError</name>
    <message>
        <source>Your sign-in is no longer valid: it has expired or was revoked. Please sign in again.</source>
        <translation>Votre connexion n’est plus valide : elle a expiré ou a été révoquée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept AgentDesk&apos;s registration (client id). Please contact your administrator.</source>
        <translation>Le service de connexion n’accepte pas l’enregistrement d’AgentDesk (client id). Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that must be approved first. Sign in again, or ask your administrator to grant consent.</source>
        <translation>AgentDesk a besoin d’autorisations qui doivent d’abord être approuvées. Reconnectez-vous ou demandez à votre administrateur d’accorder son consentement.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request: %1</source>
        <translation>Le service de connexion a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>Le service de connexion a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now. Please try again in a moment.</source>
        <translation>Le service de connexion est indisponible pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your network connection.</source>
        <translation>Impossible de joindre le service de connexion. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that AgentDesk could not read.</source>
        <translation>Le service de connexion a envoyé une réponse qu’AgentDesk n’a pas pu lire.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::TokenStoreError</name>
    <message>
        <source>No saved sign-in was found. Please sign in.</source>
        <translation>Aucune connexion enregistrée n’a été trouvée. Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain.</source>
        <translation>Impossible de lire votre connexion enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain; you will have to sign in again at the next start.</source>
        <translation>Impossible d’enregistrer votre connexion dans le trousseau du système ; vous devrez vous reconnecter au prochain démarrage.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the system keychain.</source>
        <translation>Impossible de supprimer votre connexion enregistrée du trousseau du système.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock it and try again.</source>
        <translation>L’accès au trousseau a été refusé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain service is available on this system.</source>
        <translation>Aucun service de trousseau n’est disponible sur ce système.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>Le trousseau a signalé : %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Cc::NotificationChannel</name>
    <message>
        <source>The contact center did not confirm the connection in time.</source>
        <translation>Le centre de contacts n’a pas confirmé la connexion à temps.</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service could not be reached: %1</source>
        <translation>Impossible de joindre le service de notifications du centre de contacts : %1</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service sent an answer AgentDesk does not understand.</source>
        <translation>Le service de notifications du centre de contacts a envoyé une réponse qu’AgentDesk ne comprend pas.</translation>
    </message>
    <message>
        <source>The connection to the contact center closed before it was ready.</source>
        <translation>La connexion au centre de contacts s’est fermée avant d’être prête.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::CountryList</name>
    <message>
        <source>%1 (+%2)</source>
        <comment>country name, then its calling code</comment>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::DialNumber</name>
    <message>
        <source>This number does not look assigned in its country. It can still be used: the contact center&apos;s dial plan decides whether it is accepted.</source>
        <translation>Ce numéro ne semble pas attribué dans son pays. Vous pouvez quand même l’utiliser : le plan de numérotation du centre de contacts décide s’il est accepté.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, optionally starting with + and the country code; an extension goes at the end, such as x123.</source>
        <translation>Ce n’est pas un numéro de téléphone. Utilisez des chiffres, éventuellement précédés de + et de l’indicatif du pays ; un poste se met à la fin, par exemple x123.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (for example +44 20 7946 0958), or choose its country.</source>
        <translation>Commencez le numéro par + et l’indicatif du pays (par exemple +44 20 7946 0958), ou choisissez son pays.</translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Check the digits after + or after the international prefix.</source>
        <translation>Aucun pays n’utilise l’indicatif au début de ce numéro. Vérifiez les chiffres après le + ou après le préfixe international.</translation>
    </message>
    <message>
        <source>Choose the country of this number.</source>
        <translation>Choisissez le pays de ce numéro.</translation>
    </message>
    <message>
        <source>This number has the country code +%1, but the chosen country&apos;s code is +%2. Remove the country code, or choose the right country.</source>
        <translation>Ce numéro a l’indicatif +%1, mais celui du pays choisi est +%2. Retirez l’indicatif ou choisissez le bon pays.</translation>
    </message>
    <message>
        <source>This number is too short: digits are missing.</source>
        <translation>Ce numéro est trop court : il manque des chiffres.</translation>
    </message>
    <message>
        <source>This number is too long for its country.</source>
        <translation>Ce numéro est trop long pour son pays.</translation>
    </message>
    <message>
        <source>This number does not have the right number of digits for its country.</source>
        <translation>Ce numéro n’a pas le bon nombre de chiffres pour son pays.</translation>
    </message>
    <message>
        <source>This number is missing its area code. Add it, so that the number can be dialled from anywhere.</source>
        <translation>Il manque l’indicatif régional de ce numéro. Ajoutez-le pour qu’il puisse être composé de partout.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::LoginFormRules</name>
    <message>
        <source>Your profile lets you handle calls, but no extension or dial number is set up for you. Ask your administrator to check your profile.</source>
        <translation>Votre profil vous permet de traiter les appels, mais aucun poste ni numéro n’est configuré pour vous. Demandez à votre administrateur de vérifier votre profil.</translation>
    </message>
    <message>
        <source>Choose how to handle calls.</source>
        <translation>Choisissez comment traiter les appels.</translation>
    </message>
    <message>
        <source>Your profile no longer allows handling calls with %1. Choose another way.</source>
        <translation>Votre profil ne permet plus de traiter les appels avec %1. Choisissez un autre moyen.</translation>
    </message>
    <message>
        <source>Your administrator set your dial number to %1; it cannot be changed.</source>
        <translation>Votre administrateur a fixé votre numéro à %1 ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Choose one of the dial numbers your administrator set up for you.</source>
        <translation>Choisissez l’un des numéros que votre administrateur a configurés pour vous.</translation>
    </message>
    <message>
        <source>This dial number is too long.</source>
        <translation>Ce numéro est trop long.</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not allow this number. Ask your administrator which numbers you can use.</source>
        <translation>Le plan de numérotation du centre de contacts n’autorise pas ce numéro. Demandez à votre administrateur quels numéros vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>Choose one of the extensions your administrator set up for you.</source>
        <translation>Choisissez l’un des postes que votre administrateur a configurés pour vous.</translation>
    </message>
    <message>
        <source>Enter your extension.</source>
        <translation>Saisissez votre poste.</translation>
    </message>
    <message>
        <source>An extension has digits only.</source>
        <translation>Un poste ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>This extension is too long.</source>
        <translation>Ce poste est trop long.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
    <message>
        <source>You are no longer a member of this team. Choose another one.</source>
        <translation>Vous ne faites plus partie de cette équipe. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Your saved preferences can no longer be used: %1</source>
        <translation>Vos préférences enregistrées ne peuvent plus être utilisées : %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Dial number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>No telephony (digital channels only)</source>
        <translation>Pas de téléphonie (canaux numériques uniquement)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::StationLoginFailure</name>
    <message>
        <source>This dial number is already signed in by another agent. Use a different number, or ask your administrator for help.</source>
        <translation>Un autre agent est déjà connecté avec ce numéro. Utilisez-en un autre ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>This extension is already signed in by another agent. Use a different extension, or ask your administrator for help.</source>
        <translation>Un autre agent est déjà connecté avec ce poste. Utilisez-en un autre ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>This number or extension is already signed in by another agent. Use a different one, or ask your administrator for help.</source>
        <translation>Un autre agent est déjà connecté avec ce numéro ou ce poste. Utilisez-en un autre ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>The contact center does not accept this dial number. Check it, or ask your administrator which numbers you can use.</source>
        <translation>Le centre de contacts n’accepte pas ce numéro. Vérifiez-le ou demandez à votre administrateur quels numéros vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>The contact center does not accept this extension. Check it, or ask your administrator which extensions you can use.</source>
        <translation>Le centre de contacts n’accepte pas ce poste. Vérifiez-le ou demandez à votre administrateur quels postes vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>The contact center does not know your agent account. Ask your administrator to check your profile.</source>
        <translation>Le centre de contacts ne connaît pas votre compte d’agent. Demandez à votre administrateur de vérifier votre profil.</translation>
    </message>
    <message>
        <source>The contact center does not know the chosen team. Choose another team, or ask your administrator.</source>
        <translation>Le centre de contacts ne connaît pas l’équipe choisie. Choisissez une autre équipe ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>You are not a member of the chosen team. Choose another team, or ask your administrator.</source>
        <translation>Vous n’êtes pas membre de l’équipe choisie. Choisissez une autre équipe ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Your profile does not allow handling calls this way. Choose another way, or ask your administrator.</source>
        <translation>Votre profil ne permet pas de traiter les appels de cette façon. Choisissez-en une autre ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>No agent profile is assigned to your account. Ask your administrator to assign one.</source>
        <translation>Aucun profil d’agent n’est attribué à votre compte. Demandez à votre administrateur de vous en attribuer un.</translation>
    </message>
    <message>
        <source>Your account may not sign in as an agent. Ask your administrator to check your roles.</source>
        <translation>Votre compte ne peut pas se connecter en tant qu’agent. Demandez à votre administrateur de vérifier vos rôles.</translation>
    </message>
    <message>
        <source>The contact center refused the station login (reason: %1). Try again, or give this reason to your administrator.</source>
        <translation>Le centre de contacts a refusé la connexion du poste (motif : %1). Réessayez ou transmettez ce motif à votre administrateur.</translation>
    </message>
    <message>
        <source>The contact center refused the station login without saying why. Try again, or ask your administrator.</source>
        <translation>Le centre de contacts a refusé la connexion du poste sans en donner la raison. Réessayez ou contactez votre administrateur.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Net::ApiError</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused. Please sign in again.</source>
        <translation>Votre connexion a expiré ou a été refusée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The service sent a reply that could not be read.</source>
        <translation>Le service a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The service sent a reply in a form AgentDesk does not understand.</source>
        <translation>Le service a envoyé une réponse dans un format qu’AgentDesk ne comprend pas.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>Le service est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The service answered with an error (%1).</source>
        <translation>Le service a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>The service answered with an error (%1): %2</source>
        <translation>Le service a répondu par une erreur (%1) : %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::AgentStateController</name>
    <message>
        <source>The contact center refused the state change (%1).</source>
        <translation>Le centre de contacts a refusé le changement d’état (%1).</translation>
    </message>
    <message>
        <source>The contact center did not confirm the state change in time.</source>
        <translation>Le centre de contacts n’a pas confirmé le changement d’état à temps.</translation>
    </message>
    <message>
        <source>You cannot sign out while a conversation is active. Finish it first.</source>
        <translation>Vous ne pouvez pas vous déconnecter pendant une conversation. Terminez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::AgentStateModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::LoginController</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The contact center did not confirm the station login in time. Try again.</source>
        <translation>Le centre de contacts n’a pas confirmé la connexion du poste à temps. Réessayez.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::TeamsConnection</name>
    <message>
        <source>Microsoft Teams is not connected yet.</source>
        <translation>Microsoft Teams n’est pas encore connecté.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in was cancelled.</source>
        <translation>Microsoft Teams n’est pas connecté : la connexion a été annulée.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: your administrator must approve AgentDesk for your organization first.</source>
        <translation>Microsoft Teams n’est pas connecté : votre administrateur doit d’abord approuver AgentDesk pour votre organisation.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: single sign-on found no Microsoft session for your account on this computer.</source>
        <translation>Microsoft Teams n’est pas connecté : l’authentification unique n’a trouvé aucune session Microsoft pour votre compte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft could not be reached. Check the network connection.</source>
        <translation>Microsoft Teams n’est pas connecté : impossible de joindre Microsoft. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft refused the sign-in.</source>
        <translation>Microsoft Teams n’est pas connecté : Microsoft a refusé la connexion.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in did not complete.</source>
        <translation>Microsoft Teams n’est pas connecté : la connexion n’a pas abouti.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected: your Microsoft sign-in has expired. Sign in again.</source>
        <translation>Microsoft Teams est déconnecté : votre connexion Microsoft a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected.</source>
        <translation>Microsoft Teams est déconnecté.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not used in your desktop profile.</source>
        <translation>Microsoft Teams n’est pas utilisé dans votre profil de poste de travail.</translation>
    </message>
    <message>
        <source>The answer of the system browser cannot be received.</source>
        <translation>Impossible de recevoir la réponse du navigateur du système.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>À propos d’AgentDesk</translation>
    </message>
    <message>
        <source>The desktop for contact-center agents: calls, colleagues in Microsoft Teams and their presence, in one window.</source>
        <translation>Le poste de travail des agents de centre de contacts : appels, collègues Microsoft Teams et leur présence, dans une seule fenêtre.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::BrowserSignInDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly.</source>
        <translation>La page de connexion s’est arrêtée de manière inattendue.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check your network connection, then try again.</source>
        <translation>Impossible de charger la page de connexion. Vérifiez votre connexion réseau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::InteractionPreferencesDialog</name>
    <message>
        <source>Interaction preferences</source>
        <translation>Préférences d’interaction</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Ne plus afficher</translation>
    </message>
    <message>
        <source>Next time, sign in with these preferences without asking. You can turn this off in Profile settings.</source>
        <translation>La prochaine fois, se connecter avec ces préférences sans demander. Vous pouvez désactiver ceci dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>&amp;Save &amp;&amp; Continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Handle calls using</source>
        <translation>Traiter les appels avec</translation>
    </message>
    <message>
        <source>&amp;International format</source>
        <translation>Format &amp;international</translation>
    </message>
    <message>
        <source>Choose the country, then type the number as dialled in that country. Unticked, type the number with + and the country code, or as you dial it from here.</source>
        <translation>Choisissez le pays, puis saisissez le numéro tel qu’on le compose dans ce pays. Décoché, saisissez le numéro avec + et l’indicatif du pays, ou tel que vous le composez d’ici.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Rechercher une équipe</translation>
    </message>
    <message>
        <source>Dial &amp;number</source>
        <translation>&amp;Numéro de téléphone</translation>
    </message>
    <message>
        <source>E&amp;xtension</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>+1 425 555 0100, or as you dial it</source>
        <translation>+33 1 23 45 67 89, ou tel que vous le composez</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Défini par votre administrateur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>À &amp;propos d’AgentDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Demo: simulated services</source>
        <translation>Démonstration : services simulés</translation>
    </message>
    <message>
        <source>&amp;Profile settings…</source>
        <translation>Paramètres du &amp;profil…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>The connection to the contact center was lost. Reconnecting…</source>
        <translation>La connexion au centre de contacts a été perdue. Reconnexion…</translation>
    </message>
    <message>
        <source>The connection to the contact center is back.</source>
        <translation>La connexion au centre de contacts est rétablie.</translation>
    </message>
    <message>
        <source>You signed in to the contact center somewhere else, so this session ended. Sign in again to continue here.</source>
        <translation>Vous vous êtes connecté au centre de contacts ailleurs : cette session est terminée. Reconnectez-vous pour continuer ici.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Handling calls with: %1</source>
        <translation>Appels traités avec : %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Défini par %1</translation>
    </message>
    <message>
        <source>Teams connected</source>
        <translation>Teams connecté</translation>
    </message>
    <message>
        <source>Microsoft Teams: signed in as %1.</source>
        <translation>Microsoft Teams : connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connecting to Teams…</source>
        <translation>Connexion à Teams…</translation>
    </message>
    <message>
        <source>Teams not connected</source>
        <translation>Teams non connecté</translation>
    </message>
    <message>
        <source>%1 You can retry in Profile settings → Collaboration tools.</source>
        <translation>%1 Vous pouvez réessayer dans Paramètres du profil → Outils de collaboration.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ProfileSettingsDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>Paramètres du profil</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Détails de connexion</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Handle calls using:</source>
        <translation>Traiter les appels avec :</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>&amp;Sign in with these preferences without asking</source>
        <translation>&amp;Se connecter avec ces préférences sans demander</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>La nouvelle langue est utilisée au prochain démarrage.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Collaboration tools</source>
        <translation>Outils de collaboration</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::RunningInstancePrompt</name>
    <message>
        <source>AgentDesk is already open</source>
        <translation>AgentDesk est déjà ouvert</translation>
    </message>
    <message>
        <source>AgentDesk is already open on this computer. Only one session can run at a time.</source>
        <translation>AgentDesk est déjà ouvert sur cet ordinateur. Une seule session peut fonctionner à la fois.</translation>
    </message>
    <message>
        <source>Bring the open window forward, or continue here: the other session then signs out and closes.</source>
        <translation>Affichez la fenêtre ouverte ou continuez ici : l’autre session se déconnecte alors et se ferme.</translation>
    </message>
    <message>
        <source>&amp;Bring it forward</source>
        <translation>&amp;L’afficher</translation>
    </message>
    <message>
        <source>&amp;Continue here</source>
        <translation>&amp;Continuer ici</translation>
    </message>
    <message>
        <source>The other AgentDesk did not close. Close it, then start AgentDesk again.</source>
        <translation>L’autre AgentDesk ne s’est pas fermé. Fermez-le, puis relancez AgentDesk.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::SignInFlow</name>
    <message>
        <source>Sign in to the contact center</source>
        <translation>Se connecter au centre de contacts</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Teams</source>
        <translation>Se connecter à Microsoft Teams</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::StartPage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Bienvenue dans AgentDesk</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Contact center:</source>
        <translation>Centre de contacts :</translation>
    </message>
    <message>
        <source>Contact-center sign-in:</source>
        <translation>Connexion au centre de contacts :</translation>
    </message>
    <message>
        <source>Microsoft sign-in:</source>
        <translation>Connexion Microsoft :</translation>
    </message>
    <message>
        <source>Microsoft Graph:</source>
        <translation>Microsoft Graph :</translation>
    </message>
    <message>
        <source>Starting the demo services…</source>
        <translation>Démarrage des services de démonstration…</translation>
    </message>
    <message>
        <source>Demo mode: every service is simulated on this computer.</source>
        <translation>Mode démonstration : tous les services sont simulés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>AgentDesk will connect to these services.</source>
        <translation>AgentDesk se connectera à ces services.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Signing in to the contact center…</source>
        <translation>Connexion au centre de contacts…</translation>
    </message>
    <message>
        <source>Sign in to the contact center to start.</source>
        <translation>Connectez-vous au centre de contacts pour commencer.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::TeamsSettingsPage</name>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Sign in with the system &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur du système</translation>
    </message>
    <message>
        <source>For organizations that block sign-in inside applications.</source>
        <translation>Pour les organisations qui bloquent la connexion dans les applications.</translation>
    </message>
    <message>
        <source>Successful: signed in as %1.</source>
        <translation>Réussi : connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>Impossible de démarrer les services de démonstration. Consultez le journal pour plus de détails.</translation>
    </message>
</context>
</TS>
