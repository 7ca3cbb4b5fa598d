<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgentDesk::Net::ApiError</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>No se pudo conectar con el servidor. Compruebe su conexión de red.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>El servidor tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused. Please sign in again.</source>
        <translation>Su inicio de sesión ha caducado o fue rechazado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The service sent a reply that could not be read.</source>
        <translation>El servicio envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>The service sent a reply in a form AgentDesk does not understand.</source>
        <translation>El servicio envió una respuesta en un formato que AgentDesk no entiende.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>El servicio está ocupado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The service answered with an error (%1).</source>
        <translation>El servicio respondió con un error (%1).</translation>
    </message>
    <message>
        <source>The service answered with an error (%1): %2</source>
        <translation>El servicio respondió con un error (%1): %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>The desktop for contact-center agents: calls, colleagues in Microsoft Teams and their presence, in one window.</source>
        <translation>El escritorio de los agentes del centro de contacto: llamadas, colegas de Microsoft Teams y su presencia, en una sola ventana.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::BrowserSignInDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly.</source>
        <translation>La página de inicio de sesión se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check your network connection, then try again.</source>
        <translation>No se pudo cargar la página de inicio de sesión. Compruebe su conexión de red e inténtelo de nuevo.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Demo: simulated services</source>
        <translation>Demostración: servicios simulados</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::StartPage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Bienvenido a AgentDesk</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Contact center:</source>
        <translation>Centro de contacto:</translation>
    </message>
    <message>
        <source>Contact-center sign-in:</source>
        <translation>Inicio de sesión del centro de contacto:</translation>
    </message>
    <message>
        <source>Microsoft sign-in:</source>
        <translation>Inicio de sesión de Microsoft:</translation>
    </message>
    <message>
        <source>Microsoft Graph:</source>
        <translation>Microsoft Graph:</translation>
    </message>
    <message>
        <source>Starting the demo services…</source>
        <translation>Iniciando los servicios de demostración…</translation>
    </message>
    <message>
        <source>Demo mode: every service is simulated on this computer.</source>
        <translation>Modo de demostración: todos los servicios se simulan en este equipo.</translation>
    </message>
    <message>
        <source>AgentDesk will connect to these services.</source>
        <translation>AgentDesk se conectará a estos servicios.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>No se pudieron iniciar los servicios de demostración. Consulte el registro para más detalles.</translation>
    </message>
</context>
</TS>
