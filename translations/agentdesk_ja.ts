<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgentDesk::Auth::AuthorizationOutcome</name>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that an administrator of your organization must approve first. Ask your administrator to grant consent, then sign in again.</source>
        <translation>AgentDesk には、組織の管理者が先に承認する必要があるアクセス許可が必要です。管理者に同意を依頼してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt and was ignored for your security. Please sign in again.</source>
        <translation>サインインの応答がこのサインインの試行に対応していなかったため、安全のために無視されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in service reported an error. Please try again.</source>
        <translation>サインイン サービスでエラーが発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in service reported an error: %1</source>
        <translation>サインイン サービスでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered without a sign-in code. Please try again.</source>
        <translation>サインイン サービスの応答にサインイン コードが含まれていませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>不正な要求</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>このアドレスはサインインの応答だけを受け取ります。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>サインインが完了しました</translation>
    </message>
    <message>
        <source>You can close this window and return to AgentDesk.</source>
        <translation>このウィンドウを閉じて AgentDesk に戻ってください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::OAuthError</name>
    <message>
        <source>Your sign-in is no longer valid: it has expired or was revoked. Please sign in again.</source>
        <translation>サインインは無効になりました (有効期限切れまたは取り消し)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in service does not accept AgentDesk&apos;s registration (client id). Please contact your administrator.</source>
        <translation>サインイン サービスが AgentDesk の登録 (クライアント ID) を受け付けません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>AgentDesk needs permissions that must be approved first. Sign in again, or ask your administrator to grant consent.</source>
        <translation>AgentDesk には先に承認が必要なアクセス許可が必要です。もう一度サインインするか、管理者に同意を依頼してください。</translation>
    </message>
    <message>
        <source>The sign-in service refused the request: %1</source>
        <translation>サインイン サービスが要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>サインイン サービスが要求を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now. Please try again in a moment.</source>
        <translation>サインイン サービスは現在利用できません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your network connection.</source>
        <translation>サインイン サービスに接続できませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that AgentDesk could not read.</source>
        <translation>サインイン サービスから AgentDesk が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Auth::TokenStoreError</name>
    <message>
        <source>No saved sign-in was found. Please sign in.</source>
        <translation>保存されたサインイン情報が見つかりません。サインインしてください。</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain.</source>
        <translation>保存されたサインイン情報をシステムのキーチェーンから読み取れませんでした。</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain; you will have to sign in again at the next start.</source>
        <translation>サインイン情報をシステムのキーチェーンに保存できませんでした。次回の起動時にもう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the system keychain.</source>
        <translation>保存されたサインイン情報をシステムのキーチェーンから削除できませんでした。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock it and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。ロックを解除してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No keychain service is available on this system.</source>
        <translation>このシステムではキーチェーン サービスを利用できません。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>キーチェーンからの報告: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Cc::NotificationChannel</name>
    <message>
        <source>The contact center did not confirm the connection in time.</source>
        <translation>コンタクトセンターが時間内に接続を確認しませんでした。</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service could not be reached: %1</source>
        <translation>コンタクトセンターの通知サービスに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The contact center&apos;s notification service sent an answer AgentDesk does not understand.</source>
        <translation>コンタクトセンターの通知サービスから AgentDesk が理解できない応答が返されました。</translation>
    </message>
    <message>
        <source>The connection to the contact center closed before it was ready.</source>
        <translation>コンタクトセンターへの接続が準備完了前に閉じられました。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::CallSession</name>
    <message>
        <source>The consulted party could not be reached.</source>
        <translation>相談先につながりませんでした。</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>通話なし</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>相談中</translation>
    </message>
    <message>
        <source>Consult on hold</source>
        <translation>相談先を保留中</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会議通話</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>転送済み</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>後処理</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The call could not be connected to you.</source>
        <translation>通話をあなたに接続できませんでした。</translation>
    </message>
    <message>
        <source>The call could not be put on hold. Try again.</source>
        <translation>通話を保留にできませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The call could not be resumed. Try again.</source>
        <translation>通話を再開できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The consult call could not be started. Try again.</source>
        <translation>相談通話を開始できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The consult call could not be ended. Try again.</source>
        <translation>相談通話を終了できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The call could not be transferred. Try again.</source>
        <translation>通話を転送できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The conference could not be started. Try again.</source>
        <translation>会議通話を開始できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The call could not be transferred. Check the destination and try again.</source>
        <translation>通話を転送できませんでした。転送先を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The call could not be ended. Try again.</source>
        <translation>通話を終了できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The wrap-up could not be saved. Try again.</source>
        <translation>後処理を保存できませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::ColleagueNumbers</name>
    <message>
        <source>This business phone does not look assigned in its country; the call may not connect.</source>
        <translation>この勤務先電話はその国で割り当てられていないようです。通話がつながらない可能性があります。</translation>
    </message>
    <message>
        <source>No business phone in the directory.</source>
        <translation>ディレクトリに勤務先電話番号がありません。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is not a phone number.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話は電話番号ではありません。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone has no country code and is not a valid number of the company&apos;s country.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話に国番号がなく、会社の国の番号としても正しくありません。</translation>
    </message>
    <message>
        <source>No callable number: no country uses the calling code of the directory&apos;s business phone.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話の国番号を使う国がありません。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too short.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話は短すぎます。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is too long for its country.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話はその国の番号としては長すぎます。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone does not have the right number of digits for its country.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話の桁数がその国の番号として正しくありません。</translation>
    </message>
    <message>
        <source>No callable number: the directory&apos;s business phone is missing its area code.</source>
        <translation>発信できる番号がありません: ディレクトリの勤務先電話に市外局番がありません。</translation>
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
        <translation>この番号はその国で割り当てられていないようです。使用することはできます。受け付けるかどうかはコンタクトセンターのダイヤル プランで決まります。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, optionally starting with + and the country code; an extension goes at the end, such as x123.</source>
        <translation>電話番号ではありません。数字を使用してください。先頭に + と国番号を付けることもできます。内線番号は x123 のように末尾に付けます。</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (for example +44 20 7946 0958), or choose its country.</source>
        <translation>番号の先頭に + と国番号を付けるか (例: +44 20 7946 0958)、国を選択してください。</translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Check the digits after + or after the international prefix.</source>
        <translation>この番号の先頭の国番号を使用している国はありません。+ または国際プレフィックスの後の数字を確認してください。</translation>
    </message>
    <message>
        <source>Choose the country of this number.</source>
        <translation>この番号の国を選択してください。</translation>
    </message>
    <message>
        <source>This number has the country code +%1, but the chosen country&apos;s code is +%2. Remove the country code, or choose the right country.</source>
        <translation>この番号の国番号は +%1 ですが、選択した国の国番号は +%2 です。国番号を削除するか、正しい国を選択してください。</translation>
    </message>
    <message>
        <source>This number is too short: digits are missing.</source>
        <translation>この番号は短すぎます。桁が足りません。</translation>
    </message>
    <message>
        <source>This number is too long for its country.</source>
        <translation>この番号はその国の番号としては長すぎます。</translation>
    </message>
    <message>
        <source>This number does not have the right number of digits for its country.</source>
        <translation>この番号の桁数はその国の番号として正しくありません。</translation>
    </message>
    <message>
        <source>This number is missing its area code. Add it, so that the number can be dialled from anywhere.</source>
        <translation>この番号には市外局番がありません。どこからでもダイヤルできるように追加してください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::LoginFormRules</name>
    <message>
        <source>Your profile lets you handle calls, but no extension or dial number is set up for you. Ask your administrator to check your profile.</source>
        <translation>プロファイルでは通話の処理が許可されていますが、内線番号やダイヤル番号が設定されていません。管理者にプロファイルの確認を依頼してください。</translation>
    </message>
    <message>
        <source>Choose how to handle calls.</source>
        <translation>通話の処理方法を選択してください。</translation>
    </message>
    <message>
        <source>Your profile no longer allows handling calls with %1. Choose another way.</source>
        <translation>プロファイルで %1 による通話の処理が許可されなくなりました。別の方法を選択してください。</translation>
    </message>
    <message>
        <source>Your administrator set your dial number to %1; it cannot be changed.</source>
        <translation>ダイヤル番号は管理者によって %1 に設定されており、変更できません。</translation>
    </message>
    <message>
        <source>Choose one of the dial numbers your administrator set up for you.</source>
        <translation>管理者が設定したダイヤル番号から 1 つ選択してください。</translation>
    </message>
    <message>
        <source>This dial number is too long.</source>
        <translation>このダイヤル番号は長すぎます。</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not allow this number. Ask your administrator which numbers you can use.</source>
        <translation>コンタクトセンターのダイヤル プランではこの番号を使用できません。使用できる番号を管理者に確認してください。</translation>
    </message>
    <message>
        <source>Choose one of the extensions your administrator set up for you.</source>
        <translation>管理者が設定した内線番号から 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Enter your extension.</source>
        <translation>内線番号を入力してください。</translation>
    </message>
    <message>
        <source>An extension has digits only.</source>
        <translation>内線番号には数字のみを使用できます。</translation>
    </message>
    <message>
        <source>This extension is too long.</source>
        <translation>この内線番号は長すぎます。</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>チームを選択してください。</translation>
    </message>
    <message>
        <source>You are no longer a member of this team. Choose another one.</source>
        <translation>このチームのメンバーではなくなりました。別のチームを選択してください。</translation>
    </message>
    <message>
        <source>Your saved preferences can no longer be used: %1</source>
        <translation>保存された設定は使用できなくなりました: %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>内線</translation>
    </message>
    <message>
        <source>Dial number</source>
        <translation>ダイヤル番号</translation>
    </message>
    <message>
        <source>No telephony (digital channels only)</source>
        <translation>電話なし (デジタル チャネルのみ)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::Presence</name>
    <message>
        <source>Available</source>
        <translation>連絡可能</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>会議中</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>発表中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>応答不可</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>一時退席中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>外出中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::PresenceSync</name>
    <message>
        <source>from Teams: %1</source>
        <translation>Teams から: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Core::StationLoginFailure</name>
    <message>
        <source>This dial number is already signed in by another agent. Use a different number, or ask your administrator for help.</source>
        <translation>このダイヤル番号は別のエージェントがすでにサインインに使用しています。別の番号を使用するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>This extension is already signed in by another agent. Use a different extension, or ask your administrator for help.</source>
        <translation>この内線番号は別のエージェントがすでにサインインに使用しています。別の内線番号を使用するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>This number or extension is already signed in by another agent. Use a different one, or ask your administrator for help.</source>
        <translation>この番号または内線番号は別のエージェントがすでにサインインに使用しています。別のものを使用するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The contact center does not accept this dial number. Check it, or ask your administrator which numbers you can use.</source>
        <translation>コンタクトセンターはこのダイヤル番号を受け付けません。番号を確認するか、使用できる番号を管理者に確認してください。</translation>
    </message>
    <message>
        <source>The contact center does not accept this extension. Check it, or ask your administrator which extensions you can use.</source>
        <translation>コンタクトセンターはこの内線番号を受け付けません。番号を確認するか、使用できる内線番号を管理者に確認してください。</translation>
    </message>
    <message>
        <source>The contact center does not know your agent account. Ask your administrator to check your profile.</source>
        <translation>コンタクトセンターにあなたのエージェント アカウントが見つかりません。管理者にプロファイルの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The contact center does not know the chosen team. Choose another team, or ask your administrator.</source>
        <translation>コンタクトセンターに選択したチームが見つかりません。別のチームを選択するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>You are not a member of the chosen team. Choose another team, or ask your administrator.</source>
        <translation>選択したチームのメンバーではありません。別のチームを選択するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Your profile does not allow handling calls this way. Choose another way, or ask your administrator.</source>
        <translation>プロファイルではこの方法で通話を処理できません。別の方法を選択するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>No agent profile is assigned to your account. Ask your administrator to assign one.</source>
        <translation>アカウントにエージェント プロファイルが割り当てられていません。管理者に割り当てを依頼してください。</translation>
    </message>
    <message>
        <source>Your account may not sign in as an agent. Ask your administrator to check your roles.</source>
        <translation>このアカウントはエージェントとしてサインインできません。管理者にロールの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The contact center refused the station login (reason: %1). Try again, or give this reason to your administrator.</source>
        <translation>コンタクトセンターがステーション ログインを拒否しました (理由: %1)。もう一度お試しいただくか、この理由を管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The contact center refused the station login without saying why. Try again, or ask your administrator.</source>
        <translation>コンタクトセンターが理由を示さずにステーション ログインを拒否しました。もう一度お試しいただくか、管理者に問い合わせてください。</translation>
    </message>
