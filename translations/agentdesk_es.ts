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
    <name>AgentDesk::Core::CallSession</name>
    <message>
        <source>The consulted party could not be reached.</source>
        <translation>No se pudo contactar con la persona consultada.</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultando</translation>
    </message>
    <message>
        <source>Consult on hold</source>
        <translation>Consulta en espera</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>The call could not be connected to you.</source>
        <translation>No se pudo conectar la llamada con usted.</translation>
    </message>
    <message>
        <source>The call could not be put on hold. Try again.</source>
        <translation>No se pudo poner la llamada en espera. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call could not be resumed. Try again.</source>
        <translation>No se pudo reanudar la llamada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The consult call could not be started. Try again.</source>
        <translation>No se pudo iniciar la consulta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The consult call could not be ended. Try again.</source>
        <translation>No se pudo finalizar la consulta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Try again.</source>
        <translation>No se pudo transferir la llamada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The conference could not be started. Try again.</source>
        <translation>No se pudo iniciar la conferencia. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Check the destination and try again.</source>
        <translation>No se pudo transferir la llamada. Compruebe el destino e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call could not be ended. Try again.</source>
        <translation>No se pudo finalizar la llamada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The wrap-up could not be saved. Try again.</source>
        <translation>No se pudo guardar el cierre. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::ColleagueNumbers</name>
    <message>
        <source>This business phone does not look assigned in its country; the call may not connect.</source>
        <translation>Este teléfono de empresa no parece asignado en su país; puede que la llamada no se conecte.</translation>
    </message>
    <message>
        <source>No business phone in the directory.</source>
        <translation>No hay teléfono de empresa en el directorio.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is not a phone number.</source>
        <translation>Sin número al que llamar: el teléfono de empresa del directorio no es un número de teléfono.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone has no country code and is not a valid number of the company&apos;s country.</source>
        <translation>Sin número al que llamar: el teléfono de empresa del directorio no tiene código de país y no es un número válido del país de la empresa.</translation>
    </message>
    <message>
        <source>No callable number: no country uses the calling code of the directory&apos;s business phone.</source>
        <translation>Sin número al que llamar: ningún país usa el prefijo del teléfono de empresa del directorio.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too short.</source>
        <translation>Sin número al que llamar: el teléfono de empresa del directorio es demasiado corto.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too long for its country.</source>
        <translation>Sin número al que llamar: el teléfono de empresa del directorio es demasiado largo para su país.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone does not have the right number of digits for its country.</source>
        <translation>Sin número al que llamar: el teléfono de empresa del directorio no tiene el número de dígitos correcto para su país.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is missing its area code.</source>
        <translation>Sin número al que llamar: al teléfono de empresa del directorio le falta el prefijo de zona.</translation>
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
    <name>AgentDesk::Core::Presence</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>En una llamada</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En una reunión</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentando</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Vuelvo enseguida</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Fuera de la oficina</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::PresenceSync</name>
    <message>
        <source>from Teams: %1</source>
        <translation>desde Teams: %1</translation>
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
    <name>AgentDesk::Session::BuddyAgentsModel</name>
    <message>
        <source>The list of agents could not be loaded. Try again later.</source>
        <translation>No se pudo cargar la lista de agentes. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 is not available for calls now.</source>
        <translation>%1 no está disponible para llamadas ahora.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallController</name>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>No se pudo realizar la llamada a %1.</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 no es un número al que se pueda llamar.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallDisplay</name>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Llamando…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Sonando…</translation>
    </message>
    <message>
        <source>In the conference</source>
        <translation>En la conferencia</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferida a %1</translation>
    </message>
    <message>
        <source>Not answered in time.</source>
        <translation>No se respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ColleaguesModel</name>
    <message>
        <source>Agent: signed out</source>
        <translation>Agente: desconectado</translation>
    </message>
    <message>
        <source>Agent: available</source>
        <translation>Agente: disponible</translation>
    </message>
    <message>
        <source>Agent: idle</source>
        <translation>Agente: no disponible</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ConsultActions</name>
    <message>
        <source>Teams shows %1 as “%2”. Transfer the call to them anyway?</source>
        <translation>Teams muestra a %1 como «%2». ¿Transferir la llamada de todos modos?</translation>
    </message>
    <message>
        <source>Teams shows %1 as “%2”. Consult them anyway?</source>
        <translation>Teams muestra a %1 como «%2». ¿Consultar de todos modos?</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not accept %1&apos;s number (%2).</source>
        <translation>El plan de marcación del centro de contacto no acepta el número de %1 (%2).</translation>
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
    <name>AgentDesk::Session::QueuesModel</name>
    <message>
        <source>The list of queues could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de colas: %1</translation>
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
    <name>AgentDesk::Teams::DirectorySync</name>
    <message>
        <source>The Teams directory could not be loaded. %1</source>
        <translation>No se pudo cargar el directorio de Teams. %1</translation>
    </message>
    <message>
        <source>The Teams directory could not be updated. %1</source>
        <translation>No se pudo actualizar el directorio de Teams. %1</translation>
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
    <name>AgentDesk::Ui::CallNotification</name>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>%1 · Queue: %2</source>
        <translation>%1 · Cola: %2</translation>
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
        <translation>No hay ninguna llamada ahora. La llamada de un cliente aparece aquí cuando llega.</translation>
    </message>
    <message>
        <source>Waiting for the contact center…</source>
        <translation>Esperando al centro de contacto…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Finalizar llamada</translation>
    </message>
    <message>
        <source>Hang up the customer&apos;s call</source>
        <translation>Colgar la llamada del cliente</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>T&amp;ransferir</translation>
    </message>
    <message>
        <source>Hand the customer over to the consulted party and leave the call</source>
        <translation>Pasar el cliente a la persona consultada y salir de la llamada</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>Co&amp;nferencia</translation>
    </message>
    <message>
        <source>Bring the customer and the consulted party together</source>
        <translation>Unir al cliente y a la persona consultada</translation>
    </message>
    <message>
        <source>End cons&amp;ult</source>
        <translation>Finalizar cons&amp;ulta</translation>
    </message>
    <message>
        <source>Hang up on the consulted party and go back to the customer</source>
        <translation>Colgar a la persona consultada y volver con el cliente</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code:</source>
        <translation>Código de &amp;cierre:</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Save the wrap-up with this code</source>
        <translation>Guardar el cierre con este código</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation>En es&amp;pera</translation>
    </message>
    <message>
        <source>Put the customer on hold</source>
        <translation>Poner al cliente en espera</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Reanu&amp;dar</translation>
    </message>
    <message>
        <source>Talk to the customer again; the consulted party waits on hold</source>
        <translation>Volver a hablar con el cliente; la persona consultada espera</translation>
    </message>
    <message>
        <source>Take the customer off hold</source>
        <translation>Quitar al cliente de la espera</translation>
    </message>
    <message>
        <source>Talk to the consulted party again; the customer waits on hold</source>
        <translation>Volver a hablar con la persona consultada; el cliente espera</translation>
    </message>
    <message>
        <source>Saved on its own in %1.</source>
        <translation>Se guardará solo en %1.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleagueDelegate</name>
    <message>
        <source>mobile %1</source>
        <translation>móvil %1</translation>
    </message>
    <message>
        <source>No callable number</source>
        <translation>Sin número al que llamar</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleaguesPanel</name>
    <message>
        <source>Search name, department or role</source>
        <translation>Buscar nombre, departamento o cargo</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>Buscar compañeros</translation>
    </message>
    <message>
        <source>Available only</source>
        <translation>Solo disponibles</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Update the directory from Microsoft Teams now</source>
        <translation>Actualizar ahora el directorio desde Microsoft Teams</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>Put the customer on hold and call this colleague (Enter)</source>
        <translation>Poner al cliente en espera y llamar a este compañero (Intro)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to this colleague (Shift+Enter)</source>
        <translation>Transferir la llamada del cliente a este compañero (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>Call this colleague&apos;s business phone</source>
        <translation>Llamar al teléfono de empresa de este compañero</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Open c&amp;hat in Teams</source>
        <translation>Abrir c&amp;hat en Teams</translation>
    </message>
    <message>
        <source>Colleagues: %L1, from the last session. Connect Microsoft Teams for live presence.</source>
        <translation>Compañeros: %L1, de la última sesión. Conecte Microsoft Teams para ver la presencia en directo.</translation>
    </message>
    <message>
        <source>Colleagues appear here once Microsoft Teams is connected.</source>
        <translation>Los compañeros aparecen aquí cuando Microsoft Teams está conectado.</translation>
    </message>
    <message>
        <source>Loading the directory: %L1 received…</source>
        <translation>Cargando el directorio: %L1 recibidos…</translation>
    </message>
    <message>
        <source>Colleagues: %L1, updating…</source>
        <translation>Compañeros: %L1, actualizando…</translation>
    </message>
    <message>
        <source>Colleagues: %L1</source>
        <translation>Compañeros: %L1</translation>
    </message>
    <message>
        <source>Colleagues: %L1. The directory could not be updated: %2</source>
        <translation>Compañeros: %L1. No se pudo actualizar el directorio: %2</translation>
    </message>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>No se pudo cargar el directorio: %1</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Quitar de &amp;favoritos</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Añadir a &amp;favoritos</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultConfirmation</name>
    <message>
        <source>Transfer the call?</source>
        <translation>¿Transferir la llamada?</translation>
    </message>
    <message>
        <source>Consult?</source>
        <translation>¿Consultar?</translation>
    </message>
    <message>
        <source>&amp;Transfer anyway</source>
        <translation>&amp;Transferir de todos modos</translation>
    </message>
    <message>
        <source>C&amp;onsult anyway</source>
        <translation>C&amp;onsultar de todos modos</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultPanel</name>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Compañeros</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>C&amp;olas</translation>
    </message>
    <message>
        <source>Colleagues from Microsoft Teams, with their presence</source>
        <translation>Compañeros de Microsoft Teams, con su presencia</translation>
    </message>
    <message>
        <source>Contact-center agents who are signed in, with their state</source>
        <translation>Agentes del centro de contacto conectados, con su estado</translation>
    </message>
    <message>
        <source>The contact center&apos;s queues</source>
        <translation>Las colas del centro de contacto</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>Cargando los agentes…</translation>
    </message>
    <message>
        <source>No other agent is signed in.</source>
        <translation>No hay ningún otro agente conectado.</translation>
    </message>
    <message>
        <source>Loading the queues…</source>
        <translation>Cargando las colas…</translation>
    </message>
    <message>
        <source>There are no queues.</source>
        <translation>No hay colas.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::DestinationList</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>Put the customer on hold and call the selected one (Enter)</source>
        <translation>Poner al cliente en espera y llamar al seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to the selected one (Shift+Enter)</source>
        <translation>Transferir la llamada del cliente al seleccionado (Mayús+Intro)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::IncomingCallBar</name>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un llamante desconocido</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Answer on your phone.</source>
        <translation>Responda en su teléfono.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Answer the call here (%1)</source>
        <translation>Responder la llamada aquí (%1)</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find a colleague</source>
        <translation>&amp;Buscar un compañero</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Compañeros</translation>
    </message>
    <message>
        <source>Consult or transfer</source>
        <translation>Consultar o transferir</translation>
    </message>
    <message>
        <source>Consult or &amp;transfer</source>
        <translation>Consultar o &amp;transferir</translation>
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
    <message>
        <source>State synchronization with Teams: on</source>
        <translation>Sincronización del estado con Teams: activada</translation>
    </message>
    <message>
        <source>State synchronization with Teams: off</source>
        <translation>Sincronización del estado con Teams: desactivada</translation>
    </message>
    <message>
        <source>Your desktop profile turns it on: your state follows your Teams presence, and Teams shows when you are on a customer call.</source>
        <translation>Su perfil de escritorio la activa: su estado sigue su presencia en Teams, y Teams muestra cuándo está en una llamada con un cliente.</translation>
    </message>
    <message>
        <source>When Teams shows %1, your state becomes %2.</source>
        <translation>Cuando Teams muestra %1, su estado pasa a %2.</translation>
    </message>
    <message>
        <source>Your desktop profile turns it off.</source>
        <translation>Su perfil de escritorio la desactiva.</translation>
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
