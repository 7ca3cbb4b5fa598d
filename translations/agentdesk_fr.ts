<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>Impossible de démarrer les services de démonstration. Consultez le journal pour plus de détails.</translation>
    </message>
</context>
</TS>
