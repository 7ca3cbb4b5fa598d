<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgentDesk::Net::ApiError</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>サーバーに接続できませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>サーバーの応答に時間がかかりすぎています。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused. Please sign in again.</source>
        <translation>サインインの有効期限が切れたか、拒否されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The service sent a reply that could not be read.</source>
        <translation>サービスから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The service sent a reply in a form AgentDesk does not understand.</source>
        <translation>サービスから AgentDesk が理解できない形式の応答が返されました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>サービスが混み合っています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service answered with an error (%1).</source>
        <translation>サービスがエラーを返しました (%1)。</translation>
    </message>
    <message>
        <source>The service answered with an error (%1): %2</source>
        <translation>サービスがエラーを返しました (%1): %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>AgentDesk について</translation>
    </message>
    <message>
        <source>The desktop for contact-center agents: calls, colleagues in Microsoft Teams and their presence, in one window.</source>
        <translation>コンタクトセンター エージェントのためのデスクトップ。通話、Microsoft Teams の同僚とそのプレゼンスを 1 つのウィンドウで。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>GNU 一般公衆利用許諾書 バージョン 3 以降の下でライセンスされています。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::BrowserSignInDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly.</source>
        <translation>サインイン ページが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check your network connection, then try again.</source>
        <translation>サインイン ページを読み込めませんでした。ネットワーク接続を確認してから、もう一度お試しください。</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>AgentDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Demo: simulated services</source>
        <translation>デモ: シミュレートされたサービス</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::StartPage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>AgentDesk へようこそ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Contact center:</source>
        <translation>コンタクトセンター:</translation>
    </message>
    <message>
        <source>Contact-center sign-in:</source>
        <translation>コンタクトセンターのサインイン:</translation>
    </message>
    <message>
        <source>Microsoft sign-in:</source>
        <translation>Microsoft サインイン:</translation>
    </message>
    <message>
        <source>Microsoft Graph:</source>
        <translation>Microsoft Graph:</translation>
    </message>
    <message>
        <source>Starting the demo services…</source>
        <translation>デモ サービスを起動しています…</translation>
    </message>
    <message>
        <source>Demo mode: every service is simulated on this computer.</source>
        <translation>デモ モード: すべてのサービスをこのコンピューター上でシミュレートしています。</translation>
    </message>
    <message>
        <source>AgentDesk will connect to these services.</source>
        <translation>AgentDesk は次のサービスに接続します。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo services could not start. See the log for details.</source>
        <translation>デモ サービスを起動できませんでした。詳しくはログを確認してください。</translation>
    </message>
</context>
</TS>
