<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgentDesk::Auth::AuthorizationOutcome</name>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that an administrator of your organization must approve first. Ask your administrator to grant consent, then sign in again.</source>
        <translation>AgentDesk necesita permisos que un administrador de su organización debe aprobar primero. Pida a su administrador que conceda el consentimiento y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt and was ignored for your security. Please sign in again.</source>
        <translation>La respuesta de inicio de sesión no correspondía a este intento y se ignoró por su seguridad. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error. Please try again.</source>
        <translation>El servicio de inicio de sesión informó de un error. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error: %1</source>
        <translation>El servicio de inicio de sesión informó de un error: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered without a sign-in code. Please try again.</source>
        <translation>El servicio de inicio de sesión respondió sin un código. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Esta dirección solo recibe la respuesta de un inicio de sesión.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>Inicio de sesión completado</translation>
    </message>
    <message>
        <source>You can close this window and return to AgentDesk.</source>
        <translation>Puede cerrar esta ventana y volver a AgentDesk.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::OAuthError</name>
    <message>
        <source>Your sign-in is no longer valid: it has expired or was revoked. Please sign in again.</source>
        <translation>Su inicio de sesión ya no es válido: caducó o se revocó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept AgentDesk&apos;s registration (client id). Please contact your administrator.</source>
        <translation>El servicio de inicio de sesión no acepta el registro de AgentDesk (client id). Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that must be approved first. Sign in again, or ask your administrator to grant consent.</source>
        <translation>AgentDesk necesita permisos que deben aprobarse primero. Vuelva a iniciar sesión o pida a su administrador que conceda el consentimiento.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request: %1</source>
        <translation>El servicio de inicio de sesión rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>El servicio de inicio de sesión rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now. Please try again in a moment.</source>
        <translation>El servicio de inicio de sesión no está disponible en este momento. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your network connection.</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión. Compruebe su conexión de red.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that AgentDesk could not read.</source>
        <translation>El servicio de inicio de sesión envió una respuesta que AgentDesk no pudo leer.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::TokenStoreError</name>
    <message>
        <source>No saved sign-in was found. Please sign in.</source>
        <translation>No se encontró ningún inicio de sesión guardado. Inicie sesión.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain.</source>
        <translation>No se pudo leer su inicio de sesión guardado del llavero del sistema.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain; you will have to sign in again at the next start.</source>
        <translation>No se pudo guardar su inicio de sesión en el llavero del sistema; tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the system keychain.</source>
        <translation>No se pudo eliminar su inicio de sesión guardado del llavero del sistema.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock it and try again.</source>
        <translation>Se denegó el acceso al llavero. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain service is available on this system.</source>
        <translation>No hay ningún servicio de llavero disponible en este sistema.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>El llavero informó: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Cc::NotificationChannel</name>
    <message>
        <source>The contact center did not confirm the connection in time.</source>
        <translation>El centro de contacto no confirmó la conexión a tiempo.</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service could not be reached: %1</source>
        <translation>No se pudo conectar con el servicio de notificaciones del centro de contacto: %1</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service sent an answer AgentDesk does not understand.</source>
        <translation>El servicio de notificaciones del centro de contacto envió una respuesta que AgentDesk no entiende.</translation>
    </message>
    <message>
        <source>The connection to the contact center closed before it was ready.</source>
        <translation>La conexión con el centro de contacto se cerró antes de estar lista.</translation>
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
        <translation>Este número no parece estar asignado en su país. Aun así se puede usar: el plan de marcación del centro de contacto decide si se acepta.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduzca un número de teléfono.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, optionally starting with + and the country code; an extension goes at the end, such as x123.</source>
        <translation>Esto no es un número de teléfono. Use dígitos, opcionalmente empezando por + y el código de país; la extensión va al final, por ejemplo x123.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (for example +44 20 7946 0958), or choose its country.</source>
        <translation>Empiece el número con + y el código de país (por ejemplo +44 20 7946 0958) o elija su país.</translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Check the digits after + or after the international prefix.</source>
        <translation>Ningún país usa el código al principio de este número. Compruebe los dígitos después del + o del prefijo internacional.</translation>
    </message>
    <message>
        <source>Choose the country of this number.</source>
        <translation>Elija el país de este número.</translation>
    </message>
    <message>
        <source>This number has the country code +%1, but the chosen country&apos;s code is +%2. Remove the country code, or choose the right country.</source>
        <translation>Este número tiene el código de país +%1, pero el del país elegido es +%2. Quite el código de país o elija el país correcto.</translation>
    </message>
    <message>
        <source>This number is too short: digits are missing.</source>
        <translation>Este número es demasiado corto: faltan dígitos.</translation>
    </message>
    <message>
        <source>This number is too long for its country.</source>
        <translation>Este número es demasiado largo para su país.</translation>
    </message>
    <message>
        <source>This number does not have the right number of digits for its country.</source>
        <translation>Este número no tiene la cantidad correcta de dígitos para su país.</translation>
    </message>
    <message>
        <source>This number is missing its area code. Add it, so that the number can be dialled from anywhere.</source>
        <translation>A este número le falta el prefijo de zona. Añádalo para que se pueda marcar desde cualquier lugar.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::LoginFormRules</name>
    <message>
        <source>Your profile lets you handle calls, but no extension or dial number is set up for you. Ask your administrator to check your profile.</source>
        <translation>Su perfil le permite atender llamadas, pero no tiene configurada ninguna extensión ni número de marcación. Pida a su administrador que revise su perfil.</translation>
    </message>
    <message>
        <source>Choose how to handle calls.</source>
        <translation>Elija cómo atender las llamadas.</translation>
    </message>
    <message>
        <source>Your profile no longer allows handling calls with %1. Choose another way.</source>
        <translation>Su perfil ya no permite atender llamadas con %1. Elija otra forma.</translation>
    </message>
    <message>
        <source>Your administrator set your dial number to %1; it cannot be changed.</source>
        <translation>Su administrador estableció su número de marcación en %1; no se puede cambiar.</translation>
    </message>
    <message>
        <source>Choose one of the dial numbers your administrator set up for you.</source>
        <translation>Elija uno de los números de marcación que su administrador configuró para usted.</translation>
    </message>
    <message>
        <source>This dial number is too long.</source>
        <translation>Este número de marcación es demasiado largo.</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not allow this number. Ask your administrator which numbers you can use.</source>
        <translation>El plan de marcación del centro de contacto no permite este número. Pregunte a su administrador qué números puede usar.</translation>
    </message>
    <message>
        <source>Choose one of the extensions your administrator set up for you.</source>
        <translation>Elija una de las extensiones que su administrador configuró para usted.</translation>
    </message>
    <message>
        <source>Enter your extension.</source>
        <translation>Introduzca su extensión.</translation>
    </message>
    <message>
        <source>An extension has digits only.</source>
        <translation>Una extensión solo tiene dígitos.</translation>
    </message>
    <message>
        <source>This extension is too long.</source>
        <translation>Esta extensión es demasiado larga.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Elija un equipo.</translation>
    </message>
    <message>
        <source>You are no longer a member of this team. Choose another one.</source>
        <translation>Ya no es miembro de este equipo. Elija otro.</translation>
    </message>
    <message>
        <source>Your saved preferences can no longer be used: %1</source>
        <translation>Sus preferencias guardadas ya no se pueden usar: %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Dial number</source>
        <translation>Número de marcación</translation>
    </message>
    <message>
        <source>No telephony (digital channels only)</source>
        <translation>Sin telefonía (solo canales digitales)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::StationLoginFailure</name>
    <message>
        <source>This dial number is already signed in by another agent. Use a different number, or ask your administrator for help.</source>
        <translation>Otro agente ya ha iniciado sesión con este número de marcación. Use otro número o pida ayuda a su administrador.</translation>
    </message>
    <message>
        <source>This extension is already signed in by another agent. Use a different extension, or ask your administrator for help.</source>
        <translation>Otro agente ya ha iniciado sesión con esta extensión. Use otra extensión o pida ayuda a su administrador.</translation>
    </message>
    <message>
        <source>This number or extension is already signed in by another agent. Use a different one, or ask your administrator for help.</source>
        <translation>Otro agente ya ha iniciado sesión con este número o extensión. Use otro o pida ayuda a su administrador.</translation>
    </message>
    <message>
        <source>The contact center does not accept this dial number. Check it, or ask your administrator which numbers you can use.</source>
        <translation>El centro de contacto no acepta este número de marcación. Compruébelo o pregunte a su administrador qué números puede usar.</translation>
    </message>
    <message>
        <source>The contact center does not accept this extension. Check it, or ask your administrator which extensions you can use.</source>
        <translation>El centro de contacto no acepta esta extensión. Compruébela o pregunte a su administrador qué extensiones puede usar.</translation>
    </message>
    <message>
        <source>The contact center does not know your agent account. Ask your administrator to check your profile.</source>
        <translation>El centro de contacto no reconoce su cuenta de agente. Pida a su administrador que revise su perfil.</translation>
    </message>
    <message>
        <source>The contact center does not know the chosen team. Choose another team, or ask your administrator.</source>
        <translation>El centro de contacto no reconoce el equipo elegido. Elija otro equipo o consulte a su administrador.</translation>
    </message>
    <message>
        <source>You are not a member of the chosen team. Choose another team, or ask your administrator.</source>
        <translation>No es miembro del equipo elegido. Elija otro equipo o consulte a su administrador.</translation>
    </message>
    <message>
        <source>Your profile does not allow handling calls this way. Choose another way, or ask your administrator.</source>
        <translation>Su perfil no permite atender llamadas de esta forma. Elija otra forma o consulte a su administrador.</translation>
    </message>
    <message>
        <source>No agent profile is assigned to your account. Ask your administrator to assign one.</source>
        <translation>No hay ningún perfil de agente asignado a su cuenta. Pida a su administrador que le asigne uno.</translation>
    </message>
    <message>
        <source>Your account may not sign in as an agent. Ask your administrator to check your roles.</source>
        <translation>Su cuenta no puede iniciar sesión como agente. Pida a su administrador que revise sus roles.</translation>
    </message>
    <message>
        <source>The contact center refused the station login (reason: %1). Try again, or give this reason to your administrator.</source>
        <translation>El centro de contacto rechazó el inicio de sesión de la estación (motivo: %1). Vuelva a intentarlo o comunique este motivo a su administrador.</translation>
    </message>
    <message>
        <source>The contact center refused the station login without saying why. Try again, or ask your administrator.</source>
        <translation>El centro de contacto rechazó el inicio de sesión de la estación sin indicar el motivo. Vuelva a intentarlo o consulte a su administrador.</translation>
    </message>
