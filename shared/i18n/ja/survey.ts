/** Japanese: the trial's survey on the staff side (アンケート): the offer, the survey view and its refusals. */
/** The two occasions of the survey, in the one pair of words every screen, file and page uses. */
export const surveyOccasionsJa = { firstDay: '初回のテレワークの後', end: '試行期間の終わり' } as const;

export const surveyJa = {
  survey: {
    occasions: surveyOccasionsJa,
    // Refusals (main).
    none: '回答できるアンケートがありません。庁内共通の設定に試行のアンケートが含まれているか確認してください。',
    notOpenFirstDay: 'このアンケートは、試行期間中に初めてテレワークをした日の終業を記録した後(終業を記録しなかったときは次の勤務日)から、試行期間の最後の勤務日の前日まで回答できます。',
    notTarget: 'このアンケートは、テレワーク試行の対象の課の職員が回答します。設定の所属が対象の課ではないため、回答できません。',
    notOpenEnd: '試行期間の終わりのアンケートは、試行期間の最後の勤務日から期間終了の4週間後まで回答できます(試行期間中にテレワークをした人が対象です)。',
    alreadyAnswered: 'この回のアンケートには回答済みです。',
    unknownQuestion: 'アンケートにない質問({{question}})への回答です。アンケートの画面を開き直してから回答してください。',
    duplicate: '「{{question}}」への回答が2つあります。1つにしてください。',
    wrongType: '「{{question}}」への回答の形式が質問と合いません。アンケートの画面を開き直してから回答してください。',
    notAnOption: '「{{question}}」への回答が選択肢にありません。選択肢から選んでください。',
    oneOption: '「{{question}}」は1つだけ選んでください。',
    empty: '1つ以上の質問に回答してください。回答しない場合は「回答しない」を押してください。',
    consentRequired: '回答の扱い(氏名を付けるか、匿名か)を選んでください。',
    noAnonymous: 'この回の匿名の回答がありません。匿名で回答すると、回答ファイルを保存できます。',
    // The offer (under the now strip).
    offerLabel: 'アンケートのお願い',
    offer: '{{trial}}のアンケート({{occasion}})に回答をお願いします。',
    answer: 'アンケートに回答する',
    decline: '回答しない',
    declined: '回答しないことを記録しました。気が変わったら、回答期間中はメニューの「アンケート」から回答できます。',
    // The survey view.
    heading: '{{title}}({{occasion}})',
    period: '{{trial}}: {{start}}〜{{end}}',
    scaleLow: '1 {{word}}',
    scaleHigh: '5 {{word}}',
    multipleHint: '当てはまるものをすべて選んでください。',
    textHint: '{{max}}文字以内(あと{{left}}文字)',
    unansweredHint: '答えにくい質問は空欄のままで構いません。',
    consentLegend: '回答の扱い',
    consentNamed: '氏名を付けて報告ファイルに含める(日報ファイルと一緒に提出され、所属長と総務課が読みます)',
    consentAnonymous:
      '匿名で回答する(氏名・職員番号を含まない別ファイルを保存して提出します。匿名の回答は{{min}}件以上集まったときだけ集計されます。回答した人が少ないと、誰の回答か分かるおそれがあるためです)',
    submit: '送信',
    savedNamed:
      '回答を保存しました。回答は氏名を付けて、JSON形式で書き出す日報ファイル(「日報の出力」)に含まれます。日報ファイル(JSON)を出力し直して提出してください(前に出力したファイルには、この回答は含まれていません)。',
    savedAnonymous:
      '回答を保存しました。匿名の回答は日報ファイルには含まれません。「回答ファイルを保存する」で氏名・職員番号を含まないファイルを保存し、日報ファイルとは別に提出してください。',
    saveFile: '回答ファイルを保存する',
    fileSaved: '回答ファイル {{name}} を保存しました。',
    answeredNamed: 'この回は回答済みです。回答は氏名を付けて、JSON形式で書き出す日報ファイルに含まれます。回答した後に日報ファイル(JSON)を出力し直して提出してください。',
    answeredAnonymous: 'この回は匿名で回答済みです。回答は日報ファイルには含まれません。回答ファイルを保存して提出してください。',
    declinedNote: 'この回は「回答しない」を選んでいます。回答期間中は、ここから回答できます。',
    notYet: 'アンケートは、試行期間中に初めてテレワークで始業を記録した後と、試行期間の終わりに回答できます。',
    closed: 'この回のアンケートの回答期間は終わりました。',
    noSurvey: '回答できるアンケートはありません。庁内共通の設定に試行のアンケートが含まれると、ここで回答できます。',
    notAsked: '回答できるアンケートはありません(試行の対象の課ではないか、回答の期間が終わっています)。',
    whereAnswersGo: '回答はこのパソコンに保存され、ほかへは送られません。氏名を付けた回答は日報ファイル(JSON形式)に、匿名の回答は別の回答ファイルに入り、提出するかどうかはあなたが決めます。',
  },
} as const;
