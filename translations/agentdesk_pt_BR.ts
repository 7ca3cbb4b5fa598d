<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AgentDesk::Auth::AuthorizationOutcome</name>
    <message>
        <source>Signed in.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that an administrator of your organization must approve first. Ask your administrator to grant consent, then sign in again.</source>
        <translation>O AgentDesk precisa de permissões que um administrador da sua organização deve aprovar primeiro. Peça ao administrador para conceder o consentimento e entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt and was ignored for your security. Please sign in again.</source>
        <translation>A resposta de login não pertencia a esta tentativa e foi ignorada para sua segurança. Entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error. Please try again.</source>
        <translation>O serviço de login informou um erro. Tente novamente.</translation>
    </message>
    <message>
        <source>The sign-in service reported an error: %1</source>
        <translation>O serviço de login informou um erro: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered without a sign-in code. Please try again.</source>
        <translation>O serviço de login respondeu sem um código de login. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Solicitação inválida</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Este endereço só recebe a resposta de um login.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>Login concluído</translation>
    </message>
    <message>
        <source>You can close this window and return to AgentDesk.</source>
        <translation>Você pode fechar esta janela e voltar ao AgentDesk.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::OAuthError</name>
    <message>
        <source>Your sign-in is no longer valid: it has expired or was revoked. Please sign in again.</source>
        <translation>Seu login não é mais válido: expirou ou foi revogado. Entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept AgentDesk&apos;s registration (client id). Please contact your administrator.</source>
        <translation>O serviço de login não aceita o registro do AgentDesk (client id). Entre em contato com o administrador.</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that must be approved first. Sign in again, or ask your administrator to grant consent.</source>
        <translation>O AgentDesk precisa de permissões que devem ser aprovadas primeiro. Entre novamente ou peça ao administrador para conceder o consentimento.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request: %1</source>
        <translation>O serviço de login recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>O serviço de login recusou a solicitação (%1).</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now. Please try again in a moment.</source>
        <translation>O serviço de login está indisponível no momento. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your network connection.</source>
        <translation>Não foi possível acessar o serviço de login. Verifique sua conexão de rede.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that AgentDesk could not read.</source>
        <translation>O serviço de login enviou uma resposta que o AgentDesk não conseguiu ler.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::TokenStoreError</name>
    <message>
        <source>No saved sign-in was found. Please sign in.</source>
        <translation>Nenhum login salvo foi encontrado. Entre.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain.</source>
        <translation>Não foi possível ler seu login salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain; you will have to sign in again at the next start.</source>
        <translation>Não foi possível salvar seu login no chaveiro do sistema; você precisará entrar novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the system keychain.</source>
        <translation>Não foi possível remover seu login salvo do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock it and try again.</source>
        <translation>O acesso ao chaveiro foi negado. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>No keychain service is available on this system.</source>
        <translation>Nenhum serviço de chaveiro está disponível neste sistema.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>O chaveiro informou: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Cc::NotificationChannel</name>
    <message>
        <source>The contact center did not confirm the connection in time.</source>
        <translation>O contact center não confirmou a conexão a tempo.</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service could not be reached: %1</source>
        <translation>Não foi possível acessar o serviço de notificações do contact center: %1</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service sent an answer AgentDesk does not understand.</source>
        <translation>O serviço de notificações do contact center enviou uma resposta que o AgentDesk não entende.</translation>
    </message>
    <message>
        <source>The connection to the contact center closed before it was ready.</source>
        <translation>A conexão com o contact center foi encerrada antes de ficar pronta.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::CallSession</name>
    <message>
        <source>The consulted party could not be reached.</source>
        <translation>Não foi possível falar com a pessoa consultada.</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sem chamada</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Em consulta</translation>
    </message>
    <message>
        <source>Consult on hold</source>
        <translation>Consulta em espera</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Chamada encerrada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>The call could not be connected to you.</source>
        <translation>Não foi possível conectar a chamada a você.</translation>
    </message>
    <message>
        <source>The call could not be put on hold. Try again.</source>
        <translation>Não foi possível colocar a chamada em espera. Tente novamente.</translation>
    </message>
    <message>
        <source>The call could not be resumed. Try again.</source>
        <translation>Não foi possível retomar a chamada. Tente novamente.</translation>
    </message>
    <message>
        <source>The consult call could not be started. Try again.</source>
        <translation>Não foi possível iniciar a consulta. Tente novamente.</translation>
    </message>
    <message>
        <source>The consult call could not be ended. Try again.</source>
        <translation>Não foi possível encerrar a consulta. Tente novamente.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Try again.</source>
        <translation>Não foi possível transferir a chamada. Tente novamente.</translation>
    </message>
    <message>
        <source>The conference could not be started. Try again.</source>
        <translation>Não foi possível iniciar a conferência. Tente novamente.</translation>
    </message>
    <message>
        <source>The call could not be transferred. Check the destination and try again.</source>
        <translation>Não foi possível transferir a chamada. Verifique o destino e tente novamente.</translation>
    </message>
    <message>
        <source>The call could not be ended. Try again.</source>
        <translation>Não foi possível encerrar a chamada. Tente novamente.</translation>
    </message>
    <message>
        <source>The wrap-up could not be saved. Try again.</source>
        <translation>Não foi possível salvar o pós-atendimento. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::ColleagueNumbers</name>
    <message>
        <source>This business phone does not look assigned in its country; the call may not connect.</source>
        <translation>Este telefone comercial não parece atribuído no seu país; a chamada pode não completar.</translation>
    </message>
    <message>
        <source>No business phone in the directory.</source>
        <translation>Sem telefone comercial no diretório.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is not a phone number.</source>
        <translation>Sem número para ligar: o telefone comercial do diretório não é um número de telefone.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone has no country code and is not a valid number of the company&apos;s country.</source>
        <translation>Sem número para ligar: o telefone comercial do diretório não tem código do país e não é um número válido do país da empresa.</translation>
    </message>
    <message>
        <source>No callable number: no country uses the calling code of the directory&apos;s business phone.</source>
        <translation>Sem número para ligar: nenhum país usa o código de discagem do telefone comercial do diretório.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too short.</source>
        <translation>Sem número para ligar: o telefone comercial do diretório é curto demais.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too long for its country.</source>
        <translation>Sem número para ligar: o telefone comercial do diretório é longo demais para o seu país.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone does not have the right number of digits for its country.</source>
        <translation>Sem número para ligar: o telefone comercial do diretório não tem a quantidade certa de dígitos para o seu país.</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is missing its area code.</source>
        <translation>Sem número para ligar: falta o DDD no telefone comercial do diretório.</translation>
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
        <translation>Este número não parece estar atribuído no país dele. Ainda assim pode ser usado: o plano de discagem do contact center decide se ele é aceito.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Digite um número de telefone.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, optionally starting with + and the country code; an extension goes at the end, such as x123.</source>
        <translation>Isto não é um número de telefone. Use dígitos, opcionalmente começando com + e o código do país; um ramal vai no final, como x123.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (for example +44 20 7946 0958), or choose its country.</source>
        <translation>Comece o número com + e o código do país (por exemplo +44 20 7946 0958) ou escolha o país.</translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Check the digits after + or after the international prefix.</source>
        <translation>Nenhum país usa o código no início deste número. Verifique os dígitos depois do + ou do prefixo internacional.</translation>
    </message>
    <message>
        <source>Choose the country of this number.</source>
        <translation>Escolha o país deste número.</translation>
    </message>
    <message>
        <source>This number has the country code +%1, but the chosen country&apos;s code is +%2. Remove the country code, or choose the right country.</source>
        <translation>Este número tem o código de país +%1, mas o código do país escolhido é +%2. Remova o código de país ou escolha o país correto.</translation>
    </message>
    <message>
        <source>This number is too short: digits are missing.</source>
        <translation>Este número é curto demais: faltam dígitos.</translation>
    </message>
    <message>
        <source>This number is too long for its country.</source>
        <translation>Este número é longo demais para o país dele.</translation>
    </message>
    <message>
        <source>This number does not have the right number of digits for its country.</source>
        <translation>Este número não tem a quantidade certa de dígitos para o país dele.</translation>
    </message>
    <message>
        <source>This number is missing its area code. Add it, so that the number can be dialled from anywhere.</source>
        <translation>Falta o código de área (DDD) deste número. Adicione-o para que o número possa ser discado de qualquer lugar.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::LoginFormRules</name>
    <message>
        <source>Your profile lets you handle calls, but no extension or dial number is set up for you. Ask your administrator to check your profile.</source>
        <translation>Seu perfil permite atender chamadas, mas nenhum ramal ou número de discagem foi configurado para você. Peça ao administrador para verificar seu perfil.</translation>
    </message>
    <message>
        <source>Choose how to handle calls.</source>
        <translation>Escolha como atender as chamadas.</translation>
    </message>
    <message>
        <source>Your profile no longer allows handling calls with %1. Choose another way.</source>
        <translation>Seu perfil não permite mais atender chamadas com %1. Escolha outra forma.</translation>
    </message>
    <message>
        <source>Your administrator set your dial number to %1; it cannot be changed.</source>
        <translation>O administrador definiu seu número de discagem como %1; ele não pode ser alterado.</translation>
    </message>
    <message>
        <source>Choose one of the dial numbers your administrator set up for you.</source>
        <translation>Escolha um dos números de discagem que o administrador configurou para você.</translation>
    </message>
    <message>
        <source>This dial number is too long.</source>
        <translation>Este número de discagem é longo demais.</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not allow this number. Ask your administrator which numbers you can use.</source>
        <translation>O plano de discagem do contact center não permite este número. Pergunte ao administrador quais números você pode usar.</translation>
    </message>
    <message>
        <source>Choose one of the extensions your administrator set up for you.</source>
        <translation>Escolha um dos ramais que o administrador configurou para você.</translation>
    </message>
    <message>
        <source>Enter your extension.</source>
        <translation>Digite seu ramal.</translation>
    </message>
    <message>
        <source>An extension has digits only.</source>
        <translation>Um ramal tem somente dígitos.</translation>
    </message>
    <message>
        <source>This extension is too long.</source>
        <translation>Este ramal é longo demais.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Escolha uma equipe.</translation>
    </message>
    <message>
        <source>You are no longer a member of this team. Choose another one.</source>
        <translation>Você não faz mais parte desta equipe. Escolha outra.</translation>
    </message>
    <message>
        <source>Your saved preferences can no longer be used: %1</source>
        <translation>Suas preferências salvas não podem mais ser usadas: %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Dial number</source>
        <translation>Número de discagem</translation>
    </message>
    <message>
        <source>No telephony (digital channels only)</source>
        <translation>Sem telefonia (somente canais digitais)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::Presence</name>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>Em uma chamada</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>Em uma reunião</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Apresentando</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não incomodar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Volto logo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Fora do escritório</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::PresenceSync</name>
    <message>
        <source>from Teams: %1</source>
        <translation>pelo Teams: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::StationLoginFailure</name>
    <message>
        <source>This dial number is already signed in by another agent. Use a different number, or ask your administrator for help.</source>
        <translation>Este número de discagem já está conectado por outro agente. Use outro número ou peça ajuda ao administrador.</translation>
    </message>
    <message>
        <source>This extension is already signed in by another agent. Use a different extension, or ask your administrator for help.</source>
        <translation>Este ramal já está conectado por outro agente. Use outro ramal ou peça ajuda ao administrador.</translation>
    </message>
    <message>
        <source>This number or extension is already signed in by another agent. Use a different one, or ask your administrator for help.</source>
        <translation>Este número ou ramal já está conectado por outro agente. Use outro ou peça ajuda ao administrador.</translation>
    </message>
    <message>
        <source>The contact center does not accept this dial number. Check it, or ask your administrator which numbers you can use.</source>
        <translation>O contact center não aceita este número de discagem. Verifique-o ou pergunte ao administrador quais números você pode usar.</translation>
    </message>
    <message>
        <source>The contact center does not accept this extension. Check it, or ask your administrator which extensions you can use.</source>
        <translation>O contact center não aceita este ramal. Verifique-o ou pergunte ao administrador quais ramais você pode usar.</translation>
    </message>
    <message>
        <source>The contact center does not know your agent account. Ask your administrator to check your profile.</source>
        <translation>O contact center não reconhece sua conta de agente. Peça ao administrador para verificar seu perfil.</translation>
    </message>
    <message>
        <source>The contact center does not know the chosen team. Choose another team, or ask your administrator.</source>
        <translation>O contact center não reconhece a equipe escolhida. Escolha outra equipe ou fale com o administrador.</translation>
    </message>
    <message>
        <source>You are not a member of the chosen team. Choose another team, or ask your administrator.</source>
        <translation>Você não faz parte da equipe escolhida. Escolha outra equipe ou fale com o administrador.</translation>
    </message>
    <message>
        <source>Your profile does not allow handling calls this way. Choose another way, or ask your administrator.</source>
        <translation>Seu perfil não permite atender chamadas desta forma. Escolha outra forma ou fale com o administrador.</translation>
    </message>
    <message>
        <source>No agent profile is assigned to your account. Ask your administrator to assign one.</source>
        <translation>Nenhum perfil de agente está atribuído à sua conta. Peça ao administrador para atribuir um.</translation>
    </message>
    <message>
        <source>Your account may not sign in as an agent. Ask your administrator to check your roles.</source>
        <translation>Sua conta não tem permissão para entrar como agente. Peça ao administrador para verificar suas funções.</translation>
    </message>
    <message>
        <source>The contact center refused the station login (reason: %1). Try again, or give this reason to your administrator.</source>
        <translation>O contact center recusou o login da estação (motivo: %1). Tente novamente ou informe este motivo ao administrador.</translation>
    </message>
    <message>
        <source>The contact center refused the station login without saying why. Try again, or ask your administrator.</source>
        <translation>O contact center recusou o login da estação sem informar o motivo. Tente novamente ou fale com o administrador.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Net::ApiError</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>O servidor demorou demais para responder.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused. Please sign in again.</source>
        <translation>Seu login expirou ou foi recusado. Entre novamente.</translation>
    </message>
    <message>
        <source>The service sent a reply that could not be read.</source>
        <translation>O serviço enviou uma resposta que não pôde ser lida.</translation>
    </message>
    <message>
        <source>The service sent a reply in a form AgentDesk does not understand.</source>
        <translation>O serviço enviou uma resposta em um formato que o AgentDesk não entende.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>O serviço está ocupado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The service answered with an error (%1).</source>
        <translation>O serviço respondeu com um erro (%1).</translation>
    </message>
    <message>
        <source>The service answered with an error (%1): %2</source>
        <translation>O serviço respondeu com um erro (%1): %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::AgentStateController</name>
    <message>
        <source>The contact center refused the state change (%1).</source>
        <translation>O contact center recusou a mudança de estado (%1).</translation>
    </message>
    <message>
        <source>The contact center did not confirm the state change in time.</source>
        <translation>O contact center não confirmou a mudança de estado a tempo.</translation>
    </message>
    <message>
        <source>You cannot sign out while a conversation is active. Finish it first.</source>
        <translation>Não é possível sair enquanto houver uma conversa ativa. Termine-a primeiro.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::AgentStateModel</name>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::BuddyAgentsModel</name>
    <message>
        <source>The list of agents could not be loaded. Try again later.</source>
        <translation>Não foi possível carregar a lista de agentes. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>%1 is not available for calls now.</source>
        <translation>%1 não está disponível para chamadas agora.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallController</name>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>Não foi possível fazer a chamada para %1.</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 não é um número para o qual se possa ligar.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallDisplay</name>
    <message>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Chamando…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Em conversa</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Tocando…</translation>
    </message>
    <message>
        <source>In the conference</source>
        <translation>Na conferência</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferida para %1</translation>
    </message>
    <message>
        <source>Not answered in time.</source>
        <translation>Não atendida a tempo.</translation>
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
        <translation>Agente: disponível</translation>
    </message>
    <message>
        <source>Agent: idle</source>
        <translation>Agente: indisponível</translation>
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
        <translation>O Teams mostra %1 como “%2”. Transferir a chamada mesmo assim?</translation>
    </message>
    <message>
        <source>Teams shows %1 as “%2”. Consult them anyway?</source>
        <translation>O Teams mostra %1 como “%2”. Consultar mesmo assim?</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not accept %1&apos;s number (%2).</source>
        <translation>O plano de discagem do contact center não aceita o número de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::LoginController</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>The contact center did not confirm the station login in time. Try again.</source>
        <translation>O contact center não confirmou o login da estação a tempo. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::QueuesModel</name>
    <message>
        <source>The list of queues could not be loaded: %1</source>
        <translation>Não foi possível carregar a lista de filas: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::TeamsConnection</name>
    <message>
        <source>Microsoft Teams is not connected yet.</source>
        <translation>O Microsoft Teams ainda não está conectado.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in was cancelled.</source>
        <translation>O Microsoft Teams não está conectado: o login foi cancelado.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: your administrator must approve AgentDesk for your organization first.</source>
        <translation>O Microsoft Teams não está conectado: o administrador precisa aprovar o AgentDesk para sua organização primeiro.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: single sign-on found no Microsoft session for your account on this computer.</source>
        <translation>O Microsoft Teams não está conectado: o login único não encontrou nenhuma sessão da Microsoft para sua conta neste computador.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft could not be reached. Check the network connection.</source>
        <translation>O Microsoft Teams não está conectado: não foi possível acessar a Microsoft. Verifique a conexão de rede.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft refused the sign-in.</source>
        <translation>O Microsoft Teams não está conectado: a Microsoft recusou o login.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in did not complete.</source>
        <translation>O Microsoft Teams não está conectado: o login não foi concluído.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected: your Microsoft sign-in has expired. Sign in again.</source>
        <translation>O Microsoft Teams está desconectado: seu login da Microsoft expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected.</source>
        <translation>O Microsoft Teams está desconectado.</translation>
    </message>
    <message>
        <source>Microsoft Teams is not used in your desktop profile.</source>
        <translation>O Microsoft Teams não é usado no seu perfil de desktop.</translation>
    </message>
    <message>
        <source>The answer of the system browser cannot be received.</source>
        <translation>Não é possível receber a resposta do navegador do sistema.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Teams::DirectorySync</name>
    <message>
        <source>The Teams directory could not be loaded. %1</source>
        <translation>Não foi possível carregar o diretório do Teams. %1</translation>
    </message>
    <message>
        <source>The Teams directory could not be updated. %1</source>
        <translation>Não foi possível atualizar o diretório do Teams. %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Sobre o AgentDesk</translation>
    </message>
    <message>
        <source>The desktop for contact-center agents: calls, colleagues in Microsoft Teams and their presence, in one window.</source>
        <translation>A área de trabalho dos agentes de contact center: chamadas, colegas do Microsoft Teams e a presença deles, em uma só janela.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, executando com Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licenciado sob a GNU General Public License, versão 3 ou posterior.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::BrowserSignInDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly.</source>
        <translation>A página de login parou inesperadamente.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check your network connection, then try again.</source>
        <translation>Não foi possível carregar a página de login. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::CallNotification</name>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>%1 · Queue: %2</source>
        <translation>%1 · Fila: %2</translation>
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
        <translation>Nenhuma chamada no momento. A chamada de um cliente aparece aqui quando chegar.</translation>
    </message>
    <message>
        <source>Waiting for the contact center…</source>
        <translation>Aguardando o contact center…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Encerrar chamada</translation>
    </message>
    <message>
        <source>Hang up the customer&apos;s call</source>
        <translation>Desligar a chamada do cliente</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>T&amp;ransferir</translation>
    </message>
    <message>
        <source>Hand the customer over to the consulted party and leave the call</source>
        <translation>Passar o cliente para a pessoa consultada e sair da chamada</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>Co&amp;nferência</translation>
    </message>
    <message>
        <source>Bring the customer and the consulted party together</source>
        <translation>Juntar o cliente e a pessoa consultada</translation>
    </message>
    <message>
        <source>End cons&amp;ult</source>
        <translation>Encerrar cons&amp;ulta</translation>
    </message>
    <message>
        <source>Hang up on the consulted party and go back to the customer</source>
        <translation>Desligar a pessoa consultada e voltar ao cliente</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code:</source>
        <translation>Código de &amp;pós-atendimento:</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Save the wrap-up with this code</source>
        <translation>Salvar o pós-atendimento com este código</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation>&amp;Em espera</translation>
    </message>
    <message>
        <source>Put the customer on hold</source>
        <translation>Colocar o cliente em espera</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Reto&amp;mar</translation>
    </message>
    <message>
        <source>Talk to the customer again; the consulted party waits on hold</source>
        <translation>Voltar a falar com o cliente; a pessoa consultada aguarda em espera</translation>
    </message>
    <message>
        <source>Take the customer off hold</source>
        <translation>Tirar o cliente da espera</translation>
    </message>
    <message>
        <source>Talk to the consulted party again; the customer waits on hold</source>
        <translation>Voltar a falar com a pessoa consultada; o cliente aguarda em espera</translation>
    </message>
    <message>
        <source>Saved on its own in %1.</source>
        <translation>Salvo automaticamente em %1.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleagueDelegate</name>
    <message>
        <source>mobile %1</source>
        <translation>celular %1</translation>
    </message>
    <message>
        <source>No callable number</source>
        <translation>Sem número para ligar</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleaguesPanel</name>
    <message>
        <source>Search name, department or role</source>
        <translation>Pesquisar nome, departamento ou cargo</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>Pesquisar colegas</translation>
    </message>
    <message>
        <source>Available only</source>
        <translation>Só disponíveis</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Update the directory from Microsoft Teams now</source>
        <translation>Atualizar agora o diretório a partir do Microsoft Teams</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>Put the customer on hold and call this colleague (Enter)</source>
        <translation>Colocar o cliente em espera e ligar para este colega (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to this colleague (Shift+Enter)</source>
        <translation>Transferir a chamada do cliente para este colega (Shift+Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <source>Call this colleague&apos;s business phone</source>
        <translation>Ligar para o telefone comercial deste colega</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Open c&amp;hat in Teams</source>
        <translation>Abrir c&amp;hat no Teams</translation>
    </message>
    <message>
        <source>Colleagues: %L1, from the last session. Connect Microsoft Teams for live presence.</source>
        <translation>Colegas: %L1, da última sessão. Conecte o Microsoft Teams para ver a presença em tempo real.</translation>
    </message>
    <message>
        <source>Colleagues appear here once Microsoft Teams is connected.</source>
        <translation>Os colegas aparecem aqui quando o Microsoft Teams estiver conectado.</translation>
    </message>
    <message>
        <source>Loading the directory: %L1 received…</source>
        <translation>Carregando o diretório: %L1 recebidos…</translation>
    </message>
    <message>
        <source>Colleagues: %L1, updating…</source>
        <translation>Colegas: %L1, atualizando…</translation>
    </message>
    <message>
        <source>Colleagues: %L1</source>
        <translation>Colegas: %L1</translation>
    </message>
    <message>
        <source>Colleagues: %L1. The directory could not be updated: %2</source>
        <translation>Colegas: %L1. Não foi possível atualizar o diretório: %2</translation>
    </message>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>Não foi possível carregar o diretório: %1</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Remover dos &amp;favoritos</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Adicionar aos &amp;favoritos</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultConfirmation</name>
    <message>
        <source>Transfer the call?</source>
        <translation>Transferir a chamada?</translation>
    </message>
    <message>
        <source>Consult?</source>
        <translation>Consultar?</translation>
    </message>
    <message>
        <source>&amp;Transfer anyway</source>
        <translation>&amp;Transferir mesmo assim</translation>
    </message>
    <message>
        <source>C&amp;onsult anyway</source>
        <translation>C&amp;onsultar mesmo assim</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultPanel</name>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colegas</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>Colleagues from Microsoft Teams, with their presence</source>
        <translation>Colegas do Microsoft Teams, com a presença deles</translation>
    </message>
    <message>
        <source>Contact-center agents who are signed in, with their state</source>
        <translation>Agentes do contact center conectados, com o estado deles</translation>
    </message>
    <message>
        <source>The contact center&apos;s queues</source>
        <translation>As filas do contact center</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>Carregando os agentes…</translation>
    </message>
    <message>
        <source>No other agent is signed in.</source>
        <translation>Nenhum outro agente está conectado.</translation>
    </message>
    <message>
        <source>Loading the queues…</source>
        <translation>Carregando as filas…</translation>
    </message>
    <message>
        <source>There are no queues.</source>
        <translation>Não há filas.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::DestinationList</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>Put the customer on hold and call the selected one (Enter)</source>
        <translation>Colocar o cliente em espera e ligar para o selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to the selected one (Shift+Enter)</source>
        <translation>Transferir a chamada do cliente para o selecionado (Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::IncomingCallBar</name>
    <message>
        <source>Incoming call from %1</source>
        <translation>Chamada recebida de %1</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>um chamador desconhecido</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Answer on your phone.</source>
        <translation>Atenda no seu telefone.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Answer the call here (%1)</source>
        <translation>Atender a chamada aqui (%1)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::InteractionPreferencesDialog</name>
    <message>
        <source>Interaction preferences</source>
        <translation>Preferências de interação</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Não mostrar novamente</translation>
    </message>
    <message>
        <source>Next time, sign in with these preferences without asking. You can turn this off in Profile settings.</source>
        <translation>Da próxima vez, entrar com estas preferências sem perguntar. Você pode desativar isso nas configurações do perfil.</translation>
    </message>
    <message>
        <source>&amp;Save &amp;&amp; Continue</source>
        <translation>&amp;Salvar e continuar</translation>
    </message>
    <message>
        <source>Handle calls using</source>
        <translation>Atender chamadas usando</translation>
    </message>
    <message>
        <source>&amp;International format</source>
        <translation>Formato &amp;internacional</translation>
    </message>
    <message>
        <source>Choose the country, then type the number as dialled in that country. Unticked, type the number with + and the country code, or as you dial it from here.</source>
        <translation>Escolha o país e digite o número como é discado nesse país. Desmarcado, digite o número com + e o código do país, ou como você o disca daqui.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Pesquisar equipes</translation>
    </message>
    <message>
        <source>Dial &amp;number</source>
        <translation>&amp;Número de discagem</translation>
    </message>
    <message>
        <source>E&amp;xtension</source>
        <translation>Ra&amp;mal</translation>
    </message>
    <message>
        <source>+1 425 555 0100, or as you dial it</source>
        <translation>+55 11 98765 4321, ou como você disca</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Definido pelo administrador.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Sobre o AgentDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Demo: simulated services</source>
        <translation>Demonstração: serviços simulados</translation>
    </message>
    <message>
        <source>&amp;Profile settings…</source>
        <translation>Configurações do &amp;perfil…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da conta</translation>
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
        <translation>A conexão com o contact center foi perdida. Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the contact center is back.</source>
        <translation>A conexão com o contact center foi restabelecida.</translation>
    </message>
    <message>
        <source>You signed in to the contact center somewhere else, so this session ended. Sign in again to continue here.</source>
        <translation>Você entrou no contact center em outro lugar, por isso esta sessão foi encerrada. Entre novamente para continuar aqui.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Você saiu.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Handling calls with: %1</source>
        <translation>Atendendo chamadas com: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipe: %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Definido por %1</translation>
    </message>
    <message>
        <source>Teams connected</source>
        <translation>Teams conectado</translation>
    </message>
    <message>
        <source>Microsoft Teams: signed in as %1.</source>
        <translation>Microsoft Teams: conectado como %1.</translation>
    </message>
    <message>
        <source>Connecting to Teams…</source>
        <translation>Conectando ao Teams…</translation>
    </message>
    <message>
        <source>Teams not connected</source>
        <translation>Teams não conectado</translation>
    </message>
    <message>
        <source>%1 You can retry in Profile settings → Collaboration tools.</source>
        <translation>%1 Você pode tentar novamente em Configurações do perfil → Ferramentas de colaboração.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Find a colleague</source>
        <translation>&amp;Localizar um colega</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colegas</translation>
    </message>
    <message>
        <source>Consult or transfer</source>
        <translation>Consultar ou transferir</translation>
    </message>
    <message>
        <source>Consult or &amp;transfer</source>
        <translation>Consultar ou &amp;transferir</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ProfileSettingsDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>Configurações do perfil</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Detalhes do login</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Handle calls using:</source>
        <translation>Atender chamadas usando:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipe:</translation>
    </message>
    <message>
        <source>&amp;Sign in with these preferences without asking</source>
        <translation>&amp;Entrar com estas preferências sem perguntar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Um novo idioma é usado a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Collaboration tools</source>
        <translation>Ferramentas de colaboração</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::RunningInstancePrompt</name>
    <message>
        <source>AgentDesk is already open</source>
        <translation>O AgentDesk já está aberto</translation>
    </message>
    <message>
        <source>AgentDesk is already open on this computer. Only one session can run at a time.</source>
        <translation>O AgentDesk já está aberto neste computador. Só uma sessão pode ser executada por vez.</translation>
    </message>
    <message>
        <source>Bring the open window forward, or continue here: the other session then signs out and closes.</source>
        <translation>Traga a janela aberta para a frente ou continue aqui: a outra sessão então sai e é fechada.</translation>
    </message>
    <message>
        <source>&amp;Bring it forward</source>
        <translation>&amp;Trazer para a frente</translation>
    </message>
    <message>
        <source>&amp;Continue here</source>
        <translation>&amp;Continuar aqui</translation>
    </message>
    <message>
        <source>The other AgentDesk did not close. Close it, then start AgentDesk again.</source>
        <translation>O outro AgentDesk não foi fechado. Feche-o e inicie o AgentDesk novamente.</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::SignInFlow</name>
    <message>
        <source>Sign in to the contact center</source>
        <translation>Entrar no contact center</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Teams</source>
        <translation>Entrar no Microsoft Teams</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::StartPage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Bem-vindo ao AgentDesk</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Contact center:</source>
        <translation>Contact center:</translation>
    </message>
    <message>
        <source>Contact-center sign-in:</source>
        <translation>Login do contact center:</translation>
    </message>
    <message>
        <source>Microsoft sign-in:</source>
        <translation>Login da Microsoft:</translation>
    </message>
    <message>
        <source>Microsoft Graph:</source>
        <translation>Microsoft Graph:</translation>
    </message>
    <message>
        <source>Starting the demo services…</source>
        <translation>Iniciando os serviços de demonstração…</translation>
    </message>
    <message>
        <source>Demo mode: every service is simulated on this computer.</source>
        <translation>Modo de demonstração: todos os serviços são simulados neste computador.</translation>
    </message>
    <message>
        <source>AgentDesk will connect to these services.</source>
        <translation>O AgentDesk vai se conectar a estes serviços.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Signing in to the contact center…</source>
        <translation>Entrando no contact center…</translation>
    </message>
    <message>
        <source>Sign in to the contact center to start.</source>
        <translation>Entre no contact center para começar.</translation>
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
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Sign in with the system &amp;browser</source>
        <translation>Entrar com o &amp;navegador do sistema</translation>
    </message>
    <message>
        <source>For organizations that block sign-in inside applications.</source>
        <translation>Para organizações que bloqueiam o login dentro de aplicativos.</translation>
    </message>
    <message>
        <source>Successful: signed in as %1.</source>
        <translation>Conectado: entrou como %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>State synchronization with Teams: on</source>
        <translation>Sincronização do estado com o Teams: ativada</translation>
    </message>
    <message>
        <source>State synchronization with Teams: off</source>
        <translation>Sincronização do estado com o Teams: desativada</translation>
    </message>
    <message>
        <source>Your desktop profile turns it on: your state follows your Teams presence, and Teams shows when you are on a customer call.</source>
        <translation>O seu perfil de desktop a ativa: o seu estado acompanha a sua presença no Teams, e o Teams mostra quando você está em uma chamada de cliente.</translation>
    </message>
    <message>
        <source>When Teams shows %1, your state becomes %2.</source>
        <translation>Quando o Teams mostra %1, o seu estado passa a %2.</translation>
    </message>
    <message>
        <source>Your desktop profile turns it off.</source>
        <translation>O seu perfil de desktop a desativa.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>Não foi possível iniciar os serviços de demonstração. Veja o log para mais detalhes.</translation>
    </message>
</context>
</TS>
