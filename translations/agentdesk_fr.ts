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
    <name>AgentDesk::Core::CallSession</name>
    <message>
        <source>The consulted party could not be reached.</source>
        <translation>La personne consultée n’a pas pu être jointe.</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultation en cours</translation>
    </message>
    <message>
        <source>Consult on hold</source>
        <translation>Consultation en attente</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The call could not be connected to you.</source>
        <translation>L’appel n’a pas pu vous être connecté.</translation>
    </message>
    <message>
        <source>The call could not be put on hold. Try again.</source>
        <translation>L’appel n’a pas pu être mis en attente. Réessayez.</translation>
    </message>
    <message>
        <source>The call could not be resumed. Try again.</source>
        <translation>L’appel n’a pas pu être repris. Réessayez.</translation>
    </message>
    <message>
        <source>The consult call could not be started. Try again.</source>
        <translation>La consultation n’a pas pu démarrer. Réessayez.</translation>
    </message>
    <message>
        <source>The consult call could not be ended. Try again.</source>
        <translation>La consultation n’a pas pu être terminée. Réessayez.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Try again.</source>
        <translation>L’appel n’a pas pu être transféré. Réessayez.</translation>
    </message>
    <message>
        <source>The conference could not be started. Try again.</source>
        <translation>La conférence n’a pas pu démarrer. Réessayez.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Check the destination and try again.</source>
        <translation>L’appel n’a pas pu être transféré. Vérifiez la destination et réessayez.</translation>
    </message>
    <message>
        <source>The call could not be ended. Try again.</source>
        <translation>L’appel n’a pas pu être terminé. Réessayez.</translation>
    </message>
    <message>
        <source>The wrap-up could not be saved. Try again.</source>
        <translation>La clôture n’a pas pu être enregistrée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::ColleagueNumbers</name>
    <message>
        <source>This business phone does not look assigned in its country; the call may not connect.</source>
        <translation>Ce téléphone professionnel ne semble pas attribué dans son pays ; l’appel risque de ne pas aboutir.</translation>
    </message>
    <message>
        <source>No business phone in the directory.</source>
        <translation>Aucun téléphone professionnel dans l’annuaire.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is not a phone number.</source>
        <translation>Aucun numéro à appeler : le téléphone professionnel de l’annuaire n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone has no country code and is not a valid number of the company&apos;s country.</source>
        <translation>Aucun numéro à appeler : le téléphone professionnel de l’annuaire n’a pas d’indicatif de pays et n’est pas un numéro valide du pays de l’entreprise.</translation>
    </message>
    <message>
        <source>No callable number: no country uses the calling code of the directory&apos;s business phone.</source>
        <translation>Aucun numéro à appeler : aucun pays n’utilise l’indicatif du téléphone professionnel de l’annuaire.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too short.</source>
        <translation>Aucun numéro à appeler : le téléphone professionnel de l’annuaire est trop court.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too long for its country.</source>
        <translation>Aucun numéro à appeler : le téléphone professionnel de l’annuaire est trop long pour son pays.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone does not have the right number of digits for its country.</source>
        <translation>Aucun numéro à appeler : le téléphone professionnel de l’annuaire n’a pas le bon nombre de chiffres pour son pays.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is missing its area code.</source>
        <translation>Aucun numéro à appeler : il manque l’indicatif régional au téléphone professionnel de l’annuaire.</translation>
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
    <name>AgentDesk::Core::Presence</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En réunion</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>En présentation</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>De retour bientôt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absent du bureau</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::PresenceSync</name>
    <message>
        <source>from Teams: %1</source>
        <translation>depuis Teams : %1</translation>
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
    <name>AgentDesk::Session::BuddyAgentsModel</name>
    <message>
        <source>The list of agents could not be loaded. Try again later.</source>
        <translation>La liste des agents n’a pas pu être chargée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 is not available for calls now.</source>
        <translation>%1 n’est pas disponible pour des appels maintenant.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallController</name>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>L’appel vers %1 n’a pas pu être passé.</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 n’est pas un numéro qui peut être appelé.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallDisplay</name>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>En conversation</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Sonnerie…</translation>
    </message>
    <message>
        <source>In the conference</source>
        <translation>En conférence</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transféré à %1</translation>
    </message>
    <message>
        <source>Not answered in time.</source>
        <translation>Pas de réponse à temps.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ColleaguesModel</name>
    <message>
        <source>Agent: signed out</source>
        <translation>Agent : déconnecté</translation>
    </message>
    <message>
        <source>Agent: available</source>
        <translation>Agent : disponible</translation>
    </message>
    <message>
        <source>Agent: idle</source>
        <translation>Agent : indisponible</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ConsultActions</name>
    <message>
        <source>Teams shows %1 as “%2”. Transfer the call to them anyway?</source>
        <translation>Teams indique %1 comme « %2 ». Transférer l’appel quand même ?</translation>
    </message>
    <message>
        <source>Teams shows %1 as “%2”. Consult them anyway?</source>
        <translation>Teams indique %1 comme « %2 ». Consulter quand même ?</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not accept %1&apos;s number (%2).</source>
        <translation>Le plan de numérotation du centre de contact n’accepte pas le numéro de %1 (%2).</translation>
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
    <name>AgentDesk::Session::QueuesModel</name>
    <message>
        <source>The list of queues could not be loaded: %1</source>
        <translation>La liste des files n’a pas pu être chargée : %1</translation>
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
    <name>AgentDesk::Teams::DirectorySync</name>
    <message>
        <source>The Teams directory could not be loaded. %1</source>
        <translation>L’annuaire Teams n’a pas pu être chargé. %1</translation>
    </message>
    <message>
        <source>The Teams directory could not be updated. %1</source>
        <translation>L’annuaire Teams n’a pas pu être mis à jour. %1</translation>
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
    <name>AgentDesk::Ui::CallNotification</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>%1 · Queue: %2</source>
        <translation>%1 · File : %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::CallView</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then its keyboard shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call right now. A customer&apos;s call shows here when it comes in.</source>
        <translation>Aucun appel pour l’instant. L’appel d’un client s’affiche ici dès qu’il arrive.</translation>
    </message>
    <message>
        <source>Waiting for the contact center…</source>
        <translation>En attente du centre de contact…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Raccrocher</translation>
    </message>
    <message>
        <source>Hang up the customer&apos;s call</source>
        <translation>Raccrocher l’appel du client</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>T&amp;ransférer</translation>
    </message>
    <message>
        <source>Hand the customer over to the consulted party and leave the call</source>
        <translation>Passer le client à la personne consultée et quitter l’appel</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>Co&amp;nférence</translation>
    </message>
    <message>
        <source>Bring the customer and the consulted party together</source>
        <translation>Réunir le client et la personne consultée</translation>
    </message>
    <message>
        <source>End cons&amp;ult</source>
        <translation>Terminer la cons&amp;ultation</translation>
    </message>
    <message>
        <source>Hang up on the consulted party and go back to the customer</source>
        <translation>Raccrocher avec la personne consultée et revenir au client</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code:</source>
        <translation>Code de &amp;clôture :</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Save the wrap-up with this code</source>
        <translation>Enregistrer la clôture avec ce code</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation>Mettre en atten&amp;te</translation>
    </message>
    <message>
        <source>Put the customer on hold</source>
        <translation>Mettre le client en attente</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>Talk to the customer again; the consulted party waits on hold</source>
        <translation>Reparler au client ; la personne consultée patiente en attente</translation>
    </message>
    <message>
        <source>Take the customer off hold</source>
        <translation>Reprendre le client</translation>
    </message>
    <message>
        <source>Talk to the consulted party again; the customer waits on hold</source>
        <translation>Reparler à la personne consultée ; le client patiente en attente</translation>
    </message>
    <message>
        <source>Saved on its own in %1.</source>
        <translation>Enregistré automatiquement dans %1.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleagueDelegate</name>
    <message>
        <source>mobile %1</source>
        <translation>mobile %1</translation>
    </message>
    <message>
        <source>No callable number</source>
        <translation>Aucun numéro à appeler</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleaguesPanel</name>
    <message>
        <source>Search name, department or role</source>
        <translation>Rechercher un nom, un service ou un poste</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>Rechercher des collègues</translation>
    </message>
    <message>
        <source>Available only</source>
        <translation>Disponibles uniquement</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Update the directory from Microsoft Teams now</source>
        <translation>Mettre à jour l’annuaire depuis Microsoft Teams maintenant</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsulter</translation>
    </message>
    <message>
        <source>Put the customer on hold and call this colleague (Enter)</source>
        <translation>Mettre le client en attente et appeler ce collègue (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to this colleague (Shift+Enter)</source>
        <translation>Transférer l’appel du client à ce collègue (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>App&amp;eler</translation>
    </message>
    <message>
        <source>Call this colleague&apos;s business phone</source>
        <translation>Appeler le téléphone professionnel de ce collègue</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Open c&amp;hat in Teams</source>
        <translation>Ouvrir une conversation dans Teams (&amp;H)</translation>
    </message>
    <message>
        <source>Colleagues: %L1, from the last session. Connect Microsoft Teams for live presence.</source>
        <translation>Collègues : %L1, de la dernière session. Connectez Microsoft Teams pour la présence en direct.</translation>
    </message>
    <message>
        <source>Colleagues appear here once Microsoft Teams is connected.</source>
        <translation>Les collègues s’affichent ici une fois Microsoft Teams connecté.</translation>
    </message>
    <message>
        <source>Loading the directory: %L1 received…</source>
        <translation>Chargement de l’annuaire : %L1 reçus…</translation>
    </message>
    <message>
        <source>Colleagues: %L1, updating…</source>
        <translation>Collègues : %L1, mise à jour…</translation>
    </message>
    <message>
        <source>Colleagues: %L1</source>
        <translation>Collègues : %L1</translation>
    </message>
    <message>
        <source>Colleagues: %L1. The directory could not be updated: %2</source>
        <translation>Collègues : %L1. L’annuaire n’a pas pu être mis à jour : %2</translation>
    </message>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>L’annuaire n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultConfirmation</name>
    <message>
        <source>Transfer the call?</source>
        <translation>Transférer l’appel ?</translation>
    </message>
    <message>
        <source>Consult?</source>
        <translation>Consulter ?</translation>
    </message>
    <message>
        <source>&amp;Transfer anyway</source>
        <translation>&amp;Transférer quand même</translation>
    </message>
    <message>
        <source>C&amp;onsult anyway</source>
        <translation>C&amp;onsulter quand même</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultPanel</name>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collègues</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>Colleagues from Microsoft Teams, with their presence</source>
        <translation>Collègues de Microsoft Teams, avec leur présence</translation>
    </message>
    <message>
        <source>Contact-center agents who are signed in, with their state</source>
        <translation>Agents du centre de contact connectés, avec leur état</translation>
    </message>
    <message>
        <source>The contact center&apos;s queues</source>
        <translation>Les files du centre de contact</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>Chargement des agents…</translation>
    </message>
    <message>
        <source>No other agent is signed in.</source>
        <translation>Aucun autre agent n’est connecté.</translation>
    </message>
    <message>
        <source>Loading the queues…</source>
        <translation>Chargement des files…</translation>
    </message>
    <message>
        <source>There are no queues.</source>
        <translation>Il n’y a aucune file.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::DestinationList</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsulter</translation>
    </message>
    <message>
        <source>Put the customer on hold and call the selected one (Enter)</source>
        <translation>Mettre le client en attente et appeler la sélection (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to the selected one (Shift+Enter)</source>
        <translation>Transférer l’appel du client à la sélection (Maj+Entrée)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::IncomingCallBar</name>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un appelant inconnu</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>Answer on your phone.</source>
        <translation>Répondez sur votre téléphone.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Answer the call here (%1)</source>
        <translation>Répondre ici (%1)</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find a colleague</source>
        <translation>&amp;Trouver un collègue</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collègues</translation>
    </message>
    <message>
        <source>Consult or transfer</source>
        <translation>Consulter ou transférer</translation>
    </message>
    <message>
        <source>Consult or &amp;transfer</source>
        <translation>Consulter ou &amp;transférer</translation>
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
    <message>
        <source>State synchronization with Teams: on</source>
        <translation>Synchronisation de l’état avec Teams : activée</translation>
    </message>
    <message>
        <source>State synchronization with Teams: off</source>
        <translation>Synchronisation de l’état avec Teams : désactivée</translation>
    </message>
    <message>
        <source>Your desktop profile turns it on: your state follows your Teams presence, and Teams shows when you are on a customer call.</source>
        <translation>Votre profil de bureau l’active : votre état suit votre présence Teams, et Teams indique quand vous êtes en appel avec un client.</translation>
    </message>
    <message>
        <source>When Teams shows %1, your state becomes %2.</source>
        <translation>Quand Teams affiche %1, votre état devient %2.</translation>
    </message>
    <message>
        <source>Your desktop profile turns it off.</source>
        <translation>Votre profil de bureau la désactive.</translation>
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
