<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AgentDesk::Net::ApiError</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Não foi possível contactar o servidor. Verifique a sua ligação de rede.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>O servidor demorou demasiado tempo a responder.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused. Please sign in again.</source>
        <translation>A sua sessão expirou ou foi recusada. Inicie sessão novamente.</translation>
    </message>
    <message>
        <source>The service sent a reply that could not be read.</source>
        <translation>O serviço enviou uma resposta que não foi possível ler.</translation>
    </message>
    <message>
        <source>The service sent a reply in a form AgentDesk does not understand.</source>
        <translation>O serviço enviou uma resposta num formato que o AgentDesk não compreende.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>O pedido foi cancelado.</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>O serviço está ocupado. Tente novamente daqui a pouco.</translation>
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
    <name>AgentDesk::Ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Acerca do AgentDesk</translation>
    </message>
    <message>
        <source>The desktop for contact-center agents: calls, colleagues in Microsoft Teams and their presence, in one window.</source>
        <translation>O ambiente de trabalho dos agentes de contact center: chamadas, colegas do Microsoft Teams e a respetiva presença, numa só janela.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, a executar com Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licenciado nos termos da GNU General Public License, versão 3 ou posterior.</translation>
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
        <translation>A página de início de sessão parou inesperadamente.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check your network connection, then try again.</source>
        <translation>Não foi possível carregar a página de início de sessão. Verifique a sua ligação de rede e tente novamente.</translation>
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
        <translation>&amp;Ficheiro</translation>
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
        <translation>&amp;Acerca do AgentDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca do &amp;Qt</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Demo: simulated services</source>
        <translation>Demonstração: serviços simulados</translation>
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
        <translation>Início de sessão do contact center:</translation>
    </message>
    <message>
        <source>Microsoft sign-in:</source>
        <translation>Início de sessão Microsoft:</translation>
    </message>
    <message>
        <source>Microsoft Graph:</source>
        <translation>Microsoft Graph:</translation>
    </message>
    <message>
        <source>Starting the demo services…</source>
        <translation>A iniciar os serviços de demonstração…</translation>
    </message>
    <message>
        <source>Demo mode: every service is simulated on this computer.</source>
        <translation>Modo de demonstração: todos os serviços são simulados neste computador.</translation>
    </message>
    <message>
        <source>AgentDesk will connect to these services.</source>
        <translation>O AgentDesk vai ligar-se a estes serviços.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>Não foi possível iniciar os serviços de demonstração. Consulte o registo para mais detalhes.</translation>
    </message>
</context>
</TS>
