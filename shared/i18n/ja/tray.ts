/** Japanese: the tray icon and its menu. */
export const trayJa = {
  tray: {
    current: '{{title}} 残り{{left}}分(〜{{end}})',
    focus: '集中 {{title}} 残り{{left}}分',
    focusPaused: '集中(一時停止中) {{title}} 残り{{left}}分',
    nothingNow: '今は予定なし',
    dueCount: '未対応 {{count}}件',
    dueCount_one: '未対応 {{count}}件',
    open: 'ウィンドウを開く',
    startReport: '始業報告',
    endReport: '終業報告',
    quit: '終了',
  },
} as const;
