/** Japanese: the window, its menu and the errors every channel can answer. */
export const appJa = {
  app: {
    listSeparator: '、',
    metaSeparator: '・',
    title: 'テレワーク手帳',
    subtitle: '市町村職員のテレワークの一日を支える手帳',
    skipToContent: '本文へ移動',
    loading: '読み込み中…',
    shell: { electron: 'デスクトップ版', preview: 'ブラウザプレビュー' },
    version: 'バージョン {{version}}',
    dataDir: 'データの保存先: {{dir}}',
    /** Durations in text (DOMAIN.md: 7時間14分, never 434分 or 1.1時間). */
    duration: { hm: '{{hours}}時間{{minutes}}分', h: '{{hours}}時間', m: '{{minutes}}分' },
  },
  nav: {
    label: 'メインメニュー',
    today: '今日の計画',
    report: '報告',
    export: '日報の出力',
    checklist: '前日の準備',
    week: '週の予定',
    supervisor: '所属長の確認画面',
    inventory: '業務の棚卸',
    calendar: 'カレンダー',
    settings: '設定',
    data: 'データの保護',
    about: 'このアプリについて',
  },
  errors: {
    invalid_input: '入力内容に誤りがあります。各項目のメッセージに従って直してください。',
    unknown_channel: 'このアプリが対応していない操作です。アプリを再起動してください。',
    forbidden: 'この画面からはこの操作を行えません。アプリのウィンドウから操作してください。',
    internal: 'アプリ内部で問題が発生しました。操作はやり直せます。データは失われていません。',
    unreachable: 'アプリ本体と通信できませんでした。アプリを再起動してください。',
  },
} as const;