</context>
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
    <name>AgentDesk::Session::AgentStateController</name>
    <message>
        <source>The contact center refused the state change (%1).</source>
        <translation>コンタクトセンターが状態の変更を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The contact center did not confirm the state change in time.</source>
        <translation>コンタクトセンターが時間内に状態の変更を確認しませんでした。</translation>
    </message>
    <message>
        <source>You cannot sign out while a conversation is active. Finish it first.</source>
        <translation>会話中はサインアウトできません。先に会話を終了してください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::AgentStateModel</name>
    <message>
        <source>Available</source>
        <translation>対応可能</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::BuddyAgentsModel</name>
    <message>
        <source>The list of agents could not be loaded. Try again later.</source>
        <translation>エージェントの一覧を読み込めませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>連絡可能</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>受付不可</translation>
    </message>
    <message>
        <source>%1 is not available for calls now.</source>
        <translation>%1 は現在通話を受けられません。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallController</name>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>%1 への発信ができませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 は発信できる番号ではありません。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::CallDisplay</name>
    <message>
        <source>Unknown caller</source>
        <translation>不明な発信者</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>発信中…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>呼び出し中…</translation>
    </message>
    <message>
        <source>In the conference</source>
        <translation>会議通話中</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>%1 に転送済み</translation>
    </message>
    <message>
        <source>Not answered in time.</source>
        <translation>時間内に応答されませんでした。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ColleaguesModel</name>
    <message>
        <source>Agent: signed out</source>
        <translation>エージェント: サインアウト</translation>
    </message>
    <message>
        <source>Agent: available</source>
        <translation>エージェント: 受付可</translation>
    </message>
    <message>
        <source>Agent: idle</source>
        <translation>エージェント: 受付不可</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>エージェント: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::ConsultActions</name>
    <message>
        <source>Teams shows %1 as “%2”. Transfer the call to them anyway?</source>
        <translation>Teams では %1 は「%2」です。それでも通話を転送しますか?</translation>
    </message>
    <message>
        <source>Teams shows %1 as “%2”. Consult them anyway?</source>
        <translation>Teams では %1 は「%2」です。それでも相談しますか?</translation>
    </message>
    <message>
        <source>The contact center&apos;s dial plan does not accept %1&apos;s number (%2).</source>
        <translation>コンタクトセンターのダイヤルプランでは %1 の番号 (%2) を使えません。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::LoginController</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The contact center did not confirm the station login in time. Try again.</source>
        <translation>コンタクトセンターが時間内にステーション ログインを確認しませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::QueuesModel</name>
    <message>
        <source>The list of queues could not be loaded: %1</source>
        <translation>キューの一覧を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Session::TeamsConnection</name>
    <message>
        <source>Microsoft Teams is not connected yet.</source>
        <translation>Microsoft Teams はまだ接続されていません。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in was cancelled.</source>
        <translation>Microsoft Teams に接続されていません: サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: your administrator must approve AgentDesk for your organization first.</source>
        <translation>Microsoft Teams に接続されていません: 先に管理者が組織での AgentDesk の使用を承認する必要があります。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: single sign-on found no Microsoft session for your account on this computer.</source>
        <translation>Microsoft Teams に接続されていません: シングル サインオンで、このコンピューター上のあなたのアカウントの Microsoft セッションが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft could not be reached. Check the network connection.</source>
        <translation>Microsoft Teams に接続されていません: Microsoft に接続できませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: Microsoft refused the sign-in.</source>
        <translation>Microsoft Teams に接続されていません: Microsoft がサインインを拒否しました。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not connected: the sign-in did not complete.</source>
        <translation>Microsoft Teams に接続されていません: サインインが完了しませんでした。</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected: your Microsoft sign-in has expired. Sign in again.</source>
        <translation>Microsoft Teams は切断されました: Microsoft のサインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Microsoft Teams is disconnected.</source>
        <translation>Microsoft Teams は切断されています。</translation>
    </message>
    <message>
        <source>Microsoft Teams is not used in your desktop profile.</source>
        <translation>デスクトップ プロファイルでは Microsoft Teams を使用しません。</translation>
    </message>
    <message>
        <source>The answer of the system browser cannot be received.</source>
        <translation>システム ブラウザーからの応答を受け取れません。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Teams::DirectorySync</name>
    <message>
        <source>The Teams directory could not be loaded. %1</source>
        <translation>Teams のディレクトリを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>The Teams directory could not be updated. %1</source>
        <translation>Teams のディレクトリを更新できませんでした。%1</translation>
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
    <name>AgentDesk::Ui::CallNotification</name>
    <message>
        <source>Incoming call</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>%1 · Queue: %2</source>
        <translation>%1 · キュー: %2</translation>
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
        <translation>現在通話はありません。お客様からの着信はここに表示されます。</translation>
    </message>
    <message>
        <source>Waiting for the contact center…</source>
        <translation>コンタクトセンターの応答を待っています…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>通話を終了(&amp;E)</translation>
    </message>
    <message>
        <source>Hang up the customer&apos;s call</source>
        <translation>お客様との通話を切る</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>転送(&amp;R)</translation>
    </message>
    <message>
        <source>Hand the customer over to the consulted party and leave the call</source>
        <translation>お客様を相談先に引き継いで通話から抜ける</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>会議通話(&amp;N)</translation>
    </message>
    <message>
        <source>Bring the customer and the consulted party together</source>
        <translation>お客様と相談先をつなぐ</translation>
    </message>
    <message>
        <source>End cons&amp;ult</source>
        <translation>相談を終了(&amp;U)</translation>
    </message>
    <message>
        <source>Hang up on the consulted party and go back to the customer</source>
        <translation>相談先との通話を切ってお客様に戻る</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code:</source>
        <translation>後処理コード(&amp;W):</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>送信(&amp;B)</translation>
    </message>
    <message>
        <source>Save the wrap-up with this code</source>
        <translation>このコードで後処理を保存</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>キュー: %1</translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation>保留(&amp;D)</translation>
    </message>
    <message>
        <source>Put the customer on hold</source>
        <translation>お客様を保留にする</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>Talk to the customer again; the consulted party waits on hold</source>
        <translation>お客様と再び話す (相談先は保留)</translation>
    </message>
    <message>
        <source>Take the customer off hold</source>
        <translation>お客様の保留を解除する</translation>
    </message>
    <message>
        <source>Talk to the consulted party again; the customer waits on hold</source>
        <translation>相談先と再び話す (お客様は保留)</translation>
    </message>
    <message>
        <source>Saved on its own in %1.</source>
        <translation>%1 後に自動で保存されます。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleagueDelegate</name>
    <message>
        <source>mobile %1</source>
        <translation>携帯 %1</translation>
    </message>
    <message>
        <source>No callable number</source>
        <translation>発信できる番号なし</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ColleaguesPanel</name>
    <message>
        <source>Search name, department or role</source>
        <translation>名前・部署・役職で検索</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>同僚を検索</translation>
    </message>
    <message>
        <source>Available only</source>
        <translation>連絡可能のみ</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Update the directory from Microsoft Teams now</source>
        <translation>Microsoft Teams からディレクトリを今すぐ更新</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>相談(&amp;O)</translation>
    </message>
    <message>
        <source>Put the customer on hold and call this colleague (Enter)</source>
        <translation>お客様を保留にしてこの同僚に電話します (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>転送(&amp;T)</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to this colleague (Shift+Enter)</source>
        <translation>お客様の通話をこの同僚に転送します (Shift+Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>発信(&amp;L)</translation>
    </message>
    <message>
        <source>Call this colleague&apos;s business phone</source>
        <translation>この同僚の勤務先電話に発信</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>番号をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open c&amp;hat in Teams</source>
        <translation>Teams でチャットを開く(&amp;H)</translation>
    </message>
    <message>
        <source>Colleagues: %L1, from the last session. Connect Microsoft Teams for live presence.</source>
        <translation>同僚: %L1 人 (前回のセッション)。リアルタイムの在席状況を見るには Microsoft Teams に接続してください。</translation>
    </message>
    <message>
        <source>Colleagues appear here once Microsoft Teams is connected.</source>
        <translation>Microsoft Teams に接続すると、ここに同僚が表示されます。</translation>
    </message>
    <message>
        <source>Loading the directory: %L1 received…</source>
        <translation>ディレクトリを読み込み中: %L1 件受信…</translation>
    </message>
    <message>
        <source>Colleagues: %L1, updating…</source>
        <translation>同僚: %L1 人、更新中…</translation>
    </message>
    <message>
        <source>Colleagues: %L1</source>
        <translation>同僚: %L1 人</translation>
    </message>
    <message>
        <source>Colleagues: %L1. The directory could not be updated: %2</source>
        <translation>同僚: %L1 人。ディレクトリを更新できませんでした: %2</translation>
    </message>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>ディレクトリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>お気に入りから削除(&amp;F)</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>お気に入りに追加(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultConfirmation</name>
    <message>
        <source>Transfer the call?</source>
        <translation>通話を転送しますか?</translation>
    </message>
    <message>
        <source>Consult?</source>
        <translation>相談しますか?</translation>
    </message>
    <message>
        <source>&amp;Transfer anyway</source>
        <translation>それでも転送(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onsult anyway</source>
        <translation>それでも相談(&amp;O)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ConsultPanel</name>
    <message>
        <source>&amp;Colleagues</source>
        <translation>同僚(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>エージェント(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>Colleagues from Microsoft Teams, with their presence</source>
        <translation>Microsoft Teams の同僚と在席状況</translation>
    </message>
    <message>
        <source>Contact-center agents who are signed in, with their state</source>
        <translation>サインイン中のコンタクトセンターのエージェントと状態</translation>
    </message>
    <message>
        <source>The contact center&apos;s queues</source>
        <translation>コンタクトセンターのキュー</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>エージェントを読み込み中…</translation>
    </message>
    <message>
        <source>No other agent is signed in.</source>
        <translation>サインインしている他のエージェントはいません。</translation>
    </message>
    <message>
        <source>Loading the queues…</source>
        <translation>キューを読み込み中…</translation>
    </message>
    <message>
        <source>There are no queues.</source>
        <translation>キューはありません。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::DestinationList</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
        <translation>相談(&amp;O)</translation>
    </message>
    <message>
        <source>Put the customer on hold and call the selected one (Enter)</source>
        <translation>お客様を保留にして選択先に発信 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>転送(&amp;T)</translation>
    </message>
    <message>
        <source>Transfer the customer&apos;s call to the selected one (Shift+Enter)</source>
        <translation>お客様の通話を選択先に転送 (Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::IncomingCallBar</name>
    <message>
        <source>Incoming call from %1</source>
        <translation>%1 からの着信</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>不明な発信者</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>キュー: %1</translation>
    </message>
    <message>
        <source>Answer on your phone.</source>
        <translation>お使いの電話で応答してください。</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>応答(&amp;A)</translation>
    </message>
    <message>
        <source>Answer the call here (%1)</source>
        <translation>ここで応答 (%1)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::InteractionPreferencesDialog</name>
    <message>
        <source>Interaction preferences</source>
        <translation>対話の設定</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>今後表示しない(&amp;D)</translation>
    </message>
    <message>
        <source>Next time, sign in with these preferences without asking. You can turn this off in Profile settings.</source>
        <translation>次回から確認せずにこの設定でサインインします。プロファイル設定でオフにできます。</translation>
    </message>
    <message>
        <source>&amp;Save &amp;&amp; Continue</source>
        <translation>保存して続行(&amp;S)</translation>
    </message>
    <message>
        <source>Handle calls using</source>
        <translation>通話の処理方法</translation>
    </message>
    <message>
        <source>&amp;International format</source>
        <translation>国際形式(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the country, then type the number as dialled in that country. Unticked, type the number with + and the country code, or as you dial it from here.</source>
        <translation>国を選択し、その国でダイヤルする形式で番号を入力します。オフの場合は、+ と国番号を付けて入力するか、ここからダイヤルする形式で入力します。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>チームを検索</translation>
    </message>
    <message>
        <source>Dial &amp;number</source>
        <translation>ダイヤル番号(&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;xtension</source>
        <translation>内線(&amp;X)</translation>
    </message>
    <message>
        <source>+1 425 555 0100, or as you dial it</source>
        <translation>+81 3 1234 5678、またはダイヤルする形式</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>管理者によって設定されています。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
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
    <message>
        <source>&amp;Profile settings…</source>
        <translation>プロファイル設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>The connection to the contact center was lost. Reconnecting…</source>
        <translation>コンタクトセンターとの接続が切断されました。再接続しています…</translation>
    </message>
    <message>
        <source>The connection to the contact center is back.</source>
        <translation>コンタクトセンターとの接続が回復しました。</translation>
    </message>
    <message>
        <source>You signed in to the contact center somewhere else, so this session ended. Sign in again to continue here.</source>
        <translation>別の場所でコンタクトセンターにサインインしたため、このセッションは終了しました。ここで続けるにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Handling calls with: %1</source>
        <translation>通話の処理方法: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>チーム: %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>%1 が設定</translation>
    </message>
    <message>
        <source>Teams connected</source>
        <translation>Teams 接続済み</translation>
    </message>
    <message>
        <source>Microsoft Teams: signed in as %1.</source>
        <translation>Microsoft Teams: %1 としてサインイン中。</translation>
    </message>
    <message>
        <source>Connecting to Teams…</source>
        <translation>Teams に接続しています…</translation>
    </message>
    <message>
        <source>Teams not connected</source>
        <translation>Teams 未接続</translation>
    </message>
    <message>
        <source>%1 You can retry in Profile settings → Collaboration tools.</source>
        <translation>%1 [プロファイル設定] → [コラボレーション ツール] で再試行できます。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find a colleague</source>
        <translation>同僚を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>同僚(&amp;C)</translation>
    </message>
    <message>
        <source>Consult or transfer</source>
        <translation>相談または転送</translation>
    </message>
    <message>
        <source>Consult or &amp;transfer</source>
        <translation>相談または転送(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::ProfileSettingsDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>プロファイル設定</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>サインインの詳細</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Handle calls using:</source>
        <translation>通話の処理方法:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>番号:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>チーム:</translation>
    </message>
    <message>
        <source>&amp;Sign in with these preferences without asking</source>
        <translation>確認せずにこの設定でサインインする(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新しい言語は次回の起動時から使用されます。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Collaboration tools</source>
        <translation>コラボレーション ツール</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::RunningInstancePrompt</name>
    <message>
        <source>AgentDesk is already open</source>
        <translation>AgentDesk はすでに開いています</translation>
    </message>
    <message>
        <source>AgentDesk is already open on this computer. Only one session can run at a time.</source>
        <translation>AgentDesk はこのコンピューターですでに開いています。同時に実行できるセッションは 1 つだけです。</translation>
    </message>
    <message>
        <source>Bring the open window forward, or continue here: the other session then signs out and closes.</source>
        <translation>開いているウィンドウを前面に表示するか、ここで続行してください。続行すると、もう一方のセッションはサインアウトして閉じます。</translation>
    </message>
    <message>
        <source>&amp;Bring it forward</source>
        <translation>前面に表示(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue here</source>
        <translation>ここで続行(&amp;C)</translation>
    </message>
    <message>
        <source>The other AgentDesk did not close. Close it, then start AgentDesk again.</source>
        <translation>もう一方の AgentDesk が閉じませんでした。それを閉じてから、AgentDesk をもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Ui::SignInFlow</name>
    <message>
        <source>Sign in to the contact center</source>
        <translation>コンタクトセンターにサインイン</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Teams</source>
        <translation>Microsoft Teams にサインイン</translation>
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
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Signing in to the contact center…</source>
        <translation>コンタクトセンターにサインインしています…</translation>
    </message>
    <message>
        <source>Sign in to the contact center to start.</source>
        <translation>開始するにはコンタクトセンターにサインインしてください。</translation>
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
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Sign in with the system &amp;browser</source>
        <translation>システム ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>For organizations that block sign-in inside applications.</source>
        <translation>アプリケーション内でのサインインをブロックしている組織向けです。</translation>
    </message>
    <message>
        <source>Successful: signed in as %1.</source>
        <translation>成功: %1 としてサインインしています。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>State synchronization with Teams: on</source>
        <translation>Teams との状態の同期: オン</translation>
    </message>
    <message>
        <source>State synchronization with Teams: off</source>
        <translation>Teams との状態の同期: オフ</translation>
    </message>
    <message>
        <source>Your desktop profile turns it on: your state follows your Teams presence, and Teams shows when you are on a customer call.</source>
        <translation>デスクトッププロファイルでオンになっています。状態は Teams の在席状況に合わせて変わり、お客様との通話中は Teams にそれが表示されます。</translation>
    </message>
    <message>
        <source>When Teams shows %1, your state becomes %2.</source>
        <translation>Teams が %1 になると、状態は %2 になります。</translation>
    </message>
    <message>
        <source>Your desktop profile turns it off.</source>
        <translation>デスクトッププロファイルでオフになっています。</translation>
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