</context>
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
    <name>AgentDesk::Session::AgentStateController</name>
    <message>
        <source>The contact center refused the state change (%1).</source>
        <translation>El centro de contacto rechazó el cambio de estado (%1).</translation>
    </message>
    <message>
        <source>The contact center did not confirm the state change in time.</source>
        <translation>El centro de contacto no confirmó el cambio de estado a tiempo.</translation>
    </message>
    <message>
        <source>You cannot sign out while a conversation is active. Finish it first.</source>
        <translation>No puede cerrar sesión mientras haya una conversación activa. Termínela primero.</translation>
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
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The contact center did not confirm the station login in time. Try again.</source>
        <translation>El centro de contacto no confirmó el inicio de sesión de la estación a tiempo. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::TeamsConnection</name>
    <message>
        <source>Microsoft Teams is not connected yet.</source>
        <translation>Microsoft Teams todavía no está conectado.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in was cancelled.</source>
        <translation>Microsoft Teams no está conectado: se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: your administrator must approve AgentDesk for your organization first.</source>
        <translation>Microsoft Teams no está conectado: su administrador debe aprobar primero AgentDesk para su organización.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: single sign-on found no Microsoft session for your account on this computer.</source>
        <translation>Microsoft Teams no está conectado: el inicio de sesión único no encontró ninguna sesión de Microsoft para su cuenta en este equipo.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft could not be reached. Check the network connection.</source>
        <translation>Microsoft Teams no está conectado: no se pudo conectar con Microsoft. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft refused the sign-in.</source>
        <translation>Microsoft Teams no está conectado: Microsoft rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in did not complete.</source>
        <translation>Microsoft Teams no está conectado: el inicio de sesión no se completó.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected: your Microsoft sign-in has expired. Sign in again.</source>
        <translation>Microsoft Teams está desconectado: su inicio de sesión de Microsoft caducó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected.</source>
        <translation>Microsoft Teams está desconectado.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not used in your desktop profile.</source>
        <translation>Microsoft Teams no se usa en su perfil de escritorio.</translation>
    </message>
    <message>
        <source>The answer of the system browser cannot be received.</source>
        <translation>No se puede recibir la respuesta del navegador del sistema.</translation>
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
    <name>AgentDesk::Ui::InteractionPreferencesDialog</name>
    <message>
        <source>Interaction preferences</source>
        <translation>Preferencias de interacción</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;No volver a mostrar</translation>
    </message>
    <message>
        <source>Next time, sign in with these preferences without asking. You can turn this off in Profile settings.</source>
        <translation>La próxima vez, iniciar sesión con estas preferencias sin preguntar. Puede desactivarlo en la configuración del perfil.</translation>
    </message>
    <message>
        <source>&amp;Save &amp;&amp; Continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>Handle calls using</source>
        <translation>Atender llamadas con</translation>
    </message>
    <message>
        <source>&amp;International format</source>
        <translation>Formato &amp;internacional</translation>
    </message>
    <message>
        <source>Choose the country, then type the number as dialled in that country. Unticked, type the number with + and the country code, or as you dial it from here.</source>
        <translation>Elija el país y escriba el número tal como se marca en ese país. Sin marcar, escriba el número con + y el código de país, o como lo marca desde aquí.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Buscar equipos</translation>
    </message>
    <message>
        <source>Dial &amp;number</source>
        <translation>&amp;Número de marcación</translation>
    </message>
    <message>
        <source>E&amp;xtension</source>
        <translation>E&amp;xtensión</translation>
    </message>
    <message>
        <source>+1 425 555 0100, or as you dial it</source>
        <translation>+34 912 345 678, o como lo marca</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Establecido por su administrador.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
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
    <message>
        <source>&amp;Profile settings…</source>
        <translation>Configuración del &amp;perfil…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>The connection to the contact center was lost. Reconnecting…</source>
        <translation>Se perdió la conexión con el centro de contacto. Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the contact center is back.</source>
        <translation>Se restableció la conexión con el centro de contacto.</translation>
    </message>
    <message>
        <source>You signed in to the contact center somewhere else, so this session ended. Sign in again to continue here.</source>
        <translation>Inició sesión en el centro de contacto en otro lugar, así que esta sesión terminó. Vuelva a iniciar sesión para continuar aquí.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Handling calls with: %1</source>
        <translation>Atendiendo llamadas con: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Establecido por %1</translation>
    </message>
    <message>
        <source>Teams connected</source>
        <translation>Teams conectado</translation>
    </message>
    <message>
        <source>Microsoft Teams: signed in as %1.</source>
        <translation>Microsoft Teams: sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Connecting to Teams…</source>
        <translation>Conectando con Teams…</translation>
    </message>
    <message>
        <source>Teams not connected</source>
        <translation>Teams no conectado</translation>
    </message>
    <message>
        <source>%1 You can retry in Profile settings → Collaboration tools.</source>
        <translation>%1 Puede reintentarlo en Configuración del perfil → Herramientas de colaboración.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ProfileSettingsDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>Configuración del perfil</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Detalles del inicio de sesión</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Handle calls using:</source>
        <translation>Atender llamadas con:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>&amp;Sign in with these preferences without asking</source>
        <translation>&amp;Iniciar sesión con estas preferencias sin preguntar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Collaboration tools</source>
        <translation>Herramientas de colaboración</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::RunningInstancePrompt</name>
    <message>
        <source>AgentDesk is already open</source>
        <translation>AgentDesk ya está abierto</translation>
    </message>
    <message>
        <source>AgentDesk is already open on this computer. Only one session can run at a time.</source>
        <translation>AgentDesk ya está abierto en este equipo. Solo se puede ejecutar una sesión a la vez.</translation>
    </message>
    <message>
        <source>Bring the open window forward, or continue here: the other session then signs out and closes.</source>
        <translation>Traiga al frente la ventana abierta o continúe aquí: la otra sesión se cerrará.</translation>
    </message>
    <message>
        <source>&amp;Bring it forward</source>
        <translation>&amp;Traer al frente</translation>
    </message>
    <message>
        <source>&amp;Continue here</source>
        <translation>&amp;Continuar aquí</translation>
    </message>
    <message>
        <source>The other AgentDesk did not close. Close it, then start AgentDesk again.</source>
        <translation>El otro AgentDesk no se cerró. Ciérrelo y vuelva a iniciar AgentDesk.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::SignInFlow</name>
    <message>
        <source>Sign in to the contact center</source>
        <translation>Iniciar sesión en el centro de contacto</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Teams</source>
        <translation>Iniciar sesión en Microsoft Teams</translation>
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
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in to the contact center…</source>
        <translation>Iniciando sesión en el centro de contacto…</translation>
    </message>
    <message>
        <source>Sign in to the contact center to start.</source>
        <translation>Inicie sesión en el centro de contacto para empezar.</translation>
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
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Sign in with the system &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador del sistema</translation>
    </message>
    <message>
        <source>For organizations that block sign-in inside applications.</source>
        <translation>Para organizaciones que bloquean el inicio de sesión dentro de las aplicaciones.</translation>
    </message>
    <message>
        <source>Successful: signed in as %1.</source>
        <translation>Correcto: sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
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
