/** Japanese: the command line for 総務課 / IT. */
export const cliJa = {
  cli: {
    reportFile: '日報',
    conflict: 'NG  {{name}} {{date}}: 内容の異なる日報が複数あります({{files}})。どちらを使うか決めて、不要なファイルを外してください。この日は集計に含めていません。',
    orgFile: '庁内共通の設定',
    progress: '{{done}}/{{total}} ファイル',
    aggregated: '{{files}}ファイル・職員 {{staff}}人を集計し {{out}} に書き出しました。',
    skippedLoop: 'シンボリックリンクが循環しているため読み飛ばしました。リンク先を確認してください。',
    skippedUnreadable: '読み込めないため読み飛ばしました({{code}})。ファイルの権限やリンク先を確認してください。',
    noFiles: 'ファイルまたはフォルダーを指定してください。',
    missing: '見つかりません: {{files}}',
    needOut: '--out で出力先を指定してください。',
    badEncoding: '--encoding には {{known}} のどれかを指定してください(指定された値: {{value}})。',
    needDataDir: '--data-dir にアプリのデータフォルダーを指定してください。',
    needDates: '--from と --to に YYYY-MM-DD の実在する日付を指定してください。',
    badFormat: '不明な形式です: {{formats}}。--format には {{known}} から選んで、カンマ区切りで指定してください。',
    badAggregateFormat: '不明な形式です: {{formats}}。aggregate の --format には {{known}} のどちらかを指定してください。',
    unknownCommand: '不明なコマンド: {{command}}',
    noCommand: 'コマンドを指定してください。',
    damaged: '読み込めないファイルがあります(変更せずに中止しました): {{path}}',
    noPdfEngine:
      'PDF を作るためのブラウザー(Microsoft Edge・Google Chrome・Chromium)が見つかりません。--format html で印刷用 HTML を書き出すか、ブラウザーを入れるか、環境変数 CHROMIUM_PATH にブラウザーの実行ファイルを指定してください。',
  },
} as const;
